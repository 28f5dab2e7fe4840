"""The group leader's console: a navigation list beside the pages, behind the leader PIN.

The console never touches the volunteer screens: it asks the main window to go back to them
with `back_to_kiosk`, so a volunteer's draft stays exactly where it was.
"""

from __future__ import annotations

import datetime as dt
import logging
from enum import IntEnum

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.bundle.staleness import stale_reason
from w4r_desktop.gui.leader.bundle_editor.opening import EditorQuestions
from w4r_desktop.gui.leader.cases_page import FILE_DIALOGS, BundleChooser, CasesPage
from w4r_desktop.gui.leader.event_page import EventPage
from w4r_desktop.gui.leader.page_parts import TOUCH, with_role
from w4r_desktop.gui.leader.print_page import FolderChooser, PrintPage, choose_output_folder
from w4r_desktop.gui.leader.sync_page import SyncPage
from w4r_desktop.gui.leader.tally_page import TallyPage
from w4r_desktop.gui.projector import ProjectorView
from w4r_desktop.gui.services import Services
from w4r_desktop.gui.widgets.button_row import ButtonRow
from w4r_desktop.gui.widgets.wheel_guard import guard_wheel_in

log = logging.getLogger(__name__)
ITEM_PADDING = 12
"""Left and right of each page's name in the list."""


class Page(IntEnum):
    """The console's pages, in the order of its navigation list (Ctrl+1 is the first)."""

    EVENT = 0
    CASES = 1
    PRINT = 2
    TALLY = 3
    SYNC = 4


