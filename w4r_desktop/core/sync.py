"""Sync files: one laptop's records written to a CSV, and any number of such files merged back in.

A sync file is a set of records keyed by UUID, so merging is a set union: the same file twice,
or files in any order, give the same totals. A record whose id is already here with different
content is a conflict: it is shown to the leader and never merged. Files are checked completely
before anything is written, so a broken file changes nothing.

Layout (UTF-8, RFC 4180):

    format,w4r-tally,version,1,station,<uuid>,station_name,...,event,<uuid>,event_name,...,records,<n>
    id,event_id,case_id,kind,target,quantity,station_id,recorded_at,day,voids
    <one row per record>

Every text cell that a spreadsheet could run as a formula is written with a leading apostrophe,
and so is a cell that already begins with one; reading takes exactly one back off (`shield`).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import itertools
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from w4r_desktop.core.db import this_station
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.files import atomic_writer
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally import MAX_QUANTITY, Tally, TallyKind, TallyRecord

FORMAT = "w4r-tally"
FORMAT_VERSION = 1
COLUMNS = ("id", "event_id", "case_id", "kind", "target", "quantity", "station_id", "recorded_at", "day", "voids")
MAX_FILE_BYTES = 512 * 1024 * 1024
"""Larger than a million records needs; anything bigger is not a sync file."""
MAX_PROBLEMS = 20
SYNC_FILE_PREFIX = "w4r-tally-"
BATCH = 5000

Progress = Callable[[int, int], None]
"""Called as progress(done, total) while a long export or import runs (bytes or records)."""

# OWASP's list, plus NUL (ASVS) and the apostrophe itself so that shielding can be undone exactly.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\0", "'")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")
_KINDS = tuple(kind.value for kind in TallyKind)
StagedRow = tuple[str, str, str, str, int | None, int, str, str, str, str | None]
"""A checked record as the database takes it, in COLUMNS order."""


def shield(text: str) -> str:
    """`text` made safe for a spreadsheet: a cell it could run as a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def unshield(text: str) -> str:
    """The original text of a cell written by `shield`."""
    return text[1:] if text.startswith("'") else text


class SyncFileInvalid(UserError):
    """A sync file is broken or hostile; nothing was imported. One line per problem."""

    def __init__(self, path: Path, problems: Sequence[str]) -> None:
        self.path = path
        self.problems = list(problems)
        super().__init__(f"{path.name}: " + "; ".join(self.problems))

    def lines(self) -> list[str]:
        return [f"{self.path.name}: {problem}" for problem in self.problems]


class OtherEvent(UserError):
    """A sync file comes from another event, and the leader did not ask to merge events."""

    def __init__(self, path: Path, event_name: str, station_name: str) -> None:
        self.path = path
        self.event_name = event_name
        self.station_name = station_name
        super().__init__(
            f"{path.name} counts for another event ({event_name!r}, from {station_name!r}); "
            "nothing was imported. To count both events together, import it again and merge the events"
        )


@dataclass(frozen=True)
class SyncHeader:
    """What a sync file says about itself in its first line."""

    version: int
    station_id: str
    station_name: str
    event_id: str
    event_name: str
    exported_at: str
    records: int
    merged_events: tuple[str, ...] = ()
    details: dict[str, str] = field(default_factory=dict)
    """The event's name, place, group and date settings, so a laptop joining the event gets them too."""

    @property
    def events(self) -> tuple[str, ...]:
        return (self.event_id, *self.merged_events)


@dataclass(frozen=True)
class Conflict:
    """A record id that arrived with content different from what is here. Not merged."""

    file: str
    ours: TallyRecord | None
    theirs: TallyRecord


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

    def summary(self) -> str:
        text = (
            f"{len(self.files)} file(s), {self.read} records read: {self.added} new, "
            f"{self.duplicates} counted already, {len(self.conflicts)} in conflict"
        )
        if self.joined_event:
            text += "; this laptop joined the file's event"
        if self.merged_events:
            text += f"; {len(self.merged_events)} event(s) merged into this one"
        return text


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    records: int


# --- export ------------------------------------------------------------------------------------


EVENT_DETAILS = ("event_name", "event_place", "group_name", "event_date")


