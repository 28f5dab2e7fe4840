"""The case bundle: one campaign's cases as the application uses them, and the rules of its files.

The format is specified in case-bundle.md (version 1). The TOML files are read into the strict
models below; `loading.py` turns them into a `CaseBundle` or a `BundleInvalid` listing every problem.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Literal

import pycountry
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    Strict,
    StrictBool,
    StrictInt,
    StringConstraints,
    model_validator,
)

from w4r_desktop.core.errors import UserError

FORMAT_VERSION = 1
MAX_CASE_FILE_BYTES = 256 * 1024
MAX_PHOTO_BYTES = 2 * 1024 * 1024
MAX_CASES = 100
MAX_ZIP_BYTES = 50 * 1024 * 1024
MAX_ZIP_MEMBERS = 500
MAX_BUNDLE_FILE_BYTES = 256 * 1024
BUNDLE_FILE = "bundle.toml"


class LetterKind(StrEnum):
    """The two kinds of letter a volunteer writes."""

    APPEAL = "appeal"
    SOLIDARITY = "solidarity"


# --- field types ---------------------------------------------------------------------------


def _known_country(code: str) -> str:
    if len(code) != 2 or not code.isupper() or pycountry.countries.get(alpha_2=code) is None:
        raise ValueError(f"unknown country code {code!r} (use ISO 3166-1 alpha-2, e.g. 'US')")
    return code


# ISO 639-1, as pycountry lists it. Kept here because loading pycountry's language table costs
# a tenth of a second at every start.
ISO_639_1 = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch
    co cr cs cu cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy
    ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it
    iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo
    lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny
    oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk
    sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw
    ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split()  # noqa: SIM905 - a table is easier to read as words
)


def _known_language(code: str) -> str:
    if code not in ISO_639_1:
        raise ValueError(f"unknown language code {code!r} (use ISO 639-1, e.g. 'en')")
    return code


def _lines(value: list[str]) -> list[str]:
    if not value:
        raise ValueError("must have at least one line")
    return value


# Characters no volunteer or envelope should be shown: C0/C1 controls, and the bidi embeddings,
# overrides and isolates that can make text read differently from how it is stored ("Trojan
# Source"). Ordinary marks (LRM, RLM, ALM) and joiners (ZWJ, ZWNJ) are text, and allowed.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\n\r\u2028\u2029\x85\x0b\x0c")


def _unwanted(text: str, allowed: str) -> str | None:
    for ch in text:
        if ch in allowed:
            continue
        if ch in _BIDI_CONTROLS or ch in _LINE_BREAKS or unicodedata.category(ch) == "Cc":
            return ch
    return None


def _clean_text(text: str) -> str:
    found = _unwanted(text, "\n\t\r")
    if found is not None:
        raise ValueError(f"contains the control character U+{ord(found):04X}; remove it")
    return text


def _clean_line(text: str) -> str:
    found = _unwanted(text, "")
    if found is not None:
        kind = "a line break" if found in _LINE_BREAKS else "the control character"
        raise ValueError(f"contains {kind} U+{ord(found):04X} (one line only, no control characters)")
    return text


def escaped(text: str, limit: int = 120) -> str:
    """`text` safe to show in a message: control and bidi characters escaped, cut to `limit`."""
    shown = "".join(
        f"\\u{ord(ch):04x}"
        if ch in _BIDI_CONTROLS or ch in _LINE_BREAKS or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
        else ch
        for ch in text[: limit + 1]
    )
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


Text = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20_000), AfterValidator(_clean_text)
]
Line = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), AfterValidator(_clean_line)
]
Country = Annotated[str, AfterValidator(_known_country)]
Language = Annotated[str, AfterValidator(_known_language)]
AddressLines = Annotated[list[Line], AfterValidator(_lines), Field(max_length=12)]


class _Strict(BaseModel):
    # Unknown keys are typos in a hand-written file: refuse them.
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


# --- bundle.toml ---------------------------------------------------------------------------


class Postage(_Strict):
    """What a stamp costs, in the section's currency."""

    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
    domestic: Annotated[float, Strict(), Field(ge=0, le=1000)]
    international: Annotated[float, Strict(), Field(ge=0, le=1000)]


class Tip(_Strict):
    """A campaign-wide writing tip shown beside the editor."""

    kind: LetterKind
    text: Text


class BundleInfo(_Strict):
    """The campaign as described by bundle.toml."""

    format: StrictInt
    campaign: Line
    year: Annotated[StrictInt, Field(ge=2001, le=2200)]
    section: Line
    language: Language
    home_country: Country
    write_until: dt.date | None = None
    report_by: dt.date | None = None
    report_url: Line | None = None
    contact: Line | None = None
    postage: Postage | None = None
    tips: list[Tip] = []


# --- <case-id>.toml ------------------------------------------------------------------------


class AppealTarget(_Strict):
    """An official a volunteer writes an appeal letter to."""

    title: Line
    name: Line | None = None
    salutation: Line
    address: AddressLines
    country: Country
    address_local: list[Line] = []
    languages: list[Language] = []
    talking_points: Annotated[list[Text], AfterValidator(_lines)]
    sample_letter: Text | None = None
    verified: StrictBool = False
    source: Line | None = None

    @property
    def addressee(self) -> list[str]:
        """The addressee lines of the inside address: name (if any) then title."""
        return [self.name, self.title] if self.name else [self.title]


