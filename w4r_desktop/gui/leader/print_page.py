"""The print station: the queue of letters with their envelopes, address labels, alignment.

Everything prints through the application's printer, or, when the leader asks (or there is no
printer), into PDF files in a folder they choose.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.print_queue import QueuedLetter
from w4r_desktop.core.saved_letters import keep_until
from w4r_desktop.gui.language import short_moment
from w4r_desktop.gui.leader.address_check import AddressChecker, ask_address
from w4r_desktop.gui.leader.alignment_panel import AlignmentPanel
from w4r_desktop.gui.leader.labels_panel import LabelsPanel
from w4r_desktop.gui.leader.pack_panel import PackPanel
from w4r_desktop.gui.leader.page_parts import (
    TOUCH,
    Confirm,
    StatusLine,
    ask_leader,
    counted,
    page_heading,
    touch_button,
    with_role,
)
from w4r_desktop.gui.leader.queue_model import COL_KIND, COL_QUEUED, PrintQueueModel
from w4r_desktop.gui.leader.queue_printing import JobRenderer, QueuePrintRun, letter_and_envelope, mailing_sheet_pdf
from w4r_desktop.gui.leader.saved_panel import SavedLettersPanel
from w4r_desktop.gui.services import PrintServices
from w4r_desktop.gui.widgets.button_row import ButtonRow
from w4r_desktop.gui.widgets.choice_box import ChoiceBox
from w4r_desktop.gui.widgets.file_dialog import choose_folder
from w4r_desktop.gui.widgets.wheel_guard import guard_wheel_in
from w4r_desktop.printing.batch import mailings
from w4r_desktop.printing.printer import PdfFolderPrinter, Printer

FolderChooser = Callable[[QWidget], str]
"""Asks for a folder to save PDFs in; returns "" if the leader cancels. Tests replace it."""


def choose_output_folder(parent: QWidget) -> str:
    return choose_folder(parent, parent.tr("Choose a folder for the PDF files"))


def _scrolling(panel: QWidget) -> QScrollArea:
    """`panel` in a scroll area, so a tall tab cannot push the queue's buttons off a small screen."""
    frame = QScrollArea()
    frame.setWidgetResizable(True)
    frame.setFrameShape(QScrollArea.Shape.NoFrame)
    frame.setWidget(panel)
    return frame


