"""`w4r-desktop`: with no arguments the application; with a subcommand, the same work headless."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from w4r_desktop import __version__
from w4r_desktop.cli.common import CommandError, common_options, folder
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.failures import explain, record_failure

# Each command group registers its own subcommands; adding one is one name here. They are
# imported only when a command line is parsed, so starting the application does not load them.
COMMAND_GROUP_NAMES = ("cases", "render", "tally", "event", "pin", "doctor")


def command_groups(names: Sequence[str] = COMMAND_GROUP_NAMES) -> list[ModuleType]:
    """The modules of the command groups `names` (all by default), each with a `register(commands)`."""
    return [importlib.import_module(f"w4r_desktop.cli.{name}") for name in names]


def _group_named(argv: Sequence[str]) -> str | None:
    """The command group a command line asks for (`tally` in `tally add …`), if it names one."""
    values = iter(argv)
    for argument in values:
        if argument in ("--data-dir", "--bundle"):
            next(values, None)
        elif not argument.startswith("-"):
            return argument if argument in COMMAND_GROUP_NAMES else None
    return None


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser of every command, or only of the group `argv` names: a command then imports only
    what its own group needs (help and mistakes get the whole parser)."""
    parser = argparse.ArgumentParser(
        prog="w4r-desktop",
        description="Write for Rights letter-writing events: with no command, start the application.",
        parents=[common_options()],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--windowed", action="store_true", help="start in a normal window, not kiosk full screen")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    named = _group_named(argv)
    for group in command_groups((named,) if named else COMMAND_GROUP_NAMES):
        group.register(commands)
    return parser


def _starts_the_application(argv: Sequence[str]) -> bool:
    """True when no subcommand (and no --help or --version) is given: just the application."""
    values = iter(argv)
    for argument in values:
        if argument in ("--data-dir", "--bundle"):
            next(values, None)
        elif argument in ("-h", "--help", "--version") or not argument.startswith("-"):
            return False
    return True


def _run_application(args: argparse.Namespace) -> int:
    """The window, once the data folder is known to be usable (else one line, not a traceback)."""
    try:
        opened = folder(args)
    except UserError as exc:
        print(f"w4r-desktop: {exc}", file=sys.stderr)
        return 1
    from w4r_desktop.gui.app import run_application

    return run_application(args, opened)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if _starts_the_application(arguments):
        # The application alone: skip importing every command's modules (start-up time).
        application = argparse.ArgumentParser(prog="w4r-desktop", parents=[common_options()])
        application.add_argument("--windowed", action="store_true")
        args = application.parse_args(arguments)
        _start_logging()
        return _run_application(args)
    parser = build_parser(arguments)
    args = parser.parse_args(arguments)
    _start_logging()
    if args.command is None:
        return _run_application(args)
    return _run_command(args)


def _start_logging() -> None:
    logging.basicConfig(level=os.environ.get("W4R_LOG_LEVEL", "WARNING"), format="%(levelname)s %(name)s: %(message)s")


def _run_command(args: argparse.Namespace) -> int:
    """The command's exit status; whatever goes wrong is said in one line, never as a traceback."""
    try:
        opened = folder(args)
    except UserError as exc:  # no data folder yet: nowhere to log, just say why
        print(f"w4r-desktop: {exc}", file=sys.stderr)
        return 1
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
    except BrokenPipeError:
        # The reader went away (`w4r-desktop cases list | head`): nothing to tell anyone.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        # Never a traceback: one line here, the details in the data folder's log.
        print(f"w4r-desktop: {_failure_message(exc, opened.path, args.command)}", file=sys.stderr)
        return 1


def _failure_message(error: Exception, data_dir: Path, command: str) -> str:
    """What failed, for a failure nobody foresaw: the machine's reason in words, else where the log has it."""
    message = explain(error, data_dir)
    logged = record_failure(error, data_dir, f"running 'w4r-desktop {command}'")
    if message is None and isinstance(error, OSError):
        message = f"{error.strerror or error}" + (f" ({error.filename})" if error.filename else "")
    if message is None:
        message = f"unexpected error ({type(error).__name__}), nothing more was done"
        if logged is not None:
            message += f"; the details are in {logged}"
    return message


if __name__ == "__main__":
    sys.exit(main())
