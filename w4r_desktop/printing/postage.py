"""What a mailing weighs and which size class it is in, and what its stamps cost.

Size class (USPS DMM 101): an envelope up to 6 1/8 in high and 11 1/2 in long mails as a
letter; bigger ones, such as C5 (6.38 x 9.02 in), are large envelopes ("flats"), at a higher rate.

Weights assumed (80 g/m2 printer paper, envelopes of 90 g/m2 stock; a kitchen scale confirms):
a sheet of US Letter 4.8 g, of A4 5.0 g; a #10 or DL envelope 5 g, C6 3.5 g, C5 9 g, A7 5 g,
A2 3.5 g. One ounce is 28.35 g: a #10 envelope with four sheets is just under it.

Rates: the event's one-ounce letter stamps (settings stamp_domestic and stamp_international,
by default USPS's Forever and Global Forever prices since 13 July 2025: 0.78 and 1.70 USD);
for a domestic letter of more than one ounce, each further ounce at USPS's single-piece price of
0.29 USD (since 13 July 2025, news.usps.com/2025/07/14/usps-adjusts-prices), up to 3.5 oz. Large
envelopes, and international letters over one ounce (priced by the destination's price group),
are not priced here: the sheet gives their class and weight and says to have them weighed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from w4r_desktop.core.bundle.schema import Postage
from w4r_desktop.printing.sizes import EnvelopeSize

OUNCE_G = 28.35
SHEET_G = {"letter": 4.8, "a4": 5.0}
ENVELOPE_G = {"us10": 5.0, "dl": 5.0, "c6": 3.5, "c5": 9.0, "a7": 5.0, "a2": 3.5}
LETTER_MAX_HEIGHT = 6.125 * 72  # points
LETTER_MAX_LENGTH = 11.5 * 72
USPS_RATES_DATE = "13 July 2025"
DOMESTIC_EXTRA_OUNCE = 0.29
DOMESTIC_LETTER_MAX_OZ = 3.5


def is_large_envelope(size: EnvelopeSize) -> bool:
    """Whether an envelope mails as a large envelope (flat) rather than a letter."""
    height, length = sorted((size.width, size.height))
    return height > LETTER_MAX_HEIGHT + 0.5 or length > LETTER_MAX_LENGTH + 0.5


@dataclass(frozen=True)
class Piece:
    """One envelope as it goes into the post: its size class, weight, and what it costs."""

    large: bool
    grams: float
    abroad: bool

    @property
    def ounces(self) -> int:
        """The weight step it is priced at (each ounce or part of one)."""
        return max(1, math.ceil(self.grams / OUNCE_G - 1e-9))

    @property
    def kind(self) -> str:
        place = "international" if self.abroad else "domestic"
        return f"{place} {'large envelope' if self.large else 'letter'}"

    def cost(self, postage: Postage | None) -> float | None:
        """The stamps it needs, or None where the price depends on weighing it at the post office."""
        if postage is None:
            return None
        if not self.large and self.ounces == 1:
            return postage.international if self.abroad else postage.domestic
        if self.large or self.abroad or postage.currency != "USD" or self.grams > DOMESTIC_LETTER_MAX_OZ * OUNCE_G:
            return None
        return round(postage.domestic + DOMESTIC_EXTRA_OUNCE * (self.ounces - 1), 2)


def piece(sheets: int, paper: str, envelope: EnvelopeSize, envelope_key: str, abroad: bool) -> Piece:
    """An envelope of `envelope_key` holding `sheets` sheets of `paper`."""
    grams = ENVELOPE_G.get(envelope_key, 5.0) + sheets * SHEET_G.get(paper, 5.0)
    return Piece(is_large_envelope(envelope), grams, abroad)


def together(sheets: int, paper: str, abroad: bool) -> Piece:
    """Several letters for one recipient in one C5 large envelope."""
    return Piece(True, ENVELOPE_G["c5"] + sheets * SHEET_G.get(paper, 5.0), abroad)
