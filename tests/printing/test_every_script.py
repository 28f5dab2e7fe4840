"""Every script the world's letters are written in prints, read back from the PDF; what no face can
print is named, never dropped in silence.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.cli import run
from tests.letters import APPEAL_TO_CHINA
from tests.printing.pdf_reading import pieces, text
from tests.printing.script_samples import SAMPLES
from w4r_desktop.core.letters import Letter, PostalAddress
from w4r_desktop.printing.fonts import describe, unprintable_characters
from w4r_desktop.printing.letter import letter_date, render_letter


def _counted(text: str) -> Counter[str]:
    """The characters that carry the text, NFKC: no spaces, joiners or other format characters."""
    folded = unicodedata.normalize("NFKC", text)
    return Counter(char for char in folded if not char.isspace() and unicodedata.category(char) != "Cf")


def found_share(written: str, printed: str) -> float:
    """How much of what was written the PDF's text gives back (each character as often as written)."""
    wanted, got = _counted(written), _counted(printed)
    return sum(min(count, got[char]) for char, count in wanted.items()) / sum(wanted.values())


@pytest.mark.parametrize("language", list(SAMPLES))
def test_a_paragraph_in_each_script_prints_and_reads_back(letter: Letter, language: str) -> None:
    sample = SAMPLES[language]
    pdf = render_letter(letter.with_changes(body=sample), "a4").pdf
    assert found_share(sample, text(pdf)) >= 0.9


@pytest.mark.parametrize("language", list(SAMPLES))
def test_no_character_of_a_sample_is_unprintable(language: str) -> None:
    assert unprintable_characters(SAMPLES[language]) == []


def _double_byte(encoding: str, high: range, low: list[int]) -> set[str]:
    found = set()
    for first in high:
        for second in low:
            try:
                found.update(bytes((first, second)).decode(encoding))
            except UnicodeDecodeError:
                continue
    return {char for char in found if unicodedata.category(char).startswith("L")}


@pytest.mark.parametrize(
    "name, characters",
    [
        ("every Hangul syllable", {chr(point) for point in range(0xAC00, 0xD7A4)}),
        ("kana", {chr(point) for point in range(0x3041, 0x3097)} | {chr(point) for point in range(0x30A1, 0x30FB)}),
        ("JIS X 0208 (kanji levels 1 and 2)", _double_byte("euc_jp", range(0xB0, 0xF5), list(range(0xA1, 0xFF)))),
        ("GB 2312", _double_byte("gb2312", range(0xB0, 0xF8), list(range(0xA1, 0xFF)))),
        ("Big5", _double_byte("big5", range(0xA4, 0xFA), [*range(0x40, 0x7F), *range(0xA1, 0xFF)])),
    ],
)
def test_the_east_asian_sets_are_covered_whole(name: str, characters: set[str]) -> None:
    assert len(characters) > 80
    missing = unprintable_characters("".join(sorted(characters)))
    assert missing == [], f"{name}: {len(missing)} characters missing, first {missing[:5]}"


# Every letter, digit, punctuation mark and symbol of the blocks of the scripts the bundled faces
# promise, as Unicode lists them, but four added in Unicode 13 and 14, after the 2020 Noto faces.
PROMISED_BLOCKS = {
    "Latin (Vietnamese)": (0x1E00, 0x1EFF),
    "Greek": (0x0370, 0x03E1),  # then the Coptic letters of the block, another script
    "Cyrillic": (0x0400, 0x04FF),
    "Armenian": (0x0530, 0x058F),
    "Hebrew": (0x0590, 0x05FF),
    "Arabic": (0x0600, 0x06FF),
    "Devanagari": (0x0900, 0x097F),
    "Bengali": (0x0980, 0x09FF),
    "Gurmukhi": (0x0A00, 0x0A7F),
    "Gujarati": (0x0A80, 0x0AFF),
    "Oriya": (0x0B00, 0x0B7F),
    "Tamil": (0x0B80, 0x0BFF),
    "Telugu": (0x0C00, 0x0C7F),
    "Kannada": (0x0C80, 0x0CFF),
    "Malayalam": (0x0D00, 0x0D7F),
    "Sinhala": (0x0D80, 0x0DFF),
    "Thai": (0x0E00, 0x0E7F),
    "Lao": (0x0E80, 0x0EFF),
    "Myanmar": (0x1000, 0x109F),
    "Georgian": (0x10A0, 0x10FF),
    "Hangul Jamo": (0x1100, 0x11FF),
    "Ethiopic": (0x1200, 0x137F),
    "Khmer": (0x1780, 0x17FF),
    "CJK punctuation, kana": (0x3000, 0x30FF),
}
NEWER = {"\u05ef", "\u061d", "\u0c5d", "\u0cdd"}
ASSIGNED_LETTERS = sorted(
    chr(point)
    for start, end in PROMISED_BLOCKS.values()
    for point in range(start, end + 1)
    if unicodedata.category(chr(point))[0] in "LNPS" and chr(point) not in NEWER
)


