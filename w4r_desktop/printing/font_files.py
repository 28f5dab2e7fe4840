"""The bundled font files, in the order text falls back through them (no ReportLab, no Qt here:
the printing engine and the interface both read this list)."""

from __future__ import annotations

LATIN_SERIF_FILE = "NotoSerif-Regular.ttf"
LATIN_SANS_FILE = "NotoSans-Regular.ttf"

FALLBACK_FILES: dict[str, str] = {
    "W4R-Arabic": "NotoNaskhArabic-Regular.ttf",
    "W4R-Hebrew": "NotoSansHebrew-Regular.ttf",
    "W4R-Thai": "NotoSansThai-Regular.ttf",
    "W4R-Ethiopic": "NotoSansEthiopic-Regular.ttf",
    "W4R-Armenian": "NotoSansArmenian-Regular.ttf",
    "W4R-Georgian": "NotoSansGeorgian-Regular.ttf",
    "W4R-Devanagari": "NotoSansDevanagari-Regular.ttf",
    "W4R-Bengali": "NotoSansBengali-Regular.ttf",
    "W4R-Gurmukhi": "NotoSansGurmukhi-Regular.ttf",
    "W4R-Gujarati": "NotoSansGujarati-Regular.ttf",
    "W4R-Oriya": "NotoSansOriya-Regular.ttf",
    "W4R-Tamil": "NotoSansTamil-Regular.ttf",
    "W4R-Telugu": "NotoSansTelugu-Regular.ttf",
    "W4R-Kannada": "NotoSansKannada-Regular.ttf",
    "W4R-Malayalam": "NotoSansMalayalam-Regular.ttf",
    "W4R-Sinhala": "NotoSansSinhala-Regular.ttf",
    "W4R-Lao": "NotoSansLao-Regular.ttf",
    "W4R-Lao-Looped": "NotoLoopedLao-Regular.ttf",  # the Pali letters (Unicode 12) the first lacks
    "W4R-Khmer": "NotoSansKhmer-Regular.ttf",
    "W4R-Myanmar": "NotoSansMyanmar-Regular.ttf",
    "W4R-CJK-SC": "W4R-CJK-SC.ttf",
    "W4R-CJK-TC": "W4R-CJK-TC.ttf",
    "W4R-CJK-JP": "W4R-CJK-JP.ttf",
    "W4R-CJK-KR": "W4R-CJK-KR.ttf",
}
"""The faces tried after the Latin one, in order (made by scripts/make_script_fonts.py and
scripts/make_cjk_font.py), by the name the printing engine registers each under."""
