"""A case as volunteers and the printer will see it: the gallery card, the case page, each envelope.

The preview uses the kiosk's own widgets and the printing renderer, so what the leader checks is
what the event will show and print.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.bundle.cards import GalleryCard
from w4r_desktop.core.bundle.draft import CaseDraft, pruned
from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.bundle.model import Case, CaseBundle
from w4r_desktop.core.bundle.schema import BundleInfo, CaseFile
from w4r_desktop.core.interface_languages import interface_languages
from w4r_desktop.core.letters import draft_letter
from w4r_desktop.gui.kiosk.case_page import CasePage
from w4r_desktop.gui.language import interface_language
from w4r_desktop.gui.widgets.case_card import CaseCard
from w4r_desktop.gui.widgets.pdf_preview import PdfPreview
from w4r_desktop.printing.envelope import render_envelope


def previewable(case: CaseDraft) -> Case | None:
    """The case as the kiosk would load it, or None while its fields have problems."""
    try:
        return Case(case.id, CaseFile.model_validate(pruned(case.document)), case.photo)
    except ValidationError:
        return None


def preview_info(info: dict[str, Any]) -> BundleInfo:
    """The campaign as far as the draft says it (its home country, for envelopes), even unfinished."""
    try:
        return BundleInfo.model_validate(pruned(info))
    except ValidationError:
        return BundleInfo.model_construct(home_country=str(info.get("home_country") or "US"))


def envelopes_of(case: Case, info: BundleInfo, size: str) -> list[tuple[str, bytes]]:
    """(who it is for, the envelope as PDF) for every postal address of the case."""
    bundle = CaseBundle(info=info, cases=(case,), source=Path("draft"))
    addresses = [
        (LetterKind.APPEAL, index, official.name or official.title) for index, official in enumerate(case.appeal)
    ]
    addresses += [
        (LetterKind.SOLIDARITY, index, channel.recipient or case.name)
        for index, channel in enumerate(case.solidarity)
        if channel.is_postal
    ]
    return [
        (
            who,
            render_envelope(
                draft_letter(bundle, case, kind, index), size, allow_unverified=True, allow_missing_characters=True
            ),
        )
        for kind, index, who in addresses
    ]


class CasePreview(QDialog):
    """Tabs: the card, the case page (in either language), and one tab per envelope."""

    def __init__(self, case: Case, info: BundleInfo, envelope_size: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", case.name))
        self.case = case
        self.resize(1000, 760)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Show in"))
        for code, name in interface_languages():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._show_language)
        self.tabs = QTabWidget()
        self.card_holder = QVBoxLayout()
        card_tab = QWidget()
        card_tab.setLayout(self.card_holder)
        self.page_frame = QScrollArea()
        self.page_frame.setWidgetResizable(True)
        self.tabs.addTab(card_tab, self.tr("Card in the gallery"))
        self.tabs.addTab(self.page_frame, self.tr("Case page"))
        self.envelopes: list[PdfPreview] = []
        for who, pdf in envelopes_of(case, info, envelope_size):  # by the official's name where given
            preview = PdfPreview(self.tr("Envelope for %1").replace("%1", who))
            preview.show_pdf(pdf)
            preview.fit()  # the whole envelope, as it comes out of the printer
            self.envelopes.append(preview)
            short = who if len(who) <= 30 else who[:29] + "…"
            self.tabs.addTab(preview, self.tr("Envelope: %1").replace("%1", short))
        # A button with words only: Qt's standard Close brings the platform's icon, unlike every other button.
        close = QDialogButtonBox()
        close.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        top = QLabel(self.tr("Show in:"))
        top.setBuddy(self.language)
        layout.addWidget(top)
        layout.addWidget(self.language)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(close)
        self.card: CaseCard | None = None
        self.page: CasePage | None = None
        # Opens in the interface's language (a Spanish console showed the English texts under Spanish headings).
        self.language.setCurrentIndex(max(0, self.language.findData(interface_language())))
        self._show_language()

    def _show_language(self) -> None:
        language = str(self.language.currentData())
        if self.card is not None:
            self.card.deleteLater()
        self.card = CaseCard(GalleryCard.of(self.case, (language,)), language)
        self.card.setMaximumWidth(520)
        self.card_holder.insertWidget(0, self.card)
        if self.card_holder.count() == 1:
            self.card_holder.addStretch(1)
        self.page = CasePage(self.case, language)
        self.page_frame.setWidget(self.page)
