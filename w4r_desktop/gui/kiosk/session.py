"""The person session: everything about the volunteer at the screen, in one object.

The kiosk keeps nothing about a person anywhere else. When they leave (idle reset or "I'm
done") the session is dropped and the screens that showed it are rebuilt, so nothing leaks to
the next person. "Write another letter" starts a new session that keeps only the name, town
and language of this one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.drafts import Draft
from w4r_desktop.core.handover import LetterHandover
from w4r_desktop.core.letters import Letter


def new_session_id() -> str:
    return str(uuid.uuid4())


@dataclass
class PersonSession:
    """One volunteer, from the welcome screen until they leave."""

    language: str = "en"
    text_size: str = "normal"
    id: str = field(default_factory=new_session_id)
    case_id: str | None = None
    kind: LetterKind | None = None
    target: int = 0
    letter: Letter | None = None
    sender_name: str = ""
    sender_town: str = ""
    handover: LetterHandover | None = None
    """The letter's way out (printed or handed in), once the review screen was reached."""
    started: bool = False
    """The person did something (so there is something to forget)."""

    @property
    def counted(self) -> bool:
        """The letter was printed or queued (and counted): it must not be counted again."""
        return self.handover is not None and self.handover.counted

    @classmethod
    def from_draft(cls, draft: Draft, text_size: str) -> PersonSession:
        """The session a crash cut short, back as it was (the leader gave it back with the PIN)."""
        letter = draft.letter
        return cls(
            id=draft.session_id,
            language=draft.language,
            text_size=text_size,
            case_id=letter.case_id,
            kind=letter.kind,
            target=letter.target,
            letter=letter,
            sender_name=letter.sender_name,
            sender_town=letter.sender_town,
            started=True,
        )

    def next_letter(self) -> PersonSession:
        """A fresh letter for the same person: keeps name, town, language and text size only."""
        return PersonSession(
            language=self.language,
            text_size=self.text_size,
            sender_name=self.sender_name,
            sender_town=self.sender_town,
            started=True,
        )
