"""Editor fields bound to a place in a bundle file's document, each with its problem shown beneath it.

A field reads its value from the document when it is built and writes it back on every change
(an empty field removes its key, so the loader says "required, but missing" where it must). Its
`path` is the loader's own name for the place ("appeal[0].talking_points"), which is how the
loader's problems find the field they belong under.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.gui.leader.page_parts import TOUCH, with_role
from w4r_desktop.gui.widgets.choice_box import ChoiceBox
from w4r_desktop.gui.widgets.form_row import plain_label

Path = tuple[str | int, ...]
Document = dict[str, Any]


def path_text(path: Path) -> str:
    """The loader's name for a place: ("appeal", 0, "title") -> "appeal[0].title"."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def read(document: Document, path: Path) -> Any:
    value: Any = document
    for part in path:
        if isinstance(part, int):
            if not isinstance(value, list) or part >= len(value):
                return None
        elif not isinstance(value, dict):
            return None
        value = value[part] if isinstance(part, int) else value.get(part)
    return value


def write(document: Document, path: Path, value: Any) -> None:
    """Set the value at `path`, making the tables and lists on the way; None removes the key."""
    here: Any = document
    for part, following in itertools.pairwise(path):
        empty: Any = [] if isinstance(following, int) else {}
        if isinstance(part, int):
            while len(here) <= part:
                here.append({} if not isinstance(following, int) else [])
            here = here[part]
        else:
            if not isinstance(here.get(part), (dict, list)):
                if value is None:
                    return
                here[part] = empty
            here = here[part]
    last = path[-1]
    if isinstance(last, int):
        while len(here) <= last:
            here.append({})
        here[last] = value
    elif value is None:
        here.pop(last, None)
    else:
        here[last] = value


# --- converting between the document's values and what a field shows ------------------------


def _as_text(value: Any) -> str:
    return "" if value is None else str(value)


def _from_text(text: str) -> str | None:
    return text if text.strip() else None


def _as_lines(value: Any) -> str:
    return "\n".join(str(item) for item in value) if isinstance(value, list) else _as_text(value)


def _from_lines(text: str) -> list[str] | None:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines or None


def _as_words(value: Any) -> str:
    return ", ".join(str(item) for item in value) if isinstance(value, list) else _as_text(value)


def _from_words(text: str) -> list[str] | None:
    words = [word.strip() for word in text.replace(";", ",").split(",") if word.strip()]
    return words or None


def _from_date(text: str) -> dt.date | str | None:
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return text  # kept as typed; the loader says it is not a date


def _from_int(text: str) -> int | str | None:
    text = text.strip()
    return int(text) if text.isdecimal() and text.isascii() else (text or None)


def _from_number(text: str) -> float | str | None:
    text = text.strip().replace(",", ".")
    try:
        return float(text) if text else None
    except ValueError:
        return text


def _as_pairs(value: Any) -> str:
    return "\n".join(f"{key}: {text}" for key, text in value.items()) if isinstance(value, dict) else ""


def _from_pairs(text: str) -> dict[str, str] | None:
    pairs = {}
    for line in text.splitlines():
        key, colon, words = line.partition(":")
        if line.strip():
            # A line without "xx:" keeps its words under no language, for the loader to point out.
            pairs[key.strip() if colon else ""] = words.strip() if colon else line.strip()
    return pairs or None


KINDS: dict[str, tuple[Callable[[Any], str], Callable[[str], Any], bool]] = {
    # kind: (shown as, stored as, many lines)
    "line": (_as_text, _from_text, False),
    "text": (_as_text, _from_text, True),  # many lines, kept as typed
    "lines": (_as_lines, _from_lines, True),
    "words": (_as_words, _from_words, False),
    "date": (_as_text, _from_date, False),
    "int": (_as_text, _from_int, False),
    "number": (_as_text, _from_number, False),
    "pairs": (_as_pairs, _from_pairs, True),
}


class Edits(QObject):
    """Tells the editor that something in the draft changed (`edited`) or its shape did (`reshaped`)."""

    edited = Signal()


