"""Printing from the GUI: the QPrinter path, and PDF files when there is no printer."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from pytestqt.qtbot import QtBot

from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.letters import draft_letter
from w4r_desktop.core.paths import default_bundle_path
from w4r_desktop.gui import printer as gui_printer
from w4r_desktop.gui.printer import QtPrinter, choose_printer
from w4r_desktop.printing.envelope import render_envelope
from w4r_desktop.printing.letter import render_letter
from w4r_desktop.printing.printer import PrinterError


def _letter():  # type: ignore[no-untyped-def]
    bundle = load_bundle(default_bundle_path())
    return draft_letter(bundle, bundle.case("zhang-zhan"), LetterKind.APPEAL, today=dt.date(2021, 12, 10))


def test_qt_printer_prints_every_page_at_its_size(qtbot: QtBot, tmp_path: Path) -> None:
    letter = _letter()
    out = tmp_path / "spooled.pdf"
    QtPrinter(output_file=out).print_pdf(render_envelope(letter, "us10"), "zhang-zhan-envelope")
    pages = PdfReader(out).pages
    assert len(pages) == 1
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    if pages[0].rotation % 180:
        width, height = height, width
    # A #10 envelope is 9.5 x 4.125 inches, printed landscape.
    assert (round(width), round(height)) == (684, 297)
    # White paper with dark writing, not a black page (a transparent background turns black).
    image = _first_page(out)
    assert image.pixelColor(5, 5).lightness() > 250
    dark = sum(
        image.pixelColor(x, y).lightness() < 128
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    )
    assert 0 < dark < image.width() * image.height() / 16 / 10


def _first_page(path: Path) -> QImage:
    document = QPdfDocument()
    document.load(str(path))
    points = document.pagePointSize(0)
    image = document.render(0, QSize(int(points.width()), int(points.height())))
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    document.close()
    return flat


def test_qt_printer_keeps_multi_page_letters_whole(qtbot: QtBot, tmp_path: Path) -> None:
    long = _letter().with_changes(body="\n\n".join(["A paragraph of a long letter. " * 14] * 14))
    rendered = render_letter(long, "a4")
    assert rendered.page_count >= 2
    out = tmp_path / "long.pdf"
    QtPrinter(output_file=out).print_pdf(rendered.pdf, "long")
    pages = PdfReader(out).pages
    assert len(pages) == rendered.page_count
    assert (round(float(pages[0].mediabox.width)), round(float(pages[0].mediabox.height))) == (595, 842)


def test_a_missing_printer_is_a_clear_error(qtbot: QtBot) -> None:
    with pytest.raises(PrinterError, match="not connected"):
        QtPrinter("No Such Printer 4711").print_pdf(render_letter(_letter(), "letter").pdf, "job")


def test_bad_pdf_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(PrinterError, match="could not be read"):
        QtPrinter(output_file=tmp_path / "x.pdf").print_pdf(b"not a pdf", "job")
    assert not (tmp_path / "x.pdf").exists()


def test_without_printers_letters_are_saved_as_pdf(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gui_printer, "cups_available", lambda: False)  # Qt's path (as on Windows)
    monkeypatch.setattr(gui_printer, "printer_names", lambda: [])
    monkeypatch.setattr(gui_printer.QPrinterInfo, "defaultPrinterName", staticmethod(lambda: ""))
    chosen = choose_printer("Office laser", tmp_path / "pdfs")
    assert not chosen.on_paper
    assert chosen.folder == tmp_path / "pdfs"


def test_the_leaders_printer_is_chosen_when_connected(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gui_printer, "cups_available", lambda: False)  # Qt's path (as on Windows)
    monkeypatch.setattr(gui_printer, "printer_names", lambda: ["Hall printer", "Office laser"])
    monkeypatch.setattr(gui_printer.QPrinterInfo, "defaultPrinterName", staticmethod(lambda: "Hall printer"))
    assert choose_printer("Office laser", tmp_path).name == "Office laser"
    assert choose_printer("", tmp_path).name == "Hall printer"
