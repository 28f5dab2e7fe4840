"""A case in the gallery: portrait, name, country and one line on what happened, as one big button."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from w4r_desktop.core.bundle.cards import GalleryCard
from w4r_desktop.gui.widgets.portrait import Portrait

PORTRAIT = 88
"""The portrait's side, in pixels."""


class CaseCard(QPushButton):
    """One case; the whole card is the button, so it is one tab stop and one touch target."""

    def __init__(self, card: GalleryCard, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_id = card.case_id
        self.setProperty("role", "card")
        text = card.text(language)
        name, headline, country = text.name, text.headline, text.country
        self.setAccessibleName(name)
        self.setAccessibleDescription(f"{country}. {headline}")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        title = QLabel(name)
        title.setProperty("role", "heading")
        title.setWordWrap(True)
        where = QLabel(country)
        where.setProperty("role", "muted")
        where.setWordWrap(True)  # "Territorios Palestinos" at A++ on a laptop
        what = QLabel(headline)
        what.setWordWrap(True)
        self.labels: tuple[QLabel, ...] = (title, where, what)
        if text.news is not None:
            # The newest news on the card itself: nobody picks a case to ask for a release that happened.
            day, happened = text.news
            when = QLocale(language).toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
            latest = QLabel(f"{when}: {happened}")
            latest.setWordWrap(True)
            latest.setProperty("role", "badge")
            self.labels += (latest,)
            self.setAccessibleDescription(f"{country}. {happened}. {headline}")
        for part in self.labels:
            # Clicks go to the card, and the card alone is read out.
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            part.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(title)
        words.addWidget(where)
        for part in self.labels[2:]:
            words.addWidget(part)
        words.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(16)
        portrait = Portrait(card.name, card.case_id, card.photo, PORTRAIT)
        portrait.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(portrait, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(words, 1)

    # A QPushButton sizes itself by its own text, not by the layout inside it: ask the layout,
    # so that long headlines wrap to the card's width and the card grows to fit them.
    # The grid sizes rows by these hints, not by heightForWidth: give the height the card needs at
    # the width it has now (a long name at large text takes three lines), and ask again on resize.
    def sizeHint(self) -> QSize:
        return QSize(360, self.heightForWidth(self._width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.heightForWidth(self._width()))

    def _width(self) -> int:
        return self.width() if self.width() >= 240 else 360

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            # The layout inside a button gives a wrapped label its one-width height: give each the
            # height its text needs at the width it will have (margins, portrait and gap aside).
            room = max(1, event.size().width() - 2 * 14 - PORTRAIT - 16)
            for text in self.labels:
                if text.wordWrap():
                    # A label's heightForWidth is never less than its minimum height: let go of the
                    # one set at an earlier, narrower width first, or the card stays that tall.
                    text.setMinimumHeight(0)
                    text.setMinimumHeight(text.heightForWidth(room))
            self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return 150
        return max(120, layout.heightForWidth(width))
