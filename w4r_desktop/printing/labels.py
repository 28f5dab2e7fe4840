"""Address label sheets: Avery 5160 and friends, exact geometry, start at label K, printer offset.

Geometry is measured in millimetres from the top-left corner of the sheet, as the makers (and
gLabels and LibreOffice) publish it. Where gLabels and LibreOffice disagree, the LibreOffice
figures are used: they add up to the paper's width with equal side margins, as Avery's do.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.letters import PostalAddress
from w4r_desktop.printing.address import envelope_lines
from w4r_desktop.printing.fonts import SANS, register_fonts, text_width
from w4r_desktop.printing.text import draw_line

INCH = 25.4
LETTER_MM = (215.9, 279.4)
A4_MM = (210.0, 297.0)
MAX_LABELS = 10_000
LABEL_TEXT_SIZE = 10.0
SMALLEST_COMFORTABLE = 6.0  # below this a label is hard to read; it still prints, with a warning


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


@dataclass(frozen=True)
class LabelText:
    """How one address is set on a label: type size and line spacing, both in points."""

    size: float
    leading: float


def fit_label(lines: tuple[str, ...], sheet: LabelSheet) -> LabelText:
    """The largest type (up to 10 pt) at which `lines` fit inside the label's padding."""
    width = (sheet.label_width - 2 * sheet.padding_x) * mm
    height = (sheet.label_height - 2 * sheet.padding_y) * mm
    size = LABEL_TEXT_SIZE
    while True:
        leading = size * 1.15
        widest = max((text_width(line, SANS, size) for line in lines), default=0.0)
        # From the top of capitals on the first line to the bottom of descenders on the last.
        tall = (len(lines) - 1) * leading + size
        if (widest <= width and tall <= height) or size < 0.5:
            return LabelText(size, leading)
        size *= 0.95


def _check_request(sheet: LabelSheet, count: int, start: int) -> None:
    if not 1 <= count <= MAX_LABELS:
        raise LabelError(f"the number of labels must be between 1 and {MAX_LABELS} (got {count})")
    if not 1 <= start <= sheet.per_sheet:
        raise LabelError(f"the first label must be between 1 and {sheet.per_sheet} on {sheet.key} (got {start})")


class _SheetCanvas:
    """Draws on label sheets with the printer offset applied to everything."""

    def __init__(self, sheet: LabelSheet, offset_mm: tuple[float, float], title: str) -> None:
        register_fonts()
        self.sheet = sheet
        self.stream = io.BytesIO()
        self.width, self.height = sheet.paper[0] * mm, sheet.paper[1] * mm
        self.canvas = Canvas(self.stream, pagesize=(self.width, self.height), invariant=1, pageCompression=1)
        self.canvas.setTitle(title)
        self.canvas.setCreator("W4R Desktop")
        # offset: x to the right, y down the sheet (as a leader measures a misprint)
        self.dx, self.dy = offset_mm[0] * mm, -offset_mm[1] * mm

    def box(self, position: int) -> tuple[float, float, float, float]:
        """Label `position` as (left, bottom, width, height) in PDF points, offset included."""
        left, top = self.sheet.cell(position)
        return (
            left * mm + self.dx,
            self.height - (top + self.sheet.label_height) * mm + self.dy,
            self.sheet.label_width * mm,
            self.sheet.label_height * mm,
        )

    def outline(self, position: int) -> None:
        left, bottom, width, height = self.box(position)
        self.canvas.saveState()
        self.canvas.setLineWidth(0.3)
        self.canvas.setStrokeColor(Color(0.5, 0.5, 0.5))
        # A plain rectangle, not rounded: its corners are the sheet's exact geometry.
        self.canvas.rect(left, bottom, width, height)
        self.canvas.restoreState()

    def address(self, position: int, lines: tuple[str, ...], text: LabelText) -> None:
        left, bottom, _, height = self.box(position)
        block = (len(lines) - 1) * text.leading + text.size
        # Centred vertically; the first baseline sits 0.75 em below the block's top.
        baseline = bottom + height / 2 + block / 2 - 0.75 * text.size
        for line in lines:
            draw_line(self.canvas, left + self.sheet.padding_x * mm, baseline, line, SANS, text.size)
            baseline -= text.leading

    def finish(self) -> bytes:
        self.canvas.save()
        return self.stream.getvalue()


def render_labels(
    address: PostalAddress,
    home_country: str,
    sheet: str = "avery-5160",
    count: int = 1,
    start: int = 1,
    outline: bool = False,
    offset_mm: tuple[float, float] = (0, 0),
) -> bytes:
    """`count` labels of one address, from label `start` of the first sheet onwards, as PDF bytes.

    Labels fill rows left to right, then go down; more labels than fit continue on new sheets
    from the first label. `outline` draws each label's edge, for a test print on plain paper.
    `offset_mm` (across, down) moves everything to make up for a printer's misalignment.
    """
    layout = label_sheet(sheet)
    _check_request(layout, count, start)
    lines = envelope_lines(address, home_country).lines
    text = fit_label(lines, layout)
    page = _SheetCanvas(layout, offset_mm, f"Address labels, {layout.name}")
    position = start
    for _ in range(count):
        if position > layout.per_sheet:
            page.canvas.showPage()
            position = 1
        if outline:
            page.outline(position)
        page.address(position, lines, text)
        position += 1
    page.canvas.showPage()
    return page.finish()


def label_warnings(address: PostalAddress, home_country: str, sheet: str = "avery-5160") -> tuple[str, ...]:
    """What a leader should know before printing these labels (small type, non-Latin lines)."""
    layout = label_sheet(sheet)
    block = envelope_lines(address, home_country)
    warnings = list(block.warnings)
    size = fit_label(block.lines, layout).size
    if size < SMALLEST_COMFORTABLE:
        warnings.append(f"the address only fits {layout.key} labels in {size:.1f} pt type; use a larger label")
    return tuple(warnings)


def render_alignment_page(sheet: str, offset_mm: tuple[float, float] = (0, 0)) -> bytes:
    """A test page for plain paper: every label's outline and number, with the offset applied.

    Held against a label sheet in front of a light, it shows how far the printer is off.
    """
    layout = label_sheet(sheet)
    page = _SheetCanvas(layout, offset_mm, f"Alignment test, {layout.name}")
    canvas = page.canvas
    for position in range(1, layout.per_sheet + 1):
        page.outline(position)
        left, bottom, width, height = page.box(position)
        canvas.setFont(SANS, min(9.0, height * 0.4))
        canvas.drawCentredString(left + width / 2, bottom + height / 2 - 3, str(position))
    canvas.setFont(SANS, 7)
    canvas.setFillColor(Color(0.3, 0.3, 0.3))
    notes = (
        f"Offset {offset_mm[0]:+.1f} mm across, {offset_mm[1]:+.1f} mm down. Hold this page on a label sheet: "
        "boxes right of the labels: lower 'across'; boxes below them: lower 'down'.",
        f"Alignment test: {layout.name}. Print at 100 % (actual size), never 'fit to page'.",
    )
    baseline = min(page.box(1)[1] + page.box(1)[3] + 4, page.height - 10)
    for note in notes:
        canvas.drawString(8 * mm, baseline, note)
        baseline += 8
    canvas.showPage()
    return page.finish()
