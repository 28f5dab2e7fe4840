"""Reading generated PDFs back: text with positions, rectangles, fonts, and anything active."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ContentStream

MM = 72 / 25.4


@dataclass(frozen=True)
class TextPiece:
    """A piece of text as drawn: where its baseline starts (points), its size and font."""

    text: str
    x: float
    y: float
    size: float
    font: str


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(float(page.mediabox.width), float(page.mediabox.height)) for page in reader(pdf).pages]


def pieces(pdf: bytes, page: int = 0) -> list[TextPiece]:
    """Every non-blank piece of text on a page, in content-stream order."""
    found: list[TextPiece] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        name = str(font.get("/BaseFont", "")) if font else ""
        scale = (tm[3] * cm[3]) or 1.0
        found.append(TextPiece(unicodedata.normalize("NFKC", text).strip(), x, y, size * scale, name))

    reader(pdf).pages[page].extract_text(visitor_text=visit)
    return found


def unfolded(char: str) -> bool:
    """Whether NFKC leaves `char` as it is: text of such characters reads back as wide as it was drawn.

    `pieces` folds what it extracts (a quarter sign becomes "1", a fraction slash and "4"), so a
    measurement of text with other characters would be of a wider text than the one printed.
    """
    return unicodedata.normalize("NFKC", char) == char


def text(pdf: bytes) -> str:
    """All the text of a PDF, presentation forms folded back (NFKC)."""
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader(pdf).pages))


def rectangles(pdf: bytes, page: int = 0) -> list[tuple[float, float, float, float]]:
    """Every `re` path in a page's content stream as (x, y, width, height), in drawing order."""
    document = reader(pdf)
    content = ContentStream(document.pages[page].get_contents(), document)
    return [tuple(float(value) for value in operands) for operands, operator in content.operations if operator == b"re"]  # type: ignore[misc]


def used_fonts(pdf: bytes) -> set[str]:
    """Base names of the fonts that text is actually drawn in."""
    return {piece.font for number in range(len(reader(pdf).pages)) for piece in pieces(pdf, number)}


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """Each font in the page resources: whether its program is embedded."""
    fonts: dict[str, bool] = {}
    for page in reader(pdf).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts[str(font["/BaseFont"])] = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


def active_content(pdf: bytes) -> list[str]:
    """Anything beyond text and lines: images, annotations (links), actions, forms, JavaScript."""
    found = []
    document = reader(pdf)
    for number, page in enumerate(document.pages):
        if "/Annots" in page:
            found.append(f"page {number}: annotations")
        xobjects = page["/Resources"].get("/XObject", {})
        for name, xobject in xobjects.items():
            found.append(f"page {number}: {name} {xobject.get_object().get('/Subtype')}")
    root = document.trailer["/Root"]
    for key in ("/OpenAction", "/AA", "/AcroForm", "/Names"):
        if key in root:
            found.append(f"catalog: {key}")
    return found
