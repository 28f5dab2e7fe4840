#!/usr/bin/env python3
"""Regenerate the interface translations: .ts sources from the code, then the .qm files shipped.

    python scripts/update_translations.py            # lupdate + lrelease
    python scripts/update_translations.py --release  # lrelease only (after translating in Linguist)
    python scripts/update_translations.py --new fr   # start a translation: w4r_fr.ts, then as above

Scans every Python file under w4r_desktop/ (the kiosk, the leader console, and the settings'
QT_TRANSLATE_NOOP labels). Every resources/i18n/w4r_<code>.ts is a language of the interface and
holds every string; English, the language the strings are written in, has a file of the plural
forms only, so that it says "1 letter" and "2 letters" from one source string "%n letter(s)".
"""

from __future__ import annotations

import argparse
import re
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
SOURCE_LANGUAGE = "en"


def languages(new: str | None) -> dict[str, list[str]]:
    """Each translation's code, with lupdate's options for it: the .ts files there are (and `new`)."""
    codes = {path.stem.removeprefix("w4r_") for path in I18N.glob("w4r_*.ts")} | {SOURCE_LANGUAGE}
    if new:
        codes.add(new)
    return {code: ["-pluralonly"] if code == SOURCE_LANGUAGE else [] for code in sorted(codes)}


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
    parser.add_argument("--new", metavar="CODE", help="start a translation into CODE (an ISO 639-1 code)")
    args = parser.parse_args()
    if args.new is not None and not re.fullmatch(r"[a-z]{2}", args.new):
        parser.error(f"--new {args.new}: a language's two-letter code (ISO 639-1), such as fr")
    I18N.mkdir(parents=True, exist_ok=True)
    sources = [str(path) for path in SOURCES]
    for code, options in languages(args.new).items():
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
                    SOURCE_LANGUAGE,
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
