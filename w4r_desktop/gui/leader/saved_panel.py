"""The print station's saved letters: PDFs that "Print now" saved where there was no printer.

Each holds a volunteer's letter, name and town. The leader prints them here (then they are
deleted) or deletes them; whatever is left goes at the keeping time set on the Event page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.saved_letters import SavedLetter, keep_until
from w4r_desktop.gui.language import short_moment
from w4r_desktop.gui.leader.page_parts import TOUCH, Confirm, StatusLine, with_role
from w4r_desktop.gui.services import PrintServices
from w4r_desktop.gui.widgets.form_row import label
from w4r_desktop.printing.printer import Printer


class SavedLettersPanel(QWidget):
    """The list of saved letters, with Print and Delete."""

    def __init__(
        self, services: PrintServices, printer: Callable[[], Printer], confirm: Confirm, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._printer = printer
        self.confirm = confirm
        self.letters = services.saved_letters()
        intro = label(
            self.tr(
                "Letters that volunteers printed while no printer was connected were saved here. Print them, "
                "then stamp and post them. They hold volunteers' names and towns: each is deleted once printed, "
                "and any left are deleted at the keeping time set on the Event page."
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved letters"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemSelectionChanged.connect(self._enable_buttons)
        self.summary = label("")
        self.status = StatusLine()
        self.delete_button = QPushButton(self.tr("&Delete selected…"))
        self.print_button = with_role(QPushButton(self.tr("&Print selected")), "primary")
        for button in (self.delete_button, self.print_button):
            button.setMinimumHeight(TOUCH)
        self.delete_button.clicked.connect(self.delete_selected)
        self.print_button.clicked.connect(self.print_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Drop what is past the keeping time, then list the rest."""
        keep_days = self.services.settings.get("keep_letters_days")
        self.letters.remove_expired(keep_days)
        self.list.clear()
        names = {case.id: case.name for case in self.services.bundle.cases}
        parts = {
            ("letter",): self.tr("letter"),
            ("envelope",): self.tr("envelope"),
            ("letter", "envelope"): self.tr("letter and envelope"),
        }
        jobs = self.letters.jobs()
        for job in jobs:
            kinds = tuple(part.part for part in job.parts)
            text = self.tr("{case}: {part}, saved {when}; deleted by {until}").format(
                case=names.get(job.case_id, job.case_id),
                part=parts.get(kinds, " + ".join(kinds)),
                when=short_moment(job.saved_at),
                until=short_moment(keep_until(job.saved_at, keep_days)),
            )
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, job)
            self.list.addItem(row)
        self.summary.setText(self.tr("%n saved letter(s).", "", len(jobs)) if jobs else self.tr("Nothing saved."))
        self._enable_buttons()

    def _selected(self) -> list[SavedLetter]:
        """The PDFs of the selected letters: each letter, then its envelope."""
        return [part for row in self.list.selectedItems() for part in row.data(Qt.ItemDataRole.UserRole).parts]

    def _enable_buttons(self) -> None:
        chosen = bool(self.list.selectedItems())
        # Where the print station itself has no printer, "printing" would only save the PDF again.
        on_paper = self._printer().on_paper
        self.print_button.setEnabled(chosen and on_paper)
        self.print_button.setToolTip(
            "" if on_paper else self.tr("Choose a printer on the Event page (or connect one) to print these.")
        )
        self.delete_button.setEnabled(chosen)

    def print_selected(self) -> None:
        """Print the selected PDFs; each one printed is deleted, a failure stays listed."""
        printer = self._printer()
        done = 0
        for item in self._selected():
            try:
                printer.print_pdf(item.path.read_bytes(), item.path.stem)
            except (OSError, UserError) as exc:
                self.status.say(
                    self.tr("Could not print {name}: {reason}").format(name=item.path.name, reason=exc), error=True
                )
                break
            self.letters.delete(item)
            done += 1
        if done:
            self.status.say(self.tr("%n PDF(s) printed.", "", done))
        self.refresh()

    def delete_selected(self) -> None:
        chosen = self._selected()
        if not chosen:
            return
        question = self.tr("Delete %n saved letter(s) without printing?", "", len(self.list.selectedItems()))
        if not self.confirm(self, question):
            return
        for item in chosen:
            self.letters.delete(item)
        self.refresh()
