"""Checking what printing needs on this laptop: the bundled fonts, Qt's PDF and print support,
and the printers the computer offers (`w4r-desktop doctor` and the console's Check this laptop)."""

from __future__ import annotations

import importlib

from w4r_desktop.core.checkup import Finding, bundle_finding, data_folder_findings
from w4r_desktop.core.data_folder import DataFolder


def fonts_finding() -> Finding:
    """Every bundled face loads (a damaged install prints missing letters)."""
    from w4r_desktop.printing.fonts import FONT_FILES, fonts_folder

    missing = [name for name in FONT_FILES.values() if not (fonts_folder() / name).is_file()]
    if missing:
        return Finding("fonts", False, f"missing: {', '.join(missing)}; reinstall W4R Desktop")
    from reportlab.pdfbase.ttfonts import TTFont

    broken = []
    for name in FONT_FILES.values():
        try:
            TTFont(name, str(fonts_folder() / name))
        except Exception:  # any font that will not load is one to name
            broken.append(name)
    if broken:
        return Finding("fonts", False, f"cannot be read: {', '.join(broken)}; reinstall W4R Desktop")
    return Finding("fonts", True, f"all {len(FONT_FILES)} bundled faces load")


def qt_finding() -> Finding:
    """Qt's PDF view and printing, which the review screen and the print station use."""
    try:  # by name: printing itself never imports Qt
        for module in ("PySide6.QtPdf", "PySide6.QtPrintSupport"):
            importlib.import_module(module)
    except ImportError as exc:
        return Finding("PDF and print support", False, f"Qt's PDF or print module is missing ({exc})")
    return Finding("PDF and print support", True, "Qt PDF and Qt Print Support load")


def printers_finding() -> Finding:
    """The printers the computer offers (CUPS here; the system's own dialog elsewhere)."""
    from w4r_desktop.printing.cups import cups_available, cups_default, cups_queues

    if not cups_available():
        return Finding("printers", True, "no CUPS here: the system's printers are offered when printing")
    queues = cups_queues()
    if not queues:
        return Finding("printers", False, "CUPS has no printer: add one, or letters are saved as PDFs to print later")
    default = cups_default()
    return Finding("printers", True, ", ".join(queues) + (f" (default {default})" if default else ""))


def laptop_findings(folder: DataFolder) -> list[Finding]:
    """Everything `w4r-desktop doctor` and the console's Check this laptop look at, in order."""
    return [*data_folder_findings(folder), fonts_finding(), qt_finding(), printers_finding(), bundle_finding(folder)]
