"""Autosaved drafts: a crash or a power cut loses no letter, and no draft outlives its writer.

One volunteer's letter is saved (debounced by the editor) under the id of their person session.
The draft is deleted when the letter is printed or queued, when the volunteer says "I'm done",
and on an idle reset. So a draft found at start-up can only be left by a crash; it is offered
back only if the crash was recent enough that its writer may still be at the table (within the
idle timeout plus the countdown). Older drafts are deleted unread.

Drafts are read and written with the sqlite3 module alone: a draft left by a crash is looked for
before the first screen, which is shown before SQLAlchemy loads. Deleting is secure: the database
overwrites freed pages and the write-ahead log is truncated after every purge, so the text does not
linger in the file.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass

from w4r_desktop.core.db.database import Database
from w4r_desktop.core.letters import Letter


@dataclass(frozen=True)
class Draft:
    """A saved letter and the interface language its writer was using."""

    session_id: str
    letter: Letter
    language: str
    updated_at: dt.datetime

    def to_json(self) -> str:
        return json.dumps({"letter": json.loads(self.letter.to_json()), "language": self.language}, ensure_ascii=False)


class DraftStore:
    """The drafts of one database."""

    def __init__(self, db: Database, clock: Callable[[], dt.datetime] | None = None) -> None:
        self._db = db
        self._clock = clock or (lambda: dt.datetime.now(dt.UTC))

    def save(self, session_id: str, letter: Letter, language: str) -> None:
        """Keep the current state of a person's letter (replacing what was saved before)."""
        now = self._clock()
        draft = Draft(session_id, letter, language, now)
        with self._db.connect() as connection:
            connection.execute(
                "INSERT INTO draft (id, session_id, payload, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (id) "
                "DO UPDATE SET session_id = excluded.session_id, payload = excluded.payload, "
                "updated_at = excluded.updated_at",
                (session_id, session_id, draft.to_json(), now.astimezone(dt.UTC).isoformat()),
            )

    def discard(self, session_id: str) -> None:
        """Forget a person's draft: printed, queued, abandoned or reset."""
        with self._db.connect() as connection:
            removed = connection.execute("DELETE FROM draft WHERE session_id = ?", (session_id,)).rowcount
        if removed:
            self._db.checkpoint()

    def discard_all(self) -> None:
        with self._db.connect() as connection:
            connection.execute("DELETE FROM draft")
        self._db.checkpoint()

    def __len__(self) -> int:
        with self._db.connect() as connection:
            return int(connection.execute("SELECT count(*) FROM draft").fetchone()[0])

    def recover(self, max_age_s: float) -> Draft | None:
        """The draft a crash left behind, if it is recent enough to offer back; the rest are deleted.

        The returned draft stays stored until the volunteer resumes it (then it is theirs again)
        or declines it (`discard`).
        """
        now = self._clock()
        with self._db.connect() as connection:
            found = connection.execute(
                "SELECT session_id, payload, updated_at FROM draft ORDER BY updated_at DESC"
            ).fetchall()
        newest: Draft | None = None
        stale = []
        for session_id, payload, updated_at in found:
            draft = _parse(session_id, payload, updated_at)
            age = None if draft is None else (now - draft.updated_at).total_seconds()
            if newest is None and draft is not None and age is not None and -60 <= age <= max_age_s:
                newest = draft
            else:
                stale.append(session_id)
        if stale:
            with self._db.connect() as connection:
                connection.executemany("DELETE FROM draft WHERE session_id = ?", [(stale_id,) for stale_id in stale])
            self._db.checkpoint()
        return newest


def _parse(session_id: str, payload: str, updated_at: str) -> Draft | None:
    """A stored draft, or None if it cannot be read (it is then deleted, never shown half)."""
    try:
        data = json.loads(payload)
        letter = Letter.from_json(json.dumps(data["letter"]))
        language = str(data.get("language", "en"))
        when = dt.datetime.fromisoformat(updated_at)
    except (KeyError, TypeError, ValueError):
        return None
    return Draft(session_id, letter, language, when)
