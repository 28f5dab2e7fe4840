"""What a laptop remembers of each shared server it syncs with, kept in the data folder.

Per server (by the server's own id): how far this laptop has sent and taken records, the rowids
of the records it took from that server (so they are not sent back), and the rows it keeps aside
because they fail the rules. Losing the file costs a full resend and re-read, never a double
count: the rows kept aside are found again on the way.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from w4r_desktop.core.files import atomic_write
from w4r_desktop.core.tally.records import Tally

MARKS_FILE = "server-sync.json"


@dataclass(frozen=True)
class HeldRecord:
    """A record kept aside instead of counted: it fails this version's rules (rules.py).

    Kept with the marks of its server, so a newer version (which knows a new kind, say) takes
    it in at its next sync; never counted, never passed over in silence.
    """

    position: int
    """Where it stands on the server (its seq), or 0 for one of this laptop's own not sent."""
    station: str
    reason: str
    values: tuple[object, ...]

    def describe(self) -> str:
        origin = "this laptop" if self.position == 0 else f"the server (from {self.station})"
        return f"record {str(self.values[0])[:36]} from {origin} kept aside: {self.reason}"


def _marks_path(tally: Tally) -> Path:
    return tally.db.path.parent / MARKS_FILE


def _read_all(tally: Tally) -> dict[str, Any]:
    try:
        kept = json.loads(_marks_path(tally).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return kept if isinstance(kept, dict) else {}


def read_marks(tally: Tally, key: str) -> dict[str, Any]:
    marks = _read_all(tally).get(key, {})
    return marks if isinstance(marks, dict) else {}


def write_marks(tally: Tally, key: str, marks: dict[str, Any]) -> None:
    kept = _read_all(tally)
    kept[key] = marks
    atomic_write(_marks_path(tally), json.dumps(kept).encode("utf-8"))


def held_records(tally: Tally) -> list[HeldRecord]:
    """Every record this laptop keeps aside, from every shared server it has synced with."""
    found: list[HeldRecord] = []
    for marks in _read_all(tally).values():
        if isinstance(marks, dict):
            found += held_in(marks)
    return found


def held_in(marks: dict[str, Any]) -> list[HeldRecord]:
    found = []
    for item in marks.get("held", []) if isinstance(marks.get("held"), list) else []:
        with contextlib.suppress(TypeError, ValueError, KeyError):
            found.append(
                HeldRecord(int(item["position"]), str(item["station"]), str(item["reason"]), tuple(item["values"]))
            )
    return found


def hold(marks: dict[str, Any], held: HeldRecord) -> bool:
    """Keep `held` in the marks, once; False if it was kept already."""
    kept = marks.setdefault("held", [])
    if any(item.get("position") == held.position and item.get("values") == list(held.values) for item in kept):
        return False
    kept.append(
        {"position": held.position, "station": held.station, "reason": held.reason, "values": list(held.values)}
    )
    return True


def received_ranges(marks: dict[str, Any], after: int, first_ids: dict[int, str]) -> list[tuple[int, int]]:
    """The rowids of records that came from this server (not sent back), still above the mark.

    Each run is kept with the id of its first record: a run whose first rowid holds another
    record now (the database was put back from a backup) means nothing here, and is dropped.
    """
    ranges = []
    for item in marks.get("received", []) if isinstance(marks.get("received"), list) else []:
        with contextlib.suppress(TypeError, ValueError, IndexError):
            first, last, first_id = int(item[0]), int(item[1]), str(item[2])
            if last > after and first_ids.get(first) == first_id:
                ranges.append((first, last))
    return ranges


def received_firsts(marks: dict[str, Any]) -> list[int]:
    """The first rowid of each run of records taken from this server (to check they are still theirs)."""
    found = []
    for item in marks.get("received", []) if isinstance(marks.get("received"), list) else []:
        with contextlib.suppress(TypeError, ValueError, IndexError):
            found.append(int(item[0]))
    return found
