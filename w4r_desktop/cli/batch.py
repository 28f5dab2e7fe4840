"""`w4r-desktop render batch`: the print queue as three PDFs: letters, envelopes and the mailing sheet.

For a leader who prints elsewhere (a copy shop, another computer) or with no screen. The letters
written to the files leave the queue (the files now hold them), unless --keep is given. Letters
whose address is not verified stay in the queue unless --allow-unverified.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from w4r_desktop.cli.common import (
    CommandError,
    add_command,
    allow_missing_characters_option,
    bundle,
    missing_characters_error,
    open_db,
    shown,
)
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.files import atomic_write
from w4r_desktop.core.print_queue import PrintQueue, QueuedLetter
from w4r_desktop.core.settings import Settings, stamp_rates
from w4r_desktop.printing.sizes import ENVELOPE_SIZES, PAPER_SIZES

if TYPE_CHECKING:
    from w4r_desktop.printing.batch import Batch


def register_batch(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    batch = add_command(sub, "batch", "the print queue as letters.pdf, envelopes.pdf and mailing-sheet.pdf")
    batch.add_argument("--out-dir", required=True, metavar="DIR", help="the folder to write the three PDFs in")
    batch.add_argument("--paper", choices=sorted(PAPER_SIZES), default="letter")
    batch.add_argument("--size", choices=list(ENVELOPE_SIZES), default="us10", help="the envelope size")
    batch.add_argument("--keep", action="store_true", help="leave the letters in the queue after writing them")
    batch.add_argument("--allow-unverified", action="store_true", help="include letters whose address is not verified")
    allow_missing_characters_option(batch)
    batch.set_defaults(handler=render_batch_command)


def render_batch_command(args: argparse.Namespace) -> int:
    folder = Path(args.out_dir)
    if not folder.is_dir():
        raise CommandError(f"{shown(str(folder))} is not a folder")
    bundled = bundle(args).info.postage
    db = open_db(args)
    try:
        postage = stamp_rates(Settings(db), bundled)
        queue = PrintQueue(db)
        jobs = queue.jobs()
        ready = [job for job in jobs if job.letter.verified or args.allow_unverified]
        held = len(jobs) - len(ready)
        from w4r_desktop.printing.batch import render_batch  # ReportLab loads only for this command

        group_address = Settings(db).get("return_address")
        ready, unprintable = _printable(ready, group_address, args.allow_missing_characters)
        for reason in unprintable:
            print(f"w4r-desktop: {reason}; it stays in the queue", file=sys.stderr)
        if not ready:
            why = f" ({held} wait for their address to be checked)" if held else ""
            if unprintable:
                raise missing_characters_error(UserError(f"{len(unprintable)} letter(s) cannot print whole"))
            raise CommandError(f"there are no letters to print in the queue{why}")
        batch = render_batch(
            [job.letter for job in ready],
            args.paper,
            args.size,
            postage,
            allow_unverified=args.allow_unverified,
            allow_missing_characters=args.allow_missing_characters,
            group_address=group_address,
        )
        files = {
            "letters.pdf": batch.letters_pdf,
            "envelopes.pdf": batch.envelopes_pdf,
            "mailing-sheet.pdf": batch.mailing_sheet_pdf,
        }
        for name, pdf in files.items():
            atomic_write(folder / name, pdf)
        if not args.keep:
            for job in ready:
                queue.printed(job.id)
    finally:
        db.close()
    return _report(batch, held, [folder / name for name in files], unprintable)


def _printable(
    jobs: list[QueuedLetter], group_address: Sequence[str], allow_missing_characters: bool
) -> tuple[list[QueuedLetter], list[str]]:
    """The letters every character of which some font can print, and why each other one is held back."""
    from w4r_desktop.printing.envelope import sender_lines
    from w4r_desktop.printing.missing import MissingCharacters, check_printable, envelope_texts, letter_texts

    printable: list[QueuedLetter] = []
    unprintable: list[str] = []  # letters held back: characters no font has, named
    for job in jobs:
        sender = sender_lines(job.letter, group_address=group_address)
        texts = (*letter_texts(job.letter), *envelope_texts(job.letter, sender))
        try:
            check_printable(f"the letter for {job.letter.case_id}", texts, allow_missing_characters)
        except MissingCharacters as exc:
            unprintable.append(str(exc))
        else:
            printable.append(job)
    return printable, unprintable


def _report(batch: Batch, held: int, written: list[Path], unprintable: list[str]) -> int:
    """Say what was written and what stayed in the queue; 1 if a letter was held back for its characters."""
    for warning in batch.warnings:
        print(f"w4r-desktop: warning: {warning}", file=sys.stderr)
    if held:
        print(f"w4r-desktop: {held} letter(s) stay in the queue: their address is not verified", file=sys.stderr)
    for path in written:
        print(path)
    if unprintable:
        held_back = missing_characters_error(UserError(f"{len(unprintable)} letter(s) were held back"))
        print(f"w4r-desktop: {held_back}", file=sys.stderr)
        return 1
    return 0
