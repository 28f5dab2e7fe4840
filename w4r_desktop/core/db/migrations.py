"""Migrations: an ordered list, each taking the database from version n to n + 1.

The schema version lives in SQLite's `PRAGMA user_version`. `MIGRATIONS[n]` takes a database
from version n to n + 1; a database is backed up (with SQLite's online backup API) before any
migration runs, and one written by a newer version is refused.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import (
    Engine,
)
from sqlalchemy.engine import Connection

from w4r_desktop.core.db.identity import SCHEMA_VERSION
from w4r_desktop.core.errors import DatabaseTooNew

log = logging.getLogger(__name__)


# --- migrations -------------------------------------------------------------------------------


def _v1_initial(conn: Connection) -> None:
    """The first schema: station, event, settings, letter records, drafts and the print queue."""
    conn.exec_driver_sql(
        "CREATE TABLE station (id VARCHAR(36) NOT NULL, name VARCHAR(100) NOT NULL, "
        "created_at VARCHAR(32) NOT NULL, CONSTRAINT pk_station PRIMARY KEY (id))"
    )
    conn.exec_driver_sql(
        "CREATE TABLE event (id VARCHAR(36) NOT NULL, name VARCHAR(200) NOT NULL, "
        "created_at VARCHAR(32) NOT NULL, CONSTRAINT pk_event PRIMARY KEY (id))"
    )
    conn.exec_driver_sql(
        "CREATE TABLE setting (key VARCHAR(100) NOT NULL, value VARCHAR NOT NULL, "
        "CONSTRAINT pk_setting PRIMARY KEY (key))"
    )
    conn.exec_driver_sql(
        "CREATE TABLE letter_record (id VARCHAR(36) NOT NULL, event_id VARCHAR(36) NOT NULL, "
        "case_id VARCHAR(100) NOT NULL, kind VARCHAR(20) NOT NULL, target INTEGER, "
        "quantity INTEGER NOT NULL DEFAULT 1, station_id VARCHAR(36) NOT NULL, "
        "recorded_at VARCHAR(32) NOT NULL, day VARCHAR(10) NOT NULL, voids VARCHAR(36), "
        "CONSTRAINT pk_letter_record PRIMARY KEY (id), "
        "CONSTRAINT ck_letter_record_kind CHECK (kind IN "
        "('appeal','solidarity','handwritten','card','signature','participant')), "
        "CONSTRAINT ck_letter_record_quantity CHECK (quantity >= 1))"
    )
    conn.exec_driver_sql("CREATE INDEX ix_letter_record_voids ON letter_record (voids)")
    conn.exec_driver_sql(
        "CREATE TABLE draft (id VARCHAR(36) NOT NULL, session_id VARCHAR(36) NOT NULL, "
        "payload VARCHAR NOT NULL, updated_at VARCHAR(32) NOT NULL, CONSTRAINT pk_draft PRIMARY KEY (id))"
    )
    conn.exec_driver_sql(
        "CREATE TABLE print_job (id VARCHAR(36) NOT NULL, record_id VARCHAR(36), payload VARCHAR NOT NULL, "
        "status VARCHAR(20) NOT NULL DEFAULT 'queued', error VARCHAR(500), created_at VARCHAR(32) NOT NULL, "
        "CONSTRAINT pk_print_job PRIMARY KEY (id), "
        "CONSTRAINT fk_print_job_record_id_letter_record FOREIGN KEY(record_id) REFERENCES letter_record (id), "
        "CONSTRAINT ck_print_job_status CHECK (status IN ('queued','failed')))"
    )


# A plain record counts unless a void for it arrived first.
_COUNT_TRIGGER = """CREATE TRIGGER tally_count AFTER INSERT ON letter_record
        WHEN NEW.voids IS NULL
         AND NOT EXISTS (SELECT 1 FROM letter_record v WHERE v.voids = NEW.id)
        BEGIN
          INSERT INTO tally_total (event_id, case_id, kind, station_id, day, quantity)
          VALUES (NEW.event_id, NEW.case_id, NEW.kind, NEW.station_id, NEW.day, NEW.quantity)
          ON CONFLICT DO UPDATE SET quantity = tally_total.quantity + excluded.quantity;
        END"""
# The first void of a record that is here takes its quantity back off.
_VOID_TRIGGER = """CREATE TRIGGER tally_void AFTER INSERT ON letter_record
        WHEN NEW.voids IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM letter_record v WHERE v.voids = NEW.voids AND v.id <> NEW.id)
        BEGIN
          UPDATE tally_total SET quantity = tally_total.quantity - r.quantity
          FROM (SELECT event_id, case_id, kind, station_id, day, quantity
                FROM letter_record WHERE id = NEW.voids AND voids IS NULL) AS r
          WHERE tally_total.event_id = r.event_id AND tally_total.case_id = r.case_id
            AND tally_total.kind = r.kind AND tally_total.station_id = r.station_id
            AND tally_total.day = r.day;
        END"""


def _v2_running_totals(conn: Connection) -> None:
    """Totals kept by triggers; a void counts once, whichever arrives first, record or void."""
    conn.exec_driver_sql(
        "CREATE TABLE tally_total (event_id VARCHAR(36) NOT NULL, case_id VARCHAR(100) NOT NULL, "
        "kind VARCHAR(20) NOT NULL, station_id VARCHAR(36) NOT NULL, day VARCHAR(10) NOT NULL, "
        "quantity INTEGER NOT NULL DEFAULT 0, "
        "CONSTRAINT pk_tally_total PRIMARY KEY (event_id, case_id, kind, station_id, day))"
    )
    conn.exec_driver_sql("CREATE INDEX ix_letter_record_event_case_kind ON letter_record (event_id, case_id, kind)")
    conn.exec_driver_sql(_COUNT_TRIGGER)
    conn.exec_driver_sql(_VOID_TRIGGER)
    conn.exec_driver_sql(
        """INSERT INTO tally_total (event_id, case_id, kind, station_id, day, quantity)
        SELECT r.event_id, r.case_id, r.kind, r.station_id, r.day, SUM(r.quantity)
        FROM letter_record r
        WHERE r.voids IS NULL AND NOT EXISTS (SELECT 1 FROM letter_record v WHERE v.voids = r.id)
        GROUP BY r.event_id, r.case_id, r.kind, r.station_id, r.day"""
    )


def _v3_merged_events(conn: Connection) -> None:
    """Events counted together with this laptop's own (a leader merged them during an import)."""
    conn.exec_driver_sql(
        "CREATE TABLE merged_event (id VARCHAR(36) NOT NULL, name VARCHAR(200) NOT NULL, "
        "merged_at VARCHAR(32) NOT NULL, CONSTRAINT pk_merged_event PRIMARY KEY (id))"
    )


