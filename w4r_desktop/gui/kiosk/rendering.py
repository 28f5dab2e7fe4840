"""The PDFs a volunteer's letter becomes, made by the printing engine (ReportLab, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass

from w4r_desktop.core.letters import Letter


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


def render(letter: Letter, paper: str, envelope_size: str) -> LetterPdfs:
    """Both PDFs of a letter."""
    from w4r_desktop.printing.envelope import render_envelope
    from w4r_desktop.printing.letter import render_letter

    # Previews: the volunteer sees the letter even where the address waits for the leader's check,
    # and with blanks where the writing screen named characters no font has.
    rendered = render_letter(letter, paper, allow_unverified=True, allow_missing_characters=True)
    envelope = render_envelope(
        letter,
        envelope_size,
        return_address=letter.return_address,
        allow_unverified=True,
        allow_missing_characters=True,
    )
    return LetterPdfs(letter=rendered.pdf, envelope=envelope, pages=rendered.page_count)
