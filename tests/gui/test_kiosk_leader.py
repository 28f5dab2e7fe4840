"""Kiosk mode: the window cannot be closed or left without the leader PIN; the console waits behind it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.kiosk_helpers import CANARY, Kiosk, close_kiosk, open_kiosk
from w4r_desktop.core.pin import LeaderPin
from w4r_desktop.gui.kiosk.flow import Screen


@pytest.fixture
def kiosk_mode() -> bool:
    """The `kiosk` of these tests is locked: kiosk mode."""
    return True


def type_pin(kiosk: Kiosk, pin: str) -> None:
    prompt = kiosk.window.pin_prompt
    assert prompt is not None and prompt.isVisible()
    kiosk.qtbot.keyClicks(prompt.entry, pin)
    kiosk.qtbot.keyClick(prompt.entry, Qt.Key.Key_Return)


def set_pin(kiosk: Kiosk, pin: str = "2468") -> None:
    LeaderPin(kiosk.services.db, cost=2**8).set(pin, pin)


def test_closing_asks_for_the_pin_and_a_wrong_one_keeps_the_window(kiosk: Kiosk) -> None:
    set_pin(kiosk)
    kiosk.window.close()
    assert kiosk.window.isVisible()
    assert kiosk.window.pages.currentWidget() is kiosk.window.pin_prompt
    type_pin(kiosk, "1111")
    assert kiosk.window.isVisible()
    assert kiosk.window.pin_prompt.message.text() == "That is not the leader PIN."
    type_pin(kiosk, "2468")
    assert not kiosk.window.isVisible()


def test_first_use_sets_the_pin(qtbot: QtBot, data_dir: Path) -> None:
    kiosk = open_kiosk(qtbot, data_dir, kiosk=True)  # no PIN yet: kiosk mode asks for one at once
    qtbot.waitUntil(kiosk.window.isActiveWindow)
    prompt = kiosk.window.pin_prompt
    assert prompt is not None and prompt.entry.hasFocus()  # the leader can type at once
    assert prompt is not None and prompt.setting
    qtbot.keyClicks(prompt.entry, "1357")
    qtbot.keyClick(prompt.entry, Qt.Key.Key_Return)
    assert prompt.again.hasFocus()
    qtbot.keyClicks(prompt.again, "1358")
    qtbot.keyClick(prompt.again, Qt.Key.Key_Return)
    assert "not the same" in prompt.message.text()
    assert not LeaderPin(kiosk.services.db).is_set()
    qtbot.keyClicks(prompt.entry, "1357")
    qtbot.keyClicks(prompt.again, "1357")
    qtbot.keyClick(prompt.again, Qt.Key.Key_Return)
    assert kiosk.window.pages.currentWidget() is kiosk.flow
    assert LeaderPin(kiosk.services.db, cost=2**8).check("1357").accepted
    close_kiosk(kiosk)


def test_three_wrong_pins_lock_even_the_right_one(kiosk: Kiosk) -> None:
    set_pin(kiosk)
    kiosk.window.close()
    for _ in range(3):
        type_pin(kiosk, "0000")
    assert "Try again in 30 seconds" in kiosk.window.pin_prompt.message.text()
    type_pin(kiosk, "2468")
    assert kiosk.window.isVisible()
    kiosk.clock.advance(31)
    type_pin(kiosk, "2468")
    assert not kiosk.window.isVisible()


def test_escape_goes_back_to_the_volunteer_untouched(kiosk: Kiosk, qtbot: QtBot) -> None:
    set_pin(kiosk)
    editor = kiosk.write("zhang-zhan")
    kiosk.type_into(editor.body, CANARY)
    qtbot.keyClick(editor.body, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert kiosk.window.pages.currentWidget() is kiosk.window.pin_prompt
    qtbot.keyClick(kiosk.window.pin_prompt.entry, Qt.Key.Key_Escape)
    assert kiosk.window.pages.currentWidget() is kiosk.flow
    assert kiosk.flow.current == Screen.EDITOR
    assert kiosk.screen(Screen.EDITOR) is editor
    assert editor.body.toPlainText() == CANARY


def test_the_console_opens_behind_the_pin_and_returns_exactly_there(kiosk: Kiosk, qtbot: QtBot) -> None:
    set_pin(kiosk)
    editor = kiosk.write("zhang-zhan")
    kiosk.type_into(editor.body, CANARY)
    kiosk.click(kiosk.flow.leader_button)
    type_pin(kiosk, "2468")
    console = kiosk.window.console
    assert console is not None
    assert kiosk.window.pages.currentWidget() is console
    # The volunteer's screens are still there, letter and all.
    assert kiosk.screen(Screen.EDITOR) is editor
    console.back_to_kiosk.emit()
    assert kiosk.window.pages.currentWidget() is kiosk.flow
    assert kiosk.flow.current == Screen.EDITOR
    assert editor.body.toPlainText() == CANARY


def test_leaving_kiosk_mode_lets_the_window_close(kiosk: Kiosk) -> None:
    set_pin(kiosk)
    kiosk.window.open_leader()
    type_pin(kiosk, "2468")
    kiosk.window.console.leave_kiosk_mode.emit()
    assert not kiosk.window.kiosk
    kiosk.window.close()
    assert not kiosk.window.isVisible()


def test_an_idle_console_locks_itself(kiosk: Kiosk) -> None:
    set_pin(kiosk)
    kiosk.window.open_leader()
    type_pin(kiosk, "2468")
    assert kiosk.window.pages.currentWidget() is kiosk.window.console
    kiosk.idle_for(210)
    assert kiosk.window.pages.currentWidget() is kiosk.flow
    assert kiosk.flow.current == Screen.WELCOME


def test_outside_kiosk_mode_the_window_just_closes(qtbot: QtBot, data_dir: Path) -> None:
    normal = open_kiosk(qtbot, data_dir, kiosk=False)
    normal.window.close()
    assert not normal.window.isVisible()
    normal.services.close()


def test_the_window_fills_the_screen_it_is_on(qtbot: QtBot, data_dir: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    kiosk = open_kiosk(qtbot, data_dir, kiosk=True, pin="2468")
    screen = QGuiApplication.primaryScreen()
    kiosk.window.show_on_screen(screen)
    assert kiosk.window.geometry() == screen.geometry()
    close_kiosk(kiosk)
