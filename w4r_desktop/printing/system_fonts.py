"""The computer's own fonts, for a character none of the bundled faces has.

Only TrueType outlines can be embedded by ReportLab, so a face with PostScript (CFF) or colour
bitmap outlines is passed over. On Linux fontconfig (`fc-list`) says which installed faces have
the character; elsewhere (Windows, macOS) the system's font folders are read once, the first
time a character needs them. Each face found is registered once, as "W4R-System-N".
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

enabled = True
"""Whether the computer's fonts are looked at (the tests turn it off to print the same everywhere)."""

_FONT_SUFFIXES = (".ttf", ".ttc")
_registered: dict[tuple[str, int], str | None] = {}


def face_for(char: str) -> str | None:
    """The registered name of a system face that prints `char`, or None."""
    if not enabled:
        return None
    point = ord(char)
    for path, index in _candidates(point):
        name = _register(path, index)
        if name is not None and point in pdfmetrics.getFont(name).face.charToGlyph:
            return name
    return None


def _register(path: str, index: int) -> str | None:
    key = (path, index)
    if key not in _registered:
        name = f"W4R-System-{len(_registered) + 1}"
        try:
            pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
        except Exception:  # CFF or bitmap outlines, a broken file: ReportLab cannot use it
            _registered[key] = None
        else:
            _registered[key] = name
    return _registered[key]


def _candidates(point: int) -> list[tuple[str, int]]:
    fc_list = shutil.which("fc-list")
    if fc_list is not None:
        return _fontconfig(fc_list, point)
    return [(path, index) for path, index, covered in _folder_index() if point in covered]


@cache
def _fontconfig(fc_list: str, point: int) -> list[tuple[str, int]]:
    """The TrueType faces fontconfig says have `point`, regular styles first."""
    try:
        listed = subprocess.run(
            [fc_list, "--format", "%{file}\t%{index}\t%{style}\n", f":charset={point:x}"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = []
    for line in listed.splitlines():
        path, _, rest = line.partition("\t")
        index, _, style = rest.partition("\t")
        if path.lower().endswith(_FONT_SUFFIXES) and index.isdigit():
            found.append((not any(word in style for word in ("Regular", "Book", "Normal")), path, int(index)))
    return [(path, index) for _, path, index in sorted(found)]


def font_folders() -> list[Path]:
    """Where this system keeps its fonts."""
    home = Path.home()
    if sys.platform == "win32":
        windows = Path(os.environ.get("WINDIR", r"C:\Windows"))
        local = Path(os.environ.get("LOCALAPPDATA", home / "AppData" / "Local"))
        return [windows / "Fonts", local / "Microsoft" / "Windows" / "Fonts"]
    if sys.platform == "darwin":
        return [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library" / "Fonts"]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local/share/fonts", home / ".fonts"]


@cache
def _folder_index() -> tuple[tuple[str, int, frozenset[int]], ...]:
    """Every TrueType face in the font folders with the characters it has (read once, when needed)."""
    found = []
    for folder in font_folders():
        for path in sorted(folder.rglob("*")) if folder.is_dir() else ():
            if path.suffix.lower() not in _FONT_SUFFIXES:
                continue
            for index in range(64):  # the faces of a collection, until one is not there
                try:
                    face = TTFontFace(str(path), subfontIndex=index)
                except Exception:
                    break
                found.append((str(path), index, frozenset(face.charToGlyph)))
                if path.suffix.lower() != ".ttc":
                    break
    return tuple(found)
