"""`tally add`'s quick path writes exactly the record the full path writes, or leaves it to the full path."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from w4r_desktop.core.db.database import Database, open_database
from w4r_desktop.core.db.identity import DB_FILE, SCHEMA_VERSION
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.store import record_now

NOW = dt.datetime(2026, 12, 10, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))


def _row(db: Database, record_id: str) -> dict[str, object]:
    with sqlite3.connect(db.path) as connection:
        connection.row_factory = sqlite3.Row
        return dict(connection.execute("SELECT * FROM letter_record WHERE id = ?", (record_id,)).fetchone())


def test_the_quick_record_is_the_record_tally_would_write(data_dir: Path) -> None:
    db = open_database(data_dir)
    tally = Tally(db, clock=lambda: NOW)
    full = _row(db, tally.record("zhang-zhan", TallyKind.CARD, None, 3))
    quick_id = record_now(data_dir, "zhang-zhan", TallyKind.CARD, None, 3, now=NOW)
    assert quick_id is not None
    quick = _row(db, quick_id)
    assert {key: value for key, value in quick.items() if key != "id"} == {
        key: value for key, value in full.items() if key != "id"
    }
    assert tally.event_totals()[TallyKind.CARD] == 6  # the database's triggers kept the totals
    db.close()


def test_anything_unusual_goes_the_full_way(data_dir: Path, tmp_path: Path) -> None:
    assert record_now(data_dir, "zhang-zhan", TallyKind.APPEAL) is None  # no database yet
    db = open_database(data_dir)
    Tally(db)
    db.close()
    with sqlite3.connect(data_dir / DB_FILE) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")  # older: the full path migrates it
    assert record_now(data_dir, "zhang-zhan", TallyKind.APPEAL) is None
    with sqlite3.connect(data_dir / DB_FILE) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    copied = tmp_path / "copied"
    copied.mkdir()
    (copied / DB_FILE).write_bytes((data_dir / DB_FILE).read_bytes())
    # A copied data folder is a new station: only the full path makes its station.
    assert record_now(copied, "zhang-zhan", TallyKind.APPEAL) is None
    assert record_now(data_dir, "zhang-zhan", TallyKind.APPEAL) is not None


@pytest.mark.parametrize(("case_id", "quantity"), [("", 1), ("x" * 101, 1), ("zhang-zhan", 0), ("zhang-zhan", 100_001)])
def test_bad_counts_are_refused_as_the_full_path_refuses_them(data_dir: Path, case_id: str, quantity: int) -> None:
    with pytest.raises(UserError):
        record_now(data_dir, case_id, TallyKind.APPEAL, None, quantity)
