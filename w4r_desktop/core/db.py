"""The local database: one SQLite file in the data folder, opened durably and migrated in order.

The schema version lives in SQLite's `PRAGMA user_version`. `MIGRATIONS[n]` takes a database
from version n to n + 1; a database is backed up (with SQLite's online backup API) before any
migration runs, and one written by a newer version is refused.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Engine,
    ForeignKey,
    Index,
    MetaData,
    String,
    create_engine,
    event,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from w4r_desktop.core.errors import DatabaseTooNew, DataFolderError

log = logging.getLogger(__name__)

DB_FILE = "w4r.sqlite3"
BUSY_TIMEOUT_MS = 5000

# Named constraints from day one: SQLite cannot drop an unnamed one later.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def new_id() -> str:
    """A random UUID as text, the identity of every record that may travel between laptops."""
    return str(uuid.uuid4())


def utc_now() -> str:
    """The current time in UTC, ISO 8601 with seconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# --- the tables, as of the newest schema -----------------------------------------------------


class Station(Base):
    """This laptop. Its id is made on first run and never copied from elsewhere."""

    __tablename__ = "station"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[str] = mapped_column(String(32))


class Event(Base):
    """A write-a-thon. Stations that share its id count toward the same totals."""

    __tablename__ = "event"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[str] = mapped_column(String(32))


class Setting(Base):
    """One leader setting, stored as JSON text under its key."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(String)


class LetterRecord(Base):
    """One counted item: a letter from the kiosk, or a number of hand-counted items.

    Holds no personal data. A correction is a record of its own whose `voids` names the record it
    cancels; nothing is ever deleted or changed, so files from several laptops merge as a set.
    """

    __tablename__ = "letter_record"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    event_id: Mapped[str] = mapped_column(String(36))
    case_id: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20))
    target: Mapped[int | None] = mapped_column()
    quantity: Mapped[int] = mapped_column(default=1)
    station_id: Mapped[str] = mapped_column(String(36))
    recorded_at: Mapped[str] = mapped_column(String(32))
    day: Mapped[str] = mapped_column(String(10))
    voids: Mapped[str | None] = mapped_column(String(36))
    __table_args__ = (
        CheckConstraint(
            "kind IN ('appeal','solidarity','handwritten','card','signature','participant')",
            name="kind",
        ),
        CheckConstraint("quantity >= 1", name="quantity"),
        Index("ix_letter_record_voids", "voids"),
        Index("ix_letter_record_event_case_kind", "event_id", "case_id", "kind"),
    )


class TallyTotal(Base):
    """Running totals kept by triggers, so totals stay instant with millions of records."""

    __tablename__ = "tally_total"
    event_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    case_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    station_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    day: Mapped[str] = mapped_column(String(10), primary_key=True)
    quantity: Mapped[int] = mapped_column(default=0)


class MergedEvent(Base):
    """Another laptop's event that a leader chose to count together with this laptop's event."""

    __tablename__ = "merged_event"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    merged_at: Mapped[str] = mapped_column(String(32))


class KnownStation(Base):
    """Another laptop's name, as its latest sync file gave it, so totals per laptop read as names."""

    __tablename__ = "known_station"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    seen_at: Mapped[str] = mapped_column(String(32))


class Draft(Base):
    """A letter being written, autosaved so a crash loses nothing. Purged once printed or left."""

    __tablename__ = "draft"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    session_id: Mapped[str] = mapped_column(String(36))
    payload: Mapped[str] = mapped_column(String)
    updated_at: Mapped[str] = mapped_column(String(32))


class PrintJob(Base):
    """A letter (with its envelope) waiting at the print station. Purged once printed."""

    __tablename__ = "print_job"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    record_id: Mapped[str | None] = mapped_column(ForeignKey("letter_record.id"))
    payload: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String(20), default="queued")
    error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[str] = mapped_column(String(32))
    __table_args__ = (CheckConstraint("status IN ('queued','failed')", name="status"),)


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


