"""On a 1280 x 800, 1366 x 768 or 1920 x 1080 screen, in English and Spanish, at every text size: no
label or button on any kiosk screen is cut, and nothing ends below the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from tests.gui.kiosk_helpers import Kiosk
from tests.gui.test_kiosk_access import visit_every_screen
from w4r_desktop.core.interface_languages import interface_language_codes
from w4r_desktop.gui.kiosk.flow import Screen


def cut_labels(kiosk: Kiosk, screen: str) -> list[str]:
    return labels_cut_in(kiosk.window, screen) + cut_buttons(kiosk, screen)


def labels_cut_in(window: QWidget, screen: str) -> list[str]:
    """The labels of `window` whose text does not fit them (across, or in height when they wrap)."""
    problems = []
    for widget in window.findChildren(QLabel):
        if not widget.isVisibleTo(window) or widget.window() is not window or not widget.text():
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


def cut_buttons(kiosk: Kiosk, screen: str) -> list[str]:
    """Buttons whose text does not fit them, or that end outside the window (and no scroll area
    would bring them into view)."""
    problems = []
    window = kiosk.window
    for button in window.findChildren(QAbstractButton):
        if not button.isVisibleTo(window) or button.window() is not window or not button.text():
            continue
        what = f"{screen}: button {button.text()[:40]!r}"
        if button.sizeHint().width() > button.width() + 1:
            problems.append(f"{what} needs {button.sizeHint().width()} px across, has {button.width()}")
        scrolled = any(isinstance(parent, QScrollArea) for parent in _ancestors(button))
        bottom = button.mapTo(window, QPoint(0, button.height())).y()
        if not scrolled and bottom > window.height() + 1:
            problems.append(f"{what} ends {bottom - window.height()} px below the window")
    return problems


def _ancestors(widget: object) -> list[object]:
    found = []
    parent = widget.parentWidget()  # type: ignore[attr-defined]
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


@pytest.mark.parametrize("screen_size", [(1280, 800), (1366, 768), (1920, 1080)])
@pytest.mark.parametrize("language", interface_language_codes())
@pytest.mark.parametrize("text_size", ["normal", "large", "extra-large"])
def test_no_label_is_cut(kiosk: Kiosk, language: str, text_size: str, screen_size: tuple[int, int]) -> None:
    kiosk.window.resize(*screen_size)
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
