"""Forgetting the volunteer: idle reset, "I'm done", and crash recovery that never leaks a draft."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.gui.kiosk_helpers import CANARY, Kiosk, close_kiosk, delete_later_now, open_kiosk, texts_in
from w4r_desktop.core.db.database import DB_FILE
from w4r_desktop.core.drafts import DraftStore
from w4r_desktop.gui.idle import FakeClock
from w4r_desktop.gui.kiosk.flow import Screen


@pytest.fixture(autouse=True)
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of our own, so "no temporary file holds the text" can be checked.

    Autouse: in place before the `kiosk` (gui/conftest.py) or any window opens.
    """
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


def write_private_letter(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan", solidarity=True)
    kiosk.type_into(editor.body, f"My secret words {CANARY}")
    kiosk.type_into(editor.sender_name, f"Name{CANARY}")
    kiosk.click(editor.add_address)
    kiosk.type_into(editor.return_address, f"1 {CANARY} Street")
    editor.flush()
    assert len(DraftStore(kiosk.services.db)) == 1
    QGuiApplication.clipboard().setText(f"copied {CANARY}")


def assert_no_trace(kiosk: Kiosk, data_dir: Path, private_tmp: Path) -> None:
    delete_later_now()
    assert CANARY not in texts_in(kiosk.window)
    assert CANARY not in QGuiApplication.clipboard().text()
    assert len(DraftStore(kiosk.services.db)) == 0
    for path in [*data_dir.glob(f"{DB_FILE}*"), *private_tmp.rglob("*")]:
        if path.is_file():
            assert CANARY.encode() not in path.read_bytes(), path


def test_idle_reset_forgets_everything(
    kiosk: Kiosk, data_dir: Path, private_tmp: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    write_private_letter(kiosk)
    kiosk.click(kiosk.screen(Screen.EDITOR).review_button)  # a preview exists too
    old_editor = kiosk.screen(Screen.EDITOR)

    kiosk.idle_for(179)
    assert not kiosk.window.still_there.isVisible()
    kiosk.idle_for(1)
    assert kiosk.window.still_there.isVisible()
    assert "30 seconds" in kiosk.window.still_there.seconds.text()
    kiosk.idle_for(29)
    assert "1 second" in kiosk.window.still_there.seconds.text()
    assert kiosk.flow.current == Screen.REVIEW
    kiosk.idle_for(1)

    assert not kiosk.window.still_there.isVisible()
    assert kiosk.flow.current == Screen.WELCOME
    assert kiosk.screen(Screen.EDITOR if Screen.EDITOR in kiosk.flow.screens else Screen.WELCOME) is not old_editor
    assert_no_trace(kiosk, data_dir, private_tmp)
    assert all(CANARY not in record.getMessage() for record in caplog.records)
    assert kiosk.services.tally.letters_written() == 0
    # Nothing more to forget: the watcher rests until the next person starts.
    assert not kiosk.window.idle.is_active


def test_still_here_keeps_the_letter(kiosk: Kiosk, qtbot: QtBot) -> None:
    editor = kiosk.write("zhang-zhan")
    kiosk.type_into(editor.body, CANARY)
    kiosk.idle_for(185)
    assert kiosk.window.still_there.isVisible()
    kiosk.click(kiosk.window.still_there.button)
    assert not kiosk.window.still_there.isVisible()
    kiosk.idle_for(60)
    assert kiosk.flow.current == Screen.EDITOR
    assert CANARY in editor.body.toPlainText()


def test_any_key_during_the_countdown_counts_as_being_there(kiosk: Kiosk, qtbot: QtBot) -> None:
    editor = kiosk.write("zhang-zhan")
    kiosk.idle_for(200)
    assert kiosk.window.still_there.isVisible()
    qtbot.keyClicks(editor.body, "x")
    assert not kiosk.window.still_there.isVisible()
    kiosk.idle_for(100)
    assert kiosk.flow.current == Screen.EDITOR


def test_the_welcome_screen_is_not_reset(kiosk: Kiosk) -> None:
    kiosk.idle_for(10_000)
    assert not kiosk.window.still_there.isVisible()
    assert kiosk.flow.current == Screen.WELCOME


def test_im_done_forgets_the_person(kiosk: Kiosk, data_dir: Path, private_tmp: Path) -> None:
    write_private_letter(kiosk)
    kiosk.click(kiosk.screen(Screen.EDITOR).review_button)
    kiosk.click(kiosk.screen(Screen.REVIEW).print_button)
    kiosk.click(kiosk.screen(Screen.THANKS).done_button)
    assert kiosk.flow.current == Screen.WELCOME
    assert_no_trace(kiosk, data_dir, private_tmp)
    assert kiosk.services.tally.letters_written() == 1
    # The next person starts from the case's own text, not the last letter.
    editor = kiosk.write("zhang-zhan", solidarity=True)
    assert CANARY not in editor.letter().to_json()


def crash(kiosk: Kiosk) -> None:
    """The process dies: no close event, nothing tidied up; only the database remains."""
    kiosk.services.close()
    window = kiosk.window
    window._may_close = True
    window.hide()
    window.deleteLater()
    delete_later_now()


def crash_mid_letter(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> None:
    """A volunteer starts an appeal, the draft is saved, and the process dies."""
    first = open_kiosk(qtbot, data_dir, clock=clock)
    editor = first.write("zhang-zhan")
    first.type_into(editor.body, CANARY)
    editor.flush()
    crash(first)


def test_crash_recovery_offers_the_draft_back(qtbot: QtBot, data_dir: Path, private_tmp: Path) -> None:
    clock = FakeClock()
    first = open_kiosk(qtbot, data_dir, clock=clock)
    editor = first.write("zhang-zhan")
    kiosk_language = first.flow.session.language
    kiosk_text = f"Half a letter {CANARY}"
    first.type_into(editor.body, kiosk_text)
    first.type_into(editor.sender_name, "Ana")
    editor.flush()
    crash(first)

    clock.advance(60)
    second = open_kiosk(qtbot, data_dir, clock=clock, pin="2468")
    welcome = second.screen(Screen.WELCOME)
    assert welcome.resume_box.isVisible()
    assert CANARY not in texts_in(second.window)  # the offer itself shows nothing of the letter
    second.click(welcome.resume_button)
    assert second.window.pin_prompt is not None  # only the leader gives a letter back
    second.qtbot.keyClicks(second.window.pin_prompt.entry, "2468")
    second.qtbot.keyClick(second.window.pin_prompt.entry, Qt.Key.Key_Return)
    assert second.flow.current == Screen.EDITOR
    resumed = second.screen(Screen.EDITOR)
    assert resumed.body.toPlainText() == kiosk_text
    assert resumed.sender_name.text() == "Ana"
    assert second.flow.session.language == kiosk_language
    # Back on the case page and forward again: still the same letter.
    second.click(resumed.back_button)
    second.click(second.screen(Screen.CASE).appeal_button)
    assert second.screen(Screen.EDITOR).body.toPlainText() == kiosk_text
    close_kiosk(second)


def test_a_crash_draft_can_be_refused(qtbot: QtBot, data_dir: Path, private_tmp: Path) -> None:
    clock = FakeClock()
    crash_mid_letter(qtbot, data_dir, clock)
    second = open_kiosk(qtbot, data_dir, clock=clock)
    second.click(second.screen(Screen.WELCOME).discard_button)
    assert not second.screen(Screen.WELCOME).resume_box.isVisible()
    assert len(DraftStore(second.services.db)) == 0
    close_kiosk(second)


def test_an_old_crash_draft_is_never_shown(qtbot: QtBot, data_dir: Path, private_tmp: Path) -> None:
    clock = FakeClock()
    crash_mid_letter(qtbot, data_dir, clock)
    clock.advance(180 + 30 + 1)  # the writer would have been reset by now
    second = open_kiosk(qtbot, data_dir, clock=clock)
    assert not second.screen(Screen.WELCOME).resume_box.isVisible()
    assert len(DraftStore(second.services.db)) == 0
    close_kiosk(second)


def test_after_an_idle_reset_no_draft_comes_back(qtbot: QtBot, data_dir: Path, private_tmp: Path) -> None:
    clock = FakeClock()
    first = open_kiosk(qtbot, data_dir, clock=clock)
    write_private_letter(first)
    first.idle_for(210)
    crash(first)
    second = open_kiosk(qtbot, data_dir, clock=clock)
    assert not second.screen(Screen.WELCOME).resume_box.isVisible()
    close_kiosk(second)


def test_are_you_still_there_speaks_the_volunteers_language(kiosk: Kiosk) -> None:
    kiosk.click(kiosk.screen(Screen.WELCOME).language_buttons["es"])
    kiosk.write("zhang-zhan")
    kiosk.idle_for(180)
    overlay = kiosk.window.still_there
    assert overlay.isVisible()
    assert "¿Sigues ahí?" in {text.text() for text in overlay.findChildren(QLabel)}
    assert overlay.button.text() == overlay.button.accessibleName() == "Sigo aquí"
    kiosk.idle_for(30)  # reset: the next person starts in English
    kiosk.write("zhang-zhan")
    kiosk.idle_for(180)
    assert "Are you still there?" in {text.text() for text in overlay.findChildren(QLabel)}
    assert overlay.button.text() == "I'm still here"
