"""Cloned laptops: a copied data folder becomes a station of its own, and no letter is lost in a sync."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

from sqlalchemy import text

from w4r_desktop.core.db.database import open_database, this_station
from w4r_desktop.core.tally.export import export_records, write_sync_file
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.shared_folder import sync_folder
from w4r_desktop.core.tally.sync_file import read_sync_file

FIXED = dt.datetime(2021, 12, 10, 14, 30, tzinfo=dt.UTC)


def laptop(folder: Path) -> Tally:
    return Tally(open_database(folder), clock=lambda: FIXED)


def test_a_copied_data_folder_becomes_a_new_station_and_keeps_its_records(tmp_path: Path) -> None:
    original = laptop(tmp_path / "a")
    original.record("zhang-zhan", TallyKind.APPEAL, 0)
    first_id = original.station_id
    original.db.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b")

    copy = laptop(tmp_path / "b")
    assert copy.station_id != first_id
    assert copy.letters_written() == 1
    assert this_station(copy.db).id == copy.station_id
    copy.db.close()

    again = laptop(tmp_path / "a")
    assert again.station_id == first_id  # the original keeps its identity
    reopened = laptop(tmp_path / "b")
    assert reopened.station_id == copy.station_id  # and the copy keeps its new one


def test_two_clones_and_a_third_laptop_count_every_letter_through_a_shared_folder(tmp_path: Path) -> None:
    shared = tmp_path / "usb"
    shared.mkdir()
    original = laptop(tmp_path / "a")
    original.record("zhang-zhan", TallyKind.APPEAL, 0)
    original.db.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b")  # the image copied to a second laptop
    a, b, c = laptop(tmp_path / "a"), laptop(tmp_path / "b"), laptop(tmp_path / "c")
    a.record("sphere", TallyKind.APPEAL, 0)
    b.record("sphere", TallyKind.SOLIDARITY, 0)
    b.record("zhang-zhan", TallyKind.HANDWRITTEN, quantity=5)
    for tally in (a, b, c, a, b, c):
        sync_folder(tally, shared)
    assert a.letters_written() == b.letters_written() == c.letters_written() == 8


def test_a_clones_export_carries_the_records_made_before_it_was_copied(tmp_path: Path) -> None:
    original = laptop(tmp_path / "a")
    before = original.record("zhang-zhan", TallyKind.APPEAL, 0)
    original.db.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    copy = laptop(tmp_path / "b")
    after = copy.record("sphere", TallyKind.APPEAL, 0)
    path = tmp_path / "b.csv"
    export_records(copy, path)
    assert {record.id for record in read_sync_file(path).records} == {before, after}


def test_a_station_file_replaced_by_other_records_of_the_same_count_is_read_again(tmp_path: Path) -> None:
    shared = tmp_path / "usb"
    shared.mkdir()
    other = laptop(tmp_path / "other")
    first = other.record("zhang-zhan", TallyKind.APPEAL, 0)
    here = laptop(tmp_path / "here")
    export_records(other, shared / f"w4r-tally-{other.station_id}.csv")
    sync_folder(here, shared)
    assert here.letters_written() == 1
    # The file now holds one record again, but a different one (another laptop wrote the same name).
    records = read_sync_file(shared / f"w4r-tally-{other.station_id}.csv").records
    second = dataclasses.replace(records[0], id=first[:-1] + ("0" if first[-1] != "0" else "1"))
    write_sync_file(
        shared / f"w4r-tally-{other.station_id}.csv",
        [second],
        station_id=other.station_id,
        event_id=records[0].event_id,
    )
    report = sync_folder(here, shared)
    assert report.imported.unchanged == []
    assert here.letters_written() == 2


def test_laptops_imaged_before_the_upgrade_become_different_stations(tmp_path: Path) -> None:
    original = laptop(tmp_path / "a")
    original.record("zhang-zhan", TallyKind.APPEAL, 0)
    with original.db.session() as session:  # as a database from before stations had fingerprints
        session.execute(text("UPDATE station SET fingerprint = NULL"))
    original.db.close()
    shutil.copytree(tmp_path / "a", tmp_path / "b")
    a, b = laptop(tmp_path / "a"), laptop(tmp_path / "b")
    assert a.station_id != b.station_id
    assert a.letters_written() == b.letters_written() == 1
