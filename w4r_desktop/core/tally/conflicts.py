"""Conflicts in a merge: a record id that arrives with content different from what is here, or
from another source of the same merge. Reported to the leader, never merged (merge.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from w4r_desktop.core.tally.records import TallyRecord
from w4r_desktop.core.tally.rules import COLUMNS


@dataclass(frozen=True)
class Conflict:
    """A record id that arrived with content different from what is here. Not merged."""

    file: str
    ours: TallyRecord | None
    theirs: TallyRecord


# Ids that occur more than once in this import: found from the index alone, so cheap when there are none.
_REPEATED = "SELECT id FROM staged_record GROUP BY id HAVING count(*) > 1"
# Everything that makes a record what it is, as one value (char(31) never occurs in a checked row's ids).
_CONTENT = (
    "event_id || char(31) || case_id || char(31) || kind || char(31) || coalesce(target, '') || char(31) "
    "|| quantity || char(31) || station_id || char(31) || recorded_at || char(31) || day || char(31) "
    "|| coalesce(voids, '')"
)
_SAME_CONTENT = """r.event_id = s.event_id AND r.case_id = s.case_id AND r.kind = s.kind
    AND r.target IS s.target AND r.quantity = s.quantity AND r.station_id = s.station_id
    AND r.recorded_at = s.recorded_at AND r.day = s.day AND r.voids IS s.voids"""


def find_conflicts(connection: sqlite3.Connection, files: list[str]) -> list[Conflict]:
    """The staged records whose ids arrive with content different from what is here, or from another
    staged source (`files` names the sources by number); their ids go to `conflict_id`, not to be merged."""
    conflicts: list[Conflict] = []
    columns = ", ".join("s." + column for column in COLUMNS)
    width = len(COLUMNS)
    against_ours = connection.execute(
        f"SELECT s.file, {columns}, {', '.join('r.' + c for c in COLUMNS)} "
        f"FROM staged_record s JOIN letter_record r ON r.id = s.id WHERE NOT ({_SAME_CONTENT})"
    ).fetchall()
    for row in against_ours:
        theirs, ours = _as_record(row[1 : 1 + width]), _as_record(row[1 + width :])
        conflicts.append(Conflict(files[row[0]], ours, theirs))
    among_files = connection.execute(
        f"SELECT s.file, {columns} FROM staged_record s "
        f"WHERE s.id IN (SELECT id FROM staged_record WHERE id IN ({_REPEATED}) "
        f"GROUP BY id HAVING count(DISTINCT {_CONTENT}) > 1) "
        "AND s.id NOT IN (SELECT id FROM letter_record) ORDER BY s.id, s.file, s.rowid"
    ).fetchall()
    first_seen: dict[str, TallyRecord] = {}
    for row in among_files:
        record = _as_record(row[1:])
        earlier = first_seen.setdefault(record.id, record)
        if record != earlier:
            conflicts.append(Conflict(files[row[0]], earlier, record))
    connection.executemany(
        "INSERT OR IGNORE INTO conflict_id VALUES (?)", ((conflict.theirs.id,) for conflict in conflicts)
    )
    return conflicts


def _as_record(row: Sequence[Any]) -> TallyRecord:
    record_id, event_id, case_id, kind, target, quantity, station_id, recorded_at, day, voids = row
    return TallyRecord(record_id, event_id, case_id, kind, target, int(quantity), station_id, recorded_at, day, voids)
