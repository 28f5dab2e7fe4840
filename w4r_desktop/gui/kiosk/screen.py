"""The volunteer's screens, in the order of the journey, and where each puts the keyboard focus."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def focus_on(screen: QWidget) -> None:
    """Put the keyboard focus where a screen wants it first (its `initial_focus`).

    Not a focus proxy: Qt moves a proxy to the front of the tab chain, so Tab would skip the
    controls before it.
    """
    target = getattr(screen, "initial_focus", screen)
    target.setFocus(Qt.FocusReason.OtherFocusReason)


class Screen(IntEnum):
    """The volunteer's screens, in the order of the journey."""

    WELCOME = 0
    GALLERY = 1
    CASE = 2
    EDITOR = 3
    REVIEW = 4
    THANKS = 5
