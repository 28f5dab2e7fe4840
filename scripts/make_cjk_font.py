"""Make the bundled CJK faces: Noto Sans CJK with TrueType outlines, cut into four files.

ReportLab embeds only TrueType (glyf) outlines and refuses the CFF outlines Noto Sans CJK ships
with, so this script takes faces of the Debian `fonts-noto-cjk` collection, keeps the characters
below, and converts the cubic CFF curves to quadratic glyf curves with cu2qu. Each character is
in one file only (the first that keeps it), and each file stays under 8 MB:

- W4R-CJK-SC.ttf (the Simplified Chinese face): GB 2312 (the 6,763 common Hanzi), kana,
  Bopomofo, CJK punctuation and full-width forms;
- W4R-CJK-TC.ttf (Traditional Chinese): the Big5 Hanzi the SC file lacks (its 13,053 in all);
- W4R-CJK-JP.ttf (Japanese): the kanji of JIS X 0208 levels 1 and 2 that neither has;
- W4R-CJK-KR.ttf (Korean): all 11,172 Hangul syllables and the Hangul jamo.

Han characters shared by the languages print in the first file's forms (Chinese ones for a
Japanese text's common kanji): readable, but not each language's own typography.

Run once by hand (needs `pip install fonttools`):

    python scripts/make_cjk_font.py [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont, newTable

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
TARGET = Path(__file__).resolve().parents[1] / "resources" / "fonts"
# Error allowed when approximating a cubic curve by quadratics, in font units (1000 per em):
# 1 unit is a hundredth of a millimetre at 12 pt, far below what a printer can show.
MAX_ERROR = 1.0
LIMIT = 8_000_000


def double_byte(encoding: str, high: Iterable[int], low: Iterable[int]) -> set[int]:
    """Every character a double-byte legacy encoding has in the given lead and trail byte ranges."""
    found: set[int] = set()
    lows = list(low)
    for first in high:
        for second in lows:
            try:
                found.update(ord(char) for char in bytes((first, second)).decode(encoding))
            except UnicodeDecodeError:
                continue
    return found


def han(points: set[int]) -> set[int]:
    return {point for point in points if 0x3400 <= point <= 0x9FFF or 0xF900 <= point <= 0xFAFF}


def ranges(*spans: tuple[int, int]) -> set[int]:
    return {point for start, end in spans for point in range(start, end + 1)}


def face(path: Path, suffix: str) -> TTFont:
    for font in TTCollection(str(path)).fonts:
        family = font["name"].getDebugName(1) or ""
        if family.endswith(f" {suffix}"):
            return font
    raise SystemExit(f"{path}: no {suffix} face in this collection")


def to_truetype_outlines(font: TTFont) -> None:
    """Replace the CFF table by glyf/loca with quadratic curves, in place."""
    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERROR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}
    font.sfntVersion = "\x00\x01\x00\x00"


def make(source: Path, suffix: str, keep: set[int], target: Path) -> set[int]:
    """Write `target` with the characters of `keep` the face has; return those characters."""
    font = face(source, suffix)
    kept = keep & set(font.getBestCmap())
    options = Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.drop_tables += ["vmtx", "vhea", "VORG"]
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=sorted(kept))
    subsetter.subset(font)
    to_truetype_outlines(font)
    font.save(str(target))
    size = target.stat().st_size
    print(f"{target.name}: {size / 1e6:.1f} MB, {len(kept)} characters")
    if size >= LIMIT:
        raise SystemExit(f"{target} is {size / 1e6:.1f} MB: over the 8 MB a bundled file may take")
    return kept


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    gb2312 = double_byte("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
    big5 = han(double_byte("big5", range(0xA4, 0xFA), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]))
    jis = han(double_byte("euc_jp", range(0xB0, 0xF5), range(0xA1, 0xFF)))
    shared = ranges(
        (0x20, 0x7E),  # ASCII, so punctuation beside CJK stays in its face
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0x3040, 0x30FF),  # hiragana and katakana
        (0x3100, 0x312F),  # Bopomofo
        (0x31F0, 0x31FF),  # katakana phonetic extensions
        (0xFF00, 0xFFEF),  # half-width and full-width forms
    )
    done = make(source, "SC", gb2312 | shared, TARGET / "W4R-CJK-SC.ttf")
    done |= make(source, "TC", big5 - done, TARGET / "W4R-CJK-TC.ttf")
    done |= make(source, "JP", jis - done, TARGET / "W4R-CJK-JP.ttf")
    hangul = ranges((0xAC00, 0xD7A3), (0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xD7B0, 0xD7FF))
    make(source, "KR", hangul, TARGET / "W4R-CJK-KR.ttf")


if __name__ == "__main__":
    main()
