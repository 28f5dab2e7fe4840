"""Kill -9 in the middle of an export and of a burst of recordings: nothing committed is lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from w4r_desktop.core.db.database import integrity_ok, open_database
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.sync_file import read_sync_file

pytestmark = pytest.mark.slow

EXPORTER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from w4r_desktop.core.db.database import open_database
    from w4r_desktop.core.tally.sync_file import BATCH
    from w4r_desktop.core.tally.export import export_records
    from w4r_desktop.core.tally.records import Tally
    tally = Tally(open_database(Path(sys.argv[1])))
    def halfway(done, total):
        if done == BATCH:  # one batch is written, the rest is not: the kill lands mid-file
            print("writing", flush=True)
    while True:
        tally.record("sphere", "appeal")
        export_records(tally, sys.argv[2], progress=halfway)
""")

RECORDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from w4r_desktop.core.db.database import open_database
    from w4r_desktop.core.tally.records import Tally
    tally = Tally(open_database(Path(sys.argv[1])))
    while True:
        record_id = tally.record("zhang-zhan", "solidarity", quantity=2)
        print(record_id, flush=True)  # only once the record is committed
""")


def run_until(script: str, args: list[str], lines: int) -> list[str]:
    """Start `script`, read `lines` lines of its output, then kill it with SIGKILL mid-work."""
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert child.stdout is not None
    seen = []
    try:
        for _ in range(lines):
            seen.append(child.stdout.readline().strip())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    return seen


def test_kill_during_export_leaves_the_previous_file_whole(tmp_path: Path) -> None:
    folder = tmp_path / "laptop"
    db = open_database(folder)
    tally = Tally(db)
    with db.engine.begin() as conn:  # enough records that an export takes a while to write
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40000) "
            "INSERT INTO letter_record (id, event_id, case_id, kind, quantity, station_id, recorded_at, day) "
            "SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) "
            "|| '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))), ?, 'zhang-zhan', 'card', 1, ?, "
            "'2021-12-10T10:00:00+00:00', '2021-12-10' FROM n",
            (tally.event_id, tally.station_id),
        )
    db.close()
    path = tmp_path / "stick" / "export.csv"
    path.parent.mkdir()
    for kills in (2, 3, 5):
        run_until(EXPORTER, [str(folder), str(path)], kills)
        whole = read_sync_file(path)  # raises if the file were cut short
        assert len(whole.records) >= 40000 + kills - 1
    reopened = open_database(folder)
    assert integrity_ok(reopened)
    reopened.close()


def test_kill_during_a_burst_of_recordings_loses_nothing_committed(tmp_path: Path) -> None:
    folder = tmp_path / "laptop"
    open_database(folder).close()
    acknowledged: list[str] = []
    for burst in (50, 200, 120):
        acknowledged += [line for line in run_until(RECORDER, [str(folder)], burst) if line]
    db = open_database(folder)
    assert integrity_ok(db)
    with db.engine.connect() as conn:
        present = {row[0] for row in conn.exec_driver_sql("SELECT id FROM letter_record")}
        recorded = conn.exec_driver_sql("SELECT coalesce(sum(quantity), 0) FROM letter_record").scalar_one()
    assert set(acknowledged) <= present
    # The running totals agree with the records, whatever moment the kill came.
    assert Tally(db).event_totals() == {TallyKind.SOLIDARITY: recorded}
    db.close()
