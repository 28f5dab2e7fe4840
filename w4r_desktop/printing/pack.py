"""A case's pack for a table where people sign rather than write: the case sheet, appeal letters
ready to sign, a petition sheet and the address labels, in one PDF to print before the event.

Amnesty groups hand out signed pre-printed appeal letters and petition sheets beside the letters
written at the kiosk (Amnesty Germany's groups report hundreds per event); the leader counts the
signed copies brought back on the Tally page.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.bundle.model import Case, CaseBundle
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.letters import Letter, draft_letter
from w4r_desktop.printing.address import envelope_lines, letter_country_name, require_verified
from w4r_desktop.printing.document import document_properties, pdf_date
from w4r_desktop.printing.fonts import SANS, register_fonts
from w4r_desktop.printing.label_sheets import label_sheet
from w4r_desktop.printing.labels import SheetCanvas, fit_label
from w4r_desktop.printing.letter import BODY, LINES, MARGIN, TOP_MARGIN, letter_story, paper_size
from w4r_desktop.printing.missing import check_printable, letter_texts
from w4r_desktop.printing.qr import qr_drawing
from w4r_desktop.printing.text import paragraph, paragraphs

MAX_COPIES = 500
PETITION_LINES = 20
"""Signature lines on a petition sheet: as many as fit a page with room to sign."""
LABEL_SHEETS = {"letter": "avery-5160", "a4": "avery-l7160"}
QR_SIZE = 1.25 * inch
SCAN_TO_ACT = "Scan to act online"

TITLE = ParagraphStyle("pack-title", fontName=SANS, fontSize=20, leading=24, spaceAfter=4)
HEADING = ParagraphStyle("pack-heading", fontName=SANS, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4)
SMALL = ParagraphStyle("pack-small", fontName=SANS, fontSize=8.5, leading=10.5)


class PackError(UserError):
    """A pack that cannot be made as asked (a case with no official, too many copies)."""


@dataclass(frozen=True)
class Pack:
    """The pack as PDF bytes, and what it holds."""

    pdf: bytes
    letters: int
    petition_lines: int
    labels: int
    urls: tuple[str, ...]


def _appeal_body(case: Case, letter: Letter, target: int) -> str:
    """The case's sample letter, or, where it has none, its talking points as the letter's paragraphs."""
    return letter.body.strip() or "\n\n".join(case.appeal[target].talking_points)


def case_sheet(case: Case, width: float) -> list[Flowable]:
    """Who the person is, what to ask for, who to write to, and where to act online."""
    story: list[Flowable] = []
    if case.photo:
        photo = Image(io.BytesIO(case.photo))
        scale = min(1.0, 2.2 * inch / max(photo.imageWidth, photo.imageHeight))
        photo.drawWidth, photo.drawHeight = photo.imageWidth * scale, photo.imageHeight * scale
        photo.hAlign = "LEFT"
        story.append(photo)
    story += paragraph(case.name, TITLE, width)
    story += paragraph(f"{case.text('headline', 'en')} ({case.country_name})", HEADING, width)
    story += paragraphs("\n\n".join(case.text("summary", "en").split("\n\n")), BODY, width)
    story += paragraph("What to ask for", HEADING, width)
    story += paragraphs(case.text("ask", "en"), BODY, width)
    story += paragraph("Who to write to", HEADING, width)
    for official in case.appeal:
        lines = [*official.addressee[:1], *official.address, letter_country_name(official.country)]
        story.append(KeepTogether([*paragraph("\n".join(dict.fromkeys(lines)), LINES, width), Spacer(1, 6)]))
    for channel in case.solidarity:
        if channel.url:
            story.append(Spacer(1, 8))
            story.append(_act_online(channel.url, width))
    return story


def _act_online(url: str, width: float) -> Table:
    """The QR code of `url` beside "Scan to act online" and the address written out."""
    words = Paragraph(f"<b>{SCAN_TO_ACT}</b><br/>{escape(url)}", ParagraphStyle("scan", parent=SMALL, fontSize=10))
    table = Table([[qr_drawing(url, QR_SIZE), words]], colWidths=[QR_SIZE + 8, width - QR_SIZE - 8])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    table.hAlign = "LEFT"
    return table


def petition_sheet(case: Case, target: int, width: float, lines: int = PETITION_LINES) -> list[Flowable]:
    """The ask, addressed to the official, and numbered lines for names, towns and signatures."""
    official = case.appeal[target]
    story: list[Flowable] = [
        *paragraph(f"Petition for {case.name}", TITLE, width),
        *paragraph(f"To: {', '.join(official.addressee)}", HEADING, width),
        *paragraphs(case.text("ask", "en"), BODY, width),
    ]
    rows: list[list[str]] = [["", "Name", "Town", "Signature"]]
    rows += [[f"{number}.", "", "", ""] for number in range(1, lines + 1)]
    widths = [0.4 * inch, width * 0.34, width * 0.26, width * 0.4 - 0.4 * inch]
    table = Table(rows, colWidths=widths, rowHeights=[16] + [26] * lines)  # rows tall enough to sign in
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 1), (-1, -1), 0.5, Color(0.3, 0.3, 0.3)),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, Color(0, 0, 0)),
            ]
        )
    )
    story.append(Spacer(1, 8))
    story.append(table)
    story += paragraph(
        "Names and towns are for the official only: hand the sheet to the event leader to post.", SMALL, width
    )
    return story


class _PackDocument(BaseDocTemplate):  # type: ignore[misc]
    """Pages of text, then a page of address labels drawn at the label sheet's exact places."""

    def __init__(self, stream: io.BytesIO, paper: str, title: str, created: dt.date) -> None:
        self.created = created
        self.labels: tuple[str, ...] = ()
        self.label_count = 0
        self.sheet = label_sheet(LABEL_SHEETS[paper])
        size = paper_size(paper)
        super().__init__(
            stream,
            pagesize=size,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=MARGIN * 0.8,
            **document_properties(title, "Write for Rights: a case sheet, letters to sign, a petition, labels"),
        )
        body = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body", leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0)  # fmt: skip
        tiny = Frame(0, 0, 1, 1, id="labels", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates(
            [PageTemplate(id="text", frames=[body]), PageTemplate(id="labels", frames=[tiny], onPage=self._labels)]
        )

    def beforeDocument(self) -> None:
        self.canv.setDateFormatter(pdf_date(self.created))

    def _labels(self, canvas: Canvas, _document: BaseDocTemplate) -> None:
        sheet = SheetCanvas(self.sheet, (0, 0), "", canvas=canvas)
        text = fit_label(self.labels, self.sheet)
        for position in range(1, min(self.label_count, self.sheet.per_sheet) + 1):
            sheet.address(position, text)


def render_pack(
    bundle: CaseBundle,
    case: Case,
    copies: int = 3,
    paper: str = "letter",
    target: int = 0,
    today: dt.date | None = None,
    allow_unverified: bool = False,
    allow_missing_characters: bool = False,
) -> Pack:
    """The pack of `case`: its sheet, `copies` appeal letters to official `target` ready to sign,
    a petition sheet to the same official, and a sheet of `copies` address labels (one sheet at most)."""
    if not case.appeal:
        raise PackError(f"{case.name} has no official to write to: there is nothing to sign")
    if not 0 <= target < len(case.appeal):
        raise PackError(f"{case.name} has {len(case.appeal)} official(s): choose 1 to {len(case.appeal)}")
    if not 1 <= copies <= MAX_COPIES:
        raise PackError(f"copies must be between 1 and {MAX_COPIES}")
    if paper not in LABEL_SHEETS:
        raise PackError(f"unknown paper {paper!r} (letter or a4)")
    register_fonts()
    letter = draft_letter(bundle, case, LetterKind.APPEAL, target, today)
    letter = letter.with_changes(body=_appeal_body(case, letter, target))
    require_verified(letter.verified, allow_unverified)
    check_printable("the pack", letter_texts(letter), allow_missing_characters)
    stream = io.BytesIO()
    document = _PackDocument(stream, paper, f"Write for Rights pack: {case.name}", letter.date)
    document.labels = envelope_lines(letter.recipient, bundle.info.home_country).lines
    document.label_count = min(copies, document.sheet.per_sheet)
    story = [*case_sheet(case, document.width)]
    for _ in range(copies):
        story += [PageBreak(), *letter_story(letter, document.width, to_sign=True)]
    story += [PageBreak(), *petition_sheet(case, target, document.width)]
    story += [NextPageTemplate("labels"), PageBreak(), Spacer(0, 0)]
    document.build(story)
    urls = tuple(channel.url for channel in case.solidarity if channel.url)
    return Pack(stream.getvalue(), copies, PETITION_LINES, document.label_count, urls)


def pack_summary(pack: Pack) -> Sequence[str]:
    """What the pack holds, in words, for the command line and the Print page."""
    return (
        f"{pack.letters} letter(s) to sign",
        f"a petition sheet with {pack.petition_lines} lines",
        f"{pack.labels} address label(s)",
        *(f"a QR code for {url}" for url in pack.urls),
    )
