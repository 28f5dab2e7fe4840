"""The fields a section's report form may ask for, by the names a bundle gives them (format 3).

A bundle lists the ones its section asks for, in the form's order (`[report] fields = [...]` in
bundle.toml); the report CSV and the summary PDF then carry those, filled from the event's
settings and the tally. Each tally kind is a field too, by its value ("online", "participant").
"""

from __future__ import annotations

from w4r_desktop.core.tally.kinds import KIND, KIND_VALUES, TallyKind

DETAILS: dict[str, str] = {
    "reporter": "Reporter",
    "event": "Event",
    "group": "Group or school",
    "place": "Place",
    "city": "Town or city",
    "postcode": "Postcode",
    "event_type": "Event type",
    "date": "Dates",
    "campaign": "Campaign",
    "laptops": "Laptops counted",
    "letters": "All letters and cards",
}
"""The event's details and the totals that are not one kind: name -> the report's words."""
LETTERS_PER_CASE = "letters_per_case"
"""Not a line but the table: one row per case, a column per kind."""
DEFAULT = ("event", "group", "place", "date", "campaign", "laptops", LETTERS_PER_CASE)
"""The report's fields when the bundle names none."""


def field_names() -> tuple[str, ...]:
    return (*DETAILS, *KIND_VALUES, LETTERS_PER_CASE)


def field_label(name: str) -> str:
    """The report's words for a field (a tally kind's label for a kind)."""
    return DETAILS[name] if name in DETAILS else KIND[TallyKind(name)].label


def check_field(name: str) -> str:
    """`name` if a report may ask for it; else ValueError naming those it may."""
    if name not in field_names():
        raise ValueError(f"{name!r} is not a report field (one of {', '.join(field_names())})")
    return name
