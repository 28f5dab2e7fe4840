"""The leader PIN that guards the console and leaving kiosk mode.

The PIN is stored only as a salted scrypt hash ("scrypt$n$r$p$salt$hash"). Wrong tries are
counted in the database, so restarting the application does not reset the lock-out: after
three wrong tries every further one locks the PIN for a time that doubles, up to a cap.

The PIN guards the screen, not the data: someone who copies the database could still try every
PIN offline. The data folder is protected by the operating system's accounts.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import itertools
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from w4r_desktop.core.db.database import Database
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.settings import read_stored, write_stored

# OWASP's minimum for scrypt; about half a second per check on a small laptop.
DEFAULT_COST = 2**17
BLOCK_SIZE = 8
PARALLELISM = 1
MAX_MEMORY = 256 * 1024 * 1024
MIN_LENGTH = 4
MAX_LENGTH = 12
FREE_TRIES = 3
FIRST_LOCK_S = 30
MAX_LOCK_S = 15 * 60

# Stored beside the declared settings, under keys the settings screen never lists.
HASH_KEY = "kiosk.leader_pin"
FAILURES_KEY = "kiosk.leader_pin_failures"


class PinError(UserError):
    """A PIN could not be set (too short, not digits, the two entries differ)."""


@dataclass(frozen=True)
class PinCheck:
    """The answer to a PIN attempt."""

    accepted: bool
    locked_for_s: int = 0
    """Seconds until another try is allowed (0: try again now)."""


# Why a PIN is too easy to guess. The GUI shows each of these sentences translated (pin_dialog.py).
TOO_EASY = "This PIN is too easy to guess: "
SAME_DIGIT = TOO_EASY + "all its digits are the same."
IN_ORDER = TOO_EASY + "its digits count up or down in order."
PATTERN = TOO_EASY + "it repeats a short pattern."


def check_new_pin(pin: str, repeated: str) -> None:
    """Raise PinError unless `pin` is acceptable as a new leader PIN and `repeated` matches it."""
    if not pin.isdigit() or not pin.isascii():
        raise PinError("The PIN may only contain digits.")
    if not MIN_LENGTH <= len(pin) <= MAX_LENGTH:
        raise PinError(f"The PIN must have {MIN_LENGTH} to {MAX_LENGTH} digits.")
    weakness = easy_to_guess(pin)
    if weakness is not None:
        raise PinError(weakness)
    if pin != repeated:
        raise PinError("The two PINs are not the same.")


def easy_to_guess(pin: str) -> str | None:
    """Why `pin` (digits) is among the first PINs anyone tries, or None.

    The lock-out allows a few tries an hour; lists of common PINs start with exactly these
    (1234, 0000, 1212, ...), so a few tries would often be enough.
    """
    if len(set(pin)) == 1:
        return SAME_DIGIT
    steps = {(int(after) - int(before)) % 10 for before, after in itertools.pairwise(pin)}
    if steps in ({1}, {9}):  # up or down by one, 9 to 0 and 0 to 9 included (7890, 0987)
        return IN_ORDER
    for length in range(2, len(pin) // 2 + 1):
        if all(pin[index] == pin[index - length] for index in range(length, len(pin))):
            return PATTERN
    return None


def hash_pin(pin: str, cost: int = DEFAULT_COST, salt: bytes | None = None) -> str:
    """The stored form of `pin`: algorithm, parameters, salt and hash."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=cost, r=BLOCK_SIZE, p=PARALLELISM, maxmem=MAX_MEMORY)
    encode = base64.b64encode
    return f"scrypt${cost}${BLOCK_SIZE}${PARALLELISM}${encode(salt).decode()}${encode(digest).decode()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` is the PIN `stored` was made from (constant-time comparison)."""
    try:
        algorithm, cost, block, parallel, salt, digest = stored.split("$")
        if algorithm != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt),
            n=int(cost),
            r=int(block),
            p=int(parallel),
            maxmem=MAX_MEMORY,
            dklen=len(expected),
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def lock_seconds(failures: int) -> int:
    """How long the PIN stays locked after `failures` wrong tries in a row."""
    if failures < FREE_TRIES:
        return 0
    return int(min(MAX_LOCK_S, FIRST_LOCK_S * 2 ** (failures - FREE_TRIES)))


class LeaderPin:
    """The leader PIN of one database: set once, then checked with a growing lock-out."""

    def __init__(self, db: Database, clock: Callable[[], dt.datetime] | None = None, cost: int = DEFAULT_COST) -> None:
        self._db = db
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))
        self._cost = cost

    def is_set(self) -> bool:
        return self._read(HASH_KEY) is not None

    def set(self, pin: str, repeated: str) -> None:
        """Set (or replace) the PIN; raises PinError if it is not acceptable."""
        check_new_pin(pin, repeated)
        self._write(HASH_KEY, hash_pin(pin, self._cost))
        self._write(FAILURES_KEY, {"count": 0, "last": None})

    def locked_for(self) -> int:
        """Seconds until the next try is allowed; 0 if a try is allowed now."""
        count, last_try = self._failures()
        if last_try is None:
            return 0
        last = dt.datetime.fromisoformat(last_try)
        remaining = lock_seconds(count) - (self._clock() - last).total_seconds()
        return max(0, int(remaining + 0.999))

    def check(self, pin: str) -> PinCheck:
        """Try `pin`. While locked the PIN is not even compared, so guessing gains nothing."""
        stored = self._read(HASH_KEY)
        if not isinstance(stored, str):
            raise PinError("No leader PIN has been set yet.")
        waiting = self.locked_for()
        if waiting:
            return PinCheck(False, waiting)
        if pin_matches(pin, stored):
            self._write(FAILURES_KEY, {"count": 0, "last": None})
            return PinCheck(True)
        count = self._failures()[0] + 1
        self._write(FAILURES_KEY, {"count": count, "last": self._clock().isoformat()})
        return PinCheck(False, lock_seconds(count))

    def clear(self) -> None:
        """Forget the PIN (for a leader who lost it: the next use sets a new one)."""
        with self._db.connect() as connection:
            connection.executemany("DELETE FROM setting WHERE key = ?", [(HASH_KEY,), (FAILURES_KEY,)])

    def _failures(self) -> tuple[int, str | None]:
        """Wrong tries in a row, and when the last one was (ISO time), from the database."""
        value = self._read(FAILURES_KEY)
        if not isinstance(value, dict):
            return 0, None
        count, last = value.get("count"), value.get("last")
        return (count if isinstance(count, int) else 0), (last if isinstance(last, str) else None)

    # Kept beside the settings, read with sqlite3 alone: kiosk mode asks whether a PIN is set at start.
    def _read(self, key: str) -> object:
        stored = read_stored(self._db, key)
        return None if stored is None else json.loads(stored)

    def _write(self, key: str, value: object) -> None:
        write_stored(self._db, key, json.dumps(value))
