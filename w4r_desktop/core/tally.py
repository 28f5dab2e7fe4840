"""Counting letters: one record per counted item, corrections as void records, totals kept live.

Records are never changed or deleted, so the records of several laptops merge as a set (see
sync.py). Totals come from the `tally_total` table that the database's triggers keep current.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from w4r_desktop.core.db import Database, Event, LetterRecord, TallyTotal, new_id, this_station, utc_now
from w4r_desktop.core.errors import UserError


class TallyKind(StrEnum):
    """What a record counts: letters from the kiosk, or items counted by hand."""

    APPEAL = "appeal"
    SOLIDARITY = "solidarity"
    HANDWRITTEN = "handwritten"
    CARD = "card"
    SIGNATURE = "signature"
    PARTICIPANT = "participant"


HAND_COUNTED = (TallyKind.HANDWRITTEN, TallyKind.CARD, TallyKind.SIGNATURE, TallyKind.PARTICIPANT)
MAX_QUANTITY = 100_000


@dataclass(frozen=True)
class Total:
    """One line of totals."""

    case_id: str
    kind: TallyKind
    quantity: int


def current_event(db: Database) -> Event:
    """The event this laptop counts for, made on first run."""
    with db.session() as session:
        found = session.scalars(select(Event).order_by(Event.created_at)).first()
        if found is None:
            found = Event(id=new_id(), name="Write for Rights", created_at=utc_now())
            session.add(found)
        return found


class Tally:
    """Records and totals of one laptop's database."""

    def __init__(self, db: Database, clock: Callable[[], dt.datetime] | None = None) -> None:
        self._db = db
        self._clock = clock or (lambda: dt.datetime.now().astimezone())
        self.station_id = this_station(db).id
        self.event_id = current_event(db).id

    def record(self, case_id: str, kind: TallyKind | str, target: int | None = None, quantity: int = 1) -> str:
        """Count `quantity` items of `kind` for a case; returns the new record's id."""
        kind = TallyKind(kind)
        if not 1 <= quantity <= MAX_QUANTITY:
            raise UserError(f"a count must be between 1 and {MAX_QUANTITY}")
        now = self._clock()
        record_id = new_id()
        with self._db.session() as session:
            session.add(LetterRecord(
                id=record_id, event_id=self.event_id, case_id=case_id, kind=kind.value, target=target,
                quantity=quantity, station_id=self.station_id,
                recorded_at=now.astimezone(dt.UTC).isoformat(timespec="seconds"),
                day=now.date().isoformat(),
            ))
        return record_id

    def void(self, record_id: str) -> str:
        """Cancel a record with a void record of its own; returns the void's id."""
        now = self._clock()
        with self._db.session() as session:
            original = session.get(LetterRecord, record_id)
            if original is None:
                raise UserError(f"no record {record_id}")
            if original.voids is not None:
                raise UserError("a correction cannot itself be corrected")
            already = session.scalars(select(LetterRecord.id).where(LetterRecord.voids == record_id)).first()
            if already is not None:
                raise UserError("this record was already corrected")
            void_id = new_id()
            session.add(LetterRecord(
                id=void_id, event_id=original.event_id, case_id=original.case_id, kind=original.kind,
                target=original.target, quantity=original.quantity, station_id=self.station_id,
                recorded_at=now.astimezone(dt.UTC).isoformat(timespec="seconds"),
                day=now.date().isoformat(), voids=record_id,
            ))
        return void_id

    def totals(self) -> list[Total]:
        """Totals per case and kind for this event."""
        with self._db.session() as session:
            rows = session.execute(
                select(TallyTotal.case_id, TallyTotal.kind, func.sum(TallyTotal.quantity))
                .where(TallyTotal.event_id == self.event_id)
                .group_by(TallyTotal.case_id, TallyTotal.kind)
                .order_by(TallyTotal.case_id, TallyTotal.kind)
            ).all()
        return [Total(case_id, TallyKind(kind), int(quantity)) for case_id, kind, quantity in rows if quantity]

    def letters_written(self) -> int:
        """Letters and messages counted for this event (the number on the kiosk's welcome screen)."""
        with self._db.session() as session:
            value = session.scalar(
                select(func.coalesce(func.sum(TallyTotal.quantity), 0)).where(
                    TallyTotal.event_id == self.event_id,
                    TallyTotal.kind.in_([TallyKind.APPEAL.value, TallyKind.SOLIDARITY.value,
                                         TallyKind.HANDWRITTEN.value, TallyKind.CARD.value]),
                )
            )
        return int(value or 0)
