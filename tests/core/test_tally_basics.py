"""Recording, voiding and totals; the print queue keeps letters only until printed."""

from __future__ import annotations

import datetime as dt

import pytest

from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.db.database import Database
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.letters import draft_letter
from w4r_desktop.core.print_queue import PrintQueue
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.records import Tally, Total


def test_record_void_and_totals(db: Database) -> None:
    tally = Tally(db)
    first = tally.record("zhang-zhan", TallyKind.APPEAL, 0)
    tally.record("zhang-zhan", TallyKind.APPEAL, 0)
    tally.record("zhang-zhan", TallyKind.HANDWRITTEN, quantity=12)
    assert tally.letters_written() == 14
    tally.void(first)
    with pytest.raises(UserError, match="already corrected"):
        tally.void(first)
    assert tally.totals() == [
        Total("zhang-zhan", TallyKind.APPEAL, 1),
        Total("zhang-zhan", TallyKind.HANDWRITTEN, 12),
    ]


@pytest.mark.parametrize("quantity", [0, -3, 100_001])
def test_bad_quantity_changes_nothing(db: Database, quantity: int) -> None:
    tally = Tally(db)
    with pytest.raises(UserError):
        tally.record("zhang-zhan", TallyKind.CARD, quantity=quantity)
    assert tally.totals() == []


def test_print_queue_round_trip(db: Database, small_bundle) -> None:
    bundle = load_bundle(small_bundle)
    letter = draft_letter(bundle, bundle.case("zhang-zhan"), LetterKind.APPEAL, today=dt.date(2021, 12, 10))
    letter = letter.with_changes(sender_name="Ana", body="Please <b>release</b> her & now.")
    queue = PrintQueue(db)
    job = queue.add(letter)
    [queued] = queue.jobs()
    assert queued.letter == letter
    queue.failed(job, "printer out of paper")
    assert queue.jobs()[0].failed == "printer out of paper"
    queue.printed(job)
    assert queue.jobs() == []
    assert b"release" not in db.path.read_bytes()


def test_print_queue_keeps_the_order_letters_were_handed_in(db: Database, small_bundle) -> None:
    bundle = load_bundle(small_bundle)
    letter = draft_letter(bundle, bundle.case("zhang-zhan"), LetterKind.APPEAL, today=dt.date(2021, 12, 10))
    queue = PrintQueue(db)
    names = [f"Volunteer {number}" for number in range(30)]
    for name in names:
        queue.add(letter.with_changes(sender_name=name))
    assert [job.letter.sender_name for job in queue.jobs()] == names
