"""Staged records into the tally: the new ones inserted, and the running totals kept right.

A merge (merge.py) stages what it read in a temporary table, checks it, then calls
`insert_staged` inside its write transaction.
"""

from __future__ import annotations

import sqlite3

from w4r_desktop.core.tally.kinds import KIND_VALUES
from w4r_desktop.core.tally.rules import COLUMNS
from w4r_desktop.core.tally.sync_file import StagedRow

_ALL = ", ".join(COLUMNS)

_TOTALS_TRIGGERS = {"tally_count", "tally_void"}
_KNOWN_KINDS = frozenset(KIND_VALUES)
_INSERT_STAGED = (
    f"INSERT OR IGNORE INTO letter_record ({_ALL}) SELECT {_ALL} FROM staged_record "
    "WHERE id NOT IN (SELECT id FROM conflict_id)"  # in file order: staged pages read once, in a row
)
MERGE_CACHE_KIB = 64 * 1024
"""The page cache while merging (only as much as is used is taken): room for the id index that new
records are inserted into at random places, so that its pages are not written out and read back."""
_GROUP = "event_id, case_id, kind, station_id, day"
_ADD_GROUP = f"""INSERT INTO tally_total ({_GROUP}, quantity) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT DO UPDATE SET quantity = tally_total.quantity + excluded.quantity"""
_ADD_TO_TOTALS = f"""INSERT INTO tally_total ({_GROUP}, quantity) {{rows}} GROUP BY {_GROUP}
    ON CONFLICT DO UPDATE SET quantity = tally_total.quantity + excluded.quantity"""
# New records that are not voids count, less those a void (old or new) cancels. Every query reads
# only the new records (a rowid range) or only the voids, whichever are fewer: a sync that adds ten
# records to a million does not read the million. (`+voids` keeps SQLite off the voids index.)
_NEW_RECORDS = f"SELECT {_GROUP}, SUM(quantity) FROM letter_record WHERE rowid > ? AND +voids IS NULL"
_NEW_BUT_VOIDED_BY_ROW = f"""SELECT {_GROUP}, -SUM(quantity) FROM letter_record r
    WHERE r.rowid > ? AND +r.voids IS NULL AND EXISTS (SELECT 1 FROM letter_record v WHERE v.voids = r.id)"""
_NEW_BUT_VOIDED_BY_VOID = f"""SELECT {_GROUP}, -SUM(quantity) FROM
    (SELECT DISTINCT voids AS target FROM letter_record WHERE voids IS NOT NULL) AS v
    CROSS JOIN letter_record r ON r.id = v.target WHERE r.rowid > ? AND r.voids IS NULL"""
# Records that were here and counted, voided for the first time by a new void: their quantity goes.
_OLD_NEWLY_VOIDED = f"""SELECT {_GROUP}, -SUM(quantity) FROM letter_record o
    WHERE o.id IN (SELECT voids FROM letter_record WHERE rowid > ? AND +voids IS NOT NULL)
    AND o.rowid <= ? AND o.voids IS NULL
    AND NOT EXISTS (SELECT 1 FROM letter_record v WHERE v.voids = o.id AND v.rowid <= ?)"""


class StagedTotals:
    """What the staged records add up to, per group of the totals, counted as they are read: when
    every staged record turns out to be new (a first merge), the database need not group them again."""

    def __init__(self) -> None:
        self.records = 0
        self.voids = 0
        self.quantities: dict[tuple[str, str, str, str, str], int] = {}
        self.unknown_kinds: dict[str, int] = {}
        """Records of kinds a newer version counts: kept and passed on, not counted here."""

    def count(self, rows: list[StagedRow]) -> None:
        quantities = self.quantities
        for _id, event_id, case_id, kind, _target, quantity, station_id, _recorded_at, day, voids in rows:
            if kind not in _KNOWN_KINDS:
                self.unknown_kinds[kind] = self.unknown_kinds.get(kind, 0) + 1
            if voids is None:
                group = (event_id, case_id, kind, station_id, day)
                quantities[group] = quantities.get(group, 0) + quantity
            else:
                self.voids += 1
        self.records += len(rows)


def insert_staged(connection: sqlite3.Connection, staged: StagedTotals) -> tuple[int, tuple[int, int]]:
    """Insert the staged records that are new here, keep the totals right; returns how many, and
    the first and last rowid they were given (the write lock is held, so they are one run).

    The totals triggers update a row of totals for every record inserted; for thousands of
    records, the same totals are added once per group instead: the triggers are set aside for
    this one statement and put back, inside the same transaction (no other connection ever sees
    the table without them), and the new records are those with a rowid above the old largest.
    """
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'letter_record'"
    ).fetchall()
    before = int(connection.execute("SELECT coalesce(max(rowid), 0) FROM letter_record").fetchone()[0])
    if {name for name, _sql in triggers} != _TOTALS_TRIGGERS:  # a schema this code does not know: the slow way
        added = int(connection.execute(_INSERT_STAGED).rowcount)
        return added, _rowids(connection, before, added)
    for name, _sql in triggers:
        connection.execute(f"DROP TRIGGER {name}")
    added = int(connection.execute(_INSERT_STAGED).rowcount)
    if added:
        voids = int(connection.execute("SELECT count(*) FROM letter_record WHERE voids IS NOT NULL").fetchone()[0])
        if added == staged.records:  # every staged record is new: their totals are counted already
            connection.executemany(_ADD_GROUP, [(*group, quantity) for group, quantity in staged.quantities.items()])
        else:
            connection.execute(_ADD_TO_TOTALS.format(rows=_NEW_RECORDS), (before,))
        cancelled = _NEW_BUT_VOIDED_BY_ROW if added <= voids else _NEW_BUT_VOIDED_BY_VOID
        connection.execute(_ADD_TO_TOTALS.format(rows=cancelled), (before,))
        if staged.voids:  # (no new void, no old record newly voided)
            connection.execute(_ADD_TO_TOTALS.format(rows=_OLD_NEWLY_VOIDED), (before, before, before))
    for _name, sql in triggers:
        connection.execute(sql)
    return added, _rowids(connection, before, added)


def _rowids(connection: sqlite3.Connection, before: int, added: int) -> tuple[int, int]:
    if not added:
        return (0, 0)
    return (before + 1, int(connection.execute("SELECT max(rowid) FROM letter_record").fetchone()[0]))
