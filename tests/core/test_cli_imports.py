"""The command line loads only what a command uses: counting a letter never loads ReportLab or Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from w4r_desktop.__main__ import main
code = main(["tally", "add", "--case", "zhang-zhan", "--kind", "appeal"])
heavy = sorted(name for name in ("reportlab.platypus", "reportlab.pdfgen", "PIL", "uharfbuzz", "PySide6")
               if name in sys.modules)
print(code, heavy)
"""


def test_tally_add_loads_neither_reportlab_nor_qt(tmp_path: Path) -> None:
    env = {**os.environ, "W4R_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith("0 []"), done.stdout


SECOND = """
import sys
from w4r_desktop.__main__ import main
code = main(["tally", "add", "--case", "zhang-zhan", "--kind", "appeal"])
heavy = sorted(name for name in ("sqlalchemy", "pydantic", "pycountry", "reportlab", "PySide6") if name in sys.modules)
print(code, heavy)
"""


def test_a_second_tally_add_loads_no_database_or_bundle_library(tmp_path: Path) -> None:
    # The first count makes the database and checks the bundle; every later one is plain sqlite3.
    env = {**os.environ, "W4R_DATA_DIR": str(tmp_path / "data")}
    for probe, expected in ((PROBE, "0 []"), (SECOND, "0 []")):
        done = subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip().endswith(expected), done.stdout
