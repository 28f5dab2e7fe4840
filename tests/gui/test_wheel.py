"""A mouse wheel scrolling the console passes over number fields and menus without changing them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from w4r_desktop.gui.leader.print_page import PrintPage


def wheel_down(widget: QWidget) -> None:
    """One notch of the wheel over the middle of `widget`, as the mouse sends it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_passing_over_start_at_label_leaves_it_alone(qtbot: QtBot, print_page: PrintPage) -> None:
    print_page.show_tab(print_page.labels)
    start = print_page.labels.start
    start.setValue(5)
    print_page.setFocus()
    assert not start.hasFocus()
    wheel_down(start)
    assert start.value() == 5


def test_the_wheel_passing_over_a_menu_leaves_it_alone(qtbot: QtBot, print_page: PrintPage) -> None:
    print_page.show_tab(print_page.labels)
    sheet = print_page.labels.sheet
    sheet.setCurrentIndex(2)
    wheel_down(sheet)
    assert sheet.currentIndex() == 2


def test_a_field_the_leader_clicked_takes_the_wheel(qtbot: QtBot, print_page: PrintPage) -> None:
    print_page.show_tab(print_page.labels)
    start = print_page.labels.start
    start.setValue(5)
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    wheel_down(start)
    assert start.value() == 4
