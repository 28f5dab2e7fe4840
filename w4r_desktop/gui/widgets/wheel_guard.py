"""Number fields and menus that a scrolling mouse wheel passes over, instead of changing them.

A leader scrolling the console with the wheel used to change "Start at label" from 5 to 1 as
it passed under the pointer. A field now takes the wheel only once it has the focus (clicked or
tabbed to); otherwise the wheel scrolls the page as it would anywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    """An event filter that hands wheel events of unfocused fields on to the page below."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()  # ignored and filtered: Qt offers it to the parent, the scroll area
            return True
        return False


def guard_wheel_in(root: QWidget) -> None:
    """Guard every number field and menu inside `root` (call once its children are built)."""
    guard = root.findChild(WheelGuard, "wheelGuard")
    if guard is None:
        guard = WheelGuard(root)
        guard.setObjectName("wheelGuard")
    for field in [*root.findChildren(QAbstractSpinBox), *root.findChildren(QComboBox)]:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel alone does not give focus
        field.removeEventFilter(guard)
        field.installEventFilter(guard)
