"""The rules of a tally record: the one place that says what a record may hold.

Every way a record comes into a laptop asks here: the kiosk and the console's hand counts
(`Tally.record`), `tally add` (store.py), a sync file or USB stick (sync_file.py), and the shared
server's rows (server.py). What one laptop accepts, every other laptop accepts, so a record never
makes another laptop refuse a whole file. The shared server says the same in SQL (`SERVER_CHECKS`,
its CHECK constraints, revision 0002 of server_schema).

Kept to the standard library: `tally add` checks a count before SQLAlchemy would load.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.ids import CASE_ID_PATTERN, MAX_CASE_ID, is_case_id
from w4r_desktop.core.tally.kinds import KIND_VALUES, MAX_QUANTITY, WHOLE_EVENT, TallyKind

MAX_TARGET = 999
"""Which official of a case an appeal is to (0 for the first): a small whole number."""
UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_UUID = re.compile(UUID_PATTERN + r"\Z")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z", re.ASCII)
COLUMNS = ("id", "event_id", "case_id", "kind", "target", "quantity", "station_id", "recorded_at", "day", "voids")
"""A record's fields, in the order sync files, the database and the server hold them."""


def is_uuid(value: object) -> bool:
    """A UUID in its canonical form (lower case, with hyphens), as every laptop writes them."""
    return isinstance(value, str) and _UUID.match(value) is not None


@functools.lru_cache(maxsize=1024)
def is_day(text: str) -> bool:
    """A calendar date written YYYY-MM-DD (2026-02-30 is not one)."""
    if not _DAY.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


@functools.lru_cache(maxsize=4096)  # an event's records share a few days and many minutes
def is_time(text: str) -> bool:
    """A date and time in ISO 8601, as laptops write `recorded_at`."""
    if not 10 <= len(text) <= 32:
        return False
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def count_problems(
    case_id: object, kind: object, target: object, quantity: object, *, known_kind: bool = True
) -> list[str]:
    """What is wrong with a count (empty if nothing): the part of a record a person chooses.

    A new count must be of a kind this version knows; a record that comes in (`known_kind` False)
    may be of a kind a newer version counts: any word is kept, and passed on."""
    found: list[str] = []
    if not isinstance(case_id, str) or (case_id != WHOLE_EVENT and not is_case_id(case_id)):
        found.append(f"case_id is not a case id (lower-case letters, digits and hyphens, at most {MAX_CASE_ID})")
    if known_kind and kind not in KIND_VALUES:
        found.append(f"kind {str(kind)[:20]!r} is not one of {', '.join(KIND_VALUES)}")
    elif not known_kind and not (isinstance(kind, str) and _KIND_WORD.match(kind)):
        found.append(f"kind {str(kind)[:20]!r} is not a kind (a word of at most 20 letters a to z)")
    if target is not None and not (_whole(target) and 0 <= target <= MAX_TARGET):  # type: ignore[operator]
        found.append(f"target must be a whole number from 0 to {MAX_TARGET}")
    if not (_whole(quantity) and 1 <= quantity <= MAX_QUANTITY):  # type: ignore[operator]
        found.append(f"quantity must be a whole number from 1 to {MAX_QUANTITY}")
    return found


def check_count(case_id: str, kind: TallyKind | str, target: int | None, quantity: int) -> None:
    """Raise UserError, in words, unless a new count may be recorded."""
    if not (_whole(quantity) and 1 <= quantity <= MAX_QUANTITY):
        raise UserError(f"a count must be between 1 and {MAX_QUANTITY}")
    problems = count_problems(case_id, str(kind), target, quantity)
    if problems:
        raise UserError("this count cannot be recorded: " + "; ".join(problems))


def record_problems(values: Sequence[object], events: set[str] | None = None) -> list[str]:
    """What is wrong with a whole record, fields in COLUMNS order (empty if nothing).

    `events`, when given, are the events the record may count for (a sync file's).
    """
    if len(values) != len(COLUMNS):
        return [f"{len(values)} fields, expected {len(COLUMNS)}"]
    if _plainly_good(values, events):
        return []
    record_id, event_id, case_id, kind, target, quantity, station_id, recorded_at, day, voids = values
    found: list[str] = []
    if not is_uuid(record_id):
        found.append("id is not a valid id")
    if not is_uuid(event_id):
        found.append("event_id is not a valid id")
    elif events is not None and event_id not in events:
        found.append("event_id is not the file's event")
    if not is_uuid(station_id):
        found.append("station_id is not a valid id")
    found += count_problems(case_id, kind, target, quantity, known_kind=False)
    if not (isinstance(recorded_at, str) and is_time(recorded_at)):
        found.append("recorded_at is not a date and time")
    if not (isinstance(day, str) and is_day(day)):
        found.append("day is not a date (YYYY-MM-DD)")
    if voids is not None and (not is_uuid(voids) or voids == record_id):
        found.append("voids is not another record's id")
    return found


_PLAIN_IDS = re.compile(rf"{UUID_PATTERN}\x1f{UUID_PATTERN}\x1f{UUID_PATTERN}\x1f(?:{UUID_PATTERN})?")
_PLAIN_CASE = re.compile(CASE_ID_PATTERN + r"|\*")


