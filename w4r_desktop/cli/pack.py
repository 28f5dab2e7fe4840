"""`w4r-desktop render pack`: a case's pack for a signing table, printed before the event.

The case sheet (with a QR code where a channel acts online), appeal letters ready to sign, a
petition sheet and the address labels, in one PDF (printing/pack.py).
"""

from __future__ import annotations

import argparse
import sys

from w4r_desktop.cli.common import (
    add_command,
    allow_missing_characters_option,
    chosen_case,
    missing_characters_error,
    shown,
)
from w4r_desktop.core.files import atomic_write


def register_pack(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pack = add_command(sub, "pack", "a case sheet, appeal letters ready to sign, a petition sheet and labels")
    pack.add_argument("--case", required=True, metavar="ID", help="the case id (see `cases list`)")
    pack.add_argument("--out", required=True, metavar="F.pdf", help="the PDF file to write")
    pack.add_argument("--copies", type=int, default=3, metavar="N", help="letters to sign, and labels (default 3)")
    pack.add_argument("--paper", choices=["letter", "a4"], default="letter")
    pack.add_argument("--target", type=int, default=0, metavar="N", help="which official, counted from 0")
    pack.add_argument(
        "--allow-unverified",
        action="store_true",
        help="print an address the case bundle marks as not verified (a placeholder or a guess)",
    )
    allow_missing_characters_option(pack)
    pack.set_defaults(handler=render_pack_command)


def render_pack_command(args: argparse.Namespace) -> int:
    loaded, case = chosen_case(args)
    from w4r_desktop.printing.missing import MissingCharacters  # ReportLab loads only when rendering
    from w4r_desktop.printing.pack import pack_summary, render_pack

    if case.released_on is not None:
        print(
            f"w4r-desktop: warning: {case.name} has been free since {case.released_on.isoformat()}: "
            "an appeal for release is out of date",
            file=sys.stderr,
        )
    try:
        pack = render_pack(
            loaded,
            case,
            copies=args.copies,
            paper=args.paper,
            target=args.target,
            allow_unverified=args.allow_unverified,
            allow_missing_characters=args.allow_missing_characters,
        )
    except MissingCharacters as exc:
        raise missing_characters_error(exc) from exc
    atomic_write(args.out, pack.pdf)
    print(f"wrote {', '.join(pack_summary(pack))} to {shown(str(args.out))}")
    return 0
