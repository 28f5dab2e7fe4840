"""Opening the data folder, the same way for the window and the command line.

The folder is made (or found) and the leftovers of writes killed last time removed (paths.data_dir);
a case bundle swap cut short by a kill or power cut is completed before any bundle is read (unless
a bundle was named with --bundle); what lives in the folder is found from here, not composed again
by each screen or command.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from w4r_desktop.core import paths
from w4r_desktop.core.bundle.library import finish_interrupted_install

if TYPE_CHECKING:  # each loads when first asked for: `tally add` needs neither
    from w4r_desktop.core.db.database import Database
    from w4r_desktop.core.saved_letters import SavedLetters


@dataclass(frozen=True)
class DataFolder:
    """An opened data folder, and the bundle named instead of its own (--bundle), if any."""

    path: Path
    bundle_option: str | None = None

    @classmethod
    def open(cls, override: str | os.PathLike[str] | None = None, bundle_option: str | None = None) -> DataFolder:
        path = paths.data_dir(override)
        if not bundle_option:
            finish_interrupted_install(path)
        return cls(path, bundle_option or None)

    @property
    def bundle_source(self) -> Path:
        """The bundle to read: the one named, else the one loaded into the folder, else the shipped one."""
        return Path(self.bundle_option) if self.bundle_option else paths.active_bundle_path(self.path)

    @property
    def printed(self) -> Path:
        """Where letters wait as PDFs when no printer is connected (the print station's Saved letters)."""
        return self.path / paths.PRINTED

    def database(self) -> Database:
        """The folder's database, opened (made or migrated as needed)."""
        from w4r_desktop.core.db.database import open_database

        return open_database(self.path)

    def saved_letters(self, clock: Callable[[], dt.datetime] | None = None) -> SavedLetters:
        """The letters saved as PDFs in `printed`."""
        from w4r_desktop.core.saved_letters import SavedLetters

        return SavedLetters(self.printed, clock)
