"""The printer the application prints to: the one the leader chose, found when first needed."""

from __future__ import annotations

from pathlib import Path

from w4r_desktop.core.settings import Settings
from w4r_desktop.printing.printer import Printer


class SystemPrinter(Printer):
    """The printer the leader chose in the console, looked up when first needed.

    Asking the operating system for its printers can take a while (network printers), and
    nobody prints from the welcome screen. A change of the "printer_name" setting is followed
    at the next job.
    """

    def __init__(self, settings: Settings, printed: Path) -> None:
        self._settings = settings
        self._pdf_folder = printed  # where PDFs wait while no printer is connected
        self._chosen: tuple[str, Printer] | None = None

    def _printer(self) -> Printer:
        wanted = self._settings.get("printer_name")
        if self._chosen is None or self._chosen[0] != wanted:
            # Qt's printing modules load here, not at start-up.
            from w4r_desktop.gui.printer import choose_printer

            self._chosen = (wanted, choose_printer(wanted, self._pdf_folder))
        return self._chosen[1]

    @property
    def name(self) -> str:
        return self._printer().name

    @property
    def on_paper(self) -> bool:
        return self._printer().on_paper

    def print_pdf(self, pdf: bytes, job_name: str) -> Path | None:
        return self._printer().print_pdf(pdf, job_name)
