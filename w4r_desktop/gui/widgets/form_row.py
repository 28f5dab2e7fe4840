"""Form rows built so that every field is labelled for screen readers by construction.

A row is a label above its field (easier to read in large type than side by side). The label
is the field's buddy, so Alt+<letter> moves to the field, and the field's accessible name is
the label's visible text, so a screen reader says what a sighted volunteer reads.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QRadioButton, QVBoxLayout, QWidget


def plain_label(text: str) -> str:
    """A label's visible text: without the mnemonic '&' and a trailing colon."""
    return re.sub(r"&(.)", r"\1", text).rstrip(": ").strip()


class FormRow(QWidget):
    """A label, its field, and an optional hint under the field."""

    def __init__(self, label: str, field: QWidget, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(label)
        self.label.setBuddy(field)
        self.label.setWordWrap(True)
        self.field = field
        field.setAccessibleName(plain_label(label))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(field)
        self.hint: QLabel | None = None
        if hint:
            self.hint = QLabel(hint)
            self.hint.setWordWrap(True)
            self.hint.setProperty("role", "muted")
            field.setAccessibleDescription(hint)
            layout.addWidget(self.hint)


def name_by_text(widget: QWidget, text: str) -> None:
    """Give a control whose text is its label (a button, a check box) that text as accessible name."""
    widget.setAccessibleName(plain_label(text))


def label(text: str, role: str = "", wrap: bool = True) -> QLabel:
    """A label with a style role (title, heading, muted, note, warning, ...)."""
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    return widget


def centred(widget: QWidget, width: int = 900) -> QHBoxLayout:
    """A row that centres `widget` at most `width` wide.

    A word-wrapped label given an alignment by its layout loses its height-for-width and is cut
    short; centring it between two stretches keeps every line.
    """
    widget.setMaximumWidth(width)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(widget, 100)
    row.addStretch(1)
    return row


class WrappingChoice(QWidget):
    """A radio button whose text wraps, so a long official's title never widens the page.

    A `QRadioButton` cannot wrap its text: the text is a label beside a bare button, and a click
    anywhere on the row chooses it, as a click on the button's own text would.
    """

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QRadioButton()
        self.button.setMinimumSize(44, 44)  # a finger's width, though the text is beside it
        name_by_text(self.button, text)
        self.text = label(text)
        self.text.setBuddy(self.button)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.button.click()
        event.accept()
