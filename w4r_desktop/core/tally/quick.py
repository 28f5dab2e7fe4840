"""Counting from the command line at once: one record with the sqlite3 module alone.

A leader typing fifty hand counts (`w4r-desktop tally add …` fifty times) should not wait for
SQLAlchemy to load fifty times. When the database is already at this version, with this laptop's
station and an event, the record is written here in one short transaction, exactly as
`Tally.record` writes it (the same table, the same columns; the database's triggers keep the
totals). Anything else (no database yet, an older one to migrate, a copied data folder that needs
a station of its own) returns None and the caller takes the full path, which sets all that up.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

from w4r_desktop.core.db.identity import BUSY_TIMEOUT_MS, DB_FILE, SCHEMA_VERSION, station_fingerprint
from w4r_desktop.core.tally.kinds import LETTER_KINDS, TallyKind
from w4r_desktop.core.tally.rules import check_count

_INSERT = (
    "INSERT INTO letter_record (id, event_id, case_id, kind, target, quantity, station_id, recorded_at, day, voids) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)"
)


_LETTERS_WRITTEN = (
    "SELECT coalesce(sum(quantity), 0) FROM tally_total WHERE kind IN ({kinds}) AND event_id IN "
    "(SELECT id FROM (SELECT id FROM event ORDER BY created_at LIMIT 1) UNION SELECT id FROM merged_event)"
).format(kinds=", ".join(f"'{kind.value}'" for kind in LETTER_KINDS))


def letters_written(connection: sqlite3.Connection) -> int:
    """Letters and messages counted for this laptop's event and the events merged into it: the
    number on the kiosk's welcome screen, read before SQLAlchemy has loaded (`Tally` reads it here too)."""
    return int(connection.execute(_LETTERS_WRITTEN).fetchone()[0])


def record_now(
    folder: Path,
    case_id: str,
    kind: TallyKind,
    target: int | None = None,
    quantity: int = 1,
    now: dt.datetime | None = None,
) -> str | None:
    """Count `quantity` items for `case_id` in the database of `folder`; its id, or None if the
    full path must do it. Raises `UserError` for a count the rules refuse, as `Tally.record` does."""
    check_count(case_id, kind, target, quantity)
    path = folder / DB_FILE
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return None
        if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            return None
        connection.execute("BEGIN IMMEDIATE")
        station = connection.execute(
            "SELECT id FROM station WHERE fingerprint = ? ORDER BY created_at LIMIT 1", (station_fingerprint(folder),)
        ).fetchone()
        event = connection.execute("SELECT id FROM event ORDER BY created_at LIMIT 1").fetchone()
        if station is None or event is None:
            connection.execute("ROLLBACK")
            return None
        moment = (now or dt.datetime.now().astimezone()).astimezone()
        record_id = str(uuid.uuid4())
        connection.execute(
            _INSERT,
            (
                record_id,
                event[0],
                case_id,
                TallyKind(kind).value,
                target,
                quantity,
                station[0],
                moment.astimezone(dt.UTC).isoformat(timespec="seconds"),
                moment.date().isoformat(),
            ),
        )
        connection.execute("COMMIT")
        return record_id
    except sqlite3.Error:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        return None
    finally:
        connection.close()
