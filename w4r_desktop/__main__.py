"""`w4r-desktop`: with no arguments the application; with a subcommand, the same work headless."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from w4r_desktop import __version__
from w4r_desktop.cli import cases as cases_cli
from w4r_desktop.cli.common import CommandError, common_options
from w4r_desktop.core.errors import UserError

# Each command group registers its own subcommands; adding one is one line here.
COMMAND_GROUPS = [cases_cli]
for _optional in ("render", "tally"):
    try:
        COMMAND_GROUPS.append(__import__(f"w4r_desktop.cli.{_optional}", fromlist=["register"]))
    except ModuleNotFoundError as _missing:  # pragma: no cover - while a group is being built
        if _missing.name != f"w4r_desktop.cli.{_optional}":
            raise


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="w4r-desktop",
        description="Write for Rights letter-writing events: with no command, start the application.",
        parents=[common_options()],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--windowed", action="store_true", help="start in a normal window, not kiosk full screen")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        group.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=os.environ.get("W4R_LOG_LEVEL", "WARNING"), format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        from w4r_desktop.gui.app import run_application

        return run_application(args)
    try:
        return int(args.handler(args))
    except CommandError as exc:
        print(f"w4r-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    except UserError as exc:
        print(f"w4r-desktop: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"w4r-desktop: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
