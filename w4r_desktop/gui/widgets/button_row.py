"""A row of buttons that stacks itself when the screen is too narrow (large text, long Spanish labels)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QSizePolicy, QWidget

SPACING = 12


class ButtonRow(QWidget):
    """`leading` buttons on the left, `trailing` on the right; one above another if they do not fit."""

    def __init__(self, leading: list[QWidget], trailing: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = [*leading, *trailing]
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(SPACING)
        # The row says its own minimum (the widest button): it can always stack to fit.
        self._box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for button in leading:
            self._box.addWidget(button)
        self._box.addStretch(1)
        for button in trailing:
            self._box.addWidget(button)

    @property
    def stacked(self) -> bool:
        return self._box.direction() == QBoxLayout.Direction.TopToBottom

    def _wide_width(self) -> int:
        shown = [button for button in self.buttons if not button.isHidden()]
        return sum(button.sizeHint().width() for button in shown) + SPACING * max(0, len(shown) - 1)

    def sizeHint(self) -> QSize:
        """As wide as the buttons side by side, even while stacked: a row inside a row can unstack."""
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._wide_width()), hint.height())

    def minimumSizeHint(self) -> QSize:
        shown = [button for button in self.buttons if not button.isHidden()]
        # A row inside this row can stack too: its own minimum, not its width side by side.
        width = max((_narrowest(button) for button in shown), default=0)
        heights = [button.sizeHint().height() for button in shown]
        if self.stacked:
            return QSize(width, sum(heights) + SPACING * max(0, len(heights) - 1))
        return QSize(width, max(heights, default=0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if self._wide_width() <= event.size().width()
            else QBoxLayout.Direction.TopToBottom
        )
        if wanted != self._box.direction():
            self._box.setDirection(wanted)
            self.updateGeometry()
        super().resizeEvent(event)


def _narrowest(widget: QWidget) -> int:
    return widget.minimumSizeHint().width() if isinstance(widget, ButtonRow) else widget.sizeHint().width()
