"""Letters as volunteers draft them: what goes on the page, prefilled from a case.

A `Letter` holds everything the printing engine needs for the letter and its envelope. It is
plain data, with no Qt and no ReportLab, so the kiosk, the print queue and the command line
all hand the same thing to the printer.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.errors import UserError

if TYPE_CHECKING:  # (types only: a recovered draft is read before the case models have loaded)
    from w4r_desktop.core.bundle.model import Case, CaseBundle

DEFAULT_CLOSING = "Yours sincerely,"
SOLIDARITY_CLOSING = "With warm wishes,"


@dataclass(frozen=True)
class PostalAddress:
    """Where a letter goes: addressee and street lines in Latin script, and the country."""

    lines: tuple[str, ...]
    country: str
    local_lines: tuple[str, ...] = ()

    @property
    def country_name(self) -> str:
        from w4r_desktop.core.bundle.countries import english_name

        return english_name(self.country)


@dataclass(frozen=True)
class Letter:
    """One letter, ready to print (and to count).

    `target` is the index of the appeal target or solidarity channel within the case.
    `return_address` is the volunteer's own postal address, given only if they want one.
    """

    case_id: str
    kind: LetterKind
    target: int
    recipient: PostalAddress
    salutation: str
    body: str
    closing: str = DEFAULT_CLOSING
    sender_name: str = ""
    sender_town: str = ""
    return_address: tuple[str, ...] = ()
    greeting: str = ""
    date: dt.date = field(default_factory=dt.date.today)
    home_country: str = "US"
    verified: bool = True

    def with_changes(self, **changes: Any) -> Letter:
        return replace(self, **changes)

    def to_json(self) -> str:
        """The letter as JSON text, to keep in a draft or the print queue."""
        data = asdict(self)
        data["kind"] = self.kind.value
        data["date"] = self.date.isoformat()
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Letter:
        data = json.loads(text)
        recipient = data.pop("recipient")
        return cls(
            **{
                **data,
                "kind": LetterKind(data["kind"]),
                "date": dt.date.fromisoformat(data["date"]),
                "return_address": tuple(data["return_address"]),
                "recipient": PostalAddress(
                    lines=tuple(recipient["lines"]),
                    country=recipient["country"],
                    local_lines=tuple(recipient["local_lines"]),
                ),
            }
        )


def recipient_of(case: Case, kind: LetterKind, target: int) -> PostalAddress:
    """The postal address of an appeal target or a postal solidarity channel."""
    if kind == LetterKind.APPEAL:
        if not 0 <= target < len(case.appeal):
            raise UserError(f"case {case.id} has no appeal target {target} (it has {len(case.appeal)})")
        official = case.appeal[target]
        return PostalAddress(
            lines=(*official.addressee, *official.address),
            country=official.country,
            local_lines=tuple(official.address_local),
        )
    if not 0 <= target < len(case.solidarity):
        raise UserError(f"case {case.id} has no solidarity channel {target}")
    channel = case.solidarity[target]
    office = case.office
    if channel.via_section and office is not None:  # forwarded: "Zhang Zhan, c/o Amnistie …"
        return PostalAddress(
            lines=(channel.recipient or case.name, f"c/o {office.name}", *office.address), country=office.country
        )
    if not channel.is_postal or channel.address is None or channel.country is None:
        raise UserError(f"case {case.id}: solidarity channel {target} has no postal address")
    return PostalAddress(lines=(channel.recipient or case.name, *channel.address), country=channel.country)


def default_target(case: Case, kind: LetterKind) -> int:
    """The first target a volunteer can post a letter to for this kind."""
    if kind == LetterKind.APPEAL:
        return 0
    for index, channel in enumerate(case.solidarity):
        if channel.is_postal:
            return index
    raise UserError(f"case {case.id} has no postal address for solidarity messages")


def _strip_frame(sample: str, salutation: str) -> str:
    """The body of a sample letter, without its salutation line and closing."""
    lines = sample.strip().splitlines()
    if lines and lines[0].strip().rstrip(",:").strip().lower() == salutation.strip().rstrip(",:").lower():
        lines = lines[1:]
    while lines and re.match(
        r"^\s*(yours\s+(sincerely|faithfully|truly)|sincerely|respectfully|kind regards),?\s*$",
        lines[-1],
        re.IGNORECASE,
    ):
        lines = lines[:-1]
    return "\n".join(lines).strip()


def draft_letter(
    bundle: CaseBundle, case: Case, kind: LetterKind, target: int | None = None, today: dt.date | None = None
) -> Letter:
    """A letter prefilled from the case: the sample letter or a suggested message."""
    index = default_target(case, kind) if target is None else target
    recipient = recipient_of(case, kind, index)
    if kind == LetterKind.APPEAL:
        official = case.appeal[index]
        salutation = official.salutation
        body = _strip_frame(official.sample_letter, salutation) if official.sample_letter else ""
        closing = DEFAULT_CLOSING
        verified = official.verified
    else:
        channel = case.solidarity[index]
        salutation = f"Dear {channel.recipient or case.name}"
        body = channel.greetings.get("en", "")
        closing = SOLIDARITY_CLOSING
        verified = channel.verified
    return Letter(
        case_id=case.id,
        kind=kind,
        target=index,
        recipient=recipient,
        salutation=salutation,
        body=body,
        closing=closing,
        date=today or dt.date.today(),
        home_country=bundle.info.home_country,
        verified=verified,
    )


def forbidden_words_in(text: str, words: list[str]) -> list[str]:
    """The case's forbidden words that appear in `text` (whole words, any case)."""
    found = []
    for word in words:
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
            found.append(word)
    return found


