"""Every screen is drawn in the fonts the application ships, whatever fonts the computer has."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QLabel, QPushButton

from tests.gui.kiosk_helpers import Kiosk
from w4r_desktop.gui.fonts import interface_font


def test_the_kiosk_is_drawn_in_the_shipped_font(kiosk: Kiosk) -> None:
    for widget in (*kiosk.window.findChildren(QLabel)[:20], *kiosk.window.findChildren(QPushButton)[:10]):
        assert QFontInfo(widget.font()).family() == "DejaVu Sans", widget


def test_other_scripts_fall_back_to_the_shipped_faces() -> None:
    families = interface_font().families()
    assert families[0] == "DejaVu Sans"
    for family in ("Noto Naskh Arabic", "Noto Sans Hebrew", "Noto Sans Thai", "Noto Sans Ethiopic", "Noto Sans CJK SC"):
        assert family in families
        assert family in QFontDatabase.families()
