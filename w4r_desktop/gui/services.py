"""The services every screen is handed, and the signals that tell screens when shared state changed.

Screens take the pieces they need from here in their constructors; nothing reaches into the
main window or a global.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from w4r_desktop.core.bundle.cards import Gallery, forget_gallery, keep_gallery, kept_gallery
from w4r_desktop.core.data_folder import DataFolder
from w4r_desktop.core.db.changes import Change
from w4r_desktop.core.db.database import Database
from w4r_desktop.core.interface_languages import interface_language_codes
from w4r_desktop.core.settings import Settings
from w4r_desktop.core.tally.store import letters_written
from w4r_desktop.printing.printer import PdfFolderPrinter, Printer

if TYPE_CHECKING:  # loaded on first use: the models bring pydantic, the rest SQLAlchemy
    from w4r_desktop.core.bundle.model import CaseBundle
    from w4r_desktop.core.db.schema import Station
    from w4r_desktop.core.print_queue import PrintQueue
    from w4r_desktop.core.saved_letters import SavedLetters
    from w4r_desktop.core.tally.records import Tally

log = logging.getLogger(__name__)


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

    bundle_failed = Signal(str)
    """The bundle shown from kept cards failed its check in the background; the argument says why."""


class Services:
    """What the application runs on; built once, never changed but for the active bundle.

    The kiosk's first screen needs only the settings, the count of letters and the gallery's cards
    (kept from the last start, see core/bundle/cards.py). The rest is made on first use: the case
    bundle itself (validated by the models, with pydantic), the tally, the print queue and this
    laptop's station (SQLAlchemy). `start_warm_up` loads them in the background once the first
    screen is up, so that their first use does not wait either.
    """

    def __init__(
        self,
        data_dir: Path,
        db: Database,
        settings: Settings,
        printer: Printer,
        gallery: Gallery,
        bundle_source: Path,
        bundle: CaseBundle | None = None,
        bundle_option: str | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.folder = DataFolder(data_dir, bundle_option)
        self.db = db
        self.settings = settings
        self.printer = printer
        self.bundle_option = bundle_option
        self.events = ServiceEvents()
        db.changes.listen(self._tell)
        self._gallery: Gallery | None = gallery
        self._bundle = bundle
        self._bundle_source = bundle_source
        self._loading: Future[CaseBundle] | None = None

    @property
    def bundle(self) -> CaseBundle:
        """The case bundle volunteers write from now (waits for the background load if it is under way)."""
        if self._bundle is None:
            self._bundle = self._loading.result() if self._loading is not None else self._load_bundle()
        return self._bundle

    @property
    def gallery(self) -> Gallery:
        """The campaign's name and the gallery's cards, for the welcome screen and the gallery."""
        if self._gallery is None:
            self._gallery = Gallery.of(self.bundle, interface_language_codes())
        return self._gallery

    @cached_property
    def tally(self) -> Tally:
        from w4r_desktop.core.tally.records import Tally

        tally = Tally(self.db)
        tally.remember_case_names({card.case_id: card.name for card in self.gallery.cards})
        return tally

    @cached_property
    def queue(self) -> PrintQueue:
        from w4r_desktop.core.print_queue import PrintQueue

        return PrintQueue(self.db)

    @cached_property
    def station(self) -> Station:
        from w4r_desktop.core.db.database import this_station

        return this_station(self.db)

    def _tell(self, change: Change, detail: str) -> None:
        """A write changed the database (from any thread: Qt delivers the signal in the window's)."""
        if change is Change.SETTINGS:
            self.events.settings_changed.emit(detail)
        elif change is Change.TALLY:
            self.events.tally_changed.emit()
        else:
            self.events.queue_changed.emit()

    def saved_letters(self, clock: Callable[[], dt.datetime] | None = None) -> SavedLetters:
        """The letters saved as PDFs while no printer was connected."""
        return self.folder.saved_letters(clock)

    def letters_written(self) -> int:
        """The count on the welcome screen, read without loading the tally (and SQLAlchemy)."""
        with self.db.connect() as connection:
            return letters_written(connection)

    def start_warm_up(self) -> None:
        """Validate the bundle and load SQLAlchemy in a background thread, so that the first case
        opened and the first letter counted do not wait for them. A daemon thread: quitting never
        waits for it. If the bundle fails its check (a change its files' fingerprint cannot show,
        or a stricter check in a new version), its kept cards are dropped and `bundle_failed` says
        why: the next start checks the bundle before showing anything, as for a new one."""
        if self._bundle is not None or self._loading is not None:
            threading.Thread(target=_load_modules, name="warm-up", daemon=True).start()
            return
        loading: Future[CaseBundle] = Future()
        shown = self._gallery

        def warm_up() -> None:
            try:
                bundle = self._load_bundle()
            except BaseException as exc:  # handed to whoever asks for the bundle, and told
                forget_gallery(self.data_dir)
                log.warning("the case bundle failed its check in the background (%s)", type(exc).__name__)
                loading.set_exception(exc)
                self.events.bundle_failed.emit(str(exc))
                return
            loading.set_result(bundle)
            fresh = Gallery.of(bundle, interface_language_codes())
            if fresh != shown:  # (new country names, say): right from the next start
                keep_gallery(self.data_dir, self._bundle_source, fresh)
            _load_modules()

        self._loading = loading
        try:
            threading.Thread(target=warm_up, name="warm-up", daemon=True).start()
        except RuntimeError:  # no thread to be had: the bundle loads when first asked for
            self._loading = None

    def _load_bundle(self) -> CaseBundle:
        from w4r_desktop.core.bundle.loading import load_bundle

        return load_bundle(self._bundle_source)

    def replace_bundle(self, bundle: CaseBundle) -> None:
        """Make `bundle` the active one and tell every screen that shows cases."""
        self._bundle, self._gallery = bundle, None
        keep_gallery(self.data_dir, bundle.source, self.gallery)  # the next start shows it at once
        self.tally.remember_case_names({card.case_id: card.name for card in self.gallery.cards})
        self.events.bundle_changed.emit()

    def close(self) -> None:
        self.db.close()


def _load_modules() -> None:
    """Import what the tally, the queue and handing in a letter use (SQLAlchemy, the ORM schema)."""
    import w4r_desktop.core.print_queue
    import w4r_desktop.core.tally.records  # noqa: F401


PrinterFactory = Callable[[Settings, Path], Printer]
"""Makes the application's printer from the settings and the folder where PDFs wait without a printer."""


def pdf_folder_printer(_settings: Settings, printed: Path) -> Printer:
    """Finished PDFs saved in the data folder's printed/ folder (no printer; tests)."""
    return PdfFolderPrinter(printed)


def open_services(
    data_dir_option: str | DataFolder | None = None,
    bundle_option: str | None = None,
    printer: Printer | None = None,
    printer_factory: PrinterFactory = pdf_folder_printer,
) -> Services:
    """Open the data folder and everything that lives in it.

    The printer comes from `printer_factory` (the application passes the system's), unless a
    test hands in its own `printer`.
    """
    opened = (
        data_dir_option if isinstance(data_dir_option, DataFolder) else DataFolder.open(data_dir_option, bundle_option)
    )
    folder, source = opened.path, opened.bundle_source
    db = opened.database()
    bundle = None
    gallery = kept_gallery(folder, source, interface_language_codes())
    if gallery is None:
        # New or changed: validated before anything is shown (an invalid bundle is refused here).
        from w4r_desktop.core.bundle.loading import load_bundle

        bundle = load_bundle(source)
        gallery = Gallery.of(bundle, interface_language_codes())
        keep_gallery(folder, source, gallery)
    settings = Settings(db)
    return Services(
        data_dir=folder,
        db=db,
        settings=settings,
        printer=printer or printer_factory(settings, opened.printed),
        gallery=gallery,
        bundle_source=source,
        bundle=bundle,
        bundle_option=opened.bundle_option,
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

    def saved_letters(self, clock: Callable[[], dt.datetime] | None = None) -> SavedLetters: ...


class TallyServices(CaseAccess, Protocol):
    """For the Tally page: the records and totals."""

    @property
    def tally(self) -> Tally: ...


class SyncServices(TallyServices, Protocol):
    """For the Sync page: the tally, and which laptop this is."""

    @property
    def station(self) -> Station: ...
