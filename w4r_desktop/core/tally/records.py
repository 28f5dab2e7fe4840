"""Counting letters: one record per counted item, corrections as void records, totals kept live.

Records are never changed or deleted, so the records of several laptops merge as a set (see
merge.py). Totals come from the `tally_total` table that the database's triggers keep current.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from w4r_desktop.core.db.changes import Change
from w4r_desktop.core.db.database import Database, this_station
from w4r_desktop.core.db.schema import (
    KnownCase,
    KnownStation,
    LetterRecord,
    Station,
    TallyTotal,
    utc_now,
)
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.plain_text import escaped
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally import store
from w4r_desktop.core.tally.kinds import KIND_VALUES, TallyKind
from w4r_desktop.core.tally.rules import COLUMNS


@dataclass(frozen=True)
class Total:
    """One line of totals."""

    case_id: str
    kind: TallyKind
    quantity: int


@dataclass(frozen=True)
class StationTotal:
    """What one station (laptop) counted, of one kind."""

    station_id: str
    kind: TallyKind
    quantity: int


@dataclass(frozen=True)
class DayTotal:
    """What was counted on one day (the recording laptop's local date), of one kind."""

    day: str
    kind: TallyKind
    quantity: int


@dataclass(frozen=True)
class TallyRecord:
    """One record as it travels between laptops: every field, nothing personal. Its kind is the word
    stored: one of this version's kinds, or a newer version's, kept and passed on."""

    id: str
    event_id: str
    case_id: str
    kind: str
    target: int | None
    quantity: int
    station_id: str
    recorded_at: str
    day: str
    voids: str | None = None

    @classmethod
    def from_row(cls, row: LetterRecord) -> TallyRecord:
        return cls(
            row.id,
            row.event_id,
            row.case_id,
            row.kind,
            row.target,
            row.quantity,
            row.station_id,
            row.recorded_at,
            row.day,
            row.voids,
        )


@dataclass(frozen=True)
class RecordLine:
    """A record as the leader sees it in a list: the record and whether a correction cancelled it."""

    record: TallyRecord
    voided: bool


def _plain(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under a session's transaction: the store writes through it."""
    connection = session.connection().connection.driver_connection
    assert isinstance(connection, sqlite3.Connection)
    return connection


class Tally:
    """Records and totals of one laptop's database."""

    def __init__(self, db: Database, clock: Callable[[], dt.datetime] | None = None) -> None:
        self._db = db
        self._clock = clock or (lambda: dt.datetime.now().astimezone())
        self.station_id = this_station(db).id
        with db.connect() as connection:
            self.event_id = store.own_event(connection)

    @property
    def db(self) -> Database:
        """The database these records live in (for sync and reports)."""
        return self._db

    def record(self, case_id: str, kind: TallyKind | str, target: int | None = None, quantity: int = 1) -> str:
        """Count `quantity` items of `kind` for a case; returns the new record's id."""
        with self._db.session() as session:
            return self.record_in(session, case_id, kind, target, quantity)

    def record_in(
        self, session: Session, case_id: str, kind: TallyKind | str, target: int | None = None, quantity: int = 1
    ) -> str:
        """`record`, as part of a larger unit of work (committed with `session`, or not at all)."""
        connection = _plain(session)
        self._db.changes.tell(Change.TALLY)  # told once the session commits
        return store.add_record(
            connection, self.event_id, self.station_id, case_id, kind, target, quantity, self._clock()
        )

    def void(self, record_id: str) -> str:
        """Cancel a record with a void record of its own; returns the void's id."""
        with self._db.session() as session:
            original = session.get(LetterRecord, record_id)
            if original is None:
                raise UserError(f"no record {escaped(record_id, 200)}")
            if original.voids is not None:
                raise UserError("a correction cannot itself be corrected")
            already = session.scalars(select(LetterRecord.id).where(LetterRecord.voids == record_id)).first()
            if already is not None:
                raise UserError("this record was already corrected")
            fields = tuple(getattr(original, column) for column in COLUMNS)
            self._db.changes.tell(Change.TALLY)
            return store.add_void(_plain(session), fields, self.station_id, self._clock())

    def event_ids(self) -> list[str]:
        """This laptop's event, then every event a leader merged into it (all count toward the totals)."""
        with self._db.connect() as connection:
            counted = store.counted_events(connection)
        return [self.event_id, *(event_id for event_id in counted if event_id != self.event_id)]

    def totals(self) -> list[Total]:
        """Totals per case and kind for this event."""
        with self._db.session() as session:
            rows = session.execute(
                select(TallyTotal.case_id, TallyTotal.kind, func.sum(TallyTotal.quantity))
                .where(TallyTotal.event_id.in_(self.event_ids()))
                .group_by(TallyTotal.case_id, TallyTotal.kind)
                .order_by(TallyTotal.case_id, TallyTotal.kind)
            ).all()
        return [
            Total(case_id, TallyKind(kind), int(quantity))
            for case_id, kind, quantity in rows
            if quantity and kind in KIND_VALUES
        ]

    def totals_by_station(self) -> list[StationTotal]:
        """Totals per station (laptop) and kind for this event."""
        with self._db.session() as session:
            rows = session.execute(
                select(TallyTotal.station_id, TallyTotal.kind, func.sum(TallyTotal.quantity))
                .where(TallyTotal.event_id.in_(self.event_ids()))
                .group_by(TallyTotal.station_id, TallyTotal.kind)
                .order_by(TallyTotal.station_id, TallyTotal.kind)
            ).all()
        return [
            StationTotal(station, TallyKind(kind), int(quantity))
            for station, kind, quantity in rows
            if quantity and kind in KIND_VALUES
        ]

    def totals_by_day(self) -> list[DayTotal]:
        """Totals per day and kind for this event."""
        with self._db.session() as session:
            rows = session.execute(
                select(TallyTotal.day, TallyTotal.kind, func.sum(TallyTotal.quantity))
                .where(TallyTotal.event_id.in_(self.event_ids()))
                .group_by(TallyTotal.day, TallyTotal.kind)
                .order_by(TallyTotal.day, TallyTotal.kind)
            ).all()
        return [
            DayTotal(day, TallyKind(kind), int(quantity))
            for day, kind, quantity in rows
            if quantity and kind in KIND_VALUES
        ]

    def table(self, by: str) -> dict[str, dict[TallyKind, int]]:
        """The totals as rows of counts by kind, each row a case id, a station id or a day (`by`):
        what `tally show` prints and the console's Tally page shows."""
        found: dict[str, dict[TallyKind, int]] = {}
        if by == "case":
            for total in self.totals():
                found.setdefault(total.case_id, {})[total.kind] = total.quantity
        elif by == "station":
            for station in self.totals_by_station():
                found.setdefault(station.station_id, {})[station.kind] = station.quantity
        else:
            for day in self.totals_by_day():
                found.setdefault(day.day, {})[day.kind] = day.quantity
        return found

    def event_totals(self) -> dict[TallyKind, int]:
        """Totals per kind for the whole event."""
        with self._db.session() as session:
            rows = session.execute(
                select(TallyTotal.kind, func.sum(TallyTotal.quantity))
                .where(TallyTotal.event_id.in_(self.event_ids()))
                .group_by(TallyTotal.kind)
            ).all()
        return {TallyKind(kind): int(quantity) for kind, quantity in rows if quantity and kind in KIND_VALUES}

    def days(self) -> tuple[str, str] | None:
        """The first and last day anything was counted for this event, or None before the first record."""
        with self._db.session() as session:
            first, last = session.execute(
                select(func.min(TallyTotal.day), func.max(TallyTotal.day)).where(
                    TallyTotal.event_id.in_(self.event_ids()), TallyTotal.quantity != 0
                )
            ).one()
        return None if first is None else (str(first), str(last))

    def recent(self, limit: int = 100, case_id: str | None = None) -> list[RecordLine]:
        """The newest records of this event (not the corrections themselves), newest first."""
        voided = select(LetterRecord.voids).where(LetterRecord.voids.is_not(None))
        query = (
            select(LetterRecord, LetterRecord.id.in_(voided))
            .where(LetterRecord.event_id.in_(self.event_ids()), LetterRecord.voids.is_(None))
            .where(LetterRecord.kind.in_(KIND_VALUES))  # a newer version's kinds are kept, not shown
            .order_by(LetterRecord.recorded_at.desc(), LetterRecord.id)
            .limit(limit)
        )
        if case_id is not None:
            query = query.where(LetterRecord.case_id == case_id)
        with self._db.session() as session:
            rows = session.execute(query).all()
            return [RecordLine(TallyRecord.from_row(row), bool(is_voided)) for row, is_voided in rows]

    def station_names(self) -> dict[str, str]:
        """Laptop names by station id (each one different): this one's, and the others' from their sync files."""
        with self._db.session() as session:
            names = {station.id: station.name for station in session.scalars(select(KnownStation))}
            earlier = [station for station in session.scalars(select(Station)) if station.id != self.station_id]
        name = Settings(self._db).get("station_name")
        names[self.station_id] = str(name or this_station(self._db).name)
        # Identities this database had before (its folder copied, or from before an upgrade): still its own.
        for station in earlier:
            names.setdefault(station.id, f"{names[self.station_id]} (earlier id)")
        # Laptops cloned from one image share a host name: tell them apart by their ids.
        shared = {text for text, count in Counter(names.values()).items() if count > 1}
        return {station: f"{text} ({station[:8]})" if text in shared else text for station, text in names.items()}

    def remember_case_names(self, names: dict[str, str]) -> None:
        """Keep the names of a bundle's cases (id -> name), so they outlive the bundle."""
        if not names:
            return
        now = utc_now()
        with self._db.session() as session:
            for case_id, name in names.items():
                session.merge(KnownCase(id=case_id, name=name[:200], seen_at=now))

    def case_names(self) -> dict[str, str]:
        """The names of every case this laptop has seen in a bundle, by id."""
        with self._db.session() as session:
            return {case.id: case.name for case in session.scalars(select(KnownCase))}

    def record_count(self) -> int:
        """How many records (corrections included) this laptop holds, of any event."""
        with self._db.session() as session:
            return int(session.scalar(select(func.count()).select_from(LetterRecord)) or 0)

    def adopt_event(self, event_id: str, name: str) -> None:
        """Count for another laptop's event from now on; only while this laptop has no records at all.

        This is how a second laptop joins the first one's event: its own event, still empty, is
        replaced. With records of its own, a laptop can only merge events (`merge_event`).
        """
        with self._db.connect() as connection:
            if connection.execute("SELECT count(*) FROM letter_record").fetchone()[0]:
                raise UserError("this laptop has counted letters already; merge the events instead")
            store.join_event(connection, event_id, name)
            self._db.changes.tell(Change.TALLY)
        self.event_id = event_id

    def merge_event(self, event_id: str, name: str) -> bool:
        """Count another event's records together with this laptop's; False if it already is."""
        with self._db.connect() as connection:
            merged = store.merge_event(connection, event_id, name)
            if merged:
                self._db.changes.tell(Change.TALLY)
            return merged

    def letters_written(self) -> int:
        """Letters and messages counted for this event (the number on the kiosk's welcome screen)."""
        with self._db.connect() as connection:
            return store.letters_written(connection)
