"""The Sync & report page says how long is left to report, in the interface's language."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication

from w4r_desktop.gui.language import install_language
from w4r_desktop.gui.leader.report_deadline import deadline_text


@pytest.fixture(autouse=True)
def english(qapp: QCoreApplication) -> None:
    install_language("en")
    yield
    install_language("en")


def test_days_left_before_the_report_is_due() -> None:
    today = dt.date(2027, 1, 3)
    assert deadline_text(dt.date(2027, 1, 15), today) == "Report by January 15, 2027: 12 days left."
    assert deadline_text(dt.date(2027, 1, 4), today) == "Report by January 4, 2027: 1 day left."
    assert deadline_text(dt.date(2027, 1, 3), today) == "Report by January 3, 2027: that is today."
    assert deadline_text(dt.date(2027, 1, 1), today).startswith("The report was due on January 1, 2027, 2 days ago")
    assert deadline_text(None, today) == ""


def test_the_date_is_in_the_interface_language_not_the_computers() -> None:
    install_language("es")
    text = deadline_text(dt.date(2027, 1, 15), dt.date(2027, 1, 3))
    assert "15 de enero de 2027" in text and "12" in text


def test_a_moment_is_written_in_the_interface_language_not_the_computers() -> None:
    from w4r_desktop.gui.language import short_moment

    moment = dt.datetime(2026, 12, 8, 14, 5)
    assert short_moment(moment) == "Tue 8 Dec 14:05"
    install_language("fr")
    assert short_moment(moment) == "mar. 8 déc. 14:05"
    install_language("de")
    assert short_moment(moment) == "Di. 8 Dez. 14:05"
