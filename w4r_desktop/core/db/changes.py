"""What changed in a database, told by the write that changed it to whoever shows it.

Each write says what it changed (`Changes.tell`): the settings (with the setting's key), the tally,
the print queue. The window turns these into its signals (gui/services.py), so a screen hears of
every change, whichever screen, command or background sync made it. A change made inside a unit of
work (a session or a connection block of `Database`) is told once that unit commits, and not at all
if it rolls back, so nobody reads the database before the change is there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum


class Change(StrEnum):
    SETTINGS = "settings"
    """A setting (or the PIN beside them); the detail is its key."""
    TALLY = "tally"
    """Records added, voided or merged, or the event joined or merged."""
    QUEUE = "queue"
    """Letters handed in to, printed from or taken out of the print queue."""


Listener = Callable[[Change, str], None]


class Changes:
    """The listeners of one database, and the changes waiting for their unit of work to commit."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._local = threading.local()  # per thread: how deep in units of work, and what waits

    def listen(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def tell(self, change: Change, detail: str = "") -> None:
        """Say that `change` happened: now, or when the unit of work it belongs to commits."""
        if getattr(self._local, "depth", 0):
            waiting: list[tuple[Change, str]] = self._local.waiting
            if (change, detail) not in waiting:
                waiting.append((change, detail))
            return
        for listener in list(self._listeners):
            listener(change, detail)

    @contextmanager
    def unit(self) -> Iterator[None]:
        """A unit of work: changes told inside it wait for it to end well."""
        depth = getattr(self._local, "depth", 0)
        if depth == 0:
            self._local.waiting = []
        self._local.depth = depth + 1
        try:
            yield
        except BaseException:
            self._local.depth = depth
            if depth == 0:
                self._local.waiting = []
            raise
        self._local.depth = depth
        if depth == 0:
            waiting, self._local.waiting = self._local.waiting, []
            for change, detail in waiting:
                self.tell(change, detail)
