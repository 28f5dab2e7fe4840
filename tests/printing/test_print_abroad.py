"""Mail abroad: the sender's name and country on the back, AIR MAIL on the front, countries in full."""

from __future__ import annotations

import pytest

from tests.letters import APPEAL_TO_CHINA
from tests.printing.pdf_reading import pieces, text
from w4r_desktop.printing.address import english_country_name
from w4r_desktop.printing.envelope import ENVELOPE_SIZES, barcode_clear_zone, read_area, render_envelope

NO_NAME = APPEAL_TO_CHINA.with_changes(return_address=("12 Elm Street", "Springfield, IL 62701"))


def test_the_return_address_starts_with_the_senders_name_and_ends_with_their_country_abroad() -> None:
    printed = [piece.text for piece in pieces(render_envelope(NO_NAME))]
    assert printed[:4] == ["JO DOE", "12 ELM STREET", "SPRINGFIELD, IL 62701", "UNITED STATES"]


def test_domestic_mail_carries_no_country_and_no_air_mail(domestic_letter) -> None:  # type: ignore[no-untyped-def]
    printed = text(render_envelope(domestic_letter))
    assert "AIR MAIL" not in printed and "UNITED STATES" not in printed


@pytest.mark.parametrize("size", sorted(ENVELOPE_SIZES))
def test_mail_abroad_is_marked_air_mail_outside_the_address_and_barcode_areas(size: str) -> None:
    printed = pieces(render_envelope(APPEAL_TO_CHINA, size))
    [mark] = [piece for piece in printed if piece.text == "AIR MAIL / PAR AVION"]
    envelope = ENVELOPE_SIZES[size]
    assert mark.y > read_area(envelope).top
    assert mark.y > barcode_clear_zone(envelope).top


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("CZ", "CZECHIA"),
        ("LA", "LAOS"),
        ("PS", "STATE OF PALESTINE"),
        ("KR", "SOUTH KOREA"),
        ("CN", "CHINA"),
        ("GT", "GUATEMALA"),
    ],
)
def test_countries_are_written_out_in_full_english(code: str, name: str) -> None:
    assert english_country_name(code) == name
