"""A print run: the queue's letters as one PDF of letters, one of envelopes in the same order,
and a mailing sheet that tells the leader what goes where and roughly what the stamps cost."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.bundle.schema import Postage
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.letters import Letter
from w4r_desktop.printing.address import envelope_lines, require_verified
from w4r_desktop.printing.document import document_properties
from w4r_desktop.printing.envelope import draw_envelope, envelope_canvas, is_abroad, sender_lines
from w4r_desktop.printing.envelope import envelope_size as find_envelope
from w4r_desktop.printing.fonts import SANS, register_fonts
from w4r_desktop.printing.letter import build_letters, paper_size
from w4r_desktop.printing.missing import check_printable, envelope_texts, letter_texts
from w4r_desktop.printing.postage import (
    DOMESTIC_EXTRA_OUNCE,
    ENVELOPE_G,
    SHEET_G,
    USPS_RATES_DATE,
    Piece,
    piece,
    together,
)
from w4r_desktop.printing.text import paragraph

SHEET_TEXT = ParagraphStyle("sheet", fontName=SANS, fontSize=9, leading=11.5)
SHEET_TITLE = ParagraphStyle("sheet-title", parent=SHEET_TEXT, fontSize=14, leading=18, spaceAfter=4)


class EmptyBatch(UserError):
    """There is nothing to print."""


@dataclass(frozen=True)
class Batch:
    """The three PDFs of one print run; letters and envelopes are in the same order."""

    letters_pdf: bytes
    envelopes_pdf: bytes
    mailing_sheet_pdf: bytes
    letter_pages: tuple[int, ...] = ()
    """Pages of each letter, in order (a letter past one page is worth a look before mailing)."""
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mailing:
    """Letters going to one recipient: they can travel together in one large envelope."""

    lines: tuple[str, ...]
    abroad: bool
    numbers: tuple[int, ...]
    verified: bool

    @property
    def count(self) -> int:
        return len(self.numbers)


def mailings(letters: Sequence[Letter]) -> list[Mailing]:
    """The letters grouped by recipient, in the order each recipient first appears."""
    groups: dict[tuple[str, ...], list[int]] = {}
    abroad: dict[tuple[str, ...], bool] = {}
    verified: dict[tuple[str, ...], bool] = {}
    for number, letter in enumerate(letters, start=1):
        lines = envelope_lines(letter.recipient, letter.home_country).lines
        groups.setdefault(lines, []).append(number)
        abroad[lines] = letter.recipient.country != letter.home_country
        verified[lines] = verified.get(lines, True) and letter.verified
    return [Mailing(lines, abroad[lines], tuple(numbers), verified[lines]) for lines, numbers in groups.items()]


def envelope_groups(letters: Sequence[Letter]) -> list[tuple[int, ...]]:
    """The envelopes of a batch, in order, each as the numbers of the letters it holds: every letter
    its own, but messages of solidarity to one person together in one large envelope (sections
    forward them, and Amnistie Canada asks for one envelope per person)."""
    groups: list[list[int]] = []
    shared: dict[tuple[str, ...], list[int]] = {}
    for number, letter in enumerate(letters, start=1):
        if letter.kind != LetterKind.SOLIDARITY:
            groups.append([number])
            continue
        lines = envelope_lines(letter.recipient, letter.home_country).lines
        if lines in shared:
            shared[lines].append(number)
        else:
            shared[lines] = [number]
            groups.append(shared[lines])
    return [tuple(group) for group in groups]


def _envelope_of(groups: Sequence[tuple[int, ...]]) -> dict[int, int]:
    """Each letter's envelope number."""
    return {number: index for index, group in enumerate(groups, start=1) for number in group}


def _money(amount: float, currency: str) -> str:
    return f"{amount:,.2f} {currency}"


