"""The interface's own fonts: every screen looks the same whatever fonts the computer has.

The kiosk used whatever sans-serif the system offered (DejaVu on one Linux, Noto on another,
Segoe UI on Windows), and with it the widths of every label and button: a Spanish label fit on
one machine and was cut on the next. The application registers the faces it ships in
resources/fonts and makes DejaVu Sans (regular and bold: wide, open letters, Latin, Greek,
Cyrillic, Armenian and Georgian) the font of every widget, with the shipped Noto faces next in
line for text in other scripts (the printing engine's list: Arabic to Korean).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from w4r_desktop.core import paths
from w4r_desktop.printing.font_files import FALLBACK_FILES, LATIN_SANS_FILE

log = logging.getLogger(__name__)

INTERFACE_FACES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FACES = (LATIN_SANS_FILE, *FALLBACK_FILES.values())
_registered: dict[str, list[str]] = {}


def _register(file: str) -> list[str]:
    """The families of a shipped face, registered with Qt once."""
    if file not in _registered:
        shipped = paths.resource("fonts", file)
        on_disk = Path(str(shipped))
        # A file on disk is mapped, not read: the Chinese face is 4 MB.
        found = (
            QFontDatabase.addApplicationFont(str(on_disk))
            if on_disk.is_file()
            else QFontDatabase.addApplicationFontFromData(shipped.read_bytes())
        )
        _registered[file] = QFontDatabase.applicationFontFamilies(found) if found >= 0 else []
        if found < 0:  # pragma: no cover - a packaging mistake
            log.error("the shipped font %s could not be loaded", file)
    return _registered[file]


def interface_font() -> QFont:
    """DejaVu Sans, then the shipped faces of other scripts: the font every widget is drawn in."""
    families: list[str] = []
    for file in (*INTERFACE_FACES, *FALLBACK_FACES):
        for family in _register(file):
            if family not in families:
                families.append(family)
    font = QFont()
    font.setFamilies(families)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


def use_interface_font(app: QApplication) -> None:
    """Make the shipped font the application's (before any window is made)."""
    font = interface_font()
    font.setPointSizeF(app.font().pointSizeF())  # the size stays the system's (the style sheet sets its own)
    app.setFont(font)