class LeaderConsole(QWidget):
    """Event, Cases, Print, Tally, and Sync & report, with a way back to the kiosk on every page."""

    back_to_kiosk = Signal()
    """The leader is done: show the volunteer screens again, exactly as they were left."""

    leave_kiosk_mode = Signal()
    """The leader wants a normal window: leave full screen and allow the application to close."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        bundle_chooser: BundleChooser = FILE_DIALOGS,
        folder_chooser: FolderChooser = choose_output_folder,
        editor_questions: EditorQuestions | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("leaderConsole")

        header = self._build_header()

        self.navigation = QListWidget()
        self.navigation.setAccessibleName(self.tr("Console pages"))
        self.navigation.setStyleSheet(f"QListWidget::item {{ min-height: {TOUCH}px; padding: 0 {ITEM_PADDING}px; }}")
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self._pages: list[QWidget] = []

        self.event_page = EventPage(services)
        self.cases_page = CasesPage(services, bundle_chooser, questions=editor_questions)
        self.print_page = PrintPage(services, folder_chooser)
        self.tally_page = TallyPage(services)
        self.sync_page = SyncPage(services)
        self.event_page.cases_requested.connect(lambda: self.show_page(Page.CASES))
        for page, name, widget in (
            (Page.EVENT, self.tr("Event"), self.event_page),
            (Page.CASES, self.tr("Cases"), self.cases_page),
            (Page.PRINT, self.tr("Print"), self.print_page),
            (Page.TALLY, self.tr("Tally"), self.tally_page),
            (Page.SYNC, self.tr("Sync & report"), self.sync_page),
        ):
            assert self.navigation.count() == page, "pages are added in the order of Page"
            self._add_page(name, widget)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        self._fit_to_text()

        body = QHBoxLayout()
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        campaign_row = self._build_campaign_row()

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(campaign_row)
        layout.addLayout(body, 1)

        # Ctrl+1 … Ctrl+5 jump to a page: the keyboard path to every page without the list.
        for row in range(self.navigation.count()):
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self, lambda row=row: self.show_page(row))
        self.setTabOrder(self.navigation, self.stack)
        services.events.bundle_changed.connect(self._show_campaign)
        self._show_campaign()

    def _build_header(self) -> QHBoxLayout:
        """The title, and the way back to the kiosk, out of kiosk mode, and to the big-screen counter."""
        title = self.title = with_role(QLabel(self.tr("Group leader's console")), "title")
        title.setWordWrap(True)  # on two lines rather than pushing the buttons off a small screen
        # The buttons take the room they need first; the title wraps in what is left.
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.back_button = QPushButton(self.tr("&Back to the kiosk"))
        self.back_button.setToolTip(self.tr("Return to the volunteer screens, exactly where they were"))
        self.back_button.clicked.connect(self.back_to_kiosk)
        self.leave_button = QPushButton(self.tr("&Leave kiosk mode"))
        self.leave_button.setToolTip(self.tr("Leave full screen, so the application can be closed"))
        self.leave_button.clicked.connect(self.leave_kiosk_mode)
        self.projector_button = QPushButton(self.tr("Big-screen &counter"))
        self.projector_button.setToolTip(
            self.tr("The live count and letters per case, full screen on a projector or second screen")
        )
        self.projector_button.clicked.connect(self.open_projector)
        self.projector: ProjectorView | None = None
        for button in (self.back_button, self.leave_button, self.projector_button):
            button.setMinimumHeight(TOUCH)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        # The buttons stack rather than push the console off a small screen.
        header.addWidget(ButtonRow([], [self.projector_button, self.leave_button, self.back_button]))
        return header

    def _build_campaign_row(self) -> QHBoxLayout:
        """Which cases volunteers write from, and a plain warning when they are last year's."""
        # Which cases volunteers write from, and a plain warning when they are last year's.
        self.campaign = QLabel()
        self.campaign.setWordWrap(True)
        self.stale_button = QPushButton(self.tr("Prepare this year's cases…"))
        self.stale_button.setMinimumHeight(TOUCH)
        self.stale_button.clicked.connect(self._prepare_new_cases)
        campaign_row = QHBoxLayout()
        campaign_row.addWidget(self.campaign, 1)
        campaign_row.addWidget(self.stale_button)
        return campaign_row

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._fit_to_text()

    def _fit_to_text(self) -> None:
        """The page list as wide as its longest name at this text size and language (never cut),
        and the title never narrower than its longest word."""
        self.title.ensurePolished()
        self.title.setMinimumWidth(self.title.minimumSizeHint().width())
        self.navigation.ensurePolished()
        widest = max(self.navigation.sizeHintForColumn(0), 0)
        padding = 2 * ITEM_PADDING + 2 * self.navigation.frameWidth() + 8  # the items' padding is the style's
        self.navigation.setFixedWidth(max(200, widest + padding))

    def close_leader_windows(self) -> None:
        """The leader is leaving (back to the kiosk, or the idle time ran out): every window of
        theirs is saved and closed, so none is left over the kiosk for a volunteer to type into.
        (The big-screen counter stays: it only shows the count.)"""
        self.cases_page.close_editor()

    def open_projector(self) -> None:
        """Show the big-screen counter, on the last screen there is (the projector, usually)."""
        if self.projector is None:
            self.projector = ProjectorView(self.services, self)
        self.projector.show_on()
        self.projector.raise_()

    def _prepare_new_cases(self) -> None:
        self.show_page(Page.CASES)
        self.cases_page.open_editor(new=True)

    def _show_campaign(self) -> None:
        info = self.services.bundle.info
        reason = stale_reason(info, dt.date.today())
        if reason is None:
            text = self.tr("Volunteers write from: %1.").replace("%1", info.campaign)
        elif info.report_by is not None:
            text = self.tr(
                "Volunteers write from %1, whose report-by date (%2) has passed: its cases and asks may be out of date."
            ).replace("%2", info.report_by.isoformat())
        elif str(info.year) in info.campaign:  # "Write for Rights 2021": the name says the year
            text = self.tr("Volunteers write from %1: its cases and asks may be out of date.")
        else:
            text = self.tr(
                "Volunteers write from %1, a campaign of %2: its cases and asks may be out of date."
            ).replace("%2", str(info.year))
        text = text.replace("%1", info.campaign)
        self.campaign.setText(text)
        self.campaign.setAccessibleName(text)
        with_role(self.campaign, "warning" if reason else "muted")
        self.stale_button.setVisible(reason is not None)

    def _add_page(self, name: str, page: QWidget) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self.navigation.addItem(item)
        # Large text on a small laptop screen can make a page taller or wider than the window:
        # it scrolls rather than pushing the window off the screen.
        frame = QScrollArea()
        frame.setWidgetResizable(True)
        frame.setFrameShape(QScrollArea.Shape.NoFrame)
        frame.setWidget(page)
        self.stack.addWidget(frame)
        self._pages.append(page)
        guard_wheel_in(page)

    def show_page(self, row: int) -> None:
        """Show a page (a `Page`, its row of the navigation list)."""
        self.navigation.setCurrentRow(row)
        self.navigation.setFocus()

    def current_page(self) -> QWidget:
        """The page on show."""
        return self._pages[self.stack.currentIndex()]

    def page_names(self) -> list[str]:
        """The navigation entries, in order."""
        return [self.navigation.item(row).text() for row in range(self.navigation.count())]
