"""The services every screen is handed, and the signals that tell screens when shared state changed.

Screens take the pieces they need from here in their constructors; nothing reaches into the
main window or a global.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from w4r_desktop.core import paths
from w4r_desktop.core.bundle.library import finish_interrupted_install
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.core.db.database import Database, open_database, this_station
from w4r_desktop.core.db.schema import Station
from w4r_desktop.core.print_queue import PrintQueue
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.printing.printer import PdfFolderPrinter, Printer


class ServiceEvents(QObject):
    """Signals about shared state, for screens that show it."""

    bundle_changed = Signal()
    """The active case bundle was replaced (a leader loaded a new one)."""

    settings_changed = Signal(str)
    """A setting was changed; the argument is its key."""

    tally_changed = Signal()
    """Records were added, voided or imported."""

    queue_changed = Signal()
    """Letters were added to or printed from the print queue."""


@dataclass
class Services:
    """What the application runs on."""

    data_dir: Path
    db: Database
    bundle: CaseBundle
    station: Station
    settings: Settings
    tally: Tally
    queue: PrintQueue
    printer: Printer
    events: ServiceEvents = field(default_factory=ServiceEvents)
    bundle_option: str | None = None

    def close(self) -> None:
        self.db.close()


def open_services(
    data_dir_option: str | None = None,
    bundle_option: str | None = None,
    printer: Printer | None = None,
    tally_factory: Callable[[Database], Tally] = Tally,
) -> Services:
    """Open the data folder and everything that lives in it."""
    folder = paths.data_dir(data_dir_option)
    db = open_database(folder)
    if not bundle_option:
        # A case bundle swap cut short by a kill or power cut is completed before the bundle is read.
        finish_interrupted_install(folder)
    bundle = load_bundle(bundle_option or paths.active_bundle_path(folder))
    return Services(
        data_dir=folder,
        db=db,
        bundle=bundle,
        station=this_station(db),
        settings=Settings(db),
        tally=tally_factory(db),
        queue=PrintQueue(db),
        printer=printer or PdfFolderPrinter(folder / "printed"),
        bundle_option=bundle_option,
    )
