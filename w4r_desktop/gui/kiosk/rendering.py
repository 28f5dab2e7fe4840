"""The PDFs a volunteer's letter becomes, made by the printing engine (ReportLab, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from w4r_desktop.core.letters import Letter
from w4r_desktop.core.settings import Settings


@dataclass(frozen=True)
class LetterPdfs:
    """The letter and its envelope, as printed."""

    letter: bytes
    envelope: bytes
    pages: int


def count_pages(letter: Letter, paper: str) -> int:
    """How many pages the letter takes on `paper`."""
    from w4r_desktop.printing.letter import render_letter

    return int(render_letter(letter, paper, allow_unverified=True, allow_missing_characters=True).page_count)


def render(letter: Letter, settings: Settings) -> LetterPdfs:
    """Both PDFs of a letter, on the event's paper and envelope, with the group's return address
    on the envelope if the volunteer gave no address of their own."""
    paper, envelope_size = str(settings.get("paper_size")), str(settings.get("envelope_size"))
    from w4r_desktop.printing.envelope import render_envelope
    from w4r_desktop.printing.letter import render_letter

    # Previews: the volunteer sees the letter even where the address waits for the leader's check,
    # and with blanks where the writing screen named characters no font has.
    rendered = render_letter(letter, paper, allow_unverified=True, allow_missing_characters=True)
    envelope = render_envelope(
        letter,
        envelope_size,
        group_address=tuple(settings.get("return_address")),
        allow_unverified=True,
        allow_missing_characters=True,
    )
    return LetterPdfs(letter=rendered.pdf, envelope=envelope, pages=rendered.page_count)
