"""Checking this laptop before an event, in plain words: the data folder, the database, its
backups, the active case bundle and the shared server (`w4r-desktop doctor`)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from w4r_desktop.core.data_folder import DataFolder
from w4r_desktop.core.errors import UserError

LOW_SPACE_BYTES = 200 * 1024 * 1024
"""Below this, a night of letters and their PDFs may not fit."""


@dataclass(frozen=True)
class Finding:
    """One thing checked: what, whether it is well, and in words."""

    what: str
    ok: bool
    words: str


def data_folder_findings(folder: DataFolder, today: dt.date | None = None) -> list[Finding]:
    """The data folder: writable, space left, the database whole, the last backup."""
    found = [_writable(folder.path), _space(folder.path)]
    from w4r_desktop.core.db.database import integrity_ok  # SQLAlchemy only for the doctor

    try:
        database = folder.database()
    except UserError as exc:
        found.append(Finding("database", False, f"{exc}: restore the newest backup (backups/)"))
    else:
        try:
            whole = integrity_ok(database)
        finally:
            database.close()
        found.append(Finding("database", whole, "whole" if whole else "damaged: restore the newest backup (backups/)"))
    found.append(_backups(folder.path / "backups", today or dt.date.today()))
    return found


def _writable(path: Path) -> Finding:
    try:
        with tempfile.NamedTemporaryFile(dir=path, prefix=".doctor-"):
            pass
    except OSError as exc:
        return Finding("data folder", False, f"{path} cannot be written to ({exc.strerror or exc})")
    return Finding("data folder", True, f"{path}, writable")


def _space(path: Path) -> Finding:
    free = shutil.disk_usage(path).free
    words = f"{free / 1024**3:.1f} GB free"
    if free < LOW_SPACE_BYTES:
        return Finding("disk space", False, words + ": free some space before the event")
    return Finding("disk space", True, words)


def _backups(folder: Path, today: dt.date) -> Finding:
    try:
        newest = max((entry.stat().st_mtime for entry in os.scandir(folder) if entry.is_file()), default=None)
    except OSError:
        newest = None
    if newest is None:
        return Finding("backups", True, "none yet (one is made before each database upgrade)")
    day = dt.datetime.fromtimestamp(newest).date()
    return Finding("backups", True, f"the newest from {day.isoformat()} ({(today - day).days} days ago)")


def bundle_finding(folder: DataFolder) -> Finding:
    """The case bundle volunteers will write from: found, valid, its campaign and cases."""
    from w4r_desktop.core.bundle.loading import load_bundle

    try:
        bundle = load_bundle(folder.bundle_source)
    except UserError as exc:
        return Finding("case bundle", False, str(exc).splitlines()[0])
    return Finding("case bundle", True, f"{bundle.info.campaign}, {len(bundle.cases)} cases ({folder.bundle_source})")