def test_every_character_of_a_promised_script_has_a_face() -> None:
    assert [describe(char) for char in unprintable_characters("".join(ASSIGNED_LETTERS))] == []


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Co", "Cn")), max_size=30))
@settings(max_examples=60, deadline=None)
def test_a_character_no_face_has_is_named_not_dropped(written: str) -> None:
    """Whatever is written, each letter or symbol either reads back from the PDF or is named first."""
    missing = set(unprintable_characters(written))
    letter = APPEAL_TO_CHINA.with_changes(body=f"Start {written} end")
    pdf = render_letter(letter, "a4", allow_missing_characters=True).pdf
    printed = _counted(text(pdf))
    for char in set(written) - missing:
        if unicodedata.category(char)[0] in "LNS":
            shown = _counted(char)
            assert all(printed[part] >= 1 for part in shown), f"{describe(char)} dropped in silence"


def test_a_korean_sender_prints_whole(letter: Letter) -> None:
    pdf = render_letter(letter.with_changes(sender_name="김민수", sender_town="서울"), "a4").pdf
    printed = text(pdf)
    assert "김민수" in printed and "서울" in printed


CLOSING = set("、。，．」』）〕】〉》”’：；？！")
OPENING = set("「『（〔【〈《“‘")


@pytest.mark.parametrize("language", ["Chinese (simplified)", "Japanese"])
def test_no_east_asian_line_starts_with_closing_or_ends_with_opening_punctuation(letter: Letter, language: str) -> None:
    # Many sentences, each ending just before the line would: some line must meet a full stop at its end.
    body = "".join(SAMPLES[language][: 9 + shift] + "。「自由」，" for shift in range(30))
    pdf = render_letter(letter.with_changes(body=body), "a4").pdf
    lines: dict[float, str] = {}
    for piece in pieces(pdf):
        if any("\u3000" <= char <= "\u9fff" for char in piece.text):
            lines[round(piece.y)] = lines.get(round(piece.y), "") + piece.text
    assert len(lines) > 10
    for line in lines.values():
        assert line[0] not in CLOSING, line
        assert line[-1] not in OPENING, line


def test_render_letter_names_a_character_no_face_has_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    body = tmp_path / "body.txt"
    body.write_text("Stay strong 💪 — we are with you.", encoding="utf-8")
    out = tmp_path / "letter.pdf"
    arguments = ["render", "letter", "--case", "zhang-zhan", "--text-file", str(body), "--out", str(out)]
    code, _, stderr = run(capsys, *arguments)
    assert code == 1 and not out.exists()
    assert "U+1F4AA FLEXED BICEPS" in stderr and "--allow-missing-characters" in stderr
    code, _, stderr = run(capsys, *arguments, "--allow-missing-characters")
    assert code == 0 and out.exists()
    assert "U+1F4AA FLEXED BICEPS" in stderr


def _page_image(pdf: bytes, folder: Path) -> bytes:
    """The first page as Qt's PDF engine (PDFium) paints it, at 100 dpi: the pixels a printer gets."""
    from PySide6.QtCore import QSize
    from PySide6.QtPdf import QPdfDocument

    path = folder / "page.pdf"
    path.write_bytes(pdf)
    document = QPdfDocument()
    document.load(str(path))
    points = document.pagePointSize(0)
    image = document.render(0, QSize(int(points.width() * 100 / 72), int(points.height() * 100 / 72)))
    document.close()
    return bytes(image.constBits())


def test_persian_keeps_the_zero_width_non_joiner(letter: Letter, qapp: object, tmp_path: Path) -> None:
    """می‌خواهم ("I want") is written with its prefix apart; without the ZWNJ the letters join."""
    written, joined = "می\u200cخواهم آزادی", "میخواهم آزادی"
    images = [
        _page_image(render_letter(letter.with_changes(body=body), "a4").pdf, tmp_path) for body in (written, joined)
    ]
    assert images[0] != images[1]
    assert "\u200c" not in text(render_letter(letter.with_changes(body=written), "a4").pdf)  # never a visible mark


def test_korean_lines_break_between_words(letter: Letter) -> None:
    body = " ".join([SAMPLES["Korean"]] * 12)
    words = set(body.replace(".", "").split())
    pdf = render_letter(letter.with_changes(body=body), "a4").pdf
    lines: dict[float, str] = {}
    for piece in pieces(pdf):
        if any("\uac00" <= char <= "\ud7a3" for char in piece.text):
            lines[round(piece.y)] = lines.get(round(piece.y), "") + " " + piece.text
    assert len(lines) > 3
    date = set(letter_date(letter.date, letter.home_country, "ko").split())  # the date, in Korean too
    for line in lines.values():
        if not {word for word in line.split() if not word[0].isdigit()} <= {word.lstrip("0123456789") for word in date}:
            assert set(line.replace(".", "").split()) <= words, line


@pytest.mark.parametrize("language", ["Korean", "Khmer", "Burmese", "Japanese", "Arabic"])
def test_the_local_script_address_prints_on_the_letter(letter: Letter, language: str) -> None:
    local = SAMPLES[language][:30]
    recipient = PostalAddress(letter.recipient.lines, letter.recipient.country, (local,))
    pdf = render_letter(letter.with_changes(recipient=recipient), "a4").pdf
    assert found_share(local, text(pdf)) >= 0.9
