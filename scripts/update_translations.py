#!/usr/bin/env python3
"""Regenerate the interface translations: .ts sources from the code, then the .qm files shipped.

    python scripts/update_translations.py          # lupdate + lrelease
    python scripts/update_translations.py --release  # lrelease only (after translating in Linguist)

Scans every Python file under w4r_desktop/ (the kiosk, the leader console, and the settings'
QT_TRANSLATE_NOOP labels). w4r_es.ts holds every string; w4r_en.ts only the plural forms, so that
English says "1 letter" and "2 letters" from one source string "%n letter(s)".
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
SOURCES = [
    ROOT / "w4r_desktop" / "gui",
    ROOT / "w4r_desktop" / "core" / "settings.py",
    ROOT / "w4r_desktop" / "core" / "tally" / "kinds.py",
]
LANGUAGES = {"es": [], "en": ["-pluralonly"]}


def tool(name: str) -> str:
    """A pyside6 tool from the same environment as this Python, else from PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: install pyside6-essentials in this environment")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="only compile the .ts files into .qm")
    args = parser.parse_args()
    I18N.mkdir(parents=True, exist_ok=True)
    sources = [str(path) for path in SOURCES]
    for code, options in LANGUAGES.items():
        ts = I18N / f"w4r_{code}.ts"
        if not args.release:
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    "-extensions",
                    "py",
                    "-locations",
                    "relative",
                    "-no-obsolete",
                    "-source-language",
                    "en",
                    "-target-language",
                    code,
                    *options,
                    *sources,
                    "-ts",
                    str(ts),
                ],
                check=True,
                cwd=ROOT,
            )
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(I18N / f"w4r_{code}.qm")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
