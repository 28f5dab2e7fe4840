"""The QApplication: translators, style sheet, logging of Qt messages, the crash hook, and start-up."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from w4r_desktop.core import paths
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.failures import start_log_file
from w4r_desktop.gui.crash import CrashReporter
from w4r_desktop.gui.services import open_services
from w4r_desktop.gui.system_printer import SystemPrinter

log = logging.getLogger(__name__)

EXIT_WHEN_READY_ENV = "W4R_EXIT_WHEN_READY"
"""Set to 1 to quit as soon as the case gallery is interactive (for bench/bench_startup.py)."""


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


def run_application(args: argparse.Namespace) -> int:
    """Start the application window (full screen unless --windowed); returns the exit code."""
    folder = paths.data_dir(getattr(args, "data_dir", None))
    start_log_file(folder)
    app = W4RApplication(sys.argv[:1], folder)
    try:
        services = open_services(
            getattr(args, "data_dir", None), getattr(args, "bundle", None), printer_factory=SystemPrinter
        )
    except UserError as exc:
        QMessageBox.critical(None, "Write for Rights", str(exc))
        return 1
    from w4r_desktop.gui.main_window import MainWindow

    kiosk = not getattr(args, "windowed", False)
    window = MainWindow(services, kiosk=kiosk)
    if os.environ.get(EXIT_WHEN_READY_ENV) == "1":
        window.show_gallery_for_bench()
        window.show()
        # Once the event loop has painted the gallery it is interactive: stop there.
        QTimer.singleShot(0, app.quit)
    else:
        window.show_on_screen()
    window.start_idle_watch()
    code = app.exec()
    services.close()
    return code
