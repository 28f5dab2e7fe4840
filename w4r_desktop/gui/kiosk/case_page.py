"""Read the case: the story, the ask, who we write to, and the choice of letter."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.bundle.countries import country_name
from w4r_desktop.core.bundle.format import LetterKind, split_paragraphs
from w4r_desktop.gui.widgets.button_row import ButtonRow
from w4r_desktop.gui.widgets.form_row import WrappingChoice, label, name_by_text
from w4r_desktop.gui.widgets.portrait import Portrait

if TYPE_CHECKING:
    from w4r_desktop.core.bundle.model import Case

# Statuses the bundles use; a case file may translate its own, these cover the common ones.
KNOWN_STATUSES = frozenset(
    {
        QT_TRANSLATE_NOOP("CaseStatus", "imprisoned"),
        QT_TRANSLATE_NOOP("CaseStatus", "released"),
        QT_TRANSLATE_NOOP("CaseStatus", "free"),
        QT_TRANSLATE_NOOP("CaseStatus", "at risk"),
        QT_TRANSLATE_NOOP("CaseStatus", "awaiting justice"),
        QT_TRANSLATE_NOOP("CaseStatus", "forcibly disappeared"),
        QT_TRANSLATE_NOOP("CaseStatus", "on bail"),
        QT_TRANSLATE_NOOP("CaseStatus", "on trial"),
    }
)


def status_text(case: Case, language: str) -> str:
    """The case's status badge in `language`: the bundle's translation, else ours for a known status."""
    translated = case.text("status", language)
    if translated != (case.data.status or "") or translated not in KNOWN_STATUSES:
        return translated
    return QCoreApplication.translate("CaseStatus", translated)


class CasePage(QWidget):
    """One case, told so that a first-time volunteer knows what to write and to whom."""

    write = Signal(str, int)
    """The volunteer chose a letter: its kind ("appeal" or "solidarity") and target index."""

    back = Signal()
    """Back to the gallery."""

    def __init__(self, case: Case, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.case = case
        self._language = language
        self._name = case.text("name", language)
        postal = case.postal_solidarity
        self.solidarity_target = case.solidarity.index(postal) if postal is not None else -1

        body = QHBoxLayout()
        body.setSpacing(32)
        body.addWidget(self._build_side_panel())
        body.addWidget(self._build_story(), 1)
        buttons = self._build_buttons()
        self.released_note = self._build_released_note()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addLayout(body, 1)
        layout.addWidget(self.released_note)
        layout.addWidget(buttons)
        freed = case.released_on is not None
        self.initial_focus: QWidget = self.solidarity_button if freed else self.appeal_button

    def _build_side_panel(self) -> QWidget:
        """The photo, name, country and status down the left."""
        case, language = self.case, self._language
        side = QVBoxLayout()
        portrait = Portrait(case.name, case.id, case.photo, 180)
        if case.photo is not None and case.data.photo_alt:
            portrait.setAccessibleName(case.data.photo_alt)  # a described photo is read out, not skipped
        side.addWidget(portrait, 0, Qt.AlignmentFlag.AlignHCenter)
        side.addWidget(label(self._name, "title"))
        side.addWidget(label(country_name(case.country, language), "muted"))
        status = status_text(case, language)
        if status:
            # Wraps: a long status in Spanish at A++ is wider than the side. No alignment (a wrapped
            # label given one loses its height); Maximum keeps a short badge as wide as its text.
            badge = label(status, "badge")
            badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            side.addWidget(badge)
        side.addStretch(1)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setFixedWidth(300)
        return side_panel

    def _build_story(self) -> QScrollArea:
        """The news, the story, the ask and who to write to, scrolling beside the side panel."""
        case, language = self.case, self._language
        story = QVBoxLayout()
        story.setSpacing(10)
        # News since the campaign's texts were written comes first: nobody writes an out-of-date ask.
        for day, news in case.updates_in(language):
            when = _long_date(day, language)
            story.addWidget(label(self.tr("Update, {date}: {news}").format(date=when, news=news), "warning"))
        story.addWidget(label(case.text("headline", language), "heading"))
        for paragraph in split_paragraphs(case.text("summary", language)):
            story.addWidget(label(paragraph))
        story.addWidget(label(self.tr("What we ask"), "heading"))
        story.addWidget(label(case.text("ask", language), "note"))
        story.addWidget(label(self.tr("Who we write to"), "heading"))
        self._add_officials(story)
        self._add_solidarity(story)
        story.addStretch(1)

        inner = QWidget()
        inner.setObjectName("screen")
        inner.setLayout(story)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(inner)
        QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        return scroll

    def _add_officials(self, story: QVBoxLayout) -> None:
        """The officials an appeal goes to: a choice when there are several, else one sentence."""
        case, language = self.case, self._language
        self.targets = QButtonGroup(self)
        for index, official in enumerate(case.appeal):
            who = ", ".join(case.addressee_in(index, language))
            where = country_name(official.country, language)
            if len(case.appeal) > 1:
                choice = WrappingChoice(who if where.lower() in who.lower() else f"{who} ({where})")
                choice.button.setChecked(index == 0)
                self.targets.addButton(choice.button, index)
                story.addWidget(choice)
            elif where.lower() in who.lower():  # "…of China", not "…of China, China"
                story.addWidget(label(self.tr("An appeal letter goes to {who}.").format(who=who)))
            else:
                story.addWidget(label(self.tr("An appeal letter goes to {who}, {where}.").format(who=who, where=where)))

    def _add_solidarity(self, story: QVBoxLayout) -> None:
        """Where a message of solidarity goes by post, or that it cannot, and the other ways to show support."""
        case, language = self.case, self._language
        postal = case.postal_solidarity
        if postal is not None and postal.via_section and case.office is not None:
            story.addWidget(
                label(
                    self.tr("A message of solidarity goes to {who}, through {office}, which forwards it.").format(
                        who=postal.recipient or case.name, office=case.office.name
                    )
                )
            )
        elif postal is not None:
            where = country_name(postal.country or case.country, language)
            story.addWidget(
                label(
                    self.tr("A message of solidarity goes to {who}, {where}.").format(
                        who=postal.recipient or case.name, where=where
                    )
                )
            )
        others = [
            case.instructions_in(index, language)
            for index, channel in enumerate(case.solidarity)
            if not channel.is_postal and channel.instructions
        ]
        if postal is None:
            story.addWidget(
                label(
                    self.tr(
                        "Messages of solidarity cannot be posted to {name} from here. You can still write an "
                        "appeal letter, and show your support in another way:"
                    ).format(name=self._name),
                    "warning",
                )
            )
        elif others:
            story.addWidget(label(self.tr("Other ways to show support:")))
        for instructions in others:
            story.addWidget(label(f"• {instructions}"))
        for channel in case.solidarity:
            if channel.url:
                story.addLayout(self._act_online(channel.url))

    def _act_online(self, url: str) -> QHBoxLayout:
        """A channel's online action as a QR code a phone opens, with its address written out."""
        from w4r_desktop.gui.widgets.qr_code import QrCode  # ReportLab's encoder: loaded for such a case only

        row = QHBoxLayout()
        row.addWidget(QrCode(url))
        # Breaks after its slashes and signs rather than running off a narrow screen.
        shown = "".join(f"{char}\u200b" if char in "/?&=" else char for char in url)
        words = label(self.tr("Scan to act online:") + "\n" + shown)
        words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(words, 1)
        return row

    def _build_buttons(self) -> ButtonRow:
        """Back to the gallery, and the two letters (solidarity only where it can be posted)."""
        postal = self.case.postal_solidarity
        self.back_button = QPushButton(self.tr("All cases"))
        self.appeal_button = QPushButton(self.tr("Write to the official"))
        self.appeal_button.setProperty("role", "primary")
        self.solidarity_button = QPushButton(self.tr("Send a message of solidarity"))
        self.solidarity_button.setProperty("role", "primary")
        self.solidarity_button.setEnabled(postal is not None)
        for button in (self.back_button, self.appeal_button, self.solidarity_button):
            name_by_text(button, button.text())
        if postal is None:
            self.solidarity_button.setAccessibleDescription(self.tr("Not possible by post for this case"))
        self.back_button.clicked.connect(self.back.emit)
        self.appeal_button.clicked.connect(
            lambda: self.write.emit(LetterKind.APPEAL.value, max(0, self.targets.checkedId()))
        )
        self.solidarity_button.clicked.connect(
            lambda: self.write.emit(LetterKind.SOLIDARITY.value, self.solidarity_target)
        )
        return ButtonRow([self.back_button], [self.solidarity_button, self.appeal_button])

    def _build_released_note(self) -> QLabel:
        """For a person who is free: since when, and that the appeal gives way to a message of support."""
        freed = self.case.released_on
        note = label("", "ok")
        if freed is not None:
            # An appeal for the release of someone who is free would be out of date: support them instead.
            note.setText(
                self.tr("{name} has been free since {date}. Send a message of support instead of an appeal.").format(
                    name=self._name, date=_long_date(freed, self._language)
                )
            )
            self.appeal_button.hide()
        else:
            note.hide()
        return note


def _long_date(day: dt.date, language: str) -> str:
    """`day` written out in `language` without the weekday ("24 de marzo de 2022")."""
    locale = QLocale(language)
    written = locale.dateFormat(QLocale.FormatType.LongFormat).replace("dddd, ", "").replace("dddd ", "")
    return locale.toString(QDate(day.year, day.month, day.day), written)
