"""The services every screen is handed, and the signals that tell screens when shared state changed.

Screens take the pieces they need from here in their constructors; nothing reaches into the
main window or a global.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

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


@dataclass(frozen=True)
class Services:
    """What the application runs on; built once, never changed but for the active bundle."""

    data_dir: Path
    db: Database
    station: Station
    settings: Settings
    tally: Tally
    queue: PrintQueue
    printer: Printer
    active_bundle: list[CaseBundle]
    """A box of one: the bundle volunteers write from now (see `replace_bundle`)."""
    events: ServiceEvents = field(default_factory=ServiceEvents)
    bundle_option: str | None = None

    @property
    def bundle(self) -> CaseBundle:
        """The case bundle volunteers write from now."""
        return self.active_bundle[0]

    def replace_bundle(self, bundle: CaseBundle) -> None:
        """Make `bundle` the active one and tell every screen that shows cases."""
        self.tally.remember_case_names({case.id: case.name for case in bundle.cases})
        self.active_bundle[0] = bundle
        self.events.bundle_changed.emit()

    def close(self) -> None:
        self.db.close()


PrinterFactory = Callable[[Settings, Path], Printer]
"""Makes the application's printer from the settings and the data folder."""


def pdf_folder_printer(_settings: Settings, data_dir: Path) -> Printer:
    """Finished PDFs saved in the data folder's printed/ folder (no printer; tests)."""
    return PdfFolderPrinter(data_dir / "printed")


def open_services(
    data_dir_option: str | None = None,
    bundle_option: str | None = None,
    printer: Printer | None = None,
    tally_factory: Callable[[Database], Tally] = Tally,
    printer_factory: PrinterFactory = pdf_folder_printer,
) -> Services:
    """Open the data folder and everything that lives in it.

    The printer comes from `printer_factory` (the application passes the system's), unless a
    test hands in its own `printer`.
    """
    folder = paths.data_dir(data_dir_option)
    db = open_database(folder)
    if not bundle_option:
        # A case bundle swap cut short by a kill or power cut is completed before the bundle is read.
        finish_interrupted_install(folder)
    bundle = load_bundle(bundle_option or paths.active_bundle_path(folder))
    settings = Settings(db)
    tally = tally_factory(db)
    tally.remember_case_names({case.id: case.name for case in bundle.cases})
    return Services(
        data_dir=folder,
        db=db,
        station=this_station(db),
        settings=settings,
        tally=tally,
        queue=PrintQueue(db),
        printer=printer or printer_factory(settings, folder),
        active_bundle=[bundle],
        bundle_option=bundle_option,
    )


# --- what each leader page is handed: the services it uses, not the whole bag ---------------


class SettingsAccess(Protocol):
    """Settings, and the signals that tell of changes."""

    @property
    def settings(self) -> Settings: ...

    @property
    def events(self) -> ServiceEvents: ...


class CaseAccess(SettingsAccess, Protocol):
    """The active case bundle, with settings."""

    @property
    def bundle(self) -> CaseBundle: ...


class BundleServices(CaseAccess, Protocol):
    """For the Cases page: the data folder its bundles live in, and replacing the active one."""

    @property
    def data_dir(self) -> Path: ...

    @property
    def bundle_option(self) -> str | None: ...

    def replace_bundle(self, bundle: CaseBundle) -> None: ...


class PrintServices(CaseAccess, Protocol):
    """For the print station: the printer, the queue, the data folder's saved letters, case names."""

    @property
    def tally(self) -> Tally: ...

    @property
    def data_dir(self) -> Path: ...

    @property
    def printer(self) -> Printer: ...

    @property
    def queue(self) -> PrintQueue: ...


class TallyServices(CaseAccess, Protocol):
    """For the Tally page: the records and totals."""

    @property
    def tally(self) -> Tally: ...


class SyncServices(TallyServices, Protocol):
    """For the Sync page: the tally, and which laptop this is."""

    @property
    def station(self) -> Station: ...
