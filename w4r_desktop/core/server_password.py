"""The shared server's password, kept apart from its address.

The address (postgresql://user@host/database) is a setting like any other; the password is not:
it goes into a file of its own in the data folder that only this user may read (mode 0600), never
into the settings table (which travels in backups) nor onto a command line (which anyone on the
computer can read in the process list). On screen the address shows MASK where a password is kept.

Where a password comes from, first found: $W4R_DATABASE_PASSWORD, the data folder's file, and
else PostgreSQL's own ~/.pgpass or $PGPASSFILE (read by the driver itself).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.files import atomic_write, read_capped

PASSWORD_ENV = "W4R_DATABASE_PASSWORD"
PASSWORD_FILE = "server-password"
MAX_PASSWORD_BYTES = 4096
MASK = "••••••"
"""Shown in place of a kept password; saving the address with it keeps the password as it is."""


def split_password(url: str) -> tuple[str, str | None]:
    """`url` without its password (in the user part or as ?password=), and the password, if any."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url, None
    password: str | None = None
    netloc = parts.netloc
    user, at, host = netloc.rpartition("@")
    if at and ":" in user:
        name, _, secret = user.partition(":")
        password, netloc = unquote(secret), f"{name}@{host}"
    query = parse_qsl(parts.query, keep_blank_values=True)
    kept = [(key, value) for key, value in query if key != "password"]
    if len(kept) != len(query):
        password = password or next(value for key, value in query if key == "password")
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(kept))), password


def with_password(url: str, password: str | None) -> str:
    """`url` with `password` in its user part (unless it has one already or there is none)."""
    bare, own = split_password(url)
    if own is not None and own != MASK:
        return url
    parts = urlsplit(bare)
    user, at, host = parts.netloc.rpartition("@")
    if not password or not at:
        return bare
    secret = password if password == MASK else quote(password, safe="")
    return urlunsplit(parts._replace(netloc=f"{user}:{secret}@{host}"))


def _path(folder: Path) -> Path:
    return folder / PASSWORD_FILE


def kept_password(folder: Path) -> str | None:
    """The password for the shared server: from the environment, else this data folder's file."""
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    return _kept(folder)


def _kept(folder: Path) -> str | None:
    """The data folder's password file, if there is one (read with a cap: it is only ever a line)."""
    if not _path(folder).exists():
        return None
    try:
        return read_capped(_path(folder), MAX_PASSWORD_BYTES).decode("utf-8").strip() or None
    except (UserError, UnicodeDecodeError):
        return None


def keep_password_apart(folder: Path, url: str) -> str:
    """The address to store for `url`: its password moved to the data folder's own file.

    An address saved with MASK keeps the password already kept; one without a password, or an
    empty address, forgets it.
    """
    bare, password = split_password(url)
    if password == MASK:
        return bare
    if password:
        atomic_write(_path(folder), password.encode("utf-8"))
        _path(folder).chmod(0o600)
    else:
        with contextlib.suppress(FileNotFoundError):
            _path(folder).unlink()
    return bare


def shown_address(folder: Path, bare: str) -> str:
    """The stored address as the Event page shows it: MASK where a password is kept."""
    if not bare:
        return bare
    return with_password(bare, MASK) if _kept(folder) else bare
