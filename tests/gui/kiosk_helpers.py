"""What the kiosk tests share: a window on a fake clock and a PDF-folder printer, and a volunteer's hands."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from w4r_desktop.core.pin import LeaderPin
from w4r_desktop.gui.idle import FakeClock
from w4r_desktop.gui.kiosk.flow import Screen
from w4r_desktop.gui.language import install_language
from w4r_desktop.gui.main_window import MainWindow
from w4r_desktop.gui.services import Services, open_services
from w4r_desktop.printing.printer import PdfFolderPrinter

FAST_PIN_COST = 2**8
CANARY = "Quokka7731"
"""A word nobody else writes: after a reset it must be found nowhere."""


@dataclass
class Kiosk:
    """A kiosk window under test, and what it runs on."""

    window: MainWindow
    clock: FakeClock
    services: Services
    printed: Path
    qtbot: QtBot

    @property
    def flow(self):  # type: ignore[no-untyped-def]
        return self.window.flow

    def screen(self, which: Screen) -> QWidget:
        return self.window.flow.screens[which]

    def click(self, button: QAbstractButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def type_into(self, widget: QWidget, text: str, replace: bool = True) -> None:
        widget.setFocus()
        if replace:
            self.qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            self.qtbot.keyClick(widget, Qt.Key.Key_Delete)
        self.qtbot.keyClicks(widget, text)

    def open_case(self, case_id: str) -> None:
        if self.flow.current == Screen.WELCOME:
            self.click(self.screen(Screen.WELCOME).start_button)
        gallery = self.screen(Screen.GALLERY)
        card = next(card for card in gallery.cards if card.case_id == case_id)
        self.click(card)
        assert self.flow.current == Screen.CASE

    def write(self, case_id: str, solidarity: bool = False, signed: bool = True):  # type: ignore[no-untyped-def]
        """Go to the editor of a case; returns the editor.

        `signed` puts a name under the letter if it has none (an unsigned letter asks once on Review).
        """
        self.open_case(case_id)
        page = self.screen(Screen.CASE)
        self.click(page.solidarity_button if solidarity else page.appeal_button)
        assert self.flow.current == Screen.EDITOR
        editor = self.screen(Screen.EDITOR)
        if signed and not editor.sender_name.text():
            editor.sender_name.setText("Sam")
        return editor

    def idle_for(self, seconds: float) -> None:
        self.clock.advance(seconds)
        self.window.idle.check()


def open_kiosk(
    qtbot: QtBot,
    data_dir: Path,
    kiosk: bool = False,
    bundle: str | None = None,
    clock: FakeClock | None = None,
    pin: str | None = None,
) -> Kiosk:
    """The main window; with `pin`, a leader PIN is set first (kiosk mode asks for one otherwise)."""
    printed = data_dir.parent / "printed"
    services = open_services(str(data_dir), bundle, printer=PdfFolderPrinter(printed))
    clock = clock or FakeClock()
    leader_pin = LeaderPin(services.db, clock=clock.now, cost=FAST_PIN_COST)
    if pin is not None:
        leader_pin.set(pin, pin)
    window = MainWindow(services, clock=clock, kiosk=kiosk, leader_pin=leader_pin)
    # At the end of the test the window may close whatever mode it is in.
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "_may_close", True))
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return Kiosk(window, clock, services, printed, qtbot)


def delete_later_now() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def texts_in(root: QWidget) -> str:
    """Every text a widget tree shows or holds, joined (labels, fields, buttons, accessible names)."""
    from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit

    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts.append(widget.accessibleName())
        parts.append(widget.accessibleDescription())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            parts.append(widget.toPlainText())
    return "\n".join(parts)


def close_kiosk(kiosk: Kiosk) -> None:
    """Close the window, then the database it used."""
    kiosk.window._may_close = True
    kiosk.window.close()
    kiosk.services.close()
    # The interface language is application-wide: leave English for whatever test comes next.
    install_language("en")
