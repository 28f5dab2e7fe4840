"""`w4r-desktop tally add` as a whole process, against a plain Python script that inserts one row with sqlite3.

    python bench/bench_cli.py [--runs 9]

Both run as fresh processes, interleaved, each against its own data folder made beforehand
(so neither pays for creating a database). The figure is the ratio of the medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLAIN = """
import sqlite3, sys, uuid, datetime
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode = WAL")
connection.execute("PRAGMA synchronous = FULL")
connection.execute(
    "CREATE TABLE IF NOT EXISTS record (id TEXT PRIMARY KEY, case_id TEXT, kind TEXT, quantity INTEGER, at TEXT)"
)
connection.execute("INSERT INTO record VALUES (?, ?, ?, ?, ?)",
                   (str(uuid.uuid4()), "zhang-zhan", "appeal", 1, datetime.datetime.now().isoformat()))
connection.close()
"""


def run(command: list[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        env = {**os.environ, "W4R_DATA_DIR": str(root / "data")}
        ours = [sys.executable, "-m", "w4r_desktop", "tally", "add", "--case", "zhang-zhan", "--kind", "appeal"]
        plain = [sys.executable, "-c", PLAIN, str(root / "plain.sqlite3")]
        run(ours, env, root)  # the data folder and its database exist before timing, as at an event
        run(plain, env, root)
        mine, base = [], []
        for _ in range(args.runs):
            base.append(run(plain, env, root))
            mine.append(run(ours, env, root))
    ours_s, base_s = statistics.median(mine), statistics.median(base)
    print(f"plain sqlite3 script inserting one row: {base_s * 1000:.0f} ms (median of {args.runs})")
    print(f"w4r-desktop tally add:                  {ours_s * 1000:.0f} ms = {ours_s / base_s:.1f}x (bar: 6x)")


if __name__ == "__main__":
    main()
