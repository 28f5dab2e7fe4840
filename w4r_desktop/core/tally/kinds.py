"""What a tally record counts, and its limits: shared by the tally, the sync files and `tally add`."""

from __future__ import annotations

from enum import StrEnum


class TallyKind(StrEnum):
    """What a record counts: letters from the kiosk, or items counted by hand."""

    APPEAL = "appeal"
    SOLIDARITY = "solidarity"
    HANDWRITTEN = "handwritten"
    CARD = "card"
    SIGNATURE = "signature"
    PARTICIPANT = "participant"


HAND_COUNTED = (TallyKind.HANDWRITTEN, TallyKind.CARD, TallyKind.SIGNATURE, TallyKind.PARTICIPANT)
LETTER_KINDS = (TallyKind.APPEAL, TallyKind.SOLIDARITY, TallyKind.HANDWRITTEN, TallyKind.CARD)
"""The kinds that are letters or cards (what "letters written" counts)."""
MAX_QUANTITY = 100_000
WHOLE_EVENT = "*"
"""The case id of items counted for the whole event rather than one case (participants, mostly)."""
