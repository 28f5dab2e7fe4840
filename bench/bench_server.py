"""Laptops converging through the shared PostgreSQL server, against a plain push + pull of the same rows.

    python bench/bench_server.py                                   # 10 laptops x 10,000 records (the issue's figure)
    python bench/bench_server.py --per-laptop 10000 30000          # and the growth exponent between the sizes

Each laptop starts with its own records (random uuid4 ids, real cases and kinds) in its own SQLite
file. Converging is what an event does: every laptop runs `sync_with_server` in turn, twice over,
until each holds every record. The baseline does the same work plainly: each laptop sends its rows
with psycopg's executemany into a table with the same columns and primary key, then each reads
every row back and inserts them into a plain SQLite table (INSERT OR IGNORE, one transaction, WAL,
synchronous=FULL). Rounds alternate baseline and converge, each on fresh databases; medians shown.
A throwaway PostgreSQL cluster on loopback is made for the run (Debian's postgresql package).
"""

from __future__ import annotations

import argparse
import math
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.server.postgres import PostgresServer
from w4r_desktop.core.db.database import open_database
from w4r_desktop.core.tally.kinds import LETTER_KINDS
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.rules import COLUMNS
from w4r_desktop.core.tally.server import sync_with_server

CASES = [f"case-{number:02d}" for number in range(10)]
KINDS = [kind.value for kind in LETTER_KINDS]
_PLAIN = """CREATE TABLE IF NOT EXISTS plain_record (id TEXT PRIMARY KEY, event_id TEXT NOT NULL, case_id TEXT NOT NULL,
    kind TEXT NOT NULL, target INTEGER, quantity INTEGER NOT NULL, station_id TEXT NOT NULL, recorded_at TEXT NOT NULL,
    day TEXT NOT NULL, voids TEXT)"""
_INSERT = f"INSERT INTO plain_record ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})"


def _records(rng: random.Random, event_id: str, station_id: str, count: int) -> list[tuple[object, ...]]:
    return [
        (
            str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            event_id,
            rng.choice(CASES),
            rng.choice(KINDS),
            0,
            rng.choice((1, 1, 1, 2, 5)),
            station_id,
            f"2026-12-10T{rng.randrange(9, 18):02d}:{rng.randrange(60):02d}:00+00:00",
            "2026-12-10",
            None,
        )
        for _ in range(count)
    ]


def _database(admin: str, name: str) -> str:
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return admin.rsplit("/", 1)[0] + f"/{name}"


def converge(root: Path, url: str, laptops: int, per_laptop: int, seed: int) -> float:
    """Laptops with their own records, then seconds until every laptop holds every record."""
    rng = random.Random(seed)
    tallies = [Tally(open_database(root / f"laptop-{number}")) for number in range(laptops)]
    sync_with_server(tallies[0], url)  # the event is made on the server; the others join it
    for tally in tallies[1:]:
        sync_with_server(tally, url)
    for tally in tallies:
        rows = _records(rng, tally.event_id, tally.station_id, per_laptop)
        with tally.db.connect() as connection:
            connection.executemany(
                f"INSERT INTO letter_record ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})", rows
            )
    started = time.perf_counter()
    for _ in range(2):
        for tally in tallies:
            sync_with_server(tally, url)
    elapsed = time.perf_counter() - started
    for tally in tallies:
        assert tally.record_count() == laptops * per_laptop, tally.record_count()
        tally.db.close()
    return elapsed


def plain(root: Path, url: str, laptops: int, per_laptop: int, seed: int) -> float:
    """The same rows pushed with executemany and pulled back into plain SQLite tables."""
    rng = random.Random(seed)
    event_id = str(uuid.uuid4())
    own = [_records(rng, event_id, str(uuid.uuid4()), per_laptop) for _ in range(laptops)]
    files = []
    for number, rows in enumerate(own):
        connection = sqlite3.connect(root / f"plain-{number}.sqlite3")
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute(_PLAIN)
        with connection:
            connection.executemany(_INSERT, rows)
        files.append(connection)
    with psycopg.connect(url) as server:
        server.execute(_PLAIN.replace("plain_record", "plain_shared"))
        server.commit()
        started = time.perf_counter()
        for rows in own:
            with server.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO plain_shared VALUES ({', '.join('%s' for _ in COLUMNS)}) ON CONFLICT DO NOTHING", rows
                )
            server.commit()
        for connection in files:
            pulled = server.execute("SELECT * FROM plain_shared").fetchall()
            with connection:
                connection.executemany(_INSERT.replace("INSERT", "INSERT OR IGNORE"), pulled)
        elapsed = time.perf_counter() - started
    for connection in files:
        assert connection.execute("SELECT count(*) FROM plain_record").fetchone()[0] == laptops * per_laptop
        connection.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--laptops", type=int, default=10)
    parser.add_argument("--per-laptop", type=int, nargs="+", default=[10_000])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    server = PostgresServer()
    server.start()
    medians: dict[int, float] = {}
    try:
        for size in args.per_laptop:
            ours, theirs = [], []
            for round_number in range(args.rounds):
                with tempfile.TemporaryDirectory(prefix="w4r-bench-server-") as folder:
                    root = Path(folder)
                    theirs.append(
                        plain(root, _database(server.url, f"plain_{round_number}"), args.laptops, size, round_number)
                    )
                    ours.append(
                        converge(root, _database(server.url, f"w4r_{round_number}"), args.laptops, size, round_number)
                    )
            medians[size] = statistics.median(ours)
            print(
                f"{args.laptops} laptops x {size:,} records: converge {statistics.median(ours):.2f} s, "
                f"plain push + pull {statistics.median(theirs):.2f} s: "
                f"{statistics.median(ours) / statistics.median(theirs):.2f}x the plain push + pull"
            )
        sizes = sorted(medians)
        if len(sizes) > 1:
            first, last = sizes[0], sizes[-1]
            exponent = math.log(medians[last] / medians[first]) / math.log(last / first)
            print(f"growth exponent from {first:,} to {last:,} records a laptop: {exponent:.2f} (1.0 is linear)")
    finally:
        server.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