def postings(
    letters: Sequence[Letter], pages: Sequence[int], paper: str, envelope_key: str
) -> list[tuple[Mailing, tuple[Piece, ...], Piece]]:
    """Each mailing with its envelopes (one per letter, holding its pages) and the one large
    envelope all its letters could share."""
    envelope = find_envelope(envelope_key)
    found = []
    for mailing in mailings(letters):
        sheets = [pages[number - 1] for number in mailing.numbers]
        one_by_one = tuple(piece(count, paper, envelope, envelope_key, mailing.abroad) for count in sheets)
        found.append((mailing, one_by_one, together(sum(sheets), paper, mailing.abroad)))
    return found


def _weight(item: Piece) -> str:
    return f"{item.grams:.0f} g ({item.ounces} oz)"


def postage_note(mailing: Mailing, pieces: Sequence[Piece], joint: Piece, postage: Postage | None) -> str:
    """What stamps the letters to one recipient need, as far as the rates known here say."""
    if postage is None:
        return "no postage rates"
    costs = [item.cost(postage) for item in pieces]
    kind = pieces[0].kind
    heaviest = max(pieces, key=lambda item: item.grams)
    if None in costs:
        price = "have it weighed at the post office" if len(pieces) == 1 else "have them weighed at the post office"
    else:
        price = _money(sum(cost for cost in costs if cost is not None), postage.currency)
    if len(pieces) == 1:
        return f"1 {kind}, {_weight(heaviest)}: {price}"
    return (
        f"{len(pieces)} {kind}s posted one by one, up to {_weight(heaviest)} each: {price}; "
        f"or together in one large envelope, {_weight(joint)}, priced by weight at the post office"
    )


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _numbers(numbers: Sequence[int]) -> str:
    return ", ".join(str(number) for number in numbers)


def mailing_sheet(
    letters: Sequence[Letter],
    paper: str,
    postage: Postage | None,
    today: dt.date,
    envelope_key: str = "us10",
    pages: Sequence[int] = (),
) -> bytes:
    """A printable list: each recipient, which letters (by position in the batch) go there, postage
    by size class and weight (see postage.py; `pages` of each letter, one each if not given)."""
    register_fonts()
    stream = io.BytesIO()
    document = SimpleDocTemplate(
        stream,
        pagesize=paper_size(paper),
        leftMargin=0.7 * inch,
        rightMargin=0.7 * inch,
        topMargin=0.7 * inch,
        bottomMargin=0.7 * inch,
        **document_properties("Mailing sheet", "Write for Rights letters: recipients and postage"),
    )
    width = document.width
    groups = postings(letters, pages or [1] * len(letters), paper, envelope_key)
    story: list[Flowable] = []
    story += paragraph("Mailing sheet", SHEET_TITLE, width)
    summary = (
        f"{_counted(len(letters), 'letter')} to {_counted(len(groups), 'recipient')}, printed {today.isoformat()}. "
        "Letter and envelope numbers follow the order of the letters and envelopes PDFs."
    )
    story += paragraph(summary, SHEET_TEXT, width)
    story.append(Spacer(1, 8))
    columns = (width * 0.42, width * 0.16, width * 0.42)
    rows: list[list[object]] = [
        [
            paragraph(heading, SHEET_TEXT, column)
            for heading, column in zip(("Recipient", "Letters", "Postage estimate"), columns, strict=True)
        ]
    ]
    envelope_of = _envelope_of(envelope_groups(letters))
    for mailing, pieces, joint in groups:
        who = "\n".join(mailing.lines)
        if not mailing.verified:
            who = "CHECK THIS ADDRESS BEFORE MAILING (not verified)\n" + who
        envelopes = sorted({envelope_of[number] for number in mailing.numbers})
        held = f"{mailing.count}: no. {_numbers(mailing.numbers)}; envelope{'s' if len(envelopes) > 1 else ''} "
        note = postage_note(mailing, pieces, joint, postage)
        if len(envelopes) == 1 and mailing.count > 1:
            price = joint.cost(postage)
            cost = (
                "have it weighed at the post office"
                if price is None or postage is None
                else _money(price, postage.currency)
            )
            note = f"{mailing.count} messages in one large envelope, {_weight(joint)}: {cost}"
        rows.append(
            [
                paragraph(who, SHEET_TEXT, columns[0]),
                paragraph(held + _numbers(envelopes), SHEET_TEXT, columns[1]),
                paragraph(note, SHEET_TEXT, columns[2]),
            ]
        )
    table = Table(rows, colWidths=columns, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SANS),  # the table's own font, else ReportLab lists Helvetica
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, Color(0, 0, 0)),
                ("LINEBELOW", (0, 1), (-1, -1), 0.3, Color(0.6, 0.6, 0.6)),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story.append(table)
    if postage is not None:
        costs = [item.cost(postage) for _mailing, pieces, _joint in groups for item in pieces]
        stamps = sum(cost for cost in costs if cost is not None)
        weighed = costs.count(None)
        story.append(Spacer(1, 8))
        story += paragraph(
            f"All letters posted one by one: {_money(stamps, postage.currency)}"
            + (f", and {weighed} to have weighed at the post office" if weighed else "")
            + ". Rates: the event's one-ounce stamps (Event page, Printing; by default USPS's since "
            f"{USPS_RATES_DATE}: 0.78 and 1.70 USD); a domestic letter's further ounces at "
            f"{DOMESTIC_EXTRA_OUNCE:.2f} USD each (USPS, since {USPS_RATES_DATE}). Weights assumed: a sheet "
            f"{SHEET_G.get(paper, 5.0):.1f} g, this envelope {ENVELOPE_G.get(envelope_key, 5.0):.1f} g. "
            "Envelopes over 6 1/8 in high (C5) mail as large envelopes, at a higher price.",
            SHEET_TEXT,
            width,
        )
    document.build(story)
    return stream.getvalue()


