"""The Sync page's shared server, driven by clicks: set on the Event page, synced in the background."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.server import server_totals
from w4r_desktop.gui.leader.sync_page import SyncPage
from w4r_desktop.gui.services import Services, open_services
from w4r_desktop.printing.printer import PdfFolderPrinter


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(str(tmp_path / "data"), printer=PdfFolderPrinter(tmp_path / "printed"))
    yield opened
    opened.close()


def test_the_leader_syncs_with_the_shared_server(qtbot: QtBot, services: Services, server_url: str) -> None:
    page = SyncPage(services)
    qtbot.addWidget(page)
    page.show()
    box = page.server_box
    assert not box.button.isEnabled() and "None set" in box.address.text()

    services.settings.set("server_url", server_url)
    services.events.settings_changed.emit("server_url")
    assert box.button.isEnabled() and box.timer.isActive()
    assert "w4r@127.0.0.1" in box.address.text()

    services.tally.record("zhang-zhan", TallyKind.APPEAL, 0)
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert "sent 1, received 0; the event counts 1 letters" in page.status.text()
    assert server_totals(server_url, services.tally.event_id) == {TallyKind.APPEAL: 1}


def test_a_server_that_is_away_is_said_once_and_counting_goes_on(qtbot: QtBot, services: Services) -> None:
    services.settings.set("server_url", "postgresql://w4r@127.0.0.1:9/none")
    page = SyncPage(services)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.server_box.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert page.status.error and "cannot be reached" in page.status.text()
    services.tally.record("zhang-zhan", TallyKind.APPEAL, 0)
    assert services.tally.letters_written() == 1


def test_the_servers_password_is_not_on_screen(qtbot: QtBot, services: Services) -> None:
    from PySide6.QtWidgets import QLineEdit

    from w4r_desktop.core.server_password import MASK
    from w4r_desktop.gui.leader.event_page import EventPage
    from w4r_desktop.gui.leader.server_box import _shown_address

    services.settings.set("server_url", "postgresql://w4r:s3cr3t@server.local/event")
    page = EventPage(services)
    qtbot.addWidget(page)
    shown = [box for box in page.findChildren(QLineEdit) if box.text().startswith("postgresql://")]
    assert [box.text() for box in shown] == [f"postgresql://w4r:{MASK}@server.local/event"]  # only the password hidden
    assert _shown_address("postgresql://w4r:s3cr3t@server.local/event") == "postgresql://w4r@server.local/event"
    assert "s3cr3t" not in _shown_address("postgresql://w4r@server.local/event?password=s3cr3t")


def test_saving_the_address_checks_it_by_connecting(qtbot: QtBot, services: Services, server_url: str) -> None:
    from PySide6.QtWidgets import QLineEdit

    from w4r_desktop.gui.leader.event_page import EventPage

    page = EventPage(services)
    qtbot.addWidget(page)
    page.show()
    field = page.fields["server_url"].editor
    assert isinstance(field, QLineEdit)
    field.setText("postgresql://w4r@127.0.0.1:9/none")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be reached" in page.status.text(), timeout=30_000)
    assert page.status.error and "Saved." in page.status.text()
    field.setText(server_url)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "connected to the shared server" in page.status.text(), timeout=30_000)
    assert not page.status.error


def test_the_minutes_sync_leaves_the_page_as_it_is(qtbot: QtBot, services: Services) -> None:
    services.settings.set("server_url", "postgresql://w4r@127.0.0.1:9/none")
    page = SyncPage(services)
    qtbot.addWidget(page)
    page.details.setPlainText("a conflict the leader is reading")
    page.details.show()
    page.server_box.sync_now(quiet=True)
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    first = page.status.text()
    assert "cannot be reached" in first and page.details.isVisibleTo(page)
    page.status.say("Saved report.csv.")
    page.server_box.sync_now(quiet=True)
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert page.status.text() == first  # a new problem after other news is said again, once


def test_a_row_kept_aside_is_said_in_words_on_the_sync_page(
    qtbot: QtBot, services: Services, server_url: str, tmp_path: Path
) -> None:
    from tests.server.test_no_letter_lost import _insert, _row
    from w4r_desktop.core.tally.server import sync_with_server

    sync_with_server(services.tally, server_url)
    _insert(server_url, [_row(services.tally.event_id, 1), _row(services.tally.event_id, 2, day="2026-02-30")])
    services.settings.set("server_url", server_url)
    page = SyncPage(services)
    qtbot.addWidget(page)
    page.show()
    page.server_box.sync_now(quiet=True)  # even the minute's sync says it: nothing is passed over in silence
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert page.status.error
    assert "1 record" in page.status.text() and "kept aside" in page.status.text()
    assert page.details.isVisibleTo(page) and "day" in page.details.toPlainText()
    assert services.tally.letters_written() == 1


def test_a_quiet_sync_that_works_replaces_the_old_error(qtbot: QtBot, services: Services, server_url: str) -> None:
    services.settings.set("server_url", "postgresql://w4r@127.0.0.1:9/none")
    page = SyncPage(services)
    qtbot.addWidget(page)
    page.server_box.sync_now(quiet=True)
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert page.status.error
    services.settings.set("server_url", server_url)  # the server is back (or the address was put right)
    page.server_box.sync_now(quiet=True)
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert not page.status.error and "Shared server: sent 0, received 0" in page.status.text()


def test_a_newer_versions_kind_from_the_server_is_said_on_the_sync_page(
    qtbot: QtBot, services: Services, server_url: str
) -> None:
    from tests.server.test_no_letter_lost import _insert, _row
    from w4r_desktop.core.tally.server import sync_with_server
    from w4r_desktop.gui.language import install_language

    install_language("en")
    sync_with_server(services.tally, server_url)
    _insert(server_url, [_row(services.tally.event_id, 1), _row(services.tally.event_id, 2, kind="email")])
    services.settings.set("server_url", server_url)
    page = SyncPage(services)
    qtbot.addWidget(page)
    page.show()
    page.server_box.sync_now(quiet=True)
    qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
    assert not page.status.error
    assert "1 record of a kind this version does not count (email) was kept" in page.status.text()
