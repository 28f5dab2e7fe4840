"""A text box as tall as its text, so the page around it is the one thing that scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QScrollArea, QSizePolicy, QWidget


class GrowingTextEdit(QPlainTextEdit):
    """Grows with each line written (never below `minimum` px); keeps the cursor in sight on the page."""

    def __init__(self, minimum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._minimum = minimum
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(minimum)
        self._acted = False
        """Whether the person has typed or clicked here yet: the page follows the cursor only then
        (a letter opens at its top, not scrolled to where its sample text leaves the cursor)."""
        self.textChanged.connect(self._fit)
        self.cursorPositionChanged.connect(self._show_cursor)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._acted = True
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        self._acted = True
        super().inputMethodEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._acted = True
        super().mousePressEvent(event)

    def content_height(self) -> int:
        """The height the whole text needs, frame and margins included."""
        block = self.document().firstBlock()
        lines = 0.0
        while block.isValid():
            lines += self.blockBoundingRect(block).height()
            block = block.next()
        margins = self.contentsMargins()
        frame = margins.top() + margins.bottom()
        return int(lines + 2 * self.document().documentMargin() + frame) + 2

    def _fit(self) -> None:
        height = max(self._minimum, self.content_height())
        if height != self.height():
            self.setFixedHeight(height)
            QTimer.singleShot(0, self, self._show_cursor)  # once the page has made room (not if closed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():  # the lines wrap anew
            QTimer.singleShot(0, self, self._fit)

    def _page(self) -> QScrollArea | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        return parent

    def _show_cursor(self) -> None:
        page = self._page()
        paper = page.widget() if page is not None else None
        if page is None or paper is None or not self.hasFocus() or not self._acted:
            return
        cursor = self.cursorRect()
        where = self.viewport().mapTo(paper, cursor.center())
        page.ensureVisible(where.x(), where.y(), 0, cursor.height())
