"""The one-page printable summary of an event: its details, the big numbers and a bar per case.

Drawn with ReportLab's platypus and shrunk to fit, so it is always exactly one page however many
cases the bundle has. Text from settings and bundles goes through `escape` before it reaches a
Paragraph, because a Paragraph reads markup.
"""

from __future__ import annotations

import io
import os
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from w4r_desktop.core.files import atomic_write
from w4r_desktop.core.paths import resource
from w4r_desktop.core.report_fields import DEFAULT, LETTERS_PER_CASE, field_label
from w4r_desktop.core.tally.kinds import KIND, PER_CASE, TallyKind
from w4r_desktop.core.tally.report import CampaignReport, CaseLine
from w4r_desktop.printing.document import document_properties

PAGE_SIZES = {"letter": LETTER, "a4": A4}
MARGIN = 18 * mm
AMNESTY_YELLOW = colors.HexColor("#FFE000")
INK = colors.HexColor("#1A1A1A")
SUMMARY_FONT = "W4R-Summary-Sans"
LETTERS_HEADING = "Letters and cards"
BAR_MIN = 15 * mm
"""The narrowest the bars may get before the numbers' columns do."""


def shown_kinds(report: CampaignReport) -> list[TallyKind]:
    """The table's columns: the kinds counted per case (participants are a big number), the letters'
    always, the others (signatures, online actions…) where anything was counted."""
    return [kind for kind in PER_CASE if KIND[kind].letter or report.totals.get(kind)]


@cache
def summary_font() -> str:
    """The bundled Noto Sans (names in any Latin, Greek or Cyrillic spelling), else Helvetica."""
    path = Path(str(resource("fonts", "NotoSans-Regular.ttf")))
    if not path.is_file():
        return "Helvetica"
    pdfmetrics.registerFont(TTFont(SUMMARY_FONT, str(path)))
    return SUMMARY_FONT


