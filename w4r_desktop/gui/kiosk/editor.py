"""Write: the letter prefilled from the case, with the case's guidance beside it.

Guidance that is cheap (forbidden words) is checked on every change. The page count needs the
printing engine to lay the letter out, so it runs 400 ms after typing stops, never on the
keystroke itself; the autosave waits for a pause in the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.bundle.countries import country_name
from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.language_names import language_names
from w4r_desktop.core.letters import (
    MAX_PAGES,
    Letter,
    greetings_for,
    guidance_for,
    rules_for,
    talking_points_for,
)
from w4r_desktop.gui.kiosk.unprintable import mark_fields, mark_text, named, unprintable_in
from w4r_desktop.gui.widgets.button_row import ButtonRow
from w4r_desktop.gui.widgets.form_row import FormRow, label, name_by_text
from w4r_desktop.gui.widgets.growing_text import GrowingTextEdit

if TYPE_CHECKING:
    from w4r_desktop.core.bundle.model import Case

PAGE_COUNT_DELAY_MS = 400
AUTOSAVE_DELAY_MS = 1500
MAX_BODY_CHARACTERS = 6000
"""Far more than a page; stops a pasted novel from stalling the layout."""


def _scroll(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(widget)
    return scroll


def _add_list(guide: QVBoxLayout, heading: str, items: list[str]) -> None:
    """`items` as bullets under `heading`; nothing at all when there are none."""
    if not items:
        return
    guide.addWidget(label(heading, "heading"))
    for item in items:
        guide.addWidget(label(f"•  {item}"))


class LetterEditor(QWidget):
    """The letter being written, and everything that helps to write it."""

    review = Signal()
    """The volunteer wants to see the letter as it will be printed."""

    back = Signal()
    """Back to the case page."""

    autosave = Signal()
    """The letter changed and typing has paused: time to save the draft."""

    def __init__(
        self,
        case: Case,
        letter: Letter,
        tips: list[str],
        language: str,
        page_counter: Callable[[Letter], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.case = case
        self._base = letter
        self._count_pages = page_counter
        self._asked_to_sign = False
        self.pages: int | None = None
        self._is_appeal = letter.kind == LetterKind.APPEAL

        columns = QHBoxLayout()
        columns.setSpacing(24)
        self.paper_scroll = _scroll(self._build_paper(language))
        columns.addWidget(self.paper_scroll, 3)
        columns.addWidget(self._build_guidance(tips, language), 2)
        buttons = self._build_buttons()
        self.heading = self._build_heading(language)
        self.language_note = self._build_language_note(language)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.language_note)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)

        self._start_timers()
        self._check_words()
        self._page_timer.start()
        self.initial_focus: QWidget = self.body

    # --- building ---------------------------------------------------------------------------

    def _build_paper(self, language: str) -> QWidget:
        """The letter as a sheet of paper: to whom and when, then the fields the volunteer writes in."""
        letter = self._base
        recipient = letter.recipient
        to_lines = [*recipient.lines, country_name(recipient.country, "en").upper()]
        address = label("\n".join(to_lines), "muted")
        address.setAccessibleName(self.tr("To: {address}").format(address=", ".join(to_lines)))
        day = QDate(letter.date.year, letter.date.month, letter.date.day)
        date = QLocale().toString(day, QLocale.FormatType.LongFormat)
        when = label(self.tr("Date: {date}").format(date=date), "muted")
        self.greeting_box = self._build_greeting(language)

        self.salutation = QLineEdit(letter.salutation)
        self.salutation.setMaxLength(120)
        self.body = self._build_body()
        self.closing = QLineEdit(letter.closing)
        self.closing.setMaxLength(80)
        self.sender_name = QLineEdit(letter.sender_name)
        self.sender_name.setMaxLength(80)
        self.sender_town = QLineEdit(letter.sender_town)
        self.sender_town.setMaxLength(80)
        sign = QHBoxLayout()
        sign.addWidget(FormRow(self.tr("Your name"), self.sender_name), 1)
        sign.addWidget(FormRow(self.tr("Your town"), self.sender_town), 1)
        self.address_row = self._build_address_row()

        page = QVBoxLayout()
        page.setSpacing(6)
        page.addWidget(address)
        page.addWidget(when)
        if self.greeting_box is not None:
            page.addWidget(self.greeting_box, 0, Qt.AlignmentFlag.AlignLeft)  # clicks land on its text
            page.addWidget(label(f"“{self._greeting_text}”", "muted"))
        page.addWidget(FormRow(self.tr("Opening words"), self.salutation))
        page.addWidget(FormRow(self.tr("Your letter") if self._is_appeal else self.tr("Your message"), self.body))
        page.addWidget(FormRow(self.tr("Closing words"), self.closing))
        page.addLayout(sign)
        page.addWidget(self.add_address)
        page.addWidget(self.address_row)
        page.addStretch(1)
        paper = QWidget()
        paper.setObjectName("screen")
        paper.setLayout(page)
        return paper

    def _build_greeting(self, language: str) -> QCheckBox | None:
        """The offer to start with a greeting in the reader's language, where the case gives one."""
        self._greeting_text = ""
        greetings = greetings_for(self.case, self._base.kind, self._base.target)
        if not greetings:
            return None
        code, text = next(iter(greetings.items()))
        self._greeting_text = text
        # The language in the volunteer's words, and as its speakers name it, without a country
        # ("Chinese (中文)"; "español", not "español de España"): a name in a script the
        # volunteer cannot read says nothing.
        in_ours, native = language_names(code, language)
        native = native[:1].upper() + native[1:]  # "русский" -> "Русский" inside a sentence
        both = native if in_ours.casefold() == native.casefold() else f"{in_ours} ({native})"
        box = QCheckBox(self.tr("Start with a greeting in {language}").format(language=both))
        name_by_text(box, box.text())
        box.setAccessibleDescription(text)
        box.setChecked(bool(self._base.greeting))
        return box

    def _build_body(self) -> GrowingTextEdit:
        """The letter's own text, prefilled with the sample letter."""
        body = GrowingTextEdit(minimum=260)  # the paper scrolls, not the letter inside it
        body.setObjectName("letterBody")
        body.setPlainText(self._base.body)
        body.moveCursor(QTextCursor.MoveOperation.End)  # ready to add to the sample letter
        body.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        body.setTabChangesFocus(True)  # keyboard users must be able to leave the text
        return body

    def _build_address_row(self) -> FormRow:
        """The volunteer's own postal address, shown only when they tick the box that asks for it."""
        letter = self._base
        # Short: a check box cannot wrap its text, and long ones push the form off screen at large sizes.
        self.add_address = QCheckBox(self.tr("Add my postal address"))
        name_by_text(self.add_address, self.add_address.text())
        self.return_address = QPlainTextEdit("\n".join(letter.return_address))
        self.return_address.setTabChangesFocus(True)
        self.return_address.setMaximumHeight(130)
        privacy = self.tr(
            "Only if you want a reply or the case asks for a sender. Your address is printed on this "
            "letter and envelope only; W4R Desktop forgets it as soon as you finish."
        )
        if not self._is_appeal:
            privacy += " " + self.tr("For some people it is safer not to give an address: ask the event leader.")
        row = FormRow(self.tr("My address (one line each)"), self.return_address, privacy)
        self.add_address.setChecked(bool(letter.return_address))
        if not letter.return_address:
            row.hide()
        self.add_address.toggled.connect(row.setVisible)
        return row

    def _build_guidance(self, tips: list[str], language: str) -> QScrollArea:
        """The panel beside the letter: the page count and warnings, what to say, the rules and tips."""
        case, letter = self.case, self._base
        # Starts with the same box as its later "ok" and "warning" looks, so it never changes size.
        self.pages_label = label(self.tr("Counting pages…"), "ok")
        self.warning_label = label("", "warning")
        self.warning_label.hide()
        self.unprintable_label = label("", "warning")
        self.unprintable_label.hide()
        guide = QVBoxLayout()
        guide.setSpacing(6)
        guide.addWidget(self.pages_label)
        guide.addWidget(self.warning_label)
        guide.addWidget(self.unprintable_label)
        about = self.tr("What to say") if self._is_appeal else self.tr("About {name}").format(name=case.name)
        _add_list(guide, about, talking_points_for(case, letter.kind, letter.target, language))
        _add_list(guide, self.tr("Rules for this message"), rules_for(case, letter.kind, letter.target, language))
        _add_list(guide, self.tr("Tips"), tips)
        guide.addStretch(1)
        panel = QFrame()
        panel.setProperty("role", "panel")
        panel.setLayout(guide)
        guide.setContentsMargins(16, 12, 16, 12)
        panel_scroll = _scroll(panel)
        panel_scroll.setAccessibleName(self.tr("Help with your letter"))
        return panel_scroll

    def _build_buttons(self) -> ButtonRow:
        self.back_button = QPushButton(self.tr("Back to the case"))
        self.review_button = QPushButton(self.tr("See my letter"))
        self.review_button.setProperty("role", "primary")
        for button in (self.back_button, self.review_button):
            name_by_text(button, button.text())
        self.back_button.clicked.connect(self.back.emit)
        self.review_button.clicked.connect(self._review)
        return ButtonRow([self.back_button], [self.review_button])

    def _build_heading(self, language: str) -> QLabel:
        """Whom the letter or message is for, in the volunteer's language."""
        case, letter = self.case, self._base
        recipient = letter.recipient
        if self._is_appeal and letter.target is not None:
            # The official's title in the volunteer's language where the bundle gives it (the
            # letter's own inside address keeps the bundle's, as the post needs it).
            who = ", ".join(case.addressee_in(letter.target, language))
        elif self._is_appeal:
            who = ", ".join(recipient.lines[:2])
        else:
            who = recipient.lines[0] if recipient.lines else case.name
        heading = self.tr("Your letter to {who}") if self._is_appeal else self.tr("Your message to {who}")
        return label(heading.format(who=who), "heading")

    def _build_language_note(self, language: str) -> QLabel:
        # Why the letter is in English while everything around it is in the volunteer's language.
        note = label(
            self.tr(
                "The letter goes in English, as the campaign wrote it: that is how the officials and the post "
                "read it. The help beside it is in your language."
            ),
            "note",
        )
        if not self._is_appeal or language == "en":
            note.hide()
        return note

    def _start_timers(self) -> None:
        """Count pages and autosave after a pause in typing, whichever field changed."""
        self._page_timer = QTimer(self)
        self._page_timer.setSingleShot(True)
        self._page_timer.setInterval(PAGE_COUNT_DELAY_MS)
        self._page_timer.timeout.connect(self._update_pages)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(AUTOSAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.autosave.emit)
        for line in (self.salutation, self.closing, self.sender_name, self.sender_town):
            line.textChanged.connect(self._changed)
        for area in (self.body, self.return_address):
            area.textChanged.connect(self._changed)
        self.add_address.toggled.connect(self._changed)
        if self.greeting_box is not None:
            self.greeting_box.toggled.connect(self._changed)

    # --- reading the form -------------------------------------------------------------------

    def letter(self) -> Letter:
        """The letter as the volunteer has written it so far."""
        address: tuple[str, ...] = ()
        if self.add_address.isChecked():
            address = tuple(line.strip() for line in self.return_address.toPlainText().splitlines() if line.strip())
        greeting = self._greeting_text if self.greeting_box is not None and self.greeting_box.isChecked() else ""
        return self._base.with_changes(
            salutation=self.salutation.text().strip(),
            body=self.body.toPlainText().strip()[:MAX_BODY_CHARACTERS],
            closing=self.closing.text().strip(),
            sender_name=self.sender_name.text().strip(),
            sender_town=self.sender_town.text().strip(),
            return_address=address[:6],
            greeting=greeting,
        )

    # --- guidance ---------------------------------------------------------------------------

    def _changed(self) -> None:
        self._check_words()
        self._check_characters()
        self._page_timer.start()
        self._save_timer.start()

    def _check_words(self) -> None:
        guidance = guidance_for(self.case, self.letter())
        found = guidance.forbidden
        if found:
            text = self.tr(
                "Please take out: {words}. The rules for this case ask not to use these words, "
                "for the safety of the person you write to."
            ).format(words=", ".join(f"“{word}”" for word in found))
            if guidance.holiday:
                text += " " + self.tr("Write “Season's greetings” instead: not everyone celebrates Christmas.")
            self.warning_label.setText(text)
        self.warning_label.setVisible(bool(found))
        self.warning_label.setAccessibleName(self.warning_label.text())

    def _check_characters(self) -> None:
        """Mark what no font can print (emoji, symbols) in every field and say it will not print."""
        found = unprintable_in(self.letter())
        self.unprintable_label.setText(
            self.tr("These characters will not print: {chars}. Please use words instead.").format(chars=named(found))
            if found
            else ""
        )
        self.unprintable_label.setAccessibleName(self.unprintable_label.text())
        self.unprintable_label.setVisible(bool(found))
        mark_text(self.body, found)
        mark_fields((self.salutation, self.closing, self.sender_name, self.sender_town, self.return_address), found)

    def _update_pages(self) -> None:
        self.pages = self._count_pages(self.letter())
        if self.pages is None:
            self.pages_label.setText("")
        elif self.pages > MAX_PAGES:
            too_long = (
                self.tr("Your letter is {pages} pages long. One page is best: officials read short letters.")
                if self._is_appeal
                else self.tr("Your message is {pages} pages long. One page is best: a short message is read.")
            )
            self.pages_label.setText(too_long.format(pages=self.pages))
            self.pages_label.setProperty("role", "warning")
        else:
            if self._is_appeal:
                self.pages_label.setText(self.tr("Your letter fits on one page."))
            else:
                self.pages_label.setText(self.tr("Your message fits on one page."))
            self.pages_label.setProperty("role", "ok")
        self.pages_label.setAccessibleName(self.pages_label.text())
        self.pages_label.style().unpolish(self.pages_label)
        self.pages_label.style().polish(self.pages_label)

    @property
    def forbidden_words(self) -> tuple[str, ...]:
        return guidance_for(self.case, self.letter()).forbidden

    def flush(self) -> None:
        """Do now what the timers would do after the pause: count pages and save."""
        if self._page_timer.isActive():
            self._page_timer.stop()
            self._update_pages()
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.autosave.emit()

    def _review(self) -> None:
        self.flush()
        if not self.sender_name.text().strip() and not self._asked_to_sign:
            # Asked once: a letter may go unsigned, but nobody should forget by accident.
            self._asked_to_sign = True
            self.warning_label.setText(
                self.tr(
                    "Your letter has no name under it. Add your name (your first name is enough), "
                    "or press “{button}” again to send it without a name."
                ).format(button=self.review_button.text().replace("&", ""))
            )
            self.warning_label.setAccessibleName(self.warning_label.text())
            self.warning_label.show()
            self.sender_name.setFocus()
            self.paper_scroll.ensureWidgetVisible(self.sender_name, 0, 24)
            return
        self.review.emit()

    def clear_history(self) -> None:
        """Drop the undo and redo history of every field (the next person must not undo into it)."""
        for area in (self.body, self.return_address):
            area.document().clearUndoRedoStacks()
        for line in (self.salutation, self.closing, self.sender_name, self.sender_town):
            line.setModified(False)
