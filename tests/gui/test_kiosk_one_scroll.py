"""The letter grows on the paper and the paper scrolls: no scroll bar inside a scrolling pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.gui.kiosk_helpers import Kiosk


def test_a_long_letter_scrolls_the_paper_not_the_letter_box(kiosk: Kiosk) -> None:
    kiosk.window.resize(1366, 768)
    editor = kiosk.write("zhang-zhan")
    body = editor.body
    pane = body.parentWidget()
    while not isinstance(pane, QScrollArea):
        pane = pane.parentWidget()
    body.setFocus()
    kiosk.qtbot.waitUntil(body.hasFocus)
    for line in range(30):
        kiosk.qtbot.keyClicks(body, f"Line {line} of a long letter.")
        kiosk.qtbot.keyClick(body, Qt.Key.Key_Return)
    QApplication.processEvents()
    kiosk.qtbot.wait(20)  # the box grows on the next turn of the event loop
    assert body.verticalScrollBar().maximum() == 0  # the whole letter shows in its box
    assert body.height() >= body.content_height() - 2
    assert pane.verticalScrollBar().maximum() > 0  # the paper scrolls instead
    # The line being written stays in sight.
    cursor = body.cursorRect()
    where = body.viewport().mapTo(pane.viewport(), cursor.center())
    assert pane.viewport().rect().contains(where)
