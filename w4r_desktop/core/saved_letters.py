"""Letters saved as PDFs where there was no printer: kept for the leader to print, then gone.

Each PDF holds a volunteer's letter with their name and town. It stays in the data folder's
printed/ folder (readable by its owner only) until the leader prints or deletes it in the
console, and never longer than the keeping time the leader sets: by default the end of the
day it was saved, or that many more days.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from w4r_desktop.core.ids import is_case_id

# What PdfFolderPrinter names a kiosk job: "<case>-letter.pdf", "<case>-envelope-2.pdf", ...
# The case part is checked by is_case_id, as every case id is.
_JOB_FILE = re.compile(r"(?P<case>.+?)-(?P<part>letter|envelope)(?P<copy>-\d+)?\.pdf\Z")


def keep_until(saved_at: dt.datetime, keep_days: int) -> dt.datetime:
    """When a letter saved at `saved_at` must be gone: midnight after its day, plus `keep_days` days."""
    local = saved_at.astimezone()
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight + dt.timedelta(days=1 + max(0, keep_days))


@dataclass(frozen=True)
class SavedLetter:
    """One saved PDF: a letter or an envelope of a case."""

    path: Path
    case_id: str
    part: str
    """"letter" or "envelope"."""
    saved_at: dt.datetime
    copy: str = ""
    """The printer's number for the second and later job of the same case ("-2"), else ""."""


@dataclass(frozen=True)
class SavedJob:
    """One letter as the volunteer printed it: its letter PDF, and its envelope's where there is one."""

    case_id: str
    parts: tuple[SavedLetter, ...]
    """The letter first, then the envelope."""

    @property
    def saved_at(self) -> dt.datetime:
        return min(part.saved_at for part in self.parts)


class SavedLetters:
    """The saved PDFs of one folder."""

    def __init__(self, folder: Path, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.folder = folder
        self._clock = clock or (lambda: dt.datetime.now().astimezone())

    def all(self) -> list[SavedLetter]:
        """Every saved letter and envelope, oldest first (then by name)."""
        found = []
        try:
            paths = list(self.folder.iterdir())
        except OSError:
            return []
        for path in paths:
            match = _JOB_FILE.match(path.name)
            if match is None or not is_case_id(match["case"]) or not path.is_file():
                continue
            with contextlib.suppress(OSError):
                saved_at = dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()
                found.append(SavedLetter(path, match["case"], match["part"], saved_at, match["copy"] or ""))
        return sorted(found, key=lambda item: (item.saved_at, item.path.name))

    def jobs(self) -> list[SavedJob]:
        """The saved PDFs as the letters they are: a letter and its envelope together, oldest first."""
        grouped: dict[tuple[str, str], list[SavedLetter]] = {}
        for item in self.all():
            grouped.setdefault((item.case_id, item.copy), []).append(item)
        jobs = [
            SavedJob(case_id, tuple(sorted(parts, key=lambda part: part.part != "letter")))
            for (case_id, _copy), parts in grouped.items()
        ]
        return sorted(jobs, key=lambda job: (job.saved_at, job.parts[0].path.name))

    def expired(self, keep_days: int) -> list[SavedLetter]:
        now = self._clock().astimezone()
        return [item for item in self.all() if keep_until(item.saved_at, keep_days) <= now]

    def delete(self, letter: SavedLetter) -> None:
        letter.path.unlink(missing_ok=True)

    def remove_expired(self, keep_days: int) -> int:
        """Delete what is past the keeping time; returns how many files went."""
        gone = 0
        for item in self.expired(keep_days):
            with contextlib.suppress(OSError):
                self.delete(item)
                gone += 1
        return gone
