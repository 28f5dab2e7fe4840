#!/usr/bin/env python3
"""Screenshots of what goes beyond letters, for the README: a signing table's pack (its pages),
a case page with an online action's QR code (in French), and the Sync page's report deadline.

    QT_QPA_PLATFORM=offscreen python scripts/beyond_letters_screenshots.py [--out docs/screenshots]

The 2021 bundle carries no web address of its own (none was verified): the QR code shown is an
example address added to a copy of it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication, QScrollArea  # noqa: E402

from w4r_desktop.core import paths  # noqa: E402
from w4r_desktop.core.bundle.loading import load_bundle  # noqa: E402
from w4r_desktop.gui.idle import FakeClock  # noqa: E402
from w4r_desktop.gui.kiosk.screen import Screen  # noqa: E402
from w4r_desktop.gui.language import install_language  # noqa: E402
from w4r_desktop.gui.leader.sync_page import SyncPage  # noqa: E402
from w4r_desktop.gui.main_window import MainWindow  # noqa: E402
from w4r_desktop.gui.services import open_services  # noqa: E402
from w4r_desktop.gui.style import style_sheet  # noqa: E402
from w4r_desktop.gui.widgets.qr_code import QrCode  # noqa: E402
from w4r_desktop.printing.pack import render_pack  # noqa: E402
from w4r_desktop.printing.printer import PdfFolderPrinter  # noqa: E402

EXAMPLE_URL = "https://www.amnesty.org/en/get-involved/write-for-rights/"


def settle(app: QApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def bundle_with_url(folder: Path) -> Path:
    copy = folder / "bundle"
    shutil.copytree(paths.default_bundle_path(), copy)
    case = copy / "zhang-zhan.toml"
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace('channel = "postal"', f'channel = "postal"\nurl = "{EXAMPLE_URL}"', 1), "utf-8")
    return copy


def pack_pages(bundle: Path, out: Path) -> list[Path]:
    loaded = load_bundle(bundle)
    pdf = out / "pack-zhang-zhan.pdf"
    pdf.write_bytes(render_pack(loaded, loaded.case("zhang-zhan"), copies=1, today=dt.date(2021, 12, 10)).pdf)
    stem = out / "pack-zhang-zhan"
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(pdf), str(stem)], check=True)
    pdf.unlink()
    return sorted(out.glob("pack-zhang-zhan-*.png"))


def case_page(app: QApplication, bundle: Path, folder: Path, out: Path) -> Path:
    services = open_services(str(folder / "data"), str(bundle), printer=PdfFolderPrinter(folder / "printed"))
    window = MainWindow(services, clock=FakeClock())
    window.resize(1280, 800)
    window.show()
    window.flow.set_language("fr")
    window.flow.open_case("zhang-zhan")
    settle(app)
    page = window.flow.screens[Screen.CASE]
    code, scroll = page.findChild(QrCode), page.findChild(QScrollArea)
    if code is not None and scroll is not None:  # the page scrolls down to the online action
        scroll.ensureWidgetVisible(code, 0, 120)
        settle(app)
    path = out / "kiosk-case-online-action-fr.png"
    window.grab().save(str(path))
    window._may_close = True
    window.close()
    services.close()
    install_language("en")
    return path


def sync_page(app: QApplication, bundle: Path, folder: Path, out: Path) -> Path:
    info = bundle / "bundle.toml"  # a report-by date five weeks from today, as a section would set
    due = (dt.date.today() + dt.timedelta(days=38)).isoformat()
    info.write_text(info.read_text(encoding="utf-8").replace("home_country", f"report_by = {due}\nhome_country", 1))
    services = open_services(str(folder / "sync"), str(bundle), printer=PdfFolderPrinter(folder / "printed"))
    page = SyncPage(services)
    page.setStyleSheet(style_sheet("normal"))
    page.show()
    settle(app, 0.2)
    page.resize(1000, max(700, page.minimumSizeHint().height(), page.sizeHint().height()))
    settle(app)
    path = out / "console-sync-deadline.png"
    page.grab().save(str(path))
    page.close()
    services.close()
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication([])
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        bundle = bundle_with_url(folder)
        saved = [
            *pack_pages(bundle, args.out),
            case_page(app, bundle, folder, args.out),
            sync_page(app, bundle, folder, args.out),
        ]
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
