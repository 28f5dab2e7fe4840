"""The case bundle: one campaign's cases as the application uses them, and the rules of its files.

The format is specified in docs/case-bundle.md (version 2). The TOML files are read into the strict
models below (their field types are in `fields.py`); `loading.py` turns them into a `CaseBundle`
or a `BundleInvalid` listing every problem.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

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

from w4r_desktop.core.bundle.countries import english_name as country_name
from w4r_desktop.core.bundle.fields import (
    ISO_639_1,
    AddressLines,
    Country,
    Language,
    Line,
    Text,
    at_least_one,
)
from w4r_desktop.core.bundle.format import (
    BUNDLE_FILE,
    FORMAT_VERSION,
    MAX_BUNDLE_FILE_BYTES,
    MAX_CASE_FILE_BYTES,
    MAX_CASES,
    MAX_ZIP_BYTES,
    MAX_ZIP_MEMBERS,
    LetterKind,
    split_paragraphs,
)
from w4r_desktop.core.bundle.photos import MAX_PHOTO_BYTES
from w4r_desktop.core.bundle.problems import BundleInvalid, BundleProblem
from w4r_desktop.core.errors import UserError

__all__ = [  # names that lived here before the split
    "BUNDLE_FILE",
    "FORMAT_VERSION",
    "ISO_639_1",
    "MAX_BUNDLE_FILE_BYTES",
    "MAX_CASES",
    "MAX_CASE_FILE_BYTES",
    "MAX_PHOTO_BYTES",
    "MAX_ZIP_BYTES",
    "MAX_ZIP_MEMBERS",
    "BundleInvalid",
    "BundleProblem",
    "Country",
    "Language",
    "LetterKind",
    "Line",
    "Text",
    "country_name",
    "split_paragraphs",
]


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
    translations: dict[Language, Text] = {}  # the tip in other interface languages (format 2)


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
    order: list[str] = []
    """Case ids in the order volunteers see them (format 2); unlisted cases follow, by id."""


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
    talking_points: Annotated[list[Text], AfterValidator(at_least_one)]
    sample_letter: Text | None = None
    verified: StrictBool = False
    source: Line | None = None
    checked_by: Line | None = None
    checked_on: dt.date | None = None

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
    checked_by: Line | None = None
    checked_on: dt.date | None = None
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


def _same_count(where: str, translated: list[str] | None, original: list[str]) -> None:
    if translated is not None and len(translated) != len(original):
        raise ValueError(f"{where} has {len(translated)} items for the {len(original)} it translates")


class AppealTranslation(_Strict):
    """One official's texts in another interface language, in the order of the case's `appeal` (format 2)."""

    title: Line | None = None
    talking_points: list[Text] | None = None


class ChannelTranslation(_Strict):
    """One solidarity channel's texts in another language, in the order of `solidarity` (format 2)."""

    rules: list[Text] | None = None
    instructions: Text | None = None


class CaseTranslation(_Strict):
    """A case's texts in another interface language."""

    name: Line | None = None
    headline: Line | None = None
    summary: Text | None = None
    ask: Text | None = None
    status: Line | None = None
    personal: list[Text] | None = None
    appeal: list[AppealTranslation] = []
    solidarity: list[ChannelTranslation] = []


class StatusUpdate(_Strict):
    """News of a case since the campaign's texts were written ("Released on …"), shown first (format 2)."""

    date: dt.date
    text: Line
    translations: dict[Language, Line] = {}
    released: bool = False  # the person is free: the kiosk offers solidarity, not an appeal for release


