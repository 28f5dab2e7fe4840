"""How fast the printing engine is, against a bare ReportLab page built in the same run.

    python bench/bench_printing.py [--repeat N]
    python bench/bench_printing.py --without-accelerator   # as without rl-accel, to see what it gives

Each figure is the median of N runs after one warm-up run (fonts registered, caches filled),
given in milliseconds and as a ratio to a baseline made with ReportLab alone in the same run, so
that the machine's speed cancels out. The letter's baseline is a plain ReportLab letter: the same
text (addresses, date, greeting, paragraphs, closing, signature) as platypus paragraphs on US
Letter, in the same embedded font (Noto Serif, subset into the PDF) at the same size. Labels and
the batch are given against a bare page: one line of Helvetica, made with the canvas.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import statistics
import sys
import time
from collections.abc import Callable
from html import escape
from pathlib import Path

if "--without-accelerator" in sys.argv:
    # ReportLab falls back to its pure-Python helpers when _rl_accel cannot be imported.
    sys.modules["_rl_accel"] = None  # type: ignore[assignment]

from reportlab.lib.pagesizes import LETTER  # (after the choice of accelerator)
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.model import LetterKind
from w4r_desktop.core.letters import Letter, draft_letter
from w4r_desktop.printing.batch import render_batch
from w4r_desktop.printing.fonts import SERIF, register_fonts
from w4r_desktop.printing.labels import render_labels
from w4r_desktop.printing.letter import BODY_SIZE, render_letter

BUNDLE = Path(__file__).resolve().parents[1] / "cases" / "2021"


def bare_page() -> bytes:
    stream = io.BytesIO()
    canvas = Canvas(stream, pagesize=LETTER, invariant=1)
    canvas.setFont("Helvetica", 11)
    canvas.drawString(72, 720, "Dear President Xi,")
    canvas.showPage()
    canvas.save()
    return stream.getvalue()


def plain_letter(letter: Letter) -> bytes:
    """The same letter as a ReportLab user would first write it: paragraphs in the same embedded font."""
    register_fonts()
    style = ParagraphStyle("plain", fontName=SERIF, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.3, spaceAfter=BODY_SIZE)
    lines = [
        *(line for line in (letter.sender_name, letter.sender_town) if line),
        letter.date.isoformat(),
        *letter.recipient.lines,
        letter.recipient.country_name,
    ]
    story = [Paragraph(escape(line), style) for line in lines]
    story += [Spacer(1, BODY_SIZE), Paragraph(escape(letter.salutation), style)]
    story += [Paragraph(escape(paragraph), style) for paragraph in letter.body.split("\n\n") if paragraph.strip()]
    story += [Paragraph(escape(letter.closing), style), Paragraph(escape(letter.sender_name), style)]
    stream = io.BytesIO()
    SimpleDocTemplate(stream, pagesize=LETTER, leftMargin=inch, rightMargin=inch, invariant=1).build(story)
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
    plain = median_ms(lambda: plain_letter(one), repeat)
    letter_ms = median_ms(lambda: render_letter(one), repeat)
    figures = [
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
    print(f"plain ReportLab letter, same text and embedded font: {plain:.1f} ms")
    print(f"{f'one-page letter ({pages} page)':<55} {letter_ms:9.1f} ms  {letter_ms / plain:8.1f} x plain letter")
    print(f"bare ReportLab page: {base:.2f} ms")
    for name, ms in figures:
        print(f"{name:<55} {ms:9.1f} ms  {ms / base:8.0f} x bare page")


if __name__ == "__main__":
    main()
