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

Text read back from the PDF (copy and paste, screen readers, search): a glyph that stands for
several characters (a Devanagari conjunct, a Khmer subscript, a reph) has no character of its
own, and ReportLab maps it to a private-use one, which reads back as nothing. `install` also
replaces the ToUnicode map ReportLab writes so that each such glyph reads back as the characters
it was shaped from (`_REPLACES`), and characters beyond the Basic Multilingual Plane as
themselves (ReportLab writes their code points where UTF-16 is required).
"""

from __future__ import annotations

from collections import Counter
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
        if already_shaped:
            return word
        whole: FragWord = ttfonts.shapeFragWord(word, features=features, force=force)
        if pieces:
            _remember_clusters(pieces[0], whole)
        return whole
    width = 0.0
    parts: list[Any] = []
    changed = False
    for piece in pieces:
        shaped = ttfonts.shapeFragWord([_width(piece), *piece], features=features, force=force)
        _remember_clusters(piece, shaped)
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


_REPLACES: dict[tuple[str, int], str] = {}
"""(face name, private code point ReportLab gave a glyph) -> the characters the glyph stands for."""
_PRIVATE = range(0xE000, 0xF900)


def _remember_clusters(piece: list[Any], shaped: FragWord) -> None:
    """Note what each glyph without a character of its own in `shaped` stands for.

    HarfBuzz numbers each glyph with the index of the first character of its cluster; of a
    cluster's characters, those no other glyph of the cluster shows are this glyph's.
    """
    if not isinstance(shaped, ttfonts.ShapedFragWord):
        return
    text = "".join(part for frag, part in piece if not hasattr(frag, "cbDefn"))
    clusters: dict[int, list[tuple[str, str]]] = {}  # first character's index -> (glyph's character, face)
    for frag, part in shaped[1:]:
        data = getattr(part, "__shapeData__", None)
        if data is None or hasattr(frag, "cbDefn"):
            continue
        face = pdfmetrics.getFont(frag.fontName).face.name
        face_name = face.decode("latin-1") if isinstance(face, bytes) else str(face)
        for shape, char in zip(data, part, strict=False):
            clusters.setdefault(shape.cluster, []).append((char, face_name))
    starts = sorted(start for start in clusters if 0 <= start < len(text))
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        members = clusters[start]
        private = next(((char, face) for char, face in members if ord(char) in _PRIVATE), None)
        if private is None or (private[1], ord(private[0])) in _REPLACES:
            continue
        shown = Counter(char for char, _ in members if ord(char) not in _PRIVATE)
        remaining = []
        for char in text[start:end]:  # the cluster's characters that no other glyph of it shows
            if shown[char] > 0:
                shown[char] -= 1
            else:
                remaining.append(char)
        if remaining:
            _REPLACES[(private[1], ord(private[0]))] = "".join(remaining)


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map for one subset of a face, each glyph read back as what it shows."""
    face = fontname.partition("+")[2]
    lines = []
    for code, point in enumerate(subset):
        shown = _REPLACES.get((face, point), chr(point))
        lines.append(f"<{code:02X}> <{shown.encode('utf-16-be').hex().upper()}>")
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *lines,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def install() -> None:
    """Make ReportLab's `Paragraph` shape with `shape_frag_word`.

    `reportlab.platypus.paragraph` imports `shapeFragWord` from `reportlab.pdfbase.ttfonts` and
    calls it by that module-level name when it breaks a shaping paragraph into lines (ReportLab
    4.4 to 5.x). tests/printing/test_print_scripts.py checks that it still does; the same for
    `makeToUnicodeCMap`, which `TTFont.addObjects` calls by its module-level name.
    """
    reportlab_paragraph.shapeFragWord = shape_frag_word
    ttfonts.makeToUnicodeCMap = to_unicode_cmap


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
