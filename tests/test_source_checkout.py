"""Run from a source checkout (`python -m w4r_desktop` at the repository root, beside an installed wheel),
W4R Desktop still finds its shipped cases and resources, which a wheel puts inside the package.

On a wheel install (as in CI) this failed with ModuleNotFoundError, and the benchmark hung on the
crash dialog."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]

PROBE = """
from w4r_desktop.core import paths
import w4r_desktop
print(w4r_desktop.__file__)
print(paths.default_bundle_path())
print(paths.resource("style", "kiosk.qss").is_file())
"""


def test_a_checkout_finds_its_cases_and_resources(tmp_path: Path) -> None:
    for folder in ("w4r_desktop", "cases", "resources"):
        shutil.copytree(REPOSITORY / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr[-1500:]
    package, bundle, style = done.stdout.split("\n")[:3]
    assert Path(package).parent == tmp_path / "w4r_desktop"  # the checkout's own code ran
    # Installed from a wheel the checkout's own cases/ is used; an editable install maps its own.
    assert Path(bundle).parts[-2:] == ("cases", "2021") and (Path(bundle) / "bundle.toml").is_file()
    assert style == "True"
