"""Merging sync files against SQLite's own floor, in one run, interleaved.

    python bench/bench_merge.py                    # 10 station files of 20,000 records (the issue's figure)
    python bench/bench_merge.py --stations 3 --per-station 2000 --rounds 5   # a realistic event

The floor is a plain sqlite3 `executemany("INSERT OR IGNORE ...")` of the same rows, read from
the same CSV files, in one transaction, into a table with the same columns and primary key, on a
file with the same durability settings (WAL, synchronous=FULL). Ids are random uuid4, as laptops
make them. Each round merges into a fresh database; rounds alternate floor and merge. The
re-import is the same files imported again into the merged database (nothing new).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from w4r_desktop.core.db.database import open_database
from w4r_desktop.core.tally.export import write_sync_file
from w4r_desktop.core.tally.kinds import LETTER_KINDS
from w4r_desktop.core.tally.merge import import_files
from w4r_desktop.core.tally.records import Tally, TallyRecord

CASES = [f"case-{number:02d}" for number in range(10)]
KINDS = list(LETTER_KINDS)


def station_files(root: Path, stations: int, per_station: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    event_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    files = []
    for _station in range(stations):
        station_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        records = [
            TallyRecord(
                str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                event_id,
                rng.choice(CASES),
                rng.choice(KINDS),
                0,
                rng.choice((1, 1, 1, 2, 5)),
                station_id,
                f"2021-12-10T{rng.randrange(9, 18):02d}:{rng.randrange(60):02d}:00+00:00",
                "2021-12-10",
            )
            for _ in range(per_station)
        ]
        path = root / f"w4r-tally-{station_id}.csv"
        write_sync_file(path, records, station_id=station_id, event_id=event_id, exported_at=dt.datetime.now(dt.UTC))
        files.append(path)
    return files


def sqlite_floor(database: Path, files: list[Path]) -> float:
    """Seconds for plain sqlite3 to read the files' rows and INSERT OR IGNORE them in one transaction."""
    start = time.perf_counter()
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute(
        "CREATE TABLE IF NOT EXISTS letter_record (id TEXT PRIMARY KEY, event_id TEXT, case_id TEXT, kind TEXT, "
        "target INTEGER, quantity INTEGER, station_id TEXT, recorded_at TEXT, day TEXT, voids TEXT)"
    )
    connection.execute("BEGIN")
    for path in files:
        with path.open(encoding="utf-8", newline="") as stream:
            rows = csv.reader(stream)
            next(rows)
            next(rows)
            connection.executemany(
                "INSERT OR IGNORE INTO letter_record VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ([*row[:4], int(row[4]) if row[4] else None, int(row[5]), *row[6:9], row[9] or None] for row in rows),
            )
    connection.execute("COMMIT")
    connection.close()
    return time.perf_counter() - start


def merge(folder: Path, files: list[Path]) -> tuple[float, float, int]:
    """Seconds for the first merge and for importing the same files again; records added."""
    tally = Tally(open_database(folder))
    try:
        start = time.perf_counter()
        report = import_files(tally, files)
        first = time.perf_counter() - start
        start = time.perf_counter()
        again = import_files(tally, files)
        second = time.perf_counter() - start
        assert again.added == 0
        return first, second, report.added
    finally:
        tally.db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=10)
    parser.add_argument("--per-station", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        files = station_files(root, args.stations, args.per_station)
        floors, firsts, agains = [], [], []
        for round_number in range(args.rounds):
            floors.append(sqlite_floor(root / f"floor-{round_number}.sqlite3", files))
            first, again, added = merge(root / f"merged-{round_number}", files)
            assert added == args.stations * args.per_station
            firsts.append(first)
            agains.append(again)
    floor, first, again = statistics.median(floors), statistics.median(firsts), statistics.median(agains)
    total = args.stations * args.per_station
    print(f"{args.stations} station files of {args.per_station:,} random-id records ({total:,}), {args.rounds} rounds:")
    print(f"  plain sqlite3 INSERT OR IGNORE (the floor): {floor:.2f} s")
    print(f"  W4R Desktop merge:                          {first:.2f} s = {first / floor:.2f}x the floor (bar: 1.5x)")
    print(f"  the same files again (nothing new):         {again:.3f} s = {again / first:.3f}x the merge (bar: 0.2x)")


if __name__ == "__main__":
    main()
