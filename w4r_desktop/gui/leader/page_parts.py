"""Pieces every console page shares: a heading, a status line, counted phrases, touch sizes and buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

W = TypeVar("W", bound=QWidget)

TOUCH = 44
"""The smallest height of anything a finger must hit, in pixels."""


def with_role(widget: W, role: str) -> W:
    """Give `widget` a role of the application's style sheet (title, heading, primary, warning, ...)."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    return widget


def touch_button(text: str, action: Callable[[], object] | SignalInstance, tip: str = "") -> QPushButton:
    """A button a finger can hit that does `action` (or emits it) when pressed; `tip`, if any, says more
    as its tooltip."""
    button = QPushButton(text)
    button.setMinimumHeight(TOUCH)
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(action)
    return button


def page_heading(text: str) -> QLabel:
    """A page's title, large and bold."""
    heading = with_role(QLabel(text), "heading")
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
        self.setMargin(6)  # inside the frame the style draws around a message
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = False
        self.hide()

    def say(self, text: str, error: bool = False) -> None:
        """Show `text` (or hide the line if it is empty)."""
        self.error = error
        self.setText(text)
        with_role(self, "warning" if error else "ok")
        self.setAccessibleName(text)
        self.setVisible(bool(text))


Confirm = Callable[[QWidget, str], bool]
"""Asks the leader a yes/no question; True for yes. Tests replace it with their own answers."""


def ask_leader(parent: QWidget, question: str) -> bool:
    """The console's one yes/no question box."""
    answer = QMessageBox.question(parent, parent.tr("Please confirm"), question)
    return answer == QMessageBox.StandardButton.Yes
