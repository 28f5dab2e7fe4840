"""The bundled fonts, and which one prints each character.

ReportLab has no font fallback: a character drawn in a font without its glyph prints as an
empty box. So text is cut into runs, each in the bundled font for its script (Latin, Greek and
Cyrillic share the Noto Sans/Serif faces). All faces are TrueType and embedded as subsets.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from w4r_desktop.core.paths import resource
from w4r_desktop.printing import shaping


class Script(StrEnum):
    """The writing systems the bundled fonts cover, as far as choosing a font goes."""

    LATIN = "latin"  # also Greek and Cyrillic: the Noto Sans/Serif faces cover all three
    ARABIC = "arabic"
    HEBREW = "hebrew"
    THAI = "thai"
    ETHIOPIC = "ethiopic"
    CJK = "cjk"


SERIF = "W4R-Serif"
SANS = "W4R-Sans"
"""The two faces for Latin, Greek and Cyrillic: serif for letters, sans for envelopes and labels."""

FONT_FILES: dict[str, str] = {
    SERIF: "NotoSerif-Regular.ttf",
    SANS: "NotoSans-Regular.ttf",
    "W4R-Arabic": "NotoNaskhArabic-Regular.ttf",
    "W4R-Hebrew": "NotoSansHebrew-Regular.ttf",
    "W4R-Thai": "NotoSansThai-Regular.ttf",
    "W4R-Ethiopic": "NotoSansEthiopic-Regular.ttf",
    "W4R-CJK": "NotoSansSC-Subset.ttf",
}
SCRIPT_FONTS: dict[Script, str] = {
    Script.ARABIC: "W4R-Arabic",
    Script.HEBREW: "W4R-Hebrew",
    Script.THAI: "W4R-Thai",
    Script.ETHIOPIC: "W4R-Ethiopic",
    Script.CJK: "W4R-CJK",
}
RIGHT_TO_LEFT = frozenset({Script.ARABIC, Script.HEBREW})
NEEDS_SHAPING = frozenset({Script.ARABIC, Script.HEBREW, Script.THAI})

# Code point ranges of the scripts that need their own font (start, end inclusive).
_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0590, 0x05FF, Script.HEBREW),
    (0x0600, 0x06FF, Script.ARABIC),
    (0x0750, 0x077F, Script.ARABIC),
    (0x0870, 0x08FF, Script.ARABIC),
    (0x0E00, 0x0E7F, Script.THAI),
    (0x1200, 0x139F, Script.ETHIOPIC),
    (0x2D80, 0x2DDF, Script.ETHIOPIC),
    (0x2E80, 0x2FDF, Script.CJK),
    (0x3000, 0x303F, Script.CJK),
    (0x3100, 0x312F, Script.CJK),
    (0x3400, 0x4DBF, Script.CJK),
    (0x4E00, 0x9FFF, Script.CJK),
    (0xAB00, 0xAB2F, Script.ETHIOPIC),
    (0xF900, 0xFAFF, Script.CJK),
    (0xFB1D, 0xFB4F, Script.HEBREW),
    (0xFB50, 0xFDFF, Script.ARABIC),
    (0xFE70, 0xFEFF, Script.ARABIC),
    (0xFF00, 0xFFEF, Script.CJK),
)

_lock = threading.Lock()


class FontsMissing(RuntimeError):
    """The installation lacks its bundled fonts: a packaging bug, not a user error."""


def fonts_folder() -> Path:
    """Where the bundled TrueType files are (inside the installed package)."""
    return Path(str(resource("fonts")))


@cache
def _register_all() -> None:
    folder = fonts_folder()
    for name, file in FONT_FILES.items():
        path = folder / file
        if not path.is_file():
            raise FontsMissing(f"the bundled font {path} is missing; reinstall W4R Desktop")
        # TTFont embeds a subset of each face: only the glyphs a document uses.
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # Paragraphs shape each font's stretch of a word on its own (see shaping.py).
    shaping.install()


def register_fonts() -> None:
    """Make the bundled fonts known to ReportLab (once per process, safe from any thread)."""
    with _lock:
        _register_all()


def script_of(char: str) -> Script | None:
    """The script whose font `char` needs, or None for characters every font can take part in
    (spaces, digits, punctuation) and for Latin, Greek and Cyrillic letters."""
    point = ord(char)
    if point < 0x0590:
        return None
    for start, end, script in _RANGES:
        if start <= point <= end:
            return script
        if point < start:
            return None
    return None


def is_strong(char: str) -> bool:
    """A letter (or other strongly directional character), as opposed to spaces and punctuation."""
    return unicodedata.bidirectional(char) in {"L", "R", "AL"}


@cache
def _covers(font_name: str, point: int) -> bool:
    face = pdfmetrics.getFont(font_name).face
    return point in face.charToGlyph


def has_glyph(font_name: str, char: str) -> bool:
    """Whether the registered font `font_name` has a glyph for `char`."""
    register_fonts()
    return _covers(font_name, ord(char))


@dataclass(frozen=True)
class Run:
    """A stretch of text printed in one font."""

    text: str
    font: str
    script: Script


def font_runs(text: str, base_font: str) -> list[Run]:
    """Cut `text` into runs, each in the font for its script (see `_font_runs`)."""
    return list(_font_runs(text, base_font))


@lru_cache(maxsize=4096)  # labels and envelopes draw the same lines again and again
def _font_runs(text: str, base_font: str) -> tuple[Run, ...]:
    """Cut `text` into runs, each in the font for its script.

    Spaces, digits and punctuation stay in the run they sit in when that font has them (so
    shaping sees "word." whole), else they go to the Latin face.
    """
    register_fonts()
    runs: list[Run] = []
    current_font = base_font
    current_script = Script.LATIN
    buffer: list[str] = []
    for char in text:
        script = script_of(char)
        if script is not None:
            font, run_script = SCRIPT_FONTS[script], script
        elif is_strong(char) or not has_glyph(current_font, char):
            font, run_script = base_font, Script.LATIN
        else:
            font, run_script = current_font, current_script
        if font != current_font and buffer:
            runs.append(Run("".join(buffer), current_font, current_script))
            buffer = []
        current_font, current_script = font, run_script
        buffer.append(char)
    if buffer:
        runs.append(Run("".join(buffer), current_font, current_script))
    return tuple(runs)


def scripts_in(text: str) -> set[Script]:
    """The scripts needing their own font that occur in `text`."""
    found = set()
    for char in text:
        script = script_of(char)
        if script is not None:
            found.add(script)
    return found


def unprintable_characters(text: str) -> list[str]:
    """The characters of `text` that no bundled font can print (emoji, most symbols), in order, once each.

    ReportLab would print them as empty boxes: the editor shows them to the volunteer first.
    """
    register_fonts()
    found: list[str] = []
    for char in text:
        if char in found or char.isspace() or unicodedata.category(char) in {"Cc", "Cf", "Mn", "Me"}:
            continue
        script = script_of(char)
        fonts = (SCRIPT_FONTS[script],) if script is not None else (SERIF, SANS)
        if not any(_covers(font, ord(char)) for font in fonts):
            found.append(char)
    return found


def run_width(run: Run, size: float) -> float:
    """The printed width of one run: shaped by HarfBuzz where its script needs shaping."""
    if run.script not in NEEDS_SHAPING:
        return float(pdfmetrics.stringWidth(run.text, run.font, size))
    return shaping.shaped_width(run.text, run.font, size)


@lru_cache(maxsize=4096)
def text_width(text: str, base_font: str, size: float) -> float:
    """The printed width of `text` at `size`, each run in its own font."""
    return sum(run_width(run, size) for run in _font_runs(text, base_font))
