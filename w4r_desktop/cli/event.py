"""`w4r-desktop event show|set`: the event's name, date, place and group, for the report's header.

For a leader with no screen (a laptop on a shelf that only syncs), or a script that prepares
several laptops the same way.
"""

from __future__ import annotations

import argparse
import datetime as dt

from w4r_desktop.cli.common import CommandError, add_command, open_db, shown
from w4r_desktop.core.settings import SPEC_BY_KEY, Settings

# Option, setting key, and what the leader calls it.
FIELDS = (
    ("name", "event_name", "event name"),
    ("date", "event_date", "date"),
    ("place", "event_place", "place"),
    ("group", "group_name", "group or school"),
    ("laptop_name", "station_name", "name of this laptop"),
    ("return_address_file", "return_address", "return address"),
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = add_command(commands, "event", "the event's name, date, place and group (the report's header)")
    sub = group.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    show = add_command(sub, "show", "print the event's details as the report will show them")
    show.set_defaults(handler=show_event)
    change = add_command(sub, "set", "change some of the event's details (the others stay as they are)")
    change.add_argument("--name", metavar="TEXT", help="the event's name, e.g. 'Write for Rights at the library'")
    change.add_argument("--date", metavar="YYYY-MM-DD", help="the day of the event")
    change.add_argument("--place", metavar="TEXT", help="where it takes place")
    change.add_argument("--group", metavar="TEXT", help="the group or school that holds it")
    change.add_argument("--laptop-name", metavar="TEXT", help="what this laptop is called in totals per laptop")
    change.add_argument(
        "--return-address-file",
        metavar="F",
        help="the group's return address, one line per line: on the envelopes of volunteers who gave none",
    )
    change.set_defaults(handler=set_event)


def _shown(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return " / ".join(shown(line) for line in value) if value else "(not set)"
    return shown(str(value)) if value not in (None, "") else "(not set)"


def show_event(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        settings = Settings(db)
        for _option, key, label in FIELDS:
            print(f"{label + ':':<21}{_shown(settings.get(key))}")
    finally:
        db.close()
    return 0


def set_event(args: argparse.Namespace) -> int:
    wanted = {key: getattr(args, option) for option, key, _label in FIELDS if getattr(args, option) is not None}
    if "return_address" in wanted:
        from w4r_desktop.cli.render import read_text_file

        wanted["return_address"] = read_text_file(wanted["return_address"]).splitlines()
    if not wanted:
        options = ", ".join("--" + option.replace("_", "-") for option, _key, _label in FIELDS)
        raise CommandError(f"nothing to set: give at least one of {options}", exit_code=2)
    # Every value is checked before any is written: all or nothing.
    checked = {key: SPEC_BY_KEY[key].check(value) for key, value in wanted.items()}
    db = open_db(args)
    try:
        settings = Settings(db)
        for key, value in checked.items():
            settings.set(key, value)
    finally:
        db.close()
    print(
        "event details saved: "
        + ", ".join(f"{label} {_shown(checked[key])}" for _o, key, label in FIELDS if key in checked)
    )
    return 0
