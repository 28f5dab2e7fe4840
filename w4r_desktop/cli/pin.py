"""`w4r-desktop pin reset`: forget the leader PIN (the next use of the console sets a new one).

For a leader who lost the PIN. It needs the laptop's own user account and data folder, which is
the real lock: whoever has those can already read the database.
"""

from __future__ import annotations

import argparse

from w4r_desktop.cli.common import add_command, open_db
from w4r_desktop.core.pin import LeaderPin


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = add_command(commands, "pin", "the leader PIN that guards the console and kiosk mode")
    sub = group.add_subparsers(dest="pin_command", metavar="ACTION", required=True)
    reset = add_command(sub, "reset", "forget the leader PIN; the next use of the console sets a new one")
    reset.set_defaults(handler=reset_pin)


def reset_pin(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        pin = LeaderPin(db)
        had_pin = pin.is_set()
        pin.clear()
    finally:
        db.close()
    print(
        "leader PIN forgotten: the next use of the console asks for a new one" if had_pin else "no leader PIN was set"
    )
    return 0
