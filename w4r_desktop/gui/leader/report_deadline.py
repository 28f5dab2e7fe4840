""" "Report by 15 January: 12 days left": the campaign's report-by date, in the interface language."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from PySide6.QtCore import QObject

from w4r_desktop.gui.language import interface_language


class ReportDeadline(QObject):
    """The words for the deadline (a QObject for its translations' context and plural forms)."""

    def text(self, report_by: dt.date, today: dt.date) -> str:
        day = format_date(report_by, format="long", locale=interface_language())  # CLDR: "15 de enero de 2027"
        left = (report_by - today).days
        if left > 0:
            return self.tr("Report by %1: %n day(s) left.", "", left).replace("%1", day)
        if left == 0:
            return self.tr("Report by %1: that is today.").replace("%1", day)
        late = self.tr("The report was due on %1, %n day(s) ago: send it as soon as you can.", "", -left)
        return late.replace("%1", day)


def deadline_text(report_by: dt.date | None, today: dt.date) -> str:
    """What the Sync & report page says of the deadline ("" where the bundle gives none)."""
    return "" if report_by is None else ReportDeadline().text(report_by, today)
