"""How fast the printing engine is, each figure against plain ReportLab doing the same work in the same run.

    python bench/bench_printing.py [--repeat N]
    python bench/bench_printing.py --without-accelerator   # as without rl-accel, to see what it gives

Each figure is the median of N runs (at least 7) after one warm-up run (fonts registered, caches
filled), interleaved with its floor so that the machine's state cancels out, given in
milliseconds and as a ratio. The floors are what a ReportLab user would write for the same pages:

- one-page letter: the same text (addresses, date, greeting, paragraphs, closing, signature) as
  platypus paragraphs on US Letter, in the same embedded font (Noto Serif) at the same size;
- a letter in every script: the same paragraphs, each set by hand in the bundled face of its
  script with ReportLab's own HarfBuzz shaping (no font fallback, no bidi, no ICU line breaks);
- 1,000 labels: the same address lines at the same places, sizes and font, drawn with drawString;
- 200-letter batch: the plain letters in one document, the same envelope lines drawn with
  drawString on envelope pages, and the mailing sheet's rows as a plain table.
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
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.printing.script_samples import SAMPLES  # noqa: E402
from w4r_desktop.core.bundle.format import LetterKind  # noqa: E402
from w4r_desktop.core.bundle.loading import load_bundle  # noqa: E402
from w4r_desktop.core.letters import Letter, draft_letter  # noqa: E402
from w4r_desktop.printing.address import envelope_lines  # noqa: E402
from w4r_desktop.printing.batch import render_batch  # noqa: E402
from w4r_desktop.printing.envelope import ENVELOPE_SIZES, place_address, sender_lines  # noqa: E402
from w4r_desktop.printing.fonts import SANS, SERIF, face_for, register_fonts  # noqa: E402
from w4r_desktop.printing.label_sheets import label_sheet  # noqa: E402
from w4r_desktop.printing.labels import fit_label, render_labels  # noqa: E402
from w4r_desktop.printing.letter import BODY_SIZE, render_letter  # noqa: E402

BUNDLE = ROOT / "cases" / "2021"
SHOWN = ("Arabic", "Hindi", "Tamil", "Thai", "Khmer", "Burmese", "Chinese (simplified)", "Japanese", "Korean")


def _style() -> ParagraphStyle:
    return ParagraphStyle("plain", fontName=SERIF, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.3, spaceAfter=BODY_SIZE)


def plain_story(letter: Letter) -> list[Flowable]:
    """The letter as a ReportLab user would first write it: paragraphs in the same embedded font."""
    style = _style()
    lines = [
        *(line for line in (letter.sender_name, letter.sender_town) if line),
        letter.date.isoformat(),
        *letter.recipient.lines,
        letter.recipient.country_name,
    ]
    story: list[Flowable] = [Paragraph(escape(line), style) for line in lines]
    story += [Spacer(1, BODY_SIZE), Paragraph(escape(letter.salutation), style)]
    for paragraph in letter.body.split("\n\n"):
        if paragraph.strip():
            # Each paragraph in the face of its script (the first letter's), shaped by ReportLab.
            face = next((face_for(char, SERIF) for char in paragraph if char.isalpha()), SERIF) or SERIF
            shaped = ParagraphStyle("script", parent=style, fontName=face, shaping=1 if face != SERIF else 0)
            story.append(Paragraph(escape(paragraph), shaped))
    story += [Paragraph(escape(letter.closing), style), Paragraph(escape(letter.sender_name), style)]
    return story


def plain_document(stories: list[list[Flowable]]) -> bytes:
    stream = io.BytesIO()
    story: list[Flowable] = []
    for index, part in enumerate(stories):
        story += ([PageBreak()] if index else []) + part
    SimpleDocTemplate(stream, pagesize=LETTER, leftMargin=inch, rightMargin=inch, invariant=1).build(story)
    return stream.getvalue()


def plain_labels(letter: Letter, count: int) -> bytes:
    """The same 1,000 labels: the address set as the engine sets it, drawn with drawString."""
    sheet = label_sheet("avery-5160")
    text = fit_label(envelope_lines(letter.recipient, letter.home_country).lines, sheet)
    width, height = sheet.paper[0] * mm, sheet.paper[1] * mm
    stream = io.BytesIO()
    canvas = Canvas(stream, pagesize=(width, height), invariant=1)
    for index in range(count):
        position = index % sheet.per_sheet + 1
        if index and position == 1:
            canvas.showPage()
        left, top = sheet.cell(position)
        baseline = height - top * mm - 0.4 * sheet.label_height * mm
        canvas.setFont(SANS, text.size)
        for line in text.lines:
            canvas.drawString(left * mm + sheet.padding_x * mm, baseline, line)
            baseline -= text.leading
    canvas.showPage()
    canvas.save()
    return stream.getvalue()


def plain_batch(letters: list[Letter]) -> bytes:
    """The same batch: plain letters, envelopes drawn line by line, the sheet as a plain table."""
    letters_pdf = plain_document([plain_story(letter) for letter in letters])
    size = ENVELOPE_SIZES["us10"]
    stream = io.BytesIO()
    canvas = Canvas(stream, pagesize=(size.width, size.height), invariant=1)
    for letter in letters:
        lines = envelope_lines(letter.recipient, letter.home_country).lines
        placed = place_address(size, lines)
        canvas.setFont(SANS, 9)
        y = size.height - 30
        for line in sender_lines(letter):
            canvas.drawString(25, y, line)
            y -= 11
        canvas.setFont(SANS, placed.size)
        y = placed.first_baseline
        for line in placed.lines:
            canvas.drawString(placed.left, y, line)
            y -= placed.leading
        canvas.showPage()
    canvas.save()
    sheet = io.BytesIO()
    rows = [
        ["\n".join(envelope_lines(letter.recipient, letter.home_country).lines), "1", "1.30 USD"] for letter in letters
    ]
    SimpleDocTemplate(sheet, pagesize=LETTER, invariant=1).build(
        [Table(rows, style=[("FONTNAME", (0, 0), (-1, -1), SANS)])]
    )
    return letters_pdf + stream.getvalue() + sheet.getvalue()


def interleaved(ours: Callable[[], object], floor: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Medians (ms) of `ours` and `floor`, run alternately after one warm-up each."""
    ours()
    floor()
    mine, theirs = [], []
    for round_ in range(repeat):
        for work, times in ((ours, mine), (floor, theirs))[:: 1 if round_ % 2 else -1]:
            start = time.perf_counter()
            work()
            times.append((time.perf_counter() - start) * 1000)
    return statistics.median(mine), statistics.median(theirs)


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
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--without-accelerator", action="store_true", help="block rl-accel (see above)")
    repeat = parser.parse_args().repeat
    register_fonts()
    letters = sample_letters()
    one = letters[0]
    scripts = one.with_changes(body="\n\n".join(SAMPLES[language] for language in SHOWN))
    batch = (letters * 20)[:200]
    postage = load_bundle(BUNDLE).info.postage
    rows = [
        ("one-page letter", lambda: render_letter(one), lambda: plain_document([plain_story(one)]), repeat),
        (
            f"a letter in {len(SHOWN)} scripts",
            lambda: render_letter(scripts),
            lambda: plain_document([plain_story(scripts)]),
            repeat,
        ),
        (
            "1,000 address labels (Avery 5160, 34 sheets)",
            lambda: render_labels(one.recipient, one.home_country, "avery-5160", count=1000, verified=True),
            lambda: plain_labels(one, 1000),
            repeat,
        ),
        (
            "200-letter batch (letters, envelopes, mailing sheet)",
            lambda: render_batch(batch, "letter", "us10", postage),
            lambda: plain_batch(batch),
            max(1, repeat // 3),
        ),
    ]
    print(f"{'work':<55} {'W4R':>9} {'plain':>9}  ratio (same work, plain ReportLab)")
    for name, ours, floor, runs in rows:
        mine, theirs = interleaved(ours, floor, runs)
        print(f"{name:<55} {mine:7.1f}ms {theirs:7.1f}ms  {mine / theirs:5.2f} x plain")


if __name__ == "__main__":
    main()
