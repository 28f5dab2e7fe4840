"""Choose a case: a grid of case cards."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from w4r_desktop.core.cases import Case, CaseBundle


class CaseCard(QPushButton):
    """One case: name, country and what happened, as one large button."""

    def __init__(self, case: Case, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case = case
        title = case.text("name", language)
        self.setText(f"{title}\n{case.country_name}\n\n{case.text('headline', language)}")
        self.setAccessibleName(title)
        self.setAccessibleDescription(case.text("headline", language))
        self.setMinimumSize(260, 160)


class CaseGallery(QWidget):
    """The case gallery."""

    case_chosen = Signal(str)
    """Emitted with the case id when a volunteer picks a case."""

    def __init__(self, bundle: CaseBundle, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Choose a person to write for"))
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid = QGridLayout()
        self.cards: list[CaseCard] = []
        for index, case in enumerate(bundle.cases):
            card = CaseCard(case, language)
            card.clicked.connect(lambda _=False, case_id=case.id: self.case_chosen.emit(case_id))
            grid.addWidget(card, index // 3, index % 3)
            self.cards.append(card)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll)
