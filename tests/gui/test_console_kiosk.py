"""Going from the kiosk to the console and back never loses the volunteer's letter."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.kiosk_helpers import CANARY, open_kiosk
from w4r_desktop.gui.kiosk.flow import Screen
from w4r_desktop.gui.leader.console import LeaderConsole


def test_a_draft_waits_while_the_leader_works(qtbot: QtBot, data_dir: Path, make_bundle: Callable[..., Path]) -> None:
    kiosk = open_kiosk(qtbot, data_dir)
    editor = kiosk.write("zhang-zhan")
    kiosk.type_into(editor.body, f"Please release Zhang Zhan. {CANARY}")
    kiosk.window.pin.set("2468", "2468")

    kiosk.window.open_leader()
    prompt = kiosk.window.pin_prompt
    assert prompt is not None
    kiosk.type_into(prompt.entry, "2468")
    qtbot.keyClick(prompt.entry, Qt.Key.Key_Return)
    console = kiosk.window.console
    assert isinstance(console, LeaderConsole)
    assert kiosk.window.pages.currentWidget() is console

    # What a leader does mid-event: change a setting, load this year's bundle, switch a case off.
    console.event_page.fields["event_place"].set_value("Public library")
    assert console.event_page.save()
    assert console.cases_page.load_bundle_from(str(make_bundle()))
    console.show_page(2)

    kiosk.click(console.back_button)
    assert kiosk.window.pages.currentWidget() is kiosk.flow
    assert kiosk.flow.current == Screen.EDITOR
    assert kiosk.flow.editor() is editor
    assert editor.body.toPlainText().endswith(f"Please release Zhang Zhan. {CANARY}")

    # And the console opens again where the leader left it.
    kiosk.window.open_leader()
    prompt = kiosk.window.pin_prompt
    assert prompt is not None
    kiosk.type_into(prompt.entry, "2468")
    qtbot.keyClick(prompt.entry, Qt.Key.Key_Return)
    assert kiosk.window.console is console
    assert console.current_page() is console.print_page
    kiosk.click(console.back_button)
    assert CANARY in editor.body.toPlainText()
