"""The tally's tables, one way in: records, this laptop's event and the events merged into it.

Every write of a record goes through `add_record` (which asks the record rules first), and every
question "which event does this laptop count for?" through `own_event` and `counted_events`, on a
plain sqlite3 connection: `Tally` hands over the one under its SQLAlchemy session, a merge its own
write transaction, and `tally add` a connection of its own (`record_now`), so a leader typing fifty
hand counts does not wait for SQLAlchemy to load fifty times. The database's triggers keep the
totals. Kept to the standard library for that reason.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import uuid
from pathlib import Path

from w4r_desktop.core.db.identity import BUSY_TIMEOUT_MS, DB_FILE, SCHEMA_VERSION, configure, station_fingerprint
from w4r_desktop.core.tally.kinds import LETTER_KINDS, TallyKind
from w4r_desktop.core.tally.rules import COLUMNS, check_count

DEFAULT_EVENT_NAME = "Write for Rights"
_INSERT = f"INSERT INTO letter_record ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
_OWN_EVENT = "SELECT id FROM event ORDER BY created_at LIMIT 1"
_COUNTED_EVENTS = f"SELECT id FROM ({_OWN_EVENT}) UNION SELECT id FROM merged_event"
_LETTERS_WRITTEN = (
    f"SELECT coalesce(sum(quantity), 0) FROM tally_total WHERE kind IN ({', '.join('?' * len(LETTER_KINDS))}) "
    f"AND event_id IN ({_COUNTED_EVENTS})"
)


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def add_record(
    connection: sqlite3.Connection,
    event_id: str,
    station_id: str,
    case_id: str,
    kind: TallyKind | str,
    target: int | None = None,
    quantity: int = 1,
    now: dt.datetime | None = None,
) -> str:
    """Count `quantity` items of `kind` for a case; the new record's id. Raises `UserError` for a
    count the rules refuse. Part of the caller's transaction."""
    check_count(case_id, kind, target, quantity)
    moment = now or dt.datetime.now().astimezone()  # the day is the laptop's own date
    record_id = str(uuid.uuid4())
    values = (record_id, event_id, case_id, TallyKind(kind).value, target, quantity, station_id)
    connection.execute(_INSERT, (*values, _utc(moment), moment.date().isoformat(), None))
    return record_id


def add_void(
    connection: sqlite3.Connection, original: tuple[object, ...], station_id: str, now: dt.datetime | None = None
) -> str:
    """A correction of `original` (a record's fields in COLUMNS order); the correction's id."""
    moment = now or dt.datetime.now().astimezone()
    void_id = str(uuid.uuid4())
    record_id, event_id, case_id, kind, target, quantity = original[:6]
    values = (void_id, event_id, case_id, kind, target, quantity, station_id, _utc(moment), moment.date().isoformat())
    connection.execute(_INSERT, (*values, record_id))
    return void_id


def own_event(connection: sqlite3.Connection, now: dt.datetime | None = None) -> str:
    """The event this laptop counts for (made on first run)."""
    found = connection.execute(_OWN_EVENT).fetchone()
    if found is not None:
        return str(found[0])
    event_id = str(uuid.uuid4())
    connection.execute(
        "INSERT INTO event (id, name, created_at) VALUES (?, ?, ?)",
        (event_id, DEFAULT_EVENT_NAME, _utc(now or dt.datetime.now(dt.UTC))),
    )
    return event_id


def counted_events(connection: sqlite3.Connection) -> list[str]:
    """This laptop's event, then every event merged into it (all count toward the totals)."""
    own = connection.execute(_OWN_EVENT).fetchone()
    merged = connection.execute("SELECT id FROM merged_event ORDER BY merged_at, id").fetchall()
    first = [str(own[0])] if own else []
    return first + [str(event_id) for (event_id,) in merged if event_id not in first]


def join_event(connection: sqlite3.Connection, event_id: str, name: str, now: dt.datetime | None = None) -> None:
    """Count for another laptop's event from now on, instead of this laptop's own (still empty) one."""
    connection.execute("DELETE FROM event")
    connection.execute("DELETE FROM merged_event WHERE id = ?", (event_id,))
    connection.execute(
        "INSERT INTO event (id, name, created_at) VALUES (?, ?, ?)",
        (event_id, name[:200] or DEFAULT_EVENT_NAME, _utc(now or dt.datetime.now(dt.UTC))),
    )


def merge_event(connection: sqlite3.Connection, event_id: str, name: str, now: dt.datetime | None = None) -> bool:
    """Count another event's records together with this laptop's; False if they already are."""
    if event_id in counted_events(connection):
        return False
    connection.execute(
        "INSERT OR IGNORE INTO merged_event (id, name, merged_at) VALUES (?, ?, ?)",
        (event_id, name[:200], _utc(now or dt.datetime.now(dt.UTC))),
    )
    return True


def letters_written(connection: sqlite3.Connection) -> int:
    """Letters and messages counted for this laptop's event and the events merged into it: the
    number on the kiosk's welcome screen, read before SQLAlchemy has loaded."""
    kinds = [kind.value for kind in LETTER_KINDS]
    return int(connection.execute(_LETTERS_WRITTEN, kinds).fetchone()[0])


def record_now(
    folder: Path,
    case_id: str,
    kind: TallyKind,
    target: int | None = None,
    quantity: int = 1,
    now: dt.datetime | None = None,
) -> str | None:
    """`tally add` at once: count in the database of `folder` with the sqlite3 module alone; the
    record's id, or None if the full path must do it (no database yet, an older one to migrate, a
    copied data folder that needs a station of its own, no event yet). Raises `UserError` for a
    count the rules refuse, as `Tally.record` does."""
    check_count(case_id, kind, target, quantity)
    path = folder / DB_FILE
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error:
        return None
    try:
        if connection.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            return None
        configure(connection)
        connection.execute("BEGIN IMMEDIATE")
        station = connection.execute(
            "SELECT id FROM station WHERE fingerprint = ? ORDER BY created_at LIMIT 1", (station_fingerprint(folder),)
        ).fetchone()
        event = connection.execute(_OWN_EVENT).fetchone()
        if station is None or event is None:
            connection.execute("ROLLBACK")
            return None
        record_id = add_record(connection, event[0], station[0], case_id, kind, target, quantity, now)
        connection.execute("COMMIT")
        return record_id
    except sqlite3.Error:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        return None
    finally:
        connection.close()
