"""The bundled fonts, and which one prints each character.

ReportLab has no font fallback: a character drawn in a font without its glyph prints as an
empty box, or as nothing. So text is cut into runs, each in the first face of a fallback list
that covers its letters: the Latin face (Noto Serif for letters, Noto Sans for envelopes and
labels, both with Greek, Cyrillic and Vietnamese), then a face per script, then the four CJK
files, then (see system_fonts.py) a face of the computer's own. Spaces, punctuation and digits
stay in the run they sit in when its face has them, else take the next letter's face; joiners,
marks and variation selectors always stay with the letter before them, so the shaper sees them.
All faces are TrueType and embedded as subsets.
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
from w4r_desktop.printing import shaping, system_fonts
from w4r_desktop.printing.font_files import FALLBACK_FILES, LATIN_SANS_FILE, LATIN_SERIF_FILE


class Script(StrEnum):
    """The scripts whose punctuation a letter's salutation takes (see text.with_comma)."""

    LATIN = "latin"
    ARABIC = "arabic"
    HEBREW = "hebrew"
    THAI = "thai"
    ETHIOPIC = "ethiopic"
    CJK = "cjk"


SERIF = "W4R-Serif"
SANS = "W4R-Sans"
"""The two Latin faces (also Greek, Cyrillic, Vietnamese): serif for letters, sans for envelopes and labels."""

FONT_FILES: dict[str, str] = {SERIF: LATIN_SERIF_FILE, SANS: LATIN_SANS_FILE, **FALLBACK_FILES}

# Where a salutation's script is told apart (start, end inclusive), for its closing punctuation.
_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0590, 0x05FF, Script.HEBREW),
    (0x0600, 0x06FF, Script.ARABIC),
    (0x0750, 0x077F, Script.ARABIC),
    (0x0870, 0x08FF, Script.ARABIC),
    (0x0E00, 0x0E7F, Script.THAI),
    (0x1200, 0x139F, Script.ETHIOPIC),
    (0x2D80, 0x2DDF, Script.ETHIOPIC),
    (0x2E80, 0x2FDF, Script.CJK),
    (0x3000, 0x30FF, Script.CJK),
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
_system_faces: list[str] = []  # the computer's faces found so far, tried after the bundled ones


class FontsMissing(RuntimeError):
    """The installation lacks its bundled fonts: a packaging bug, not a user error."""


def fonts_folder() -> Path:
    """Where the bundled TrueType files are (inside the installed package)."""
    return Path(str(resource("fonts")))


_loaded: set[str] = set()


def _load(name: str) -> None:
    """Register one bundled face with ReportLab (call with `_lock` held)."""
    if name in _loaded:
        return
    path = fonts_folder() / FONT_FILES[name]
    if not path.is_file():
        raise FontsMissing(f"the bundled font {path} is missing; reinstall W4R Desktop")
    # TTFont embeds a subset of each face: only the glyphs a document uses.
    pdfmetrics.registerFont(TTFont(name, str(path)))
    _loaded.add(name)


@cache
def _register_latin() -> None:
    _load(SERIF)
    _load(SANS)
    # Paragraphs shape each font's stretch of a word on its own (see shaping.py).
    shaping.install()


def register_fonts() -> None:
    """Make the Latin faces known to ReportLab (once per process, safe from any thread); the other
    faces are read the first time text needs one (the CJK files take a tenth of a second)."""
    with _lock:
        _register_latin()


def script_of(char: str) -> Script | None:
    """The script among `Script`'s whose punctuation `char` takes, or None (Latin and the rest)."""
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


def is_right_to_left_letter(char: str) -> bool:
    return unicodedata.bidirectional(char) in {"R", "AL"}


def _follows(char: str) -> bool:
    """Marks, joiners and variation selectors: they belong to the letter before them."""
    return unicodedata.category(char) in {"Mn", "Mc", "Me", "Cf"}


@cache
def _covers(font_name: str, point: int) -> bool:
    if font_name in FONT_FILES and font_name not in _loaded:
        with _lock:
            _load(font_name)
    face = pdfmetrics.getFont(font_name).face
    return point in face.charToGlyph


