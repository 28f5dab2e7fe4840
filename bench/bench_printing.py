"""How fast the printing engine is, against a bare ReportLab page built in the same run.

    python bench/bench_printing.py [--repeat N]
    python bench/bench_printing.py --without-accelerator   # as without rl-accel, to see what it gives

Each figure is the median of N runs after one warm-up run (fonts registered, caches filled),
given in milliseconds and as a ratio to the bare page: one US Letter page with one line of
Helvetica, made with the canvas and no platypus. The machine's speed cancels out of the ratios.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

if "--without-accelerator" in sys.argv:
    # ReportLab falls back to its pure-Python helpers when _rl_accel cannot be imported.
    sys.modules["_rl_accel"] = None  # type: ignore[assignment]

from reportlab.lib.pagesizes import LETTER  # (after the choice of accelerator)
from reportlab.pdfgen.canvas import Canvas

from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.model import LetterKind
from w4r_desktop.core.letters import Letter, draft_letter
from w4r_desktop.printing.batch import render_batch
from w4r_desktop.printing.labels import render_labels
from w4r_desktop.printing.letter import render_letter

BUNDLE = Path(__file__).resolve().parents[1] / "cases" / "2021"


def bare_page() -> bytes:
    stream = io.BytesIO()
    canvas = Canvas(stream, pagesize=LETTER, invariant=1)
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, 720, "Dear President Xi,")
    canvas.showPage()
    canvas.save()
    return stream.getvalue()


def median_ms(work: Callable[[], object], repeat: int) -> float:
    work()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def sample_letters() -> list[Letter]:
    """One appeal per case, signed, with every address confirmed as a leader does before printing."""
    bundle = load_bundle(BUNDLE)
    return [
        draft_letter(bundle, case, LetterKind.APPEAL, today=dt.date(2021, 12, 10)).with_changes(
            sender_name="Jo Doe", sender_town="Springfield, IL", verified=True
        )
        for case in bundle.cases
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--without-accelerator", action="store_true", help="block rl-accel (see above)")
    repeat = parser.parse_args().repeat
    letters = sample_letters()
    one = letters[0]
    pages = render_letter(one).page_count
    batch = (letters * 20)[:200]
    postage = load_bundle(BUNDLE).info.postage
    base = median_ms(bare_page, repeat * 4)
    figures = [
        (f"one-page letter ({pages} page)", median_ms(lambda: render_letter(one), repeat)),
        (
            "1,000 address labels (Avery 5160, 34 sheets)",
            median_ms(
                lambda: render_labels(one.recipient, one.home_country, "avery-5160", count=1000, verified=True),
                max(3, repeat // 3),
            ),
        ),
        (
            "200-letter batch (letters, envelopes, mailing sheet)",
            median_ms(lambda: render_batch(batch, "letter", "us10", postage), max(3, repeat // 5)),
        ),
    ]
    print(f"bare ReportLab page: {base:.2f} ms")
    for name, ms in figures:
        print(f"{name:<55} {ms:9.1f} ms  {ms / base:8.0f} x bare page")


if __name__ == "__main__":
    main()
