"""The window opens on the case gallery of the active bundle."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from w4r_desktop.gui.main_window import MainWindow
from w4r_desktop.gui.services import open_services


def test_window_shows_gallery(qtbot: QtBot, data_dir: Path) -> None:
    services = open_services(str(data_dir))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Write for Rights"
    assert len(window.gallery.cards) == 10
    assert {card.accessibleName() for card in window.gallery.cards} >= {"Zhang Zhan", "Mikita Zalatarou"}
    services.close()
