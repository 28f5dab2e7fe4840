"""The case bundle as the application uses it: one campaign's cases, each text in the volunteer's
language where the bundle translates it.

`loading.py` makes a `CaseBundle` from files that pass the strict models of `schema.py`; a `Case`
keeps its file's model (`Case.data`) and answers in the words the screens and letters need.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from w4r_desktop.core.bundle.countries import english_name
from w4r_desktop.core.bundle.format import LetterKind, split_paragraphs
from w4r_desktop.core.bundle.schema import (
    AppealTarget,
    AppealTranslation,
    BundleInfo,
    CampaignRules,
    CaseFile,
    ChannelTranslation,
    SectionOffice,
    SolidarityChannel,
)
from w4r_desktop.core.errors import UserError

__all__ = ["Case", "CaseBundle"]


@dataclass(frozen=True)
class Case:
    """A person (or group) at risk, with who to write to and what to ask for."""

    id: str
    data: CaseFile
    photo: bytes | None = None
    campaign: CampaignRules = field(default_factory=CampaignRules)
    office: SectionOffice | None = None
    """The section's office, for channels posted through it (bundle.toml's [section_office])."""
    """The campaign's rules for every case's messages of solidarity (bundle.toml's [solidarity])."""

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
        return english_name(self.country)


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
