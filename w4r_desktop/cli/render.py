"""`w4r-desktop render letter|envelope|labels|batch|pack`: the printing engine, headless."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from w4r_desktop.cli.batch import register_batch
from w4r_desktop.cli.common import (
    add_command,
    allow_missing_characters_option,
    chosen_case,
    finite_float,
    missing_characters_error,
    open_db,
    shown,
)
from w4r_desktop.cli.pack import register_pack
from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.files import atomic_write, read_capped
from w4r_desktop.core.letters import Letter, draft_letter
from w4r_desktop.printing.label_sheets import LABEL_SHEETS
from w4r_desktop.printing.sizes import ENVELOPE_SIZES, PAPER_SIZES

MAX_TEXT_FILE = 256 * 1024


class TextFileError(UserError):
    """A text file given on the command line cannot be used."""


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = add_command(commands, "render", "make the PDF of a letter, an envelope, address labels or the queued batch")
    sub = group.add_subparsers(dest="render_command", metavar="WHAT", required=True)

    letter = add_command(sub, "letter", "a letter to a case's official (or a solidarity message)")
    _target_options(letter)
    letter.add_argument("--text-file", metavar="F", help="the letter's body as UTF-8 text (default: the sample letter)")
    letter.add_argument("--sender-name", metavar="S", default="", help="your name, printed under the signature")
    letter.add_argument("--sender-town", metavar="T", default="", help="your town, printed under your name")
    letter.add_argument("--return-address-file", metavar="F", help="your postal address, one line per line")
    letter.add_argument("--paper", choices=sorted(PAPER_SIZES), default="letter")
    letter.add_argument("--date", metavar="YYYY-MM-DD", type=_date, help="the letter's date (default: today)")
    letter.set_defaults(handler=render_letter_command)

    envelope = add_command(sub, "envelope", "an envelope addressed to a case's official (or the person)")
    _target_options(envelope)
    envelope.add_argument("--size", choices=list(ENVELOPE_SIZES), default="us10")
    envelope.add_argument("--return-address-file", metavar="F", help="the return address, one line per line")
    envelope.add_argument("--zones", action="store_true", help="draw the USPS read area and clear zones (a test)")
    _offset_options(envelope)
    envelope.set_defaults(handler=render_envelope_command)

    labels = add_command(sub, "labels", "a sheet of address labels for a case's official (or the person)")
    _target_options(labels)
    labels.add_argument(
        "--sheet",
        choices=list(LABEL_SHEETS),
        default="avery-5160",
        metavar="SHEET",
        help=f"the label sheet: {', '.join(LABEL_SHEETS)} (default avery-5160)",
    )
    labels.add_argument("--count", type=int, default=1, metavar="N", help="how many labels (default 1)")
    labels.add_argument(
        "--start",
        type=int,
        default=1,
        metavar="K",
        help="the first free label on a partly used sheet, counted along the rows from 1",
    )
    labels.add_argument("--outline", action="store_true", help="draw each label's edge (a test on plain paper)")
    _offset_options(labels)
    labels.set_defaults(handler=render_labels_command)

    register_batch(sub)
    register_pack(sub)


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{shown(text)}' is not a date like 2021-12-10") from None


def _target_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--case", required=True, metavar="ID", help="the case id (see `cases list`)")
    parser.add_argument(
        "--target",
        type=int,
        metavar="N",
        help="which official or postal channel, counted from 0 (default: the first postal one)",
    )
    parser.add_argument("--kind", choices=[kind.value for kind in LetterKind], default="appeal")
    parser.add_argument("--out", required=True, metavar="F.pdf", help="the PDF file to write")
    parser.add_argument(
        "--allow-unverified",
        action="store_true",
        help="print an address the case bundle marks as not verified (a placeholder or a guess)",
    )
    allow_missing_characters_option(parser)


def _offset_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--offset-x",
        type=finite_float,
        default=0.0,
        metavar="MM",
        help="move everything right by MM millimetres (negative: left), for a misaligned printer",
    )
    parser.add_argument(
        "--offset-y",
        type=finite_float,
        default=0.0,
        metavar="MM",
        help="move everything down by MM millimetres (negative: up)",
    )


def read_text_file(path: str) -> str:
    """A UTF-8 text file's contents, or one clear error (a pipe or a device is never read)."""
    try:
        return read_capped(path, MAX_TEXT_FILE).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TextFileError(f"{shown(path)}: not UTF-8 text") from None


