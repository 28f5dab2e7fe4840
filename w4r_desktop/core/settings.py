"""The event's settings, declared once with their types, defaults and labels, stored in the database.

Labels are English and marked with QT_TRANSLATE_NOOP so Qt Linguist finds them; the GUI shows
them through QCoreApplication.translate("Settings", label).
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from w4r_desktop.core.db.changes import Change
from w4r_desktop.core.db.database import Database
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.interface_languages import interface_language_codes
from w4r_desktop.core.plain_text import unwanted_character
from w4r_desktop.core.server_password import keep_password_apart, shown_address, split_password

if TYPE_CHECKING:
    from w4r_desktop.core.bundle.schema import Postage


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name Qt Linguist looks for
    """Mark `text` for translation in `context` without translating it here."""
    return text


class SettingError(UserError):
    """A setting was given a value it cannot take."""


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its key, label, type, default and (for a choice) the values allowed."""

    key: str
    label: str
    kind: type
    default: Any
    choices: tuple[tuple[str, str], ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    section: str = "event"
    lines: int = 0
    decimals: int = 1
    """For a number with a fraction: the places shown and typed (2 for money)."""
    """For a list of free text: typed one item per line, at most this many (0: comma-separated words)."""
    found_default: Callable[[], Any] | None = None
    """A default that depends on the installation, found when it is needed (instead of `default`)."""

    def initial(self) -> Any:
        """The value this setting has until one is saved."""
        return self.found_default() if self.found_default is not None else self.default

    def check(self, value: Any) -> Any:
        """`value` converted to this setting's type, or SettingError."""
        try:
            converted = self._converted(value)
        except (TypeError, ValueError) as exc:
            raise SettingError(f"{self.label}: {value!r} is not a valid value") from exc
        self._check_range(converted, value)
        if self.kind is str:
            _check_text(self.label, converted)
        if self.lines:
            if len(converted) > self.lines:
                raise SettingError(f"{self.label}: at most {self.lines} lines")
            for line in converted:
                _check_text(self.label, line)
        return converted

    def _converted(self, value: Any) -> Any:
        """`value` as this setting's type (TypeError or ValueError if it is not one)."""
        if self.kind is bool:
            if not isinstance(value, bool):
                raise TypeError
            return value
        if self.kind is int:
            if isinstance(value, bool):
                raise TypeError
            return int(value)
        if self.kind is float:
            return float(value)
        if self.kind is dt.date:
            return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        if self.kind is list:
            items = [str(item).strip() for item in value]
            return [item for item in items if item] if self.lines else items
        return str(value).strip()

    def _check_range(self, converted: Any, value: Any) -> None:
        """One of the choices, between the minimum and maximum, a finite number."""
        if self.choices and converted not in {code for code, _ in self.choices}:
            allowed = ", ".join(code for code, _ in self.choices)
            raise SettingError(f"{self.label}: {converted!r} is not one of {allowed}")
        if self.minimum is not None and converted < self.minimum:
            raise SettingError(f"{self.label}: at least {self.minimum}")
        if self.maximum is not None and converted > self.maximum:
            raise SettingError(f"{self.label}: at most {self.maximum}")
        if self.kind is float and not math.isfinite(converted):
            raise SettingError(f"{self.label}: {value!r} is not a finite number")


def _check_text(label: str, text: str) -> None:
    """A text setting is one short line of plain text: it is printed on the report and shown on
    screens, where a control character would garble it and a bidi override reorder it."""
    if len(text) > 200:
        raise SettingError(f"{label}: at most 200 characters")
    found = unwanted_character(text)
    if found is not None:
        raise SettingError(f"{label}: contains the control character U+{ord(found):04X}; type plain text")


PAPER_SIZES = (("letter", QT_TRANSLATE_NOOP("Settings", "US Letter")), ("a4", QT_TRANSLATE_NOOP("Settings", "A4")))
ENVELOPE_SIZES = (
    ("us10", QT_TRANSLATE_NOOP("Settings", "US #10 (4 1/8 x 9 1/2 in)")),
    ("dl", QT_TRANSLATE_NOOP("Settings", "DL (110 x 220 mm)")),
    ("c5", QT_TRANSLATE_NOOP("Settings", "C5 (162 x 229 mm)")),
    ("c6", QT_TRANSLATE_NOOP("Settings", "C6 (114 x 162 mm)")),
)
EVENT_TYPES = (
    ("", QT_TRANSLATE_NOOP("Settings", "Not said")),
    ("library", QT_TRANSLATE_NOOP("Settings", "Library")),
    ("school", QT_TRANSLATE_NOOP("Settings", "School or university")),
    ("community", QT_TRANSLATE_NOOP("Settings", "Community or faith group")),
    ("stall", QT_TRANSLATE_NOOP("Settings", "Street stall or market")),
    ("online", QT_TRANSLATE_NOOP("Settings", "Online")),
    ("other", QT_TRANSLATE_NOOP("Settings", "Other")),
)
"""What kind of event it was, as sections' report forms ask (the report says it in words)."""
TEXT_SIZES = (
    ("normal", QT_TRANSLATE_NOOP("Settings", "Normal")),
    ("large", QT_TRANSLATE_NOOP("Settings", "Large")),
    ("extra-large", QT_TRANSLATE_NOOP("Settings", "Extra large")),
)

SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("event_name", QT_TRANSLATE_NOOP("Settings", "Event name"), str, "Write for Rights"),
    SettingSpec("event_date", QT_TRANSLATE_NOOP("Settings", "Date"), dt.date, None),
    SettingSpec("event_place", QT_TRANSLATE_NOOP("Settings", "Place"), str, ""),
    SettingSpec("group_name", QT_TRANSLATE_NOOP("Settings", "Group or school"), str, ""),
    SettingSpec("reporter", QT_TRANSLATE_NOOP("Settings", "Who reports the totals"), str, ""),
    SettingSpec("city", QT_TRANSLATE_NOOP("Settings", "Town or city"), str, ""),
    SettingSpec("postcode", QT_TRANSLATE_NOOP("Settings", "Postcode"), str, ""),
    SettingSpec("event_type", QT_TRANSLATE_NOOP("Settings", "Kind of event"), str, "", EVENT_TYPES),
    SettingSpec("station_name", QT_TRANSLATE_NOOP("Settings", "Name of this laptop"), str, ""),
    SettingSpec(
        "server_url",
        QT_TRANSLATE_NOOP("Settings", "Shared server (big events only)"),
        str,
        "",
    ),
    SettingSpec(
        "paper_size", QT_TRANSLATE_NOOP("Settings", "Paper size"), str, "letter", PAPER_SIZES, section="printing"
    ),
    SettingSpec(
        "envelope_size", QT_TRANSLATE_NOOP("Settings", "Envelope size"), str, "us10", ENVELOPE_SIZES, section="printing"
    ),
    SettingSpec("label_sheet", QT_TRANSLATE_NOOP("Settings", "Label sheet"), str, "avery-5160", section="printing"),
    SettingSpec(
        "stamp_domestic",
        QT_TRANSLATE_NOOP("Settings", "Stamp for a 1-ounce letter at home (USPS since 13 July 2025: 0.78)"),
        float,
        0.78,
        minimum=0,
        maximum=100,
        section="printing",
        decimals=2,
    ),
    SettingSpec(
        "stamp_international",
        QT_TRANSLATE_NOOP("Settings", "Stamp for a 1-ounce letter abroad (USPS since 13 July 2025: 1.70)"),
        float,
        1.70,
        minimum=0,
        maximum=100,
        section="printing",
        decimals=2,
    ),
    SettingSpec(
        "return_address",
        QT_TRANSLATE_NOOP("Settings", "Group's return address (for envelopes of volunteers who gave none)"),
        list,
        [],
        section="printing",
        lines=6,
    ),
    SettingSpec("printer_name", QT_TRANSLATE_NOOP("Settings", "Printer"), str, "", section="printing"),
    SettingSpec(
        "offset_x_mm", QT_TRANSLATE_NOOP("Settings", "Printer offset across (mm)"), float, 0.0, section="printing"
    ),
    SettingSpec(
        "offset_y_mm", QT_TRANSLATE_NOOP("Settings", "Printer offset down (mm)"), float, 0.0, section="printing"
    ),
    SettingSpec(
        "keep_letters_days",
        QT_TRANSLATE_NOOP(
            "Settings", "Keep unprinted letters (days after the day they were written; 0: until midnight)"
        ),
        int,
        0,
        minimum=0,
        maximum=14,
        section="printing",
    ),
    SettingSpec(
        "idle_timeout_s",
        QT_TRANSLATE_NOOP("Settings", "Reset after idle (seconds)"),
        int,
        180,
        minimum=30,
        maximum=3600,
        section="kiosk",
    ),
    SettingSpec(
        "idle_countdown_s",
        QT_TRANSLATE_NOOP("Settings", '"Are you still there?" countdown (seconds)'),
        int,
        30,
        minimum=5,
        maximum=300,
        section="kiosk",
    ),
    SettingSpec("text_size", QT_TRANSLATE_NOOP("Settings", "Text size"), str, "normal", TEXT_SIZES, section="kiosk"),
    SettingSpec(
        "languages",
        QT_TRANSLATE_NOOP("Settings", "Interface languages"),
        list,
        None,
        section="kiosk",
        found_default=lambda: list(interface_language_codes()),  # every language shipped, until the leader chooses
    ),
    SettingSpec("disabled_cases", QT_TRANSLATE_NOOP("Settings", "Cases switched off"), list, [], section="kiosk"),
)
SPEC_BY_KEY = {spec.key: spec for spec in SPECS}


