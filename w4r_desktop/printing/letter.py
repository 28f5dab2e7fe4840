"""Letters in block format on US Letter or A4.

Block format (every line flush left, no indents): the sender's address if the volunteer gave
one, the date, the inside address, the case's salutation, the body, an optional short greeting
in the recipient's language, the closing, room to sign, then name and town.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from babel import localedata
from babel.dates import format_date
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.letters import Letter
from w4r_desktop.printing.address import letter_country_name, require_verified
from w4r_desktop.printing.document import document_properties, pdf_date
from w4r_desktop.printing.fonts import SERIF, register_fonts
from w4r_desktop.printing.missing import check_printable, letter_texts
from w4r_desktop.printing.sizes import PAPER_SIZES
from w4r_desktop.printing.text import draw_line, paragraph, paragraphs, with_comma
from w4r_desktop.printing.text_language import language_of


class UnknownPaper(UserError):
    """A paper size this program does not know."""


MARGIN = 1 * inch
TOP_MARGIN = 0.8 * inch
BODY_SIZE = 11.0

BODY = ParagraphStyle("letter-body", fontName=SERIF, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.3, spaceAfter=BODY_SIZE)
LINES = ParagraphStyle("letter-lines", parent=BODY, spaceAfter=0)


@dataclass(frozen=True)
class RenderedLetter:
    """A letter as PDF bytes, with its page count (the editor warns past one page)."""

    pdf: bytes
    page_count: int
    warnings: tuple[str, ...] = ()


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPER_SIZES[paper]
    except KeyError:
        raise UnknownPaper(f"unknown paper size {paper!r} (known: {', '.join(PAPER_SIZES)})") from None


def letter_date(date: dt.date, home_country: str, language: str = "en") -> str:
    """The date in the letter's own language, as written where it is sent from (CLDR, through Babel):
    "December 10, 2021" from the US, "10 December 2021" from Britain, "10 de diciembre de 2021"."""
    locale = f"{language}_{home_country}"
    if not localedata.exists(locale):
        locale = language if localedata.exists(language) else "en"
    return str(format_date(date, format="long", locale=locale))


def letter_language(letter: Letter) -> str:
    """The language the letter is written in (its text's script and words: text_language.py)."""
    return language_of((letter.salutation, letter.body, letter.closing))


def _with_comma(salutation: str) -> str:
    text = salutation.strip()
    return with_comma(text)  # the comma of the salutation's script: "،" in Arabic, none in Thai


def letter_story(letter: Letter, width: float, to_sign: bool = False) -> list[Flowable]:
    """The flowables of one letter, for a page `width` points wide (between margins); `to_sign`:
    ready for whoever signs it at the table, with lines for the signature, name and town."""
    story: list[Flowable] = []
    if letter.return_address:
        story += paragraph("\n".join(letter.return_address), LINES, width)
        story.append(Spacer(1, BODY_SIZE))
    story += paragraph(letter_date(letter.date, letter.home_country, letter_language(letter)), LINES, width)
    story.append(Spacer(1, BODY_SIZE * 2.5))
    inside = list(letter.recipient.lines)
    if letter.recipient.country != letter.home_country:
        inside.append(letter_country_name(letter.recipient.country))
    story += paragraph("\n".join(inside), LINES, width)
    if letter.recipient.local_lines:
        story.append(Spacer(1, BODY_SIZE * 0.5))
        story += paragraph("\n".join(letter.recipient.local_lines), LINES, width)
    story.append(Spacer(1, BODY_SIZE * 1.5))
    if letter.salutation.strip():
        story += paragraphs(_with_comma(letter.salutation), BODY, width)
    story += paragraphs(letter.body, BODY, width)
    if letter.greeting.strip():
        story += paragraphs(letter.greeting, BODY, width)
    signature: list[Flowable] = []
    if letter.closing.strip():
        signature += paragraph(letter.closing, LINES, width)
    signature.append(Spacer(1, BODY_SIZE * 3.5))  # room to sign by hand
    signed = "\n".join(line for line in (letter.sender_name, letter.sender_town) if line.strip())
    if to_sign:
        signature = [*signature[:-1], Spacer(1, BODY_SIZE), fill_in_lines(("Signature", "Name", "Town"), width)]
    elif signed:
        signature += paragraph(signed, LINES, width)
    story.append(KeepTogether(signature))
    return story


def fill_in_lines(labels: Sequence[str], width: float) -> Flowable:
    """A line to write on for each label ("Signature: ______"), wide enough for a hand."""
    rows = [[label + ":", ""] for label in labels]
    table = Table(rows, colWidths=[1.1 * inch, min(width - 1.1 * inch, 4 * inch)], rowHeights=BODY_SIZE * 2.6)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SERIF),
                ("FONTSIZE", (0, 0), (-1, -1), BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, Color(0, 0, 0)),
            ]
        )
    )
    table.hAlign = "LEFT"
    return table


