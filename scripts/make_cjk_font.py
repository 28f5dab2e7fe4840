"""Make resources/fonts/NotoSansSC-Subset.ttf: Noto Sans CJK SC with TrueType outlines.

ReportLab embeds only TrueType (glyf) outlines and refuses the CFF outlines Noto Sans CJK ships
with, so this script takes the Simplified Chinese face of the Debian `fonts-noto-cjk` collection,
keeps the characters of GB 2312 (the 6,763 common Hanzi, CJK punctuation, full-width forms) plus
Latin, and converts the cubic CFF curves to quadratic glyf curves with cu2qu.

Run once by hand (needs `pip install fonttools`):

    python scripts/make_cjk_font.py [/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont, newTable

SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
TARGET = Path(__file__).resolve().parents[1] / "resources" / "fonts" / "NotoSansSC-Subset.ttf"
# Error allowed when approximating a cubic curve by quadratics, in font units (1000 per em):
# 1 unit is a hundredth of a millimetre at 12 pt, far below what a printer can show.
MAX_ERROR = 1.0


def gb2312_characters() -> set[int]:
    """Every character of GB 2312, the set common Simplified Chinese text is written in."""
    found: set[int] = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                found.add(ord(bytes((high, low)).decode("gb2312")))
            except UnicodeDecodeError:
                continue
    return found


def simplified_chinese_face(path: Path) -> TTFont:
    for font in TTCollection(str(path)).fonts:
        family = font["name"].getDebugName(1) or ""
        if family.endswith(" SC"):
            return font
    raise SystemExit(f"{path}: no Simplified Chinese (SC) face in this collection")


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


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    font = simplified_chinese_face(source)
    keep = gb2312_characters() | set(range(0x20, 0x7F)) | set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFF66))
    options = Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=sorted(keep))
    subsetter.subset(font)
    to_truetype_outlines(font)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(TARGET))
    print(f"{TARGET}: {TARGET.stat().st_size / 1e6:.1f} MB, {len(font.getGlyphOrder())} glyphs")


if __name__ == "__main__":
    main()
