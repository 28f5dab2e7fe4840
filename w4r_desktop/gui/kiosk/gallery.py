"""Choose a case: a grid of case cards."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QScrollArea, QScroller, QVBoxLayout, QWidget

from w4r_desktop.core.bundle.cards import Gallery
from w4r_desktop.gui.widgets.case_card import CaseCard
from w4r_desktop.gui.widgets.form_row import label, name_by_text

COLUMNS = 3


class CaseGallery(QWidget):
    """The case gallery: every case that the leader has switched on."""

    case_chosen = Signal(str)
    """Emitted with the case id when a volunteer picks a case."""

    back = Signal()
    """The volunteer wants the welcome screen again."""

    def __init__(
        self, gallery: Gallery, language: str, disabled: list[str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        heading = label(self.tr("Choose a person to write for"), "title")
        hint = label(self.tr("Each card is a real person or group. Pick one to read their story."), "muted")
        grid = QGridLayout()
        grid.setSpacing(16)
        self.cards: list[CaseCard] = []
        shown = [card for card in gallery.cards if card.case_id not in set(disabled or [])]
        for index, case in enumerate(shown):
            card = CaseCard(case, language)
            card.clicked.connect(lambda _=False, case_id=case.case_id: self.case_chosen.emit(case_id))
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)
            self.cards.append(card)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        # Space left below the cards stays empty: with few cases, cards keep their natural height.
        grid.setRowStretch((len(shown) + COLUMNS - 1) // COLUMNS, 1)
        inner = QWidget()
        inner.setObjectName("screen")
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Drag to scroll with a finger on touch screens.
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setProperty("role", "quiet")
        name_by_text(self.back_button, self.back_button.text())
        self.back_button.clicked.connect(self.back.emit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Keyboard users start on the first card.
        self.initial_focus: QWidget = self.cards[0] if self.cards else self.back_button
