"""What the GUI tests share: the services a console page runs on, the print station, and a kiosk window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui.console_helpers import FlakyPrinter, shown
from tests.gui.kiosk_helpers import Kiosk, close_kiosk, open_kiosk
from w4r_desktop.gui.leader.print_page import PrintPage
from w4r_desktop.gui.services import Services, open_services


@pytest.fixture
def printer(tmp_path: Path) -> FlakyPrinter:
    """The console's printer: PDFs land in tmp_path/printed, and a test may make it jam."""
    return FlakyPrinter(tmp_path / "printed")


@pytest.fixture
def services(data_dir: Path, printer: FlakyPrinter) -> Iterator[Services]:
    """The services of the test's data folder (shipped bundle, fresh database), printing to `printer`."""
    opened = open_services(str(data_dir), printer=printer)
    yield opened
    opened.close()


@pytest.fixture
def print_page(qtbot: QtBot, services: Services) -> PrintPage:
    """The print station: the queue, address labels, alignment; choosing a folder is cancelled."""
    return shown(qtbot, PrintPage(services, folder_chooser=lambda _parent: ""), 1100, 760)


@pytest.fixture
def kiosk_mode() -> bool:
    """Whether `kiosk` opens locked (kiosk mode); a test module that needs a locked window overrides this."""
    return False


@pytest.fixture
def kiosk(qtbot: QtBot, data_dir: Path, kiosk_mode: bool) -> Iterator[Kiosk]:
    """The main window on a fake clock, printing PDFs to data_dir/../printed; closed with its database.

    In kiosk mode the leader PIN is 2468 (kiosk mode does not start without one).
    """
    opened = open_kiosk(qtbot, data_dir, kiosk=kiosk_mode, pin="2468" if kiosk_mode else None)
    yield opened
    close_kiosk(opened)