def _v4_known_stations(conn: Connection) -> None:
    """The names of other laptops, learnt from their sync files."""
    conn.exec_driver_sql(
        "CREATE TABLE known_station (id VARCHAR(36) NOT NULL, name VARCHAR(100) NOT NULL, "
        "seen_at VARCHAR(32) NOT NULL, CONSTRAINT pk_known_station PRIMARY KEY (id))"
    )


def _v5_copied_stations(conn: Connection) -> None:
    """A station knows the machine and folder it belongs to (a copied data folder becomes a new
    station), and a sync folder's files are remembered by digest once merged."""
    conn.exec_driver_sql("ALTER TABLE station ADD COLUMN fingerprint VARCHAR(64)")
    conn.exec_driver_sql(
        "CREATE TABLE merged_file (name VARCHAR(200) NOT NULL, digest VARCHAR(64) NOT NULL, "
        "merged_at VARCHAR(32) NOT NULL, CONSTRAINT pk_merged_file PRIMARY KEY (name))"
    )


def _v6_known_cases(conn: Connection) -> None:
    """The names of cases this laptop has seen, so records keep a name after the bundle changes."""
    conn.exec_driver_sql(
        "CREATE TABLE known_case (id VARCHAR(100) NOT NULL, name VARCHAR(200) NOT NULL, "
        "seen_at VARCHAR(32) NOT NULL, CONSTRAINT pk_known_case PRIMARY KEY (id))"
    )


def _v7_lighter_records(conn: Connection) -> None:
    """No index on (event, case, kind): the totals table answers those questions, and the index
    made every record inserted (a merge of thousands) slower for nothing."""
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_letter_record_event_case_kind")


def _v8_confirmed_addresses(conn: Connection) -> None:
    """Addresses a leader checked at the print station: later letters to them need no second check."""
    conn.exec_driver_sql(
        "CREATE TABLE confirmed_address (recipient VARCHAR(4000) NOT NULL, lines VARCHAR(4000) NOT NULL, "
        "confirmed_at VARCHAR(32) NOT NULL, CONSTRAINT pk_confirmed_address PRIMARY KEY (recipient))"
    )


