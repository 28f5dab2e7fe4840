"""Going from the kiosk to the console and back never loses the volunteer's letter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.kiosk_helpers import CANARY, Kiosk, open_kiosk
from w4r_desktop.gui.kiosk.flow import Screen
from w4r_desktop.gui.leader.console import LeaderConsole, Page


def test_a_draft_waits_while_the_leader_works(qtbot: QtBot, data_dir: Path, make_bundle: Callable[..., Path]) -> None:
    kiosk = open_kiosk(qtbot, data_dir)
    editor = kiosk.write("zhang-zhan")
    kiosk.type_into(editor.body, f"Please release Zhang Zhan. {CANARY}")
    kiosk.window.pin.set("2468", "2468")

    console = _open_console(qtbot, kiosk)
    assert kiosk.window.pages.currentWidget() is console

    # What a leader does mid-event: change a setting, load this year's bundle, switch a case off.
    console.event_page.fields["event_place"].set_value("Public library")
    assert console.event_page.save()
    assert console.cases_page.load_bundle_from(str(make_bundle()))
    console.show_page(Page.PRINT)

    kiosk.click(console.back_button)
    assert kiosk.window.pages.currentWidget() is kiosk.flow
    assert kiosk.flow.current == Screen.EDITOR
    assert kiosk.flow.editor() is editor
    assert editor.body.toPlainText().endswith(f"Please release Zhang Zhan. {CANARY}")

    # And the console opens again where the leader left it.
    assert _open_console(qtbot, kiosk) is console
    assert console.current_page() is console.print_page
    kiosk.click(console.back_button)
    assert CANARY in editor.body.toPlainText()


def _open_console(qtbot: QtBot, kiosk: Kiosk) -> LeaderConsole:
    kiosk.window.open_leader()
    prompt = kiosk.window.pin_prompt
    assert prompt is not None
    kiosk.type_into(prompt.entry, "2468")
    qtbot.keyClick(prompt.entry, Qt.Key.Key_Return)
    console = kiosk.window.console
    assert isinstance(console, LeaderConsole)
    return console


def _edit_campaign_name(qtbot: QtBot, console: LeaderConsole, text: str):  # type: ignore[no-untyped-def]
    from tests.gui.test_bundle_editor import _type

    console.show_page(Page.CASES)
    editor = console.cases_page.open_editor(new=False)
    assert editor is not None and editor.isVisible()
    _type(qtbot, editor, "Campaign name", text)
    return editor


def test_leaving_the_console_saves_and_closes_the_case_editor(qtbot: QtBot, data_dir: Path) -> None:
    from w4r_desktop.core.bundle.draft import read_draft
    from w4r_desktop.gui.leader.bundle_editor.opening import draft_folder

    kiosk = open_kiosk(qtbot, data_dir, pin="2468")
    console = _open_console(qtbot, kiosk)
    editor = _edit_campaign_name(qtbot, console, "Write for Rights at the library")
    kiosk.click(console.back_button)
    assert kiosk.window.pages.currentWidget() is kiosk.flow
    # No leader window is left over the kiosk for a volunteer to type into; what was typed is saved.
    assert not editor.isVisible()
    assert read_draft(draft_folder(data_dir)).info["campaign"] == "Write for Rights at the library"
    again = _open_console(qtbot, kiosk)
    reopened = again.cases_page.open_editor(new=False)
    assert reopened is not None
    qtbot.addWidget(reopened)
    assert reopened.draft.info["campaign"] == "Write for Rights at the library"


def test_the_idle_reset_closes_the_case_editor_too(qtbot: QtBot, data_dir: Path) -> None:
    kiosk = open_kiosk(qtbot, data_dir, pin="2468")
    console = _open_console(qtbot, kiosk)
    editor = _edit_campaign_name(qtbot, console, "Left open at closing time")
    kiosk.window.forget_everyone()  # the leader walked away: the idle time ran out
    assert kiosk.window.pages.currentWidget() is kiosk.flow
    assert not editor.isVisible()


def test_an_editor_that_cannot_save_is_put_away_with_what_was_typed(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kiosk = open_kiosk(qtbot, data_dir, pin="2468")
    console = _open_console(qtbot, kiosk)
    editor = _edit_campaign_name(qtbot, console, "Typed on a full disk")
    monkeypatch.setattr(editor, "save", lambda: False)  # the disk is full
    kiosk.click(console.back_button)
    assert not editor.isVisible()
    again = _open_console(qtbot, kiosk)
    assert again.cases_page.open_editor(new=False) is editor and editor.isVisible()
    assert editor.draft.info["campaign"] == "Typed on a full disk"
    monkeypatch.undo()


def test_the_case_editor_fits_the_screen(qtbot: QtBot, data_dir: Path) -> None:
    from PySide6.QtGui import QGuiApplication

    kiosk = open_kiosk(qtbot, data_dir, pin="2468")
    console = _open_console(qtbot, kiosk)
    console.show_page(Page.CASES)
    editor = console.cases_page.open_editor(new=False)
    assert editor is not None
    screen = QGuiApplication.primaryScreen().availableGeometry()
    # As high as the screen at most (its buttons and status line were below an 800 px screen's
    # edge), and no wider than the smallest laptop screen the console is made for.
    assert editor.frameGeometry().height() <= screen.height() and editor.width() <= 1280
    editor.close()


def test_leave_kiosk_mode_is_offered_only_in_kiosk_mode(qtbot: QtBot, data_dir: Path) -> None:
    windowed = open_kiosk(qtbot, data_dir, pin="2468")
    console = _open_console(qtbot, windowed)
    assert not console.leave_button.isVisibleTo(console)  # a normal window has nothing to leave
    kiosk = open_kiosk(qtbot, data_dir.parent / "kiosk-data", kiosk=True, pin="2468")
    locked = _open_console(qtbot, kiosk)
    assert locked.leave_button.isVisibleTo(locked)
    qtbot.mouseClick(locked.leave_button, Qt.MouseButton.LeftButton)
    assert not kiosk.window.kiosk and not locked.leave_button.isVisibleTo(locked)
