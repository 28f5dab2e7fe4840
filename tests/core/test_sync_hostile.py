"""Sync files that lie: odd digits, this laptop's own id, case ids no bundle could have, killed exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from w4r_desktop.core.db.database import open_database
from w4r_desktop.core.files import atomic_writer
from w4r_desktop.core.tally.export import export_records
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.merge import import_files
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.sync_file import SyncFileInvalid

FIXED = dt.datetime(2021, 12, 10, 14, 30, tzinfo=dt.UTC)


def laptop(tmp_path: Path, name: str) -> Tally:
    return Tally(open_database(tmp_path / name), clock=lambda: FIXED)


@pytest.fixture
def exported(tmp_path: Path) -> Path:
    tally = laptop(tmp_path, "other")
    tally.record("zhang-zhan", TallyKind.APPEAL, 0)
    tally.record("sphere", TallyKind.HANDWRITTEN, quantity=3)
    path = tmp_path / "other.csv"
    export_records(tally, path)
    return path


def rewritten(path: Path, column: str, value: str) -> Path:
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    index = rows[1].index(column)
    rows[2][index] = value
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    target = path.with_name(f"changed-{column}.csv")
    target.write_text(out.getvalue(), encoding="utf-8")
    return target


@pytest.mark.parametrize(
    ("column", "value", "problem"),
    [
        ("quantity", "²", "quantity must be a whole number"),  # a digit to str.isdigit, not to int()
        ("quantity", "٣", "quantity must be a whole number"),  # Arabic-Indic three: not counted as 3
        ("quantity", "３", "quantity must be a whole number"),  # full-width three
        ("target", "¹", "target is not a small whole number"),
        ("case_id", "Zhang Zhan", "case_id is not a case id"),
        ("case_id", "zhang-zhan\u202e", "case_id is not a case id"),
    ],
)
def test_cells_that_only_look_like_numbers_or_ids_are_refused(
    exported: Path, tmp_path: Path, column: str, value: str, problem: str
) -> None:
    target = laptop(tmp_path, "target")
    with pytest.raises(SyncFileInvalid) as raised:
        import_files(target, [rewritten(exported, column, value)])
    assert problem in str(raised.value)
    assert target.totals() == []


def test_a_file_that_claims_to_be_from_this_laptop_is_refused(tmp_path: Path) -> None:
    tally = laptop(tmp_path, "here")
    tally.record("zhang-zhan", TallyKind.APPEAL, 0)
    path = tmp_path / "mine.csv"
    export_records(tally, path)
    with pytest.raises(SyncFileInvalid, match="this laptop's own"):
        import_files(tally, [path])
    assert tally.letters_written() == 1


WRITER = """
import sys, time
from w4r_desktop.core.files import atomic_writer
with atomic_writer(sys.argv[1], "w") as stream:
    stream.write("x" * 1000)
    stream.flush()
    print("writing", flush=True)
    time.sleep(60)
"""


def test_temporary_files_of_a_killed_writer_are_cleared_by_the_next_write(tmp_path: Path) -> None:
    target = tmp_path / "w4r-tally.csv"
    for _ in range(3):
        with subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, text=True) as writer:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
            os.kill(writer.pid, signal.SIGKILL)
            writer.wait()
    left = [path for path in tmp_path.iterdir() if path.name != target.name]
    assert len(left) == 1  # each writer cleared what the one killed before it left; the last one's remains
    with atomic_writer(target, "w") as stream:
        stream.write("done")
    assert [path.name for path in tmp_path.iterdir()] == [target.name]
    assert target.read_text() == "done"


def test_a_writer_still_running_keeps_its_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "w4r-tally.csv"
    with subprocess.Popen([sys.executable, "-c", WRITER, str(target)], stdout=subprocess.PIPE, text=True) as writer:
        try:
            assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
            with atomic_writer(target, "w") as stream:
                stream.write("mine")
            assert len(list(tmp_path.iterdir())) == 2  # ours, and the other writer's work in progress
        finally:
            writer.kill()
            writer.wait()