_RECORD_COLUMNS = "id, event_id, case_id, kind, target, quantity, station_id, recorded_at, day, voids"


def _v9_kinds_from_registry(conn: Connection) -> None:
    """Which words are kinds is the registry's (core/tally/kinds.py), checked where a record comes in:
    the table's CHECK of the six first kinds goes, so a new kind needs no table rebuild again.

    SQLite cannot drop a CHECK: the table is made anew (SQLite's twelve steps, foreign keys off, see
    `migrate`), each record keeping its rowid (the shared server's marks count by rowid), and its
    index and the totals' triggers made again. The totals themselves do not change.
    """
    conn.exec_driver_sql(
        "CREATE TABLE letter_record_new (id VARCHAR(36) NOT NULL, event_id VARCHAR(36) NOT NULL, "
        "case_id VARCHAR(100) NOT NULL, kind VARCHAR(20) NOT NULL, target INTEGER, "
        "quantity INTEGER NOT NULL DEFAULT 1, station_id VARCHAR(36) NOT NULL, "
        "recorded_at VARCHAR(32) NOT NULL, day VARCHAR(10) NOT NULL, voids VARCHAR(36), "
        "CONSTRAINT pk_letter_record PRIMARY KEY (id), "
        "CONSTRAINT ck_letter_record_quantity CHECK (quantity >= 1))"
    )
    conn.exec_driver_sql(
        f"INSERT INTO letter_record_new (rowid, {_RECORD_COLUMNS}) "
        f"SELECT rowid, {_RECORD_COLUMNS} FROM letter_record ORDER BY rowid"
    )
    conn.exec_driver_sql("DROP TABLE letter_record")  # its index and triggers with it
    conn.exec_driver_sql("ALTER TABLE letter_record_new RENAME TO letter_record")
    conn.exec_driver_sql("CREATE INDEX ix_letter_record_voids ON letter_record (voids)")
    conn.exec_driver_sql(_COUNT_TRIGGER)
    conn.exec_driver_sql(_VOID_TRIGGER)


Migration = Callable[[Connection], None]
MIGRATIONS: list[Migration] = [
    _v1_initial,
    _v2_running_totals,
    _v3_merged_events,
    _v4_known_stations,
    _v5_copied_stations,
    _v6_known_cases,
    _v7_lighter_records,
    _v8_confirmed_addresses,
    _v9_kinds_from_registry,
]
assert len(MIGRATIONS) == SCHEMA_VERSION, "a new migration raises identity.SCHEMA_VERSION too"


def migrate(engine: Engine, path: Path) -> None:
    """Bring the database to SCHEMA_VERSION, backing it up first if it has data."""
    with engine.connect() as conn:
        version = int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())
    if version > SCHEMA_VERSION:
        engine.dispose()
        raise DatabaseTooNew(
            f"{path} was written by a newer W4R Desktop (schema {version}, this one knows "
            f"{SCHEMA_VERSION}); update W4R Desktop to open it"
        )
    if version == SCHEMA_VERSION:
        return
    if version > 0:
        backup = backup_database(engine, path, f"before-v{SCHEMA_VERSION}")
        log.info("database backed up to %s before migrating", backup.name)
    for target in range(version, SCHEMA_VERSION):
        _run(engine, target)
        log.info("database migrated to schema %d", target + 1)


def _run(engine: Engine, target: int) -> None:
    """One migration, whole or not at all: in one transaction of its own (the sqlite3 module would
    commit each CREATE and DROP by itself), foreign keys off as SQLite's twelve steps ask, and
    checked before the commit."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: before BEGIN
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                MIGRATIONS[target](conn)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise sqlite3.IntegrityError(f"migration {target + 1} would break references: {broken[:3]}")
                conn.exec_driver_sql(f"PRAGMA user_version = {target + 1}")
            except BaseException:
                conn.exec_driver_sql("ROLLBACK")
                raise
            conn.exec_driver_sql("COMMIT")
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys = ON")


def backup_database(engine: Engine, path: Path, label: str) -> Path:
    """A consistent copy of the live database next to it, made with SQLite's backup API."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    folder = path.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"{path.stem}-{stamp}-{label}.sqlite3"
    with engine.connect() as conn:
        source = conn.connection.dbapi_connection
        assert isinstance(source, sqlite3.Connection)
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    target.chmod(0o600)
    return target
