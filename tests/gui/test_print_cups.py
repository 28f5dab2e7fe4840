"""Printing through a real CUPS queue (cups-pdf): the PDF itself arrives, at actual size, text still text.

.ci/run installs CUPS and printer-driver-cups-pdf, starts cupsd and adds the queue W4R-PDF, whose
jobs land as PDF files in ~/PDF. Elsewhere these tests are skipped, saying why.
"""

from __future__ import annotations

import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.letters import APPEAL_TO_CHINA
from tests.printing.pdf_reading import page_sizes, pieces, reader, text
from w4r_desktop.gui.printer import choose_printer
from w4r_desktop.printing.cups import cups_available, cups_queues
from w4r_desktop.printing.envelope import render_envelope
from w4r_desktop.printing.labels import render_labels
from w4r_desktop.printing.letter import render_letter

QUEUE = "W4R-PDF"
OUTPUT = Path.home() / "PDF"
MM = 72 / 25.4

pytestmark = pytest.mark.skipif(
    not cups_available() or QUEUE not in cups_queues(),
    reason=f"no CUPS queue {QUEUE} (cups-pdf): .ci/run sets one up",
)


def printed_through_cups(pdf: bytes, kind: str) -> bytes:
    """Print `pdf` with the application's own printer choice, and wait for cups-pdf's file."""
    job = f"w4r{kind}{uuid.uuid4().hex[:12]}"
    printer = choose_printer(QUEUE, Path("/nonexistent"))
    assert printer.name == QUEUE and printer.on_paper
    printer.print_pdf(pdf, job)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        found = [path for path in OUTPUT.glob(f"{job}*.pdf") if path.stat().st_size > 0]
        if found:
            time.sleep(0.3)  # cups-pdf writes, then sets the mode: let it finish
            data = found[0].read_bytes()
            found[0].unlink()
            return data
        time.sleep(0.2)
    log = subprocess.run(["lpstat", "-W", "all", "-o"], capture_output=True, text=True, check=False).stdout
    raise AssertionError(f"cups-pdf wrote nothing for {job}: {log}")


def same_places(original: bytes, printed: bytes) -> None:
    """Every line of text is where it was, within 1 mm (on a page turned to feed short edge first,
    where it was once turned)."""
    width, height = page_sizes(original)[0]
    turned = reader(printed).pages[0].rotation == 90 and width > height
    before = {piece.text: ((height - piece.y, piece.x) if turned else (piece.x, piece.y)) for piece in pieces(original)}
    after = {piece.text: (piece.x, piece.y) for piece in pieces(printed)}
    shared = set(before) & set(after)
    assert len(shared) >= len(before) * 0.8, (sorted(before), sorted(after))
    for line in shared:
        (x0, y0), (x1, y1) = before[line], after[line]
        assert abs(x0 - x1) <= MM and abs(y0 - y1) <= MM, (line, before[line], after[line])


CASES: dict[str, Callable[[], bytes]] = {
    "letter": lambda: render_letter(APPEAL_TO_CHINA, "letter").pdf,
    "envelope": lambda: render_envelope(APPEAL_TO_CHINA, "us10"),
    "labels": lambda: render_labels(APPEAL_TO_CHINA.recipient, "US", "avery-5160", count=4, verified=True),
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_a_job_arrives_as_vectors_at_actual_size(kind: str) -> None:
    original = CASES[kind]()
    printed = printed_through_cups(original, kind)
    (width, height) = page_sizes(original)[0]
    (out_width, out_height) = page_sizes(printed)[0]
    rotation = reader(printed).pages[0].rotation
    if kind == "envelope":  # the media as the envelope feeds, short edge first, the page turned onto it
        assert (out_width, out_height) == pytest.approx((height, width), abs=MM) and rotation == 90
    else:
        assert (out_width, out_height) == pytest.approx((width, height), abs=MM) and rotation == 0
    assert "XI JINPING" in text(printed).upper()  # still text, not a picture of text
    same_places(original, printed)
