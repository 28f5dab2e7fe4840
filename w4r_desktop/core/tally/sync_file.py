"""The sync file format: one laptop's records as a CSV, read back checked and streamed.

A sync file is a set of records keyed by UUID, so merging is a set union: the same file twice,
or files in any order, give the same totals (see merge.py). A file is checked completely before
anything is written, so a broken file changes nothing.

Layout (UTF-8, RFC 4180):

    format,w4r-tally,version,1,station,<uuid>,station_name,...,event,<uuid>,event_name,...,records,<n>
    id,event_id,case_id,kind,target,quantity,station_id,recorded_at,day,voids
    <one row per record>

Every text cell that a spreadsheet could run as a formula is written with a leading apostrophe,
and so is a cell that already begins with one; reading takes exactly one back off (cells.py).
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from w4r_desktop.core.cells import unshield
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.ids import CASE_ID_PATTERN, WHOLE_NUMBER
from w4r_desktop.core.tally.kinds import KIND_VALUES, MAX_QUANTITY
from w4r_desktop.core.tally.records import TallyRecord
from w4r_desktop.core.tally.rules import (
    COLUMNS,
    UUID_PATTERN,
    is_day,
    is_time,
    is_uuid,
    record_problems,
)

FORMAT = "w4r-tally"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 512 * 1024 * 1024
"""Larger than a million records needs; anything bigger is not a sync file."""
MAX_PROBLEMS = 20
NOT_A_FILE = "not a file (a folder, a device or a pipe); nothing was imported"
SYNC_FILE_PREFIX = "w4r-tally-"
BATCH = 5000
EVENT_DETAILS = ("event_name", "event_place", "group_name", "event_date")
"""The event's settings a sync file carries, so a laptop joining the event gets them too."""

Progress = Callable[[int, int], None]
"""Called as progress(done, total) while a long export or import runs (bytes or records)."""


StagedRow = tuple[str, str, str, str, int | None, int, str, str, str, str | None]
"""A checked record as the database takes it, in COLUMNS order."""


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


# --- reading -----------------------------------------------------------------------------------


class _TooLong(Exception):
    """More bytes came than a sync file can have (a file that grows, or never ends)."""


class _CountingReader(io.RawIOBase):
    """A binary file that remembers how many bytes were read, for progress, and stops at the cap:
    the size the file claimed is not trusted."""

    def __init__(self, raw: io.BufferedReader) -> None:
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = self._raw.readinto(buffer)
        self.count += size or 0
        if self.count > MAX_FILE_BYTES:
            raise _TooLong
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
            yield TallyRecord(*row)

    def rows(self) -> Iterator[StagedRow]:
        """The file's records as plain tuples in COLUMNS order (the fast path for merging)."""
        problems: list[str] = []
        events = set(self.header.events)
        count = 0
        reader = self._reader
        try:
            for row in reader:
                count += 1
                staged = _fast_row(row, events)
                if staged is None:  # anything unusual: checked field by field, with its reasons
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
        status = source.stat()
        if not stat.S_ISREG(status.st_mode):  # a FIFO or a device would never end, or never begin
            raise SyncFileInvalid(source, [NOT_A_FILE])
        size = status.st_size
        if size > MAX_FILE_BYTES:
            raise SyncFileInvalid(source, [f"the file is too large ({size // 1_000_000} MB) to be a sync file"])
        binary = open(source, "rb")  # noqa: SIM115 - closed below, after the caller is done
    except OSError as exc:
        raise SyncFileInvalid(source, [f"cannot read the file ({exc.strerror})"]) from exc
    with binary:
        try:
            yield SyncFileReader(source, binary, size, progress)
        except _TooLong as exc:
            raise SyncFileInvalid(source, [f"the file grew past {MAX_FILE_BYTES // 1_000_000} MB while read"]) from exc
        except OSError as exc:
            raise SyncFileInvalid(source, [f"cannot read the file ({exc.strerror})"]) from exc


def _read_header(reader: Iterator[list[str]], problems: list[str]) -> SyncHeader | None:
    first = next(reader, None)
    if not first or first[:2] != ["format", FORMAT] or len(first) % 2:
        problems.append("line 1: this is not a W4R Desktop sync file (it should begin with format,w4r-tally)")
        return None
    values = {first[index]: first[index + 1] for index in range(0, len(first), 2)}
    written = values.get("version", "")
    version = int(written) if WHOLE_NUMBER.match(written) else 0
    if version > FORMAT_VERSION:
        problems.append(f"line 1: written by a newer W4R Desktop (format {version}); update this one to read it")
        return None
    if version != FORMAT_VERSION:
        problems.append(f"line 1: unknown format version {values.get('version')!r}")
        return None
    for key in ("station", "event"):
        if not is_uuid(values.get(key, "")):
            problems.append(f"line 1: {key} is not a valid id")
    merged = tuple(part for part in values.get("merged_events", "").split(";") if part)
    if not all(is_uuid(part) for part in merged):
        problems.append("line 1: merged_events holds an invalid id")
    records = values.get("records", "")
    count = int(records) if WHOLE_NUMBER.match(records) else -1
    if count < 0:
        problems.append("line 1: records is not a number")
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


def _row(row: list[str], line: int, events: set[str], problems: list[str]) -> StagedRow | None:
    """One row checked field by field (rules.py); problems are added, not raised, so the leader sees them all."""
    if len(row) != len(COLUMNS):
        problems.append(f"line {line}: {len(row)} cells, expected {len(COLUMNS)}")
        return None
    record_id, event_id, case_id, kind, target, quantity, station_id, recorded_at, day, voids = row
    found: list[str] = []
    number: int | None = None
    if target:
        if WHOLE_NUMBER.match(target):
            number = int(target)
        else:
            found.append("target is not a small whole number")
    count = int(quantity) if WHOLE_NUMBER.match(quantity) else 0  # 0 is refused below, in words
    staged = (record_id, event_id, unshield(case_id), kind, number, count, station_id, recorded_at, day, voids or None)
    found += record_problems(staged, events)
    if found:
        problems.append(f"line {line}: " + ", ".join(found))
        return None
    return staged


_U = UUID_PATTERN
# One compiled check for a whole well-formed row (cells joined by the unit separator, which a
# checked cell cannot hold); anything it does not match takes the careful path in _row.
_ROW = re.compile(
    rf"({_U})\x1f({_U})\x1f({CASE_ID_PATTERN}|\*)\x1f({'|'.join(KIND_VALUES)})\x1f([0-9]{{0,3}})\x1f"
    rf"([0-9]{{1,6}})\x1f({_U})\x1f(\d{{4}}-\d{{2}}-\d{{2}}T[0-9:.+\-Z]{{8,22}})\x1f(\d{{4}}-\d{{2}}-\d{{2}})\x1f({_U})?",
    re.ASCII,
)


def _fast_row(row: list[str], events: set[str]) -> StagedRow | None:
    """A well-formed row as staged, or None if anything about it needs the careful check."""
    if len(row) != len(COLUMNS):
        return None
    match = _ROW.fullmatch("\x1f".join(row))
    if match is None:
        return None
    record_id, event_id, case_id, kind, target, quantity, station_id, recorded_at, day, voids = match.groups()
    number = int(quantity)
    if (
        event_id not in events
        or not 1 <= number <= MAX_QUANTITY
        or len(case_id) > 100
        or voids == record_id
        or not is_day(day)
        or not is_time(recorded_at)
    ):
        return None
    return (
        record_id,
        event_id,
        case_id,
        kind,
        int(target) if target else None,
        number,
        station_id,
        recorded_at,
        day,
        voids,
    )
