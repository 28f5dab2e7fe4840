"""The leader's Sync & report page: a USB stick between laptops, files, the report, with progress."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.gui.console_helpers import shown
from w4r_desktop.core.tally.export import write_sync_file
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.records import TallyRecord
from w4r_desktop.gui.leader.sync_page import FileChooser, SyncPage
from w4r_desktop.gui.services import Services, open_services
from w4r_desktop.printing.printer import PdfFolderPrinter

JOB_TIMEOUT_MS = 60_000


class Dialogs:
    """Stands in for the file dialogs and the confirmation question."""

    def __init__(self) -> None:
        self.save = ""
        self.open: list[str] = []
        self.folder = ""
        self.answer = False
        self.questions: list[str] = []

    def chooser(self) -> FileChooser:
        return FileChooser(
            save_file=lambda *_: self.save, open_files=lambda *_: list(self.open), folder=lambda *_: self.folder
        )

    def ask(self, _parent: QWidget, question: str) -> bool:
        self.questions.append(question)
        return self.answer


@pytest.fixture(autouse=True)
def english() -> None:
    """The plural forms ("2 new records"), as the application installs them: not left to another test."""
    from w4r_desktop.gui.language import install_language

    install_language("en")


@pytest.fixture
def open_laptop(tmp_path: Path) -> Iterator[Callable[[str], Services]]:
    opened: list[Services] = []

    def open_one(name: str) -> Services:
        services = open_services(str(tmp_path / name), printer=PdfFolderPrinter(tmp_path / name / "printed"))
        opened.append(services)
        return services

    yield open_one
    for services in opened:
        services.close()


@pytest.fixture
def dialogs() -> Dialogs:
    return Dialogs()


def make_page(qtbot: QtBot, services: Services, dialogs: Dialogs) -> SyncPage:
    return shown(qtbot, SyncPage(services, files=dialogs.chooser(), ask=dialogs.ask), 1000, 700)


def click_and_wait(qtbot: QtBot, page: SyncPage, button: object) -> None:
    with qtbot.waitSignal(page.job_finished, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_two_laptops_sync_through_a_usb_stick(
    qtbot: QtBot, open_laptop: Callable[[str], Services], dialogs: Dialogs, tmp_path: Path
) -> None:
    first, second = open_laptop("first"), open_laptop("second")
    first.tally.record("sphere", TallyKind.APPEAL)
    first.tally.record("zhang-zhan", TallyKind.HANDWRITTEN, quantity=9)
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs.folder = str(stick)
    first_page, second_page = make_page(qtbot, first, dialogs), make_page(qtbot, second, dialogs)
    for page in (first_page, second_page):
        assert not page.sync_button.isEnabled()
        qtbot.mouseClick(page.choose_folder_button, Qt.MouseButton.LeftButton)
        assert page.sync_button.isEnabled()
    click_and_wait(qtbot, first_page, first_page.sync_button)
    with qtbot.waitSignal(second.events.tally_changed, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(second_page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second_page.job is None)
    assert "2 new records" in second_page.status.text()
    assert "joined the event" in second_page.status.text()
    second.tally.record("sphere", TallyKind.CARD, quantity=4)
    click_and_wait(qtbot, second_page, second_page.sync_button)
    click_and_wait(qtbot, first_page, first_page.sync_button)
    assert first.tally.totals() == second.tally.totals()
    click_and_wait(qtbot, first_page, first_page.sync_button)
    assert "1 file had nothing new" in first_page.status.text()
    assert first.tally.letters_written() == 14
    assert not first_page.progress.isVisible()


def test_export_and_import_with_progress_while_the_window_stays_alive(
    qtbot: QtBot, open_laptop: Callable[[str], Services], dialogs: Dialogs, tmp_path: Path
) -> None:
    services = open_laptop("laptop")
    services.tally.record("sphere", TallyKind.APPEAL)
    page = make_page(qtbot, services, dialogs)
    dialogs.save = str(tmp_path / "mine.csv")
    click_and_wait(qtbot, page, page.export_button)
    assert (tmp_path / "mine.csv").is_file()
    assert "Wrote 1 records" in page.status.text()

    event_id = services.tally.event_id
    big = tmp_path / "big.csv"
    station = str(uuid.uuid4())
    write_sync_file(
        big,
        [
            TallyRecord(
                str(uuid.uuid4()),
                event_id,
                "sphere",
                TallyKind.SOLIDARITY,
                None,
                1,
                station,
                "2021-12-10T10:00:00+00:00",
                "2021-12-10",
            )
            for _ in range(30_000)
        ],
        station_id=station,
        event_id=event_id,
    )
    seen: list[int] = []
    page.progress.valueChanged.connect(seen.append)
    # A timer of the window ticks while the import works on its own thread: the window is not frozen.
    alive: list[bool] = []
    ticker = QTimer()
    ticker.timeout.connect(lambda: alive.append(page.job is not None and page.job.isRunning()))
    ticker.start(5)
    dialogs.open = [str(big)]
    click_and_wait(qtbot, page, page.import_button)
    ticker.stop()
    assert services.tally.letters_written() == 30_001
    assert any(alive)
    assert any(0 < value < 1000 for value in seen)
    assert page.import_button.isEnabled()


def test_a_damaged_file_is_explained_and_changes_nothing(
    qtbot: QtBot, open_laptop: Callable[[str], Services], dialogs: Dialogs, tmp_path: Path
) -> None:
    services = open_laptop("laptop")
    page = make_page(qtbot, services, dialogs)
    damaged = tmp_path / "damaged.csv"
    damaged.write_text("=cmd|' /C calc'!A0\n", encoding="utf-8")
    dialogs.open = [str(damaged)]
    click_and_wait(qtbot, page, page.import_button)
    assert page.status.error
    assert "Nothing was imported" in page.status.text()
    assert "damaged.csv: line 1" in page.details.toPlainText()
    assert services.tally.record_count() == 0


def test_another_events_file_is_merged_only_if_the_leader_says_so(
    qtbot: QtBot, open_laptop: Callable[[str], Services], dialogs: Dialogs, tmp_path: Path
) -> None:
    other, mine = open_laptop("other"), open_laptop("mine")
    other.tally.record("sphere", TallyKind.APPEAL)
    mine.tally.record("sphere", TallyKind.CARD)
    make_page(qtbot, other, dialogs)
    dialogs.save = str(tmp_path / "other.csv")
    other_page = make_page(qtbot, other, dialogs)
    click_and_wait(qtbot, other_page, other_page.export_button)
    page = make_page(qtbot, mine, dialogs)
    dialogs.open = [str(tmp_path / "other.csv")]
    dialogs.answer = False
    click_and_wait(qtbot, page, page.import_button)
    assert dialogs.questions and "another event" in dialogs.questions[0]
    assert page.status.error and mine.tally.letters_written() == 1
    dialogs.answer = True
    with qtbot.waitSignal(mine.events.tally_changed, timeout=JOB_TIMEOUT_MS):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None)
    assert mine.tally.letters_written() == 2


def test_conflicts_are_listed_for_the_leader(
    qtbot: QtBot, open_laptop: Callable[[str], Services], dialogs: Dialogs, tmp_path: Path
) -> None:
    services = open_laptop("laptop")
    record_id = services.tally.record("sphere", TallyKind.HANDWRITTEN, quantity=14)
    [line] = services.tally.recent()
    forged = tmp_path / "forged.csv"
    write_sync_file(
        forged,
        [TallyRecord(**{**line.record.__dict__, "quantity": 41})],
        station_id=str(uuid.uuid4()),
        event_id=services.tally.event_id,
    )
    page = make_page(qtbot, services, dialogs)
    dialogs.open = [str(forged)]
    click_and_wait(qtbot, page, page.import_button)
    assert "1 in conflict" in page.status.text()
    assert record_id in page.details.toPlainText()
    assert services.tally.letters_written() == 14


def test_report_and_summary_are_saved(
    qtbot: QtBot, open_laptop: Callable[[str], Services], dialogs: Dialogs, tmp_path: Path
) -> None:
    services = open_laptop("laptop")
    services.settings.set("event_name", "Library write-a-thon")
    services.tally.record("zhang-zhan", TallyKind.APPEAL)
    page = make_page(qtbot, services, dialogs)
    dialogs.save = str(tmp_path / "report.csv")
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert "Library write-a-thon" in (tmp_path / "report.csv").read_text(encoding="utf-8-sig")
    dialogs.save = str(tmp_path / "summary.pdf")
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    assert "Library write-a-thon" in PdfReader(tmp_path / "summary.pdf").pages[0].extract_text()
    dialogs.save = str(tmp_path / "no-such-folder" / "report.csv")
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    assert page.status.error and "cannot write" in page.status.text()


def test_cancelled_dialogs_do_nothing(qtbot: QtBot, open_laptop: Callable[[str], Services], dialogs: Dialogs) -> None:
    page = make_page(qtbot, open_laptop("laptop"), dialogs)
    for button in (
        page.export_button,
        page.import_button,
        page.report_button,
        page.summary_button,
        page.choose_folder_button,
    ):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.job is None and not page.status.isVisible() and not page.sync_button.isEnabled()


def test_joining_an_event_tells_the_screens_that_show_its_settings(
    qtbot: QtBot, open_laptop: Callable[[str], Services], dialogs: Dialogs, tmp_path: Path
) -> None:
    """A fresh laptop joins the first laptop's event from the stick and takes its name: the Event page
    and the kiosk, which listen for settings, hear of it (only the tally was said to change)."""
    from w4r_desktop.gui.leader.event_page import EventPage

    first, second = open_laptop("first"), open_laptop("second")
    first.settings.set("event_name", "Lincoln High write-a-thon")
    first.tally.record("sphere", TallyKind.APPEAL)
    stick = tmp_path / "stick"
    stick.mkdir()
    dialogs.folder = str(stick)
    first_page, second_page = make_page(qtbot, first, dialogs), make_page(qtbot, second, dialogs)
    event_page = shown(qtbot, EventPage(second), 1000, 700)
    for page in (first_page, second_page):
        qtbot.mouseClick(page.choose_folder_button, Qt.MouseButton.LeftButton)
    click_and_wait(qtbot, first_page, first_page.sync_button)
    with qtbot.waitSignal(
        second.events.settings_changed, timeout=JOB_TIMEOUT_MS, check_params_cb=lambda key: key == "event_name"
    ):
        qtbot.mouseClick(second_page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second_page.job is None)
    assert second.settings.get("event_name") == "Lincoln High write-a-thon"
    qtbot.waitUntil(lambda: "Lincoln High write-a-thon" in _texts(event_page))


def _texts(widget: QWidget) -> str:
    from PySide6.QtWidgets import QLineEdit

    return " ".join(box.text() for box in widget.findChildren(QLineEdit))


def test_a_newer_versions_kind_is_kept_and_the_leader_told(
    qtbot: QtBot, open_laptop: Callable[[str], Services], dialogs: Dialogs, tmp_path: Path
) -> None:
    services = open_laptop("laptop")
    newer = tmp_path / "newer.csv"
    record = TallyRecord(
        str(uuid.uuid4()),
        str(uuid.uuid4()),
        "sphere",
        "email",
        None,
        3,
        str(uuid.uuid4()),
        "2026-12-10T10:00:00+00:00",
        "2026-12-10",
    )
    write_sync_file(newer, [record], station_id=record.station_id, event_id=record.event_id, station_name="Newer")
    page = make_page(qtbot, services, dialogs)
    dialogs.open = [str(newer)]
    click_and_wait(qtbot, page, page.import_button)
    assert "1 record of a kind this version does not count (email) was kept" in page.status.text()
    assert services.tally.letters_written() == 0
