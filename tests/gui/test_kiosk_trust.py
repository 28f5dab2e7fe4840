"""What a shared kiosk must never do: pass a person's name on, show a crash draft to a stranger,
start unlocked, or keep saved letters past the leader's keeping time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.console_helpers import FlakyPrinter
from tests.gui.kiosk_helpers import CANARY, Kiosk, close_kiosk, delete_later_now, open_kiosk, texts_in
from tests.letters import APPEAL_TO_CHINA
from w4r_desktop.core.drafts import DraftStore
from w4r_desktop.core.pin import LeaderPin
from w4r_desktop.core.print_queue import PrintQueue
from w4r_desktop.gui.idle import FakeClock
from w4r_desktop.gui.kiosk.flow import Screen
from w4r_desktop.gui.leader.print_page import PrintPage
from w4r_desktop.gui.services import Services
from w4r_desktop.printing.letter import render_letter
from w4r_desktop.printing.printer import PdfFolderPrinter

PIN = "2468"


def give_pin(kiosk: Kiosk, pin: str = PIN, again: bool = False) -> None:
    prompt = kiosk.window.pin_prompt
    assert prompt is not None and prompt.isVisible()
    kiosk.qtbot.keyClicks(prompt.entry, pin)
    if again:
        kiosk.qtbot.keyClicks(prompt.again, pin)
    kiosk.qtbot.keyClick(prompt.again if again else prompt.entry, Qt.Key.Key_Return)


def set_pin(kiosk: Kiosk) -> None:
    LeaderPin(kiosk.services.db, cost=2**8).set(PIN, PIN)


# --- one person's name never reaches the next ---------------------------------------------


def test_back_to_welcome_from_the_gallery_starts_a_new_person(kiosk: Kiosk) -> None:
    editor = kiosk.write("zhang-zhan")
    kiosk.type_into(editor.sender_name, f"Ana {CANARY}")
    kiosk.type_into(editor.sender_town, "Springfield")
    kiosk.click(editor.review_button)
    kiosk.click(kiosk.screen(Screen.REVIEW).hand_in_button)
    kiosk.click(kiosk.screen(Screen.THANKS).another_button)  # the same person, one more letter
    assert kiosk.flow.current == Screen.GALLERY
    kiosk.click(kiosk.screen(Screen.GALLERY).back_button)  # ... then walks away
    assert kiosk.flow.current == Screen.WELCOME
    delete_later_now()
    assert CANARY not in texts_in(kiosk.window)
    editor = kiosk.write("sphere", signed=False)
    assert editor.sender_name.text() == "" and editor.sender_town.text() == ""


# --- a crash draft is the writer's, not the next person's -----------------------------------


def crash_with_a_draft(qtbot: QtBot, data_dir: Path, clock: FakeClock) -> None:
    first = open_kiosk(qtbot, data_dir, clock=clock)
    LeaderPin(first.services.db, cost=2**8).set(PIN, PIN)
    editor = first.write("zhang-zhan")
    first.type_into(editor.body, f"Half a letter {CANARY}")
    editor.flush()
    first.services.close()
    first.window._may_close = True
    first.window.hide()
    first.window.deleteLater()
    delete_later_now()


def test_restoring_a_crash_draft_needs_the_leader_pin(qtbot: QtBot, data_dir: Path) -> None:
    clock = FakeClock()
    crash_with_a_draft(qtbot, data_dir, clock)
    second = open_kiosk(qtbot, data_dir, clock=clock)
    second.click(second.screen(Screen.WELCOME).resume_button)
    assert second.flow.current == Screen.WELCOME
    assert second.window.pages.currentWidget() is second.window.pin_prompt
    assert CANARY not in texts_in(second.window)
    give_pin(second, "1111")
    assert CANARY not in texts_in(second.window)
    give_pin(second)
    assert second.flow.current == Screen.EDITOR
    assert CANARY in second.screen(Screen.EDITOR).body.toPlainText()
    close_kiosk(second)


def test_a_stranger_can_still_throw_a_crash_draft_away(qtbot: QtBot, data_dir: Path) -> None:
    clock = FakeClock()
    crash_with_a_draft(qtbot, data_dir, clock)
    second = open_kiosk(qtbot, data_dir, clock=clock)
    second.click(second.screen(Screen.WELCOME).discard_button)
    assert len(DraftStore(second.services.db)) == 0
    close_kiosk(second)


# --- kiosk mode is locked from the first start ------------------------------------------------


def test_kiosk_mode_without_a_pin_asks_the_leader_to_choose_one_first(qtbot: QtBot, data_dir: Path) -> None:
    kiosk = open_kiosk(qtbot, data_dir, kiosk=True)
    prompt = kiosk.window.pin_prompt
    assert prompt is not None and prompt.setting
    assert prompt.title.text() == "Choose a leader PIN"
    assert kiosk.window.pages.currentWidget() is prompt
    assert not kiosk.flow.isVisible()
    kiosk.window.activateWindow()  # as on a real screen: focus moves at once, and keys follow it
    qtbot.waitUntil(lambda: QApplication.focusWidget() is prompt.entry)
    give_pin(kiosk, again=True)
    assert LeaderPin(kiosk.services.db, cost=2**8).check(PIN).accepted
    assert kiosk.window.pages.currentWidget() is kiosk.flow
    # The Enter that set the PIN is not also taken as "Write a letter": the first volunteer finds
    # the Welcome screen, and its choice of language.
    assert kiosk.flow.current == Screen.WELCOME
    close_kiosk(kiosk)


def test_declining_to_choose_a_pin_leaves_kiosk_mode(qtbot: QtBot, data_dir: Path) -> None:
    kiosk = open_kiosk(qtbot, data_dir, kiosk=True)
    assert kiosk.window.pin_prompt is not None
    kiosk.click(kiosk.window.pin_prompt.cancel_button)
    assert not kiosk.window.kiosk
    assert kiosk.window.pages.currentWidget() is kiosk.flow
    close_kiosk(kiosk)


def test_kiosk_mode_with_a_pin_opens_on_the_welcome_screen(qtbot: QtBot, data_dir: Path) -> None:
    first = open_kiosk(qtbot, data_dir)
    set_pin(first)
    close_kiosk(first)
    kiosk = open_kiosk(qtbot, data_dir, kiosk=True)
    assert kiosk.window.pages.currentWidget() is kiosk.flow and kiosk.window.kiosk
    close_kiosk(kiosk)


# --- saved letters: listed for the leader, printed, deleted ------------------------------------


@pytest.fixture
def saved_letter(services: Services) -> Iterator[Path]:
    folder = services.data_dir / "printed"
    yield PdfFolderPrinter(folder).print_pdf(render_letter(APPEAL_TO_CHINA, "letter").pdf, "zhang-zhan-letter")


def test_the_console_lists_saved_letters_and_prints_them(
    print_page: PrintPage, saved_letter: Path, printer: FlakyPrinter, qtbot: QtBot
) -> None:
    panel = print_page.saved
    print_page.show_tab(panel)
    assert panel.list.count() == 1
    assert "Zhang Zhan" in panel.list.item(0).text()
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert printer.calls == 1
    assert not saved_letter.exists()  # printed: no need to keep it
    assert panel.list.count() == 0


def test_the_console_deletes_a_saved_letter(print_page: PrintPage, saved_letter: Path, qtbot: QtBot) -> None:
    panel = print_page.saved
    panel.confirm = lambda _parent, _question: True
    print_page.show_tab(panel)
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert not saved_letter.exists()
    assert panel.list.count() == 0


def test_queued_letters_older_than_the_keeping_time_are_flagged(services: Services, qtbot: QtBot) -> None:
    from tests.gui.console_helpers import shown

    queue = PrintQueue(services.db)
    queue.add(APPEAL_TO_CHINA)
    with services.db.session() as session:
        session.execute(__import__("sqlalchemy").text("UPDATE print_job SET created_at = '2021-12-10T15:00:00+00:00'"))
    page = shown(qtbot, PrintPage(services, folder_chooser=lambda _parent: ""), 1100, 760)
    assert page.overdue.isVisible()
    assert "1 letter" in page.overdue.text()


def test_waiting_out_the_first_pin_prompt_does_not_unlock_the_kiosk(qtbot: QtBot, data_dir: Path) -> None:
    kiosk = open_kiosk(qtbot, data_dir, kiosk=True)
    assert kiosk.window.pin_prompt is not None and kiosk.window.pin_prompt.setting
    kiosk.idle_for(180 + 30 + 1)  # the leader walked away from the first start
    assert kiosk.window.kiosk
    assert kiosk.window.pages.currentWidget() is kiosk.window.pin_prompt  # still asking the leader
    assert kiosk.window.pin_prompt.setting
    close_kiosk(kiosk)


def test_saved_letters_cannot_be_printed_into_their_own_folder(
    services: Services, saved_letter: Path, qtbot: QtBot
) -> None:
    from tests.gui.console_helpers import shown

    no_printer = PdfFolderPrinter(services.data_dir / "printed")
    page = shown(qtbot, PrintPage(services, folder_chooser=lambda _parent: ""), 1100, 760)
    page.saved._printer = lambda: no_printer
    page.show_tab(page.saved)
    page.saved.list.setCurrentRow(0)
    assert not page.saved.print_button.isEnabled()
    assert "printer" in page.saved.print_button.toolTip()
    assert saved_letter.exists()


def test_the_print_station_warns_before_saved_letters_are_deleted(
    services: Services, saved_letter: Path, qtbot: QtBot
) -> None:
    from tests.gui.console_helpers import shown

    page = shown(qtbot, PrintPage(services, folder_chooser=lambda _parent: ""), 1100, 760)
    assert page.overdue.isVisible() and "saved" in page.overdue.text()


def test_enter_on_the_pin_pages_own_button_still_presses_it(qtbot: QtBot, data_dir: Path) -> None:
    kiosk = open_kiosk(qtbot, data_dir, kiosk=True)
    prompt = kiosk.window.pin_prompt
    assert prompt is not None
    kiosk.window.activateWindow()
    qtbot.keyClicks(prompt.entry, PIN)
    qtbot.keyClicks(prompt.again, PIN)
    prompt.ok_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is prompt.ok_button)
    qtbot.keyClick(prompt.ok_button, Qt.Key.Key_Return)
    assert kiosk.window.pages.currentWidget() is kiosk.flow and kiosk.flow.current == Screen.WELCOME
    close_kiosk(kiosk)


def test_a_letter_and_its_envelope_are_one_saved_letter(
    print_page: PrintPage, services: Services, printer: FlakyPrinter, qtbot: QtBot
) -> None:
    folder = services.data_dir / "printed"
    saved = PdfFolderPrinter(folder)
    pdf = render_letter(APPEAL_TO_CHINA, "letter").pdf
    paths = [saved.print_pdf(pdf, name) for name in ("zhang-zhan-letter", "zhang-zhan-envelope")]
    paths += [saved.print_pdf(pdf, name) for name in ("zhang-zhan-letter", "zhang-zhan-envelope")]  # a second one
    panel = print_page.saved
    print_page.show_tab(panel)
    assert panel.list.count() == 2  # two letters, each with its envelope (it listed 4 PDFs)
    assert "letter and envelope" in panel.list.item(0).text()
    assert panel.summary.text() == "2 saved letters."
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert printer.calls == 2  # the letter, then its envelope
    assert sum(path.exists() for path in paths) == 2 and panel.list.count() == 1
