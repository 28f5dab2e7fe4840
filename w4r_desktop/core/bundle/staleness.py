"""Whether the active case bundle is out of date: its report-by date has passed, or its year has.

A leader who opens the console for this year's event with last year's cases must be told before
any volunteer writes an out-of-date ask.
"""

from __future__ import annotations

import datetime as dt

from w4r_desktop.core.bundle.schema import BundleInfo


def stale_reason(info: BundleInfo, today: dt.date) -> str | None:
    """Why `info`'s campaign is over on `today`, in a few words; None while it is current."""
    if info.report_by is not None and today > info.report_by:
        return f"its report-by date, {info.report_by.isoformat()}, has passed"
    if info.report_by is None and info.year < today.year:
        return f"it is the {info.year} campaign"
    return None
