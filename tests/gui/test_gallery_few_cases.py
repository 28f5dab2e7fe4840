"""With few cases, the gallery's cards keep their natural height instead of stretching to fill the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from w4r_desktop.gui.kiosk.gallery import CaseGallery
from w4r_desktop.gui.services import Services
from w4r_desktop.gui.style import style_sheet
from w4r_desktop.gui.widgets.case_card import CaseCard


def test_two_cases_make_two_cards_of_natural_height(qtbot: QtBot, services: Services) -> None:
    bundle = services.bundle
    hidden = [case.id for case in bundle.cases[2:]]
    gallery = CaseGallery(services.gallery, "en", disabled=hidden)
    qtbot.addWidget(gallery)
    gallery.resize(1366, 768)
    gallery.show()
    qtbot.waitExposed(gallery)
    QApplication.processEvents()
    assert len(gallery.cards) == 2
    for card in gallery.cards:
        natural = max(card.sizeHint().height(), card.minimumSizeHint().height())
        assert card.height() <= natural + 2, f"{card.height()} px tall, {natural} px of content"


def test_a_card_laid_out_narrow_first_is_no_taller_once_wide(qtbot: QtBot, services: Services) -> None:
    """Cards in a gallery laid out while hidden (at their narrowest) keep no height from then."""
    heights = []
    for widths in ((383,), (240, 383)):
        holder = QWidget()
        holder.setStyleSheet(style_sheet())
        card = CaseCard(next(card for card in services.gallery.cards if card.case_id == "bernardo-caal-xol"), "en")
        layout = QVBoxLayout(holder)
        layout.addWidget(card)
        layout.addStretch(1)
        qtbot.addWidget(holder)
        holder.show()
        for width in widths:
            holder.resize(width + 20, 900)
            QApplication.processEvents()
        heights.append(card.heightForWidth(card.width()))
    assert heights[1] == heights[0]
