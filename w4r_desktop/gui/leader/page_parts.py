"""Pieces every console page shares: a heading, a status line, counted phrases, touch sizes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

TOUCH = 44
"""The smallest height of anything a finger must hit, in pixels."""


def page_heading(text: str) -> QLabel:
    """A page's title, large and bold, announced as a heading's text."""
    heading = QLabel(text)
    heading.setObjectName("pageHeading")
    font = heading.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    heading.setFont(font)
    heading.setAccessibleName(text)
    return heading


def counted(one: str, many: str, count: int) -> str:
    """`one` or `many` (both already translated, with %n for the number) for `count`."""
    return (one if count == 1 else many).replace("%n", str(count))


class StatusLine(QLabel):
    """One line (or a few) saying what just happened: green when it worked, red when it did not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = False
        self.hide()

    def say(self, text: str, error: bool = False) -> None:
        """Show `text` (or hide the line if it is empty)."""
        self.error = error
        self.setText(text)
        self.setStyleSheet("color: #b00020; font-weight: bold;" if error else "color: #1b5e20;")
        self.setAccessibleName(text)
        self.setVisible(bool(text))