def has_glyph(font_name: str, char: str) -> bool:
    """Whether the registered font `font_name` has a glyph for `char`."""
    register_fonts()
    return _covers(font_name, ord(char))


def face_for(char: str, base_font: str) -> str | None:
    """The first face of the fallback list (`base_font` first) that has `char`, or None."""
    register_fonts()
    point = ord(char)
    if _covers(base_font, point):
        return base_font
    for name in FALLBACK_FILES:
        if _covers(name, point):
            return name
    if not system_fonts.enabled:
        return None
    for name in _system_faces:
        if _covers(name, point):
            return name
    with _lock:
        found = system_fonts.face_for(char)
        if found is not None and found not in _system_faces:
            _system_faces.append(found)
    return found


def is_printable(char: str) -> bool:
    """Whether some face prints `char`; spaces and invisible characters need none."""
    return _printable(char, system_fonts.enabled)


@lru_cache(maxsize=65536)
def _printable(char: str, system: bool) -> bool:
    if char.isspace() or unicodedata.category(char) in {"Cc", "Cf", "Mn", "Me", "Zl", "Zp"}:
        return True
    return face_for(char, SERIF) is not None or face_for(char, SANS) is not None


@dataclass(frozen=True)
class Run:
    """A stretch of text printed in one font."""

    text: str
    font: str


def font_runs(text: str, base_font: str) -> list[Run]:
    """Cut `text` into runs, each in the face that covers it (see `_font_runs`)."""
    return list(_font_runs(text, base_font))


@lru_cache(maxsize=4096)  # labels and envelopes draw the same lines again and again
def _font_runs(text: str, base_font: str) -> tuple[Run, ...]:
    register_fonts()
    fonts: list[str | None] = []
    for char in text:
        if fonts and _follows(char):
            fonts.append(fonts[-1])
        elif is_strong(char) or _follows(char):
            fonts.append(face_for(char, base_font))
        else:
            fonts.append(None)  # placed below, once the letters around it have their faces
    # Neutral characters: the face before them if it has them, else the next letter's, else any.
    placed: list[str] = []
    for index, (char, font) in enumerate(zip(text, fonts, strict=True)):
        if font is None:
            before = placed[-1] if placed else None
            after = next((later for later in fonts[index + 1 :] if later is not None), None)
            font = next(
                (name for name in (before, after) if name is not None and _covers(name, ord(char))),
                None,
            ) or face_for(char, base_font)
        placed.append(font or base_font)
    runs: list[Run] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or placed[index] != placed[start]:
            runs.append(Run(text[start:index], placed[start]))
            start = index
    return tuple(runs)


def needs_layout(text: str, base_font: str) -> bool:
    """Whether `text` has anything beyond the Latin face: other faces shape and break lines otherwise."""
    return any(run.font != base_font for run in _font_runs(text, base_font)) or any(
        is_right_to_left_letter(char) for char in text
    )


def unprintable_characters(text: str) -> list[str]:
    """The characters of `text` that no face can print (most emoji, some symbols), in order, once each.

    ReportLab would print them as empty boxes or not at all: they are named before printing.
    """
    return [char for char in dict.fromkeys(text) if not is_printable(char)]


def describe(char: str) -> str:
    """A character as a person can look it up: "U+1F4AA FLEXED BICEPS"."""
    return f"U+{ord(char):04X} {unicodedata.name(char, 'UNNAMED CHARACTER')}"


def run_width(run: Run, size: float, base_font: str) -> float:
    """The printed width of one run: shaped by HarfBuzz unless it is in the Latin face."""
    if run.font == base_font:
        return float(pdfmetrics.stringWidth(run.text, run.font, size))
    return shaping.shaped_width(run.text, run.font, size)


@lru_cache(maxsize=4096)
def text_width(text: str, base_font: str, size: float) -> float:
    """The printed width of `text` at `size`, each run in its own font."""
    return sum(run_width(run, size, base_font) for run in _font_runs(text, base_font))
