"""The building blocks of the editor's forms: a titled section of fields, and lists of sub-forms
(officials, channels, tips, updates) that a leader can add to and remove from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Union

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from w4r_desktop.core.interface_languages import own_name
from w4r_desktop.gui.leader.bundle_editor.fields import (
    Choice,
    CodeChoice,
    Document,
    Edits,
    Field,
    Path,
    Tick,
    path_text,
)
from w4r_desktop.gui.leader.page_parts import TOUCH

if TYPE_CHECKING:
    from w4r_desktop.gui.leader.bundle_editor.language_list import LanguageList

Bound = Union["Field", "Choice", "CodeChoice", "Tick", "LanguageList"]


class Reshape(QObject):
    """A list in the document gained or lost an item: the form is built again from the document."""

    reshaped = Signal()


class Section(QGroupBox):
    """A titled group of fields bound to one document, in the bundle's language and a second one
    (`other`, the leader's choice: see `SecondLanguage`; none if "")."""

    def __init__(self, title: str, document: Document, edits: Edits, other: str) -> None:
        super().__init__(title)
        self.document = document
        self.edits = edits
        self.other = other
        self.bound: list[Bound] = []
        self.layout_ = QVBoxLayout(self)
        self.problem = QLabel()  # problems of the section as a whole (a postal channel with no address)
        self.problem.setWordWrap(True)
        self.problem.setProperty("role", "warning")
        self.problem.hide()
        self.layout_.addWidget(self.problem)
        self.paths: list[str] = []

    def field(
        self, label: str, path: Path, kind: str = "line", hint: str = "", translated: Path | None = None
    ) -> Field:
        """A field at `path`; with `translated`, the same text in the second language beside it."""
        if not self.other:
            translated = None
        named = own_name(self.other) if self.other else ""  # "Español": as the kiosk's language buttons say it
        field = Field(label, self.document, path, kind, self.edits, hint, translated, named)
        self.bound.append(field)
        self.layout_.addWidget(field)
        return field

    def choice(self, label: str, path: Path, choices: Sequence[tuple[str, str]]) -> Choice:
        choice = Choice(label, self.document, path, choices, self.edits)
        self.bound.append(choice)
        self.layout_.addWidget(choice)
        return choice

    def code(self, label: str, path: Path, choices: Sequence[tuple[str, str]]) -> CodeChoice:
        """A country, language or currency code, picked by its name (see `CodeChoice`)."""
        code = CodeChoice(label, self.document, path, choices, self.edits)
        self.bound.append(code)
        self.layout_.addWidget(code)
        return code

    def languages(self, label: str, path: Path) -> LanguageList:
        """A list of languages, chosen by name (see `LanguageList`)."""
        from w4r_desktop.gui.leader.bundle_editor.language_list import LanguageList

        languages = LanguageList(label, self.document, path, self.edits)
        self.bound.append(languages)
        self.layout_.addWidget(languages)
        return languages

    def tick(self, label: str, path: Path) -> Tick:
        tick = Tick(label, self.document, path, self.edits)
        self.bound.append(tick)
        self.layout_.addWidget(tick)
        self.layout_.addWidget(tick.problem)
        return tick

    def button(self, text: str, on_click: Any) -> QPushButton:
        return add_button(self.layout_, text, on_click)

    def add(self, widget: QWidget) -> None:
        self.layout_.addWidget(widget)

    def covers(self, place: Path) -> None:
        """Problems reported at `place` itself (not at one of its fields) show at the section's top."""
        self.paths.append(path_text(place))


def add_button(layout: QVBoxLayout, text: str, on_click: Any) -> QPushButton:
    """A button a finger can hit, at the left of its own row of `layout`."""
    button = QPushButton(text)
    button.setMinimumHeight(TOUCH)
    button.setAutoDefault(False)  # Enter in a field (a picker takes its choice so) must not press it
    button.clicked.connect(on_click)
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    return button


def remove_item(document: Document, key: str, index: int) -> None:
    """Remove item `index` of the list `key`, and its translation in every language (they line up
    with what they translate by position)."""
    items = document.get(key)
    if isinstance(items, list) and index < len(items):
        items.pop(index)
    translations = document.get("translations")
    for translated in translations.values() if isinstance(translations, dict) else ():
        texts = translated.get(key) if isinstance(translated, dict) else None
        if isinstance(texts, list) and index < len(texts):
            texts.pop(index)


def move_item(items: list[Any], index: int, step: int) -> bool:
    """Move item `index` one place up (-1) or down (1); False if it is already at that end."""
    target = index + step
    if not 0 <= target < len(items):
        return False
    items[index], items[target] = items[target], items[index]
    return True