class PrintPage(QWidget):
    """Where to print, and three tabs: the queue, address labels, alignment and offsets."""

    def __init__(
        self,
        services: PrintServices,
        folder_chooser: FolderChooser = choose_output_folder,
        parent: QWidget | None = None,
        renderer: Callable[[], JobRenderer] | None = None,
        confirm: Confirm = ask_leader,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.folder_chooser = folder_chooser
        self.confirm = confirm
        self.address_checker: AddressChecker = ask_address
        self._renderer = renderer or (lambda: letter_and_envelope(services.settings))
        self._pdf_folder: Path | None = None
        self.run: QueuePrintRun | None = None
        self.progress: QProgressDialog | None = None

        heading = page_heading(self.tr("Print station"))
        self.destination = ChoiceBox()
        self.destination.setAccessibleName(self.tr("Print to"))
        self.destination.setMinimumHeight(TOUCH)
        self.destination.addItem(services.printer.name, "printer")
        self.destination.addItem(self.tr("Save as PDF files in a folder…"), "folder")
        self.destination.activated.connect(self._on_destination)
        destination_label = QLabel(self.tr("&Print to:"))
        destination_label.setBuddy(self.destination)
        top = QHBoxLayout()
        top.addWidget(destination_label)
        top.addWidget(self.destination, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._queue_tab(), self.tr("Letter &queue"))
        self.labels = LabelsPanel(services, self.printer)
        self.tabs.addTab(_scrolling(self.labels), self.tr("Address &labels"))
        self.alignment = AlignmentPanel(services, self.printer)
        self.tabs.addTab(_scrolling(self.alignment), self.tr("&Alignment and offsets"))
        self.saved = SavedLettersPanel(services, self.printer, lambda parent, question: self.confirm(parent, question))
        self.tabs.addTab(self.saved, self.tr("Sa&ved letters"))
        self.pack = PackPanel(services, self.printer)
        self.tabs.addTab(_scrolling(self.pack), self.tr("Signing &table"))
        self.tabs.currentChanged.connect(self._tab_opened)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        services.events.queue_changed.connect(self.refresh)
        services.events.settings_changed.connect(self._show_printer_name)
        services.events.bundle_changed.connect(self.refresh)
        self.refresh()
        guard_wheel_in(self)

    def show_tab(self, panel: QWidget) -> None:
        """Show the tab holding `panel` (the queue's table, `labels` or `alignment`)."""
        for index in range(self.tabs.count()):
            tab = self.tabs.widget(index)
            if tab is not None and (tab is panel or tab.isAncestorOf(panel)):
                self.tabs.setCurrentIndex(index)
                return

    # --- where to print ------------------------------------------------------------------

    def printer(self) -> Printer:
        """The printer jobs go to now."""
        if self._pdf_folder is not None:
            return PdfFolderPrinter(self._pdf_folder, private=False)
        return self.services.printer

    def _on_destination(self, index: int) -> None:
        if self.destination.itemData(index) != "folder":
            self._pdf_folder = None
            return
        folder = self.folder_chooser(self)
        if folder:
            self.save_pdfs_to(Path(folder))
        else:
            self.destination.setCurrentIndex(0 if self._pdf_folder is None else index)

    def save_pdfs_to(self, folder: Path) -> None:
        """Print into PDF files in `folder` from now on (what choosing a folder does)."""
        self._pdf_folder = folder
        index = self.destination.findData("folder")
        self.destination.setItemText(index, self.tr("PDF files in %1").replace("%1", str(folder)))
        self.destination.setCurrentIndex(index)

    def _show_printer_name(self, key: str = "printer_name") -> None:
        # The main window may swap the printer when the leader picks another one.
        if key == "printer_name":
            self.destination.setItemText(self.destination.findData("printer"), self.services.printer.name)

    # --- the queue -----------------------------------------------------------------------

    def _queue_tab(self) -> QWidget:
        tab = QWidget()
        self.table = self._build_queue_table()
        self.queue_summary = QLabel()
        self.queue_summary.setWordWrap(True)
        buttons = self._build_queue_buttons()
        self.table.selectionModel().selectionChanged.connect(self._enable_buttons)
        self.status = StatusLine()
        self.overdue = with_role(QLabel(), "warning")
        self.overdue.setWordWrap(True)
        self.overdue.hide()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.overdue)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.queue_summary)
        layout.addWidget(buttons)
        return tab

    def _build_queue_table(self) -> QTableView:
        """The letters waiting, one row each, with their envelopes."""
        self.model = PrintQueueModel(self.services.bundle, self)
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Letters waiting to be printed"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setDefaultSectionSize(TOUCH)
        table.verticalHeader().hide()
        # Long names and errors share the width and are elided; the tooltip holds the whole text.
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (COL_KIND, COL_QUEUED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        return table

    def _build_queue_buttons(self) -> ButtonRow:
        """What can be done with the queue: the mailing sheet, checking, removing, printing."""
        self.print_button = with_role(touch_button(self.tr("Print &all"), self.print_all), "primary")
        self.print_selected_button = touch_button(
            self.tr("Print &selected"), self.print_selected, self.tr("Print only the letters selected in the list")
        )
        self.remove_button = touch_button(
            self.tr("&Remove from queue…"),
            self.remove_selected,
            self.tr("Take the selected letters out of the queue without printing them"),
        )
        self.sheet_button = touch_button(
            self.tr("Mailing &sheet"),
            self.print_mailing_sheet,
            self.tr("Print one page listing each recipient with their letters and the postage, to go with the batch"),
        )
        self.check_button = touch_button(
            self.tr("Check &address…"),
            self.check_address,
            self.tr("Confirm or correct an address that is not verified, so it can print"),
        )
        # One row on a wide screen; on a narrow one the printing buttons go below the others.
        return ButtonRow(
            [ButtonRow([self.sheet_button, self.check_button, self.remove_button], [])],
            [ButtonRow([], [self.print_selected_button, self.print_button])],
        )

    def refresh(self) -> None:
        """Show the queue as it is in the database."""
        jobs = self.services.queue.jobs()
        self.model.set_jobs(jobs, self.services.bundle, self.services.tally.case_names())
        failed = sum(1 for job in jobs if job.failed)
        text = counted(
            self.tr("1 letter waiting, with its envelope."),
            self.tr("%n letters waiting, each with its envelope."),
            len(jobs),
        )
        if failed:
            text += " " + counted(
                self.tr("1 could not be printed last time."), self.tr("%n could not be printed last time."), failed
            )
        self.queue_summary.setText(text)
        if hasattr(self, "saved"):
            self.saved.refresh()  # drops what is past the keeping time, before the note counts what is left
        self._flag_overdue(jobs)
        self._enable_buttons()

    def _tab_opened(self, index: int) -> None:
        if self.tabs.widget(index) is self.saved:
            self.saved.refresh()  # what the kiosk saved since

    def _flag_overdue(self, jobs: list[QueuedLetter]) -> None:
        # Queued letters hold names and addresses too: past the keeping time, the leader is told.
        keep_days = self.services.settings.get("keep_letters_days")
        now = dt.datetime.now().astimezone()
        late = [job for job in jobs if keep_until(dt.datetime.fromisoformat(job.created_at), keep_days) <= now]
        notes = []
        if late:
            notes.append(
                self.tr(
                    "%n letter(s) in the queue waited past the keeping time set on the Event page: print them, "
                    "or remove them so that the volunteers' names do not stay on this laptop.",
                    "",
                    len(late),
                )
            )
        saved = self.services.saved_letters().jobs()
        if saved:
            notes.append(
                self.tr(
                    "%n letter(s) saved while no printer was connected wait under Saved letters. "
                    "Letters not printed are deleted at the keeping time (the first by %1).",
                    "",
                    len(saved),
                ).replace("%1", short_moment(keep_until(saved[0].saved_at, keep_days)))
            )
        self.overdue.setText("\n".join(notes))
        self.overdue.setAccessibleName(self.overdue.text())
        self.overdue.setVisible(bool(notes))

    def _enable_buttons(self) -> None:
        idle = self.run is None
        ready = any(job.letter.verified for job in self.model.jobs)
        self.print_button.setEnabled(idle and ready)
        self.print_button.setToolTip(
            self.tr("Print every letter in the queue whose address is confirmed")
            if ready or not self.model.rowCount()
            else self.tr("Every letter in the queue has an address to check first: select one and check it")
        )
        self.print_selected_button.setEnabled(idle and self.table.selectionModel().hasSelection())
        self.remove_button.setEnabled(idle and self.table.selectionModel().hasSelection())
        unchecked = [job for job in self.selected_jobs() if not job.letter.verified] if idle else []
        self.check_button.setEnabled(bool(unchecked))

    def print_mailing_sheet(self) -> bool:
        """The mailing sheet of the letters ready to print (in queue order: its numbers are theirs)."""
        letters = [job.letter for job in self.services.queue.jobs() if job.letter.verified]
        try:
            if not letters:
                raise UserError(self.tr("there are no letters ready to print"))
            places = mailings(letters)
            listed = "\n".join(f"• {place.lines[0] if place.lines else ''} ({place.count})" for place in places[:12])
            question = self.tr("Print the mailing sheet now? It lists %n letter(s)", "", len(letters)) + self.tr(
                " to %n address(es), with the postage for each.", "", len(places)
            )
            if not self.confirm(self, f"{question}\n\n{listed}" + ("\n…" if len(places) > 12 else "")):
                return False
            sheet = mailing_sheet_pdf(letters, self.services.settings, self.services.bundle)
            self.printer().print_pdf(sheet, "w4r-mailing-sheet")
        except UserError as exc:
            self.status.say(self.tr("The mailing sheet was not printed: %1").replace("%1", str(exc)), error=True)
            return False
        self.status.say(self.tr("The mailing sheet for %n letter(s) was printed.", "", len(letters)))
        return True

    def check_address(self) -> bool:
        """The leader confirms (or corrects) the address of the selected letter, and of every other
        queued letter to it; those letters can then be printed."""
        unchecked = [job for job in self.selected_jobs() if not job.letter.verified]
        if not unchecked or self.run is not None:
            return False
        recipient = unchecked[0].letter.recipient
        lines = self.address_checker(self, recipient.lines)
        if lines is None:
            return False
        changed = self.services.queue.confirm_address(recipient, lines)
        self.status.say(self.tr("%n letter(s) to this address can now be printed.", "", changed))
        return True

    def selected_jobs(self) -> list[QueuedLetter]:
        """The queued letters selected in the list, in queue order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.jobs[row] for row in rows]

    def print_all(self) -> None:
        """Print every waiting letter and its envelope, with progress and Cancel."""
        self._print(self.services.queue.jobs())

    def print_selected(self) -> None:
        """Print the selected letters only (to retry one that failed, say)."""
        self._print(self.selected_jobs())

    def remove_selected(self) -> bool:
        """Take the selected letters out of the queue unprinted, once the leader confirms."""
        jobs = self.selected_jobs()
        if not jobs or self.run is not None:
            return False
        question = counted(
            self.tr("Remove this letter from the queue without printing it? It stays counted, but its text is gone."),
            self.tr(
                "Remove these %n letters from the queue without printing them? They stay counted, "
                "but their text is gone."
            ),
            len(jobs),
        )
        if not self.confirm(self, question):
            return False
        for job in jobs:
            self.services.queue.discard(job.id)
        self.status.say(
            counted(
                self.tr("1 letter removed from the queue."), self.tr("%n letters removed from the queue."), len(jobs)
            )
        )
        return True

    def _print(self, jobs: list[QueuedLetter]) -> None:
        if not jobs or self.run is not None:
            return
        self.run = QueuePrintRun(jobs, self.services.queue, self.printer(), self._renderer(), self)
        self.progress = QProgressDialog(
            self.tr("Printing letters and envelopes…"), self.tr("Cancel"), 0, len(jobs), self
        )
        self.progress.setWindowTitle(self.tr("Printing"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.run.cancel)
        self.run.progressed.connect(self._on_progress)
        self.run.finished.connect(self._on_finished)
        self._enable_buttons()
        self.status.say("")
        self.progress.setValue(0)
        self.run.start()

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setValue(done)
            self.progress.setLabelText(
                self.tr("Printed %1 of %2 letters…").replace("%1", str(done)).replace("%2", str(total))
            )

    def _on_finished(self) -> None:
        run = self.run
        assert run is not None
        result = run.result
        if self.progress is not None:
            self.progress.canceled.disconnect(run.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.run = None
        run.deleteLater()
        self.status.say(run.summary(), error=bool(result.failed))
        self.refresh()  # the queue told of each letter as it went; the buttons wait for the run's end