def render_batch(
    letters: Sequence[Letter],
    paper: str = "letter",
    envelope_size: str = "us10",
    postage: Postage | None = None,
    today: dt.date | None = None,
    allow_unverified: bool = False,
    allow_missing_characters: bool = False,
    group_address: Sequence[str] = (),
) -> Batch:
    """Letters, envelopes (same order) and a mailing sheet for a print run; an envelope whose
    volunteer gave no address of their own takes `group_address` (the Event page's) as its return.

    A letter to an unverified address raises `UnverifiedAddress` unless `allow_unverified`; one
    with characters no font prints raises `MissingCharacters` unless `allow_missing_characters`.
    """
    if not letters:
        raise EmptyBatch("there are no letters to print")
    missing: list[str] = []
    for number, letter in enumerate(letters, start=1):
        require_verified(letter.verified, allow_unverified, f"the address of letter {number}")
        texts = (*letter_texts(letter), *envelope_texts(letter, sender_lines(letter, group_address=group_address)))
        missing.extend(check_printable(f"letter {number}", texts, allow_missing_characters))
    envelope = find_envelope(envelope_size)
    paper_size(paper)  # refuse an unknown paper before doing any work
    letters_pdf, pages = build_letters(letters, paper)
    stream = io.BytesIO()
    canvas = envelope_canvas(stream, envelope, letters)
    large = find_envelope("c5")
    for group in envelope_groups(letters):
        letter = letters[group[0] - 1]
        size = envelope if len(group) == 1 else large  # several messages: one large envelope
        canvas.setPageSize((size.width, size.height))
        # A shared envelope comes back to the group, where the Event page gives its address.
        sender = (
            list(group_address)
            if len(group) > 1 and group_address
            else sender_lines(letter, group_address=group_address)
        )
        draw_envelope(
            canvas, size, envelope_lines(letter.recipient, letter.home_country), sender, air_mail=is_abroad(letter)
        )
        canvas.showPage()
    canvas.save()
    warnings = missing
    for number, (letter, count) in enumerate(zip(letters, pages, strict=True), start=1):
        if count > 1:
            warnings.append(f"letter {number} runs to {count} pages")
        if not letter.verified:
            warnings.append(f"letter {number}: the address is not verified: check it before mailing")
    sheet = mailing_sheet(
        letters, paper, postage, today or max(letter.date for letter in letters), envelope_size, pages
    )
    return Batch(letters_pdf, stream.getvalue(), sheet, tuple(pages), tuple(warnings))
