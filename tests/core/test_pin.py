"""The leader PIN: stored only as a salted hash, with a lock-out that survives a restart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from w4r_desktop.core.db.database import Database, open_database
from w4r_desktop.core.db.schema import Setting
from w4r_desktop.core.pin import HASH_KEY, LeaderPin, PinError, hash_pin, lock_seconds, pin_matches

FAST = 2**8  # the real cost is 2**17; tests only need the same code path


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2021, 12, 10, 12, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


def test_hash_is_salted_and_verifies() -> None:
    first, second = hash_pin("2468", FAST), hash_pin("2468", FAST)
    assert first != second
    assert first.startswith(f"scrypt${FAST}$8$1$")
    assert "2468" not in first
    assert pin_matches("2468", first) and pin_matches("2468", second)
    assert not pin_matches("2469", first)
    assert not pin_matches("2468", "garbage")


def test_set_and_check(db: Database) -> None:
    pin = LeaderPin(db, cost=FAST)
    assert not pin.is_set()
    with pytest.raises(PinError, match="No leader PIN"):
        pin.check("4739")
    pin.set("4739", "4739")
    assert pin.is_set()
    assert pin.check("4739").accepted
    assert not pin.check("4321").accepted
    with db.session() as session:
        stored = session.get(Setting, HASH_KEY)
        assert stored is not None and "4739" not in stored.value


@pytest.mark.parametrize(
    ("pin", "again", "message"),
    [
        ("12", "12", "4 to 12 digits"),
        ("12a4", "12a4", "only contain digits"),
        ("١٢٣٤", "١٢٣٤", "only contain digits"),
        ("4739", "4793", "not the same"),
    ],
)
def test_bad_new_pin_changes_nothing(db: Database, pin: str, again: str, message: str) -> None:
    leader = LeaderPin(db, cost=FAST)
    leader.set("8152", "8152")
    with pytest.raises(PinError, match=message):
        leader.set(pin, again)
    assert leader.check("8152").accepted


def test_lock_out_grows_and_survives_restart(data_dir: Path) -> None:
    clock = Clock()
    db = open_database(data_dir)
    pin = LeaderPin(db, clock=clock, cost=FAST)
    pin.set("4739", "4739")
    assert [pin.check("0000").locked_for_s for _ in range(2)] == [0, 0]
    third = pin.check("0000")
    assert third == type(third)(False, 30)
    # While locked even the right PIN is refused.
    assert not pin.check("4739").accepted
    db.close()

    db = open_database(data_dir)
    restarted = LeaderPin(db, clock=clock, cost=FAST)
    assert restarted.locked_for() == 30
    clock.advance(31)
    assert restarted.locked_for() == 0
    assert restarted.check("0000").locked_for_s == 60
    clock.advance(61)
    assert restarted.check("4739").accepted
    assert restarted.locked_for() == 0
    assert restarted.check("0000").locked_for_s == 0
    db.close()


def test_lock_is_capped() -> None:
    assert [lock_seconds(n) for n in range(6)] == [0, 0, 0, 30, 60, 120]
    assert lock_seconds(40) == 15 * 60


def test_clear_lets_a_new_pin_be_set(db: Database) -> None:
    pin = LeaderPin(db, cost=FAST)
    pin.set("4739", "4739")
    pin.clear()
    assert not pin.is_set()


def test_pin_reset_command(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from w4r_desktop.__main__ import main

    db = open_database(data_dir)
    LeaderPin(db, cost=FAST).set("4739", "4739")
    db.close()
    assert main(["pin", "reset", "--data-dir", str(data_dir)]) == 0
    assert "forgotten" in capsys.readouterr().out
    db = open_database(data_dir)
    assert not LeaderPin(db).is_set()
    db.close()
    assert main(["pin", "reset"]) == 0
    assert "no leader PIN was set" in capsys.readouterr().out