def export_records(
    tally: Tally,
    path: str | os.PathLike[str],
    *,
    everything: bool = False,
    clock: Callable[[], dt.datetime] | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write this laptop's records (or, with `everything`, all it knows) to the sync file `path`.

    The file is written atomically: a crash or kill leaves the previous file whole.
    """
    target = Path(path)
    settings = Settings(tally.db)
    station = this_station(tally.db)
    now = (clock or (lambda: dt.datetime.now(dt.UTC)))()
    details = {key: _setting_text(settings, key) for key in EVENT_DETAILS}
    event_ids = tally.event_ids()
    where = "" if everything else " WHERE station_id = ?"
    params: tuple[str, ...] = () if everything else (tally.station_id,)
    with contextlib.closing(tally.db.engine.raw_connection()) as raw:
        connection = raw.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        # One read snapshot for the count and the rows, even while the kiosk keeps recording.
        previous = connection.isolation_level
        connection.isolation_level = None
        try:
            connection.execute("BEGIN")
            total = connection.execute(f"SELECT count(*) FROM letter_record{where}", params).fetchone()[0]
            header = _header_cells(
                station_id=station.id,
                station_name=settings.get("station_name") or station.name,
                event_id=tally.event_id,
                merged_events=event_ids[1:],
                exported_at=now,
                records=total,
                details=details,
            )
            rows = connection.execute(f"SELECT {', '.join(COLUMNS)} FROM letter_record{where} ORDER BY id", params)
            _write(target, header, iter(lambda: rows.fetchmany(BATCH), []), total, progress)
            connection.execute("COMMIT")
        finally:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            connection.isolation_level = previous
    return ExportSummary(target, int(total))


def write_sync_file(
    path: str | os.PathLike[str],
    records: Sequence[TallyRecord],
    *,
    station_id: str,
    event_id: str,
    station_name: str = "",
    event_name: str = "",
    merged_events: Sequence[str] = (),
    exported_at: dt.datetime | None = None,
) -> ExportSummary:
    """Write `records` as a sync file from another station (for tests, benches and tools), atomically."""
    header = _header_cells(
        station_id=station_id,
        station_name=station_name,
        event_id=event_id,
        merged_events=merged_events,
        exported_at=exported_at or dt.datetime.now(dt.UTC),
        records=len(records),
        details={"event_name": event_name},
    )
    rows = (
        (r.id, r.event_id, r.case_id, r.kind.value, r.target, r.quantity, r.station_id, r.recorded_at, r.day, r.voids)
        for r in records
    )
    _write(Path(path), header, iter([list(rows)]), len(records), None)
    return ExportSummary(Path(path), len(records))


def _header_cells(
    *,
    station_id: str,
    station_name: str,
    event_id: str,
    merged_events: Sequence[str],
    exported_at: dt.datetime,
    records: int,
    details: dict[str, str],
) -> list[str]:
    cells = [
        "format",
        FORMAT,
        "version",
        str(FORMAT_VERSION),
        "station",
        station_id,
        "station_name",
        shield(station_name),
        "event",
        event_id,
        "merged_events",
        ";".join(merged_events),
        "exported_at",
        exported_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "records",
        str(records),
    ]
    for key, value in details.items():
        cells += [key, shield(value)]
    return cells


def _write(
    target: Path, header: list[str], batches: Iterable[Sequence[Sequence[Any]]], total: int, progress: Progress | None
) -> None:
    with atomic_writer(target, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerow(COLUMNS)
        done = 0
        for batch in batches:
            writer.writerows(_record_cells(row) for row in batch)
            done += len(batch)
            if progress:
                progress(done, total)


def _setting_text(settings: Settings, key: str) -> str:
    value = settings.get(key)
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _record_cells(row: Sequence[Any]) -> list[str | int]:
    record_id, event_id, case_id, kind, target, quantity, station_id, recorded_at, day, voids = row
    return [
        record_id,
        event_id,
        shield(case_id),
        kind,
        "" if target is None else int(target),
        int(quantity),
        station_id,
        recorded_at,
        day,
        voids or "",
    ]


# --- reading -----------------------------------------------------------------------------------


class _CountingReader(io.RawIOBase):
    """A binary file that remembers how many bytes were read, for progress."""

    def __init__(self, raw: io.BufferedReader) -> None:
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = self._raw.readinto(buffer)
        self.count += size or 0
        return size or 0


@dataclass
class SyncFile:
    """A sync file read and checked completely: its header and its records."""

    path: Path
    header: SyncHeader
    records: list[TallyRecord]


def read_sync_file(path: str | os.PathLike[str], progress: Progress | None = None) -> SyncFile:
    """Read and check a whole sync file into memory (for tests and small files)."""
    with open_sync_file(path, progress) as reader:
        return SyncFile(reader.path, reader.header, list(reader.records()))


class SyncFileReader:
    """A sync file being read: its checked header, then its records, checked one by one.

    `records()` raises SyncFileInvalid at the end if any row was wrong, listing every problem
    (up to MAX_PROBLEMS), so a caller that stages rows as they come can drop them all.
    """

    def __init__(self, path: Path, binary: io.BufferedReader, size: int, progress: Progress | None) -> None:
        self.path = path
        self._size = size
        self._progress = progress
        self._counter = _CountingReader(binary)
        # utf-8-sig: a spreadsheet that saved the file may have added a byte-order mark.
        self._text = io.TextIOWrapper(io.BufferedReader(self._counter, 1 << 16), encoding="utf-8-sig", newline="")
        self._reader = csv.reader(self._text, strict=True)
        problems: list[str] = []
        header = self._guard(lambda: _read_header(self._reader, problems))
        if header is None:
            raise SyncFileInvalid(path, problems)
        columns = self._guard(lambda: next(self._reader, None))
        if columns is None or tuple(columns) != COLUMNS:
            raise SyncFileInvalid(path, [f"line 2: the columns should be {','.join(COLUMNS)}"])
        self.header: SyncHeader = header

    def _guard(self, read: Callable[[], Any]) -> Any:
        try:
            return read()
        except UnicodeDecodeError as exc:
            raise SyncFileInvalid(self.path, [f"the file is not UTF-8 text (near byte {self._counter.count})"]) from exc
        except csv.Error as exc:
            raise SyncFileInvalid(self.path, [f"line {self._reader.line_num}: {exc}"]) from exc

    def records(self) -> Iterator[TallyRecord]:
        """The file's records, checked; SyncFileInvalid at the end if any was wrong."""
        for row in self.rows():
            yield TallyRecord(row[0], row[1], row[2], TallyKind(row[3]), *row[4:])

    def rows(self) -> Iterator[StagedRow]:
        """The file's records as plain tuples in COLUMNS order (the fast path for merging)."""
        problems: list[str] = []
        events = set(self.header.events)
        count = 0
        reader = self._reader
        try:
            for row in reader:
                count += 1
                staged = _row(row, reader.line_num, events, problems)
                if staged is not None and not problems:
                    yield staged
                if len(problems) >= MAX_PROBLEMS:
                    problems.append("stopped after too many problems")
                    break
                if self._progress and count % BATCH == 0:
                    self._progress(self._counter.count, self._size)
        except UnicodeDecodeError as exc:
            raise SyncFileInvalid(self.path, [f"the file is not UTF-8 text (near byte {self._counter.count})"]) from exc
        except csv.Error as exc:
            raise SyncFileInvalid(self.path, [f"line {reader.line_num}: {exc}"]) from exc
        if not problems and count != self.header.records:
            problems.append(
                f"the file is incomplete or edited: it says {self.header.records} records, it holds {count}"
            )
        if problems:
            raise SyncFileInvalid(self.path, problems)
        if self._progress:
            self._progress(self._size, self._size)


@contextlib.contextmanager
def open_sync_file(path: str | os.PathLike[str], progress: Progress | None = None) -> Iterator[SyncFileReader]:
    """Open a sync file and check its header; SyncFileInvalid if it is not one."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SyncFileInvalid(source, [f"the file is too large ({size // 1_000_000} MB) to be a sync file"])
        binary = open(source, "rb")  # noqa: SIM115 - closed below, after the caller is done
    except OSError as exc:
        raise SyncFileInvalid(source, [f"cannot read the file ({exc.strerror})"]) from exc
    with binary:
        try:
            yield SyncFileReader(source, binary, size, progress)
        except OSError as exc:
            raise SyncFileInvalid(source, [f"cannot read the file ({exc.strerror})"]) from exc


def _read_header(reader: Iterator[list[str]], problems: list[str]) -> SyncHeader | None:
    first = next(reader, None)
    if not first or first[:2] != ["format", FORMAT] or len(first) % 2:
        problems.append("line 1: this is not a W4R Desktop sync file (it should begin with format,w4r-tally)")
        return None
    values = {first[index]: first[index + 1] for index in range(0, len(first), 2)}
    try:
        version = int(values.get("version", ""))
    except ValueError:
        version = 0
    if version > FORMAT_VERSION:
        problems.append(f"line 1: written by a newer W4R Desktop (format {version}); update this one to read it")
        return None
    if version != FORMAT_VERSION:
        problems.append(f"line 1: unknown format version {values.get('version')!r}")
        return None
    for key in ("station", "event"):
        if not _is_uuid(values.get(key, "")):
            problems.append(f"line 1: {key} is not a valid id")
    merged = tuple(part for part in values.get("merged_events", "").split(";") if part)
    if not all(_is_uuid(part) for part in merged):
        problems.append("line 1: merged_events holds an invalid id")
    try:
        count = int(values.get("records", ""))
    except ValueError:
        problems.append("line 1: records is not a number")
        count = -1
    if problems:
        return None
    return SyncHeader(
        version=version,
        station_id=values["station"],
        station_name=unshield(values.get("station_name", ""))[:100],
        event_id=values["event"],
        event_name=unshield(values.get("event_name", ""))[:200],
        exported_at=values.get("exported_at", ""),
        records=count,
        merged_events=merged,
        details={key: unshield(values[key])[:200] for key in EVENT_DETAILS if key in values},
    )


def _is_uuid(text: str) -> bool:
    """A UUID in its canonical form (lower case, with hyphens), as every laptop writes them."""
    return _UUID.match(text) is not None


def _row(row: list[str], line: int, events: set[str], problems: list[str]) -> StagedRow | None:
    """One row checked field by field; problems are added, not raised, so the leader sees them all."""
    if len(row) != len(COLUMNS):
        problems.append(f"line {line}: {len(row)} cells, expected {len(COLUMNS)}")
        return None
    record_id, event_id, case_id, kind, target, quantity, station_id, recorded_at, day, voids = row
    found: list[str] = []
    case_id = unshield(case_id)
    if not _is_uuid(record_id):
        found.append("id is not a valid id")
    if event_id not in events:
        found.append("event_id is not the file's event" if _is_uuid(event_id) else "event_id is not a valid id")
    if not _is_uuid(station_id):
        found.append("station_id is not a valid id")
    if not case_id or len(case_id) > 100:
        found.append("case_id must be 1 to 100 characters")
    if kind not in _KINDS:
        found.append(f"kind {kind[:20]!r} is not one of {', '.join(_KINDS)}")
    number: int | None = None
    if target:
        if not target.isdigit() or int(target) > 999:
            found.append("target is not a small whole number")
        else:
            number = int(target)
    if not quantity.isdigit() or not 1 <= int(quantity) <= MAX_QUANTITY:
        found.append(f"quantity must be a whole number from 1 to {MAX_QUANTITY}")
    if not _is_time(recorded_at):
        found.append("recorded_at is not a date and time")
    if not _is_day(day):
        found.append("day is not a date (YYYY-MM-DD)")
    if voids and (not _is_uuid(voids) or voids == record_id):
        found.append("voids is not another record's id")
    if found:
        problems.append(f"line {line}: " + ", ".join(found))
        return None
    return (record_id, event_id, case_id, kind, number, int(quantity), station_id, recorded_at, day, voids or None)


def _is_time(text: str) -> bool:
    if not 10 <= len(text) <= 32:
        return False
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_day(text: str) -> bool:
    if not _DAY.match(text):
        return False
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


# --- merging -----------------------------------------------------------------------------------


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
    sources = [Path(path) for path in paths]
    sizes = [_size(path) for path in sources]
    total = sum(sizes) or 1
    report = ImportReport(files=[path.name for path in sources])
    planner = _EventPlanner(tally, merge_events)
    with contextlib.closing(tally.db.engine.raw_connection()) as raw:
        connection = raw.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        previous = connection.isolation_level
        connection.isolation_level = None  # we say where transactions begin and end
        try:
            connection.execute("DROP TABLE IF EXISTS temp.staged_record")
            connection.execute(_STAGE_TABLE)
            connection.execute("CREATE TEMP TABLE IF NOT EXISTS conflict_id (id TEXT PRIMARY KEY)")
            # Staging touches only temporary tables, so the kiosk keeps recording meanwhile.
            connection.execute("BEGIN")
            connection.execute("DELETE FROM conflict_id")
            done = 0
            for index, (path, size) in enumerate(zip(sources, sizes, strict=True)):

                def file_progress(read: int, _size: int, before: int = done) -> None:
                    if progress:
                        progress(before + read, total)

                with open_sync_file(path, file_progress) as reader:
                    planner.add(reader.path, reader.header)
                    rows = reader.rows()
                    while batch := list(itertools.islice(rows, BATCH)):
                        connection.executemany(
                            "INSERT INTO staged_record VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            [(*row, index) for row in batch],
                        )
                        report.read += len(batch)
                done += size
            # Indexed once loaded: quicker than keeping the index up to date row by row.
            connection.execute("CREATE INDEX temp.staged_record_id ON staged_record (id)")
            connection.execute("COMMIT")
            # The write: IMMEDIATE takes the lock up front, so we wait our turn instead of failing.
            connection.execute("BEGIN IMMEDIATE")
            _find_conflicts(connection, report)
            _apply_event_plan(connection, tally, planner)
            connection.executemany(
                "INSERT INTO known_station (id, name, seen_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE "
                "SET name = excluded.name, seen_at = excluded.seen_at WHERE excluded.seen_at >= known_station.seen_at",
                [
                    (header.station_id, header.station_name or header.station_id[:8], header.exported_at)
                    for header in planner.headers
                    if header.station_id != tally.station_id
                ],
            )
            inserted = connection.execute(
                f"INSERT OR IGNORE INTO letter_record ({_ALL}) SELECT {_ALL} FROM staged_record "
                "WHERE id NOT IN (SELECT id FROM conflict_id) ORDER BY id"  # in index order: fewer pages touched
            )
            # rowcount is the records this statement added, not the totals rows its triggers touched.
            report.added = inserted.rowcount
            connection.execute("COMMIT")
        finally:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            with contextlib.suppress(sqlite3.Error):
                connection.execute("DELETE FROM staged_record")
            connection.isolation_level = previous
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
    if progress:
        progress(total, total)
    return report


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as exc:
        raise SyncFileInvalid(path, [f"cannot read the file ({exc.strerror})"]) from exc


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
_ALL = ", ".join(COLUMNS)


def _find_conflicts(connection: sqlite3.Connection, report: ImportReport) -> None:
    """Ids that arrive with content different from what is here, or from another file of this import."""
    columns = ", ".join("s." + column for column in COLUMNS)
    width = len(COLUMNS)
    against_ours = connection.execute(
        f"SELECT s.file, {columns}, {', '.join('r.' + c for c in COLUMNS)} "
        f"FROM staged_record s JOIN letter_record r ON r.id = s.id WHERE NOT ({_SAME_CONTENT})"
    ).fetchall()
    for row in against_ours:
        theirs, ours = _as_record(row[1 : 1 + width]), _as_record(row[1 + width :])
        report.conflicts.append(Conflict(report.files[row[0]], ours, theirs))
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
            report.conflicts.append(Conflict(report.files[row[0]], earlier, record))
    connection.executemany(
        "INSERT OR IGNORE INTO conflict_id VALUES (?)", ((conflict.theirs.id,) for conflict in report.conflicts)
    )


def _as_record(row: Sequence[Any]) -> TallyRecord:
    record_id, event_id, case_id, kind, target, quantity, station_id, recorded_at, day, voids = row
    return TallyRecord(
        record_id, event_id, case_id, TallyKind(kind), target, int(quantity), station_id, recorded_at, day, voids
    )


def _apply_event_plan(connection: sqlite3.Connection, tally: Tally, plan: _EventPlanner) -> None:
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    if plan.join:
        if connection.execute("SELECT count(*) FROM letter_record").fetchone()[0]:
            raise UserError("this laptop counted letters meanwhile; import again to merge the events")
        connection.execute("DELETE FROM event")
        connection.execute("DELETE FROM merged_event WHERE id = ?", (plan.join,))
        connection.execute(
            "INSERT INTO event (id, name, created_at) VALUES (?, ?, ?)",
            (plan.join, plan.join_name[:200] or "Write for Rights", now),
        )
    own = plan.join or tally.event_id
    for event_id, name in plan.merge.items():
        if event_id != own:
            connection.execute(
                "INSERT OR IGNORE INTO merged_event (id, name, merged_at) VALUES (?, ?, ?)", (event_id, name[:200], now)
            )


# --- a shared folder or USB stick ----------------------------------------------------------------


@dataclass
class FolderSyncReport:
    """What one sync with a shared folder did: the files merged, the files skipped and why, our file."""

    exported: ExportSummary
    imported: ImportReport = field(default_factory=ImportReport)
    skipped: list[str] = field(default_factory=list)
    other_events: list[str] = field(default_factory=list)
    """Files skipped because they count for another event (merge them with `merge_events`)."""

    def summary(self) -> str:
        text = f"wrote {self.exported.path.name} ({self.exported.records} records); {self.imported.summary()}"
        if self.imported.unchanged:
            text += f"; {len(self.imported.unchanged)} file(s) unchanged since the last sync"
        if self.skipped:
            text += f"; {len(self.skipped)} file(s) skipped"
        return text


def _records_per_station(tally: Tally) -> dict[str, int]:
    with tally.db.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT station_id, count(*) FROM letter_record GROUP BY station_id").all()
    return {str(station): int(count) for station, count in rows}


def _already_merged(tally: Tally, path: Path, held: dict[str, int]) -> bool:
    """Whether a station's own file holds nothing this laptop lacks, judged from its first line.

    A station's records only ever grow and all come from that station, so the records held here
    from it are a subset of its latest file; equal in number, they are the same set. Reading the
    whole file again would change nothing. Anything unusual (a broken header, another event, a
    file of several stations) is simply merged as usual.
    """
    try:
        with open_sync_file(path) as reader:
            header = reader.header
    except SyncFileInvalid:
        return False
    return (
        header.records > 0
        and set(header.events) <= set(tally.event_ids())
        and held.get(header.station_id, -1) == header.records
    )


def station_file(folder: Path, tally: Tally) -> Path:
    """This laptop's own file in a sync folder (named by its station id, so it never collides)."""
    return folder / f"{SYNC_FILE_PREFIX}{tally.station_id}.csv"


def sync_folder(
    tally: Tally,
    folder: str | os.PathLike[str],
    *,
    merge_events: bool = False,
    clock: Callable[[], dt.datetime] | None = None,
    progress: Progress | None = None,
) -> FolderSyncReport:
    """Merge every other station's file in `folder`, then write this station's own file there.

    Each file is merged on its own, so one broken or foreign file is skipped (and said why)
    without holding up the others. Importing first lets a new laptop join the event before it
    writes its own file.
    """
    where = Path(folder)
    if not where.is_dir():
        raise UserError(f"the sync folder {where} does not exist (is the USB stick plugged in?)")
    own = station_file(where, tally)
    others = sorted(path for path in where.glob(f"{SYNC_FILE_PREFIX}*.csv") if path != own and path.is_file())
    combined = ImportReport()
    skipped: list[str] = []
    other_events: list[str] = []
    held = _records_per_station(tally)
    for number, path in enumerate(others):
        if _already_merged(tally, path, held):
            combined.unchanged.append(path.name)
            continue

        def file_progress(done: int, total: int, number: int = number) -> None:
            if progress:
                progress(number * 1000 + done * 1000 // max(total, 1), (len(others) + 1) * 1000)

        try:
            report = import_files(tally, [path], merge_events=merge_events, progress=file_progress)
        except SyncFileInvalid as invalid:
            skipped.extend(invalid.lines())
            continue
        except OtherEvent as foreign:
            other_events.append(path.name)
            skipped.append(str(foreign))
            continue
        except UserError as refused:
            skipped.append(str(refused))
            continue
        combined.files += report.files
        combined.read += report.read
        combined.added += report.added
        combined.duplicates += report.duplicates
        combined.conflicts += report.conflicts
        combined.joined_event = combined.joined_event or report.joined_event
        combined.merged_events += report.merged_events
    # A sync killed mid-write leaves its temporary file (never the real one): ours can go now.
    for leftover in where.glob(f".{own.name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()
    exported = export_records(tally, own, clock=clock)
    if progress:
        progress(1, 1)
    return FolderSyncReport(exported, combined, skipped, other_events)
