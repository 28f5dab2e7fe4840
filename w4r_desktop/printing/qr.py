"""QR codes for a web address: drawn in a PDF (ReportLab's encoder) and as a grid for the screens."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

QUIET_MODULES = 4
"""The blank margin a reader needs around the code, in modules (the standard's four)."""


def _widget(url: str) -> QrCodeWidget:
    # Level M: a code printed on a home printer and held under a library's lights still reads.
    widget = QrCodeWidget(url, barLevel="M", barBorder=QUIET_MODULES)
    widget.draw()  # makes the code (widget.qr)
    return widget


def qr_drawing(url: str, size: float) -> Drawing:
    """A `size`-point square drawing of the code for `url`, its quiet margin included."""
    widget = _widget(url)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def qr_modules(url: str) -> list[list[bool]]:
    """The code for `url` as rows of dark (True) and light modules, without the quiet margin."""
    code = _widget(url).qr
    count = code.getModuleCount()
    return [[bool(code.isDark(row, column)) for column in range(count)] for row in range(count)]
