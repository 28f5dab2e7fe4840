"""The case gallery's cards as plain data, kept in the data folder so the kiosk starts without
validating its bundle first.

The welcome screen and the gallery need only the campaign's name and, for each case, its name,
country, headline, latest news and photo, in each interface language. Validating the bundle (the
models, pydantic, the country tables) takes longer than painting the first screen, so once a bundle
has been found valid its cards are kept under the fingerprint of its files (index.py); the next
start reads them from there and validates the bundle in the background. A changed file changes the
fingerprint, and the bundle is validated before anything is shown.
"""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from w4r_desktop import __version__
from w4r_desktop.core.bundle.index import forget_document, keep_document, kept_document
from w4r_desktop.core.bundle.photos import check_photo

if TYPE_CHECKING:
    from w4r_desktop.core.bundle.model import Case, CaseBundle

CARDS_FILE = "gallery-cards.json"
CARDS_VERSION = 2
"""Bumped when a card gains or changes a field (2: country names from the CLDR). Cards kept by
another version of the application, or for other interface languages, are made again too
(country names and checks may differ)."""


@dataclass(frozen=True)
class CardText:
    """What a card says in one language."""

    name: str
    headline: str
    country: str
    """The country's short name in this language."""
    news: tuple[dt.date, str] | None = None
    """The case's latest news (day, text), if it has any."""


@dataclass(frozen=True)
class GalleryCard:
    """One case as the gallery shows it."""

    case_id: str
    name: str
    """The name as the bundle gives it (the portrait's initials come from it)."""
    photo: bytes | None
    texts: dict[str, CardText]
    """By interface language; a language not here reads the first one."""

    def text(self, language: str) -> CardText:
        return self.texts.get(language) or next(iter(self.texts.values()))

    @classmethod
    def of(cls, case: Case, languages: tuple[str, ...]) -> GalleryCard:
        from w4r_desktop.core.bundle.countries import country_name

        texts = {}
        for language in languages:
            news = case.updates_in(language)
            texts[language] = CardText(
                case.text("name", language),
                case.text("headline", language),
                country_name(case.country, language),
                news[0] if news else None,
            )
        return cls(case.id, case.name, case.photo, texts)


@dataclass(frozen=True)
class Gallery:
    """The campaign's name and its cases' cards, in the bundle's order."""

    campaign: str
    cards: tuple[GalleryCard, ...]
    languages: tuple[str, ...]
    """The interface languages the cards were made for."""

    @classmethod
    def of(cls, bundle: CaseBundle, languages: tuple[str, ...]) -> Gallery:
        cards = tuple(GalleryCard.of(case, languages) for case in bundle.cases)
        return cls(bundle.info.campaign, cards, languages)

    def to_document(self) -> dict[str, Any]:
        return {
            "version": CARDS_VERSION,
            "application": __version__,
            "languages": list(self.languages),
            "campaign": self.campaign,
            "cards": [
                {
                    "id": card.case_id,
                    "name": card.name,
                    "photo": None if card.photo is None else base64.b64encode(card.photo).decode("ascii"),
                    "texts": {
                        language: {
                            "name": text.name,
                            "headline": text.headline,
                            "country": text.country,
                            "news": None if text.news is None else [text.news[0].isoformat(), text.news[1]],
                        }
                        for language, text in card.texts.items()
                    },
                }
                for card in self.cards
            ],
        }

    @classmethod
    def from_document(cls, document: dict[str, Any], languages: tuple[str, ...]) -> Gallery:
        """The gallery a document describes, in `languages`; KeyError, TypeError or ValueError if it does not."""
        if document["version"] != CARDS_VERSION or document["application"] != __version__:
            raise ValueError("cards of another version")
        if document["languages"] != list(languages):
            raise ValueError("cards for other languages")
        cards = []
        for card in document["cards"]:
            texts = {}
            for language, text in card["texts"].items():
                news = text["news"]
                texts[str(language)] = CardText(
                    str(text["name"]),
                    str(text["headline"]),
                    str(text["country"]),
                    None if news is None else (dt.date.fromisoformat(news[0]), str(news[1])),
                )
            if not texts:
                raise ValueError("a card with no text")
            photo = None if card["photo"] is None else base64.b64decode(card["photo"], validate=True)
            if photo is not None and check_photo(photo) is not None:  # as the loader checks it
                raise ValueError("a photo the loader would refuse")
            cards.append(GalleryCard(str(card["id"]), str(card["name"]), photo, texts))
        return cls(str(document["campaign"]), tuple(cards), languages)


def kept_gallery(data_dir: Path, source: Path, languages: tuple[str, ...]) -> Gallery | None:
    """The cards kept for the bundle at `source`, if none of its files has changed since."""
    document = kept_document(data_dir, CARDS_FILE, source)
    if document is None:
        return None
    try:
        return Gallery.from_document(document, languages)
    except (KeyError, TypeError, ValueError, AttributeError):  # (a bad photo's base64 is a ValueError)
        return None


def keep_gallery(data_dir: Path, source: Path, gallery: Gallery) -> None:
    """Keep the cards of a bundle just found valid, for the next start."""
    keep_document(data_dir, CARDS_FILE, source, gallery.to_document())


def forget_gallery(data_dir: Path) -> None:
    """Drop the kept cards: their bundle failed its check, so the next start checks it first."""
    forget_document(data_dir, CARDS_FILE)
