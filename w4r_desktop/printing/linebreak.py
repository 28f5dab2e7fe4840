"""Where a line may break: ICU's line breaking (UAX #14, with its dictionaries for Thai).

Thai is written without spaces between words; ReportLab breaks lines only at spaces, or anywhere
inside a word too long for the line, which cuts syllables apart. ICU (from the `icu4py` wheel,
which bundles its own ICU and dictionaries on Linux, Windows and macOS) knows the word
boundaries, so lines of paragraphs that need them are filled here, one break opportunity at a time.
Its rules also keep East Asian punctuation where it belongs (kinsoku): no closing bracket, comma
or full stop at the start of a line, no opening bracket at its end.

Korean is written with spaces between words, and breaks there (CSS's `word-break: keep-all`, as
Korean typesetting does): ICU's default would break between any two Hangul syllables.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from icu4py.breakers import LineBreaker

# Thai does not depend on the locale: ICU's root rules use the dictionary for every Thai run.
_LOCALE = ""


@lru_cache(maxsize=1024)
def segments(text: str) -> tuple[str, ...]:
    """`text` cut at every line-break opportunity: each piece ends where a line may end (trailing
    spaces stay with the word before them); the pieces joined are `text`."""
    if not text:
        return ()
    # Iterating the breaker gives the pieces as strings (its offsets would count UTF-16 units).
    pieces: list[str] = []
    for piece in LineBreaker(text, _LOCALE):
        if pieces and _is_hangul(pieces[-1][-1]) and _is_hangul(piece[0]):
            pieces[-1] += piece  # within a Korean word
        else:
            pieces.append(piece)
    return tuple(pieces)


def _is_hangul(char: str) -> bool:
    point = ord(char)
    return 0xAC00 <= point <= 0xD7A3 or 0x1100 <= point <= 0x11FF or 0x3130 <= point <= 0x318F


def fill(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """`text` broken into lines no wider than `width` (by `measure`), at break opportunities only.

    A piece wider than a line on its own gets a line of its own. The lines have no spaces at
    their ends; joined, they are `text` less those spaces.
    """
    lines: list[str] = []
    current = ""
    for piece in segments(text):
        candidate = current + piece
        if current.strip() and measure(candidate.strip()) > width:
            lines.append(current.strip())
            current = piece
        else:
            current = candidate
    if current.strip() or not lines:
        lines.append(current.strip())
    return lines
