"""Sending to the shared server: every record of the event this laptop holds that the server may lack.

Its own records and those a USB stick, sync file or sync folder brought, each keeping the station
that counted it; not those that came from this server (their rowids are kept in the marks).
"""

from __future__ import annotations

from typing import Any

import psycopg
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from w4r_desktop.core.db.database import this_station
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.rules import COLUMNS, record_problems
from w4r_desktop.core.tally.server_marks import HeldRecord, hold, received_firsts, received_ranges

BATCH = 5_000
"""Records a statement sends or takes at the most."""


def _unsent_rows(tally: Tally, event_id: str, after: int, skip: list[tuple[int, int]]) -> list[tuple[Any, ...]]:
    """The next batch of the event's records above rowid `after`, less those that came from the server."""
    outside = "".join(f" AND rowid NOT BETWEEN {int(first)} AND {int(last)}" for first, last in skip)
    with tally.db.connect() as local:
        return local.execute(
            f"SELECT rowid, {', '.join(COLUMNS)} FROM letter_record "
            f"WHERE rowid > ? AND event_id = ?{outside} ORDER BY rowid LIMIT {BATCH}",
            (after, event_id),
        ).fetchall()


def _station_names(tally: Tally, stations: set[str], own_name: str) -> list[dict[str, str]]:
    """Names for the stations whose records are sent: this laptop's own, and what other laptops called themselves."""
    with tally.db.connect() as local:
        known = dict(local.execute("SELECT id, name FROM known_station").fetchall())
        known.update({row[0]: own_name for row in local.execute("SELECT id FROM station")})
    return [{"id": station, "name": str(known.get(station) or station[:8])[:100]} for station in sorted(stations)]


def _still_received(tally: Tally, marks: dict[str, Any], after: int) -> list[tuple[int, int]]:
    """The runs of rowids taken from this server that this database still holds as taken."""
    firsts = received_firsts(marks)
    if not firsts:
        return []
    holes = ", ".join("?" for _ in firsts)
    with tally.db.connect() as local:
        ids = dict(local.execute(f"SELECT rowid, id FROM letter_record WHERE rowid IN ({holes})", firsts).fetchall())
    return received_ranges(marks, after, ids)


def _push_mark(tally: Tally, kept: Any) -> int:
    """Where to send from: the kept mark, unless this database no longer has the record it names
    (restored from a backup, replaced): then everything again (the server ignores what it has)."""
    if not isinstance(kept, list) or len(kept) != 2:
        return 0
    rowid, record_id = kept
    with tally.db.connect() as local:
        found = local.execute("SELECT id FROM letter_record WHERE rowid = ?", (rowid,)).fetchone()
    return int(rowid) if found is not None and found[0] == record_id else 0


_INCOMING = """CREATE TEMP TABLE incoming_record (id text, event_id text, case_id text, kind text, target integer,
    quantity integer, station_id text, recorded_at text, day text, voids text) ON COMMIT DROP"""


def _copy_in(connection: Connection, rows: list[tuple[Any, ...]]) -> int:
    """Add `rows` to the server's records (those it has already are left as they are); how many were new.

    Streamed with COPY into a table of this transaction, then inserted in one statement: the
    server's CHECKs see every row, and the id's index decides what is new.
    """
    raw = connection.connection.driver_connection
    assert isinstance(raw, psycopg.Connection)
    with raw.cursor() as cursor:
        cursor.execute(_INCOMING)
        with cursor.copy(f"COPY incoming_record ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute(
            f"INSERT INTO shared_record ({', '.join(COLUMNS)}) SELECT {', '.join(COLUMNS)} FROM incoming_record "
            "ON CONFLICT (id) DO NOTHING"
        )
        added = cursor.rowcount
        cursor.execute("DROP TABLE incoming_record")
    return added


def push_records(engine: Engine, tally: Tally, event_id: str, marks: dict[str, Any], said: list[str]) -> int:
    """Send the event's records this laptop holds that the server may lack; returns how many it lacked.

    Records that came from this server are not sent back; a record that fails the rules (written
    by an older version) is kept aside and said, not sent, so it holds up none of the others.
    """
    own = this_station(tally.db)
    own_name = str(Settings(tally.db).get("station_name") or own.name)[:100]
    mark = _push_mark(tally, marks.get("pushed"))
    received = _still_received(tally, marks, mark)
    sent = 0
    while rows := _unsent_rows(tally, event_id, mark, [run for run in received if run[1] > mark]):
        good = []
        for row in rows:
            values = tuple(row[1:])
            problems = record_problems(values)
            if problems:
                held = HeldRecord(0, own.name, ", ".join(problems), values)
                if hold(marks, held):
                    said.append(held.describe())
            else:
                good.append(values)
        stations = {values[6] for values in good}
        with engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO shared_station (id, name, seen_at) VALUES (:id, :name, now()) "
                    "ON CONFLICT (id) DO UPDATE SET name = excluded.name, seen_at = excluded.seen_at"
                ),
                {"id": own.id, "name": own_name},
            )
            others = [name for name in _station_names(tally, stations, own_name) if name["id"] != own.id]
            if others:  # a laptop's own name is its own to say
                connection.execute(
                    sa.text("INSERT INTO shared_station (id, name) VALUES (:id, :name) ON CONFLICT (id) DO NOTHING"),
                    others,
                )
            if good:
                sent += _copy_in(connection, good)
        mark = int(rows[-1][0])
        marks["pushed"] = [mark, str(rows[-1][1])]
    marks.setdefault("pushed", [0, ""])
    # Runs the mark has passed need no keeping, nor runs this database no longer holds.
    kept = {first for first, last in received if last > mark}
    marks["received"] = [run for run in marks.get("received", []) if run and run[0] in kept]
    return sent