class SolidarityChannel(_Strict):
    """One way to send a message of support: by post, online, a photo action, or none yet."""

    channel: Literal["postal", "online", "photo", "none"]
    recipient: Line | None = None
    address: AddressLines | None = None
    country: Country | None = None
    languages: list[Language] = []
    rules: list[Text] = []
    forbidden_words: list[Line] = []
    instructions: Text | None = None
    verified: StrictBool = False
    greetings: dict[Language, Text] = {}

    @model_validator(mode="after")
    def _fits_channel(self) -> SolidarityChannel:
        postal_fields = {"recipient": self.recipient, "address": self.address, "country": self.country}
        if self.channel == "postal":
            missing = [name for name, value in postal_fields.items() if value is None]
            if missing:
                raise ValueError(f"a postal channel needs {', '.join(missing)}")
        else:
            given = [name for name, value in postal_fields.items() if value is not None]
            if given:
                raise ValueError(f"{', '.join(given)} only belong to a postal channel")
            if self.instructions is None:
                raise ValueError(f"a {self.channel!r} channel needs instructions")
        return self

    @property
    def is_postal(self) -> bool:
        return self.channel == "postal"


class CaseTranslation(_Strict):
    """A case's texts in another interface language."""

    name: Line | None = None
    headline: Line | None = None
    summary: Text | None = None
    ask: Text | None = None
    status: Line | None = None


class CaseFile(_Strict):
    """The contents of one <case-id>.toml."""

    name: Line
    country: Country
    headline: Line
    photo: Line | None = None
    photo_credit: Line | None = None
    summary: Text
    ask: Text
    status: Line | None = None
    personal: list[Text] = []
    sources: list[Line] = []
    appeal: Annotated[list[AppealTarget], AfterValidator(_lines)]
    solidarity: list[SolidarityChannel] = []
    translations: dict[Language, CaseTranslation] = {}


@dataclass(frozen=True)
class Case:
    """A person (or group) at risk, with who to write to and what to ask for."""

    id: str
    data: CaseFile
    photo: bytes | None = None

    # Plain attribute access for the fields everybody reads.
    @property
    def name(self) -> str:
        return self.data.name

    @property
    def country(self) -> str:
        return self.data.country

    @property
    def appeal(self) -> list[AppealTarget]:
        return self.data.appeal

    @property
    def solidarity(self) -> list[SolidarityChannel]:
        return self.data.solidarity

    @property
    def personal(self) -> list[str]:
        return self.data.personal

    def text(self, name: Literal["name", "headline", "summary", "ask", "status"], language: str) -> str:
        """A case text in `language` where the bundle translates it, else the bundle's own."""
        translation = self.data.translations.get(language)
        if translation is not None and getattr(translation, name) is not None:
            return str(getattr(translation, name))
        value = getattr(self.data, name)
        return "" if value is None else str(value)

    @property
    def paragraphs(self) -> list[str]:
        return split_paragraphs(self.data.summary)

    @property
    def postal_solidarity(self) -> SolidarityChannel | None:
        """The first postal solidarity channel, if the case has one."""
        return next((channel for channel in self.solidarity if channel.is_postal), None)

    @property
    def country_name(self) -> str:
        return country_name(self.country)


@dataclass(frozen=True)
class CaseBundle:
    """One campaign's cases, fully validated."""

    info: BundleInfo
    cases: tuple[Case, ...]
    source: Path

    def case(self, case_id: str) -> Case:
        for case in self.cases:
            if case.id == case_id:
                return case
        known = ", ".join(case.id for case in self.cases)
        raise UserError(f"no case {case_id!r} in this bundle (cases: {known})")

    def tips(self, kind: LetterKind) -> list[str]:
        return [tip.text for tip in self.info.tips if tip.kind == kind]

    def unverified(self) -> Iterator[tuple[Case, str]]:
        """Every address a leader should check before mailing, as (case, description)."""
        for case in self.cases:
            for index, target in enumerate(case.appeal):
                if not target.verified:
                    yield case, f"appeal[{index}]: {target.title}"
            for index, channel in enumerate(case.solidarity):
                if channel.is_postal and not channel.verified:
                    yield case, f"solidarity[{index}]: {channel.channel}"


@dataclass(frozen=True)
class BundleProblem:
    """One thing wrong with a bundle, said as "file: field: message"."""

    file: str
    field: str
    message: str

    def __post_init__(self) -> None:
        # A hostile file can put anything in a name or key: keep what is echoed short and plain.
        object.__setattr__(self, "file", escaped(self.file, 100))
        object.__setattr__(self, "field", escaped(self.field, 100))
        object.__setattr__(self, "message", escaped(self.message, 300))

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}" if self.field else f"{self.file}: {self.message}"


@dataclass
class BundleInvalid(UserError):
    """The bundle has problems; nothing of it was loaded."""

    source: str
    problems: list[BundleProblem] = field(default_factory=list)

    def __str__(self) -> str:
        count = len(self.problems)
        head = f"{self.source}: {count} problem{'s' if count != 1 else ''} in the case bundle"
        return "\n".join([head, *(f"  {problem}" for problem in self.problems)])


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs separated by blank lines, with the lines inside each joined by spaces."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return [" ".join(line.strip() for line in block.splitlines()) for block in blocks if block.strip()]


def country_name(code: str) -> str:
    """The English short name of a country, e.g. 'CN' -> 'China'."""
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return str(getattr(country, "common_name", None) or country.name)
