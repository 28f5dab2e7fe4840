"""A small picture of a label sheet: click (or use the arrow keys on) the first free label."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from w4r_desktop.gui.leader.sheets import SheetPlan

_PAPER = QColor("#ffffff")
_USED = QColor("#c9c9c9")
_TO_PRINT = QColor("#ffe08a")
_FIRST = QColor("#1565c0")
_EDGE = QColor("#555555")


class SheetPicker(QWidget):
    """Shows which labels are used, which will be printed, and lets the leader pick where to start."""

    start_changed = Signal(int)
    """The leader picked label `start` (1-based) as the first free one."""

    def __init__(self, plan: SheetPlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plan = plan
        self._start = 1
        self._count = 1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 230)
        self._describe()

    # --- state ---------------------------------------------------------------------------

    @property
    def start(self) -> int:
        return self._start

    @property
    def plan(self) -> SheetPlan:
        return self._plan

    def set_plan(self, plan: SheetPlan) -> None:
        self._plan = plan
        self._start = min(self._start, plan.count)
        self._describe()
        self.update()

    def set_start(self, start: int) -> None:
        """Make label `start` (1-based) the first free one."""
        start = max(1, min(start, self._plan.count))
        if start != self._start:
            self._start = start
            self._describe()
            self.update()
            self.start_changed.emit(start)

    def set_count(self, count: int) -> None:
        """How many labels will be printed (shown shaded from the start label on)."""
        self._count = max(0, count)
        self._describe()
        self.update()

    def _describe(self) -> None:
        row, column = divmod(self._start - 1, self._plan.columns)
        self.setAccessibleName(self.tr("First free label on the sheet"))
        self.setAccessibleDescription(
            self.tr("Label %1 of %2: row %3, column %4. Use the arrow keys to move.")
            .replace("%1", str(self._start))
            .replace("%2", str(self._plan.count))
            .replace("%3", str(row + 1))
            .replace("%4", str(column + 1))
        )
        self.setToolTip(self.accessibleDescription())

    # --- geometry ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(220, int(220 * self._plan.height_mm / self._plan.width_mm))

    def _scale(self) -> tuple[float, QPointF]:
        margin = 6.0
        scale = min(
            (self.width() - 2 * margin) / self._plan.width_mm, (self.height() - 2 * margin) / self._plan.height_mm
        )
        origin = QPointF(
            (self.width() - self._plan.width_mm * scale) / 2, (self.height() - self._plan.height_mm * scale) / 2
        )
        return scale, origin

    def label_rect(self, number: int) -> QRectF:
        """Where label `number` (1-based) is drawn, in widget pixels."""
        scale, origin = self._scale()
        mm = self._plan.labels[number - 1]
        return QRectF(origin.x() + mm.x() * scale, origin.y() + mm.y() * scale, mm.width() * scale, mm.height() * scale)

    def label_at(self, point: QPointF) -> int | None:
        for number in range(1, self._plan.count + 1):
            if self.label_rect(number).contains(point):
                return number
        return None

    # --- events --------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scale, origin = self._scale()
        painter.setPen(QPen(_EDGE, 1))
        painter.setBrush(_PAPER)
        painter.drawRect(QRectF(origin.x(), origin.y(), self._plan.width_mm * scale, self._plan.height_mm * scale))
        last = self._start + self._count - 1
        for number in range(1, self._plan.count + 1):
            rect = self.label_rect(number)
            fill = _USED if number < self._start else _TO_PRINT if number <= last else _PAPER
            painter.setBrush(fill)
            painter.setPen(QPen(_EDGE, 0.8))
            painter.drawRoundedRect(rect, 2, 2)
            if number < self._start:
                painter.drawLine(rect.topLeft(), rect.bottomRight())  # crossed out: already used
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(_FIRST, 3 if self.hasFocus() else 2))
        painter.drawRoundedRect(self.label_rect(self._start).adjusted(-1, -1, 1, 1), 2, 2)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        number = self.label_at(event.position())
        if number is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_start(number)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -self._plan.columns,
            Qt.Key.Key_Down: self._plan.columns,
        }.get(Qt.Key(event.key()))
        if step is None:
            if event.key() == Qt.Key.Key_Home:
                self.set_start(1)
                return
            super().keyPressEvent(event)
            return
        target = self._start + step
        if 1 <= target <= self._plan.count:  # off the sheet: stay put rather than jump
            self.set_start(target)
