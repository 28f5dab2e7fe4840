"""The ids and names of a bundle's cases, remembered so that a command need not validate it again.

Validating a bundle loads pydantic and the country tables, a tenth of a second or more; `tally
add` only needs to know that a case id exists. Once a bundle has been loaded and found valid, its
case ids are kept in the data folder under a fingerprint of its files (names, sizes, times); the
next command that finds the same fingerprint reads them from there. Any change to the files
changes the fingerprint, and the bundle is validated again.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.files import atomic_write

if TYPE_CHECKING:
    from w4r_desktop.core.bundle.model import CaseBundle  # (only its type: no pydantic to load)

INDEX_FILE = "cases-index.json"


@dataclass(frozen=True)
class CaseIndex:
    """The cases of a valid bundle: id -> name, in the bundle's order."""

    campaign: str
    names: dict[str, str]

    @classmethod
    def of(cls, bundle: CaseBundle) -> CaseIndex:
        return cls(bundle.info.campaign, {case.id: case.name for case in bundle.cases})


def fingerprint(source: Path) -> list[list[object]]:
    """What changes when any file of the bundle at `source` changes: path, size and time of each."""
    entries: list[list[object]] = []
    if source.is_dir():
        for folder, _subfolders, files in os.walk(source):
            for name in files:
                stat = os.stat(os.path.join(folder, name))
                entries.append([os.path.relpath(os.path.join(folder, name), source), stat.st_size, stat.st_mtime_ns])
    else:
        stat = source.stat()
        entries.append([source.name, stat.st_size, stat.st_mtime_ns])
    return [[str(source.resolve())], *sorted(entries, key=lambda entry: str(entry[0]))]


def remembered(data_dir: Path, source: Path) -> CaseIndex | None:
    """The index kept for the bundle at `source`, if its files have not changed since."""
    try:
        kept = json.loads((data_dir / INDEX_FILE).read_text(encoding="utf-8"))
        if kept["fingerprint"] != fingerprint(source):
            return None
        return CaseIndex(str(kept["campaign"]), {str(key): str(value) for key, value in kept["names"].items()})
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def remember(data_dir: Path, source: Path, index: CaseIndex) -> None:
    """Keep the index of a bundle just found valid (best effort: a read-only folder only costs time)."""
    document = {"fingerprint": fingerprint(source), "campaign": index.campaign, "names": index.names}
    try:
        if data_dir.is_dir():
            atomic_write(data_dir / INDEX_FILE, json.dumps(document, ensure_ascii=False).encode("utf-8"))
    except (OSError, UserError):
        pass
