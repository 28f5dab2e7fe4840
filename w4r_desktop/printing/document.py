"""What every PDF the application writes says about itself, and the font it starts in.

Title, subject, language, author and creator are set on every document (the author is the
application: a volunteer's name never goes into a PDF's properties). Every document starts in a
bundled, embedded font, so no viewer or printer is ever asked for an unembedded Helvetica.
"""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Callable
from typing import Any

from reportlab.pdfbase import ttfonts
from reportlab.pdfgen.canvas import Canvas

from w4r_desktop.printing.fonts import SANS, register_fonts

_tag_lock = threading.Lock()


def _give_each_font_its_own_subset_tags() -> None:
    """ReportLab tags the first subset of every font "AAAAAA+", the second "AAAAAB+", ... so two
    fonts in one PDF share tags, which the PDF standard forbids (some printers merge them). Each
    font of a document gets its own range of tags instead: AAAAAA.., AABAAA.., AACAAA..

    Checked by tests/printing/test_pdf_hygiene.py, which fails if a ReportLab release changes
    how subsets are named (pyproject keeps ReportLab below 6).
    """
    original = ttfonts.TTFont.addObjects
    if getattr(original, "w4r_tags", False):
        return

    def add_objects(self: ttfonts.TTFont, doc: Any) -> None:
        with _tag_lock:
            numbers: dict[str, int] = doc.__dict__.setdefault("w4r_font_numbers", {})
            number = numbers.setdefault(self.fontName, len(numbers))
            subset_name = ttfonts.SUBSETN
            ttfonts.SUBSETN = lambda n: subset_name(number * 1000 + n)
            try:
                original(self, doc)
            finally:
                ttfonts.SUBSETN = subset_name

    add_objects.w4r_tags = True  # type: ignore[attr-defined]
    ttfonts.TTFont.addObjects = add_objects


_give_each_font_its_own_subset_tags()

CREATOR = "W4R Desktop"
AUTHOR = "Write for Rights (W4R Desktop)"


def pdf_date(day: dt.date) -> Callable[..., str]:
    """A ReportLab date formatter giving `day` as the PDF's creation and modification date.

    The day the letter was written (or the PDF made), at midnight UTC: not the second, so that
    the same letter gives the same bytes on the same day (ReportLab's invariant mode would
    otherwise write 1 January 2000).
    """
    return lambda *_when: f"D:{day:%Y%m%d}000000+00'00'"


def document_properties(title: str, subject: str, lang: str = "en") -> dict[str, Any]:
    """Keyword arguments for a ReportLab DocTemplate: properties, language, and an embedded first font."""
    register_fonts()
    return {
        "title": title,
        "subject": subject,
        "author": AUTHOR,
        "creator": CREATOR,
        "lang": lang,
        "initialFontName": SANS,
        "invariant": 1,
    }


def new_canvas(
    stream: io.BytesIO,
    pagesize: tuple[float, float],
    title: str,
    subject: str,
    lang: str = "en",
    created: dt.date | None = None,
) -> Canvas:
    """A canvas with the same properties; invariant, so the same input gives the same bytes."""
    register_fonts()
    canvas = Canvas(stream, pagesize=pagesize, invariant=1, pageCompression=1, initialFontName=SANS, lang=lang)
    canvas.setDateFormatter(pdf_date(created or dt.date.today()))
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setAuthor(AUTHOR)
    canvas.setCreator(CREATOR)
    return canvas
