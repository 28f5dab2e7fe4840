"""Settings: typed, checked, stored in the database, surviving a restart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from w4r_desktop.core.db.database import Database, open_database
from w4r_desktop.core.settings import SettingError, Settings


def test_defaults_and_round_trip(db: Database, data_dir: Path) -> None:
    settings = Settings(db)
    assert settings.get("idle_timeout_s") == 180
    assert settings.get("paper_size") == "letter"
    settings.set("idle_timeout_s", "240")
    settings.set("event_date", "2021-12-10")
    settings.set("paper_size", "a4")
    db.close()
    reopened = Settings(open_database(data_dir))
    assert reopened.get("idle_timeout_s") == 240
    assert reopened.get("event_date") == dt.date(2021, 12, 10)
    assert reopened.get("paper_size") == "a4"


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("paper_size", "legal", "not one of letter, a4"),
        ("idle_timeout_s", 5, "at least 30"),
        ("idle_timeout_s", "soon", "not a valid value"),
        ("event_date", "31/12/2021", "not a valid value"),
        ("nonsense", 1, "unknown setting"),
    ],
)
def test_bad_values_change_nothing(db: Database, key: str, value: object, message: str) -> None:
    settings = Settings(db)
    before = settings.all()
    with pytest.raises(SettingError, match=message):
        settings.set(key, value)
    assert settings.all() == before
