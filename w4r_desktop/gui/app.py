"""The QApplication: translators, style sheet, logging of Qt messages, the crash hook, and start-up."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QObject,
    QPointF,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from w4r_desktop.core.data_folder import DataFolder
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.failures import start_log_file
from w4r_desktop.gui.crash import CrashReporter
from w4r_desktop.gui.fonts import use_interface_font
from w4r_desktop.gui.services import open_services
from w4r_desktop.gui.system_printer import SystemPrinter

log = logging.getLogger(__name__)

WARM_UP_AFTER_MS = 1000
"""How long after the start the bundle and SQLAlchemy begin loading in the background (Services.start_warm_up)."""

EXIT_WHEN_READY_ENV = "W4R_EXIT_WHEN_READY"
"""Set to 1 to quit once the first screen is painted and its button has taken a click (for
bench/bench_startup.py, which times a bare window doing the same)."""


class _FirstClick(QObject):
    """Clicks `button` as soon as it is first painted, and quits once the click has been handled."""

    def __init__(self, app: QApplication, button: QAbstractButton) -> None:
        super().__init__(button)
        self.app = app
        self.sent = False
        button.installEventFilter(self)
        # Connected last: runs after the application's own handler of the click (the gallery shown).
        button.clicked.connect(lambda: QTimer.singleShot(0, app.quit))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.sent and isinstance(watched, QWidget):
            self.sent = True
            at = QPointF(watched.rect().center())
            for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
                click = QMouseEvent(
                    kind,
                    at,
                    watched.mapToGlobal(at),
                    Qt.MouseButton.LeftButton,
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                )
                self.app.postEvent(watched, click)
        return False


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(kind, logging.WARNING)
    logging.getLogger("qt").log(level, "%s", message)


# --- the application --------------------------------------------------------------------------


class W4RApplication(QApplication):
    """The application object: names, Qt messages routed to logging, crashes to a dialog."""

    def __init__(self, argv: list[str], data_dir: Path | None = None) -> None:
        super().__init__(argv)
        self.setApplicationName("W4R Desktop")
        self.setApplicationDisplayName("Write for Rights")
        self.setOrganizationName("W4R Desktop")
        qInstallMessageHandler(_qt_message)
        sys.excepthook = CrashReporter(data_dir)
        use_interface_font(self)


def _refuse_bundle(app: QApplication, window: QWidget, why: str) -> None:
    """The bundle shown from kept cards failed its check: say why and close, as a start with it would."""
    QMessageBox.critical(window, "Write for Rights", why)
    app.exit(1)


def run_application(args: argparse.Namespace, opened: DataFolder) -> int:
    """Start the application window on the opened data folder (full screen unless --windowed); returns the exit code."""
    folder = opened.path
    start_log_file(folder)
    app = W4RApplication(sys.argv[:1], folder)
    try:
        services = open_services(opened, printer_factory=SystemPrinter)
    except UserError as exc:
        QMessageBox.critical(None, "Write for Rights", str(exc))
        return 1
    from w4r_desktop.gui.kiosk.screen import Screen
    from w4r_desktop.gui.main_window import MainWindow

    kiosk = not getattr(args, "windowed", False)
    window = MainWindow(services, kiosk=kiosk)
    if os.environ.get(EXIT_WHEN_READY_ENV) == "1":
        _FirstClick(app, window.flow.screens[Screen.WELCOME].start_button)  # type: ignore[attr-defined]
        window.show()
    else:
        window.show_on_screen()
    services.events.bundle_failed.connect(lambda why: _refuse_bundle(app, window, why))
    window.start_idle_watch()
    # The bundle's validation and SQLAlchemy load in the background, once the first screen has been
    # up a moment: a thread started at once would compete for the interpreter with the first paint
    # and the first touch (every Qt event passes a Python event filter), slowing both.
    QTimer.singleShot(WARM_UP_AFTER_MS, services.start_warm_up)
    code = app.exec()
    services.close()
    return code
