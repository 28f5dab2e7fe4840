"""The language of the texts' second column in the case editor, chosen by the leader.

The forms show each text in the bundle's own language and in one more. The leader picks that one
by name among the interface languages (those the kiosk can show) and any language the bundle's
texts already have. Everything typed lives in the draft's documents, so showing another language
loses nothing: its texts come back when it is picked again.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from w4r_desktop.core.bundle import code_names
from w4r_desktop.core.bundle.draft import BundleDraft
from w4r_desktop.core.interface_languages import interface_language_codes
from w4r_desktop.gui.language import interface_language
from w4r_desktop.gui.leader.bundle_editor.fields import code_box


class SecondLanguage(QWidget):
    """A picker of the second language; `code` is the one shown ("" when there is none to offer)."""

    changed = Signal()
    """The second column now shows another language (the leader picked it, or the bundle's own
    language became the one it showed)."""

    def __init__(self, draft: BundleDraft) -> None:
        super().__init__()
        self.draft = draft
        self.code = ""
        self._names = dict(code_names.languages(interface_language()))
        self.box = code_box(self.tr("Second language of the texts"), None, ())
        self.box.activated.connect(lambda row: self.choose(self.box.itemData(row)))
        typing = self.box.lineEdit()
        assert typing is not None  # an editable box has one
        typing.editingFinished.connect(self._typed)
        title = QLabel(self.tr("Second &language of the texts:"))
        title.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.refresh()

    def offered(self) -> list[str]:
        """The interface languages, then those the texts have, and the one shown; never the bundle's own."""
        own = self.draft.info.get("language")
        codes = [*interface_language_codes(), *sorted(self.draft.text_languages()), self.code]
        return [code for code in dict.fromkeys(codes) if code and code != own]

    def refresh(self) -> None:
        """Offer what the draft now calls for. If the bundle's own language is the one shown (or
        none is yet), show the first interface language that is not the bundle's."""
        offered = self.offered()
        if offered != [self.box.itemData(row) for row in range(self.box.count())]:
            self.box.blockSignals(True)
            self.box.clear()
            for code in offered:
                self.box.addItem(f"{self._names.get(code, code)} ({code})", code)
            self.box.blockSignals(False)
        self.setVisible(bool(offered))
        if self.code not in offered:
            self.code = offered[0] if offered else ""
            self.changed.emit()
        self.box.setCurrentIndex(max(0, self.box.findData(self.code)))

    def choose(self, code: str) -> None:
        """Show `code`'s texts in the second column, as a leader's pick in the list does."""
        if code == self.code or code not in self.offered():
            self.box.setCurrentIndex(max(0, self.box.findData(self.code)))
            return
        self.code = code
        self.box.setCurrentIndex(self.box.findData(code))
        self.changed.emit()

    def _typed(self) -> None:
        """A language's name or code typed picks it; anything else puts the one shown back."""
        wanted = self.box.currentText().strip().casefold()
        for row in range(self.box.count()):
            shown, code = self.box.itemText(row), str(self.box.itemData(row))
            if wanted in (shown.casefold(), code.casefold(), shown.rsplit(" (", 1)[0].casefold()):
                self.choose(code)
                return
        self.choose(self.code)
