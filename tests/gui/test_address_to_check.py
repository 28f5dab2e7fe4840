"""A letter to an address nobody has confirmed waits for the leader: queued, never printed by accident."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui.console_helpers import FlakyPrinter, shown
from tests.gui.kiosk_helpers import Kiosk, texts_in
from tests.letters import APPEAL_TO_CHINA
from tests.printing.pdf_reading import text
from w4r_desktop.core.letters import PostalAddress
from w4r_desktop.gui.kiosk.flow import Screen
from w4r_desktop.gui.leader.print_page import PrintPage
from w4r_desktop.gui.services import Services

UNCHECKED = APPEAL_TO_CHINA.with_changes(
    recipient=PostalAddress(("Minister of Defence", "Address to be confirmed by the event leader"), "IL"),
    verified=False,
)


def test_the_kiosk_queues_a_letter_to_an_unconfirmed_address_and_says_so(kiosk: Kiosk) -> None:
    editor = kiosk.write("janna-jihad")  # her appeal's official and address are not verified
    kiosk.click(editor.review_button)
    review = kiosk.screen(Screen.REVIEW)
    assert not review.print_button.isVisible()
    assert "address" in review.address_note.text() and review.address_note.isVisible()
    kiosk.click(review.hand_in_button)
    assert kiosk.flow.current == Screen.THANKS
    assert "once the address is confirmed" in texts_in(kiosk.screen(Screen.THANKS))
    assert list(kiosk.printed.glob("*.pdf")) == []
    [job] = kiosk.services.queue.jobs()
    assert not job.letter.verified
    assert kiosk.services.tally.letters_written() == 1


def test_print_now_never_prints_an_unconfirmed_address(kiosk: Kiosk) -> None:
    editor = kiosk.write("janna-jihad")
    kiosk.click(editor.review_button)
    kiosk.flow.print_now()  # even if the button were pressed somehow
    assert list(kiosk.printed.glob("*.pdf")) == []
    assert len(kiosk.services.queue.jobs()) == 1


def test_the_console_holds_unconfirmed_letters_until_the_leader_confirms(
    qtbot: QtBot, services: Services, printer: FlakyPrinter
) -> None:
    services.queue.add(UNCHECKED)
    services.queue.add(APPEAL_TO_CHINA)
    page = shown(qtbot, PrintPage(services, folder_chooser=lambda _parent: ""), 1100, 760)
    assert "Address to check" in page.model.data(page.model.index(0, 4))
    page.print_all()
    qtbot.waitUntil(lambda: page.run is None)
    assert printer.calls == 2  # the confirmed letter and its envelope only
    assert len(services.queue.jobs()) == 1
    assert "address" in page.status.text()

    confirmed = ["Minister of Defence", "Ministry of Defence", "37 Kaplan Street", "Tel Aviv"]
    page.address_checker = lambda _parent, _lines: confirmed
    page.table.selectRow(0)
    page.check_address()
    [job] = services.queue.jobs()
    assert job.letter.verified and list(job.letter.recipient.lines) == confirmed
    page.print_all()
    qtbot.waitUntil(lambda: page.run is None)
    assert printer.calls == 4
    assert services.queue.jobs() == []


def test_cancelling_the_check_changes_nothing(qtbot: QtBot, services: Services) -> None:
    services.queue.add(UNCHECKED)
    page = shown(qtbot, PrintPage(services, folder_chooser=lambda _parent: ""), 1100, 760)
    page.address_checker = lambda _parent, _lines: None
    page.table.selectRow(0)
    page.check_address()
    [job] = services.queue.jobs()
    assert not job.letter.verified


def test_the_print_station_prints_the_mailing_sheet_of_the_queue(
    qtbot: QtBot, services: Services, printer: FlakyPrinter, tmp_path: Path
) -> None:
    services.queue.add(APPEAL_TO_CHINA)
    services.queue.add(APPEAL_TO_CHINA.with_changes(sender_name="Ana"))
    services.queue.add(UNCHECKED)
    page = shown(qtbot, PrintPage(services, folder_chooser=lambda _parent: ""), 1100, 760)
    asked: list[str] = []
    page.confirm = lambda _parent, question: bool(asked.append(question))  # the leader says no first
    qtbot.mouseClick(page.sheet_button, Qt.MouseButton.LeftButton)
    assert printer.calls == 0  # it printed at once, with no look at what it would print
    assert "2 letters" in asked[0] and "1 address" in asked[0] and "XI JINPING" in asked[0].upper()
    page.confirm = lambda _parent, _question: True
    qtbot.mouseClick(page.sheet_button, Qt.MouseButton.LeftButton)
    assert printer.calls == 1
    [sheet] = (tmp_path / "printed").glob("*mailing-sheet*.pdf")
    printed = " ".join(text(sheet.read_bytes()).split())
    assert "Mailing sheet" in printed and "XI JINPING" in printed.upper() and "2: no. 1" in printed
    assert "Minister of Defence" not in printed  # its address is not checked yet
    assert len(services.queue.jobs()) == 3  # the letters themselves are still to print


def test_print_all_waits_while_every_letter_has_an_address_to_check(qtbot: QtBot, services: Services) -> None:
    services.queue.add(UNCHECKED)
    services.queue.add(UNCHECKED)
    page = shown(qtbot, PrintPage(services, folder_chooser=lambda _parent: ""), 1100, 760)
    assert not page.print_button.isEnabled()  # nothing it could print: it would only say so
    assert "check" in page.print_button.toolTip().lower()
    services.queue.add(APPEAL_TO_CHINA)
    page.refresh()
    assert page.print_button.isEnabled()
