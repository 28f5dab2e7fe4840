"""With few cases, the gallery's cards keep their natural height instead of stretching to fill the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from w4r_desktop.gui.kiosk.gallery import CaseGallery
from w4r_desktop.gui.services import Services


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
