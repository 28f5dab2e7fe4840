"""The event's print queue: letters a volunteer handed in, waiting for the print station.

A queued job holds the letter (with the volunteer's name and text) only until it is printed;
then the job is deleted (the database overwrites freed pages). A job that fails stays queued
with its error, so nothing is lost.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from w4r_desktop.core.db.changes import Change
from w4r_desktop.core.db.database import Database
from w4r_desktop.core.db.schema import ConfirmedAddress, PrintJob, new_id, utc_now
from w4r_desktop.core.letters import Letter, PostalAddress


@dataclass(frozen=True)
class QueuedLetter:
    """A letter in the queue, as the print station sees it."""

    id: str
    letter: Letter
    created_at: str
    failed: str | None


class PrintQueue:
    """The queue of one laptop's database."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, letter: Letter, record_id: str | None = None) -> str:
        """Queue a letter (already counted as `record_id`); returns the job id."""
        with self._db.session() as session:
            return self.add_in(session, letter, record_id)

    def add_in(self, session: Session, letter: Letter, record_id: str | None) -> str:
        """`add`, as part of a unit of work of the caller's (see LetterHandover); the job id."""
        job = PrintJob(
            id=new_id(), record_id=record_id, payload=letter.to_json(), status="queued", created_at=utc_now()
        )
        session.add(job)
        self._db.changes.tell(Change.QUEUE)
        return job.id

    def prepared(self, letter: Letter) -> Letter:
        """`letter`, verified with the confirmed lines if a leader has checked its address before."""
        if letter.verified:
            return letter
        with self._db.session() as session:
            found = session.get(ConfirmedAddress, _key(letter.recipient))
            if found is None:
                return letter
            lines = tuple(str(line) for line in json.loads(found.lines))
        recipient = PostalAddress(lines, letter.recipient.country, letter.recipient.local_lines)
        return letter.with_changes(recipient=recipient, verified=True)

    def jobs(self) -> list[QueuedLetter]:
        """Every waiting job, oldest first."""
        with self._db.session() as session:
            # SQLite's rowid grows with every insert: the order letters were handed in, even
            # several within one second.
            rows = session.scalars(select(PrintJob).order_by(literal_column("print_job.rowid"))).all()
            return [QueuedLetter(row.id, Letter.from_json(row.payload), row.created_at, row.error) for row in rows]

    def confirm_address(self, recipient: PostalAddress, lines: Sequence[str]) -> int:
        """The leader checked `recipient` (and may have corrected its lines): every queued letter to
        it is marked verified, with `lines`, and so is every letter to it handed in later (see
        `prepared`). Returns how many queued letters changed."""
        confirmed = PostalAddress(
            tuple(line.strip() for line in lines if line.strip()), recipient.country, recipient.local_lines
        )
        changed = 0
        with self._db.session() as session:
            session.merge(
                ConfirmedAddress(
                    recipient=_key(recipient), lines=json.dumps(list(confirmed.lines)), confirmed_at=utc_now()
                )
            )
            for row in session.scalars(select(PrintJob)):
                letter = Letter.from_json(row.payload)
                if letter.recipient == recipient and not letter.verified:
                    row.payload = letter.with_changes(recipient=confirmed, verified=True).to_json()
                    changed += 1
            self._db.changes.tell(Change.QUEUE)
        return changed

    def __len__(self) -> int:
        return len(self.jobs())

    def printed(self, job_id: str) -> None:
        """The job is on paper: forget it, and the letter with it."""
        with self._db.session() as session:
            job = session.get(PrintJob, job_id)
            if job is not None:
                session.delete(job)
                self._db.changes.tell(Change.QUEUE)
        self._db.checkpoint()

    def discard(self, job_id: str) -> None:
        """A leader took the letter out of the queue unprinted: forget it (it stays counted)."""
        self.printed(job_id)

    def failed(self, job_id: str, error: str) -> None:
        """The job could not be printed: keep it queued, with why."""
        with self._db.session() as session:
            job = session.get(PrintJob, job_id)
            if job is not None:
                job.status = "failed"
                job.error = error[:500]
                self._db.changes.tell(Change.QUEUE)


def _key(recipient: PostalAddress) -> str:
    """An address as the bundle gives it, as one text: lines, country and local lines."""
    return json.dumps([list(recipient.lines), recipient.country, list(recipient.local_lines)], ensure_ascii=False)
