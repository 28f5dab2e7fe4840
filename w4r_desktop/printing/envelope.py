"""Envelopes: one landscape page of the envelope's exact size per letter.

Where things go follows USPS Publication 28 (appendix A): the whole delivery address inside the
OCR read area (1/2 in from the left and right edges, from 5/8 in to 2 3/4 in above the bottom),
nothing in the barcode clear zone (the bottom 5/8 in, 4 3/4 in from the right edge), the return
address top left, the top-right corner left to the stamp.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.letters import Letter
from w4r_desktop.printing.address import AddressBlock, envelope_lines, require_verified, return_lines
from w4r_desktop.printing.document import new_canvas
from w4r_desktop.printing.fonts import SANS, text_width
from w4r_desktop.printing.missing import check_printable, envelope_texts
from w4r_desktop.printing.sizes import ENVELOPE_SIZES, EnvelopeSize
from w4r_desktop.printing.text import draw_line
from w4r_desktop.printing.text_language import language_of


class UnknownEnvelope(UserError):
    """An envelope size this program does not know."""


class AddressTooLong(UserError):
    """The delivery address would print below 8 pt on this envelope: machines could not read it."""


@dataclass(frozen=True)
class Zone:
    """A rectangle on the envelope, origin bottom left, in points."""

    left: float
    bottom: float
    right: float
    top: float

    def contains(self, other: Zone, tolerance: float = 0.01) -> bool:
        return (
            other.left >= self.left - tolerance
            and other.right <= self.right + tolerance
            and other.bottom >= self.bottom - tolerance
            and other.top <= self.top + tolerance
        )

    def overlaps(self, other: Zone) -> bool:
        return not (
            other.right <= self.left or other.left >= self.right or other.top <= self.bottom or other.bottom >= self.top
        )


STAMP_WIDTH = 1.75 * inch
STAMP_HEIGHT = 1.5 * inch
EDGE = 0.35 * inch  # return address and notes keep this far from the paper's edge
ADDRESS_SIZE = 11.0
MIN_ADDRESS_SIZE = 8.0  # USPS machines read 8 pt and up: an address that needs less is refused
RETURN_SIZE = 9.0
AIR_MAIL = "AIR MAIL / PAR AVION"
AIR_MAIL_SIZE = 10.0


def read_area(size: EnvelopeSize) -> Zone:
    """Where the whole delivery address must be (USPS OCR read area)."""
    return Zone(0.5 * inch, 0.625 * inch, size.width - 0.5 * inch, 2.75 * inch)


def barcode_clear_zone(size: EnvelopeSize) -> Zone:
    """Where nothing may be printed: USPS sprays its barcode here."""
    return Zone(max(0.0, size.width - 4.75 * inch), 0.0, size.width, 0.625 * inch)


def stamp_zone(size: EnvelopeSize) -> Zone:
    """The top-right corner kept for the stamp."""
    return Zone(size.width - STAMP_WIDTH, size.height - STAMP_HEIGHT, size.width, size.height)


def envelope_size(key: str) -> EnvelopeSize:
    try:
        return ENVELOPE_SIZES[key]
    except KeyError:
        known = ", ".join(ENVELOPE_SIZES)
        raise UnknownEnvelope(f"unknown envelope size {key!r} (known: {known})") from None


@dataclass(frozen=True)
class AddressPlacement:
    """Where the delivery address goes: left edge, first baseline, type size, line spacing."""

    left: float
    first_baseline: float
    size: float
    leading: float
    lines: tuple[str, ...]

    def box(self, font: str = SANS) -> Zone:
        """The block's extent, from the top of capitals to the bottom of descenders."""
        width = max((text_width(line, font, self.size) for line in self.lines), default=0.0)
        bottom = self.first_baseline - (len(self.lines) - 1) * self.leading - 0.25 * self.size
        return Zone(self.left, bottom, self.left + width, self.first_baseline + 0.75 * self.size)


def place_address(size: EnvelopeSize, lines: Sequence[str]) -> AddressPlacement:
    """Fit the delivery address into the read area, below the stamp corner, as large as it goes.

    The block starts a little left of the middle (the right half is the address side, IMM 122)
    and moves left, then shrinks, until it fits; it never leaves the read area.
    """
    area = read_area(size)
    top_limit = min(area.top, stamp_zone(size).bottom - 4)
    bottom_limit = area.bottom + 6  # clear of the barcode zone's top edge, with room to spare
    preferred_left = max(area.left, size.width * 0.42)
    # First shrink towards 8 pt with the block in the right part; then let it use the whole
    # width of the read area and shrink as far as it must: it never leaves the read area.
    for furthest_left, smallest in ((max(area.left, size.width * 0.25), MIN_ADDRESS_SIZE), (area.left, 0.5)):
        font_size = ADDRESS_SIZE
        while True:
            leading = font_size * 1.22
            widest = max((text_width(line, SANS, font_size) for line in lines), default=0.0)
            height = (len(lines) - 1) * leading + font_size
            left = min(preferred_left, area.right - 4 - widest)
            fits = left >= furthest_left and height <= top_limit - bottom_limit
            if fits or font_size * 0.95 < smallest:
                break
            font_size *= 0.95
        if fits:
            break
    # Centre the block in the room left, a little high, as a typist would.
    room = top_limit - bottom_limit - height
    top = top_limit - room * 0.4
    return AddressPlacement(left, top - 0.75 * font_size, font_size, leading, tuple(lines))


def _fit_size(lines: Sequence[str], size: float, max_width: float, max_height: float, leading: float = 1.2) -> float:
    while size > 2:
        widest = max((text_width(line, SANS, size) for line in lines), default=0.0)
        if widest <= max_width and (len(lines) - 1) * size * leading + size <= max_height:
            return size
        size *= 0.95
    return size


