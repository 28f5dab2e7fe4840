"""Totals per station and day, the records list, and how a laptop joins or merges events."""

from __future__ import annotations

import datetime as dt

import pytest

from w4r_desktop.core.db.database import Database
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.records import DayTotal, StationTotal, Tally


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = dt.datetime(2021, 12, 10, 23, 50, tzinfo=dt.timezone(dt.timedelta(hours=-5)))

    def __call__(self) -> dt.datetime:
        return self.now


def test_totals_per_day_use_the_laptops_local_date(db: Database) -> None:
    clock = Clock()
    tally = Tally(db, clock)
    tally.record("sphere", TallyKind.APPEAL)
    clock.now += dt.timedelta(minutes=20)  # past local midnight, though still the 11th in UTC either way
    tally.record("sphere", TallyKind.APPEAL)
    tally.record("sphere", TallyKind.CARD, quantity=4)
    assert tally.totals_by_day() == [
        DayTotal("2021-12-10", TallyKind.APPEAL, 1),
        DayTotal("2021-12-11", TallyKind.APPEAL, 1),
        DayTotal("2021-12-11", TallyKind.CARD, 4),
    ]
    assert tally.days() == ("2021-12-10", "2021-12-11")
    assert tally.totals_by_station() == [
        StationTotal(tally.station_id, TallyKind.APPEAL, 2),
        StationTotal(tally.station_id, TallyKind.CARD, 4),
    ]
    assert tally.event_totals() == {TallyKind.APPEAL: 2, TallyKind.CARD: 4}


def test_recent_lists_newest_first_and_marks_voided(db: Database) -> None:
    clock = Clock()
    tally = Tally(db, clock)
    first = tally.record("sphere", TallyKind.HANDWRITTEN, quantity=5)
    clock.now += dt.timedelta(seconds=5)
    second = tally.record("zhang-zhan", TallyKind.APPEAL)
    clock.now += dt.timedelta(seconds=5)
    tally.void(first)
    lines = tally.recent()
    assert [(line.record.id, line.voided) for line in lines] == [(second, False), (first, True)]
    assert [line.record.id for line in tally.recent(case_id="sphere")] == [first]
    assert tally.record_count() == 3


def test_empty_case_id_is_refused(db: Database) -> None:
    with pytest.raises(UserError, match="case id"):
        Tally(db).record("", TallyKind.APPEAL)


def test_a_laptop_with_records_cannot_adopt_another_event(db: Database) -> None:
    tally = Tally(db)
    tally.record("sphere", TallyKind.APPEAL)
    with pytest.raises(UserError, match="merge the events"):
        tally.adopt_event("00000000-0000-4000-8000-000000000001", "Other")


def test_merged_events_count_together(db: Database) -> None:
    tally = Tally(db)
    other = "00000000-0000-4000-8000-000000000001"
    assert tally.merge_event(other, "Other") is True
    assert tally.merge_event(other, "Other") is False
    assert tally.event_ids() == [tally.event_id, other]
    assert Tally(db).event_ids() == [tally.event_id, other]


def test_a_fresh_laptop_adopts_an_event(db: Database) -> None:
    tally = Tally(db)
    other = "00000000-0000-4000-8000-000000000001"
    tally.adopt_event(other, "Library")
    assert tally.event_id == other
    assert Tally(db).event_id == other
    tally.record("sphere", TallyKind.APPEAL)
    assert tally.letters_written() == 1