def _encode(value: Any) -> str:
    if isinstance(value, dt.date):
        value = value.isoformat()
    return json.dumps(value, ensure_ascii=False)


SERVER_URL = "server_url"


def stamp_rates(settings: Settings, bundled: Postage | None) -> Postage:
    """The event's one-ounce stamp prices (Event page, Printing), in the bundle's currency."""
    from w4r_desktop.core.bundle.schema import Postage  # pydantic: not on the kiosk's start path

    return Postage(
        currency=bundled.currency if bundled is not None else "USD",
        domestic=float(settings.get("stamp_domestic")),
        international=float(settings.get("stamp_international")),
    )


class Settings:
    """Read and write the declared settings of one database (with sqlite3 alone: the kiosk reads
    them before SQLAlchemy has loaded)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def folder(self) -> Path:
        """The data folder these settings belong to (the server's password file is kept there)."""
        return self._db.path.parent

    def get(self, key: str) -> Any:
        spec = SPEC_BY_KEY[key]
        value = _decode(spec, read_stored(self._db, key))
        return self._server_address(value) if key == SERVER_URL else value

    def set(self, key: str, value: Any) -> None:
        spec = SPEC_BY_KEY.get(key)
        if spec is None:
            raise SettingError(f"unknown setting {key!r}")
        checked = spec.check(value) if value is not None else None
        if key == SERVER_URL:  # its password goes into a file of its own, never into this table
            checked = keep_password_apart(self.folder, checked or "")
        write_stored(self._db, key, _encode(checked))

    def all(self) -> dict[str, Any]:
        with self._db.connect() as connection:
            stored = dict(connection.execute("SELECT key, value FROM setting").fetchall())
        values = {spec.key: _decode(spec, stored.get(spec.key)) for spec in SPECS}
        values[SERVER_URL] = self._server_address(values[SERVER_URL])
        return values

    def _server_address(self, stored: str) -> str:
        """The server's address with MASK where its password is kept (one that an older version
        stored with the address in clear is moved to its file first)."""
        if stored and split_password(stored)[1] is not None:
            self.set(SERVER_URL, stored)
            stored = split_password(stored)[0]
        return shown_address(self.folder, stored)


def read_stored(db: Database, key: str) -> str | None:
    """The JSON text kept under `key` in the setting table (settings, and the PIN beside them)."""
    with db.connect() as connection:
        row = connection.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def write_stored(db: Database, key: str, value: str) -> None:
    """Keep the JSON text `value` under `key` in the setting table."""
    with db.connect() as connection:
        connection.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        db.changes.tell(Change.SETTINGS, key)


def _decode(spec: SettingSpec, stored: str | None) -> Any:
    """A stored value as its setting's type; the default if there is none or it no longer fits."""
    if stored is None:
        return spec.initial()
    try:
        raw = json.loads(stored)
        return spec.check(raw) if raw is not None else spec.initial()
    except (SettingError, ValueError):
        return spec.initial()
