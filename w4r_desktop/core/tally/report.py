"""The campaign report: totals per case with the event's details, shaped for the campaign's form.

Leaders type these numbers into their section's report form (AIUSA asks for letters per case,
participants and the event's date and place; the form's exact fields are not published, so the
CSV names every count plainly). The CSV is for people and spreadsheets: text cells are shielded
against formulas, counts stay numbers.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.core.cells import shield
from w4r_desktop.core.files import atomic_writer
from w4r_desktop.core.report_fields import DEFAULT, LETTERS_PER_CASE, field_label
from w4r_desktop.core.settings import EVENT_TYPES, Settings
from w4r_desktop.core.tally.kinds import KIND_VALUES, KINDS, LETTERS_LABEL, WHOLE_EVENT, TallyKind, letters
from w4r_desktop.core.tally.records import Tally


@dataclass(frozen=True)
class CaseLine:
    """The counts of one case (or of the whole event, for items not counted per case)."""

    case_id: str
    name: str
    country: str
    counts: dict[TallyKind, int]

    def count(self, kind: TallyKind) -> int:
        return self.counts.get(kind, 0)

    @property
    def letters(self) -> int:
        """Letters and cards of every kind: the number the campaign calls actions by letter."""
        return letters(self.counts)


@dataclass(frozen=True)
class CampaignReport:
    """Everything the report shows: the event, then one line per case, then the totals."""

    event_name: str
    group_name: str
    place: str
    dates: str
    campaign: str
    stations: int
    generated_at: str
    cases: list[CaseLine]
    whole_event: CaseLine
    totals: dict[TallyKind, int] = field(default_factory=dict)
    details: dict[str, str] = field(default_factory=dict)
    """The event's details by report field name (core/report_fields.py): reporter, city, …"""
    fields: tuple[str, ...] = DEFAULT
    """The fields of the section's report form, in its order (the bundle's, else the default)."""

    def field_value(self, name: str) -> str:
        """What the report says for a field (not the table of letters per case)."""
        if name in KIND_VALUES:
            return str(self.totals.get(TallyKind(name), 0))
        return {"letters": str(self.letters), "laptops": str(self.stations)}.get(name) or self.details.get(name, "")

    @property
    def letters(self) -> int:
        return letters(self.totals)


NUMBERS = frozenset({*KIND_VALUES, "letters", "laptops"})
"""Fields whose values are counts: numbers in the spreadsheet, not text."""


def campaign_report(tally: Tally, bundle: CaseBundle, clock: Callable[[], dt.datetime] | None = None) -> CampaignReport:
    """Gather the report from this laptop's merged totals and the event's settings."""
    settings = Settings(tally.db)
    counts: dict[str, dict[TallyKind, int]] = {}
    for total in tally.totals():
        counts.setdefault(total.case_id, {})[total.kind] = total.quantity
    lines = [CaseLine(case.id, case.name, case.country_name, counts.pop(case.id, {})) for case in bundle.cases]
    whole_event = CaseLine(WHOLE_EVENT, "Whole event (not per case)", "", counts.pop(WHOLE_EVENT, {}))
    # Cases counted with another bundle still count: listed by the name this laptop last saw, else by id.
    known = tally.case_names()
    lines += [CaseLine(case_id, known.get(case_id, case_id), "", found) for case_id, found in sorted(counts.items())]
    totals = tally.event_totals()
    now = (clock or (lambda: dt.datetime.now().astimezone()))()
    dates = _dates(settings.get("event_date"), tally.days())
    event_type = str(settings.get("event_type") or "")
    details = {
        "reporter": str(settings.get("reporter") or ""),
        "event": str(settings.get("event_name") or ""),
        "group": str(settings.get("group_name") or ""),
        "place": str(settings.get("event_place") or ""),
        "city": str(settings.get("city") or ""),
        "postcode": str(settings.get("postcode") or ""),
        "event_type": dict(EVENT_TYPES).get(event_type, event_type) if event_type else "",
        "date": dates,
        "campaign": bundle.info.campaign,
    }
    form = bundle.info.report
    return CampaignReport(
        event_name=str(settings.get("event_name") or ""),
        group_name=str(settings.get("group_name") or ""),
        place=str(settings.get("event_place") or ""),
        dates=dates,
        campaign=bundle.info.campaign,
        stations=len({line.station_id for line in tally.totals_by_station()}),
        generated_at=now.isoformat(timespec="minutes"),
        cases=lines,
        whole_event=whole_event,
        totals=totals,
        details=details,
        fields=tuple(form.fields) if form is not None else DEFAULT,
    )


def _dates(event_date: dt.date | None, recorded: tuple[str, str] | None) -> str:
    days = {day for day in (recorded or ())}
    if event_date is not None:
        days.add(event_date.isoformat())
    if not days:
        return ""
    first, last = min(days), max(days)
    return first if first == last else f"{first} to {last}"


def write_report_csv(report: CampaignReport, path: str | os.PathLike[str]) -> Path:
    """Write the report as a CSV a spreadsheet opens cleanly (UTF-8 with a byte-order mark), atomically."""
    target = Path(path)
    with atomic_writer(target, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["Write for Rights report"])
        for name in report.fields:
            if name != LETTERS_PER_CASE:
                value = report.field_value(name)
                writer.writerow([field_label(name), value if name in NUMBERS else shield(value)])
        if report.fields == DEFAULT:
            writer.writerow(["Report made", shield(report.generated_at)])
        if LETTERS_PER_CASE not in report.fields:
            return target
        writer.writerow([])
        writer.writerow(["Case", "Country", *(entry.label for entry in KINDS), LETTERS_LABEL, "Case id"])
        for line in [*report.cases, report.whole_event]:
            writer.writerow(
                [
                    shield(line.name),
                    shield(line.country),
                    *(line.count(entry.kind) for entry in KINDS),
                    line.letters,
                    shield(line.case_id),
                ]
            )
        writer.writerow(["Total", "", *(report.totals.get(entry.kind, 0) for entry in KINDS), report.letters, ""])
    return target
