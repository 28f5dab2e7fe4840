"""Writing sync files: this laptop's records (or all it knows) to a CSV, atomically."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from w4r_desktop.core.cells import shield
from w4r_desktop.core.db.database import this_station
from w4r_desktop.core.files import atomic_writer
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally.records import Tally, TallyRecord
from w4r_desktop.core.tally.rules import COLUMNS
from w4r_desktop.core.tally.sync_file import BATCH, EVENT_DETAILS, FORMAT, FORMAT_VERSION, Progress


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    records: int


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
    # This laptop's records: under every id its database has had (a copied folder gets a new one).
    where = "" if everything else " WHERE station_id IN (SELECT id FROM station)"
    params: tuple[str, ...] = ()
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
        (r.id, r.event_id, r.case_id, r.kind, r.target, r.quantity, r.station_id, r.recorded_at, r.day, r.voids)
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
