"""Measure the tally: recording latency, totals with a million records, merging 50 station files.

    python bench/bench_tally.py                       # the figures for the README
    python bench/bench_tally.py --records 100000 --stations 10 --per-station 2000   # a quick run

Everything happens in a temporary folder; the user's data is never touched.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from w4r_desktop.core.db.database import open_database
from w4r_desktop.core.tally.export import export_records, write_sync_file
from w4r_desktop.core.tally.kinds import KIND_VALUES, TallyKind
from w4r_desktop.core.tally.merge import import_files
from w4r_desktop.core.tally.records import Tally, TallyRecord
from w4r_desktop.core.tally.shared_folder import sync_folder

CASES = [f"case-{number:02d}" for number in range(10)]
KINDS = list(TallyKind)
EVERY_KIND = (
    f"CASE i % {len(KIND_VALUES)} "
    + " ".join(f"WHEN {number} THEN '{kind}'" for number, kind in enumerate(KIND_VALUES))
    + " END"
)
"""The kinds in turn, one per record, from the registry."""


def timed(work: Callable[[], object], repeat: int = 5) -> tuple[float, float]:
    """Median and worst wall time of `work`, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def recording_latency(tally: Tally, count: int) -> tuple[float, float]:
    """Median and 95th percentile of one `record` call (a committed, fsynced transaction), in ms."""
    times = []
    for number in range(count):
        start = time.perf_counter()
        tally.record(CASES[number % len(CASES)], TallyKind.APPEAL, 0)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)]


def fill(tally: Tally, records: int, stations: int) -> float:
    """Insert `records` records through the totals triggers, as imports would; returns seconds."""
    start = time.perf_counter()
    with tally.db.engine.begin() as conn:
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1) "
            "INSERT INTO letter_record (id, event_id, case_id, kind, quantity, station_id, recorded_at, day) "
            "SELECT printf('%08x-0000-4000-8000-%012x', i / 65536, i), ?, 'case-' || printf('%02d', i % 10), "
            f"{EVERY_KIND}, 1, "
            "printf('%08x-0000-4000-8000-000000000000', i % ?), '2021-12-10T12:00:00+00:00', "
            "'2021-12-1' || (i % 3) FROM n",
            (records, tally.event_id, stations),
        )
    return time.perf_counter() - start


def station_records(station: int, count: int, event_id: str) -> list[TallyRecord]:
    station_id = str(uuid.UUID(int=station + 1, version=4))
    return [
        TallyRecord(
            str(uuid.UUID(int=(station << 32) + number, version=4)),
            event_id,
            CASES[number % len(CASES)],
            KINDS[number % 2],
            0,
            1,
            station_id,
            "2021-12-10T12:00:00+00:00",
            "2021-12-10",
        )
        for number in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--stations", type=int, default=50)
    parser.add_argument("--per-station", type=int, default=20_000)
    parser.add_argument("--latency-samples", type=int, default=300)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        tally = Tally(open_database(root / "big"))
        median, p95 = recording_latency(tally, args.latency_samples)
        print(f"record one letter (empty database): median {median:.1f} ms, 95th percentile {p95:.1f} ms")

        seconds = fill(tally, args.records, args.stations)
        print(f"loaded {args.records:,} records through the totals triggers in {seconds:.1f} s")
        for name, work in (
            ("totals per case and kind", tally.totals),
            ("totals per station", tally.totals_by_station),
            ("totals per day", tally.totals_by_day),
            ("letters written (kiosk counter)", tally.letters_written),
        ):
            median, worst = timed(work)
            print(f"{name} at {args.records:,} records: median {median:.1f} ms, worst {worst:.1f} ms")
        median, p95 = recording_latency(tally, args.latency_samples)
        print(f"record one letter at {args.records:,} records: median {median:.1f} ms, 95th percentile {p95:.1f} ms")
        start = time.perf_counter()
        export = export_records(tally, root / "export.csv", everything=True)
        print(
            f"export {export.records:,} records: {time.perf_counter() - start:.1f} s, "
            f"{export.path.stat().st_size / 1e6:.0f} MB"
        )
        tally.db.close()

        files = []
        event_id = str(uuid.uuid4())
        for station in range(args.stations):
            path = root / f"w4r-tally-{station:02d}.csv"
            write_sync_file(
                path,
                station_records(station, args.per_station, event_id),
                station_id=str(uuid.UUID(int=station + 1, version=4)),
                event_id=event_id,
                exported_at=dt.datetime(2021, 12, 10, tzinfo=dt.UTC),
            )
            files.append(path)
        total = args.stations * args.per_station
        merged = Tally(open_database(root / "merged"))
        start = time.perf_counter()
        report = import_files(merged, files)
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = import_files(merged, files)
        second = time.perf_counter() - start
        assert report.added == total and again.added == 0 and merged.letters_written() == total
        print(
            f"merge {args.stations} station files of {args.per_station:,} records ({total:,}): {first:.1f} s; "
            f"the same files again (nothing new): {second:.1f} s"
        )
        merged.db.close()

        synced = Tally(open_database(root / "synced"))
        start = time.perf_counter()
        sync_folder(synced, root)
        first = time.perf_counter() - start
        start = time.perf_counter()
        again_sync = sync_folder(synced, root)
        second = time.perf_counter() - start
        assert len(again_sync.imported.unchanged) == args.stations and synced.letters_written() == total
        print(
            f"sync folder holding those {args.stations} files: first sync {first:.1f} s; "
            f"next sync with nothing new {second:.2f} s"
        )
        synced.db.close()


if __name__ == "__main__":
    main()
