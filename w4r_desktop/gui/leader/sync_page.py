"""The leader's Sync & report page: a shared folder or USB stick, sync files, the report and summary.

Export, import and sync can take seconds with large files, so they run on a worker thread; the
page shows their progress and gets the result back on the main thread. One job runs at a time,
and SQLite serialises the writes (an import waits for the kiosk's lock, and the kiosk for it).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.tally.export import ExportSummary, export_records
from w4r_desktop.core.tally.merge import ImportReport, import_files
from w4r_desktop.core.tally.report import CampaignReport, campaign_report, write_report_csv
from w4r_desktop.core.tally.shared_folder import FolderSyncReport, sync_folder
from w4r_desktop.core.tally.sync_file import OtherEvent, Progress, SyncFileInvalid
from w4r_desktop.gui.leader.file_dialogs import FILE_DIALOGS, FileChooser
from w4r_desktop.gui.leader.page_parts import TOUCH, Confirm, StatusLine, ask_leader, page_heading, with_role
from w4r_desktop.gui.leader.report_deadline import deadline_text
from w4r_desktop.gui.leader.server_box import ServerBox
from w4r_desktop.gui.services import SyncServices
from w4r_desktop.gui.tasks import BackgroundJob
from w4r_desktop.gui.widgets.button_row import ButtonRow
from w4r_desktop.printing.summary import write_summary_pdf

log = logging.getLogger(__name__)


class SyncPage(QWidget):
    """Bring the counts of every laptop together, and make the report."""

    job_finished = Signal()
    """A background job ended and its outcome is shown (for tests and for the console)."""

    def __init__(
        self,
        services: SyncServices,
        parent: QWidget | None = None,
        files: FileChooser = FILE_DIALOGS,
        ask: Confirm = ask_leader,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.files = files
        self.ask = ask
        self.sync_folder_path: Path | None = None
        self.job: BackgroundJob | None = None
        self._shown: Callable[[object], None] = lambda _outcome: None
        self._other_event: Callable[[OtherEvent], bool] | None = None
        self._quiet = False

        intro = QLabel(
            self.tr(
                "Bring the counts of every laptop together. Nothing is counted twice, "
                "however often you sync or import the same file."
            )
        )
        intro.setWordWrap(True)

        folder_box = self._build_folder_box()
        files_box = self._build_files_box()
        report_box = self._build_report_box()

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.status = StatusLine()
        self.server_box = ServerBox(services, self._start, self.status, self._show_details)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Problems and conflicts"))
        self.details.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Sync & report")))
        layout.addWidget(intro)
        layout.addWidget(folder_box)
        layout.addWidget(self.server_box)
        layout.addWidget(files_box)
        layout.addWidget(report_box)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.details, 1)
        layout.addStretch(0)
        self.job_buttons = [self.sync_button, self.export_button, self.import_button, self.server_box.button]
        application = QCoreApplication.instance()
        if application is not None:
            # Quitting mid-import waits for the import's transaction: a thread is never cut off.
            application.aboutToQuit.connect(self.wait_for_job)

    def _build_folder_box(self) -> QGroupBox:
        """Sync through a USB stick or a shared folder."""
        self.folder_label = QLabel(self.tr("No folder chosen yet."))
        self.folder_label.setWordWrap(True)
        self.choose_folder_button = self._button(self.tr("C&hoose folder…"), self.choose_folder)
        self.sync_button = self._button(self.tr("&Sync now"), self.sync_now)
        self.sync_button.setEnabled(False)
        folder_box = QGroupBox(self.tr("USB stick or shared folder"))
        folder_layout = QVBoxLayout(folder_box)
        how = QLabel(
            self.tr(
                "Each laptop writes its own file there and reads all the others. "
                "Sync every laptop, then sync the first one again."
            )
        )
        how.setWordWrap(True)
        folder_layout.addWidget(how)
        folder_layout.addWidget(self.folder_label)
        folder_layout.addWidget(self._row(self.choose_folder_button, self.sync_button))
        return folder_box

    def _build_files_box(self) -> QGroupBox:
        """Sync files exported and imported one by one."""
        self.export_button = self._button(self.tr("&Export this laptop's records…"), self.export_file)
        self.import_button = self._button(self.tr("&Import files from other laptops…"), self.import_files)
        files_box = QGroupBox(self.tr("Sync files"))
        files_layout = QVBoxLayout(files_box)
        files_layout.addWidget(self._row(self.export_button, self.import_button))
        return files_box

    def _build_report_box(self) -> QGroupBox:
        """The campaign's report and the one-page summary."""
        self.report_button = self._button(self.tr("Save the &report (CSV)…"), self.save_report)
        self.summary_button = self._button(self.tr("Save the one-page s&ummary (PDF)…"), self.save_summary)
        report_box = QGroupBox(self.tr("Campaign report"))
        report_layout = QVBoxLayout(report_box)
        report_text = QLabel(
            self.tr(
                "Totals per case with the event's name, group, place and dates, ready to "
                "type into the campaign's report form."
            )
        )
        report_text.setWordWrap(True)
        self.deadline = QLabel()
        self.deadline.setWordWrap(True)
        report_layout.addWidget(self.deadline)
        report_layout.addWidget(report_text)
        report_layout.addWidget(self._row(self.report_button, self.summary_button))
        self.services.events.bundle_changed.connect(self.show_deadline)
        self.show_deadline()
        return report_box

    def show_deadline(self) -> None:
        """The campaign's report-by date and the days left, in the interface language."""
        report_by, today = self.services.bundle.info.report_by, dt.date.today()
        text = deadline_text(report_by, today)
        self.deadline.setText(text)
        self.deadline.setVisible(bool(text))
        with_role(self.deadline, "warning" if report_by is not None and report_by < today else "note")

    def wait_for_job(self) -> None:
        """Block until a running job has finished (at quit)."""
        if self.job is not None:
            self.job.wait()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumHeight(TOUCH)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _row(self, *widgets: QWidget) -> ButtonRow:
        """Buttons side by side, one above the other when they do not fit (large text, Spanish)."""
        return ButtonRow(list(widgets), [])

    # --- the jobs ------------------------------------------------------------------------------

    def _start(
        self,
        work: Callable[[Progress], object],
        shown: Callable[[object], None],
        busy: str,
        other_event: Callable[[OtherEvent], bool] | None = None,
        quiet: bool = False,
    ) -> None:
        """Run `work` in the background; `quiet` (the shared server's sync every minute) leaves the
        page as it is, and says a problem only when it is not the one already said."""
        if self.job is not None:
            return
        for button in self.job_buttons:
            button.setEnabled(False)
        if not quiet:
            self.details.clear()
            self.details.hide()
            self.status.say(busy)
            self.progress.setValue(0)
            self.progress.show()
        self._shown, self._other_event, self._quiet = shown, other_event, quiet
        self.job = BackgroundJob(work, self)
        self.job.progressed.connect(self.progress.setValue)
        # A bound method of this widget, not a lambda: Qt then queues the call to the main thread.
        self.job.done.connect(self._job_done)
        self.job.start()

    @Slot(object)
    def _job_done(self, outcome: object) -> None:
        """The job's outcome, on the main thread."""
        shown, other_event = self._shown, self._other_event
        job, self.job = self.job, None
        if job is not None:
            job.wait()
            job.deleteLater()
        self.progress.hide()
        for button in self.job_buttons:
            button.setEnabled(
                (button is not self.sync_button or self.sync_folder_path is not None)
                and (button is not self.server_box.button or bool(self.server_box.url()))
            )
        try:
            if isinstance(outcome, OtherEvent) and other_event is not None and other_event(outcome):
                pass  # the leader chose to merge the events: the import runs again
            elif isinstance(outcome, SyncFileInvalid):
                self.status.say(self.tr("Nothing was imported: a file is damaged or is not a sync file."), error=True)
                self._show_details(outcome.lines())
            elif isinstance(outcome, UserError):
                if not (self._quiet and self.status.error and self.status.text() == str(outcome)):
                    self.status.say(str(outcome), error=True)
            elif isinstance(outcome, BaseException):
                raise outcome  # a bug: the crash dialog and the log
            else:
                shown(outcome)
        finally:
            self.job_finished.emit()

    def _show_details(self, lines: list[str]) -> None:
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))

    def _conflict_lines(self, report: ImportReport) -> list[str]:
        lines = []
        for conflict in report.conflicts:
            theirs = conflict.theirs
            lines.append(
                self.tr("Conflict, not merged: record %1 in %2 (%3, %5 %4) differs from this laptop's.")
                .replace("%1", theirs.id)
                .replace("%2", conflict.file)
                .replace("%3", theirs.case_id)
                .replace("%4", theirs.kind)
                .replace("%5", str(theirs.quantity))
            )
        return lines

    def _imported(self, report: ImportReport) -> str:
        text = " ".join(
            (
                self.tr("%n new record(s),", "", report.added),
                self.tr("%n counted already,", "", report.duplicates),
                self.tr("%n in conflict.", "", len(report.conflicts)),
            )
        )
        if report.joined_event:
            text += " " + self.tr("This laptop has joined the event of the first file.")
        if report.merged_events:
            text += " " + self.tr("Events merged: %1.").replace("%1", str(len(report.merged_events)))
        if report.unknown_kinds:
            text += " " + self.tr(
                "%n record(s) of a kind this version does not count (%1) were kept and will be passed on; "
                "update W4R Desktop to count them.",
                "",
                sum(report.unknown_kinds.values()),
            ).replace("%1", ", ".join(sorted(report.unknown_kinds)))
        return text

    # --- sync folder ---------------------------------------------------------------------------

    def choose_folder(self) -> None:
        chosen = self.files.folder(self, self.tr("Choose the USB stick or shared folder"))
        if not chosen:
            return
        self.sync_folder_path = Path(chosen)
        self.folder_label.setText(self.tr("Sync folder: %1").replace("%1", str(self.sync_folder_path)))
        self.sync_button.setEnabled(self.job is None)

    def sync_now(self, merge_events: bool = False) -> None:
        folder = self.sync_folder_path
        if folder is None:
            return
        tally = self.services.tally
        self._start(
            lambda progress: sync_folder(tally, folder, merge_events=merge_events, progress=progress),
            self._synced,
            self.tr("Syncing…"),
        )

    def _synced(self, outcome: object) -> None:
        assert isinstance(outcome, FolderSyncReport)
        text = (
            self.tr("Synced: wrote this laptop's %n record(s).", "", outcome.exported.records)
            + " "
            + self._imported(outcome.imported)
        )
        if outcome.imported.unchanged:
            text += " " + self.tr("%n file(s) had nothing new.", "", len(outcome.imported.unchanged))
        self.status.say(text, error=bool(outcome.skipped))
        self._show_details(self._conflict_lines(outcome.imported) + outcome.skipped)
        if outcome.other_events and self.ask(
            self,
            self.tr(
                "%n file(s) in the folder count for another event. Count those events together with this one?",
                "",
                len(outcome.other_events),
            ),
        ):
            self.sync_now(merge_events=True)

    # --- files ---------------------------------------------------------------------------------

    def export_file(self) -> None:
        station = (
            re.sub(
                r"[^\w-]+", "-", str(self.services.settings.get("station_name") or self.services.station.name)
            ).strip("-")
            or "laptop"
        )
        suggested = str(Path.home() / f"w4r-tally-{station}-{dt.date.today().isoformat()}.csv")
        path = self.files.save_file(
            self, self.tr("Export this laptop's records"), suggested, self.tr("Sync files (*.csv)")
        )
        if not path:
            return
        tally = self.services.tally
        self._start(
            lambda progress: export_records(tally, path, progress=progress), self._exported, self.tr("Exporting…")
        )

    def _exported(self, outcome: object) -> None:
        assert isinstance(outcome, ExportSummary)
        self.status.say(
            self.tr("Wrote %1 records to %2. Import this file on the other laptops.")
            .replace("%1", str(outcome.records))
            .replace("%2", str(outcome.path))
        )

    def import_files(self, paths: list[str] | None = None, merge_events: bool = False) -> None:
        chosen = paths or self.files.open_files(self, self.tr("Import sync files"), self.tr("Sync files (*.csv)"))
        if not chosen:
            return
        tally = self.services.tally
        self._start(
            lambda progress: import_files(tally, chosen, merge_events=merge_events, progress=progress),
            self._imported_files,
            self.tr("Importing…"),
            other_event=lambda refused: self._merge_other_event(refused, chosen),
        )

    def _imported_files(self, outcome: object) -> None:
        assert isinstance(outcome, ImportReport)
        self.status.say(self.tr("Imported.") + " " + self._imported(outcome), error=bool(outcome.conflicts))
        self._show_details(self._conflict_lines(outcome))

    def _merge_other_event(self, outcome: OtherEvent, paths: list[str]) -> bool:
        """Ask whether to count another event's file together with this one; if so, import again."""
        question = (
            self.tr("%1 counts for another event (%2, from %3). Count both events together on this laptop?")
            .replace("%1", outcome.path.name)
            .replace("%2", outcome.event_name)
            .replace("%3", outcome.station_name)
        )
        if self.ask(self, question):
            self.import_files(paths, merge_events=True)
            return True
        return False

    # --- report ----------------------------------------------------------------------------------

    def save_report(self) -> None:
        suggested = str(Path.home() / f"w4r-report-{dt.date.today().isoformat()}.csv")
        path = self.files.save_file(self, self.tr("Save the report"), suggested, self.tr("CSV files (*.csv)"))
        if path:
            self._write(lambda: write_report_csv(self._report(), path))

    def save_summary(self) -> None:
        suggested = str(Path.home() / f"w4r-summary-{dt.date.today().isoformat()}.pdf")
        path = self.files.save_file(self, self.tr("Save the summary"), suggested, self.tr("PDF files (*.pdf)"))
        if path:
            paper = str(self.services.settings.get("paper_size"))
            self._write(lambda: write_summary_pdf(self._report(), path, paper))

    def _report(self) -> CampaignReport:
        return campaign_report(self.services.tally, self.services.bundle)

    def _write(self, write: Callable[[], Path]) -> None:
        # A report is a few kilobytes: written at once, no thread needed.
        try:
            written = write()
        except UserError as problem:
            self.status.say(str(problem), error=True)
            return
        self.status.say(self.tr("Saved %1.").replace("%1", str(written)))
