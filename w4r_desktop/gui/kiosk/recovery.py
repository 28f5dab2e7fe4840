"""A letter that a crash or a power cut interrupted: found at start, offered on the Welcome screen
(behind the leader PIN), resumed or dropped. Drafts older than the idle time are not offered: the
volunteer who wrote them has gone."""

from __future__ import annotations

from w4r_desktop.core.drafts import Draft, DraftStore


class Recovery:
    """The one interrupted letter this start may offer."""

    def __init__(self, drafts: DraftStore, max_age_s: int) -> None:
        self._drafts = drafts
        self.draft: Draft | None = drafts.recover(max_age_s=max_age_s)

    @property
    def offered(self) -> bool:
        return self.draft is not None

    def take(self) -> Draft | None:
        """The draft, to resume; it is offered no more."""
        draft, self.draft = self.draft, None
        return draft

    def discard(self) -> None:
        """The leader chose not to resume it: it is deleted."""
        if self.draft is not None:
            self._drafts.discard(self.draft.session_id)
        self.draft = None

    def forget(self) -> None:
        """Another person has started: the old draft is no longer offered (it stays until purged)."""
        self.draft = None
