"""The review's previews zoom for a volunteer who sees poorly: buttons, Ctrl and the wheel, keys, text size."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from tests.gui.kiosk_helpers import Kiosk
from w4r_desktop.gui.kiosk.flow import Screen


def review_of(kiosk: Kiosk):  # type: ignore[no-untyped-def]
    editor = kiosk.write("zhang-zhan")
    kiosk.click(editor.review_button)
    return kiosk.screen(Screen.REVIEW)


def test_the_buttons_zoom_in_and_back_to_the_whole_page(kiosk: Kiosk) -> None:
    preview = review_of(kiosk).letter_preview
    assert preview.zoom is None  # the whole page, at normal text size
    kiosk.click(preview.zoom_in_button)
    kiosk.click(preview.zoom_in_button)
    assert preview.zoom == 1.25
    kiosk.click(preview.zoom_out_button)
    assert preview.zoom == 1.0
    kiosk.click(preview.fit_button)
    assert preview.zoom is None


def test_ctrl_and_the_wheel_zoom_and_ctrl_0_fits(kiosk: Kiosk) -> None:
    preview = review_of(kiosk).letter_preview
    viewport = preview.view.viewport()
    centre = QPointF(viewport.rect().center())
    wheel = QWheelEvent(
        centre, QPointF(viewport.mapToGlobal(viewport.rect().center())), QPoint(0, 0), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(viewport, wheel)
    assert preview.zoom == 1.0
    preview.view.setFocus()
    kiosk.qtbot.keyClick(preview.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom == 1.25
    kiosk.qtbot.keyClick(preview.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom is None


def test_the_letter_opens_zoomed_in_at_larger_text(kiosk: Kiosk) -> None:
    kiosk.click(kiosk.flow.size_buttons["extra-large"])
    assert review_of(kiosk).letter_preview.zoom == 1.5
