"""The Sync page's shared server, driven by clicks: set on the Event page, synced in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.server import server_totals
from w4r_desktop.gui.leader.sync_page import SyncPage
from w4r_desktop.gui.services import open_services
from w4r_desktop.printing.printer import PdfFolderPrinter


def test_the_leader_syncs_with_the_shared_server(qtbot: QtBot, tmp_path: Path, server_url: str) -> None:
    services = open_services(str(tmp_path / "data"), printer=PdfFolderPrinter(tmp_path / "printed"))
    try:
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
    finally:
        services.close()


def test_a_server_that_is_away_is_said_once_and_counting_goes_on(qtbot: QtBot, tmp_path: Path) -> None:
    services = open_services(str(tmp_path / "data"), printer=PdfFolderPrinter(tmp_path / "printed"))
    try:
        services.settings.set("server_url", "postgresql://w4r@127.0.0.1:9/none")
        page = SyncPage(services)
        qtbot.addWidget(page)
        qtbot.mouseClick(page.server_box.button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.job is None, timeout=30_000)
        assert page.status.error and "cannot be reached" in page.status.text()
        services.tally.record("zhang-zhan", TallyKind.APPEAL, 0)
        assert services.tally.letters_written() == 1
    finally:
        services.close()