def draw_envelope(
    canvas: Canvas,
    size: EnvelopeSize,
    block: AddressBlock,
    sender: Sequence[str] = (),
    offset: tuple[float, float] = (0.0, 0.0),
    show_zones: bool = False,
    air_mail: bool = False,
) -> AddressPlacement:
    """Draw one envelope face on the current page; `offset` (points) shifts everything for a printer.

    `air_mail` marks mail abroad "AIR MAIL / PAR AVION" (as AIUSA advises: foreign mail without
    it can come back), on the left just above the address area.
    """
    dx, dy = offset
    if show_zones:
        _draw_zones(canvas, size, dx, dy)
    mark_room = AIR_MAIL_SIZE * 1.6 if air_mail else 0.0
    if sender:
        max_height = size.height - EDGE - read_area(size).top - 6 - mark_room
        font_size = _fit_size(sender, RETURN_SIZE, size.width / 2 - EDGE, max_height)
        baseline = size.height - EDGE - 0.75 * font_size
        for line in sender:
            draw_line(canvas, EDGE + dx, baseline + dy, line, SANS, font_size)
            baseline -= font_size * 1.2
    placement = place_address(size, block.lines)
    require_readable(placement, size)
    baseline = placement.first_baseline
    for line in placement.lines:
        draw_line(canvas, placement.left + dx, baseline + dy, line, SANS, placement.size)
        baseline -= placement.leading
    if air_mail:
        draw_line(canvas, EDGE + dx, read_area(size).top + 0.4 * AIR_MAIL_SIZE + dy, AIR_MAIL, SANS, AIR_MAIL_SIZE)
    return placement


def require_readable(placement: AddressPlacement, size: EnvelopeSize) -> None:
    """Refuse an address that would print below 8 pt, naming the envelopes it fits on."""
    if placement.size >= MIN_ADDRESS_SIZE - 0.01:
        return
    fits = [
        key
        for key, other in ENVELOPE_SIZES.items()
        if place_address(other, placement.lines).size >= MIN_ADDRESS_SIZE - 0.01
    ]
    where = f"it fits on: {', '.join(fits)}" if fits else "shorten its lines: it fits on no envelope size"
    raise AddressTooLong(
        f"the address would print at {placement.size:.1f} pt on the {size.name}, "
        f"below the {MIN_ADDRESS_SIZE:.0f} pt post office machines read; {where}"
    )


def _draw_zones(canvas: Canvas, size: EnvelopeSize, dx: float, dy: float) -> None:
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setDash(2, 2)
    for zone, colour in (
        (read_area(size), Color(0, 0.4, 0.8)),
        (barcode_clear_zone(size), Color(0.8, 0, 0)),
        (stamp_zone(size), Color(0.8, 0.5, 0)),
    ):
        canvas.setStrokeColor(colour)
        canvas.rect(zone.left + dx, zone.bottom + dy, zone.right - zone.left, zone.top - zone.bottom)
    canvas.restoreState()


def is_abroad(letter: Letter) -> bool:
    return letter.recipient.country != letter.home_country


def sender_lines(
    letter: Letter, return_address: Sequence[str] = (), group_address: Sequence[str] = ()
) -> tuple[str, ...]:
    """The return address, so that a letter that cannot be delivered comes back: one given for
    this envelope as it is; else the volunteer's own address under their name; else the group's
    (set on the Event page); else the volunteer's name and home country. The home country ends it
    for mail abroad, never twice."""
    country = letter.home_country if is_abroad(letter) else ""
    if return_address:
        return return_lines(return_address, country=country)
    if letter.return_address:
        return return_lines(letter.return_address, letter.sender_name, country)
    if group_address:
        return return_lines(group_address, country=country)
    return return_lines((), letter.sender_name, letter.home_country)


def envelope_canvas(stream: io.BytesIO, size: EnvelopeSize, letters: Sequence[Letter] = ()) -> Canvas:
    """A canvas for envelope pages; invariant, so the same input gives the same bytes. Its
    language is that of the addresses, its date the day of the last letter."""
    lang = language_of(line for letter in letters for line in letter.recipient.lines)
    created = max((letter.date for letter in letters), default=None)
    title = f"Envelopes, {size.name}"
    return new_canvas(stream, (size.width, size.height), title, "Write for Rights envelopes", lang, created)


def render_envelope(
    letter: Letter,
    size: str = "us10",
    return_address: Sequence[str] = (),
    offset_mm: tuple[float, float] = (0.0, 0.0),
    show_zones: bool = False,
    allow_unverified: bool = False,
    allow_missing_characters: bool = False,
    group_address: Sequence[str] = (),
) -> bytes:
    """One envelope for `letter` as PDF bytes: nothing on it but the addresses.

    The return address is `return_address` if given, else the volunteer's, else `group_address`
    (see `sender_lines`). An unverified address raises `UnverifiedAddress` unless
    `allow_unverified` (previews, or a leader who was told); characters no font prints raise
    `MissingCharacters` unless `allow_missing_characters`.
    """
    require_verified(letter.verified, allow_unverified)
    sender = sender_lines(letter, return_address, group_address)
    check_printable("the envelope", envelope_texts(letter, sender), allow_missing_characters)
    envelope = envelope_size(size)
    stream = io.BytesIO()
    canvas = envelope_canvas(stream, envelope, [letter])
    draw_envelope(
        canvas,
        envelope,
        envelope_lines(letter.recipient, letter.home_country),
        sender,
        (offset_mm[0] * mm, -offset_mm[1] * mm),
        show_zones,
        air_mail=is_abroad(letter),
    )
    canvas.showPage()
    canvas.save()
    return stream.getvalue()
