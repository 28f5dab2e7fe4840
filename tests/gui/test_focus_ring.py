"""Keyboard users see where the focus is; fingers find the check boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QStyle,
    QStyleOptionViewItem,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
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


def test_check_boxes_in_lists_are_big_enough_to_hit(qtbot: QtBot) -> None:
    cases = QListWidget()
    qtbot.addWidget(cases)
    cases.setStyleSheet(style_sheet("normal"))
    item = QListWidgetItem("Bernardo Caal Xol")
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked)
    cases.addItem(item)
    cases.show()
    qtbot.waitExposed(cases)
    option = QStyleOptionViewItem()
    option.initFrom(cases)
    option.rect = cases.visualItemRect(item)
    option.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = cases.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, cases)
    assert min(box.width(), box.height()) >= 20
