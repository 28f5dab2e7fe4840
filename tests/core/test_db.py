"""The database: durable settings, owner-only files, ordered migrations, no personal data in the tally."""

from __future__ import annotations

import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from w4r_desktop.core.db import database as dbmod
from w4r_desktop.core.db import migrations
from w4r_desktop.core.db.database import DB_FILE, Database, integrity_ok, open_database, own_station_ids, this_station
from w4r_desktop.core.db.migrations import SCHEMA_VERSION
from w4r_desktop.core.db.schema import LetterRecord, TallyTotal, utc_now
from w4r_desktop.core.errors import DatabaseTooNew


def pragma(database: Database, name: str) -> object:
    with database.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()


def test_connection_settings(db: Database) -> None:
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "synchronous") == 2  # FULL
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "busy_timeout") == dbmod.BUSY_TIMEOUT_MS
    assert pragma(db, "secure_delete") == 1
    assert db.schema_version() == SCHEMA_VERSION
    assert integrity_ok(db)


def test_database_files_are_owner_only(db: Database) -> None:
    this_station(db)
    mode = stat.S_IMODE(db.path.stat().st_mode)
    assert mode == 0o600
    assert stat.S_IMODE(db.path.parent.stat().st_mode) == 0o700


def test_station_id_is_made_once(db: Database, data_dir: Path) -> None:
    first = this_station(db).id
    assert this_station(db).id == first
    db.close()
    assert this_station(open_database(data_dir)).id == first
    other = open_database(data_dir.parent / "other")
    assert this_station(other).id != first


def test_tally_tables_hold_no_personal_data(db: Database) -> None:
    personal = {"name", "sender", "sender_name", "town", "address", "text", "body", "email", "payload"}
    inspector = inspect(db.engine)
    for table in ("letter_record", "tally_total", "station", "event"):
        columns = {column["name"] for column in inspector.get_columns(table)}
        assert not columns & (personal - {"name"} if table in {"station", "event"} else personal), table
    assert {c["name"] for c in inspector.get_columns("letter_record")} == {
        "id",
        "event_id",
        "case_id",
        "kind",
        "target",
        "quantity",
        "station_id",
        "recorded_at",
        "day",
        "voids",
    }


def record(record_id: str, quantity: int = 1, voids: str | None = None) -> LetterRecord:
    return LetterRecord(
        id=record_id,
        event_id="e",
        case_id="zhang-zhan",
        kind="appeal",
        target=0,
        quantity=quantity,
        station_id="s",
        recorded_at=utc_now(),
        day="2021-12-10",
        voids=voids,
    )


def total(database: Database) -> int:
    with database.session() as session:
        return sum(row.quantity for row in session.query(TallyTotal))


def test_running_totals_count_each_void_once_in_any_order(db: Database) -> None:
    with db.session() as session:
        session.add_all([record("a", 2), record("b", 3)])
    with db.session() as session:
        session.add_all([record("v1", voids="a"), record("v2", voids="a"), record("v3", voids="c")])
    with db.session() as session:
        session.add(record("c", 10))  # its void arrived first
    assert total(db) == 3


def test_older_database_migrates_with_rows_intact(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / DB_FILE
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        migrations.MIGRATIONS[0](conn)
        conn.exec_driver_sql("PRAGMA user_version = 1")
        conn.exec_driver_sql(
            "INSERT INTO letter_record (id, event_id, case_id, kind, target, quantity, station_id, recorded_at, day) "
            "VALUES ('old-1', 'e', 'zhang-zhan', 'appeal', 0, 4, 's', '2021-12-10T10:00:00+00:00', '2021-12-10')"
        )
        conn.exec_driver_sql("INSERT INTO station (id, name, created_at) VALUES ('s', 'Table 1', 'then')")
    engine.dispose()

    database = open_database(data_dir)
    assert database.schema_version() == SCHEMA_VERSION
    with database.session() as session:
        assert session.get(LetterRecord, "old-1").quantity == 4
    assert total(database) == 4  # the migration counted what was there
    # A database from before stations knew their computer may be one of several imaged laptops:
    # it counts under a new id from now on, and 's' stays one of its own.
    assert this_station(database).id != "s" and "s" in own_station_ids(database)
    backups = list((data_dir / "backups").glob("*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("PRAGMA user_version").fetchone() == (1,)
        assert copy.execute("SELECT count(*) FROM letter_record").fetchone() == (1,)


def test_newer_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    with sqlite3.connect(data_dir / DB_FILE) as conn:
        conn.execute("CREATE TABLE future (x)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(DatabaseTooNew, match="newer W4R Desktop"):
        open_database(data_dir)
    with sqlite3.connect(data_dir / DB_FILE) as conn:  # left as it was
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION + 1,)


def test_not_a_database_is_a_clear_error(data_dir: Path) -> None:
    from w4r_desktop.core.errors import UserError

    data_dir.mkdir(parents=True)
    (data_dir / DB_FILE).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(UserError, match=r"not a W4R Desktop database|cannot open the database"):
        open_database(data_dir)


def test_plain_connections_are_kept_per_thread_and_a_nested_block_is_its_own(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    try:
        with db.connect() as first:
            first.execute("CREATE TABLE note (text TEXT)")
            with db.connect() as inner:
                assert inner is not first  # committing the inner block must not commit the outer one
                inner.execute("INSERT INTO note VALUES ('inner')")
            first.execute("INSERT INTO note VALUES ('outer')")
        with db.connect() as again:
            assert again is first
            assert sorted(row[0] for row in again.execute("SELECT text FROM note")) == ["inner", "outer"]
        with pytest.raises(sqlite3.IntegrityError), db.connect() as failing:
            failing.execute("INSERT INTO note VALUES ('rolled back')")
            raise sqlite3.IntegrityError("as a failing statement would")
        seen: list[sqlite3.Connection] = []
        worker = threading.Thread(target=lambda: seen.append(_connection_of(db)))
        worker.start()
        worker.join()
        assert seen and seen[0] is not first
        with db.connect() as after:
            assert [row[0] for row in after.execute("SELECT text FROM note WHERE text = 'rolled back'")] == []
    finally:
        db.close()


def _connection_of(db: Database) -> sqlite3.Connection:
    with db.connect() as connection:
        return connection


def test_a_failed_commit_holds_no_lock_and_is_not_committed_later(tmp_path: Path) -> None:
    db = open_database(tmp_path)
    try:
        with db.connect() as connection:
            connection.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
            connection.execute(
                "CREATE TABLE child (parent INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"
            )
        # A deferred foreign key fails at COMMIT, which leaves the transaction open in sqlite3.
        with pytest.raises(sqlite3.IntegrityError), db.connect() as connection:
            connection.execute("INSERT INTO child VALUES (7)")
        other = sqlite3.connect(tmp_path / DB_FILE, timeout=0.1)
        try:
            other.execute("INSERT INTO parent VALUES (1)")  # not locked out
            other.commit()
        finally:
            other.close()
        with db.connect() as connection:
            connection.execute("INSERT INTO parent VALUES (2)")
        with db.connect() as connection:
            assert connection.execute("SELECT count(*) FROM child").fetchone()[0] == 0
    finally:
        db.close()
