"""Review: the real PDFs that will be printed, letter and envelope, and how to send them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from w4r_desktop.gui.kiosk.rendering import LetterPdfs
from w4r_desktop.gui.widgets.button_row import ButtonRow
from w4r_desktop.gui.widgets.form_row import label, name_by_text
from w4r_desktop.gui.widgets.pdf_preview import PdfPreview


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
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.letter_preview = PdfPreview(self.tr("Your letter as it will be printed"))
        self.envelope_preview = PdfPreview(self.tr("The envelope as it will be printed"))
        self.letter_preview.show_pdf(pdfs.letter)
        self.envelope_preview.show_pdf(pdfs.envelope)

        envelope_column = QVBoxLayout()
        envelope_column.addWidget(label(self.tr("Envelope"), "heading"))
        envelope_column.addWidget(self.envelope_preview, 1)
        if has_printer:
            where = self.tr("Printer: {name}").format(name=printer_name)
        else:
            where = self.tr(
                "No printer is connected: “Print now” saves the letter as a PDF file for the event leader to print."
            )
        envelope_column.addWidget(label(where, "muted"))
        envelope_column.addWidget(
            label(
                self.tr("Check your letter. If you want to change anything, go back: nothing is printed yet."), "note"
            )
        )
        envelope_column.addStretch(1)
        letter_column = QVBoxLayout()
        letter_column.addWidget(label(self.tr("Letter"), "heading"))
        letter_column.addWidget(self.letter_preview, 1)

        previews = QHBoxLayout()
        previews.setSpacing(24)
        previews.addLayout(letter_column, 3)
        previews.addLayout(envelope_column, 2)

        self.error_label = label("", "warning")
        self.error_label.hide()
        self.back_button = QPushButton(self.tr("Change my letter"))
        self.hand_in_button = QPushButton(self.tr("Hand in for printing later"))
        self.print_button = QPushButton(self.tr("Print now"))
        self.print_button.setProperty("role", "primary")
        for button in (self.back_button, self.hand_in_button, self.print_button):
            name_by_text(button, button.text())
        self.back_button.clicked.connect(self.back.emit)
        self.hand_in_button.clicked.connect(self._hand_in)
        self.print_button.clicked.connect(self._print)
        buttons = ButtonRow([self.back_button], [self.hand_in_button, self.print_button])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.addLayout(previews, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.initial_focus: QWidget = self.print_button
        self.address_note = label(
            self.tr(
                "The organisers have not yet confirmed this address. Hand your letter in: they will check "
                "the address, then print and post your letter."
            ),
            "note",
        )
        self.address_note.setVisible(not address_confirmed)
        envelope_column.insertWidget(envelope_column.count() - 1, self.address_note)
        if not address_confirmed:
            # Nothing to print here: the letter waits for the leader's check of the address.
            self.print_button.hide()
            self.hand_in_button.setProperty("role", "primary")
            self.initial_focus = self.hand_in_button

    def _busy(self, busy: bool) -> None:
        # One click, one letter: the buttons stay off until the kiosk has answered.
        for button in (self.back_button, self.hand_in_button, self.print_button):
            button.setEnabled(not busy)

    def _print(self) -> None:
        self._busy(True)
        self.print_now.emit()

    def _hand_in(self) -> None:
        self._busy(True)
        self.hand_in.emit()

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
