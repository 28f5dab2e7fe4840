"""Characters no face can print are named before printing, never dropped in silence.

A letter with one is refused (`MissingCharacters`, a message naming each as U+XXXX and its
Unicode name) unless the caller allows it; then the same names come back as a warning.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.letters import Letter
from w4r_desktop.printing.fonts import describe, unprintable_characters


class MissingCharacters(UserError):
    """Text holds characters none of the fonts (bundled or the computer's) can print."""

    def __init__(self, message: str, characters: Sequence[str]) -> None:
        super().__init__(message)
        self.characters = tuple(characters)


def letter_texts(letter: Letter) -> tuple[str, ...]:
    """Everything a letter's pages print that a person wrote or a case file gave."""
    return (
        *letter.recipient.lines,
        *letter.recipient.local_lines,
        letter.salutation,
        letter.greeting,
        letter.body,
        letter.closing,
        letter.sender_name,
        letter.sender_town,
        *letter.return_address,
    )


def envelope_texts(letter: Letter, sender: Sequence[str]) -> tuple[str, ...]:
    """Everything an envelope for `letter` prints, with `sender` as its return address."""
    return (*letter.recipient.lines, *letter.recipient.local_lines, *sender)


def check_printable(what: str, texts: Iterable[str], allow_missing: bool = False) -> tuple[str, ...]:
    """Nothing if every character of `texts` prints; else raise `MissingCharacters` naming those
    that do not, or, if `allow_missing`, return that as a warning."""
    missing = unprintable_characters("\n".join(texts))
    if not missing:
        return ()
    named = ", ".join(describe(char) for char in missing)
    if not allow_missing:
        raise MissingCharacters(f"{what} has characters no font here can print: {named}", missing)
    return (f"{what}: these characters print as blanks: {named}",)
