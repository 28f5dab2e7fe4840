"""The papers and envelopes the application prints on, as plain data.

Kept apart from the renderers so the command line can offer the choices without loading
ReportLab's page layout machinery.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import inch, mm

PAPER_SIZES: dict[str, tuple[float, float]] = {"letter": LETTER, "a4": A4}


@dataclass(frozen=True)
class EnvelopeSize:
    """An envelope, in points, as it lies for addressing (long side across)."""

    key: str
    name: str
    width: float
    height: float
    machinable_letter: bool = True
    """False for sizes USPS treats as flats (taller than 6 1/8 in), which cost more to mail."""


ENVELOPE_SIZES: dict[str, EnvelopeSize] = {
    size.key: size
    for size in (
        EnvelopeSize("us10", "US #10 (4 1/8 x 9 1/2 in)", 9.5 * inch, 4.125 * inch),
        EnvelopeSize("dl", "DL (110 x 220 mm)", 220 * mm, 110 * mm),
        EnvelopeSize("c5", "C5 (162 x 229 mm)", 229 * mm, 162 * mm, machinable_letter=False),
        EnvelopeSize("c6", "C6 (114 x 162 mm)", 162 * mm, 114 * mm),
        EnvelopeSize("a7", "A7 card envelope (5 1/4 x 7 1/4 in)", 7.25 * inch, 5.25 * inch),
        EnvelopeSize("a2", "A2 card envelope (4 3/8 x 5 3/4 in)", 5.75 * inch, 4.375 * inch),
    )
}
