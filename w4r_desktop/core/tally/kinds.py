"""What a tally record counts: the one registry of kinds, and the limits of a count.

Everything that shows, checks or adds up a kind reads it here: the record rules, `tally add`,
`tally show`, the report CSV, the summary PDF, the console's Tally page and the projector. Adding
a kind is one `Kind` line below and its translations (the storage keeps any well-formed word, the
record rules accept the kinds listed here; see docs/architecture.md, "Where does a change go").

Kept to the standard library: `tally add` reads it before SQLAlchemy would load.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a label for translation (context "TallyKind"); the GUI translates it when shown."""
    return text


class TallyKind(StrEnum):
    """What a record counts: letters from the kiosk, or items counted by hand."""

    APPEAL = "appeal"
    SOLIDARITY = "solidarity"
    HANDWRITTEN = "handwritten"
    CARD = "card"
    SIGNATURE = "signature"
    PARTICIPANT = "participant"
    ONLINE = "online"
    PHOTO = "photo"
    SOCIAL = "social"


@dataclass(frozen=True)
class Kind:
    """A kind, and everything the product says and does about it."""

    kind: TallyKind
    label: str
    """The kind in full: the report's column heading, and (translated) the console's."""
    short: str
    """The kind in a word or two, for a narrow column."""
    letter: bool
    """A letter or card: counts toward "letters written", the campaign's number."""
    by_hand: bool
    """Counted by hand on the console (or `tally add`), not by the kiosk."""
    per_case: bool = True
    """Counted per case; False: mostly for the whole event (participants), shown apart."""


KINDS: tuple[Kind, ...] = (
    Kind(
        TallyKind.APPEAL,
        QT_TRANSLATE_NOOP("TallyKind", "Appeal letters"),
        QT_TRANSLATE_NOOP("TallyKind", "Appeals"),
        letter=True,
        by_hand=True,  # written at the kiosk, and signed copies of a pack's letters counted on the console
    ),
    Kind(
        TallyKind.SOLIDARITY,
        QT_TRANSLATE_NOOP("TallyKind", "Solidarity messages"),
        QT_TRANSLATE_NOOP("TallyKind", "Solidarity"),
        letter=True,
        by_hand=False,
    ),
    Kind(
        TallyKind.HANDWRITTEN,
        QT_TRANSLATE_NOOP("TallyKind", "Hand-written letters"),
        QT_TRANSLATE_NOOP("TallyKind", "By hand"),
        letter=True,
        by_hand=True,
    ),
    Kind(
        TallyKind.CARD,
        QT_TRANSLATE_NOOP("TallyKind", "Cards"),
        QT_TRANSLATE_NOOP("TallyKind", "Cards"),
        letter=True,
        by_hand=True,
    ),
    Kind(
        TallyKind.SIGNATURE,
        QT_TRANSLATE_NOOP("TallyKind", "Petition signatures"),
        QT_TRANSLATE_NOOP("TallyKind", "Signatures"),
        letter=False,
        by_hand=True,
    ),
    Kind(
        TallyKind.PARTICIPANT,
        QT_TRANSLATE_NOOP("TallyKind", "Participants"),
        QT_TRANSLATE_NOOP("TallyKind", "People"),
        letter=False,
        by_hand=True,
        per_case=False,
    ),
    # Actions beyond letters (Amnesty sections count them too): counted by hand, like cards.
    Kind(
        TallyKind.ONLINE,
        QT_TRANSLATE_NOOP("TallyKind", "Online actions"),
        QT_TRANSLATE_NOOP("TallyKind", "Online"),
        letter=False,
        by_hand=True,
    ),
    Kind(
        TallyKind.PHOTO,
        QT_TRANSLATE_NOOP("TallyKind", "Photo actions"),
        QT_TRANSLATE_NOOP("TallyKind", "Photos"),
        letter=False,
        by_hand=True,
    ),
    Kind(
        TallyKind.SOCIAL,
        QT_TRANSLATE_NOOP("TallyKind", "Social media posts"),
        QT_TRANSLATE_NOOP("TallyKind", "Posts"),
        letter=False,
        by_hand=True,
    ),
)
assert [entry.kind for entry in KINDS] == list(TallyKind), "every TallyKind has one line in KINDS, in order"
KIND = {entry.kind: entry for entry in KINDS}
"""Each kind's line of the registry."""

KIND_VALUES = tuple(kind.value for kind in TallyKind)
"""The kinds as stored and as typed (`tally add --kind`)."""
HAND_COUNTED = tuple(entry.kind for entry in KINDS if entry.by_hand)
LETTER_KINDS = tuple(entry.kind for entry in KINDS if entry.letter)
"""The kinds that are letters or cards (what "letters written" counts)."""
PER_CASE = tuple(entry.kind for entry in KINDS if entry.per_case)
LETTERS_LABEL = "All letters and cards"
"""The report's heading for the letters of every kind together."""

MAX_QUANTITY = 100_000
WHOLE_EVENT = "*"
"""The case id of items counted for the whole event rather than one case (participants, mostly)."""


def letters(counts: Mapping[TallyKind, int]) -> int:
    """The letters and cards among counts by kind."""
    return sum(counts.get(kind, 0) for kind in LETTER_KINDS)


class CaseCount(Protocol):
    """A line of totals: how many of a kind were counted for a case."""

    @property
    def case_id(self) -> str: ...
    @property
    def kind(self) -> TallyKind: ...
    @property
    def quantity(self) -> int: ...


def letters_by_case(totals: Iterable[CaseCount]) -> dict[str, int]:
    """Letters and cards per case id (the whole event's left out): the bars of the Tally page and the projector."""
    found: dict[str, int] = {}
    for line in totals:
        if line.kind in LETTER_KINDS and line.case_id != WHOLE_EVENT:
            found[line.case_id] = found.get(line.case_id, 0) + line.quantity
    return found