class Bar(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A horizontal bar `fraction` of the available width long."""

    def __init__(self, fraction: float, width: float, height: float = 9) -> None:
        super().__init__()
        self.fraction = max(0.0, min(1.0, fraction))
        self.width = width
        self.height = height

    def draw(self) -> None:
        if self.fraction <= 0:
            return
        self.canv.setFillColor(AMNESTY_YELLOW)
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.5)
        self.canv.rect(0, 0, self.width * self.fraction, self.height, stroke=1, fill=1)


def summary_pdf(report: CampaignReport, paper: str = "letter") -> bytes:
    """The summary as PDF bytes, on US Letter or A4."""
    font = summary_font()
    page = PAGE_SIZES.get(paper, LETTER)
    width = page[0] - 2 * MARGIN
    title = ParagraphStyle("title", fontName=font, fontSize=22, leading=27, textColor=INK)
    subtitle = ParagraphStyle("subtitle", fontName=font, fontSize=11, leading=15, textColor=INK)
    cell = ParagraphStyle("cell", fontName=font, fontSize=9.5, leading=11.5)
    big = ParagraphStyle("big", fontName=font, fontSize=26, leading=30, alignment=1)
    caption = ParagraphStyle("caption", fontName=font, fontSize=9, leading=11, alignment=1)

    details = " · ".join(escape(part) for part in (report.group_name, report.place, report.dates) if part)
    story: list[Flowable] = [
        Paragraph(escape(report.event_name or "Write for Rights"), title),
        Paragraph(details or "&nbsp;", subtitle),
        Paragraph(escape(report.campaign), subtitle),
        *_form_fields(report, width, cell),
        Spacer(1, 6 * mm),
        _big_numbers(report, width, big, caption),
        Spacer(1, 6 * mm),
        _case_table(report, width, cell, font),
        Spacer(1, 4 * mm),
        Paragraph(
            escape(f"Counted on {report.stations} laptop(s). Report made {report.generated_at} with W4R Desktop."),
            ParagraphStyle("foot", fontName=font, fontSize=8, leading=10),
        ),
    ]
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        **document_properties(f"Write for Rights summary: {report.event_name}", "Write for Rights event report"),
    )
    # Shrunk to fit: the summary is one page whatever the number of cases.
    document.build([KeepInFrame(width, page[1] - 2 * MARGIN, story, mode="shrink")])
    return buffer.getvalue()


def _form_fields(report: CampaignReport, width: float, cell: ParagraphStyle) -> list[Flowable]:
    """The section's own report fields, in its form's order, where the bundle names them."""
    if report.fields == DEFAULT:
        return []
    rows = [
        [Paragraph(escape(field_label(name)), cell), Paragraph(escape(report.field_value(name)), cell)]
        for name in report.fields
        if name != LETTERS_PER_CASE
    ]
    table = Table(rows, colWidths=[width * 0.3, width * 0.7], hAlign="LEFT")
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB"))]))
    return [Spacer(1, 3 * mm), table]


def _big_numbers(report: CampaignReport, width: float, big: ParagraphStyle, caption: ParagraphStyle) -> Table:
    figures = (
        (report.letters, "letters and cards"),
        (report.totals.get(TallyKind.SIGNATURE, 0), "petition signatures"),
        (report.totals.get(TallyKind.PARTICIPANT, 0), "participants"),
    )
    table = Table(
        [[Paragraph(f"{number:,}", big) for number, _ in figures], [Paragraph(label, caption) for _, label in figures]],
        colWidths=[width / 3] * 3,
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), big.fontName),  # the table's own font, else ReportLab lists Helvetica
                ("BACKGROUND", (0, 0), (-1, -1), AMNESTY_YELLOW),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return table


def _case_table(report: CampaignReport, width: float, cell: ParagraphStyle, font: str) -> Table:
    lines: list[CaseLine] = [line for line in report.cases if line.counts or line.case_id in _shipped(report)]
    kinds = shown_kinds(report)
    if any(report.whole_event.count(kind) for kind in kinds):
        lines.append(report.whole_event)
    most = max((line.letters for line in lines), default=0) or 1
    name_width = width * 0.27
    numbers = len(kinds) + 1
    number_width = min(19 * mm, (width - name_width - BAR_MIN - 4) / numbers)
    bar_width = width - name_width - numbers * number_width - 4
    titles, size = _headings(kinds, number_width - 6, font)
    heading = ParagraphStyle("heading", parent=cell, fontSize=size, leading=size * 1.2, alignment=2)
    rows: list[list[object]] = [
        [
            Paragraph("Case", ParagraphStyle("first", parent=heading, alignment=0)),
            *(Paragraph(escape(title), heading) for title in titles),
            "",
        ]
    ]
    for line in lines:
        label = escape(line.name) + (f"<br/><font size=7.5>{escape(line.country)}</font>" if line.country else "")
        rows.append(
            [
                Paragraph(label, cell),
                *(f"{line.count(kind):,}" for kind in kinds),
                f"{line.letters:,}",
                Bar(line.letters / most, bar_width - 6),
            ]
        )
    rows.append(["Total", *(f"{report.totals.get(kind, 0):,}" for kind in kinds), f"{report.letters:,}", ""])
    table = Table(rows, colWidths=[name_width, *[number_width] * numbers, bar_width], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), font),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("LEFTPADDING", (1, 0), (-1, -1), 3),
                ("RIGHTPADDING", (1, 0), (-1, -1), 3),
                ("ALIGN", (1, 0), (numbers, -1), "RIGHT"),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK),
                ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#F4F4F4")]),
            ]
        )
    )
    return table


def _headings(kinds: list[TallyKind], room: float, font: str) -> tuple[list[str], float]:
    """The number columns' headings, never broken inside a word: the kinds in full where their longest
    word fits the column at 8 pt, else in short ("Signatures", "Posts"), smaller if even that needs it."""
    for titles in (
        [*(KIND[kind].label for kind in kinds), LETTERS_HEADING],
        [*(KIND[kind].short for kind in kinds), "Letters"],
    ):
        widest = max(pdfmetrics.stringWidth(word, font, 8) for title in titles for word in title.split())
        if widest <= room:
            return titles, 8.0
    return titles, max(5.0, 8 * room / widest)


def _shipped(report: CampaignReport) -> set[str]:
    # Every case of the bundle is listed, even at zero, so a leader sees what was not written.
    return {line.case_id for line in report.cases if line.country}


def write_summary_pdf(report: CampaignReport, path: str | os.PathLike[str], paper: str = "letter") -> Path:
    """Write the one-page summary to `path`, atomically."""
    target = Path(path)
    atomic_write(target, summary_pdf(report, paper))
    return target
