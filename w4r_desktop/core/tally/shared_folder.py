"""Sync through a shared folder or USB stick: each laptop writes its own file and reads the others'."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.tally.export import ExportSummary, export_records
from w4r_desktop.core.tally.merge import ImportReport, import_files
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.core.tally.sync_file import SYNC_FILE_PREFIX, OtherEvent, Progress, SyncFileInvalid


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
    for number, path in enumerate(others):
        # A file whose records were merged before is passed over by import_files (by digest:
        # counting records would not do, two laptops cloned from one image write files of the
        # same name and size but different letters).

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
        if report.unchanged:
            combined.unchanged += report.unchanged
            continue
        combined.files += report.files
        combined.read += report.read
        combined.added += report.added
        combined.duplicates += report.duplicates
        combined.conflicts += report.conflicts
        combined.joined_event = combined.joined_event or report.joined_event
        combined.merged_events += report.merged_events
    # What a sync killed mid-write left (its temporary file, never the real one) is cleared by
    # the export's own writer, which knows whether that writer is still running.
    exported = export_records(tally, own, clock=clock)
    if progress:
        progress(1, 1)
    return FolderSyncReport(exported, combined, skipped, other_events)
