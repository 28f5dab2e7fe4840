"""HarfBuzz shaping for ReportLab paragraphs: one font at a time, without discretionary ligatures.

ReportLab's `reportlab.pdfbase.ttfonts.shapeFragWord` shapes a whole "frag word" (the pieces of
one space-free word, each in its own font) with the font of its FIRST piece: in "(المادة" the
Arabic letters would be shaped with the Latin face's glyph ids and print as empty boxes. It also
turns on discretionary ligatures (`dlig`), which join Hebrew alef-lamed into one glyph (U+FB4F).

`shape_frag_word` shapes each single-font piece of a word on its own, with ReportLab's own
function and HarfBuzz's default features, and joins the results in the word's order. `install`
puts it where ReportLab's `Paragraph` looks the shaper up. The markup from
`w4r_desktop.printing.text` comes in visual order, one piece per font, each handed over so that
HarfBuzz's own direction for it lays it out as it must appear (see `line_markup` there).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import uharfbuzz
from reportlab.lib.abag import ABag
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import paragraph as reportlab_paragraph

FEATURES: dict[str, bool] = {"kern": True, "liga": True}
"""HarfBuzz's default horizontal features, as ReportLab's default minus `dlig`."""

FragWord = list[Any]
"""ReportLab's word: its width, then (fragment, text) pairs."""


def shape_frag_word(word: FragWord, features: dict[str, bool] | None = None, force: bool = False) -> FragWord:
    """`word` shaped piece by piece (a drop-in for ReportLab's `shapeFragWord`)."""
    features = FEATURES if features is None else {**features, "dlig": False}
    already_shaped = isinstance(word, ttfonts.ShapedFragWord)
    pieces = _pieces(word[1:])
    if already_shaped or len(pieces) <= 1:
        whole: FragWord = word if already_shaped else ttfonts.shapeFragWord(word, features=features, force=force)
        return whole
    width = 0.0
    parts: list[Any] = []
    changed = False
    for piece in pieces:
        shaped = ttfonts.shapeFragWord([_width(piece), *piece], features=features, force=force)
        changed = changed or isinstance(shaped, ttfonts.ShapedFragWord)
        width += shaped[0]
        parts.extend(shaped[1:])
    if not changed:
        return word
    # The word's own class is kept, as ReportLab's own shaper keeps it (it marks split words so).
    merged: FragWord = ttfonts.makeShapedFragWord(word)([width, *parts])
    return merged


def _pieces(pairs: list[Any]) -> list[list[Any]]:
    """The (fragment, text) pairs cut where the font changes."""
    pieces: list[list[Any]] = []
    for pair in pairs:
        if pieces and _font(pieces[-1][-1][0]) == _font(pair[0]):
            pieces[-1].append(pair)
        else:
            pieces.append([pair])
    return pieces


def _font(frag: Any) -> tuple[object, ...]:
    # Callbacks (anchors and the like) take no room and are never shaped with a neighbour.
    return (id(frag),) if hasattr(frag, "cbDefn") else (frag.fontName, frag.fontSize)


def _width(piece: list[Any]) -> float:
    return sum(
        0.0 if hasattr(frag, "cbDefn") else float(pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize))
        for frag, text in piece
    )


def install() -> None:
    """Make ReportLab's `Paragraph` shape with `shape_frag_word`.

    `reportlab.platypus.paragraph` imports `shapeFragWord` from `reportlab.pdfbase.ttfonts` and
    calls it by that module-level name when it breaks a shaping paragraph into lines (ReportLab
    4.4 to 5.x). tests/printing/test_print_scripts.py checks that it still does.
    """
    reportlab_paragraph.shapeFragWord = shape_frag_word


@lru_cache(maxsize=4096)
def shapes_right_to_left(text: str) -> bool:
    """Whether HarfBuzz lays `text` out right to left: it decides from the first letter's script
    (Arabic, Hebrew), as ReportLab lets it, and neutral text (digits, brackets) goes left to right."""
    buffer = uharfbuzz.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    return bool(buffer.direction == "rtl")


def shaped_width(text: str, font: str, size: float) -> float:
    """The width of `text` in one font, as HarfBuzz shapes it."""
    plain = float(pdfmetrics.stringWidth(text, font, size))
    shaped = shape_frag_word([plain, (ABag(fontName=font, fontSize=size), text)])
    return float(shaped[0])
