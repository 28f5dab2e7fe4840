"""A list of languages (an official reads, greetings come in) chosen by name, not typed as codes.

The chosen ones are buttons with their names in the interface's language ("chino ✕"): pressing
one takes it off. A drop-down adds one, found by typing part of its name. A code the file holds
that is no language stays shown as it is, so it can be taken off, and its problem shows beneath.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from w4r_desktop.core.bundle import code_names
from w4r_desktop.gui.language import interface_language
from w4r_desktop.gui.leader.bundle_editor.fields import (
    Document,
    Edits,
    Path,
    Problem,
    code_box,
    path_text,
    read,
    write,
)
from w4r_desktop.gui.leader.page_parts import TOUCH
from w4r_desktop.gui.widgets.button_row import ButtonRow


class LanguageList(QWidget):
    """The languages at `path` (ISO 639-1 codes), shown and chosen by their names."""

    def __init__(self, label: str, document: Document, path: Path, edits: Edits) -> None:
        super().__init__()
        self.paths = [path_text(path)]
        self.path = path
        self._document, self._edits = document, edits
        languages = code_names.languages(interface_language())
        self.names = dict(languages)
        title = QLabel(label)
        self.add = code_box(label, self.tr("Add a language…"), languages)
        self.add.activated.connect(self._added)
        title.setBuddy(self.add)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 2, 0, 2)
        self._layout.addWidget(title)
        self.chosen = QWidget()
        self._layout.addWidget(self.chosen)
        self._layout.addWidget(self.add)
        self.problem = Problem()
        self._layout.addWidget(self.problem)
        self._show()

    def codes(self) -> list[str]:
        value = read(self._document, self.path)
        return [str(code) for code in value] if isinstance(value, list) else []

    def _store(self, codes: list[str]) -> None:
        write(self._document, self.path, codes or None)
        self._edits.edited.emit()
        self._show()

    def _added(self, row: int) -> None:
        code = self.add.itemData(row)
        self.add.setCurrentIndex(0)
        if code is not None and code not in self.codes():
            self._store([*self.codes(), str(code)])

    def _show(self) -> None:
        buttons = []
        for code in self.codes():
            name = self.names.get(code, code)
            button = QPushButton(f"{name} \u2715")
            button.setAutoDefault(False)
            button.setMinimumHeight(TOUCH)
            button.setAccessibleName(self.tr("Take off %1").replace("%1", name))
            button.setToolTip(button.accessibleName())
            button.clicked.connect(lambda _=False, code=code: self._store([c for c in self.codes() if c != code]))
            buttons.append(button)
        row = ButtonRow(list(buttons), [])
        self._layout.replaceWidget(self.chosen, row)
        self.chosen.deleteLater()
        self.chosen = row
        row.setVisible(bool(buttons))
