"""The ids and names of a bundle's cases, remembered so that a command need not validate it again.

Validating a bundle loads pydantic and the country tables, a tenth of a second or more; `tally
add` only needs to know that a case id exists. Once a bundle has been loaded and found valid, its
case ids are kept in the data folder under a fingerprint of its files (names, sizes, times); the
next command that finds the same fingerprint reads them from there. Any change to the files
changes the fingerprint, and the bundle is validated again. The kiosk's gallery cards are kept the
same way (`kept_document`, `keep_document`; see cards.py).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

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


def kept_document(data_dir: Path, name: str, source: Path) -> dict[str, Any] | None:
    """The document kept as `name` for the bundle at `source`, if its files have not changed since."""
    try:
        document = json.loads((data_dir / name).read_text(encoding="utf-8"))
        if not isinstance(document, dict) or document.get("fingerprint") != fingerprint(source):
            return None
    except (OSError, ValueError):  # no such bundle any more: whoever loads it says so in words
        return None
    return document


def keep_document(data_dir: Path, name: str, source: Path, document: dict[str, Any]) -> None:
    """Keep `document` as `name` for a bundle just found valid (best effort: a read-only folder
    only costs time at the next start)."""
    try:
        if data_dir.is_dir():
            text = json.dumps({"fingerprint": fingerprint(source), **document}, ensure_ascii=False)
            atomic_write(data_dir / name, text.encode("utf-8"))
    except (OSError, UserError):
        pass


def forget_document(data_dir: Path, name: str) -> None:
    """Drop the document kept as `name` (its bundle failed a check the fingerprint cannot see)."""
    with contextlib.suppress(OSError):
        (data_dir / name).unlink(missing_ok=True)


def kept_case_index(data_dir: Path, source: Path) -> CaseIndex | None:
    """The index kept for the bundle at `source`, if its files have not changed since."""
    document = kept_document(data_dir, INDEX_FILE, source)
    try:
        if document is None:
            return None
        return CaseIndex(str(document["campaign"]), {str(key): str(value) for key, value in document["names"].items()})
    except (KeyError, TypeError, AttributeError):
        return None


def keep_case_index(data_dir: Path, source: Path, index: CaseIndex) -> None:
    """Keep the index of a bundle just found valid."""
    keep_document(data_dir, INDEX_FILE, source, {"campaign": index.campaign, "names": index.names})
