"""Make one SQLite database per released schema version: schema-1.sqlite3 ... schema-N.sqlite3.

Each file is what a laptop running that release could hold: the tables of `MIGRATIONS[:n]` on a
fresh file, then the rows of a small event, valid for that version. The files are committed and
not rebuilt: they stand for the old releases' databases, which tests/core/test_migrations.py
opens with today's code. After adding migration N + 1, describe what its schema adds in
`ROWS_ADDED` below and run, from the repository:

    python -m tests.core.databases.make_databases

It makes only the files that are missing; `--force` rebuilds them all (only if an old one is wrong).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import astuple, dataclass, fields
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from tests.letters import APPEAL_TO_CHINA
from w4r_desktop.core.db.migrations import MIGRATIONS, SCHEMA_VERSION
from w4r_desktop.core.letters import Letter

FOLDER = Path(__file__).resolve().parent

# This laptop, its event, and (from schema 3) another laptop's event that a leader merged in.
STATION = "6b1f0a52-3c1e-4d0e-9a7b-0c5d2e8f4a11"
STATION_HOST_NAME = "LIBRARY-LAPTOP-1"
EVENT = "0e9c3d57-8a2b-4f6c-b1d4-7e5a9c2f3b60"
STATION_FINGERPRINT = "5" * 64
"""From schema 5 a station knows the computer and folder it belongs to: not the one running the tests."""
OTHER_STATION = "d3a8e6f1-5b2c-4e7d-8f90-1a2b3c4d5e6f"
OTHER_STATION_NAME = "Lincoln High laptop"
OTHER_EVENT = "9f8e7d6c-5b4a-4392-8a1b-0c9d8e7f6a5b"
OTHER_EVENT_NAME = "Lincoln High write-a-thon"

SETTINGS: dict[str, object] = {
    "event_name": "Springfield Library write-a-thon",
    "event_date": "2021-12-10",
    "event_place": "Springfield Public Library",
    "group_name": "Group 11",
    "station_name": "Front desk",
    "paper_size": "a4",
    "offset_x_mm": 1.5,
    "idle_timeout_s": 240,
    "languages": ["en", "es"],
    "disabled_cases": ["ciham-ali"],
}


@dataclass(frozen=True)
class Row:
    """One letter_record row (schema 1 on)."""

    id: str
    case_id: str
    kind: str
    quantity: int = 1
    target: int | None = None
    day: str = "2021-12-10"
    recorded_at: str = "2021-12-10T15:00:00+00:00"
    voids: str | None = None
    event_id: str = EVENT
    station_id: str = STATION


def _id(number: int) -> str:
    return f"00000000-0000-4000-8000-{number:012d}"


# In the order they are inserted: the void of record 9 came (by a sync file) before record 9 itself.
RECORDS = [
    Row(_id(1), "zhang-zhan", "appeal", target=0, recorded_at="2021-12-10T15:01:00+00:00"),
    Row(_id(2), "zhang-zhan", "appeal", target=0, recorded_at="2021-12-10T15:09:00+00:00"),
    Row(_id(3), "zhang-zhan", "solidarity", recorded_at="2021-12-10T15:20:00+00:00"),
    Row(_id(4), "mikita-zalatarou", "handwritten", quantity=12, recorded_at="2021-12-10T16:00:00+00:00"),
    Row(_id(5), "sphere", "card", quantity=7, recorded_at="2021-12-10T16:05:00+00:00"),
    Row(_id(6), "*", "participant", quantity=31, recorded_at="2021-12-10T17:30:00+00:00"),
    Row(_id(7), "wendy-galarza", "appeal", target=0, recorded_at="2021-12-10T17:31:00+00:00"),
    Row(_id(107), "wendy-galarza", "appeal", target=0, recorded_at="2021-12-10T17:32:00+00:00", voids=_id(7)),
    Row(_id(109), "janna-jihad", "appeal", target=0, day="2021-12-11", voids=_id(9)),
    Row(_id(9), "janna-jihad", "appeal", target=0, day="2021-12-11", recorded_at="2021-12-11T14:00:00+00:00"),
    Row(_id(8), "bernardo-caal-xol", "signature", quantity=40, day="2021-12-11"),
]
OTHER_EVENT_RECORDS = [
    Row(_id(201), "zhang-zhan", "appeal", target=0, event_id=OTHER_EVENT, station_id=OTHER_STATION),
    Row(_id(202), "zhang-zhan", "appeal", target=0, event_id=OTHER_EVENT, station_id=OTHER_STATION),
    Row(_id(203), "sphere", "card", quantity=5, event_id=OTHER_EVENT, station_id=OTHER_STATION),
]

QUEUED_SENDER = "Ana Ruiz"
FAILED_SENDER = "Jo Doe"
PRINTER_ERROR = "the printer is out of paper"


def _letter(sender: str) -> Letter:
    return APPEAL_TO_CHINA.with_changes(sender_name=sender, return_address=())


def _insert_records(conn: Connection, rows: list[Row]) -> None:
    columns = [field.name for field in fields(Row)]
    insert = f"INSERT INTO letter_record ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    for row in rows:
        conn.exec_driver_sql(insert, astuple(row))


def _schema_1_rows(conn: Connection) -> None:
    """The station, the event, settings, letter records, two print jobs and a draft left by a crash."""
    conn.exec_driver_sql(
        "INSERT INTO station (id, name, created_at) VALUES (?, ?, ?)",
        (STATION, STATION_HOST_NAME, "2021-12-04T15:02:11+00:00"),
    )
    conn.exec_driver_sql(
        "INSERT INTO event (id, name, created_at) VALUES (?, ?, ?)",
        (EVENT, "Write for Rights", "2021-12-04T15:02:11+00:00"),
    )
    for key, value in SETTINGS.items():
        conn.exec_driver_sql(
            "INSERT INTO setting (key, value) VALUES (?, ?)", (key, json.dumps(value, ensure_ascii=False))
        )
    _insert_records(conn, RECORDS)
    for job, record, sender, status, error in (
        (_id(301), _id(1), FAILED_SENDER, "failed", PRINTER_ERROR),
        (_id(302), _id(2), QUEUED_SENDER, "queued", None),
    ):
        conn.exec_driver_sql(
            "INSERT INTO print_job (id, record_id, payload, status, error, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (job, record, _letter(sender).to_json(), status, error, "2021-12-10T15:10:00+00:00"),
        )
    draft = {"letter": json.loads(_letter("Sam").to_json()), "language": "es"}
    conn.exec_driver_sql(
        "INSERT INTO draft (id, session_id, payload, updated_at) VALUES (?, ?, ?, ?)",
        (_id(401), _id(402), json.dumps(draft, ensure_ascii=False), "2021-12-10T17:45:00+00:00"),
    )


def _schema_3_rows(conn: Connection) -> None:
    """Another laptop's event, merged in by a leader, and that laptop's records."""
    conn.exec_driver_sql(
        "INSERT INTO merged_event (id, name, merged_at) VALUES (?, ?, ?)",
        (OTHER_EVENT, OTHER_EVENT_NAME, "2021-12-10T18:00:00+00:00"),
    )
    _insert_records(conn, OTHER_EVENT_RECORDS)


def _schema_4_rows(conn: Connection) -> None:
    """The other laptop's name, as its sync file gave it."""
    conn.exec_driver_sql(
        "INSERT INTO known_station (id, name, seen_at) VALUES (?, ?, ?)",
        (OTHER_STATION, OTHER_STATION_NAME, "2021-12-10T18:00:00+00:00"),
    )


