"""Characters no font can print (most emoji, rare symbols), marked where the volunteer typed them.

The printing engine would print them as blanks (and the print station holds such a letter back),
so the writing screen names each one, by its Unicode name too (the screen's font may lack it),
and marks it in the letter's text, and the one-line fields holding one, before Review.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from w4r_desktop.core.letters import Letter

MARK = QColor("#ffe000")


def unprintable_in(letter: Letter) -> list[str]:
    """What no font prints, in all a letter prints: greeting, name and town included."""
    from w4r_desktop.printing.fonts import unprintable_characters
    from w4r_desktop.printing.missing import letter_texts  # ReportLab: not at start-up

    return unprintable_characters("\n".join(letter_texts(letter)))


def named(found: Sequence[str]) -> str:
    """The characters as a volunteer can tell them apart: "💪 (flexed biceps)"."""
    return ", ".join(f"{char} ({unicodedata.name(char, 'symbol').lower()})" for char in found)


def mark_text(edit: QTextEdit | QPlainTextEdit, found: Sequence[str]) -> None:
    """Highlight each such character in a text area."""
    marks = []
    text = edit.toPlainText()
    for index, char in enumerate(text):
        if char in found:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = QTextCursor(edit.document())
            # Positions count UTF-16 units in Qt: characters beyond the BMP count twice.
            start = len(text[:index].encode("utf-16-le")) // 2
            mark.cursor.setPosition(start)
            mark.cursor.setPosition(start + len(char.encode("utf-16-le")) // 2, QTextCursor.MoveMode.KeepAnchor)
            mark.format.setBackground(MARK)
            marks.append(mark)
    edit.setExtraSelections(marks)


def mark_fields(fields: Sequence[QWidget], found: Sequence[str]) -> None:
    """Mark the one-line fields (and plain text areas) holding such a character: "unprintable" role."""
    for field in fields:
        text = (
            field.toPlainText()
            if isinstance(field, QPlainTextEdit)
            else field.text()
            if isinstance(field, QLineEdit)
            else ""
        )
        role = "unprintable" if any(char in found for char in text) else ""
        if field.property("role") != role:
            field.setProperty("role", role)
            field.style().unpolish(field)
            field.style().polish(field)
