"""The QApplication: translators, style sheet, logging of Qt messages, the crash hook, and start-up."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTimer,
    QtMsgType,
    QTranslator,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from w4r_desktop.core import paths
from w4r_desktop.core.errors import UserError
from w4r_desktop.gui.services import open_services
from w4r_desktop.printing.printer import Printer

log = logging.getLogger(__name__)

LANGUAGES = ("en", "es")
TEXT_SIZES = {"normal": 20, "large": 24, "extra-large": 30}
"""Base font size in pixels for each of the leader's (and volunteer's) text sizes."""

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


# --- style ------------------------------------------------------------------------------------

_style_template: str | None = None


def style_sheet(text_size: str = "normal") -> str:
    """The kiosk style sheet with its sizes filled in for `text_size`."""
    global _style_template
    if _style_template is None:
        _style_template = paths.resource("style", "kiosk.qss").read_text(encoding="utf-8")
    base = TEXT_SIZES.get(text_size, TEXT_SIZES["normal"])
    sizes = {"@title": round(base * 1.8), "@large": round(base * 1.2), "@small": round(base * 0.85), "@base": base}
    text = _style_template
    for token, pixels in sizes.items():
        text = text.replace(token, str(pixels))
    return text


# --- languages --------------------------------------------------------------------------------

_installed: list[QTranslator] = []
_qm_data: dict[str, bytes] = {}


def install_language(code: str) -> None:
    """Switch the interface to `code` ("en" or "es"); screens built afterwards use it.

    Qt's own strings (buttons of standard dialogs, the context menu of text fields) come from
    Qt's translations when they are installed; ours from resources/i18n/w4r_<code>.qm.
    """
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    if code != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
    # English has a (plural forms only) file too: "%n letter(s)" becomes "1 letter", "2 letters".
    ours = QTranslator(app)
    # QTranslator.load(bytes) reads from memory without copying: keep the bytes alive here.
    data = _qm_data.setdefault(code, paths.resource("i18n", f"w4r_{code}.qm").read_bytes())
    if ours.load(data):
        app.installTranslator(ours)
        _installed.append(ours)
    else:  # pragma: no cover - a packaging mistake
        log.error("the %s translation could not be loaded", code)


# --- the printer, chosen when first needed -----------------------------------------------------


class DeferredPrinter(Printer):
    """The system's printer, looked up on first use rather than at start-up.

    Asking the operating system for its printers can take a while (network printers), and
    nobody prints from the welcome screen.
    """

    def __init__(self, wanted: str, pdf_folder: Path) -> None:
        self._wanted = wanted
        self._pdf_folder = pdf_folder
        self._printer: Printer | None = None

    def resolved(self) -> Printer:
        if self._printer is None:
            from w4r_desktop.gui.printer import choose_printer

            self._printer = choose_printer(self._wanted, self._pdf_folder)
        return self._printer

    @property
    def name(self) -> str:
        return self.resolved().name

    def print_pdf(self, pdf: bytes, job_name: str) -> Path | None:
        return self.resolved().print_pdf(pdf, job_name)


def resolved_printer(printer: Printer) -> Printer:
    """The printer that will really be used."""
    return printer.resolved() if isinstance(printer, DeferredPrinter) else printer


# --- the application --------------------------------------------------------------------------


class W4RApplication(QApplication):
    """The application object: names, Qt messages routed to logging, crashes to a dialog."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.setApplicationName("W4R Desktop")
        self.setApplicationDisplayName("Write for Rights")
        self.setOrganizationName("W4R Desktop")
        qInstallMessageHandler(_qt_message)
        sys.excepthook = self._crashed

    def _crashed(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # The traceback goes to the log; it names code, never the volunteer's text.
        log.critical("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        QMessageBox.critical(
            None,
            self.tr("Write for Rights"),
            self.tr("Something went wrong inside W4R Desktop. Please ask the event leader to restart it."),
        )


def run_application(args: argparse.Namespace) -> int:
    """Start the application window (full screen unless --windowed); returns the exit code."""
    app = W4RApplication(sys.argv[:1])
    try:
        services = open_services(getattr(args, "data_dir", None), getattr(args, "bundle", None))
    except UserError as exc:
        QMessageBox.critical(None, "Write for Rights", str(exc))
        return 1
    from w4r_desktop.gui.main_window import MainWindow

    services.printer = DeferredPrinter(services.settings.get("printer_name"), services.data_dir / "printed")
    kiosk = not getattr(args, "windowed", False)
    window = MainWindow(services, kiosk=kiosk)
    if os.environ.get(EXIT_WHEN_READY_ENV) == "1":
        window.show_gallery_for_bench()
        window.show()
        # Once the event loop has painted the gallery it is interactive: stop there.
        QTimer.singleShot(0, app.quit)
    elif kiosk:
        window.showFullScreen()
    else:
        window.show()
    window.start_idle_watch()
    code = app.exec()
    services.close()
    return code