def _schema_5_rows(conn: Connection) -> None:
    """The station's fingerprint (of the laptop that wrote the file, not of any test machine) and
    a sync folder's file merged before."""
    conn.exec_driver_sql("UPDATE station SET fingerprint = ? WHERE id = ?", (STATION_FINGERPRINT, STATION))
    conn.exec_driver_sql(
        "INSERT INTO merged_file (name, digest, merged_at) VALUES (?, ?, ?)",
        (f"w4r-tally-{OTHER_STATION}.csv", "0" * 64, "2021-12-10T18:00:00+00:00"),
    )


ROWS_ADDED: dict[int, Callable[[Connection], None]] = {
    1: _schema_1_rows,
    # Schema 2 adds tally_total, kept by triggers: the rows above count as they are inserted.
    3: _schema_3_rows,
    4: _schema_4_rows,
    5: _schema_5_rows,
    # Schema 6 adds known_case (empty until a bundle is seen); schema 7 drops an index; schema 8 adds
    # confirmed_address (empty until a leader checks one); schema 9 makes letter_record anew without
    # the kinds' CHECK (the same rows).
}


def database_path(version: int) -> Path:
    return FOLDER / f"schema-{version}.sqlite3"


def make_database(version: int, path: Path) -> None:
    """A fresh SQLite file at `path` with the schema `MIGRATIONS[:version]` made and its rows in."""
    path.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            for migration in MIGRATIONS[:version]:
                migration(conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {version}")
            for added_in, add_rows in sorted(ROWS_ADDED.items()):
                if added_in <= version:
                    add_rows(conn)
        with engine.connect() as conn:
            conn.exec_driver_sql("VACUUM")
    finally:
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild the files that exist too")
    options = parser.parse_args(argv)
    for version in range(1, SCHEMA_VERSION + 1):
        path = database_path(version)
        if path.exists() and not options.force:
            continue
        make_database(version, path)
        print(f"made {path.relative_to(FOLDER.parents[2])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
