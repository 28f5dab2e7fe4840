"""A finished letter's way out of the kiosk: printed now, or handed in for printing later.

Either way the letter is counted exactly once: a second press of either button, a press after
going back to the editor, or a retry after a printer error never counts it again. A letter whose
printing failed is not counted, so the volunteer can try again or hand it in instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from w4r_desktop.core.letters import Letter

if TYPE_CHECKING:  # (types only: the kiosk's first screen is shown before SQLAlchemy loads)
    from w4r_desktop.core.print_queue import PrintQueue
    from w4r_desktop.core.tally.records import Tally


class Printer(Protocol):
    """What the handover needs of a printer (printing.printer.Printer is one)."""

    @property
    def on_paper(self) -> bool: ...

    def print_pdf(self, pdf: bytes, job_name: str) -> object: ...


class Outcome(StrEnum):
    """Where a counted letter went."""

    PRINTED = "printed"
    """Letter and envelope came out of the printer here."""
    SAVED = "saved"
    """No printer: letter and envelope were saved as PDFs for the leader to print."""
    HANDED_IN = "handed in"
    """The letter waits in the event's print queue."""
    ADDRESS_TO_CHECK = "address to check"
    """The address is not verified: the letter waits in the queue until the leader confirms it."""


@dataclass
class LetterHandover:
    """One letter's handover; `outcome` is set once it has been counted."""

    tally: Tally
    queue: PrintQueue
    printer: Printer
    outcome: Outcome | None = None
    printed_letter: bytes | None = None
    """The letter already on paper (its PDF), when its envelope then failed: a retry prints only the envelope."""

    @property
    def counted(self) -> bool:
        return self.outcome is not None

    def print_now(self, letter: Letter, letter_pdf: bytes, envelope_pdf: bytes) -> Outcome:
        """Print letter and envelope, then count the letter.

        A letter to an unverified address (a placeholder, a guess) is never printed here: it goes
        to the queue for the leader to confirm the address. Raises `PrinterError` if printing
        failed; the letter is then not counted.
        """
        if self.outcome is not None:
            return self.outcome
        if not letter.verified:
            return self.hand_in(letter)
        job = letter.case_id  # job names carry the case only, never the person
        if letter_pdf != self.printed_letter:  # the same letter is not printed twice; a changed one is
            self.printer.print_pdf(letter_pdf, f"{job}-letter")
            self.printed_letter = letter_pdf
        self.printer.print_pdf(envelope_pdf, f"{job}-envelope")
        self._count(letter)
        self.outcome = Outcome.PRINTED if self.printer.on_paper else Outcome.SAVED
        return self.outcome

    def hand_in(self, letter: Letter) -> Outcome:
        """Count the letter and add it to the event's print queue."""
        if self.outcome is not None:
            return self.outcome
        letter = self.queue.prepared(letter)  # an address the leader checked before needs no second check
        # Counted and queued in one transaction: never counted without going anywhere.
        with self.tally.db.session() as session:
            record = self.tally.record_in(session, letter.case_id, letter.kind.value, letter.target)
            self.queue.add_in(session, letter, record)
        self.outcome = Outcome.HANDED_IN if letter.verified else Outcome.ADDRESS_TO_CHECK
        return self.outcome

    def _count(self, letter: Letter) -> str:
        return self.tally.record(letter.case_id, letter.kind.value, letter.target)
