"""The case bundle's files as written: the strict models (pydantic) of bundle.toml and <case-id>.toml.

The format is specified in docs/case-bundle.md (version 2). A file is read into these models, whose
field types are in `fields.py`; `loading.py` validates a bundle's files with them and makes the
application's `Case` and `CaseBundle` (`model.py`) from what passes.
"""

from __future__ import annotations

import datetime as dt
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

from w4r_desktop.core.bundle.fields import AddressLines, Country, Language, Line, Text, WebAddress, at_least_one
from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.report_fields import check_field


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


class SectionOffice(_Strict):
    """The section's office that forwards messages of solidarity to the people (format 3)."""

    name: Line
    address: AddressLines
    country: Country


class CampaignRules(_Strict):
    """Rules for every case's messages of solidarity, once for the campaign (format 3); a case's
    channel may add to them."""

    forbidden_words: list[Line] = []
    holiday_words: list[Line] = []
    """Forbidden too (not every family celebrates them); the kiosk suggests "Season's greetings"."""


class ReportForm(_Strict):
    """The section's report form: the fields it asks for, in its order (format 3; see core/report_fields.py)."""

    fields: Annotated[list[Annotated[str, AfterValidator(check_field)]], Field(min_length=1, max_length=40)]


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
    report: ReportForm | None = None
    solidarity: CampaignRules = CampaignRules()
    section_office: SectionOffice | None = None
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
    url: WebAddress | None = None  # format 3: where to act online, printed and shown as a QR code
    via_section: StrictBool = False
    """Format 3: posted to the section's office (bundle.toml's [section_office]), which forwards it."""
    verified: StrictBool = False
    checked_by: Line | None = None
    checked_on: dt.date | None = None
    greetings: dict[Language, Text] = {}

    @model_validator(mode="after")
    def _fits_channel(self) -> SolidarityChannel:
        postal_fields = {"recipient": self.recipient, "address": self.address, "country": self.country}
        if self.via_section:
            if self.channel != "postal" or self.recipient is None:
                raise ValueError("via_section is for a postal channel, with the recipient's name")
            if self.address is not None or self.country is not None:
                raise ValueError("a channel via the section's office takes its address from [section_office]")
        elif self.channel == "postal":
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
