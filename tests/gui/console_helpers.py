"""What the leader-console tests share: a printer that jams on demand, and a page shown at a size."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from w4r_desktop.printing.printer import PdfFolderPrinter, Printer, PrinterError

W = TypeVar("W", bound=QWidget)


class FlakyPrinter(Printer):
    """Saves PDFs in a folder, but fails the calls the test names (1-based), like a jammed printer."""

    def __init__(self, folder: Path) -> None:
        self.inner = PdfFolderPrinter(folder)
        self.fail_calls: set[int] = set()
        self.calls = 0
        self.on_call: list[object] = []

    @property
    def name(self) -> str:
        return "Office laser"

    def print_pdf(self, pdf: bytes, job_name: str) -> Path:
        self.calls += 1
        for hook in self.on_call:
            hook(self.calls)  # type: ignore[operator]
        if self.calls in self.fail_calls:
            raise PrinterError("the printer is out of paper")
        return self.inner.print_pdf(pdf, job_name)


def shown(qtbot: QtBot, widget: W, width: int, height: int) -> W:
    """`widget` handed to qtbot (closed after the test), resized and shown; returns it."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    return widget
