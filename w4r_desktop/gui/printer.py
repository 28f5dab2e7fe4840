"""Printing from the GUI: CUPS where it is, else a real printer through QPrinter, or PDF files when there is none.

QtPdf cannot hand vectors to a printer, so each page is drawn as a 300 dpi greyscale image on a
full-page QPrinter (no margins, so the printing engine's positions are kept). Text is still
sharp at that resolution, and a one-page letter spools in a fraction of a second.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from w4r_desktop.printing.cups import CupsPrinter, cups_available, cups_default, cups_queues
from w4r_desktop.printing.printer import PdfFolderPrinter, Printer, PrinterError

DPI = 300


class QtPrinter(Printer):
    """A printer known to the operating system (or, for tests, a PDF file written by Qt)."""

    def __init__(self, printer_name: str = "", output_file: Path | None = None) -> None:
        self._printer_name = printer_name
        self._output_file = output_file

    @property
    def name(self) -> str:
        return self._printer_name or str(self._output_file or "")

    def _make_printer(self) -> QPrinter:
        if self._output_file is not None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self._output_file))
        else:
            info = QPrinterInfo.printerInfo(self._printer_name)
            if info.isNull():
                raise PrinterError(f"the printer {self._printer_name!r} is not connected")
            printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
        printer.setResolution(DPI)
        printer.setFullPage(True)
        return printer

    def print_pdf(self, pdf: bytes, job_name: str) -> Path | None:
        document = QPdfDocument()
        buffer = QBuffer()
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise PrinterError("the document to print could not be read")
        printer = self._make_printer()
        printer.setDocName(job_name)
        painter = QPainter()
        try:
            for page in range(document.pageCount()):
                points = document.pagePointSize(page)
                # A page size is given upright; the orientation turns it (an envelope is landscape).
                short, long = sorted((points.width(), points.height()))
                size = QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch)
                orientation = (
                    QPageLayout.Orientation.Landscape
                    if points.width() > points.height()
                    else QPageLayout.Orientation.Portrait
                )
                printer.setPageLayout(QPageLayout(size, orientation, QMarginsF()))
                if page == 0:
                    if not painter.begin(printer):
                        raise PrinterError(f"the printer {self.name!r} cannot start a job")
                elif not printer.newPage():
                    raise PrinterError(f"the printer {self.name!r} stopped in the middle of a job")
                pixels = QSize(round(points.width() * DPI / 72), round(points.height() * DPI / 72))
                paper = printer.paperRect(QPrinter.Unit.DevicePixel)
                painter.drawImage(paper, _on_white(document.render(page, pixels)))
        finally:
            if painter.isActive():
                painter.end()
            document.close()
            buffer.close()
        return self._output_file


def _on_white(rendered: QImage) -> QImage:
    """A rendered page (transparent where nothing is drawn) on white paper, in shades of grey.

    Grey keeps the spool file a third of the size of colour; flattening first matters, since a
    transparent background would turn black.
    """
    page = QImage(rendered.size(), QImage.Format.Format_Grayscale8)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return page


def printer_names() -> list[str]:
    """The printers the operating system knows (none on a headless machine)."""
    return [info.printerName() for info in QPrinterInfo.availablePrinters()]


def choose_printer(wanted: str, pdf_folder: Path) -> Printer:
    """The leader's printer, else the system's default one, else "save as PDF" into `pdf_folder`.

    Where CUPS is (Linux, macOS) the PDF itself is sent; elsewhere Qt draws the pages.
    """
    if cups_available():
        queues = cups_queues()
        chosen = wanted if wanted in queues else cups_default() or (queues[0] if queues else "")
        if chosen:
            return CupsPrinter(chosen)
    names = printer_names()
    if wanted and wanted in names:
        return QtPrinter(wanted)
    default = QPrinterInfo.defaultPrinterName()
    if default:
        return QtPrinter(default)
    if names:
        return QtPrinter(names[0])
    return PdfFolderPrinter(pdf_folder)
