"""Plain text onto the page: escaped, in the right font per script, in the right direction.

Everything a volunteer or a case file writes is plain text. ReportLab's `Paragraph` reads its
input as markup, so text is escaped here and only this module writes markup: user text can
never add an image, a link or a font to the PDF.

Right-to-left lines: ReportLab shapes Arabic words with HarfBuzz (letters joined, each word in
the right visual order) but cannot put the words of a line in right-to-left order without
`rlbidi`, which is not published on PyPI. So a paragraph containing Arabic or Hebrew is broken
into lines here, the words of each line are put into visual order (a word-level form of the
Unicode bidi algorithm), and each line is drawn as a one-line paragraph.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from xml.sax.saxutils import escape

import bidi
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from w4r_desktop.printing.fonts import (
    NEEDS_SHAPING,
    RIGHT_TO_LEFT,
    Run,
    Script,
    font_runs,
    script_of,
    scripts_in,
    text_width,
)

# Kept format characters: joiners (Arabic, Indic), the word joiner and zero-width space (Thai breaks).
_KEEP_FORMAT = {"\u200b", "\u200c", "\u200d", "\u2060"}
# Room left on a right-to-left line: the unshaped widths measured here are close to, not exactly,
# the shaped widths HarfBuzz gives, and a one-line paragraph that wrapped would break the order.
_RTL_SLACK = 0.98


def clean(text: str) -> str:
    """`text` as it may be printed: NFC, tabs as spaces, control and bidi-override characters gone.

    Newlines are kept. Explicit bidi controls are dropped because the line layout below decides
    direction itself; a stray override could otherwise scramble an address.
    """
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    kept = []
    for char in text:
        if char == "\n" or char in _KEEP_FORMAT:
            kept.append(char)
        elif unicodedata.category(char) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}:
            continue
        else:
            kept.append(char)
    return "".join(kept)


def markup(text: str, base_font: str) -> str:
    """Paragraph markup for plain `text`: every run escaped and wrapped in its font."""
    parts = []
    for run in font_runs(text, base_font):
        body = escape(run.text)
        parts.append(body if run.font == base_font else f'<font name="{run.font}">{body}</font>')
    return "".join(parts)


def is_right_to_left(text: str) -> bool:
    """Whether a paragraph reads right to left (its first strong character is Arabic or Hebrew)."""
    return any(script_of(char) in RIGHT_TO_LEFT for char in text) and bidi.get_base_level(text) == 1


def _styled(style: ParagraphStyle, text: str, alignment: int | None = None) -> ParagraphStyle:
    found = scripts_in(text)
    changes: dict[str, object] = {}
    if found & NEEDS_SHAPING:
        changes["shaping"] = 1
    if Script.CJK in found:
        # Chinese has no spaces: let lines break between any two characters.
        changes["wordWrap"] = "CJK"
    if alignment is not None:
        changes["alignment"] = alignment
    if not changes:
        return style
    return ParagraphStyle(f"{style.name}-{'-'.join(sorted(str(key) for key in changes))}", parent=style, **changes)


def paragraphs(text: str, style: ParagraphStyle, width: float) -> list[Flowable]:
    """Flowables for plain `text`: one paragraph per block separated by blank lines.

    Single newlines are kept as line breaks. `width` is the frame width, needed to break
    right-to-left lines here.
    """
    flowables: list[Flowable] = []
    for block in re.split(r"\n[ \u00a0]*\n", clean(text).strip("\n")):
        if not block.strip():
            continue
        flowables.extend(paragraph(block, style, width))
    return flowables


def paragraph(text: str, style: ParagraphStyle, width: float) -> list[Flowable]:
    """Flowables for one block of plain text (newlines become line breaks)."""
    text = clean(text)
    if any(script_of(char) in RIGHT_TO_LEFT for char in text):
        return _bidi_lines(text, style, width)
    body = "<br/>".join(markup(line, style.fontName) for line in text.split("\n"))
    return [Paragraph(body, _styled(style, text))]


# --- right-to-left and mixed-direction text ------------------------------------------------


def _direction(word: str) -> str:
    """'R', 'L' or 'N' (neutral: digits and punctuation only) for a whole word."""
    for char in word:
        kind = unicodedata.bidirectional(char)
        if kind in {"R", "AL"}:
            return "R"
        if kind == "L":
            return "L"
    return "N"


def visual_order(words: Sequence[str], right_to_left: bool) -> list[str]:
    """The words of one line in the order they appear from left to right.

    A word-level form of the Unicode bidi algorithm: neutral words (numbers, dashes) take the
    direction of their neighbours when both agree, else the paragraph's; runs against the
    paragraph direction keep their inner order. Characters inside a word are left to HarfBuzz.
    """
    base = "R" if right_to_left else "L"
    kinds = [_direction(word) for word in words]
    resolved = list(kinds)
    for index, kind in enumerate(kinds):
        if kind != "N":
            continue
        before = next((k for k in reversed(kinds[:index]) if k != "N"), base)
        after = next((k for k in kinds[index + 1 :] if k != "N"), base)
        resolved[index] = before if before == after else base
    runs: list[tuple[str, list[str]]] = []
    shown = [
        _mirrored_neutral(word) if kind == "N" and side == "R" else word
        for word, kind, side in zip(words, kinds, resolved, strict=True)
    ]
    for word, kind in zip(shown, resolved, strict=True):
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(word)
        else:
            runs.append((kind, [word]))
    # A right-to-left run reads inside out; on a right-to-left line the runs do too.
    pieces = [list(reversed(run)) if kind == "R" else run for kind, run in runs]
    if right_to_left:
        pieces.reverse()
    return [word for piece in pieces for word in piece]


_MIRROR = str.maketrans("()[]{}<>\u00ab\u00bb\u2039\u203a", ")(][}{><\u00bb\u00ab\u203a\u2039")


def _mirrored_neutral(word: str) -> str:
    """A word of digits and punctuation as it reads inside right-to-left text: "(2021)." shows as ".(2021)".

    HarfBuzz lays such a word out left to right, so its punctuation is moved (and brackets
    mirrored) here, the way the bidi algorithm does; the digits keep their order.
    """
    digits = [index for index, char in enumerate(word) if char.isdigit()]
    if not digits:
        return word[::-1].translate(_MIRROR)
    first, last = digits[0], digits[-1] + 1
    before, core, after = word[:first], word[first:last], word[last:]
    return after[::-1].translate(_MIRROR) + core + before[::-1].translate(_MIRROR)


def _break_lines(words: list[str], font: str, size: float, width: float) -> list[list[str]]:
    space = text_width(" ", font, size)
    lines: list[list[str]] = [[]]
    used = 0.0
    for word in words:
        word_width = text_width(word, font, size)
        if lines[-1] and used + space + word_width > width * _RTL_SLACK:
            lines.append([])
            used = 0.0
        used += (space if lines[-1] else 0.0) + word_width
        lines[-1].append(word)
    return lines


def _bidi_lines(text: str, style: ParagraphStyle, width: float) -> list[Flowable]:
    right_to_left = is_right_to_left(text)
    alignment = TA_RIGHT if right_to_left else TA_LEFT
    lines: list[list[str]] = []
    for source_line in text.split("\n"):
        words = source_line.split()
        lines.extend(_break_lines(words, style.fontName, style.fontSize, width) if words else [[]])
    flowables: list[Flowable] = []
    for index, line in enumerate(lines):
        # The block's space before and after belong to its first and last line only.
        line_style = ParagraphStyle(
            f"{style.name}-line",
            parent=_styled(style, " ".join(line), alignment),
            spaceBefore=style.spaceBefore if index == 0 else 0,
            spaceAfter=style.spaceAfter if index == len(lines) - 1 else 0,
        )
        shown = " ".join(markup(word, style.fontName) for word in visual_order(line, right_to_left))
        flowables.append(Paragraph(shown or "\u00a0", line_style))
    return flowables


def draw_line(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw one line of plain text with its left end at (x, y, baseline); return its width.

    Latin, Greek, Cyrillic, CJK and Ethiopic are drawn run by run. Lines needing shaping or
    right-to-left order go through a one-line paragraph, the only ReportLab path that shapes.
    """
    text, runs, complex_line = _line(text, font)
    width = text_width(text, font, size)
    if complex_line:
        style = ParagraphStyle("line", fontName=font, fontSize=size, leading=size * 1.2)
        words = text.split()
        ordered = visual_order(words, is_right_to_left(text)) if scripts_in(text) & RIGHT_TO_LEFT else words
        line = Paragraph(" ".join(markup(word, font) for word in ordered), _styled(style, text))
        _, height = line.wrap(width / _RTL_SLACK + size, size * 3)
        # A paragraph is placed by its bottom edge; its first baseline is one leading minus descent below the top.
        line.drawOn(canvas, x, y - height + size)
        return width
    cursor = x
    for run in runs:
        canvas.setFont(run.font, size)
        canvas.drawString(cursor, y, run.text)
        cursor += canvas.stringWidth(run.text, run.font, size)
    return cursor - x


@lru_cache(maxsize=4096)
def _line(text: str, font: str) -> tuple[str, tuple[Run, ...], bool]:
    """A line cleaned, cut into font runs, and whether it needs shaping (cached: labels repeat lines)."""
    text = clean(text).replace("\n", " ")
    return text, tuple(font_runs(text, font)), bool(scripts_in(text) & NEEDS_SHAPING)
