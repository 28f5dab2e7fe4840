"""Plain text onto the page: escaped, in the right font per script, in the right direction.

Everything a volunteer or a case file writes is plain text. ReportLab's `Paragraph` reads its
input as markup, so text is escaped here and only this module writes markup: user text can
never add an image, a link or a font to the PDF.

Anything beyond the Latin face (right-to-left scripts, the Indic and South-East Asian scripts,
CJK): ReportLab shapes words with HarfBuzz but cannot order a line right to left without
`rlbidi` (not published on PyPI), and breaks lines only at spaces, cutting Thai, Khmer or
Chinese words apart and starting lines with a closing bracket. So a block with any of them is
laid out here: each of its lines (a bidi paragraph of its own) is broken where ICU says a line
may break (linebreak.py: dictionaries for the scripts without spaces, the kinsoku rules for
East Asian punctuation), each resulting line is put in visual order by the Unicode bidi
algorithm, and drawn as a one-line paragraph whose pieces HarfBuzz shapes one font and one
direction at a time (shaping.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache, partial
from xml.sax.saxutils import escape

import bidi
from bidi.algorithm import get_display
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from w4r_desktop.printing.fonts import (
    Run,
    Script,
    font_runs,
    is_right_to_left_letter,
    is_strong,
    needs_layout,
    script_of,
    text_width,
)
from w4r_desktop.printing.linebreak import fill
from w4r_desktop.printing.shaping import shapes_right_to_left

# Kept format characters: joiners (Arabic, Indic), the word joiner and zero-width space (Thai breaks).
_KEEP_FORMAT = {"\u200b", "\u200c", "\u200d", "\u2060"}
# A zero-width space only says where a line may break (ICU reads it so); it is not printed, as
# ReportLab would print it as a space.
_BREAK_HINT = "\u200b"
# Room left on a line laid out here: the widths measured are close to, not exactly, those of the
# drawn line (punctuation may take another font), and a one-line paragraph that wrapped would
# break the order.
_SLACK = 0.98


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
    return any(map(is_right_to_left_letter, text)) and bidi.get_base_level(text) == 1


def paragraphs(text: str, style: ParagraphStyle, width: float) -> list[Flowable]:
    """Flowables for plain `text`: one paragraph per block separated by blank lines.

    Single newlines are kept as line breaks. `width` is the frame width, needed to break
    the lines laid out here.
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
    if needs_layout(text, style.fontName):
        return _laid_out(text, style, width)
    body = "<br/>".join(markup(line, style.fontName) for line in text.split("\n"))
    return [Paragraph(body, style)]


# --- lines laid out here: everything beyond the Latin face (see the module doc) -------------


def _directions(lines: Sequence[str], right_to_left: bool) -> list[bool]:
    """Each line's direction: lines are bidi paragraphs of their own (UAX #9 P1), each reads in the
    direction of its first letter; a line without letters (a date, a number) follows the line before."""
    found = []
    for line in lines:
        if any(is_strong(char) for char in line):
            right_to_left = bidi.get_base_level(line) == 1
        found.append(right_to_left)
    return found


def _laid_out(text: str, style: ParagraphStyle, width: float) -> list[Flowable]:
    source_lines = text.split("\n")
    measure = partial(_measure, font=style.fontName, size=style.fontSize)
    lines: list[tuple[str, bool]] = []
    for source, right_to_left in zip(source_lines, _directions(source_lines, is_right_to_left(text)), strict=True):
        lines.extend((line, right_to_left) for line in fill(source, width * _SLACK, measure))
    flowables: list[Flowable] = []
    for index, (line, right_to_left) in enumerate(lines):
        # The block's space before and after belong to its first and last line only.
        line_style = ParagraphStyle(
            f"{style.name}-line",
            parent=style,
            alignment=_line_alignment(style.alignment, right_to_left),
            shaping=1,
            spaceBefore=style.spaceBefore if index == 0 else 0,
            spaceAfter=style.spaceAfter if index == len(lines) - 1 else 0,
        )
        flowables.append(Paragraph(line_markup(line, style.fontName, right_to_left) or "\u00a0", line_style))
    return flowables


def _measure(text: str, font: str, size: float) -> float:
    return text_width(text.replace(_BREAK_HINT, ""), font, size)