def _lines_file(path: str | None) -> tuple[str, ...]:
    if not path:
        return ()
    lines = tuple(line.strip() for line in read_text_file(path).splitlines() if line.strip())
    if len(lines) > 8:
        raise TextFileError(f"{shown(path)}: {len(lines)} lines; an address has at most 8")
    return lines


def _letter(args: argparse.Namespace) -> Letter:
    loaded, case = chosen_case(args)
    if case.released_on is not None and args.kind == LetterKind.APPEAL.value:
        print(
            f"w4r-desktop: warning: {case.name} has been free since {case.released_on.isoformat()}: "
            "an appeal for release is out of date (--kind solidarity writes a message of support)",
            file=sys.stderr,
        )
    letter = draft_letter(loaded, case, LetterKind(args.kind), args.target, today=getattr(args, "date", None))
    return letter


def _write(args: argparse.Namespace, pdf: bytes, warnings: tuple[str, ...] = ()) -> int:
    for warning in warnings:
        print(f"w4r-desktop: warning: {warning}", file=sys.stderr)
    atomic_write(args.out, pdf)
    print(args.out)
    return 0


def render_letter_command(args: argparse.Namespace) -> int:
    # The files named first: a bad one is refused before the bundle is loaded.
    changes: dict[str, object] = {"sender_name": args.sender_name, "sender_town": args.sender_town}
    if args.text_file:
        changes["body"] = read_text_file(args.text_file)
    if args.return_address_file:
        changes["return_address"] = _lines_file(args.return_address_file)
    letter = _letter(args)
    from w4r_desktop.printing.letter import render_letter  # ReportLab loads only when rendering
    from w4r_desktop.printing.missing import MissingCharacters

    try:
        rendered = render_letter(
            letter.with_changes(**changes),
            args.paper,
            allow_unverified=args.allow_unverified,
            allow_missing_characters=args.allow_missing_characters,
        )
    except MissingCharacters as exc:
        raise missing_characters_error(exc) from exc
    warnings = list(rendered.warnings)
    if rendered.page_count > 1:
        warnings.append(f"the letter runs to {rendered.page_count} pages; the campaign advises one")
    return _write(args, rendered.pdf, tuple(warnings))


def render_envelope_command(args: argparse.Namespace) -> int:
    return_address = _lines_file(args.return_address_file)
    letter = _letter(args)
    from w4r_desktop.printing.envelope import render_envelope, sender_lines
    from w4r_desktop.printing.missing import MissingCharacters, check_printable, envelope_texts

    group_address = () if return_address else _group_address(args)
    sender = sender_lines(letter, return_address, group_address)
    try:
        missing = check_printable("the envelope", envelope_texts(letter, sender), args.allow_missing_characters)
    except MissingCharacters as exc:
        raise missing_characters_error(exc) from exc
    pdf = render_envelope(
        letter,
        args.size,
        return_address,
        offset_mm=(args.offset_x, args.offset_y),
        show_zones=args.zones,
        allow_unverified=args.allow_unverified,
        allow_missing_characters=True,
        group_address=group_address,
    )
    warnings = missing + (() if letter.verified else ("the address is not verified: check it before mailing",))
    if not sender:
        warnings += ("no return address: give --return-address-file, or set the group's with `event set`",)
    return _write(args, pdf, warnings)


def _group_address(args: argparse.Namespace) -> tuple[str, ...]:
    """The group's return address, from the event's settings (empty if none is set)."""
    from w4r_desktop.core.settings import Settings

    db = open_db(args)
    try:
        return tuple(Settings(db).get("return_address"))
    finally:
        db.close()


def render_labels_command(args: argparse.Namespace) -> int:
    letter = _letter(args)
    from w4r_desktop.printing.labels import label_warnings, render_labels
    from w4r_desktop.printing.missing import MissingCharacters, check_printable

    address = letter.recipient
    try:
        missing = check_printable("the address", (*address.lines, *address.local_lines), args.allow_missing_characters)
    except MissingCharacters as exc:
        raise missing_characters_error(exc) from exc

    pdf = render_labels(
        letter.recipient,
        letter.home_country,
        args.sheet,
        args.count,
        args.start,
        args.outline,
        (args.offset_x, args.offset_y),
        verified=letter.verified,
        allow_unverified=args.allow_unverified,
        allow_missing_characters=True,
    )
    warnings = [*missing, *label_warnings(letter.recipient, letter.home_country, args.sheet)]
    if not letter.verified:
        warnings.append("the address is not verified: check it before mailing")
    return _write(args, pdf, tuple(warnings))
