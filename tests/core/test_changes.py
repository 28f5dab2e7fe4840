"""A write tells what it changed, once it is committed: whoever shows it reads the new state."""

from __future__ import annotations

import pytest

from w4r_desktop.core.db.changes import Change
from w4r_desktop.core.db.database import Database
from w4r_desktop.core.print_queue import PrintQueue
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.records import Tally


def test_each_write_tells_its_change_after_the_commit(db: Database) -> None:
    tally = Tally(db)
    heard: list[tuple[Change, str, int]] = []
    db.changes.listen(lambda change, detail: heard.append((change, detail, tally.letters_written())))
    Settings(db).set("event_name", "Springfield")
    tally.record("zhang-zhan", TallyKind.APPEAL)
    with db.session() as session:  # a unit of work of its own: told when it commits, reading the new count
        tally.record_in(session, "zhang-zhan", TallyKind.APPEAL)
        tally.record_in(session, "zhang-zhan", TallyKind.APPEAL)
        assert heard[-1][0] is Change.TALLY and heard[-1][2] == 1
    assert heard == [(Change.SETTINGS, "event_name", 0), (Change.TALLY, "", 1), (Change.TALLY, "", 3)]


def test_a_unit_of_work_that_fails_tells_nothing(db: Database) -> None:
    tally, queue = Tally(db), PrintQueue(db)
    heard: list[Change] = []
    db.changes.listen(lambda change, _detail: heard.append(change))
    with pytest.raises(RuntimeError), db.session() as session:
        tally.record_in(session, "zhang-zhan", TallyKind.APPEAL)
        raise RuntimeError("the disk is full")
    assert heard == []
    assert tally.letters_written() == 0
    tally.void(tally.record("zhang-zhan", TallyKind.CARD))
    assert heard == [Change.TALLY, Change.TALLY]
    assert len(queue) == 0
