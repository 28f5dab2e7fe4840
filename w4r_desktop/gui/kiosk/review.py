"""Review: the real PDFs that will be printed, letter and envelope, and how to send them."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from w4r_desktop.core.failures import explain, record_failure
from w4r_desktop.core.letters import Guidance, excerpt_around
from w4r_desktop.gui.kiosk.rendering import LetterPdfs
from w4r_desktop.gui.widgets.button_row import ButtonRow
from w4r_desktop.gui.widgets.form_row import label, name_by_text
from w4r_desktop.gui.widgets.pdf_preview import PdfPreview
from w4r_desktop.printing.printer import PrinterError

log = logging.getLogger(__name__)


class ReviewScreen(QWidget):
    """The letter and envelope as they will come out of the printer."""

    print_now = Signal()
    """Print the letter and envelope on this laptop's printer."""

    hand_in = Signal()
    """Add the letter to the event's print queue instead."""

    back = Signal()
    """Back to the editor to change something."""

    def __init__(
        self,
        pdfs: LetterPdfs,
        printer_name: str,
        has_printer: bool,
        address_confirmed: bool = True,
        checks: Guidance | None = None,
        written: str = "",
        text_size: str = "normal",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        checks = checks or Guidance()
        self.blocked = checks.blocking
        """The letter may not leave as it is (a word that endangers its reader): back to the editor."""
        self.letter_preview = PdfPreview(self.tr("Your letter as it will be printed"))
        self.envelope_preview = PdfPreview(self.tr("The envelope as it will be printed"))
        self.letter_preview.show_pdf(pdfs.letter)
        self.envelope_preview.show_pdf(pdfs.envelope)
        self.letter_preview.follow_text_size(text_size)  # larger text: the letter opens zoomed in

        previews = QHBoxLayout()
        previews.setSpacing(24)
        previews.addLayout(self._build_letter_column(), 3)
        previews.addLayout(self._build_envelope_column(printer_name, has_printer, address_confirmed), 2)
        self.notes = label(self._notes(written, checks), "warning")
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.notes.setAccessibleName(self.notes.text())
        if not self.notes.text():
            self.notes.hide()
        self.error_label = label("", "warning")
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.addLayout(previews, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.error_label)
        layout.addWidget(self._build_buttons(address_confirmed))

    def _build_letter_column(self) -> QVBoxLayout:
        """The letter's preview, with the way back to change it right under it."""
        column = QVBoxLayout()
        column.addLayout(_heading_with(label(self.tr("Letter"), "heading"), self.letter_preview))
        column.addWidget(self.letter_preview, 1)
        # Under the letter it changes, not in the row below: that row keeps one line at any size.
        self.back_button = QPushButton(self.tr("Change my letter"))
        column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        return column

    def _build_envelope_column(self, printer_name: str, has_printer: bool, address_confirmed: bool) -> QVBoxLayout:
        """The envelope's preview, which printer it goes to, and what to do before it does."""
        column = QVBoxLayout()
        column.addLayout(_heading_with(label(self.tr("Envelope"), "heading"), self.envelope_preview))
        column.addWidget(self.envelope_preview, 1)
        if has_printer:
            where = self.tr("Printer: {name}").format(name=printer_name)
        else:
            where = self.tr("No printer here: “Print now” saves a PDF for the event team to print.")
        self.where = label(where, "muted")
        if not address_confirmed:
            self.where.hide()  # which printer no longer matters, and the screen needs the room
        column.addWidget(self.where)
        column.addWidget(
            label(
                self.tr("Check your letter. If you want to change anything, go back: nothing is printed yet."), "note"
            )
        )
        # The envelope takes the column's height that the notes leave (it was a 90 px strip at A++
        # on a laptop when a trailing stretch took half of it).
        self.address_note = label(
            self.tr(
                "The organisers have not yet confirmed this address. Hand your letter in: they will check "
                "the address, then print and post your letter."
            ),
            "note",
        )
        if address_confirmed:
            self.address_note.hide()
        column.addWidget(self.address_note)
        return column

    def _build_buttons(self, address_confirmed: bool) -> ButtonRow:
        """Hand in or print now; neither for a blocked letter, and only hand in for an unconfirmed address."""
        self.hand_in_button = QPushButton(self.tr("Hand in for printing later"))
        self.print_button = QPushButton(self.tr("Print now"))
        self.print_button.setProperty("role", "primary")
        for button in (self.back_button, self.hand_in_button, self.print_button):
            name_by_text(button, button.text())
        self.back_button.clicked.connect(self.back.emit)
        self.hand_in_button.clicked.connect(self._hand_in)
        self.print_button.clicked.connect(self._print)
        self.initial_focus: QWidget = self.print_button
        if self.blocked:
            self.print_button.setEnabled(False)
            self.hand_in_button.setEnabled(False)
            self.initial_focus = self.back_button
        if not address_confirmed:
            # Nothing to print here: the letter waits for the leader's check of the address.
            self.print_button.hide()
            self.hand_in_button.setProperty("role", "primary")
            self.initial_focus = self.hand_in_button
        return ButtonRow([], [self.hand_in_button, self.print_button])

    def _notes(self, text: str, checks: Guidance) -> str:
        """What the volunteer should see again before the letter leaves, as rich text (escaped)."""
        notes = []
        for word in checks.forbidden:
            found = excerpt_around(text, word)
            if found is None:  # never a silent block: the word is named even if it cannot be quoted
                found = ("", word, "")
            before, as_written, after = (html.escape(part) for part in found)
            shown = f'{before}<b style="background-color:#ffe000">{as_written}</b>{after}'
            if checks.blocking:
                notes.append(
                    self.tr(
                        "Your message contains “{word}”. It can put the person you write to in danger, so the "
                        "message cannot be sent like this: go back and take it out."
                    ).format(word=html.escape(word))
                    + f"<br/><i>{shown}</i>"
                )
            else:
                notes.append(
                    self.tr("The rules for this case ask not to use “{word}”.").format(word=html.escape(word))
                    + f"<br/><i>{shown}</i>"
                )
        if checks.too_long:
            notes.append(
                self.tr("Your letter is {pages} pages long. One page is best: officials read short letters.").format(
                    pages=checks.pages
                )
            )
        return "<br/><br/>".join(notes)

    def _busy(self, busy: bool) -> None:
        # One click, one letter: the buttons stay off until the kiosk has answered.
        for button in (self.back_button, self.hand_in_button, self.print_button):
            button.setEnabled(not busy and (button is self.back_button or not self.blocked))

    def _print(self) -> None:
        self._busy(True)
        self.print_now.emit()

    def _hand_in(self) -> None:
        self._busy(True)
        self.hand_in.emit()

    def failed(self, error: Exception, data_dir: Path) -> None:
        """Printing or handing in failed: say why in one line, keep the letter, give the buttons back."""
        if isinstance(error, PrinterError):
            log.warning("printing failed: %s", error)
            self.show_error(
                self.tr(
                    "The letter could not be printed ({reason}). You can try again, or hand it in for printing later."
                ).format(reason=error)
            )
            return
        record_failure(error, data_dir, "handing a letter over")
        reason = explain(error, data_dir) or self.tr("an unexpected error ({kind})").format(kind=type(error).__name__)
        self.show_error(
            self.tr(
                "Your letter could not be saved just now ({reason}). It is still here: try again in a moment, "
                "or ask the event team."
            ).format(reason=reason)
        )

    def show_error(self, message: str) -> None:
        """Printing failed: say why, and let the volunteer try again or hand the letter in."""
        self.error_label.setText(message)
        self.error_label.setAccessibleName(message)
        self.error_label.show()
        self._busy(False)

    def clear_previews(self) -> None:
        """Drop the PDFs from memory (the screen is going)."""
        self.letter_preview.clear()
        self.envelope_preview.clear()


def _heading_with(heading: QWidget, preview: PdfPreview) -> QHBoxLayout:
    """A column's heading with its preview's zoom buttons beside it (room for the text below)."""
    row = QHBoxLayout()
    row.addWidget(heading, 1)
    row.addWidget(preview.zoom_bar)
    return row
