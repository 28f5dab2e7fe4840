"""A case's pack for a signing table: its sheet with a QR code that reads back as the channel's web
address, letters ready to sign, a petition sheet with numbered lines, and the address labels."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli import run
from w4r_desktop.core import paths
from w4r_desktop.core.bundle.loading import BundleInvalid, load_bundle
from w4r_desktop.printing.pack import PackError, render_pack

URL = "https://www.amnesty.org/en/petition/free-zhang-zhan/?source=w4r-2021&lang=en"


@pytest.fixture
def bundle_with_url(tmp_path: Path) -> Path:
    """The shipped 2021 bundle, with an online action for Zhang Zhan (format 3)."""
    folder = tmp_path / "bundle"
    shutil.copytree(paths.default_bundle_path(), folder)
    case = folder / "zhang-zhan.toml"
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace('channel = "postal"', f'channel = "postal"\nurl = "{URL}"', 1), encoding="utf-8")
    return folder


def _qr_text(pdf: Path, page: int, folder: Path) -> list[str]:
    """What a phone's camera reads on `page`: the page painted by Qt's PDF engine at 200 dpi, then decoded."""
    import zxingcpp
    from PIL import Image
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(pdf))
    size = document.pagePointSize(page)
    image = document.render(page, QSize(int(size.width() * 200 / 72), int(size.height() * 200 / 72)))
    document.close()
    image = image.convertToFormat(QImage.Format.Format_RGBA8888)
    pixels = Image.frombuffer("RGBA", (image.width(), image.height()), bytes(image.constBits()), "raw", "RGBA", 0, 1)
    flat = Image.new("RGB", pixels.size, "white")
    flat.paste(pixels, mask=pixels.split()[3])
    return [found.text for found in zxingcpp.read_barcodes(flat)]


def test_a_pack_holds_the_sheet_letters_to_sign_a_petition_and_labels(
    bundle_with_url: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    out = tmp_path / "pack.pdf"
    code, said, err = run(
        capsys, "render", "pack", "--bundle", str(bundle_with_url), "--case", "zhang-zhan", "--copies", "3",
        "--out", str(out),
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert "3 letter(s) to sign" in said and URL in said
    pages = [page.extract_text() for page in PdfReader(out).pages]
    sheet, *letters, petition, labels = pages
    assert "Zhang Zhan" in sheet and "What to ask for" in sheet and "Scan to act online" in sheet
    assert _qr_text(out, 0, tmp_path) == [URL]
    assert len(letters) == 3
    for letter in letters:
        assert "Dear President Xi" in letter
        assert [line for line in ("Signature:", "Name:", "Town:") if line in letter] == ["Signature:", "Name:", "Town:"]
    assert "Petition for Zhang Zhan" in petition
    assert all(f"{number}." in petition for number in range(1, 21))
    assert labels.count("BEIJING") == 3


def test_a_letter_sized_pack_and_an_a4_pack(bundle_with_url: Path) -> None:
    loaded = load_bundle(bundle_with_url)
    case = loaded.case("zhang-zhan")
    for paper, width in (("letter", 612), ("a4", 595)):
        pdf = PdfReader(__import__("io").BytesIO(render_pack(loaded, case, copies=1, paper=paper).pdf))
        assert {round(float(page.mediabox.width)) for page in pdf.pages} == {width}


def test_a_pack_says_what_it_cannot_do(bundle_with_url: Path) -> None:
    loaded = load_bundle(bundle_with_url)
    case = loaded.case("zhang-zhan")
    with pytest.raises(PackError, match="copies must be between 1 and"):
        render_pack(loaded, case, copies=0)
    with pytest.raises(PackError, match="choose 1 to"):
        render_pack(loaded, case, target=5)


@pytest.mark.parametrize("address", ["www.amnesty.org", "https://amnesty org/x", "javascript:alert(1)", "https://x"])
def test_a_channel_address_that_is_not_a_web_page_is_refused(bundle_with_url: Path, address: str) -> None:
    case = bundle_with_url / "zhang-zhan.toml"
    case.write_text(case.read_text(encoding="utf-8").replace(URL, address), encoding="utf-8")
    with pytest.raises(BundleInvalid, match="not a web address"):
        load_bundle(bundle_with_url)


def test_a_web_address_needs_format_3(bundle_with_url: Path) -> None:
    """An older W4R Desktop would refuse the key: a bundle that uses it says so."""
    info = bundle_with_url / "bundle.toml"
    text = info.read_text(encoding="utf-8").replace("format = 3", "format = 2")
    info.write_text(text.split("[solidarity]")[0] + "[postage]" + text.split("[postage]", 1)[1], encoding="utf-8")
    with pytest.raises(BundleInvalid, match=r"solidarity\[0\]\.url: a web address needs format = 3"):
        load_bundle(bundle_with_url)
