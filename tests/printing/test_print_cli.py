"""`w4r-desktop render letter|envelope|labels`: files written, errors as one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli import run
from tests.printing.pdf_reading import page_sizes, pieces, rectangles, text


def test_render_letter_with_text_file_and_sender(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = tmp_path / "body.txt"
    body.write_text("I write from Ohio.\n\nFree Zhang Zhan <now> & always.", encoding="utf-8")
    out = tmp_path / "letter.pdf"
    code, stdout, stderr = run(
        capsys,
        "render",
        "letter",
        "--case",
        "zhang-zhan",
        "--text-file",
        str(body),
        "--sender-name",
        "Jo Doe",
        "--sender-town",
        "Dayton",
        "--paper",
        "a4",
        "--date",
        "2021-12-10",
        "--out",
        str(out),
    )
    assert (code, stderr) == (0, "")
    assert stdout.strip() == str(out)
    printed = text(out.read_bytes())
    assert "Free Zhang Zhan <now> & always." in printed and "Jo Doe" in printed and "December 10, 2021" in printed
    assert page_sizes(out.read_bytes())[0] == pytest.approx((595.28, 841.89), abs=0.01)


def test_render_the_same_letter_twice_gives_the_same_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("a.pdf", "b.pdf"):
        assert (
            run(
                capsys,
                "render",
                "letter",
                "--case",
                "mohamed-baker",
                "--date",
                "2021-12-10",
                "--out",
                str(tmp_path / name),
            )[0]
            == 0
        )
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def test_render_envelope_with_return_address(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sender = tmp_path / "from.txt"
    sender.write_text("Jo Doe\n\n12 Elm Street\nSpringfield, IL 62701\n", encoding="utf-8")
    out = tmp_path / "envelope.pdf"
    code, _, _ = run(
        capsys,
        "render",
        "envelope",
        "--case",
        "zhang-zhan",
        "--size",
        "c6",
        "--return-address-file",
        str(sender),
        "--out",
        str(out),
    )
    assert code == 0
    printed = [piece.text for piece in pieces(out.read_bytes())]
    assert printed[:3] == ["JO DOE", "12 ELM STREET", "SPRINGFIELD, IL 62701"]
    assert printed[-2:] == ["CHINA", "AIR MAIL / PAR AVION"]


def test_render_labels_from_label_k(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "labels.pdf"
    code, _, _ = run(
        capsys,
        "render",
        "labels",
        "--case",
        "zhang-zhan",
        "--sheet",
        "avery-l7160",
        "--count",
        "4",
        "--start",
        "20",
        "--outline",
        "--out",
        str(out),
    )
    assert code == 0
    assert len(page_sizes(out.read_bytes())) == 2
    assert len(rectangles(out.read_bytes(), 0)) == 2 and len(rectangles(out.read_bytes(), 1)) == 2


@pytest.mark.parametrize("what", ["envelope", "labels", "letter"])
def test_an_unverified_address_is_refused_unless_allowed(
    what: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"{what}.pdf"
    code, _, stderr = run(capsys, "render", what, "--case", "janna-jihad", "--out", str(out))
    assert code == 1 and stderr.count("\n") == 1
    assert "not verified" in stderr and "--allow-unverified" in stderr
    assert not out.exists()
    code, _, stderr = run(capsys, "render", what, "--case", "janna-jihad", "--allow-unverified", "--out", str(out))
    assert code == 0 and "warning: the address is not verified" in stderr
    assert out.exists()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["render", "letter", "--case", "nobody"], "no case 'nobody'"),
        (["render", "labels", "--case", "zhang-zhan", "--start", "31"], "between 1 and 30"),
        (["render", "labels", "--case", "zhang-zhan", "--count", "0"], "between 1 and 10000"),
        (["render", "envelope", "--case", "mohamed-baker", "--kind", "solidarity"], "no postal address"),
        (["render", "letter", "--case", "zhang-zhan", "--text-file", "/no/such/file.txt"], "no such file"),
    ],
)
def test_errors_are_one_line_and_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    out = tmp_path / "out.pdf"
    code, stdout, stderr = run(capsys, *argv, "--out", str(out))
    assert code == 1 and stdout == ""
    assert message in stderr and len(stderr.strip().splitlines()) == 1 and "Traceback" not in stderr
    assert not out.exists()


def test_a_text_file_that_is_not_utf8_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    body = tmp_path / "body.txt"
    body.write_bytes(b"\xff\xfe\x00 latin-1 caf\xe9")
    code, _, stderr = run(
        capsys, "render", "letter", "--case", "zhang-zhan", "--text-file", str(body), "--out", str(tmp_path / "x.pdf")
    )
    assert code == 1 and "not UTF-8 text" in stderr


def test_an_output_folder_that_does_not_exist_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, stderr = run(
        capsys, "render", "letter", "--case", "zhang-zhan", "--out", str(tmp_path / "missing-folder" / "x.pdf")
    )
    assert code == 1 and "cannot write" in stderr


def test_an_appeal_for_someone_already_free_is_said_to_be_out_of_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "letter.pdf"
    freed = ["render", "letter", "--case", "bernardo-caal-xol", "--allow-unverified", "--out", str(out)]
    code, _, stderr = run(capsys, *freed)
    assert code == 0 and "has been free since 2022-03-24" in stderr and "--kind solidarity" in stderr
    code, _, stderr = run(capsys, *freed, "--kind", "solidarity")
    assert code == 0 and "free since" not in stderr
