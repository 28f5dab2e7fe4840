"""What the GUI does with an error nobody caught: the details to the log, one dialog to the person."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from w4r_desktop.core.failures import explain, record_failure

log = logging.getLogger(__name__)


def _dialog(text: str) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("CrashReporter", "Write for Rights"), text)


class CrashReporter:
    """`sys.excepthook` for the application: never a traceback on screen.

    The dialog names what failed (a full disk in words, a bug by the kind of error) and where the
    details went; the log gets where in the code it happened, never the volunteer's text.
    """

    def __init__(self, data_dir: Path | None, show: Callable[[str], None] = _dialog) -> None:
        self.data_dir = data_dir
        self._show = show

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if error.__traceback__ is None:
            error = error.with_traceback(tb)
        logged = record_failure(error, self.data_dir, "running the application")
        log.error("unexpected %s (details in the log file)", kind.__name__)
        what = explain(error, self.data_dir)
        translate = QCoreApplication.translate
        if what is None:
            what = translate("CrashReporter", "an unexpected error ({kind})").format(kind=kind.__name__)
        text = translate("CrashReporter", "W4R Desktop could not finish what it was doing: {what}.").format(what=what)
        if logged is not None:
            text += "\n\n" + translate("CrashReporter", "The details are in {file}.").format(file=logged)
        text += "\n\n" + translate("CrashReporter", "If it happens again, ask the event leader to restart W4R Desktop.")
        self._show(text)
