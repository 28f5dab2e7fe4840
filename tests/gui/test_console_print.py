"""The print station: the queue printed through the PDF-folder printer, labels from label K, alignment."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tests.gui.console_helpers import FlakyPrinter
from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.letters import draft_letter
from w4r_desktop.gui.language import install_language
from w4r_desktop.gui.leader.print_page import PrintPage
from w4r_desktop.gui.leader.queue_model import JobRole
from w4r_desktop.gui.services import Services

CASES = ["zhang-zhan", "mikita-zalatarou", "wendy-galarza", "mohamed-baker"]


def _queue_letters(services: Services, as_bundled: bool = False) -> list[str]:
    """Queue one appeal for each of CASES; returns the job ids in the order the queue prints them.

    Unless `as_bundled`, every address counts as confirmed by the leader (Wendy Galarza's is not
    verified in the bundle, and such a letter waits for the leader's check before it prints).
    """
    for case_id in CASES:
        case = services.bundle.case(case_id)
        letter = draft_letter(services.bundle, case, LetterKind.APPEAL)
        letter = letter.with_changes(sender_name="Ana", sender_town="Reno")
        if not as_bundled:
            letter = letter.with_changes(verified=True)
        services.queue.add(letter)
    services.events.queue_changed.emit()
    # Jobs queued in the same second have no order among themselves: ask the queue for its order.
    return [job.id for job in services.queue.jobs()]


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


# --- the queue -----------------------------------------------------------------------------


def test_the_queue_lists_letters_with_their_envelopes(print_page: PrintPage, services: Services) -> None:
    _queue_letters(services, as_bundled=True)
    model = print_page.model
    assert model.rowCount() == 4
    rows = {model.index(row, 0).data(): row for row in range(4)}
    assert set(rows) == {"Zhang Zhan", "Mikita Zalatarou", "Wendy Galarza", "Mohamed Baker"}
    zhang = rows["Zhang Zhan"]
    assert model.index(zhang, 1).data() == "Appeal + envelope"
    assert model.index(zhang, 2).data() == "Xi Jinping, China"
    assert model.index(zhang, 4).data() == "Waiting"
    assert model.index(rows["Wendy Galarza"], 4).data() == "Address to check: confirm it before printing"
    assert print_page.queue_summary.text() == "4 letters waiting, each with its envelope."
    assert print_page.print_button.isEnabled()


def test_printing_the_queue_goes_on_past_a_failure_and_loses_nothing(
    print_page: PrintPage, services: Services, printer: FlakyPrinter, qtbot: QtBot, tmp_path: Path
) -> None:
    ids = _queue_letters(services)
    printer.fail_calls = {3}  # the second letter jams; its envelope is never reached
    seen: list[tuple[int, int]] = []
    qtbot.mouseClick(print_page.print_button, Qt.MouseButton.LeftButton)
    assert print_page.run is not None and print_page.progress is not None
    assert not print_page.print_button.isEnabled()  # no second run while one is going
    print_page.run.progressed.connect(lambda done, total: seen.append((done, total)))
    qtbot.waitUntil(lambda: print_page.run is None, timeout=20_000)
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]

    left = services.queue.jobs()
    assert [job.id for job in left] == [ids[1]]
    assert left[0].failed == "the printer is out of paper"
    assert left[0].letter.sender_name == "Ana"  # the letter is still whole, ready to retry
    jammed = left[0].letter.case_id
    printed = sorted((tmp_path / "printed").glob("*.pdf"))
    assert len(printed) == 6  # three letters and three envelopes
    names = {path.name for path in printed}
    assert names == {
        f"w4r-{case}-appeal-{part}.pdf" for case in CASES if case != jammed for part in ("letter", "envelope")
    }
    if jammed != "zhang-zhan":
        assert "Xi Jinping" in _text(tmp_path / "printed" / "w4r-zhang-zhan-appeal-letter.pdf")
        assert "CHINA" in _text(tmp_path / "printed" / "w4r-zhang-zhan-appeal-envelope.pdf")

    assert print_page.status.error
    assert print_page.status.text().startswith(
        "Printed 3 of 4 letters with their envelopes. 1 failed and stays in the queue:"
    )
    assert "the printer is out of paper" in print_page.status.text()
    assert print_page.model.rowCount() == 1
    assert print_page.model.index(0, 4).data().startswith("Failed: the printer is out of paper")
    assert print_page.queue_summary.text() == ("1 letter waiting, with its envelope. 1 could not be printed last time.")

    printer.fail_calls = set()
    qtbot.mouseClick(print_page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: print_page.run is None, timeout=20_000)
    assert services.queue.jobs() == []
    assert print_page.status.text() == "Printed 1 of 1 letter with its envelope."
    assert not print_page.print_button.isEnabled()


def test_cancel_stops_after_the_letter_being_printed(
    print_page: PrintPage, services: Services, printer: FlakyPrinter, qtbot: QtBot
) -> None:
    ids = _queue_letters(services)

    def cancel_during_second_letter(call: int) -> None:
        if call == 3 and print_page.progress is not None:
            button = print_page.progress.findChild(QPushButton)
            assert button.text() == "Cancel"
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    printer.on_call.append(cancel_during_second_letter)
    qtbot.mouseClick(print_page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: print_page.run is None, timeout=20_000)
    assert [job.id for job in services.queue.jobs()] == ids[2:]
    assert all(job.failed is None for job in services.queue.jobs())
    assert printer.calls == 4
    assert print_page.status.text() == (
        "Printed 2 of 4 letters with their envelopes. Cancelled: 2 letters not printed stay in the queue."
    )


def test_with_no_printer_the_pdfs_go_to_a_chosen_folder(
    qtbot: QtBot, services: Services, printer: FlakyPrinter, tmp_path: Path
) -> None:
    chosen = tmp_path / "usb-stick"
    page = PrintPage(services, folder_chooser=lambda _parent: str(chosen))
    qtbot.addWidget(page)
    page.show()
    _queue_letters(services)
    page.destination.setCurrentIndex(1)
    page.destination.activated.emit(1)
    assert page.destination.currentText() == f"PDF files in {chosen}"
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.run is None, timeout=20_000)
    assert len(list(chosen.glob("*.pdf"))) == 8
    assert printer.calls == 0


def test_the_queue_model_keeps_qts_rules(qtmodeltester: ModelTester, print_page: PrintPage, services: Services) -> None:
    _queue_letters(services)
    services.queue.failed(services.queue.jobs()[0].id, "no paper")
    print_page.refresh()
    qtmodeltester.check(print_page.model, force_py=True)
    assert print_page.model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert print_page.model.index(0, 4).data(JobRole).failed == "no paper"


def test_cancelling_the_folder_choice_keeps_the_printer(print_page: PrintPage, printer: FlakyPrinter) -> None:
    print_page.destination.setCurrentIndex(1)
    print_page.destination.activated.emit(1)  # the folder chooser answers "" (cancelled)
    assert print_page.destination.currentIndex() == 0
    assert print_page.printer() is printer


def test_printing_only_the_selected_letter(
    print_page: PrintPage, services: Services, printer: FlakyPrinter, qtbot: QtBot, tmp_path: Path
) -> None:
    ids = _queue_letters(services)
    assert not print_page.print_selected_button.isEnabled()
    rect = print_page.table.visualRect(print_page.model.index(2, 0))
    qtbot.mouseClick(print_page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [job.id for job in print_page.selected_jobs()] == [ids[2]]
    assert print_page.print_selected_button.isEnabled()
    qtbot.mouseClick(print_page.print_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: print_page.run is None, timeout=20_000)
    assert [job.id for job in services.queue.jobs()] == [ids[0], ids[1], ids[3]]
    assert printer.calls == 2
    assert print_page.status.text() == "Printed 1 of 1 letter with its envelope."
    assert not print_page.print_selected_button.isEnabled()  # the printed row is gone, and the selection with it


def test_removing_a_letter_asks_first_and_keeps_the_count(qtbot: QtBot, services: Services) -> None:
    answers: list[str] = []
    reply = {"yes": False}

    def confirm(_parent: object, question: str) -> bool:
        answers.append(question)
        return reply["yes"]

    page = PrintPage(services, folder_chooser=lambda _parent: "", confirm=confirm)
    qtbot.addWidget(page)
    page.show()
    ids = _queue_letters(services)
    for job in services.queue.jobs():  # handed in at the kiosk: counted when queued
        services.tally.record(job.letter.case_id, "appeal")
    assert services.tally.letters_written() == 4
    page.table.selectRow(1)
    assert page.remove_button.isEnabled()
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert answers == ["Remove this letter from the queue without printing it? It stays counted, but its text is gone."]
    assert len(services.queue.jobs()) == 4  # the leader said no
    reply["yes"] = True
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert [job.id for job in services.queue.jobs()] == [ids[0], ids[2], ids[3]]
    assert page.status.text() == "1 letter removed from the queue."
    assert page.model.rowCount() == 3
    assert services.tally.letters_written() == 4


def test_after_the_list_of_failures_the_next_sentence_starts_a_line(
    print_page: PrintPage, services: Services, printer: FlakyPrinter, qtbot: QtBot
) -> None:
    install_language("en")  # the plural forms, as the application installs them
    _queue_letters(services, as_bundled=True)  # Wendy Galarza's address waits for the leader's check
    printer.fail_calls = {1}
    qtbot.mouseClick(print_page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: print_page.run is None, timeout=20_000)
    lines = print_page.status.text().split("\n")
    assert lines[1] == "• the printer is out of paper"
    assert lines[2].startswith("1 letter waits for its address to be checked")


def test_a_letter_with_a_character_no_font_has_is_held_back_with_the_reason(
    print_page: PrintPage, services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    """Never printed with blanks in silence: it stays in the queue, the character named."""
    _queue_letters(services)
    job = services.queue.jobs()[0]
    services.queue.discard(job.id)
    services.queue.add(job.letter.with_changes(sender_town="Reno 🌵"))
    services.events.queue_changed.emit()
    qtbot.mouseClick(print_page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: print_page.run is None, timeout=20_000)
    left = services.queue.jobs()
    assert len(left) == 1 and left[0].letter.sender_town == "Reno 🌵"
    assert left[0].failed is not None and "U+1F335 CACTUS" in left[0].failed
    assert "U+1F335 CACTUS" in print_page.status.text()
    assert len(list((tmp_path / "printed").glob("*.pdf"))) == 6


def test_a_signing_table_pack_is_printed_from_the_print_page(
    qtbot: QtBot, print_page: PrintPage, services: Services, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from w4r_desktop.gui.language import install_language

    install_language("en")  # the plural forms, as the application installs them
    print_page.save_pdfs_to(tmp_path / "out")
    print_page.show_tab(print_page.pack)
    panel = print_page.pack
    panel.case.setCurrentIndex(panel.case.findData("zhang-zhan"))
    panel.copies.selectAll()
    qtbot.keyClicks(panel.copies, "4")
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    assert "4 letters to sign" in panel.status.text(), panel.status.text()
    (written,) = (tmp_path / "out").glob("w4r-pack-zhang-zhan*.pdf")
    pages = [page.extract_text() for page in PdfReader(written).pages]
    assert sum("Signature:" in page for page in pages) == 4
    assert any("Petition for Zhang Zhan" in page for page in pages)


def test_the_print_station_puts_messages_to_one_person_in_one_large_envelope(
    qtbot: QtBot, print_page: PrintPage, services: Services, tmp_path: Path
) -> None:
    zhang = services.bundle.case("zhang-zhan")
    for name in ("Ana", "Ben"):
        message = draft_letter(services.bundle, zhang, LetterKind.SOLIDARITY).with_changes(
            body="Stay strong.", sender_name=name, verified=True
        )
        services.queue.add(message)
    services.queue.add(draft_letter(services.bundle, zhang, LetterKind.APPEAL).with_changes(verified=True))
    print_page.save_pdfs_to(tmp_path / "out")
    qtbot.mouseClick(print_page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: print_page.run is None, timeout=20_000)
    assert services.queue.jobs() == []
    written = sorted((tmp_path / "out").glob("*.pdf"))
    letters = [path for path in written if "letter" in path.name]
    envelopes = [path for path in written if "envelope" in path.name]
    assert (len(letters), len(envelopes)) == (3, 2), [path.name for path in written]
    widths = sorted(round(float(PdfReader(path).pages[0].mediabox.width)) for path in envelopes)
    assert round(229 * 72 / 25.4) in widths, "the messages' envelope is a C5 large envelope"
