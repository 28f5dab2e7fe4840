"""The ORM's tables (db/schema.py) are the tables the migrations make, and a migration is whole or not at all."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Engine, Integer, MetaData, Table, inspect
from sqlalchemy.engine import Connection

from w4r_desktop.core.db import database as database_module
from w4r_desktop.core.db import migrations
from w4r_desktop.core.db.database import DB_FILE, open_database
from w4r_desktop.core.db.schema import Base
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.records import Tally


def _checks(engine: Engine) -> set[tuple[str, str, str]]:
    inspector = inspect(engine)
    return {
        (table, str(check["name"]), re.sub(r"\s+", "", str(check["sqltext"])))
        for table in inspector.get_table_names()
        for check in inspector.get_check_constraints(table)
    }


def _differences(engine: Engine, metadata: MetaData) -> list[object]:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))


def test_the_orm_is_the_migrated_schema(tmp_path: Path) -> None:
    database = open_database(tmp_path)
    try:
        assert _differences(database.engine, Base.metadata) == []
        # Autogenerate does not compare CHECK constraints: they are compared here.
        declared = {
            (table.name, str(check.name), re.sub(r"\s+", "", str(check.sqltext)))
            for table in Base.metadata.tables.values()
            for check in table.constraints
            if check.__class__.__name__ == "CheckConstraint"
        }
        assert _checks(database.engine) == declared
    finally:
        database.close()


def test_the_comparison_can_fail(tmp_path: Path) -> None:
    database = open_database(tmp_path)
    try:
        metadata = MetaData()
        for table in Base.metadata.tables.values():
            table.to_metadata(metadata)
        Table("station", metadata, Column("extra", Integer), extend_existing=True)
        assert _differences(database.engine, metadata) != []
    finally:
        database.close()


def test_a_kind_is_the_registrys_not_the_tables(tmp_path: Path) -> None:
    """Storage keeps any kind the rules let in: a new kind is a line in kinds.py, not a table rebuild."""
    database = open_database(tmp_path)
    try:
        tally = Tally(database)
        tally.record("zhang-zhan", TallyKind.APPEAL)
        with database.connect() as connection:
            connection.execute(
                "INSERT INTO letter_record (id, event_id, case_id, kind, quantity, station_id, recorded_at, day) "
                "VALUES ('00000000-0000-4000-8000-000000000001', ?, 'zhang-zhan', 'online', 3, ?, "
                "'2026-12-10T10:00:00+00:00', '2026-12-10')",
                (tally.event_id, tally.station_id),
            )
            rows = connection.execute("SELECT kind, quantity FROM tally_total ORDER BY kind").fetchall()
        assert rows == [("appeal", 1), ("online", 3)]
    finally:
        database.close()


def test_the_rebuilt_records_keep_their_rowids(tmp_path: Path) -> None:
    """The shared server's marks count by rowid: the table made anew keeps each record's."""
    folder = tmp_path / "data"
    database = open_database(folder)
    tally = Tally(database)
    ids = [tally.record("zhang-zhan", TallyKind.APPEAL) for _ in range(5)]
    with database.connect() as connection:
        connection.execute("DELETE FROM letter_record WHERE id = ?", (ids[1],))  # a gap, as a VACUUM never leaves
        before = connection.execute("SELECT rowid, id FROM letter_record ORDER BY rowid").fetchall()
    database.close()
    connection = sqlite3.connect(folder / DB_FILE)
    connection.execute("PRAGMA user_version = 8")
    connection.commit()
    connection.close()
    database = open_database(folder)
    try:
        with database.connect() as connection:
            assert connection.execute("SELECT rowid, id FROM letter_record ORDER BY rowid").fetchall() == before
            triggers = connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
            assert [name for (name,) in triggers] == ["tally_count", "tally_void"]
    finally:
        database.close()


def test_a_migration_that_fails_leaves_nothing_half_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "data"
    open_database(folder).close()

    def half_made(conn: Connection) -> None:
        conn.exec_driver_sql("CREATE TABLE half (id INTEGER)")
        conn.exec_driver_sql("DROP TABLE known_case")
        raise RuntimeError("the power went")

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", migrations.SCHEMA_VERSION + 1)
    monkeypatch.setattr(database_module, "SCHEMA_VERSION", migrations.SCHEMA_VERSION)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, half_made])
    with pytest.raises(RuntimeError):
        open_database(folder)
    connection = sqlite3.connect(folder / DB_FILE)
    try:
        tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "half" not in tables
        assert "known_case" in tables
        assert connection.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION - 1
    finally:
        connection.close()
