"""A window's size, no larger than the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 48)
"""Room left for the window's frame and title bar."""


def fitting(wanted: QSize, parent: QWidget | None) -> QSize:
    """`wanted`, or less where the screen is smaller: on an 800 px laptop screen the case editor's
    buttons and status line stayed below its bottom edge."""
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size() - FRAME)
