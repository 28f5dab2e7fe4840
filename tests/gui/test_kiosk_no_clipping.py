"""At 1366 x 768, in English and Spanish, at every text size: no label on any kiosk screen is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.kiosk_helpers import Kiosk
from tests.gui.test_kiosk_access import visit_every_screen
from w4r_desktop.gui.kiosk.flow import Screen


def cut_labels(kiosk: Kiosk, screen: str) -> list[str]:
    problems = []
    for widget in kiosk.window.findChildren(QLabel):
        if not widget.isVisibleTo(kiosk.window) or widget.window() is not kiosk.window or not widget.text():
            continue
        if widget.textFormat() == Qt.TextFormat.RichText or (
            widget.pixmap() is not None and not widget.pixmap().isNull()
        ):
            continue
        text = widget.text().replace("&", "") if widget.buddy() is not None else widget.text()
        room = (
            widget.contentsRect().width() - 2 * widget.margin() - 2 * widget.indent()
            if widget.indent() > 0
            else (widget.contentsRect().width() - 2 * widget.margin())
        )
        what = f"{screen}: {text[:40]!r}"
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                problems.append(f"{what} needs {needed} px of height, has {widget.height()}")
        else:
            widest = max(widget.fontMetrics().horizontalAdvance(line) for line in text.splitlines() or [""])
            if widest > room + 1:
                problems.append(f"{what} needs {widest} px across, has {room}")
    return problems


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("text_size", ["normal", "large", "extra-large"])
def test_no_label_is_cut(kiosk: Kiosk, language: str, text_size: str) -> None:
    kiosk.window.resize(1366, 768)
    kiosk.click(kiosk.flow.screens[0].language_buttons[language])
    kiosk.click(kiosk.flow.size_buttons[text_size])
    problems = []
    for screen in visit_every_screen(kiosk):
        QApplication.processEvents()
        problems += cut_labels(kiosk, screen)
    # The review of a letter to an address still to be checked carries one more note.
    kiosk.click(kiosk.screen(Screen.THANKS).done_button)
    editor = kiosk.write("wendy-galarza")
    kiosk.click(editor.review_button)
    QApplication.processEvents()
    problems += cut_labels(kiosk, "review (address to check)")
    assert problems == [], "\n".join(problems)
