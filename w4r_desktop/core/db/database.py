"""Opening the local database: one SQLite file in the data folder, opened durably and migrated.

SQLAlchemy is loaded when the engine or a session is first asked for, not when the database is
opened: a database already at this version is opened with the sqlite3 module alone, and the few
reads the kiosk's first screen needs (settings, the PIN, the count of letters) go through
`Database.connect()`. So the first screen is painted before SQLAlchemy has loaded
(bench/bench_startup.py); it loads in the background after that (gui/app.py).
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from w4r_desktop.core.db.changes import Changes
from w4r_desktop.core.db.identity import BUSY_TIMEOUT_MS, DB_FILE, SCHEMA_VERSION, configure, station_fingerprint
from w4r_desktop.core.errors import DataFolderError
from w4r_desktop.core.failures import explain

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from w4r_desktop.core.db.schema import Station

log = logging.getLogger(__name__)


# --- opening ----------------------------------------------------------------------------------


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    configure(dbapi_connection)


def _make_engine(path: Path) -> Engine:
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite+pysqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    return engine


def _owner_only(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists() and os.name == "posix":
            candidate.chmod(0o600)


class Database:
    """The open database of one data folder."""

    def __init__(self, path: Path, engine: Engine | None = None) -> None:
        self.path = path
        self._engine = engine
        self._sessions: sessionmaker[Session] | None = None
        # The first use may come from the background warm-up and the window at once.
        self._lock = threading.Lock()
        self._plain = threading.local()  # each thread's sqlite3 connection (see `connect`)
        self.changes = Changes()
        """What the writes changed, for whoever shows it (see changes.py)."""

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine, made (and SQLAlchemy loaded) on first use."""
        with self._lock:
            if self._engine is None:
                self._engine = _make_engine(self.path)
            return self._engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        with self.changes.unit(), self._sessions() as session, session.begin():
            yield session

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A plain sqlite3 connection with the same settings, for a few quick statements without
        SQLAlchemy: committed when the block ends, rolled back if it raises.

        Each thread keeps its connection between blocks (no transaction stays open between them),
        so the dozen reads of a start or a screen do not each open and set up a connection."""
        kept: sqlite3.Connection | None = getattr(self._plain, "connection", None)
        if kept is None:
            kept = self._plain.connection = self._open_plain()
            self._plain.busy = False
        nested = bool(self._plain.busy)  # a block inside a block gets a connection of its own
        connection = self._open_plain() if nested else kept
        self._plain.busy = True
        try:
            with self.changes.unit(), connection:
                yield connection
        except sqlite3.Error:
            if not nested:  # (a failed COMMIT leaves its transaction open): never used again
                self._plain.connection = None
                connection.close()
            raise
        finally:
            if nested:
                connection.close()
            else:
                self._plain.busy = False

    def _open_plain(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            configure(connection)
        except sqlite3.Error:
            connection.close()
            raise
        return connection

    def schema_version(self) -> int:
        with self.connect() as connection:
            return int(connection.execute("PRAGMA user_version").fetchone()[0])

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the main file and truncate it (before exports, after purges)."""
        with self.connect() as connection:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        kept = getattr(self._plain, "connection", None)
        if kept is not None:
            self._plain.connection = None
            kept.close()
        if self._engine is not None:
            self._engine.dispose()


def _up_to_date(path: Path) -> bool:
    """True if `path` is a database at this version already, so nothing needs SQLAlchemy to open it."""
    if not path.is_file():
        return False
    try:
        with contextlib.closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)) as connection:
            return bool(connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION)
    except sqlite3.Error:
        return False  # the full path below explains what is wrong with it


def open_database(folder: Path) -> Database:
    """Open (creating or migrating as needed) the database in `folder`."""
    path = folder / DB_FILE
    old_umask = os.umask(0o077)
    try:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise DataFolderError(f"cannot create the data folder {folder}: {exc.strerror}") from exc
        database = Database(path) if _up_to_date(path) else Database(path, _migrated_engine(path))
    finally:
        os.umask(old_umask)
    _owner_only(path)
    return database


def _migrated_engine(path: Path) -> Engine:
    from w4r_desktop.core.db.migrations import migrate

    engine = _make_engine(path)
    try:
        migrate(engine, path)
    except sqlite3.DatabaseError as exc:  # pragma: no cover - depends on the file
        raise DataFolderError(f"{path} is not a W4R Desktop database ({exc})") from exc
    except Exception as exc:
        cause = getattr(exc, "orig", None)
        if isinstance(cause, sqlite3.DatabaseError):
            raise DataFolderError(f"cannot open the database {path}: {explain(exc, path.parent) or cause}") from exc
        raise
    return engine


def integrity_ok(db: Database) -> bool:
    with db.connect() as connection:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0]) == "ok"


def this_station(db: Database) -> Station:
    """This laptop's station: made with a fresh random id on first run, and anew in a copied folder.

    A database copied to another computer or folder (a disk image, a copied profile) would
    otherwise count as the same laptop as its original, and the two would overwrite each other's
    sync files. Its records stay; only the letters counted from now on carry the new id.
    """
    from sqlalchemy import select

    from w4r_desktop.core.db.schema import Station, new_id, utc_now

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
    from sqlalchemy import select

    from w4r_desktop.core.db.schema import Station

    with db.session() as session:
        return list(session.scalars(select(Station.id).order_by(Station.created_at)))


def _default_station_name() -> str:
    return (socket.gethostname() or "Station")[:100]
