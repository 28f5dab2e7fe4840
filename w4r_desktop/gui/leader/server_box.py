"""The Sync page's shared server: for a big event, every laptop sends its count to one PostgreSQL server.

The address is the Event page's "Shared server" setting (or W4R_DATABASE_URL). "Sync with the
server" runs in the background like the other syncs, and runs by itself every minute while an
address is set, so the leader's totals stay live; a server that is away is said once, and this
laptop goes on counting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from w4r_desktop.core.tally.server import server_url
from w4r_desktop.core.tally.sync_file import Progress
from w4r_desktop.gui.leader.page_parts import TOUCH, StatusLine
from w4r_desktop.gui.services import SyncServices

EVERY_MS = 60_000


class StartJob(Protocol):
    def __call__(
        self, work: Callable[[Progress], object], shown: Callable[[object], None], busy: str, *, quiet: bool = False
    ) -> None: ...


def _shown_address(url: str) -> str:
    """The server's address without its password (nor any options, which may hold one)."""
    url = url.split("?", 1)[0]
    before, at, after = url.rpartition("@")
    if not at:
        return url
    scheme, _, user = before.partition("://")
    return f"{scheme}://{user.split(':', 1)[0]}@{after}"


class ServerBox(QGroupBox):
    """The address in use, a button to sync now, and the automatic sync."""

    def __init__(
        self,
        services: SyncServices,
        start_job: StartJob,
        status: StatusLine,
        show_details: Callable[[list[str]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.status = status
        self.show_details = show_details
        self.quiet = False
        self.setTitle(self.tr("Shared server (big events)"))
        self.services = services
        self.start_job = start_job
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.button = QPushButton(self.tr("Sync with the &server now"))
        self.button.setMinimumHeight(TOUCH)
        self.button.clicked.connect(self.sync_now)
        layout = QVBoxLayout(self)
        layout.addWidget(self.address)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)  # as wide as its words, like the page's other buttons
        layout.addLayout(row)
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self._sync_if_idle)
        services.events.settings_changed.connect(lambda _key: self.show_address())
        self.show_address()

    def url(self) -> str:
        return server_url(self.services.settings)

    def show_address(self) -> None:
        url = self.url()
        if url:
            self.address.setText(
                self.tr("Every laptop of the event sends its count to %1, every minute and now on request.").replace(
                    "%1", _shown_address(url)
                )
            )
            self.timer.start()
        else:
            self.address.setText(
                self.tr("None set. For an event with many laptops on one network, set its address on the Event page.")
            )
            self.timer.stop()
        self.button.setEnabled(bool(url))

    def _sync_if_idle(self) -> None:
        if self.button.isEnabled():
            self.sync_now(quiet=True)

    def sync_now(self, quiet: bool = False) -> None:
        url = self.url()
        if not url:
            return
        tally = self.services.tally

        def work(_progress: Progress) -> object:
            from w4r_desktop.core.tally.server import sync_with_server

            return sync_with_server(tally, url)

        self.quiet = quiet
        self.start_job(work, self._synced, self.tr("Syncing with the shared server…"), quiet=quiet)

    def _synced(self, outcome: object) -> None:
        from w4r_desktop.core.tally.server import ServerSyncReport

        assert isinstance(outcome, ServerSyncReport)
        news = outcome.received or outcome.held or outcome.conflicts
        if self.quiet and not news and not self.status.error:
            return  # the minute's sync says nothing unless something came in, or an old problem is over
        text = (
            self.tr("Shared server: sent %1, received %2; the event counts %3 letters and cards.")
            .replace("%1", str(outcome.sent))
            .replace("%2", str(outcome.received))
            .replace("%3", str(outcome.letters))
        )
        if outcome.held:
            text += " " + self.tr(
                "%n record(s) did not pass this laptop's checks and were kept aside, not counted: see below.",
                "",
                len(outcome.held),
            )
            self.show_details(outcome.held)
        if outcome.unknown_kinds:
            text += " " + self.tr(
                "%n record(s) of a kind this version does not count (%1) were kept; update W4R Desktop to count them.",
                "",
                sum(outcome.unknown_kinds.values()),
            ).replace("%1", ", ".join(sorted(outcome.unknown_kinds)))
        self.status.say(text, error=bool(outcome.held))
