"""The one way to run long work in the background: a worker thread, results on the main thread.

Export, import and sync can take seconds with large files. The work runs on a worker thread;
its progress and its outcome (a result or the exception it raised) arrive as queued signals, so
the page that started it handles them on the main thread. SQLite serialises the writes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QWidget

Progress = Callable[[int, int], None]
"""Called as progress(done, total) by the work while it runs."""


class BackgroundJob(QThread):
    """One piece of long work on a worker thread; progress and outcome arrive as signals."""

    progressed = Signal(int)
    """Per mille done."""

    done = Signal(object)
    """The work's result, or the exception it raised (delivered on the main thread)."""

    def __init__(self, work: Callable[[Progress], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work = work

    def run(self) -> None:
        try:
            outcome: object = self._work(self._progress)
        except Exception as exc:  # handed to the main thread, which shows it or lets it crash
            outcome = exc
        self.done.emit(outcome)

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(min(1000, done * 1000 // max(total, 1)))