class CaseFile(_Strict):
    """The contents of one <case-id>.toml."""

    name: Line
    country: Country
    headline: Line
    photo: Line | None = None
    photo_credit: Line | None = None
    photo_alt: Line | None = None  # what the photo shows, for volunteers who cannot see it (format 2)
    summary: Text
    ask: Text
    status: Line | None = None
    personal: list[Text] = []
    sources: list[Line] = []
    appeal: Annotated[list[AppealTarget], AfterValidator(at_least_one)]
    solidarity: list[SolidarityChannel] = []
    updates: list[StatusUpdate] = []
    translations: dict[Language, CaseTranslation] = {}

    @model_validator(mode="after")
    def _translations_match(self) -> CaseFile:
        """A translated list says the same number of things as the list it translates, in order."""
        for language, translation in self.translations.items():
            where = f"translations.{language}"
            _same_count(f"{where}.personal", translation.personal, self.personal)
            if len(translation.appeal) > len(self.appeal):
                raise ValueError(
                    f"{where}.appeal has {len(translation.appeal)} entries for {len(self.appeal)} officials"
                )
            for index, (official, text) in enumerate(zip(self.appeal, translation.appeal, strict=False)):
                _same_count(f"{where}.appeal[{index}].talking_points", text.talking_points, official.talking_points)
            if len(translation.solidarity) > len(self.solidarity):
                raise ValueError(
                    f"{where}.solidarity has {len(translation.solidarity)} entries for {len(self.solidarity)} channels"
                )
            for index, (channel, words) in enumerate(zip(self.solidarity, translation.solidarity, strict=False)):
                _same_count(f"{where}.solidarity[{index}].rules", words.rules, channel.rules)
                if words.instructions is not None and channel.instructions is None:
                    raise ValueError(f"{where}.solidarity[{index}].instructions translates nothing")
        return self


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

    def updates_in(self, language: str) -> list[tuple[dt.date, str]]:
        """The case's dated news, newest first, in `language` where translated."""
        news = sorted(self.data.updates, key=lambda update: update.date, reverse=True)
        return [(update.date, update.translations.get(language, update.text)) for update in news]

    @property
    def released_on(self) -> dt.date | None:  # when an update says the person was freed
        return max((update.date for update in self.data.updates if update.released), default=None)

    def personal_in(self, language: str) -> list[str]:
        """The personal details a solidarity message can mention, in `language` where translated."""
        translation = self.data.translations.get(language)
        if translation is not None and translation.personal is not None:
            return list(translation.personal)
        return list(self.personal)

    def addressee_in(self, target: int, language: str) -> list[str]:
        """The official's name and title for reading on screen (the envelope keeps the bundle's own)."""
        official = self.appeal[target]
        title = official.title
        translated = self._appeal_translation(target, language)
        if translated is not None and translated.title is not None:
            title = translated.title
        return [official.name, title] if official.name else [title]

    def talking_points_in(self, target: int, language: str) -> list[str]:
        """What to tell this official, in `language` where translated."""
        translated = self._appeal_translation(target, language)
        if translated is not None and translated.talking_points is not None:
            return list(translated.talking_points)
        return list(self.appeal[target].talking_points)

    def rules_in(self, target: int, language: str) -> list[str]:
        """A solidarity channel's rules, in `language` where translated."""
        translated = self._channel_translation(target, language)
        if translated is not None and translated.rules is not None:
            return list(translated.rules)
        return list(self.solidarity[target].rules)

    def instructions_in(self, target: int, language: str) -> str | None:
        """How to send support through a channel that is not the post, in `language` where translated."""
        translated = self._channel_translation(target, language)
        if translated is not None and translated.instructions is not None:
            return translated.instructions
        return self.solidarity[target].instructions

    def _appeal_translation(self, target: int, language: str) -> AppealTranslation | None:
        translation = self.data.translations.get(language)
        if translation is None or target >= len(translation.appeal):
            return None
        return translation.appeal[target]

    def _channel_translation(self, target: int, language: str) -> ChannelTranslation | None:
        translation = self.data.translations.get(language)
        if translation is None or target >= len(translation.solidarity):
            return None
        return translation.solidarity[target]

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

    def tips(self, kind: LetterKind, language: str = "") -> list[str]:
        """The campaign's tips for this kind of letter, in `language` where translated."""
        return [tip.translations.get(language, tip.text) for tip in self.info.tips if tip.kind == kind]

    def unverified(self) -> Iterator[tuple[Case, str]]:
        """Every address a leader should check before mailing, as (case, description)."""
        for case in self.cases:
            for index, target in enumerate(case.appeal):
                if not target.verified:
                    yield case, f"appeal[{index}]: {target.title}"
            for index, channel in enumerate(case.solidarity):
                if channel.is_postal and not channel.verified:
                    yield case, f"solidarity[{index}]: {channel.channel}"
