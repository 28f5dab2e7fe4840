"""Label sheets: Avery 5160 and friends, their exact geometry, and the names people know them by.

Geometry is measured in millimetres from the top-left corner of the sheet, as the makers (and
gLabels and LibreOffice) publish it. Where gLabels and LibreOffice disagree, the LibreOffice
figures are used: they add up to the paper's width with equal side margins, as Avery's do.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from w4r_desktop.core.errors import UserError

INCH = 25.4
LETTER_MM = (215.9, 279.4)
A4_MM = (210.0, 297.0)


class LabelError(UserError):
    """A label request that cannot be printed as asked (unknown sheet, bad count or start)."""


@dataclass(frozen=True)
class LabelSheet:
    """One kind of label sheet. All lengths in millimetres, measured from the sheet's top left."""

    key: str
    name: str
    paper: tuple[float, float]
    columns: int
    rows: int
    label_width: float
    label_height: float
    left: float
    top: float
    pitch_x: float
    pitch_y: float
    corner_radius: float = 0.0
    padding_x: float = 3.0
    padding_y: float = 1.5

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def cell(self, position: int) -> tuple[float, float]:
        """Top-left corner (mm from the sheet's top left) of label `position`, counted from 1,
        left to right along a row, then down."""
        row, column = divmod(position - 1, self.columns)
        return self.left + column * self.pitch_x, self.top + row * self.pitch_y

    def cells(self) -> Iterator[tuple[float, float]]:
        for position in range(1, self.per_sheet + 1):
            yield self.cell(position)


def _inches(
    key: str,
    name: str,
    columns: int,
    rows: int,
    width: float,
    height: float,
    left: float,
    top: float,
    pitch_x: float,
    pitch_y: float,
    radius: float = 0.0,
) -> LabelSheet:
    return LabelSheet(
        key,
        name,
        LETTER_MM,
        columns,
        rows,
        width * INCH,
        height * INCH,
        left * INCH,
        top * INCH,
        pitch_x * INCH,
        pitch_y * INCH,
        radius * INCH,
    )


_SHEETS = (
    _inches(
        "avery-5160",
        "Avery 5160 / 8160 address labels, 1 x 2 5/8 in, 30 per sheet",
        3,
        10,
        2.625,
        1.0,
        0.1875,
        0.5,
        2.75,
        1.0,
        0.0625,
    ),
    _inches(
        "avery-5161",
        "Avery 5161 / 8161 address labels, 1 x 4 in, 20 per sheet",
        2,
        10,
        4.0,
        1.0,
        0.15625,
        0.5,
        4.1875,
        1.0,
        0.0625,
    ),
    _inches(
        "avery-5162",
        "Avery 5162 / 8162 address labels, 1 1/3 x 4 in, 14 per sheet",
        2,
        7,
        4.0,
        4 / 3,
        0.15625,
        5 / 6,
        4.1875,
        4 / 3,
        0.0625,
    ),
    _inches(
        "avery-5163",
        "Avery 5163 / 8163 shipping labels, 2 x 4 in, 10 per sheet",
        2,
        5,
        4.0,
        2.0,
        0.15625,
        0.5,
        4.1875,
        2.0,
        0.125,
    ),
    _inches(
        "avery-5164",
        "Avery 5164 / 8164 shipping labels, 3 1/3 x 4 in, 6 per sheet",
        2,
        3,
        4.0,
        10 / 3,
        0.15625,
        0.5,
        4.1875,
        10 / 3,
        0.125,
    ),
    _inches(
        "avery-5167",
        "Avery 5167 / 8167 return address labels, 1/2 x 1 3/4 in, 80 per sheet",
        4,
        20,
        1.75,
        0.5,
        0.28125,
        0.5,
        2.0625,
        0.5,
        0.03125,
    ),
    LabelSheet(
        "avery-l7160",
        "Avery L7160 / J8160 address labels, 63.5 x 38.1 mm, 21 per sheet",
        A4_MM,
        3,
        7,
        63.5,
        38.1,
        7.2,
        15.15,
        66.04,
        38.1,
        1.5,
    ),
    LabelSheet(
        "avery-l7161",
        "Avery L7161 / J8161 address labels, 63.5 x 46.6 mm, 18 per sheet",
        A4_MM,
        3,
        6,
        63.5,
        46.56,
        7.21,
        8.82,
        66.04,
        46.56,
        1.5,
    ),
    LabelSheet(
        "avery-l7162",
        "Avery L7162 address labels, 99.1 x 33.9 mm, 16 per sheet",
        A4_MM,
        2,
        8,
        99.1,
        33.87,
        4.67,
        13.02,
        101.6,
        33.87,
        1.5,
    ),
    LabelSheet(
        "avery-l7163",
        "Avery L7163 / J8163 address labels, 99.1 x 38.1 mm, 14 per sheet",
        A4_MM,
        2,
        7,
        99.1,
        38.1,
        4.67,
        15.15,
        101.6,
        38.1,
        1.5,
    ),
    LabelSheet(
        "avery-l7165",
        "Avery L7165 parcel labels, 99.1 x 67.7 mm, 8 per sheet",
        A4_MM,
        2,
        4,
        99.1,
        67.73,
        4.67,
        13.04,
        101.6,
        67.73,
        1.5,
    ),
)
LABEL_SHEETS: dict[str, LabelSheet] = {sheet.key: sheet for sheet in _SHEETS}
"""Every known sheet by key, e.g. LABEL_SHEETS["avery-5160"]."""

# Same layout under another product number (inkjet 8xxx / J8xxx versions of the laser sheets).
SHEET_ALIASES = {
    "avery-8160": "avery-5160",
    "avery-8161": "avery-5161",
    "avery-8162": "avery-5162",
    "avery-8163": "avery-5163",
    "avery-8164": "avery-5164",
    "avery-8167": "avery-5167",
    "avery-j8160": "avery-l7160",
    "avery-j8161": "avery-l7161",
    "avery-j8163": "avery-l7163",
}


def label_sheet(key: str) -> LabelSheet:
    """The sheet called `key` (case-insensitive; "5160" and "L7160" are understood too)."""
    wanted = key.strip().lower()
    if not wanted.startswith("avery-"):
        wanted = f"avery-{wanted}"
    wanted = SHEET_ALIASES.get(wanted, wanted)
    try:
        return LABEL_SHEETS[wanted]
    except KeyError:
        raise LabelError(f"unknown label sheet {key!r} (known: {', '.join(LABEL_SHEETS)})") from None
