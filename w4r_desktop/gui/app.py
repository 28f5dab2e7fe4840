"""The QApplication: translators, logging of Qt messages, the crash hook, and start-up."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from w4r_desktop.core.errors import UserError
from w4r_desktop.gui.services import open_services

log = logging.getLogger(__name__)


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }.get(kind, logging.WARNING)
    logging.getLogger("qt").log(level, "%s", message)


class W4RApplication(QApplication):
    """The application object: names, Qt messages routed to logging."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.setApplicationName("W4R Desktop")
        self.setApplicationDisplayName("Write for Rights")
        self.setOrganizationName("W4R Desktop")
        qInstallMessageHandler(_qt_message)


def run_application(args: argparse.Namespace) -> int:
    """Start the application window; returns the exit code."""
    app = W4RApplication(sys.argv[:1])
    try:
        services = open_services(getattr(args, "data_dir", None), getattr(args, "bundle", None))
    except UserError as exc:
        QMessageBox.critical(None, "Write for Rights", str(exc))
        return 1
    from w4r_desktop.gui.main_window import MainWindow

    window = MainWindow(services)
    window.show()
    return app.exec()
