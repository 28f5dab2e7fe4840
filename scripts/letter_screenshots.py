#!/usr/bin/env python3
"""A printed letter page per family of scripts, into docs/screenshots/letter-<family>.png.

    QT_QPA_PLATFORM=offscreen python scripts/letter_screenshots.py [--out DIR]

Each page is an appeal letter whose body holds a paragraph in each script of the family (the
samples the tests print, tests/printing/script_samples.py), painted by Qt's PDF engine at 100 dpi:
what a printer gets.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtPdf import QPdfDocument

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.letters import APPEAL_TO_CHINA  # noqa: E402
from tests.printing.script_samples import FAMILIES, SAMPLES  # noqa: E402
from w4r_desktop.printing.letter import render_letter  # noqa: E402

DPI = 100


def page_image(pdf: bytes) -> QImage:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "letter.pdf"
        path.write_bytes(pdf)
        document = QPdfDocument()
        document.load(str(path))
        points = document.pagePointSize(0)
        image = document.render(0, QSize(round(points.width() * DPI / 72), round(points.height() * DPI / 72)))
        document.close()
    flat = QImage(image.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, image)
    painter.end()
    return flat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    app = QGuiApplication(sys.argv)
    for family, languages in FAMILIES.items():
        body = "\n\n".join(f"{language}: {SAMPLES[language]}" for language in languages)
        pdf = render_letter(APPEAL_TO_CHINA.with_changes(body=body), "a4").pdf
        path = args.out / f"letter-{family}.png"
        page_image(pdf).save(str(path))
        print(path)
    del app


if __name__ == "__main__":
    main()
