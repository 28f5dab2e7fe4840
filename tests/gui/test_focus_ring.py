"""Keyboard users see where the focus is on every kind of control the style sheet covers."""

from __future__ import annotations

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit, QSpinBox, QTabBar, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from w4r_desktop.gui.style import style_sheet


def _picture(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def _changes_when_focused(qtbot: QtBot, control: QWidget, *, inside: bool = False) -> bool:
    """Whether the control's picture changes with the focus; `inside`: away from its frame."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(style_sheet("normal"))
    layout = QVBoxLayout(window)
    away = QLineEdit()
    layout.addWidget(away)
    layout.addWidget(control)
    window.show()
    qtbot.waitExposed(window)
    away.setFocus()
    qtbot.waitUntil(away.hasFocus)
    before = _picture(control)
    control.setFocus()
    qtbot.waitUntil(control.hasFocus)
    after = _picture(control)
    if inside:  # the middle of the field, away from a frame the platform style may draw
        x, y = control.width() * 2 // 3, control.height() // 2
        return before.pixelColor(x, y) != after.pixelColor(x, y)
    return before != after


def test_a_focused_number_field_looks_different(qtbot: QtBot) -> None:
    spin = QSpinBox()
    spin.setValue(30)
    assert _changes_when_focused(qtbot, spin, inside=True)


def test_a_focused_tab_gets_a_ring(qtbot: QtBot) -> None:
    tabs = QTabBar()
    tabs.addTab("Letters")
    tabs.addTab("Cards")
    assert _changes_when_focused(qtbot, tabs)
