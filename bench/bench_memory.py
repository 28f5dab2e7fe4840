#!/usr/bin/env python3
"""The kiosk's memory over an evening: its size after 200 letters against its size after the first.

    python bench/bench_memory.py [--letters 200]

Runs the real kiosk window offscreen, on a throwaway data folder and a PDF-folder printer, and
walks the volunteer's journey by clicking its buttons: start, a case (a different one each time),
write an appeal, review, hand it in, "I'm done". The resident size (VmRSS) is read after the first
letter (the baseline: everything loaded once) and after the last; the bar is 1.2x.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from w4r_desktop.gui.idle import FakeClock
from w4r_desktop.gui.kiosk.screen import Screen
from w4r_desktop.gui.main_window import MainWindow
from w4r_desktop.gui.services import open_services
from w4r_desktop.printing.printer import PdfFolderPrinter


def resident_mib() -> float:
    """This process's resident memory now, in MiB (Linux: /proc; elsewhere the peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=200)
    args = parser.parse_args()
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(str(Path(folder) / "data"), printer=PdfFolderPrinter(Path(folder) / "printed"))
        window = MainWindow(services, clock=FakeClock())
        window.resize(1280, 800)
        window.show()
        flow = window.flow
        cases = [case.id for case in services.bundle.cases]

        def settle() -> None:
            for _ in range(3):
                app.processEvents()

        def one_letter(number: int) -> None:
            flow.screens[Screen.WELCOME].start_button.click()
            settle()
            gallery = flow.screens[Screen.GALLERY]
            card = next(card for card in gallery.cards if card.case_id == cases[number % len(cases)])
            card.click()
            settle()
            flow.screens[Screen.CASE].appeal_button.click()
            settle()
            editor = flow.screens[Screen.EDITOR]
            editor.body.setPlainText(f"Letter {number}: please release them. " * 5)
            editor.sender_name.setText("Sam")
            editor.review_button.click()
            settle()
            flow.screens[Screen.REVIEW].hand_in_button.click()
            settle()
            flow.screens[Screen.THANKS].done_button.click()
            settle()

        one_letter(0)
        gc.collect()
        settle()
        first = resident_mib()
        for number in range(1, args.letters):
            one_letter(number)
        gc.collect()
        settle()
        last = resident_mib()
        window.close()
        services.close()
    print(f"after the first letter: {first:6.1f} MiB")
    print(f"after {args.letters} letters:     {last:6.1f} MiB = {last / first:.2f}x the first (bar: 1.2x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
