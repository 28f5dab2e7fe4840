"""A horizontal bar chart: one labelled bar per row, long enough to read across a room.

Painted by hand (Qt Charts is not part of pyside6-essentials). The numbers are also in the
accessible description, so a screen reader hears what the bars show.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = QColor("#FFE000")  # the campaign's yellow
BAR_EDGE = QColor("#1A1A1A")
MIN_ROW = 20
"""The lowest a row gets (its text then 8 px): below that, the chart is taller than its room."""


class BarChart(QWidget):
    """Bars for (label, value) pairs, scaled to the largest value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Letters per case"))

    def set_bars(self, bars: Sequence[tuple[str, int]]) -> None:
        """Show these bars, in this order."""
        self._bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{label}: {value}" for label, value in self._bars))
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    def _row_height(self) -> int:
        return max(28, QFontMetrics(self.font()).height() + 12)

    def row_height(self) -> int:
        """The height of a row as painted: the font's, or less with its text smaller, so that every
        bar shows in the height there is (a projector's low screen, a long list of cases)."""
        rows = max(1, len(self._bars))
        return max(MIN_ROW, min(self._row_height(), (self.height() - 8) // rows))

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self._bars)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, max(1, len(self._bars)) * MIN_ROW + 8)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row = self.row_height()
        if row < self._row_height():  # smaller text, as much smaller as the rows are
            font = QFont(self.font())
            font.setPixelSize(max(8, row - 12))
            painter.setFont(font)
        metrics = painter.fontMetrics()
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        label_width = min(
            self.width() // 3, max((metrics.horizontalAdvance(label) for label, _ in self._bars), default=0) + 12
        )
        number_width = metrics.horizontalAdvance("000000") + 8
        room = max(1, self.width() - label_width - number_width - 8)
        most = max((value for _, value in self._bars), default=0) or 1
        for index, (label, value) in enumerate(self._bars):
            top = 4 + index * row
            painter.setPen(text_colour)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                QRectF(0, top, label_width - 8, row), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, shown
            )
            length = room * value / most
            if length > 0:
                painter.setPen(BAR_EDGE)
                painter.setBrush(BAR_COLOUR)
                painter.drawRect(QRectF(label_width, top + 4, length, row - 8))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(label_width + length + 6, top, number_width, row),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                str(value),
            )
        painter.end()