def _plainly_good(values: Sequence[object], events: set[str] | None) -> bool:
    """The common case, checked at once: a record that is plainly well formed (a server pull checks
    a hundred thousand of them). Anything else takes the checks that say what is wrong."""
    record_id, event_id, case_id, kind, target, quantity, station_id, recorded_at, day, voids = values
    return (
        type(quantity) is int
        and 1 <= quantity <= MAX_QUANTITY
        and (target is None or (type(target) is int and 0 <= target <= MAX_TARGET))
        and kind in _KIND_SET
        and type(record_id) is str
        and type(event_id) is str
        and type(station_id) is str
        and (voids is None or (type(voids) is str and voids != record_id))
        and _PLAIN_IDS.fullmatch(f"{record_id}\x1f{event_id}\x1f{station_id}\x1f{voids or ''}") is not None
        and type(case_id) is str
        and len(case_id) <= MAX_CASE_ID
        and _PLAIN_CASE.fullmatch(case_id) is not None
        and type(day) is str
        and is_day(day)
        and type(recorded_at) is str
        and is_time(recorded_at)
        and (events is None or event_id in events)
    )


_KIND_SET = frozenset(KIND_VALUES)
_ID_LINES = re.compile(rf"(?:{UUID_PATTERN}\n)*")


def batch_problems(rows: Sequence[Sequence[object]]) -> dict[int, list[str]]:
    """What is wrong with each record of a batch, by position (only the wrong ones): `record_problems`
    for every row, but a batch in which nothing is wrong is seen so at once, a column at a time
    (a batch's records share a few events, stations, cases, days and minutes)."""
    if rows and _batch_is_plainly_good(rows):
        return {}
    found = {}
    for index, row in enumerate(rows):
        problems = record_problems(row)
        if problems:
            found[index] = problems
    return found


def _batch_is_plainly_good(rows: Sequence[Sequence[object]]) -> bool:
    if any(len(row) != len(COLUMNS) for row in rows):
        return False
    ids = [row[0] for row in rows]
    voids = [row[9] for row in rows if row[9] is not None]
    if not all(type(value) is str for value in (*ids, *voids)):
        return False
    if _ID_LINES.fullmatch("".join(f"{value}\n" for value in (*ids, *voids))) is None:
        return False
    if any(row[9] == row[0] for row in rows if row[9] is not None):
        return False
    if not all(type(row[5]) is int and 1 <= row[5] <= MAX_QUANTITY for row in rows):
        return False
    targets = {row[4] for row in rows}
    if not all(target is None or (type(target) is int and 0 <= target <= MAX_TARGET) for target in targets):
        return False
    return (
        all(is_uuid(value) for value in {row[1] for row in rows} | {row[6] for row in rows})
        and {row[3] for row in rows} <= _KIND_SET
        and all(
            isinstance(case, str) and (case == WHOLE_EVENT or is_case_id(case)) for case in {row[2] for row in rows}
        )
        and all(isinstance(day, str) and is_day(day) for day in {row[8] for row in rows})
        and all(isinstance(time, str) and is_time(time) for time in {row[7] for row in rows})
    )


KIND_WORD = "^[a-z]{1,20}$"
_KIND_WORD = re.compile(r"[a-z]{1,20}\Z")
"""What storage takes as a kind: a word. Which words are kinds is the registry's (kinds.py), checked
here at the one entry, so a new kind needs no change to a table (and no table rebuild)."""
SERVER_CHECKS: dict[str, str] = {
    "ck_shared_record_id": f"id ~ '^{UUID_PATTERN}$'",
    "ck_shared_record_event_id": f"event_id ~ '^{UUID_PATTERN}$'",
    "ck_shared_record_station_id": f"station_id ~ '^{UUID_PATTERN}$'",
    "ck_shared_record_case_id": (
        f"case_id = '{WHOLE_EVENT}' OR (length(case_id) <= {MAX_CASE_ID} AND case_id ~ '^{CASE_ID_PATTERN}$')"
    ),
    "ck_shared_record_kind_word": f"kind ~ '{KIND_WORD}'",
    "ck_shared_record_target": f"target IS NULL OR target BETWEEN 0 AND {MAX_TARGET}",
    "ck_shared_record_quantity_range": f"quantity BETWEEN 1 AND {MAX_QUANTITY}",
    # A real date (2026-02-30 is not), and a real time: functions of revision 0002, false where a cast fails.
    "ck_shared_record_day": "w4r_is_day(day)",
    "ck_shared_record_recorded_at": "length(recorded_at) BETWEEN 10 AND 32 AND w4r_is_time(recorded_at)",
    "ck_shared_record_voids": f"voids IS NULL OR (voids ~ '^{UUID_PATTERN}$' AND voids <> id)",
}
"""The same rules as CHECK constraints of the shared server's records (server_schema, revision 0002).

Made here from the same constants, so the two cannot drift apart; a test feeds both the same rows.
(PostgreSQL reads a few more ways of writing a time than Python does: such a row is kept aside by
the laptops, as any row that fails their check is.)"""
