"""Merging is a set union: idempotent, commutative, associative; and any Unicode text round-trips."""

from __future__ import annotations

import tempfile
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from w4r_desktop.core.db.database import open_database
from w4r_desktop.core.tally.export import export_records, write_sync_file
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.merge import import_files
from w4r_desktop.core.tally.records import Tally, TallyRecord
from w4r_desktop.core.tally.sync_file import COLUMNS, read_sync_file

STATIONS = [str(uuid.UUID(int=n, version=4)) for n in (1, 2, 3)]
EVENT = str(uuid.UUID(int=99, version=4))
EXAMPLES = settings(max_examples=30, deadline=None)


@st.composite
def record_sets(draw: st.DrawFn, case_ids: st.SearchStrategy[str] | None = None) -> list[TallyRecord]:
    """Records of three stations, some of them corrections (a few voiding the same record twice)."""
    cases = case_ids if case_ids is not None else st.sampled_from(["zhang-zhan", "sphere", "*"])
    plain: list[TallyRecord] = []
    for number in range(draw(st.integers(1, 25))):
        plain.append(
            TallyRecord(
                id=str(uuid.UUID(int=number, version=4)),
                event_id=EVENT,
                case_id=draw(cases),
                kind=draw(st.sampled_from(list(TallyKind))),
                target=draw(st.none() | st.integers(0, 3)),
                quantity=draw(st.integers(1, 50)),
                station_id=draw(st.sampled_from(STATIONS)),
                recorded_at=f"2021-12-10T1{number % 10}:{number % 60:02d}:00+00:00",
                day=draw(st.sampled_from(["2021-12-10", "2021-12-11"])),
            )
        )
    voids = []
    for index, original in enumerate(draw(st.lists(st.sampled_from(plain), max_size=6))):
        voids.append(
            TallyRecord(
                id=str(uuid.UUID(int=(1 << 64) + index, version=4)),
                event_id=EVENT,
                case_id=original.case_id,
                kind=original.kind,
                target=original.target,
                quantity=original.quantity,
                station_id=draw(st.sampled_from(STATIONS)),
                recorded_at="2021-12-10T20:00:00+00:00",
                day="2021-12-10",
                voids=original.id,
            )
        )
    return plain + voids


def expected_totals(records: list[TallyRecord]) -> dict[tuple[str, str], int]:
    """The totals as the product defines them: every record not cancelled by a correction."""
    voided = {record.voids for record in records if record.voids}
    totals: Counter[tuple[str, str]] = Counter()
    for record in {record.id: record for record in records}.values():
        if record.voids is None and record.id not in voided:
            totals[(record.case_id, record.kind.value)] += record.quantity
    return {key: value for key, value in totals.items() if value}


@contextmanager
def workspace() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def station_files(folder: Path, records: list[TallyRecord], shares: list[int]) -> list[Path]:
    """One file per station with its records; `shares` adds copies of other stations' records."""
    files = []
    for number, station in enumerate(STATIONS):
        own = [record for record in records if record.station_id == station]
        extra = [record for index, record in enumerate(records) if shares[index % len(shares)] == number]
        path = folder / f"station-{number}.csv"
        unique = list({record.id: record for record in own + extra}.values())
        write_sync_file(path, unique, station_id=station, event_id=EVENT, event_name="Write-a-thon")
        files.append(path)
    return files


def merged(folder: Path, name: str, *batches: list[Path]) -> Tally:
    tally = Tally(open_database(folder / name))
    for batch in batches:
        import_files(tally, batch)
    return tally


_GROUP = "event_id, case_id, kind, station_id, day"
_RECOUNT = f"""SELECT {_GROUP}, SUM(quantity) FROM letter_record r WHERE voids IS NULL
    AND NOT EXISTS (SELECT 1 FROM letter_record v WHERE v.voids = r.id) GROUP BY {_GROUP}"""


def state(tally: Tally) -> tuple[dict[tuple[str, str], int], set[tuple[object, ...]]]:
    with tally.db.engine.connect() as conn:
        rows = {tuple(row) for row in conn.exec_driver_sql(f"SELECT {', '.join(COLUMNS)} FROM letter_record")}
        # The kept totals, group by group (laptop and day too), are a recount of the records.
        kept = {tuple(row) for row in conn.exec_driver_sql(f"SELECT {_GROUP}, quantity FROM tally_total")}
        recounted = {tuple(row) for row in conn.exec_driver_sql(_RECOUNT)}
        assert {row for row in kept if row[-1]} == {row for row in recounted if row[-1]}
    totals = {(total.case_id, total.kind.value): total.quantity for total in tally.totals()}
    tally.db.close()
    return totals, rows


@EXAMPLES
@given(records=record_sets(), shares=st.lists(st.integers(0, 3), min_size=1, max_size=5), data=st.data())
def test_merge_is_idempotent_commutative_and_gives_the_defined_totals(
    records: list[TallyRecord], shares: list[int], data: st.DataObject
) -> None:
    with workspace() as folder:
        files = station_files(folder, records, shares)
        order = data.draw(st.permutations(files))
        once = state(merged(folder, "once", files))
        twice = state(merged(folder, "twice", files, files))
        shuffled = state(merged(folder, "shuffled", *[[path] for path in order]))
        assert once == twice == shuffled
        assert once[0] == expected_totals(records)


@EXAMPLES
@given(records=record_sets(), shares=st.lists(st.integers(0, 3), min_size=1, max_size=5))
def test_merge_is_associative(records: list[TallyRecord], shares: list[int]) -> None:
    """(A + B) + C == A + (B + C), where a group is merged on one laptop and passed on as one file."""
    with workspace() as folder:
        a, b, c = station_files(folder, records, shares)

        def relay(name: str, files: list[Path]) -> Path:
            middle = merged(folder, name, files)
            path = folder / f"{name}.csv"
            export_records(middle, path, everything=True)
            middle.db.close()
            return path

        left = state(merged(folder, "left", [relay("ab", [a, b])], [c]))
        right = state(merged(folder, "right", [a], [relay("bc", [b, c])]))
        assert left == right
        assert left[0] == expected_totals(records)


@EXAMPLES
@given(
    # Case ids follow the id rules (others are refused); the names carry any Unicode at all.
    records=record_sets(case_ids=st.from_regex(r"[a-z0-9]{1,10}(?:-[a-z0-9]{1,10}){0,3}", fullmatch=True)),
    station_name=st.text(max_size=60),
    event_name=st.text(max_size=60),
)
def test_any_unicode_text_round_trips(records: list[TallyRecord], station_name: str, event_name: str) -> None:
    with workspace() as folder:
        path = folder / "station.csv"
        write_sync_file(
            path, records, station_id=STATIONS[0], event_id=EVENT, station_name=station_name, event_name=event_name
        )
        back = read_sync_file(path)
        assert back.records == records
        assert (back.header.station_name, back.header.event_name) == (station_name, event_name)
        tally = merged(folder, "laptop", [path])
        again = folder / "again.csv"
        export_records(tally, again, everything=True)
        tally.db.close()
        assert sorted(read_sync_file(again).records, key=lambda r: r.id) == sorted(records, key=lambda r: r.id)