class Problem(QLabel):
    """The loader's message for a field, in red under it; hidden when there is none."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        with_role(self, "warning")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class Field(QWidget):
    """A labelled field (or two side by side: the bundle's language and a translation) bound to a document."""

    def __init__(
        self,
        label: str,
        document: Document,
        path: Path,
        kind: str,
        edits: Edits,
        hint: str = "",
        translated: Path | None = None,
        other_name: str = "",
    ) -> None:
        super().__init__()
        self.document = document
        self.path = path
        self.paths = [path_text(path)] + ([path_text(translated)] if translated else [])
        self._show, self._store, _many = KINDS[kind]
        self._edits = edits
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(3)
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        self.editors: list[QLineEdit | QPlainTextEdit] = []
        first = hint or (QCoreApplication.translate("Field", "In the bundle's language") if translated else "")
        second = QCoreApplication.translate("Field", "%1 (optional)").replace("%1", other_name)
        for where, placeholder in ((path, first), (translated, second)):
            if where is None:
                continue
            editor = self._editor(kind, where, placeholder)
            name = plain_label(label) + (f" ({other_name})" if where is translated else "")
            editor.setAccessibleName(name)
            row.addWidget(editor, 1)
            self.editors.append(editor)
        self.label.setBuddy(self.editors[0])
        layout.addLayout(row)
        self.problem = Problem()
        layout.addWidget(self.problem)

    def _editor(self, kind: str, where: Path, placeholder: str) -> QLineEdit | QPlainTextEdit:
        shown = self._show(read(self.document, where))
        if KINDS[kind][2]:
            box = QPlainTextEdit(shown)
            box.setTabChangesFocus(True)
            box.setPlaceholderText(placeholder)
            box.setFixedHeight(TOUCH * (4 if kind == "text" else 2) + 8)
            box.textChanged.connect(lambda: self._changed(where, box.toPlainText()))
            return box
        line = QLineEdit(shown)
        line.setCursorPosition(0)  # a long title shows its start, not its end
        line.setPlaceholderText(placeholder)
        line.setMinimumHeight(TOUCH)
        line.textEdited.connect(lambda text: self._changed(where, text))
        return line

    def _changed(self, where: Path, text: str) -> None:
        write(self.document, where, self._store(text))
        self._edits.edited.emit()


def labelled(holder: QWidget, label: str, box: QWidget) -> Problem:
    """`box` under its label in `holder`, and beneath it the place for its problem (returned)."""
    title = QLabel(label)
    title.setBuddy(box)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 2, 0, 2)
    layout.addWidget(title)
    layout.addWidget(box)
    problem = Problem()
    layout.addWidget(problem)
    return problem


class Choice(QWidget):
    """A drop-down of fixed values (a channel's kind, a tip's kind)."""

    def __init__(
        self, label: str, document: Document, path: Path, choices: Sequence[tuple[str, str]], edits: Edits
    ) -> None:
        super().__init__()
        self.paths = [path_text(path)]
        self.box = QComboBox()
        self.box.setMinimumHeight(TOUCH)
        self.box.setAccessibleName(plain_label(label))
        for value, shown in choices:
            self.box.addItem(shown, value)
        current = read(document, path)
        index = self.box.findData(current)
        if index < 0:
            write(document, path, choices[0][0])
            index = 0
        self.box.setCurrentIndex(index)

        def chosen(row: int) -> None:
            write(document, path, self.box.itemData(row))
            edits.edited.emit()

        self.box.currentIndexChanged.connect(chosen)
        self.problem = labelled(self, label, self.box)


class Tick(QCheckBox):
    """A yes/no field ("Address checked")."""

    def __init__(self, label: str, document: Document, path: Path, edits: Edits) -> None:
        super().__init__(label)
        self.paths = [path_text(path)]
        self.setMinimumHeight(TOUCH)
        self.setChecked(read(document, path) is True)

        def ticked(on: bool) -> None:
            write(document, path, True if on else None)
            edits.edited.emit()

        self.toggled.connect(ticked)
        self.problem = Problem()


def code_box(label: str, first: str | None, choices: Sequence[tuple[str, str]]) -> ChoiceBox:
    """A drop-down of codes shown by name ("Túnez (TN)"), with `first` (no code) on top unless it
    is None, in which typing any part of a name or code finds it."""
    box = ChoiceBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setMinimumHeight(TOUCH)
    box.setAccessibleName(plain_label(label))
    if first is not None:
        box.addItem(first, None)
    for code, name in choices:
        box.addItem(f"{name} ({code})", code)
    completer = QCompleter(box.model(), box)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    box.setCompleter(completer)
    return box


class CodeChoice(QWidget):
    """A code of the file format (a country, a language, a currency) picked by its name.

    The list names each in the interface's language with its code ("Túnez (TN)"); typing any part
    of a name or the code finds it. An empty choice removes the key. A value the file holds that is
    not in the list is shown as it is, so nothing is lost and its problem shows beneath.
    """

    def __init__(
        self, label: str, document: Document, path: Path, choices: Sequence[tuple[str, str]], edits: Edits
    ) -> None:
        super().__init__()
        self.paths = [path_text(path)]
        self.path = path
        self._document, self._edits = document, edits
        self.box = code_box(label, "", choices)
        current = read(document, path)
        index = self.box.findData(current)
        if index < 0 and current not in (None, ""):
            self.box.addItem(str(current), current)
            index = self.box.count() - 1
        self.box.setCurrentIndex(max(index, 0))
        self.box.activated.connect(self._picked)
        typing = self.box.lineEdit()
        assert typing is not None  # an editable box has one
        typing.editingFinished.connect(self._typed)
        self.problem = labelled(self, label, self.box)

    def choose(self, code: str | None) -> None:
        """Pick `code` (None: none), as a leader's choice in the list does."""
        self.box.setCurrentIndex(max(0, self.box.findData(code)))
        self._picked(self.box.currentIndex())

    def _picked(self, row: int) -> None:
        value = self.box.itemData(row)
        if read(self._document, self.path) != value:
            write(self._document, self.path, value)
            self._edits.edited.emit()

    def _typed(self) -> None:
        """Typed text: a choice's name or code picks it; anything else is kept as typed, for its problem."""
        text = self.box.currentText().strip()
        wanted = text.casefold()
        for row in range(self.box.count()):
            shown, code = self.box.itemText(row), self.box.itemData(row)
            if wanted in (shown.casefold(), str(code).casefold(), shown.rsplit(" (", 1)[0].casefold()):
                self.box.setCurrentIndex(row)
                self._picked(row)
                return
        write(self._document, self.path, text or None)
        self._edits.edited.emit()
