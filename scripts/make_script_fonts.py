"""Copy the bundled script faces from Noto, and give four of them the Latin punctuation they lack.

ReportLab shapes a whole word with one font, so "שלום." must find its full stop in the Hebrew
face: Noto's Hebrew, Thai and Ethiopic faces have no ASCII punctuation or digits (they rely on
font fallback, which ReportLab does not do), and the Arabic face lacks "?", "(", ")" and a few
more. This script copies the ASCII punctuation, digits and common quotes and dashes from Noto
Sans (Noto Serif for the Naskh face) into each of them; glyphs a face already has are kept.
(Text is now cut into runs by the face that covers each character, so the other faces need no
such help: punctuation a face lacks takes the next face that has it.)

The faces for the other scripts are copied whole but without their hinting instructions (which
only help screens at small pixel sizes; a PDF is printed): Armenian, Georgian, the Indic
scripts, Sinhala, Lao (and looped Lao for the Pali letters the other lacks), Khmer and Myanmar.

Run once by hand (needs `pip install fonttools`):

    python scripts/make_script_fonts.py [/usr/share/fonts/truetype/noto]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from fontTools.merge import Merger
from fontTools.merge import Options as MergeOptions
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont

SOURCE = Path("/usr/share/fonts/truetype/noto")
TARGET = Path(__file__).resolve().parents[1] / "resources" / "fonts"
PUNCTUATION = (
    " !\"#$%&'()*+,-./0123456789:;<=>?@[\\]^_`{|}~\u00a0\u00ab\u00bb\u2013\u2014\u2018\u2019\u201c\u201d\u2026"
)
# face to complete -> the Latin face its punctuation comes from
FACES = {
    "NotoNaskhArabic-Regular.ttf": "NotoSerif-Regular.ttf",
    "NotoSansHebrew-Regular.ttf": "NotoSans-Regular.ttf",
    "NotoSansThai-Regular.ttf": "NotoSans-Regular.ttf",
    "NotoSansEthiopic-Regular.ttf": "NotoSans-Regular.ttf",
}
COPIED = [
    f"NotoSans{script}-Regular.ttf"
    for script in (
        "Armenian",
        "Georgian",
        "Devanagari",
        "Bengali",
        "Gurmukhi",
        "Gujarati",
        "Oriya",
        "Tamil",
        "Telugu",
        "Kannada",
        "Malayalam",
        "Sinhala",
        "Lao",
        "Khmer",
        "Myanmar",
    )
] + ["NotoLoopedLao-Regular.ttf"]  # the Pali letters of Lao (Unicode 12) Noto Sans Lao lacks


def unhinted(path: Path) -> TTFont:
    """The face at `path` with every character it maps but no hinting."""
    font = TTFont(str(path))
    options = Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.glyph_names = True
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=font.getBestCmap().keys())
    subsetter.subset(font)
    return font


def punctuation_of(latin: Path, folder: Path) -> Path:
    font = TTFont(str(latin))
    options = Options()
    options.layout_features = ["kern"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=[ord(char) for char in PUNCTUATION])
    subsetter.subset(font)
    path = folder / f"punctuation-{latin.name}"
    font.save(str(path))
    return path


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    with tempfile.TemporaryDirectory() as scratch:
        for face, latin in FACES.items():
            extra = punctuation_of(source / latin, Path(scratch))
            # The first font wins where both map a character: the script face keeps its own glyphs.
            merged = Merger(options=MergeOptions(drop_tables=["vmtx", "vhea", "MATH"])).merge(
                [str(source / face), str(extra)]
            )
            merged.save(str(TARGET / face))
            print(f"{TARGET / face}: {(TARGET / face).stat().st_size / 1e3:.0f} kB")
    for face in COPIED:
        unhinted(source / face).save(str(TARGET / face))
        print(f"{TARGET / face}: {(TARGET / face).stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
