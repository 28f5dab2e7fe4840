"""Address labels: one address on as many labels as asked, from label K on, with the printer's offset.

The sheets themselves (geometry, names) are in label_sheets.py.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from w4r_desktop.core.letters import PostalAddress
from w4r_desktop.printing.address import envelope_lines, require_verified
from w4r_desktop.printing.document import new_canvas
from w4r_desktop.printing.fonts import SANS, register_fonts, text_width
from w4r_desktop.printing.label_sheets import LABEL_SHEETS, LabelError, LabelSheet, label_sheet
from w4r_desktop.printing.missing import check_printable
from w4r_desktop.printing.text import draw_line

MAX_LABELS = 10_000
LABEL_TEXT_SIZE = 10.0
MIN_LABEL_SIZE = 8.0
"""Labels never print smaller: below 8 pt an address is hard to read and to sort by machine."""


@dataclass(frozen=True)
class LabelText:
    """How one address is set on a label: its lines (long ones wrapped), type size and line spacing."""

    lines: tuple[str, ...]
    size: float
    leading: float


def _wrapped(line: str, size: float, width: float) -> list[str] | None:
    """`line` broken at spaces into pieces no wider than `width`; None if one word is wider."""
    pieces: list[str] = []
    for word in line.split():
        if text_width(word, SANS, size) > width:
            return None
        if pieces and text_width(f"{pieces[-1]} {word}", SANS, size) <= width:
            pieces[-1] = f"{pieces[-1]} {word}"
        else:
            pieces.append(word)
    return pieces or [line]


def set_label(lines: tuple[str, ...], sheet: LabelSheet) -> LabelText | None:
    """The largest type, 10 pt down to 8 pt, at which `lines` fit the label, long lines wrapped at
    spaces; None if they do not fit even at 8 pt (smaller type is hard to read and to sort)."""
    width = (sheet.label_width - 2 * sheet.padding_x) * mm
    height = (sheet.label_height - 2 * sheet.padding_y) * mm
    size = LABEL_TEXT_SIZE
    while True:
        leading = size * 1.15
        wrapped: list[str] = []
        for line in lines:
            pieces = _wrapped(line, size, width)
            if pieces is None:
                break
            wrapped += pieces
        else:
            # From the top of capitals on the first line to the bottom of descenders on the last.
            if (len(wrapped) - 1) * leading + size <= height:
                return LabelText(tuple(wrapped), size, leading)
        if size <= MIN_LABEL_SIZE:
            return None
        size = max(size * 0.95, MIN_LABEL_SIZE)


def fit_label(lines: tuple[str, ...], sheet: LabelSheet) -> LabelText:
    """`lines` set on a label of `sheet`, or LabelError naming sheets where they do fit."""
    text = set_label(lines, sheet)
    if text is not None:
        return text
    fits = [key for key, other in LABEL_SHEETS.items() if key != sheet.key and set_label(lines, other) is not None]
    where = f"; it fits on {', '.join(fits)}" if fits else "; shorten its lines"
    raise LabelError(f"this address does not fit on {sheet.key} labels in {MIN_LABEL_SIZE:g} pt type or larger{where}")


def _check_request(sheet: LabelSheet, count: int, start: int) -> None:
    if not 1 <= count <= MAX_LABELS:
        raise LabelError(f"the number of labels must be between 1 and {MAX_LABELS} (got {count})")
    if not 1 <= start <= sheet.per_sheet:
        raise LabelError(f"the first label must be between 1 and {sheet.per_sheet} on {sheet.key} (got {start})")


class SheetCanvas:
    """Draws on label sheets with the printer offset applied to everything: a PDF of its own, or
    a page of someone else's `canvas` (a case's pack)."""

    def __init__(
        self, sheet: LabelSheet, offset_mm: tuple[float, float], title: str, canvas: Canvas | None = None
    ) -> None:
        register_fonts()
        self.sheet = sheet
        self.stream = io.BytesIO()
        self.width, self.height = sheet.paper[0] * mm, sheet.paper[1] * mm
        self.canvas = canvas or new_canvas(
            self.stream, (self.width, self.height), title, "Write for Rights address labels"
        )
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

    def address(self, position: int, text: LabelText) -> None:
        lines = text.lines
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
    *,
    verified: bool,
    allow_unverified: bool = False,
    allow_missing_characters: bool = False,
) -> bytes:
    """`count` labels of one address, from label `start` of the first sheet onwards, as PDF bytes.

    Labels fill rows left to right, then go down; more labels than fit continue on new sheets
    from the first label. `outline` draws each label's edge, for a test print on plain paper.
    `offset_mm` (across, down) moves everything to make up for a printer's misalignment.
    """
    require_verified(verified, allow_unverified)
    check_printable("the address", (*address.lines, *address.local_lines), allow_missing_characters)
    layout = label_sheet(sheet)
    _check_request(layout, count, start)
    lines = envelope_lines(address, home_country).lines
    text = fit_label(lines, layout)
    page = SheetCanvas(layout, offset_mm, f"Address labels, {layout.name}")
    position = start
    for _ in range(count):
        if position > layout.per_sheet:
            page.canvas.showPage()
            position = 1
        if outline:
            page.outline(position)
        page.address(position, text)
        position += 1
    page.canvas.showPage()
    return page.finish()


def label_warnings(address: PostalAddress, home_country: str, sheet: str = "avery-5160") -> tuple[str, ...]:
    """What a leader should know before printing these labels (small type, non-Latin lines)."""
    layout = label_sheet(sheet)
    block = envelope_lines(address, home_country)
    warnings = list(block.warnings)
    try:
        fit_label(block.lines, layout)
    except LabelError as exc:
        warnings.append(str(exc))
    return tuple(warnings)


def render_alignment_page(sheet: str, offset_mm: tuple[float, float] = (0, 0)) -> bytes:
    """A test page for plain paper: every label's outline and number, with the offset applied.

    Held against a label sheet in front of a light, it shows how far the printer is off.
    """
    layout = label_sheet(sheet)
    page = SheetCanvas(layout, offset_mm, f"Alignment test, {layout.name}")
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
