"""Every benchmark still runs to its figures (on tiny inputs), so a change to the product cannot quietly break one."""

from __future__ import annotations

import glob
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"

TINY = {
    "bench_printing.py": (["--repeat", "1"], "x plain"),
    "bench_tally.py": (
        ["--records", "2000", "--stations", "2", "--per-station", "200", "--latency-samples", "5"],
        "nothing new",
    ),
    "bench_merge.py": (["--stations", "2", "--per-station", "200", "--rounds", "1"], "the floor"),
    "bench_cli.py": (["--runs", "1"], "w4r-desktop tally add"),
    "bench_startup.py": (["--runs", "1"], "ratio"),
    "bench_memory.py": (["--letters", "3"], "the first"),
    "bench_server.py": (["--laptops", "2", "--per-laptop", "50", "100", "--rounds", "1"], "growth exponent"),
}


def test_every_benchmark_is_covered() -> None:
    assert sorted(path.name for path in BENCH.glob("bench_*.py")) == sorted(TINY)


@pytest.mark.parametrize("script", sorted(TINY))
def test_the_benchmark_prints_its_figures(script: str) -> None:
    arguments, expected = TINY[script]
    if script == "bench_server.py" and not glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        if os.environ.get("W4R_REQUIRE_POSTGRES") == "1":
            pytest.fail("PostgreSQL is not installed (Debian: apt install postgresql)")
        pytest.skip("PostgreSQL is not installed")
    done = subprocess.run(
        [sys.executable, str(BENCH / script), *arguments], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert expected in done.stdout
