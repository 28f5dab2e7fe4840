"""Last year's cases are recognised as last year's."""

from __future__ import annotations

import datetime as dt

from w4r_desktop.core.bundle.schema import BundleInfo
from w4r_desktop.core.bundle.staleness import stale_reason


def info(**changes: object) -> BundleInfo:
    fields = {"format": 1, "campaign": "Write for Rights 2026", "year": 2026, "section": "AIUSA",
              "language": "en", "home_country": "US", **changes}  # fmt: skip
    return BundleInfo.model_validate(fields)


def test_a_campaign_of_this_year_is_current() -> None:
    assert stale_reason(info(), dt.date(2026, 12, 2)) is None


def test_a_campaign_of_a_past_year_is_stale() -> None:
    assert stale_reason(info(year=2021), dt.date(2026, 12, 2)) == "it is the 2021 campaign"


def test_a_passed_report_by_date_is_stale_and_a_coming_one_is_not() -> None:
    assert "2027-01-31" in (stale_reason(info(report_by=dt.date(2027, 1, 31)), dt.date(2027, 2, 1)) or "")
    assert stale_reason(info(report_by=dt.date(2027, 1, 31)), dt.date(2027, 1, 15)) is None
