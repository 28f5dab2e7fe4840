"""What every subcommand shares: the data folder and bundle options, and opening them."""

from __future__ import annotations

import argparse
import math
from pathlib import Path
from typing import TYPE_CHECKING

from w4r_desktop.core.bundle.index import CaseIndex, keep_case_index, kept_case_index
from w4r_desktop.core.data_folder import DataFolder
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.plain_text import escaped

# The bundle's models, the database and their libraries load when a command needs them, not for
# every command line (see `case_index`).
if TYPE_CHECKING:
    from w4r_desktop.core.bundle.model import Case, CaseBundle
    from w4r_desktop.core.db.database import Database


class CommandError(UserError):
    """A command cannot do what was asked; `exit_code` says how it ended."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def common_options() -> argparse.ArgumentParser:
    """--data-dir and --bundle, accepted by the program and by every subcommand."""
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="where the database and files are kept (default: $W4R_DATA_DIR or the user data folder)",
    )
    options.add_argument(
        "--bundle",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the case bundle to read (a folder or .zip; default: the active bundle)",
    )
    return options


def folder(args: argparse.Namespace) -> DataFolder:
    """The data folder, opened once per command line, as the window opens it (core/data_folder.py)."""
    opened: DataFolder | None = getattr(args, "opened_folder", None)
    if opened is None:
        opened = DataFolder.open(getattr(args, "data_dir", None), getattr(args, "bundle", None))
        args.opened_folder = opened
    return opened


def data_dir(args: argparse.Namespace) -> Path:
    return folder(args).path


def open_db(args: argparse.Namespace) -> Database:
    return folder(args).database()


def bundle_path(args: argparse.Namespace) -> Path:
    """Where the bundle is: --bundle, else the active one of the data folder, else the shipped one."""
    return folder(args).bundle_source


def bundle(args: argparse.Namespace) -> CaseBundle:
    """The bundle named by --bundle, else the active one of the data folder, else the shipped one."""
    from w4r_desktop.core.bundle.loading import load_bundle

    source = bundle_path(args)
    loaded = load_bundle(source)
    keep_case_index(data_dir(args), source, CaseIndex.of(loaded))
    return loaded


def chosen_case(args: argparse.Namespace) -> tuple[CaseBundle, Case]:
    """The bundle, and its case named by --case (one line listing the cases if there is none)."""
    loaded = bundle(args)
    known = [case.id for case in loaded.cases]
    if args.case not in known:
        raise CommandError(f"no case '{shown(args.case)}' in this bundle (cases: {', '.join(known)})")
    return loaded, loaded.case(args.case)


def case_index(args: argparse.Namespace) -> CaseIndex:
    """The ids and names of the bundle's cases: remembered from an earlier check if its files have
    not changed since, else from validating it now."""
    return kept_case_index(data_dir(args), bundle_path(args)) or CaseIndex.of(bundle(args))


def add_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str
) -> argparse.ArgumentParser:
    """A subcommand that also takes the common options."""
    return commands.add_parser(name, help=help_text, description=help_text, parents=[common_options()])


SHOWN_LENGTH = 200


def shown(text: str) -> str:
    """An argument as a message may quote it: control and bidi characters escaped (\\uXXXX), cut
    to 200 characters, so what a person typed (or a script passed on) cannot drive the terminal,
    reorder the message around it or bury it."""
    return escaped(text, SHOWN_LENGTH)


def finite_float(text: str) -> float:
    """An argparse type: a number such as 1.5 or -2; "nan", "inf" and overflowing ones are refused."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"'{shown(text)}' is not a number such as 1.5 or -2")
    return value


def allow_missing_characters_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-missing-characters",
        action="store_true",
        help="print even if some characters (an emoji, a rare symbol) have no font: they print as blanks",
    )


def missing_characters_error(exc: UserError) -> CommandError:
    """A refusal for characters no font has, saying how to print anyway."""
    return CommandError(f"{exc}; change them, or print them as blanks with --allow-missing-characters")