# --- guidance while writing ------------------------------------------------------------------

MAX_PAGES = 1
"""Campaign advice: one page at most (research: domain.md 4.2)."""

# The campaign's own rule for every solidarity message, whatever the case file says.
SOLIDARITY_FORBIDDEN = ("Amnesty",)


def forbidden_words_for(case: Case, kind: LetterKind, target: int) -> list[str]:
    """The words a letter of this kind to this target must not contain: the campaign's own for every
    message of solidarity, the bundle's for its campaign, and the channel's."""
    if kind != LetterKind.SOLIDARITY:
        return []
    words = [*SOLIDARITY_FORBIDDEN, *case.campaign.forbidden_words, *case.campaign.holiday_words]
    if 0 <= target < len(case.solidarity):
        words += case.solidarity[target].forbidden_words
    kept: dict[str, str] = {}
    for word in words:
        kept.setdefault(word.lower(), word)  # once each, whatever its case
    return list(kept.values())


def rules_for(case: Case, kind: LetterKind, target: int, language: str = "") -> list[str]:
    """The case's own rules for this letter (solidarity channels have them; appeals do not)."""
    if kind == LetterKind.SOLIDARITY and 0 <= target < len(case.solidarity):
        return case.rules_in(target, language)
    return []


def talking_points_for(case: Case, kind: LetterKind, target: int, language: str = "") -> list[str]:
    """What to say: the official's talking points, or the personal details for a solidarity message."""
    if kind == LetterKind.APPEAL and 0 <= target < len(case.appeal):
        return case.talking_points_in(target, language)
    return case.personal_in(language)


def greetings_for(case: Case, kind: LetterKind, target: int) -> dict[str, str]:
    """Short greetings in the recipient's languages other than English, by language code."""
    if kind != LetterKind.SOLIDARITY or not 0 <= target < len(case.solidarity):
        return {}
    return {code: text for code, text in case.solidarity[target].greetings.items() if code != "en"}


@dataclass(frozen=True)
class Guidance:
    """What the editor tells the volunteer about the letter as it stands."""

    forbidden: tuple[str, ...] = ()
    holiday: bool = False
    """A forbidden word is a holiday's (Christmas): "Season's greetings" is suggested instead."""
    pages: int | None = None
    blocking: bool = False
    """The letter must not leave as it is: a solidarity message with a word that endangers its reader."""

    @property
    def too_long(self) -> bool:
        return self.pages is not None and self.pages > MAX_PAGES


def written_by_volunteer(letter: Letter) -> str:
    """Everything of the letter the volunteer wrote or chose, as printed on the letter or envelope."""
    parts = (letter.salutation, letter.greeting, letter.body, letter.closing, letter.sender_name, letter.sender_town)
    return "\n".join((*parts, *letter.return_address))


def guidance_for(case: Case, letter: Letter, pages: int | None = None) -> Guidance:
    """Check everything the volunteer wrote (salutation, greeting, body) against the case's rules."""
    words = forbidden_words_for(case, letter.kind, letter.target)
    found = tuple(forbidden_words_in(written_by_volunteer(letter), words))
    holidays = {word.lower() for word in case.campaign.holiday_words}
    return Guidance(
        forbidden=found,
        holiday=any(word.lower() in holidays for word in found),
        pages=pages,
        blocking=bool(found) and letter.kind == LetterKind.SOLIDARITY,
    )


def excerpt_around(text: str, word: str, reach: int = 50) -> tuple[str, str, str] | None:
    """Where `word` first occurs in `text` (whole word, any case): (before, the word as written, after)."""
    match = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)
    if match is None:
        return None
    before = text[max(0, match.start() - reach) : match.start()]
    after = text[match.end() : match.end() + reach]
    return (
        ("…" if match.start() > reach else "") + before,
        match.group(0),
        after + ("…" if len(text) > match.end() + reach else ""),
    )
