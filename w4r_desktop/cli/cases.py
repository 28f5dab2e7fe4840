"""`w4r-desktop cases list|validate|new|export`."""

from __future__ import annotations

import argparse
import sys

from w4r_desktop.cli.common import add_command, bundle, shown
from w4r_desktop.cli.new_bundle import export_bundle, new_bundle
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.problems import BundleInvalid


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = add_command(commands, "cases", "list, validate, start or export a case bundle")
    sub = group.add_subparsers(dest="cases_command", metavar="ACTION", required=True)
    listing = add_command(sub, "list", "list the cases of the active (or --bundle) bundle")
    listing.set_defaults(handler=list_cases)
    validate = add_command(sub, "validate", "check a bundle folder or .zip; exit 0 if valid, 1 if not")
    validate.add_argument("path", help="a bundle folder or .zip")
    validate.set_defaults(handler=validate_bundle)
    new = add_command(sub, "new", "write a new, valid bundle folder with one example case, to edit")
    new.add_argument("folder", metavar="DIR", help="a folder that does not exist yet (or is empty)")
    new.add_argument("--year", type=int, metavar="Y", help="the campaign's year (default: this year)")
    new.add_argument("--home-country", default="US", metavar="CC", help="where letters are posted from (default US)")
    new.set_defaults(handler=new_bundle)
    export = add_command(sub, "export", "pack a valid bundle as a .zip for other groups")
    export.add_argument("source", metavar="SRC", help="a bundle folder or .zip")
    export.add_argument("--out", required=True, metavar="F.zip")
    export.set_defaults(handler=export_bundle)


def list_cases(args: argparse.Namespace) -> int:
    loaded = bundle(args)
    print(f"{loaded.info.campaign} ({loaded.info.section}), {len(loaded.cases)} cases")
    for case in loaded.cases:
        flag = "" if all(t.verified for t in case.appeal) else "  [address to check]"
        print(f"{case.id:<34} {case.country_name:<24} {case.data.headline}{flag}")
    return 0


def validate_bundle(args: argparse.Namespace) -> int:
    try:
        loaded = load_bundle(args.path)
    except BundleInvalid as invalid:
        for problem in invalid.problems:
            print(problem, file=sys.stderr)
        print(f"{shown(args.path)}: invalid ({len(invalid.problems)} problems)", file=sys.stderr)
        return 1
    unverified = list(loaded.unverified())
    print(f"{shown(args.path)}: valid, {len(loaded.cases)} cases, {len(unverified)} addresses marked unverified")
    for case, what in unverified:
        print(f"  check before mailing: {case.id}: {what}")
    return 0
