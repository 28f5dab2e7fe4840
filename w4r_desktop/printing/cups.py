"""Printing through CUPS (Linux, macOS): the PDF itself goes to the printer, at actual size.

Qt's printing path draws each page as a 300 dpi image (a 17 KB letter becomes 840 KB, and its
text is no longer text). CUPS takes the PDF as it is: text stays text, and with the page's own
size as the media and no scaling, every position is kept (the envelope's address stays in the
window, labels on their labels). Qt's path remains for Windows and where CUPS is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

from w4r_desktop.printing.printer import Printer, PrinterError

_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]")
# PWG 5101.1 media names, by size in points (short side first): what drivers know and trays hold.
PWG_MEDIA = {
    (612, 792): "na_letter_8.5x11in",
    (595, 842): "iso_a4_210x297mm",
    (297, 684): "na_number-10_4.125x9.5in",
    (312, 624): "iso_dl_110x220mm",
    (459, 649): "iso_c5_162x229mm",
    (323, 459): "iso_c6_114x162mm",
    (315, 414): "na_a2_4.375x5.75in",
}
TIMEOUT_S = 60


def cups_available() -> bool:
    """Whether this system prints through CUPS (its `lp` and `lpstat` commands are there)."""
    return sys.platform != "win32" and shutil.which("lp") is not None and shutil.which("lpstat") is not None


def _lpstat(*arguments: str) -> str:
    try:
        done = subprocess.run(["lpstat", *arguments], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout if done.returncode == 0 else ""


def cups_queues() -> list[str]:
    """The CUPS destinations (printers and classes) this system knows."""
    return [line.strip() for line in _lpstat("-e").splitlines() if line.strip()]


def cups_default() -> str:
    """The system's default CUPS destination, or "" if there is none."""
    text = _lpstat("-d").strip()
    return text.rsplit(":", 1)[1].strip() if text.startswith("system default destination:") else ""


def page_size(pdf: bytes) -> tuple[float, float] | None:
    """The first page's size in points, read from its MediaBox (the application's own PDFs)."""
    match = _MEDIA_BOX.search(pdf)
    return (float(match[1]), float(match[2])) if match else None


def media_name(width: float, height: float) -> str:
    """The media for a page of this size: its PWG name where it has one (an envelope is named as it
    feeds, short edge first, and CUPS turns a landscape page onto it), else a custom size."""
    short, long = sorted((round(width), round(height)))
    for (known_short, known_long), name in PWG_MEDIA.items():
        if abs(short - known_short) <= 2 and abs(long - known_long) <= 2:
            return name
    return f"Custom.{short}x{long}"


class CupsPrinter(Printer):
    """A CUPS queue, sent the PDF itself."""

    def __init__(self, queue: str) -> None:
        self.queue = queue

    @property
    def name(self) -> str:
        return self.queue

    def command(self, pdf: bytes, job_name: str) -> list[str]:
        """The `lp` command for one job: the page's own size as media, actual size, no fitting."""
        options = ["-o", "fit-to-page=false", "-o", "print-scaling=none", "-o", "scaling=100"]
        size = page_size(pdf)
        if size is not None:
            options += ["-o", f"media={media_name(*size)}"]
        return ["lp", "-d", self.queue, "-t", job_name[:100], *options, "-"]

    def print_pdf(self, pdf: bytes, job_name: str) -> None:
        try:
            done = subprocess.run(
                self.command(pdf, job_name), input=pdf, capture_output=True, timeout=TIMEOUT_S, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise PrinterError(f"the printer {self.queue!r} did not take the job ({exc})") from exc
        if done.returncode != 0:
            why = done.stderr.decode("utf-8", "replace").strip().splitlines()
            raise PrinterError(f"the printer {self.queue!r} did not take the job: {why[-1] if why else 'lp failed'}")
        return None