def _line_alignment(alignment: int, right_to_left: bool) -> int:
    """A right-to-left line starts at the right margin: left and justified alignment mirror, centred stays."""
    if alignment == TA_CENTER:
        return alignment
    return int(TA_RIGHT if right_to_left else TA_LEFT)


def visual_order(words: Sequence[str], right_to_left: bool) -> list[str]:
    """The words of one line as they appear from left to right, each as it appears too.

    The Unicode bidi algorithm (UAX #9) for a line whose paragraph reads `right_to_left`:
    characters reordered, brackets in right-to-left text mirrored. Right-to-left letters come out
    reversed; `line_markup` hands them back to HarfBuzz in reading order to be joined.
    """
    line = " ".join(words)
    # The bidi algorithm drops joiners (class BN, rule X9), which would join "می‌خواهم" that the
    # writer kept apart: each stands in as a mark (class NSM, kept beside its letter) not in the line.
    stand_ins = [mark for mark in _STAND_INS if mark not in line][: len(_JOINERS)]
    hidden = line.translate(dict(zip(map(ord, _JOINERS), stand_ins, strict=False)))
    # python-bidi's own implementation: the Rust one does not mirror brackets.
    shown = get_display(hidden, base_dir="R" if right_to_left else "L")
    shown = shown.translate(dict(zip(map(ord, stand_ins), _JOINERS, strict=False)))
    return [word for word in shown.split(" ") if word]


_JOINERS = ("\u200c", "\u200d")  # zero-width non-joiner and joiner
_STAND_INS = tuple(chr(point) for point in range(0x0363, 0x0370))  # combining Latin small letters


_MIRRORED = str.maketrans(MIRRORED)


def line_markup(line: str, base_font: str, right_to_left: bool) -> str:
    """Paragraph markup drawing one line in visual order, each word's pieces shaped on their own.

    A piece is one font's stretch of a visual word, in its own `<font>` tag, so that it is shaped
    alone (see shaping.py). HarfBuzz lays out a piece with an Arabic or Hebrew letter right to
    left, reversing it and mirroring its brackets: such a piece is handed over reversed and
    unmirrored, so its letters reach HarfBuzz in reading order and the piece comes out as shown.
    """
    parts = []
    for word in visual_order(line.replace(_BREAK_HINT, "").split(" "), right_to_left):
        pieces = []
        for run in font_runs(word, base_font):
            piece = run.text[::-1].translate(_MIRRORED) if shapes_right_to_left(run.text) else run.text
            pieces.append(f'<font name="{run.font}">{escape(piece)}</font>')
        parts.append("".join(pieces))
    return " ".join(parts)


# --- the salutation ------------------------------------------------------------------------

# What ends a salutation in the script of its last letter; Latin, Greek, Cyrillic and Hebrew take ",".
_SALUTATION_END = {Script.ARABIC: "\u060c", Script.CJK: "\uff1a", Script.ETHIOPIC: "\u1363", Script.THAI: ""}
_PUNCTUATION_END = set(
    ",:;!?.\u060c\u061b\u061f\u1361\u1362\u1363\u1364\u1365\u3001\u3002\uff01\uff0c\uff1a\uff1b\uff1f"
)


def with_comma(salutation: str) -> str:
    """`salutation` as it opens a letter, ended as its script ends one: an Arabic comma in Arabic,
    a full-width colon in Chinese (the way Chinese letters open), nothing in Thai, else a comma;
    nothing is added after punctuation already there."""
    text = salutation.strip()
    if not text or text[-1] in _PUNCTUATION_END:
        return text
    script = next((script_of(char) for char in reversed(text) if is_strong(char)), None)
    return text + (_SALUTATION_END.get(script, ",") if script is not None else ",")


def draw_line(canvas: Canvas, x: float, y: float, text: str, font: str, size: float) -> float:
    """Draw one line of plain text with its left end at (x, y, baseline); return its width.

    Lines in the Latin face alone are drawn as they are; others go through a one-line paragraph,
    the only ReportLab path that shapes.
    """
    text, runs, complex_line = _line(text, font)
    width = text_width(text, font, size)
    if complex_line:
        style = ParagraphStyle("line", fontName=font, fontSize=size, leading=size * 1.2, shaping=1)
        line = Paragraph(line_markup(text, font, is_right_to_left(text)), style)
        _, height = line.wrap(width / _SLACK + size, size * 3)
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
    return text, tuple(font_runs(text, font)), needs_layout(text, font)
