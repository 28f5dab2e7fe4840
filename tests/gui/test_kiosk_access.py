"""Accessibility: names on every control, keyboard alone, 44 px touch targets, text sizes, screen sizes, Spanish."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.kiosk_helpers import Kiosk, texts_in
from tests.gui.pixels import commonest, contrast
from w4r_desktop.gui.kiosk.flow import Screen

CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit)


def visit_every_screen(kiosk: Kiosk) -> Iterator[str]:
    """Walk the journey, yielding on each screen (and the PIN page) with its name."""
    yield "welcome"
    kiosk.click(kiosk.screen(Screen.WELCOME).start_button)
    yield "gallery"
    kiosk.open_case("wendy-galarza")
    yield "case (two officials)"
    kiosk.click(kiosk.screen(Screen.CASE).back_button)
    kiosk.open_case("zhang-zhan")
    yield "case"
    kiosk.click(kiosk.screen(Screen.CASE).solidarity_button)
    editor = kiosk.screen(Screen.EDITOR)
    kiosk.click(editor.add_address)
    yield "editor"
    editor.sender_name.setText("Sam")
    kiosk.click(editor.review_button)
    yield "review"
    kiosk.click(kiosk.screen(Screen.REVIEW).hand_in_button)
    yield "thanks"
    kiosk.window.open_leader()
    yield "pin"
    kiosk.window.pin_prompt.cancelled.emit()


def visible_controls(window: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, CONTROLS) and widget.isVisibleTo(window) and widget.window() is window
    ]


def test_every_control_is_named_and_big_enough(kiosk: Kiosk) -> None:
    problems = []
    for screen in visit_every_screen(kiosk):
        QApplication.processEvents()
        for control in visible_controls(kiosk.window):
            what = f"{screen}: {type(control).__name__} {control.accessibleName() or control.objectName()!r}"
            if not control.accessibleName().strip():
                problems.append(f"{what} has no accessible name")
            if control.height() < 44:
                problems.append(f"{what} is {control.height()} px high")
    assert problems == []


@pytest.mark.parametrize(
    ("size", "language", "text_size"),
    [
        ((1280, 800), "en", "normal"),
        ((1920, 1080), "en", "normal"),
        ((1280, 800), "es", "normal"),
        ((1280, 800), "es", "extra-large"),
        ((1920, 1080), "es", "extra-large"),
    ],
)
def test_every_screen_fits(kiosk: Kiosk, size: tuple[int, int], language: str, text_size: str) -> None:
    kiosk.window.resize(*size)
    kiosk.click(kiosk.screen(Screen.WELCOME).language_buttons[language])
    kiosk.click(kiosk.flow.size_buttons[text_size])
    problems = []
    for screen in visit_every_screen(kiosk):
        QApplication.processEvents()
        hint = kiosk.window.minimumSizeHint()
        if hint.width() > size[0] or hint.height() > size[1]:
            problems.append(f"{screen} needs {hint.width()}x{hint.height()}")
        area = QRect(QPoint(0, 0), kiosk.window.size())
        for control in visible_controls(kiosk.window):
            corner = control.mapTo(kiosk.window, QPoint(0, 0))
            inside = area.contains(QRect(corner, control.size()))
            # Controls inside a scroll area may be scrolled out of view; the rest must be on screen.
            if not inside and not _in_scroll_area(control):
                problems.append(f"{screen}: {control.accessibleName()!r} is off screen")
        # Scroll areas scroll down only: what they hold must fit their width.
        for area in kiosk.window.findChildren(QScrollArea):
            if area.isVisibleTo(kiosk.window) and area.widget() is not None:
                needed = area.widget().minimumSizeHint().width()
                if needed > area.viewport().width():
                    problems.append(f"{screen}: a scroll area needs {needed} px across, has {area.viewport().width()}")
    assert problems == []


def _in_scroll_area(widget: QWidget) -> bool:
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def press(kiosk: Kiosk, key: Qt.Key) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    kiosk.qtbot.keyClick(focus, key)


def tab_to(kiosk: Kiosk, target: QWidget, limit: int = 40) -> None:
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        press(kiosk, Qt.Key.Key_Tab)
    raise AssertionError(f"{target.accessibleName()!r} cannot be reached with Tab")


def test_the_whole_journey_by_keyboard_alone(kiosk: Kiosk, qtbot: QtBot) -> None:
    with qtbot.waitActive(kiosk.window):
        kiosk.window.activateWindow()
    assert QApplication.focusWidget() is kiosk.screen(Screen.WELCOME).start_button
    press(kiosk, Qt.Key.Key_Return)  # Enter works as well as Space
    assert kiosk.flow.current == Screen.GALLERY
    gallery = kiosk.screen(Screen.GALLERY)
    tab_to(kiosk, gallery.cards[1])
    press(kiosk, Qt.Key.Key_Space)
    assert kiosk.flow.current == Screen.CASE
    assert kiosk.screen(Screen.CASE).case.id == gallery.cards[1].case_id
    press(kiosk, Qt.Key.Key_Space)  # "Write to the official" has the focus
    editor = kiosk.screen(Screen.EDITOR)
    assert QApplication.focusWidget() is editor.body
    qtbot.keyClicks(editor.body, " Thank you.")
    tab_to(kiosk, editor.sender_name)
    qtbot.keyClicks(editor.sender_name, "Ana")
    tab_to(kiosk, editor.review_button)
    press(kiosk, Qt.Key.Key_Space)
    assert kiosk.flow.current == Screen.REVIEW
    tab_to(kiosk, kiosk.screen(Screen.REVIEW).hand_in_button)
    press(kiosk, Qt.Key.Key_Space)
    assert kiosk.flow.current == Screen.THANKS
    assert kiosk.services.queue.jobs()[0].letter.body.endswith("Thank you.")
    tab_to(kiosk, kiosk.screen(Screen.THANKS).done_button)
    press(kiosk, Qt.Key.Key_Space)
    assert kiosk.flow.current == Screen.WELCOME


def test_text_size_grows_the_type(kiosk: Kiosk) -> None:
    start = kiosk.screen(Screen.WELCOME).start_button
    sizes = []
    for name in ("normal", "large", "extra-large"):
        kiosk.click(kiosk.flow.size_buttons[name])
        QApplication.processEvents()
        sizes.append(start.font().pixelSize())
    assert sizes[0] < sizes[1] < sizes[2]
    # Extra large still fits the smallest screen.
    kiosk.click(kiosk.screen(Screen.WELCOME).start_button)
    assert kiosk.window.minimumSizeHint().height() <= 800


def test_spanish_interface_and_case_texts(kiosk: Kiosk) -> None:
    welcome = kiosk.screen(Screen.WELCOME)
    kiosk.click(welcome.language_buttons["es"])
    welcome = kiosk.screen(Screen.WELCOME)
    assert welcome.start_button.text() == "Escribir una carta"
    assert welcome.counter.text() == "0 cartas escritas aquí"
    kiosk.click(welcome.start_button)
    card = next(card for card in kiosk.screen(Screen.GALLERY).cards if card.case_id == "zhang-zhan")
    assert "Encarcelada por informar" in card.accessibleDescription()
    assert card.accessibleDescription().startswith("China.")
    kiosk.open_case("mikita-zalatarou")
    page = kiosk.screen(Screen.CASE)
    assert "Bielorrusia" in texts_in(page)
    assert page.appeal_button.text() == "Escribir a la autoridad"
    # The next person starts in the event's language again.
    kiosk.idle_for(210)
    assert kiosk.screen(Screen.WELCOME).start_button.text() == "Write a letter"


def test_a_known_status_is_translated(kiosk: Kiosk) -> None:
    kiosk.click(kiosk.screen(Screen.WELCOME).language_buttons["es"])
    kiosk.open_case("zhang-zhan")
    assert "en prisión" in texts_in(kiosk.screen(Screen.CASE))


def _picture_of(label: QWidget, within: QWidget) -> QImage:
    return within.grab(QRect(label.mapTo(within, QPoint(0, 0)), label.size())).toImage()


def test_the_step_bar_can_be_read_and_shows_the_way_so_far(kiosk: Kiosk) -> None:
    kiosk.write("zhang-zhan")  # step 3 of 5: two done, two to come
    bar = kiosk.flow.top_bar
    labels = bar.steps.findChildren(QLabel)
    done, current, upcoming = labels[0], labels[2], labels[4]
    for step in (done, current, upcoming):
        assert contrast(_picture_of(step, bar)) >= 4.5, step.text()
    ink = [commonest(_picture_of(step, bar))[1].name() for step in (done, upcoming)]
    assert ink[0] != ink[1]  # what is done looks different from what is to come


def test_a_warning_beside_the_letter_looks_like_a_warning(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan", solidarity=True)
    kiosk.type_into(editor.body, "Greetings from our Amnesty group.")
    QApplication.processEvents()
    warning = editor.warning_label
    ground = commonest(_picture_of(warning, kiosk.window))[0]
    assert ground.name() == "#fff1c2"  # the warning's own background, not the panel's white
    assert contrast(_picture_of(warning, kiosk.window)) >= 4.5


def test_the_counter_does_not_look_like_a_button(kiosk: Kiosk) -> None:
    welcome = kiosk.flow.screens[Screen.WELCOME]
    counter, button = welcome.counter, welcome.start_button
    counter_ground = commonest(_picture_of(counter, kiosk.window))[0]
    button_ground = commonest(_picture_of(button, kiosk.window))[0]
    page_ground = commonest(_picture_of(welcome, kiosk.window))[0]
    assert counter_ground != button_ground  # it was the same yellow block as "Write a letter"
    assert counter_ground == page_ground
    assert contrast(_picture_of(counter, kiosk.window)) >= 4.5
