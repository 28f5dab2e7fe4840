"""Every PDF the application writes: all fonts embedded, each subset with its own tag, properties set."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf.generic import DictionaryObject

from tests.bundles import SHIPPED_2021
from tests.letters import APPEAL_TO_CHINA
from tests.printing.pdf_reading import reader
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.db.database import open_database
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.report import campaign_report
from w4r_desktop.printing.batch import render_batch
from w4r_desktop.printing.envelope import render_envelope
from w4r_desktop.printing.labels import render_alignment_page, render_labels
from w4r_desktop.printing.letter import render_letter
from w4r_desktop.printing.summary import summary_pdf

WORLD = APPEAL_TO_CHINA.with_changes(
    body="Dear friends — Привет, Ελλάδα, 你好, مرحبا بكم, שלום, สวัสดี, ሰላም. Release Zhang Zhan."
)


def _summary() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder))
        try:
            tally = Tally(db)
            tally.record("zhang-zhan", TallyKind.APPEAL, 0)
            report = campaign_report(tally, load_bundle(SHIPPED_2021))
        finally:
            db.close()
    return summary_pdf(report, "letter")


DOCUMENTS: dict[str, Callable[[], bytes]] = {
    "letter": lambda: render_letter(WORLD).pdf,
    "envelope": lambda: render_envelope(WORLD),
    "labels": lambda: render_labels(WORLD.recipient, "US", count=3, verified=True),
    "alignment page": lambda: render_alignment_page("avery-5160"),
    "mailing sheet": lambda: render_batch([WORLD, APPEAL_TO_CHINA]).mailing_sheet_pdf,
    "summary": _summary,
}


def fonts_of(pdf: bytes) -> list[DictionaryObject]:
    found: dict[int, DictionaryObject] = {}
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for ref in fonts.get_object().values() if fonts is not None else []:
            found[id(ref.get_object())] = ref.get_object()
    return list(found.values())


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_every_font_is_embedded_and_no_standard_font_is_listed(name: str) -> None:
    fonts = fonts_of(DOCUMENTS[name]())
    assert fonts, "no fonts at all"
    for font in fonts:
        base = str(font["/BaseFont"])
        assert "+" in base, f"{base} is not an embedded subset"
        descriptor = font["/FontDescriptor"].get_object()
        assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")), base


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_each_subset_has_its_own_tag(name: str) -> None:
    tags = [str(font["/BaseFont"]).lstrip("/").split("+")[0] for font in fonts_of(DOCUMENTS[name]())]
    assert len(tags) == len(set(tags)), tags


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_title_author_subject_and_language_are_set(name: str) -> None:
    document = reader(DOCUMENTS[name]())
    info = document.metadata
    assert info is not None and info.title and info.author and info.subject
    assert "Jo Doe" not in (info.author or "")  # a volunteer's name never goes into a PDF's properties
    assert str(document.trailer["/Root"].get("/Lang", "")) != ""


@pytest.mark.parametrize(
    "body, lang",
    [
        ("Please release him.", "en"),
        ("Chúng tôi yêu cầu trả tự do ngay lập tức.", "vi"),
        ("모든 인간은 태어날 때부터 자유롭다.", "ko"),
        ("すべての人間は、生まれながらにして自由である。", "ja"),
        ("人人生而自由，在尊严和权利上一律平等。", "zh"),
        ("تمام افراد بشر آزاد به دنیا می‌آیند.", "fa"),
        ("يولد جميع الناس أحرارًا.", "ar"),
        ("Усі люди народжуються вільними.", "uk"),
    ],
)
def test_a_letters_pdf_has_its_language_and_the_day_it_was_written(body: str, lang: str) -> None:
    letter = APPEAL_TO_CHINA.with_changes(salutation="", body=body, closing="")
    document = reader(render_letter(letter, "a4").pdf)
    assert str(document.trailer["/Root"]["/Lang"]) == lang
    assert str(document.metadata["/CreationDate"]).startswith(f"D:{letter.date:%Y%m%d}")
    envelope = reader(render_envelope(APPEAL_TO_CHINA))
    assert str(envelope.metadata["/CreationDate"]).startswith(f"D:{APPEAL_TO_CHINA.date:%Y%m%d}")
