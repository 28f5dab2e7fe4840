"""Every released schema's database opens with today's code: migrated, backed up, rows intact, totals right.

The databases in core/databases/ were made once by make_databases.py, one per schema version,
and are never rebuilt: a migration that no longer reads an old release's file fails here.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.core.databases import make_databases
from tests.core.databases.make_databases import (
    EVENT,
    FAILED_SENDER,
    OTHER_EVENT,
    OTHER_STATION,
    OTHER_STATION_NAME,
    PRINTER_ERROR,
    QUEUED_SENDER,
    RECORDS,
    SETTINGS,
    STATION,
    database_path,
)
from w4r_desktop.core.db.database import DB_FILE, Database, integrity_ok, open_database, own_station_ids, this_station
from w4r_desktop.core.db.migrations import SCHEMA_VERSION
from w4r_desktop.core.drafts import DraftStore
from w4r_desktop.core.print_queue import PrintQueue
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally.kinds import WHOLE_EVENT, TallyKind
from w4r_desktop.core.tally.records import StationTotal, Tally, Total

VERSIONS = range(1, SCHEMA_VERSION + 1)
MERGED_EVENTS_FROM = 3  # the schema that added merged_event
KNOWN_STATIONS_FROM = 4  # the schema that added known_station
FINGERPRINTS_FROM = 5  # the schema that tied a station to its computer and folder

OWN_TOTALS = [
    Total(WHOLE_EVENT, TallyKind.PARTICIPANT, 31),
    Total("bernardo-caal-xol", TallyKind.SIGNATURE, 40),
    Total("mikita-zalatarou", TallyKind.HANDWRITTEN, 12),
    Total("sphere", TallyKind.CARD, 7),
    Total("zhang-zhan", TallyKind.APPEAL, 2),
    Total("zhang-zhan", TallyKind.SOLIDARITY, 1),
]
"""This laptop's event: wendy-galarza's appeal was voided, janna-jihad's void came before the record."""
MERGED_IN = {("zhang-zhan", TallyKind.APPEAL): 2, ("sphere", TallyKind.CARD): 5}
"""What the other laptop's merged event (schema 3 on) adds: two appeals and five cards."""
WITH_MERGED_TOTALS = [
    Total(total.case_id, total.kind, total.quantity + MERGED_IN.get((total.case_id, total.kind), 0))
    for total in OWN_TOTALS
]


def committed(version: int) -> Path:
    """The committed database of schema `version` (a new schema needs one: the message says how)."""
    path = database_path(version)
    assert path.is_file(), f"no {path.name}: add its rows to make_databases.py, run python -m {make_databases.__name__}"
    return path


def opened_copy(version: int, data_dir: Path) -> Database:
    """A copy of the schema-`version` database, as the data folder's database, opened with today's code."""
    data_dir.mkdir(parents=True)
    shutil.copyfile(committed(version), data_dir / DB_FILE)
    return open_database(data_dir)


def user_version(path: Path) -> int:
    """The schema version written in a database file, read without changing (or creating) it."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.parametrize("version", VERSIONS)
def test_each_file_is_the_schema_it_is_named_after(version: int) -> None:
    assert user_version(committed(version)) == version


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_database_migrates_to_the_newest_schema_and_is_backed_up(version: int, data_dir: Path) -> None:
    database = opened_copy(version, data_dir)
    try:
        assert database.schema_version() == SCHEMA_VERSION
        assert integrity_ok(database)
    finally:
        database.close()
    backups = sorted((data_dir / "backups").glob("*.sqlite3")) if (data_dir / "backups").exists() else []
    if version == SCHEMA_VERSION:
        assert backups == []  # nothing to migrate, nothing to back up
    else:
        assert [user_version(backup) for backup in backups] == [version]


@pytest.mark.parametrize("version", VERSIONS)
def test_the_rows_survive_the_migration(version: int, data_dir: Path) -> None:
    database = opened_copy(version, data_dir)
    try:
        tally = Tally(database)
        station = this_station(database).id
        assert (tally.station_id, tally.event_id) == (station, EVENT)
        # A database written on another computer, or before stations knew their computer, may be a
        # copy: this laptop counts under a new id, and the records made under the old one are still its own.
        assert station != STATION and own_station_ids(database) == [STATION, station]
        assert tally.record_count() == len(RECORDS) + (3 if version >= MERGED_EVENTS_FROM else 0)
        settings = Settings(database)
        assert {key: settings.get(key) for key in SETTINGS} == {
            **SETTINGS,
            "event_date": dt.date(2021, 12, 10),
        }
        jobs = PrintQueue(database).jobs()
        assert [(job.letter.sender_name, job.failed) for job in jobs] == [
            (FAILED_SENDER, PRINTER_ERROR),
            (QUEUED_SENDER, None),
        ]
        assert len(DraftStore(database)) == 1
        expected_names = {station: "Front desk", STATION: "Front desk (earlier id)"}
        if version >= KNOWN_STATIONS_FROM:
            expected_names[OTHER_STATION] = OTHER_STATION_NAME
        assert tally.station_names() == expected_names
    finally:
        database.close()


@pytest.mark.parametrize("version", VERSIONS)
def test_the_totals_are_right_after_the_migration(version: int, data_dir: Path) -> None:
    database = opened_copy(version, data_dir)
    try:
        tally = Tally(database)
        merged = version >= MERGED_EVENTS_FROM
        assert tally.event_ids() == ([EVENT, OTHER_EVENT] if merged else [EVENT])
        assert tally.totals() == (WITH_MERGED_TOTALS if merged else OWN_TOTALS)
        assert tally.letters_written() == (2 + 1 + 12 + 7) + (sum(MERGED_IN.values()) if merged else 0)
        by_station = [total for total in tally.totals_by_station() if total.station_id == OTHER_STATION]
        assert by_station == (
            [StationTotal(OTHER_STATION, TallyKind.APPEAL, 2), StationTotal(OTHER_STATION, TallyKind.CARD, 5)]
            if merged
            else []
        )
        assert tally.days() == ("2021-12-10", "2021-12-11")
        # And counting goes on where the old release left off.
        tally.record("zhang-zhan", TallyKind.APPEAL, 0)
        assert Total("zhang-zhan", TallyKind.APPEAL, 5 if merged else 3) in tally.totals()
    finally:
        database.close()
