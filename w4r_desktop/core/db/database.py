"""Opening the local database: one SQLite file in the data folder, opened durably and migrated."""

from __future__ import annotations

import logging
import os
import socket
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Engine,
    create_engine,
    event,
    select,
    text,
)
from sqlalchemy.orm import Session, sessionmaker

from w4r_desktop.core.db.identity import BUSY_TIMEOUT_MS, DB_FILE, station_fingerprint
from w4r_desktop.core.db.migrations import migrate
from w4r_desktop.core.db.schema import Station, new_id, utc_now
from w4r_desktop.core.errors import DataFolderError
from w4r_desktop.core.failures import explain

log = logging.getLogger(__name__)


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
                raise DataFolderError(f"cannot open the database {path}: {explain(exc, folder) or cause}") from exc
            raise
    finally:
        os.umask(old_umask)
    _owner_only(path)
    return Database(path, engine)


def integrity_ok(db: Database) -> bool:
    with db.engine.connect() as conn:
        return str(conn.execute(text("PRAGMA integrity_check")).scalar_one()) == "ok"


def this_station(db: Database) -> Station:
    """This laptop's station: made with a fresh random id on first run, and anew in a copied folder.

    A database copied to another computer or folder (a disk image, a copied profile) would
    otherwise count as the same laptop as its original, and the two would overwrite each other's
    sync files. Its records stay; only the letters counted from now on carry the new id.
    """
    fingerprint = station_fingerprint(db.path.parent)
    with db.session() as session:
        stations = list(session.scalars(select(Station).order_by(Station.created_at)))
        for station in stations:
            if station.fingerprint == fingerprint:
                return station
        # Not found: a first run, a copied folder, or a database from before fingerprints (which
        # may itself be one of several laptops imaged from one disk: so it gets a new id too).
        name = stations[-1].name if stations else _default_station_name()
        station = Station(id=new_id(), name=name, created_at=utc_now(), fingerprint=fingerprint)
        session.add(station)
        if stations:
            log.warning("this data folder is new to this computer or folder: it counts as a new station now")
        return station


def own_station_ids(db: Database) -> list[str]:
    """Every id this database has counted under (more than one once its folder was copied)."""
    with db.session() as session:
        return list(session.scalars(select(Station.id).order_by(Station.created_at)))


def _default_station_name() -> str:
    return (socket.gethostname() or "Station")[:100]
