"""When something fails: one line a person can act on, and the details in a log file for whoever fixes it.

A failure of the machine (the disk is full, a folder is read-only, the database is busy) is
explained in words. Anything else is a bug: the user is told what failed in one line and where
the details went, and the log gets the traceback. The log never holds letter text or addresses:
it records where in the code the failure happened and the kind of error, not the error's own
message (which can quote what was being written), except for the operating system's and
SQLite's own messages.
"""

from __future__ import annotations

import datetime as dt
import errno
import logging
import logging.handlers
import os
import shutil
import sqlite3
import traceback
from pathlib import Path

log = logging.getLogger(__name__)

LOG_FILE = Path("logs") / "w4r-desktop.log"
"""The log, inside the data folder."""
ALMOST_FULL_BYTES = 256 * 1024
"""Less free space than this, and a disk I/O error is taken for a full disk (SQLite says "I/O")."""

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY, _SQLITE_IOERR = 5, 6, 8, 10
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26


def disk_full_message(folder: Path | None) -> str:
    where = f" holding {folder}" if folder is not None else ""
    return f"the disk{where} is full: free some space (or use another folder) and try again"


def _chain(error: BaseException) -> list[BaseException]:
    """The error, what it was raised from, and what it was raised while handling."""
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen and len(seen) < 20:
        seen.append(current)
        wrapped = getattr(current, "orig", None)  # SQLAlchemy keeps the driver's error here
        current = wrapped if isinstance(wrapped, BaseException) else current.__cause__ or current.__context__
    return seen


def _free_bytes(folder: Path | None) -> int | None:
    if folder is None:
        return None
    place = folder
    while not place.exists() and place != place.parent:
        place = place.parent
    try:
        return shutil.disk_usage(place).free
    except OSError:
        return None


def explain(error: BaseException, folder: Path | None = None) -> str | None:
    """One line for a failure of the machine that the user can act on, or None if it is a bug.

    `folder` is the data folder, to tell a full disk from another disk I/O error.
    """
    for cause in _chain(error):
        message = None
        if isinstance(cause, OSError):
            message = _system_message(cause, folder)
        elif isinstance(cause, sqlite3.Error):
            message = _database_message(cause, folder)
        if message is not None:
            return message
    return None


def _system_message(error: OSError, folder: Path | None) -> str | None:
    """The operating system's refusal in words, for the errors a person can do something about."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return disk_full_message(folder)
    if error.errno in (errno.EACCES, errno.EPERM):
        return f"no permission to use {error.filename or folder or 'a file'}"
    if error.errno == errno.EROFS:
        return f"{error.filename or folder or 'the folder'} is on a read-only disk"
    if error.errno == errno.EIO:
        return "the disk could not be read or written (is a USB stick pulled out?)"
    return None


_DATABASE_MESSAGES = {
    _SQLITE_IOERR: "the disk could not be read or written (disk I/O error)",
    _SQLITE_BUSY: "the database is busy (another W4R Desktop is writing to it): try again in a moment",
    _SQLITE_LOCKED: "the database is busy (another W4R Desktop is writing to it): try again in a moment",
    _SQLITE_READONLY: "the database cannot be written (a read-only disk or file)",
    _SQLITE_CORRUPT: "the database file is damaged; the backups/ folder in the data folder holds earlier copies",
    _SQLITE_NOTADB: "the database file is damaged; the backups/ folder in the data folder holds earlier copies",
    _SQLITE_CANTOPEN: "the database file cannot be opened (check the data folder's permissions)",
}
"""What SQLite's primary result codes mean to the person at the laptop (a full disk aside)."""


def _database_message(error: sqlite3.Error, folder: Path | None) -> str | None:
    """SQLite's failure in words; a disk I/O error on a nearly full disk is the full disk."""
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    free = _free_bytes(folder)
    if code == _SQLITE_FULL or (code == _SQLITE_IOERR and free is not None and free < ALMOST_FULL_BYTES):
        return disk_full_message(folder)
    return _DATABASE_MESSAGES.get(code)


def describe_for_log(error: BaseException) -> str:
    """The traceback without anything the user wrote: frames, error kinds, system messages only."""
    parts: list[str] = []
    for cause in reversed(_chain(error)):
        frames = traceback.extract_tb(cause.__traceback__)
        parts.append("Traceback (most recent call last):\n" + "".join(traceback.format_list(frames)))
        kind = f"{type(cause).__module__}.{type(cause).__qualname__}"
        if isinstance(cause, OSError):
            kind += f": [errno {cause.errno}] {cause.strerror}"
        elif isinstance(cause, sqlite3.Error):
            kind += f": {getattr(cause, 'sqlite_errorname', '')} {cause}"
        parts.append(kind + "\n")
    return "".join(parts)


def log_file(folder: Path) -> Path:
    return folder / LOG_FILE


def _make_private_folder(folder: Path) -> None:
    """Create `folder` and any missing parents readable by their owner only."""
    old_umask = os.umask(0o077)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    finally:
        os.umask(old_umask)


def start_log_file(folder: Path) -> None:
    """Send warnings and worse to the data folder's log (at most about 4 MB kept)."""
    root = logging.getLogger()
    target = log_file(folder)
    if any(getattr(handler, "baseFilename", None) == str(target) for handler in root.handlers):
        return
    try:
        _make_private_folder(target.parent)
        target.touch(mode=0o600)
        handler = logging.handlers.RotatingFileHandler(
            target, maxBytes=1024 * 1024, backupCount=3, encoding="utf-8", delay=True
        )
    except OSError:
        return  # no log is better than no application
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)


def record_failure(error: BaseException, folder: Path | None, doing: str) -> Path | None:
    """Write `error` to the data folder's log; returns the log's path, or None if it could not be written."""
    if folder is None:
        return None
    target = log_file(folder)
    when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    try:
        _make_private_folder(target.parent)
        descriptor = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(descriptor, "a", encoding="utf-8") as stream:
            stream.write(f"{when} ERROR while {doing}:\n{describe_for_log(error)}\n")
    except OSError:
        log.debug("the failure could not be logged")
        return None
    return target
