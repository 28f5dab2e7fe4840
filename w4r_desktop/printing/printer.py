"""Where finished PDFs go: a real printer (in the GUI) or a folder of PDF files.

The GUI's Qt printer and the tests' fake both implement `Printer`, so the print queue and the
kiosk never know which one they have.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from pathlib import Path

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.files import atomic_write


class PrinterError(UserError):
    """A job could not be printed (no printer, printer off, out of paper, disk full)."""


class Printer(ABC):
    """Something that takes a finished PDF and puts it on paper (or in a file)."""

    @property
    @abstractmethod
    def name(self) -> str:
        """What to call this printer in the interface."""

    @property
    def on_paper(self) -> bool:
        """Whether a job comes out on paper here (else it is saved as a file for later)."""
        return True

    @abstractmethod
    def print_pdf(self, pdf: bytes, job_name: str) -> Path | None:
        """Print one PDF; raise PrinterError if it could not be printed.

        Returns the file written, for printers that write files, else None.
        """


def safe_file_name(text: str) -> str:
    """A file name made of `text`, safe on every file system."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.")
    return cleaned[:80] or "job"


class PdfFolderPrinter(Printer):
    """Saves each job as a PDF in a folder: for laptops with no printer, and for tests."""

    def __init__(self, folder: Path, private: bool = True) -> None:
        self.folder = folder
        self.private = private
        """A folder of the application's own (closed to others); False for a folder the leader chose."""

    @property
    def name(self) -> str:
        return f"PDF files in {self.folder}"

    @property
    def on_paper(self) -> bool:
        return False

    def print_pdf(self, pdf: bytes, job_name: str) -> Path:
        try:
            # Letters hold names and towns: readable by the owner only, however the folder came to be.
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            if self.private:
                self.folder.chmod(0o700)
        except OSError as exc:
            raise PrinterError(f"cannot save PDFs in {self.folder}: {exc.strerror}") from exc
        stem = safe_file_name(job_name)
        try:
            target = self._claim(stem)
            atomic_write(target, pdf)
        except OSError as exc:
            raise PrinterError(f"cannot save PDFs in {self.folder}: {exc.strerror or exc}") from exc
        except UserError as exc:
            raise PrinterError(str(exc)) from exc
        return target

    def _claim(self, stem: str) -> Path:
        """A free name in the folder, taken at once (O_EXCL): another laptop saving into the same
        shared folder at the same moment gets another name, never this one."""
        for number in range(1, 10_000):
            target = self.folder / (f"{stem}.pdf" if number == 1 else f"{stem}-{number}.pdf")
            try:
                with open(target, "xb"):
                    return target
            except FileExistsError:
                continue
        raise PrinterError(f"too many files named {stem} in {self.folder}")
