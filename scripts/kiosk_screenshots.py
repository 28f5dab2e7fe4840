#!/usr/bin/env python3
"""Screenshots of every kiosk screen at 1280x800, in each interface language, into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python scripts/kiosk_screenshots.py [--size 1280x800] [--out DIR]

Runs the real window on a throwaway data folder, with a fake clock and a PDF-folder printer, and
walks the volunteer's journey the way a person would.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.interface_languages import SOURCE_LANGUAGE, interface_language_codes
from w4r_desktop.gui.idle import FakeClock
from w4r_desktop.gui.kiosk.flow import KioskFlow, Screen
from w4r_desktop.gui.main_window import MainWindow
from w4r_desktop.gui.services import open_services
from w4r_desktop.printing.printer import PdfFolderPrinter

ROOT = Path(__file__).resolve().parents[1]


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let the window lay itself out and QtPdf render its pages (in threads of its own) before a grab."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def write(flow: KioskFlow, kind: LetterKind, name: str, town: str, added: str = "") -> None:
    """Open a letter to Zhang Zhan and sign it (with `added` to its text)."""
    flow.open_case("zhang-zhan")
    flow.open_editor(kind, 0)
    editor = flow.editor()
    assert editor is not None
    if added:
        editor.body.setPlainText(editor.body.toPlainText() + added)
    editor.sender_name.setText(name)
    editor.sender_town.setText(town)
    editor.flush()


def shoot(app: QApplication, language: str, size: tuple[int, int], out: Path) -> list[Path]:
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(str(Path(folder) / "data"), printer=PdfFolderPrinter(Path(folder) / "printed"))
        for case in ("mikita-zalatarou", "zhang-zhan", "zhang-zhan"):  # a counter that is not zero
            services.tally.record(case, "appeal", 0)
        clock = FakeClock()
        window = MainWindow(services, clock=clock)
        window.resize(*size)
        window.show()
        flow = window.flow

        def grab(name: str) -> None:
            settle(app)
            path = out / f"kiosk-{name}-{language}.png"
            window.grab().save(str(path))
            saved.append(path)

        if language != SOURCE_LANGUAGE:
            flow.set_language(language)
        grab("welcome")
        flow.go(Screen.GALLERY)
        grab("gallery")
        flow.open_case("zhang-zhan")
        grab("case")
        flow.open_case("ciham-ali")
        grab("case-no-postal-solidarity")
        write(flow, LetterKind.SOLIDARITY, "Ana", "Tucson", "\n\nGreetings from the Amnesty group of Tucson.")
        grab("editor-warning")
        write(flow, LetterKind.APPEAL, "Ana Ruiz", "Tucson, Arizona")
        grab("editor")
        flow.open_review()
        grab("review")
        window.still_there.show_countdown(23)
        grab("still-there")
        window.still_there.hide()
        flow.hand_in()
        grab("thanks")
        window.open_leader()
        grab("pin")
        window._may_close = True
        window.close()
        services.close()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    width, height = (int(part) for part in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    from w4r_desktop.gui.fonts import use_interface_font

    use_interface_font(app)  # the screens as the application draws them
    shots: Callable[[str], list[Path]] = lambda language: shoot(app, language, (width, height), args.out)  # noqa: E731
    for language in interface_language_codes():
        for path in shots(language):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
