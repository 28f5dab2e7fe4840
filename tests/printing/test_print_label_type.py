"""Labels never print below 8 pt: long lines wrap inside the label, and an address too long for a sheet is named."""

from __future__ import annotations

import pytest

from tests.bundles import SHIPPED_2021
from tests.printing.pdf_reading import pieces
from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.letters import PostalAddress, draft_letter
from w4r_desktop.printing.fonts import SANS, text_width
from w4r_desktop.printing.label_sheets import LABEL_SHEETS, LabelError
from w4r_desktop.printing.labels import MIN_LABEL_SIZE, render_labels

MM = 72 / 25.4


def imoleayo_address() -> PostalAddress:
    bundle = load_bundle(SHIPPED_2021)
    return draft_letter(bundle, bundle.case("imoleayo-michael"), LetterKind.APPEAL).recipient


def test_imoleayo_michaels_address_is_never_printed_below_8_pt() -> None:
    # It printed at 5.1 pt on Avery 5160: now 5160 says it does not fit and names sheets it fits.
    with pytest.raises(LabelError, match="avery-5160") as raised:
        render_labels(imoleayo_address(), "US", "avery-5160", count=1, verified=True)
    key = str(raised.value).rsplit("fits on ", 1)[1].split(",")[0].strip()
    pdf = render_labels(imoleayo_address(), "US", key, count=1, verified=True)
    sheet = LABEL_SHEETS[key]
    left, _top = sheet.cell(1)
    printed = pieces(pdf)
    assert min(piece.size for piece in printed) >= MIN_LABEL_SIZE
    right = (left + sheet.label_width) * MM
    for piece in printed:
        assert piece.x + text_width(piece.text, SANS, piece.size) <= right + 0.01


def test_long_lines_wrap_at_spaces_keeping_every_word() -> None:
    address = PostalAddress(
        (
            "The Honourable Attorney General of the Federation and Minister of Justice",
            "Federal Ministry of Justice, Maitama",
            "Abuja",
        ),
        "NG",
    )
    printed = pieces(render_labels(address, "US", "avery-5160", count=1, verified=True))
    words = " ".join(piece.text for piece in printed).split()
    assert "HONOURABLE" in words and "JUSTICE" in words and words[-1] == "NIGERIA"
    assert len(printed) > len(address.lines) + 1  # some lines wrapped


def test_an_address_that_fits_no_label_of_the_sheet_is_refused_naming_one_it_fits() -> None:
    address = PostalAddress(tuple(f"Line {n} of a long address block" for n in range(8)), "GT")
    with pytest.raises(LabelError) as raised:
        render_labels(address, "US", "avery-5167", count=1, verified=True)  # return-address labels, tiny
    message = str(raised.value)
    assert "8 pt" in message and "avery-5167" in message
    suggested = message.rsplit("fits on ", 1)[1].split(",")[0].strip().rstrip(")")
    render_labels(address, "US", suggested, count=1, verified=True)  # and it does fit there
