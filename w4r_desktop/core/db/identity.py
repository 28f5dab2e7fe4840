"""What a database file is and whose it is, without SQLAlchemy: its name, its connection settings,
and the fingerprint that ties this laptop's station to one computer and one data folder.

Kept apart so that `tally add` can count a letter, and the kiosk show its first screen, with the
sqlite3 module alone (see tally/store.py and database.py).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import sqlite3
import sys
import uuid
from pathlib import Path

DB_FILE = "w4r.sqlite3"
BUSY_TIMEOUT_MS = 5000
SCHEMA_VERSION = 9
"""The newest schema (PRAGMA user_version); migrations.py has one migration per version."""


def configure(connection: sqlite3.Connection) -> None:
    """The settings every connection to the database gets, whoever opens it."""
    # busy_timeout first, since switching to WAL can itself meet a busy database.
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    # Freed pages (a purged draft, a printed letter) are overwritten, not left readable.
    connection.execute("PRAGMA secure_delete = ON")


def _machine_id() -> str:
    """An id of this computer's installation that a copied folder does not carry (best effort)."""
    for place in ("/etc/machine-id", "/var/lib/dbus/machine-id"):
        with contextlib.suppress(OSError):
            text = Path(place).read_text(encoding="ascii").strip()
            if text:
                return text
    if sys.platform == "win32":  # pragma: no cover - Windows only
        with contextlib.suppress(OSError):
            import winreg

            with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography") as key:
                return str(winreg.QueryValueEx(key, "MachineGuid")[0])
    node = uuid.getnode()
    return "" if node & (1 << 40) else f"{node:012x}"  # a random stand-in (multicast bit) is no id


@functools.cache
def station_fingerprint(folder: Path) -> str:
    """What ties a station to one computer and one data folder: copy either, and it changes."""
    # Not the host name: macOS changes it with the network, and each change would make a new station.
    parts = (_machine_id(), str(folder.resolve()))
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogateescape")).hexdigest()
