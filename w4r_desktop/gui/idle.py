"""Noticing that the volunteer has walked away: the idle watcher and the clock it reads.

The watcher is an application-wide event filter: any key press, click, touch or wheel turn counts
as the volunteer being there. After the idle timeout it asks "Are you still there?" with a
countdown; when the countdown runs out it says the person is gone, and the kiosk forgets them.

Time comes from a `KioskClock`, and the watcher only compares times when `check()` runs (once a
second from a timer in the application). Tests give it a `FakeClock`, move the time on and call
`check()` themselves, so no test ever sleeps.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

# Events that mean a person is at the screen; mouse moves are left out on purpose, since a
# bumped table or a cat should not keep one person's letter on screen for the next.
ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
        QEvent.Type.InputMethod,
        QEvent.Type.TabletPress,
    }
)


class KioskClock(Protocol):
    """What the kiosk needs to know about time."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (for idle times)."""

    def now(self) -> dt.datetime:
        """The wall-clock time, timezone-aware (for stored timestamps and letter dates)."""


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> dt.datetime:
        return dt.datetime.now().astimezone()


class FakeClock:
    """A clock that only moves when told to: for tests and screenshots."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._now = start or dt.datetime(2021, 12, 10, 14, 0, tzinfo=dt.UTC)
        self._monotonic = 1000.0

    def monotonic(self) -> float:
        return self._monotonic

    def now(self) -> dt.datetime:
        return self._now

    def advance(self, seconds: float) -> None:
        self._monotonic += seconds
        self._now += dt.timedelta(seconds=seconds)


class IdleWatcher(QObject):
    """Watches the application's input and reports when the person seems to have gone."""

    countdown = Signal(int)
    """The idle timeout has passed: "Are you still there?"; the argument is the seconds left."""

    resumed = Signal()
    """Someone touched the screen during the countdown."""

    timed_out = Signal()
    """The countdown ran out: forget the person."""

    def __init__(self, clock: KioskClock, timeout_s: int, countdown_s: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self.timeout_s = timeout_s
        self.countdown_s = countdown_s
        self._last = clock.monotonic()
        self._warning = False
        self._active = False
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self.check)

    def start_ticking(self) -> None:
        """Check once a second from now on (the application does this; tests call check())."""
        self._ticker.start()

    def set_active(self, active: bool) -> None:
        """Only watch while there is a person to forget; the welcome screen has nothing."""
        if active and not self._active:
            self._last = self._clock.monotonic()
        self._active = active
        if not active and self._warning:
            self._warning = False
            self.resumed.emit()

    @property
    def is_active(self) -> bool:
        return self._active

    @property
    def is_counting_down(self) -> bool:
        return self._warning

    def touch(self) -> None:
        """The person is here."""
        self._last = self._clock.monotonic()
        if self._warning:
            self._warning = False
            self.resumed.emit()

    def check(self) -> None:
        """Compare the time since the last input with the timeout and countdown."""
        if not self._active:
            return
        idle = self._clock.monotonic() - self._last
        if idle >= self.timeout_s + self.countdown_s:
            self._warning = False
            self._active = False
            self.timed_out.emit()
        elif idle >= self.timeout_s:
            self._warning = True
            self.countdown.emit(int(self.timeout_s + self.countdown_s - idle + 0.999))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self.touch()
        return False
