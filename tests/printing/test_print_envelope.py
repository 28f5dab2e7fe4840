"""Envelopes: exact sizes, the address inside the USPS read area, clear zones left clear."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.printing.pdf_reading import active_content, page_sizes, pieces, unfolded
from w4r_desktop.core.letters import Letter, PostalAddress
from w4r_desktop.printing.address import UnverifiedAddress
from w4r_desktop.printing.envelope import (
    ENVELOPE_SIZES,
    AddressTooLong,
    UnknownEnvelope,
    Zone,
    barcode_clear_zone,
    read_area,
    render_envelope,
    stamp_zone,
)
from w4r_desktop.printing.fonts import SANS, text_width

INCH = 72.0
EXPECTED_SIZES = {
    "us10": (9.5, 4.125),
    "dl": (220 / 25.4, 110 / 25.4),
    "c5": (229 / 25.4, 162 / 25.4),
    "c6": (162 / 25.4, 114 / 25.4),
    "a7": (7.25, 5.25),
    "a2": (5.75, 4.375),
}
LONG = PostalAddress(
    lines=(
        "Maria Consuelo Porras Argueta de Porres",
        "Attorney General of the Republic of Guatemala",
        "Ministerio Público, Fiscalía General de la República",
        "15 avenida 15-16, zona 1, Barrio Gerona, Edificio Central",
        "Ciudad de Guatemala 01001",
        "Departamento de Guatemala",
    ),
    country="GT",
)


def extent(piece_x: float, piece_y: float, text: str, size: float) -> Zone:
    """The box a line of text covers: cap height above the baseline, descenders below."""
    return Zone(piece_x, piece_y - 0.25 * size, piece_x + text_width(text, SANS, size), piece_y + 0.75 * size)


@pytest.mark.parametrize("size", sorted(ENVELOPE_SIZES))
def test_each_envelope_is_its_exact_size_in_landscape(letter: Letter, size: str) -> None:
    width, height = page_sizes(render_envelope(letter, size))[0]
    expected = EXPECTED_SIZES[size]
    assert width == pytest.approx(expected[0] * INCH, abs=0.05)
    assert height == pytest.approx(expected[1] * INCH, abs=0.05)
    assert width > height


@pytest.mark.parametrize("size", sorted(ENVELOPE_SIZES))
@pytest.mark.parametrize("recipient", ["china", "long", "domestic", "extreme"])
def test_the_address_is_inside_the_read_area_and_out_of_the_clear_zones(
    letter: Letter, size: str, recipient: str
) -> None:
    address = {
        "china": letter.recipient,
        "long": LONG,
        "domestic": PostalAddress(("Antony Blinken", "2201 C Street NW", "Washington, DC 20520"), "US"),
        "extreme": PostalAddress(tuple(f"Line {n} " + "of a very long address " * 4 for n in range(11)), "GT"),
    }
    chosen = letter.with_changes(recipient=address[recipient])
    envelope = ENVELOPE_SIZES[size]
    if recipient == "extreme" and size in ("a2", "c6"):  # below 8 pt there: refused (see below)
        with pytest.raises(AddressTooLong):
            render_envelope(chosen, size)
        return
    printed = pieces(render_envelope(chosen, size))
    sender_lines = {"JO DOE", "12 ELM STREET", "SPRINGFIELD, IL 62701", "UNITED STATES", "AIR MAIL / PAR AVION"}
    address_pieces = [piece for piece in printed if piece.text not in sender_lines]
    assert len(address_pieces) == len(address[recipient].lines) + (recipient != "domestic")
    assert min(piece.size for piece in address_pieces) >= 8  # machine-readable type
    for piece in printed:
        box = extent(piece.x, piece.y, piece.text, piece.size)
        assert not barcode_clear_zone(envelope).overlaps(box), piece.text
        assert not stamp_zone(envelope).overlaps(box), piece.text
        if piece in address_pieces:
            assert read_area(envelope).contains(box), piece.text
        else:
            assert not read_area(envelope).overlaps(box), piece.text
    # One left margin for the whole block.
    assert len({round(piece.x, 2) for piece in address_pieces}) == 1


def test_international_mail_ends_with_the_country_alone_in_english(letter: Letter) -> None:
    printed = [piece.text for piece in pieces(render_envelope(letter))]
    assert printed[-6:-1] == [
        "XI JINPING",
        "PRESIDENT OF THE PEOPLE'S REPUBLIC OF CHINA",
        "XICHENGQU",
        "BEIJING SHI 100017",
        "CHINA",
    ]


def test_domestic_mail_has_no_country_line(domestic_letter: Letter) -> None:
    printed = [piece.text for piece in pieces(render_envelope(domestic_letter))]
    assert printed[-1] == "WASHINGTON, DC 20520"
    assert not any("UNITED STATES" in line for line in printed)


def test_the_return_address_is_top_left_and_defaults_to_the_letters(letter: Letter) -> None:
    printed = pieces(render_envelope(letter))
    assert [piece.text for piece in printed[:3]] == ["JO DOE", "12 ELM STREET", "SPRINGFIELD, IL 62701"]
    assert all(piece.x < 0.5 * INCH and piece.y > 3 * INCH for piece in printed[:3])
    other = pieces(render_envelope(letter, return_address=["W4R Group", "PO Box 1"]))
    assert [piece.text for piece in other[:2]] == ["W4R GROUP", "PO BOX 1"]
    anonymous = pieces(render_envelope(letter.with_changes(return_address=())))
    assert [piece.text for piece in anonymous[:3]] == ["JO DOE", "UNITED STATES", "XI JINPING"]


def test_an_unverified_address_prints_only_when_allowed_and_then_only_the_addresses(letter: Letter) -> None:
    unchecked = letter.with_changes(verified=False)
    with pytest.raises(UnverifiedAddress):
        render_envelope(unchecked)
    allowed = [piece.text for piece in pieces(render_envelope(unchecked, allow_unverified=True))]
    assert allowed == [piece.text for piece in pieces(render_envelope(letter))]


def test_the_printer_offset_moves_everything(letter: Letter) -> None:
    plain = pieces(render_envelope(letter))
    moved = pieces(render_envelope(letter, offset_mm=(2.0, 3.0)))
    # Something to measure: both envelopes carry the same lines, the return address and the recipient's.
    assert {"JO DOE", "XI JINPING", "CHINA"} <= {piece.text for piece in plain}
    assert [piece.text for piece in moved] == [piece.text for piece in plain]
    for before, after in zip(plain, moved, strict=True):
        assert after.x - before.x == pytest.approx(2 * 72 / 25.4, abs=0.01)
        assert after.y - before.y == pytest.approx(-3 * 72 / 25.4, abs=0.01)


def test_unknown_envelope_size_is_a_clear_error(letter: Letter) -> None:
    with pytest.raises(UnknownEnvelope, match="unknown envelope size 'b4'"):
        render_envelope(letter, "b4")


def test_the_same_envelope_gives_the_same_bytes(letter: Letter) -> None:
    assert render_envelope(letter, "dl") == render_envelope(letter, "dl")


# Characters that NFKC folds into others (a quarter sign becomes "1", a fraction slash and "4")
# are left out: the reader folds what it extracts, so it would measure a wider text than printed.
ADDRESS_TEXT = st.text(
    alphabet=st.characters(codec="latin-1", categories=("L", "N", "P", "Zs")).filter(unfolded),
    min_size=1,
    max_size=60,
).filter(str.strip)
HOSTILE = st.sampled_from(
    [
        '<img src="x.png"/>',
        "<a href='http://evil.example'>",
        "&amp;",
        "<link href='x'>",
        "<font name='Courier'>",
        "\u202e",
        "\x00",
        "]]>",
        "<br/>",
    ]
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    lines=st.lists(st.one_of(ADDRESS_TEXT, HOSTILE), min_size=1, max_size=9),
    size=st.sampled_from(sorted(ENVELOPE_SIZES)),
)
def test_any_address_stays_in_the_read_area_and_adds_nothing_active(
    letter: Letter, lines: list[str], size: str
) -> None:
    chosen = letter.with_changes(recipient=PostalAddress(tuple(lines), "GT"), return_address=tuple(lines[:3]))
    try:
        pdf = render_envelope(chosen, size)
    except AddressTooLong as exc:  # never printed below 8 pt: refused, with where it fits
        assert "below the 8 pt" in str(exc) and ("it fits on: " in str(exc) or "no envelope size" in str(exc))
        return
    assert active_content(pdf) == []
    envelope = ENVELOPE_SIZES[size]
    sender = {" ".join(line.upper().split()) for line in lines[:3]}
    for piece in pieces(pdf):
        box = extent(piece.x, piece.y, piece.text, piece.size)
        assert not barcode_clear_zone(envelope).overlaps(box)
        assert not stamp_zone(envelope).overlaps(box)
        if piece.y < read_area(envelope).top and piece.text not in sender:
            assert read_area(envelope).contains(box, tolerance=0.5), piece.text


def test_an_address_that_would_print_below_8_pt_is_refused_naming_the_envelopes_it_fits(letter: Letter) -> None:
    long_lines = ("Ministry of Justice and Human Rights, Directorate of Penitentiary Administration",) * 2
    chosen = letter.with_changes(recipient=PostalAddress(("Minister", *long_lines, "Cairo"), "EG"))
    with pytest.raises(AddressTooLong, match=r"on the A2 .*below the 8 pt.*it fits on: .*c5"):
        render_envelope(chosen, "a2")
    placed = render_envelope(chosen, "c5")
    assert min(piece.size for piece in pieces(placed) if "MINISTRY" in piece.text) >= 8


def test_every_envelope_has_a_return_address_with_a_name(letter: Letter) -> None:
    """The volunteer's own address under their name; else the group's; else their name and home country."""
    group = ("Amnesty Group 123", "PO Box 7", "Dayton, OH 45402")

    def sender(chosen: Letter, **kwargs: object) -> list[str]:
        printed = pieces(render_envelope(chosen, **kwargs))  # type: ignore[arg-type]
        return [piece.text for piece in printed if piece.x < 0.5 * INCH and piece.y > 3 * INCH]

    assert sender(letter, group_address=group) == ["JO DOE", "12 ELM STREET", "SPRINGFIELD, IL 62701", "UNITED STATES"]
    no_address = letter.with_changes(return_address=())
    assert sender(no_address, group_address=group) == [
        "AMNESTY GROUP 123",
        "PO BOX 7",
        "DAYTON, OH 45402",
        "UNITED STATES",
    ]
    assert sender(no_address) == ["JO DOE", "UNITED STATES"]


@pytest.mark.parametrize(
    "home, last_line, printed",
    [
        ("US", "USA", "UNITED STATES"),
        ("US", "U.S.A.", "UNITED STATES"),
        ("US", "United States of America", "UNITED STATES"),
        ("GB", "UK", "UNITED KINGDOM"),
        ("DE", "Deutschland", "GERMANY"),
        ("MX", "México", "MEXICO"),
        ("FR", "FRA", "FRANCE"),
    ],
)
def test_the_home_country_is_not_printed_twice(letter: Letter, home: str, last_line: str, printed: str) -> None:
    mine = letter.with_changes(home_country=home, return_address=("1 Main Street", "Springfield", last_line))
    lines = [piece.text for piece in pieces(render_envelope(mine)) if piece.x < 0.5 * INCH and piece.y > 3 * INCH]
    assert lines == ["JO DOE", "1 MAIN STREET", "SPRINGFIELD", printed]