def _v2_running_totals(conn: Connection) -> None:
    """Totals kept by triggers; a void counts once, whichever arrives first, record or void."""
    conn.exec_driver_sql(
        "CREATE TABLE tally_total (event_id VARCHAR(36) NOT NULL, case_id VARCHAR(100) NOT NULL, "
        "kind VARCHAR(20) NOT NULL, station_id VARCHAR(36) NOT NULL, day VARCHAR(10) NOT NULL, "
        "quantity INTEGER NOT NULL DEFAULT 0, "
        "CONSTRAINT pk_tally_total PRIMARY KEY (event_id, case_id, kind, station_id, day))"
    )
    conn.exec_driver_sql("CREATE INDEX ix_letter_record_event_case_kind ON letter_record (event_id, case_id, kind)")
    # A plain record counts unless a void for it arrived first.
    conn.exec_driver_sql(
        """CREATE TRIGGER tally_count AFTER INSERT ON letter_record
        WHEN NEW.voids IS NULL
         AND NOT EXISTS (SELECT 1 FROM letter_record v WHERE v.voids = NEW.id)
        BEGIN
          INSERT INTO tally_total (event_id, case_id, kind, station_id, day, quantity)
          VALUES (NEW.event_id, NEW.case_id, NEW.kind, NEW.station_id, NEW.day, NEW.quantity)
          ON CONFLICT DO UPDATE SET quantity = tally_total.quantity + excluded.quantity;
        END"""
    )
    # The first void of a record that is here takes its quantity back off.
    conn.exec_driver_sql(
        """CREATE TRIGGER tally_void AFTER INSERT ON letter_record
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
    )
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


Migration = Callable[[Connection], None]
MIGRATIONS: list[Migration] = [_v1_initial, _v2_running_totals, _v3_merged_events, _v4_known_stations]
SCHEMA_VERSION = len(MIGRATIONS)


# --- opening ----------------------------------------------------------------------------------


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Every connection gets the same settings; busy_timeout first, since switching to WAL can
    # itself meet a busy database.
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")
    # Freed pages (a purged draft, a printed letter) are overwritten, not left readable.
    cursor.execute("PRAGMA secure_delete = ON")
    cursor.close()


def _owner_only(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists() and os.name == "posix":
            candidate.chmod(0o600)


class Database:
    """The open database of one data folder."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        with self._sessions() as session, session.begin():
            yield session

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the main file and truncate it (before exports, after purges)."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.engine.dispose()


def open_database(folder: Path) -> Database:
    """Open (creating or migrating as needed) the database in `folder`."""
    path = folder / DB_FILE
    old_umask = os.umask(0o077)
    try:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise DataFolderError(f"cannot create the data folder {folder}: {exc.strerror}") from exc
        engine = create_engine(f"sqlite+pysqlite:///{path}", future=True)
        event.listen(engine, "connect", _on_connect)
        try:
            migrate(engine, path)
        except sqlite3.DatabaseError as exc:  # pragma: no cover - depends on the file
            raise DataFolderError(f"{path} is not a W4R Desktop database ({exc})") from exc
        except Exception as exc:
            cause = getattr(exc, "orig", None)
            if isinstance(cause, sqlite3.DatabaseError):
                raise DataFolderError(f"cannot open the database {path}: {cause}") from exc
            raise
    finally:
        os.umask(old_umask)
    _owner_only(path)
    return Database(path, engine)


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
        with engine.begin() as conn:
            MIGRATIONS[target](conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {target + 1}")
        log.info("database migrated to schema %d", target + 1)


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


def integrity_ok(db: Database) -> bool:
    with db.engine.connect() as conn:
        return str(conn.execute(text("PRAGMA integrity_check")).scalar_one()) == "ok"


def this_station(db: Database) -> Station:
    """This laptop's station, made with a fresh random id on first run."""
    with db.session() as session:
        station = session.query(Station).order_by(Station.created_at).first()
        if station is None:
            station = Station(id=new_id(), name=_default_station_name(), created_at=utc_now())
            session.add(station)
        return station


def _default_station_name() -> str:
    import socket

    return (socket.gethostname() or "Station")[:100]