class _LetterDocument(BaseDocTemplate):  # type: ignore[misc]
    """One frame per page; records where each letter starts, heads its later pages."""

    def __init__(self, stream: io.BytesIO, paper: tuple[float, float], title: str, lang: str, created: dt.date) -> None:
        self.created = created
        super().__init__(
            stream,
            pagesize=paper,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=MARGIN,
            **document_properties(title, "Write for Rights: letters to officials and messages of solidarity", lang),
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="letter", frames=[frame], onPageEnd=self._head_later_page)])
        self.starts: list[int] = []
        self.heading = ""

    def beforeDocument(self) -> None:
        self.canv.setDateFormatter(pdf_date(self.created))

    def _head_later_page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        # At the end of the page, so a letter starting on this page has already been marked.
        page = canvas.getPageNumber()
        if not self.starts or page == self.starts[-1]:
            return
        canvas.saveState()
        canvas.setFillColor(Color(0.35, 0.35, 0.35))
        label = f"{self.heading} \u2013 page {page - self.starts[-1] + 1}"
        draw_line(canvas, self.leftMargin, self.pagesize[1] - TOP_MARGIN + 14, label, SERIF, 8)
        canvas.restoreState()


class _LetterStart(Flowable):  # type: ignore[misc]
    """Invisible: marks the page a letter starts on, and what its later pages are headed with."""

    def __init__(self, document: _LetterDocument, heading: str) -> None:
        super().__init__()
        self._document = document
        self._heading = heading

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._document.starts.append(self.canv.getPageNumber())
        self._document.heading = self._heading


def _heading(letter: Letter) -> str:
    """What page 2 onwards of a letter is headed with: the recipient and the date (block-format custom)."""
    recipient = letter.recipient.lines[0] if letter.recipient.lines else ""
    return f"{recipient}, {letter_date(letter.date, letter.home_country, letter_language(letter))}"


def build_letters(letters: Sequence[Letter], paper: str) -> tuple[bytes, list[int]]:
    """Several letters in one PDF, each starting on a new page; returns the PDF and each letter's page count."""
    register_fonts()
    size = paper_size(paper)
    stream = io.BytesIO()
    # The language most of the letters are in (see text_language.py), and the day of the last.
    languages = Counter(language_of((letter.salutation, letter.body, letter.closing)) for letter in letters)
    lang = languages.most_common(1)[0][0] if languages else "en"
    created = max((letter.date for letter in letters), default=dt.date.today())
    document = _LetterDocument(stream, size, "Letters" if len(letters) != 1 else "Letter", lang, created)
    story: list[Flowable] = []
    for index, letter in enumerate(letters):
        if index:
            story.append(PageBreak())
        story.append(_LetterStart(document, _heading(letter)))
        story += letter_story(letter, document.width)
    document.build(story)
    starts = document.starts
    ends = [*starts[1:], document.page + 1]
    return stream.getvalue(), [end - start for start, end in zip(starts, ends, strict=True)]


def render_letter(
    letter: Letter, paper: str = "letter", allow_unverified: bool = False, allow_missing_characters: bool = False
) -> RenderedLetter:
    """One letter as PDF bytes, with its page count and what a leader should know before mailing.

    An unverified address raises `UnverifiedAddress` unless `allow_unverified`; characters no font
    prints raise `MissingCharacters` unless `allow_missing_characters`.
    """
    require_verified(letter.verified, allow_unverified)
    missing = check_printable("the letter", letter_texts(letter), allow_missing_characters)
    pdf, pages = build_letters([letter], paper)
    warnings = () if letter.verified else ("the address is not verified: check it before mailing",)
    return RenderedLetter(pdf=pdf, page_count=pages[0], warnings=warnings + missing)
