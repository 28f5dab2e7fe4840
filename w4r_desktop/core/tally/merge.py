"""Merging sync files: any number of files checked, staged and added to the tally as a set union.

A record whose id is already here with different content is a conflict: it is shown to the
leader and never merged. Files are checked completely before anything is written.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from w4r_desktop.core.db.changes import Change
from w4r_desktop.core.db.schema import utc_now
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally import store
from w4r_desktop.core.tally.conflicts import Conflict, find_conflicts
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.staging import MERGE_CACHE_KIB, StagedTotals, insert_staged
from w4r_desktop.core.tally.sync_file import (
    BATCH,
    NOT_A_FILE,
    OtherEvent,
    Progress,
    StagedRow,
    SyncFileInvalid,
    SyncHeader,
    open_sync_file,
)


@dataclass
class ImportReport:
    """What an import did."""

    files: list[str] = field(default_factory=list)
    read: int = 0
    added: int = 0
    duplicates: int = 0
    """Records read that were counted already: here, or earlier in the same files."""
    unchanged: list[str] = field(default_factory=list)
    """Sync-folder files not read again: everything in them is here already."""
    conflicts: list[Conflict] = field(default_factory=list)
    joined_event: str | None = None
    merged_events: list[str] = field(default_factory=list)
    inserted: tuple[int, int] = (0, 0)
    """The rowids the new records were given here: first and last (0, 0 for none)."""
    unknown_kinds: dict[str, int] = field(default_factory=dict)
    """Records read of kinds a newer version counts, by kind: kept and passed on, not counted here."""

    def summary(self) -> str:
        text = (
            f"{len(self.files)} file(s), {self.read} records read: {self.added} new, "
            f"{self.duplicates} counted already, {len(self.conflicts)} in conflict"
        )
        if self.joined_event:
            text += "; this laptop joined the file's event"
        if self.merged_events:
            text += f"; {len(self.merged_events)} event(s) merged into this one"
        if self.unknown_kinds:
            text += (
                f"; {sum(self.unknown_kinds.values())} records of a kind this version does not count "
                f"({', '.join(sorted(self.unknown_kinds))}): kept and passed on, counted once W4R Desktop is updated"
            )
        return text


@dataclass
class RecordSource:
    """Checked records from one place (a sync file, or a batch of the shared server's rows), to merge.

    `header` says whose and which event's they are; `rows` are checked StagedRows (rules.py), read
    once; `stations` are the names of the laptops that counted them (id, name, when seen).
    """

    name: str
    header: SyncHeader
    rows: Iterable[StagedRow]
    stations: Sequence[tuple[str, str, str]]
    digest: str | None = None
    own_check: bool = True
    """Refuse the source if it says it comes from this laptop (a sync file copied back here)."""


def import_files(
    tally: Tally,
    paths: Iterable[str | os.PathLike[str]],
    *,
    merge_events: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Merge sync files into this laptop's records, all or nothing.

    Every file is read and checked before anything is written; a broken file, or one from
    another event (unless `merge_events`), raises and nothing changes. A laptop that has no
    records at all joins the event of the first file instead. Conflicts are reported, not merged.
    """
    files = [Path(path) for path in paths]
    sizes = [_size(path) for path in files]
    total = sum(sizes) or 1
    ours = set(tally.event_ids())

    def sources(merged: set[str], report: ImportReport) -> Iterator[RecordSource | None]:
        done = 0
        for path, size in zip(files, sizes, strict=True):

            def file_progress(read: int, _size: int, before: int = done) -> None:
                if progress:
                    progress(before + read, total)

            digest = records_digest(path)
            with open_sync_file(path, file_progress) as reader:
                if digest in merged and set(reader.header.events) <= ours:
                    # Exactly the records of a file merged before (under any name): nothing new.
                    report.unchanged.append(path.name)
                    yield None
                else:
                    header = reader.header
                    station = (header.station_id, header.station_name or header.station_id[:8], header.exported_at)
                    yield RecordSource(path.name, header, reader.rows(), [station], digest)
            done += size

    report = merge_sources(tally, [path.name for path in files], sources, merge_events=merge_events)
    if progress:
        progress(total, total)
    return report


SourceList = Callable[[set[str], ImportReport], Iterator["RecordSource | None"]]
"""Yields the sources to merge one after another (None for one with nothing new), given the
digests of the files merged before and the report; each is staged before the next is asked for."""


def merge_sources(tally: Tally, names: list[str], sources: SourceList, *, merge_events: bool = False) -> ImportReport:
    """Merge checked records into this laptop's, all or nothing: the one way records from
    elsewhere come in (sync files, a USB stick, a sync folder, the shared server).

    Every source is staged before anything is written; one that fails its check raises and
    nothing changes. Conflicts are reported, not merged.
    """
    report = ImportReport(files=names)
    planner = _EventPlanner(tally, merge_events)
    with _merging(tally) as connection:
        staged = _stage(connection, tally, sources, report, planner)
        _write(connection, tally, staged, report, planner)
    report.unknown_kinds = staged.totals.unknown_kinds
    tally.db.changes.tell(Change.TALLY)  # new records, stations' names, events joined or merged
    # Everything read that was neither new nor in conflict was counted already (here or earlier in the files).
    report.duplicates = report.read - report.added - len(report.conflicts)
    report.joined_event, report.merged_events = planner.join, list(planner.merge)
    if planner.join:
        tally.event_id = planner.join
        settings = Settings(tally.db)
        for key, value in planner.join_details.items():
            if value:
                with contextlib.suppress(UserError):
                    settings.set(key, value)
    return report


@contextlib.contextmanager
def _merging(tally: Tally) -> Iterator[sqlite3.Connection]:
    """A connection of the pool set up for a merge (transactions said by us, a larger cache, the
    staging tables), given back as it came, whatever happens."""
    with contextlib.closing(tally.db.engine.raw_connection()) as raw:
        connection = raw.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        previous, cache = connection.isolation_level, int(connection.execute("PRAGMA cache_size").fetchone()[0])
        try:
            connection.isolation_level = None  # we say where transactions begin and end
            connection.execute(f"PRAGMA cache_size = -{MERGE_CACHE_KIB}")
            # Staged rows are this laptop's own copy for a moment: no need to overwrite them on delete.
            connection.execute("PRAGMA temp.secure_delete = OFF")
            connection.execute("DROP TABLE IF EXISTS temp.staged_record")
            connection.execute(_STAGE_TABLE)
            connection.execute("CREATE TEMP TABLE IF NOT EXISTS conflict_id (id TEXT PRIMARY KEY)")
            yield connection
        finally:
            try:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                with contextlib.suppress(sqlite3.Error):
                    connection.execute("DELETE FROM staged_record")
            finally:
                with contextlib.suppress(sqlite3.Error):
                    connection.execute(f"PRAGMA cache_size = {cache}")
                connection.isolation_level = previous


@dataclass
class _Staged:
    """What the sources brought, staged: their totals, the laptops that counted them, the files' digests."""

    totals: StagedTotals = field(default_factory=StagedTotals)
    stations: list[tuple[str, str, str]] = field(default_factory=list)
    digests: dict[str, str] = field(default_factory=dict)


def _stage(
    connection: sqlite3.Connection, tally: Tally, sources: SourceList, report: ImportReport, planner: _EventPlanner
) -> _Staged:
    """Every source's rows into the temporary table, in one transaction that touches only temporary
    tables (so the kiosk keeps recording meanwhile)."""
    staged = _Staged()
    connection.execute("BEGIN")
    connection.execute("DELETE FROM conflict_id")
    merged = {str(row[0]) for row in connection.execute("SELECT digest FROM merged_file")}
    for index, source in enumerate(sources(merged, report)):
        if source is None:
            continue
        if source.own_check and source.header.station_id == tally.station_id:
            # Another laptop copied from this one, or this laptop's own file: either way,
            # merging it would count this laptop's letters as if they came from elsewhere.
            raise SyncFileInvalid(
                Path(source.name),
                ["line 1: the file says it comes from this laptop's own station; it was not imported"],
            )
        planner.add(Path(source.name), source.header)
        staged.stations += source.stations
        rows = iter(source.rows)
        # The source's number is part of the statement: the rows go in as they were read.
        stage = f"INSERT INTO staged_record VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, {int(index)})"
        while batch := list(itertools.islice(rows, BATCH)):
            connection.executemany(stage, batch)
            report.read += len(batch)
            staged.totals.count(batch)
        if source.digest is not None:
            staged.digests[source.name] = source.digest
    # Indexed once loaded: quicker than keeping the index up to date row by row.
    connection.execute("CREATE INDEX temp.staged_record_id ON staged_record (id)")
    connection.execute("COMMIT")
    return staged


def _write(
    connection: sqlite3.Connection, tally: Tally, staged: _Staged, report: ImportReport, planner: _EventPlanner
) -> None:
    """The one write: conflicts found, events joined or merged, laptops' names, the new records."""
    # IMMEDIATE takes the lock up front, so we wait our turn instead of failing.
    connection.execute("BEGIN IMMEDIATE")
    report.conflicts = find_conflicts(connection, report.files)
    _apply_event_plan(connection, tally, planner)
    connection.executemany(
        "INSERT INTO known_station (id, name, seen_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE "
        "SET name = excluded.name, seen_at = excluded.seen_at WHERE excluded.seen_at >= known_station.seen_at",
        [station for station in staged.stations if station[0] != tally.station_id],
    )
    report.added, report.inserted = insert_staged(connection, staged.totals)
    if not report.conflicts:
        # Remembered so that the same records, imported again, are not read again.
        connection.executemany(
            "INSERT INTO merged_file (name, digest, merged_at) VALUES (?, ?, ?) ON CONFLICT (name) "
            "DO UPDATE SET digest = excluded.digest, merged_at = excluded.merged_at",
            [(name, digest, utc_now()) for name, digest in staged.digests.items()],
        )
    connection.execute("COMMIT")


def records_digest(path: Path) -> str | None:
    """A sync file's records (all but its first line) as one SHA-256; None if unreadable.

    A laptop rewrites its file at every sync, with a new time and perhaps newly merged events in
    the first line: the records below it are what counts. Records are never taken back, so a
    file with a digest merged before holds nothing new. A few milliseconds for a large file.
    """
    sha = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            stream.readline()
            while block := stream.read(1024 * 1024):
                sha.update(block)
    except OSError:
        return None
    return sha.hexdigest()


def _size(path: Path) -> int:
    try:
        status = path.stat()
    except OSError as exc:
        raise SyncFileInvalid(path, [f"cannot read the file ({exc.strerror})"]) from exc
    if not stat.S_ISREG(status.st_mode):  # a FIFO or a device would never end, or never begin
        raise SyncFileInvalid(path, [NOT_A_FILE])
    return status.st_size


class _EventPlanner:
    """Which events the files bring, and whether this laptop joins one or merges them."""

    def __init__(self, tally: Tally, merge_events: bool) -> None:
        self._ours = set(tally.event_ids())
        self._fresh = tally.record_count() == 0 and len(self._ours) == 1
        self._merge_events = merge_events
        self.join: str | None = None
        self.join_name = ""
        self.join_details: dict[str, str] = {}
        self.merge: dict[str, str] = {}
        self.headers: list[SyncHeader] = []

    def add(self, path: Path, header: SyncHeader) -> None:
        self.headers.append(header)
        if self._ours & set(header.events):
            pass
        elif self._fresh and self.join is None:
            # A new laptop with nothing counted yet joins the event it is given.
            self.join, self.join_name, self.join_details = header.event_id, header.event_name, header.details
            self._ours = {header.event_id}
        elif self._merge_events:
            self.merge.setdefault(header.event_id, header.event_name)
        else:
            raise OtherEvent(path, header.event_name, header.station_name)
        # Events the other laptop already counts together with its own come along.
        for event_id in header.events:
            if event_id not in self._ours:
                self.merge.setdefault(event_id, header.event_name if event_id == header.event_id else "")
        self._ours |= set(header.events)


_STAGE_TABLE = """CREATE TEMP TABLE staged_record (
    id TEXT NOT NULL, event_id TEXT NOT NULL, case_id TEXT NOT NULL, kind TEXT NOT NULL, target INTEGER,
    quantity INTEGER NOT NULL, station_id TEXT NOT NULL, recorded_at TEXT NOT NULL, day TEXT NOT NULL,
    voids TEXT, file INTEGER NOT NULL)"""


def _apply_event_plan(connection: sqlite3.Connection, tally: Tally, plan: _EventPlanner) -> None:
    if plan.join:
        if connection.execute("SELECT count(*) FROM letter_record").fetchone()[0]:
            raise UserError("this laptop counted letters meanwhile; import again to merge the events")
        store.join_event(connection, plan.join, plan.join_name)
    own = plan.join or tally.event_id
    for event_id, name in plan.merge.items():
        if event_id != own:
            store.merge_event(connection, event_id, name)
