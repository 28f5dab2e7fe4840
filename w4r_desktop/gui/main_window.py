"""The main window: the volunteer's screens, the PIN page and the leader console in one stack.

In kiosk mode the window is full screen and cannot be closed without the leader PIN. The leader
console is reached with the discreet "Leader" button or Ctrl+Shift+L, after the PIN; it is shown
in the same stack, so the volunteer's screens (and their letter) wait untouched behind it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QScreen, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.drafts import DraftStore
from w4r_desktop.core.pin import LeaderPin
from w4r_desktop.gui.idle import IdleWatcher, KioskClock, SystemClock
from w4r_desktop.gui.kiosk.flow import KioskFlow
from w4r_desktop.gui.kiosk.screen import Screen, focus_on
from w4r_desktop.gui.kiosk.still_there import StillThere
from w4r_desktop.gui.pin_dialog import PinPrompt
from w4r_desktop.gui.services import Services
from w4r_desktop.gui.style import style_sheet
from w4r_desktop.gui.widgets.form_row import label, name_by_text

log = logging.getLogger(__name__)

LEADER_SHORTCUT = "Ctrl+Shift+L"


class ConsolePlaceholder(QWidget):
    """Stands in for the leader console until it is installed."""

    def __init__(self, back: Callable[[], None], leave: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Leader console"), "title"))
        back_button = QPushButton(self.tr("Back to the kiosk"))
        leave_button = QPushButton(self.tr("Leave kiosk mode"))
        for button in (back_button, leave_button):
            name_by_text(button, button.text())
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        back_button.clicked.connect(back)
        leave_button.clicked.connect(leave)


class MainWindow(QMainWindow):
    """The application's only top-level window."""

    def __init__(
        self,
        services: Services,
        clock: KioskClock | None = None,
        kiosk: bool = False,
        leader_pin: LeaderPin | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.clock = clock or SystemClock()
        self.kiosk = kiosk
        self._may_close = not kiosk
        self.pin = leader_pin or LeaderPin(services.db, clock=self.clock.now)
        self.drafts = DraftStore(services.db, self.clock.now)
        self.setWindowTitle(self.tr("Write for Rights"))
        self.setObjectName("mainWindow")
        self.setStyleSheet(style_sheet(services.settings.get("text_size")))

        self.pages = QStackedWidget(self)
        self.flow = KioskFlow(services, self.clock, self.drafts)
        self.pages.addWidget(self.flow)
        self.setCentralWidget(self.pages)
        self.pin_prompt: PinPrompt | None = None
        self.console: QWidget | None = None

        settings = services.settings
        self.idle = IdleWatcher(self.clock, settings.get("idle_timeout_s"), settings.get("idle_countdown_s"), self)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.still_there = StillThere(self.pages)
        self.idle.countdown.connect(self.still_there.show_countdown)
        self.idle.resumed.connect(self.still_there.hide)
        self.idle.timed_out.connect(self.forget_everyone)
        self.still_there.still_here.connect(self.idle.touch)
        self.flow.person_changed.connect(self._update_idle)
        self.flow.leader_requested.connect(self.open_leader)
        self.flow.recovery_requested.connect(self.restore_draft)
        self.flow.text_size_changed.connect(self.apply_text_size)
        services.events.settings_changed.connect(self._setting_changed)

        shortcut = QShortcut(QKeySequence(LEADER_SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        shortcut.activated.connect(self.open_leader)
        self.resize(1280, 800)
        self._update_idle()
        self._remove_expired_letters()
        self._ask_for_first_pin()

    # --- idle -------------------------------------------------------------------------------

    def start_idle_watch(self) -> None:
        self.idle.start_ticking()

    def _update_idle(self, _person: bool = False) -> None:
        busy = self.flow.has_person() or self.pages.currentWidget() is not self.flow
        self.idle.set_active(busy)

    def forget_everyone(self) -> None:
        """Idle time ran out: close whatever the leader left open and forget the volunteer."""
        self.still_there.hide()
        self._show_volunteer()
        self.flow.forget_person()
        self._update_idle()
        self._remove_expired_letters()
        self._ask_for_first_pin()  # a first start left waiting stays locked

    def _ask_for_first_pin(self) -> None:
        # Kiosk mode without a PIN would let anyone at the table choose one and open the console.
        if self.kiosk and not self.pin.is_set():
            self.ask_pin(
                self.tr("Kiosk mode needs a leader PIN, so that only you can open the console or close W4R Desktop."),
                self._show_volunteer,
                on_cancel=self.leave_kiosk_mode,
            )

    def _remove_expired_letters(self) -> None:
        keep_days = self.services.settings.get("keep_letters_days")
        self.services.saved_letters(self.clock.now).remove_expired(keep_days)

    # --- text size, settings ----------------------------------------------------------------

    def apply_text_size(self, size: str) -> None:
        self.setStyleSheet(style_sheet(size))

    def _setting_changed(self, key: str) -> None:
        settings = self.services.settings
        if key == "idle_timeout_s":
            self.idle.timeout_s = settings.get(key)
        elif key == "idle_countdown_s":
            self.idle.countdown_s = settings.get(key)

    # --- the leader's side ------------------------------------------------------------------

    def ask_pin(self, purpose: str, then: Callable[[], None], on_cancel: Callable[[], None] | None = None) -> None:
        """Show the PIN page; `then` runs once the right PIN is given, `on_cancel` if the leader gives up."""
        self._drop_pin_prompt()
        prompt = PinPrompt(self.pin, purpose)
        prompt.accepted.connect(lambda: self._pin_accepted(then))
        prompt.cancelled.connect(self._show_volunteer)
        if on_cancel is not None:
            prompt.cancelled.connect(on_cancel)
        self.pin_prompt = prompt
        self.pages.addWidget(prompt)
        self.pages.setCurrentWidget(prompt)
        focus_on(prompt)
        self._update_idle()

    def _pin_accepted(self, then: Callable[[], None]) -> None:
        self._drop_pin_prompt()
        then()

    def _drop_pin_prompt(self) -> None:
        if self.pin_prompt is not None:
            self.pages.removeWidget(self.pin_prompt)
            self.pin_prompt.deleteLater()
            self.pin_prompt = None

    def open_leader(self) -> None:
        """The "Leader" button or Ctrl+Shift+L: PIN first, then the console."""
        if self.pages.currentWidget() is not self.flow:
            return
        self.ask_pin(self.tr("The leader PIN opens the leader console."), self._show_console)

    def restore_draft(self) -> None:
        """The letter a crash left behind comes back only with the leader PIN: its writer may be gone."""
        if self.pages.currentWidget() is not self.flow:
            return
        self.ask_pin(
            self.tr("A letter was left unfinished when W4R Desktop stopped. Only the leader PIN gives it back."),
            self._restore_after_pin,
        )

    def _restore_after_pin(self) -> None:
        self._show_volunteer()
        self.flow.resume_recovered()

    def _show_console(self) -> None:
        if self.console is None:
            self.console = self._make_console()
            self.pages.addWidget(self.console)
        self._offer_leaving_kiosk_mode()
        self.pages.setCurrentWidget(self.console)
        self.console.setFocus()
        self._update_idle()

    def _offer_leaving_kiosk_mode(self) -> None:
        """'Leave kiosk mode' only where there is a kiosk mode to leave (not in a normal window)."""
        leave = getattr(self.console, "leave_button", None)
        if leave is not None:
            leave.setVisible(self.kiosk)

    def _make_console(self) -> QWidget:
        try:
            from w4r_desktop.gui.leader.console import LeaderConsole
        except ImportError:
            return ConsolePlaceholder(self._show_volunteer, self.leave_kiosk_mode)
        console = LeaderConsole(self.services)
        console.back_to_kiosk.connect(self._show_volunteer)
        console.leave_kiosk_mode.connect(self.leave_kiosk_mode)
        return console

    def _show_volunteer(self) -> None:
        self._drop_pin_prompt()
        close_leader_windows = getattr(self.console, "close_leader_windows", None)
        if close_leader_windows is not None:
            close_leader_windows()
        self.pages.setCurrentWidget(self.flow)
        current = self.flow.screens.get(self.flow.current)
        if current is not None:
            focus_on(current)
        self._update_idle()

    def show_on_screen(self, screen: QScreen | None = None) -> None:
        """Fill the screen: all of it in kiosk mode, its free area otherwise.

        The geometry is set before showing, so the window fills the screen even without a window
        manager (a bare X session ignores "full screen" and "maximised" requests).
        """
        screen = screen or self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            self.setGeometry(screen.geometry() if self.kiosk else screen.availableGeometry())
        if self.kiosk:
            self.showFullScreen()
        else:
            self.showMaximized()

    def leave_kiosk_mode(self) -> None:
        """The leader left kiosk mode: a normal, maximised window that closes like any other.

        It visibly changes: out of full screen, with the window manager's frame and title back.
        """
        self.kiosk = False
        self._may_close = True
        self._offer_leaving_kiosk_mode()
        if self.isFullScreen():
            self.showNormal()
            self.show_on_screen()

    def showEvent(self, event: QShowEvent) -> None:
        # Focus given before the window was shown is lost: give it again to the page on show
        # (the PIN page at a first start in kiosk mode, so the leader can type at once).
        super().showEvent(event)
        if self.pin_prompt is not None and self.pages.currentWidget() is self.pin_prompt:
            focus_on(self.pin_prompt)

    # --- keys -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Outside dialogs Qt buttons answer Space only; people expect Enter to work too.
        focused = QApplication.focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QAbstractButton):
            focused.click()
            return
        super().keyPressEvent(event)

    # --- closing ----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            # Alt+F4 or the window manager: in kiosk mode only the leader may close the window.
            event.ignore()
            self.ask_pin(self.tr("The leader PIN is needed to close W4R Desktop."), self._close_with_pin)
            return
        # A deliberate close is not a crash: the volunteer's draft goes with the window.
        self.flow.forget_person(rebuild=False)
        event.accept()

    def _close_with_pin(self) -> None:
        self._may_close = True
        self.close()

    # --- for the start-up bench and screenshots ---------------------------------------------

    def show_gallery_for_bench(self) -> None:
        self.flow.go(Screen.GALLERY)

    @property
    def gallery(self) -> QWidget:
        """The case gallery screen (older tests and tools look for it here)."""
        return self.flow.screens[Screen.GALLERY]
