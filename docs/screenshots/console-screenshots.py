"""Make the screenshots of the leader's console in docs/screenshots (runs offscreen, on scratch data).

    QT_QPA_PLATFORM=offscreen python docs/screenshots/console-screenshots.py docs/screenshots 1280x800
    QT_QPA_PLATFORM=offscreen python docs/screenshots/console-screenshots.py docs/screenshots 1920x1080

Each page is saved as console-<page>-<size>.png, and the big-screen counter as projector-<size>.png.

The printer is the PDF-folder printer with a jam on the fifth job, so the queue screenshot shows
a failed letter that stayed queued; the tally gets made-up counts.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

app = QApplication([])
from w4r_desktop.gui.fonts import use_interface_font  # noqa: E402 - after the QApplication

use_interface_font(app)  # the screens as the application draws them

from w4r_desktop.core.bundle.format import LetterKind  # noqa: E402 - after the QApplication, as Qt wants
from w4r_desktop.core.letters import draft_letter  # noqa: E402
from w4r_desktop.gui.main_window import MainWindow  # noqa: E402
from w4r_desktop.gui.services import open_services  # noqa: E402
from w4r_desktop.printing.printer import PdfFolderPrinter, Printer, PrinterError  # noqa: E402

out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
size = sys.argv[2] if len(sys.argv) > 2 else "1280x800"
width, height = (int(part) for part in size.split("x"))
work = Path(tempfile.mkdtemp())


class JammingPrinter(Printer):
    """Saves PDFs, grabs the progress dialog while it shows, and jams once."""

    def __init__(self) -> None:
        self.inner = PdfFolderPrinter(work / "printed")
        self.calls = 0

    @property
    def name(self) -> str:
        return "Office laser (HP LaserJet M404)"

    def print_pdf(self, pdf: bytes, job_name: str) -> Path:
        self.calls += 1
        progress = window.console.print_page.progress  # type: ignore[union-attr]
        if self.calls == 3 and progress is not None:
            app.processEvents()
            progress.grab().save(str(out / f"console-print-progress-{size}.png"))
        if self.calls == 5:
            raise PrinterError("the printer is out of paper")
        return self.inner.print_pdf(pdf, job_name)


services = open_services(str(work / "data"), printer=JammingPrinter())
settings = services.settings
settings.set("event_name", "Write for Rights 2021")
settings.set("event_place", "Reno Public Library")
settings.set("group_name", "Amnesty Group 329")
settings.set("station_name", "Laptop 2 (front table)")
settings.set("event_date", dt.date(2021, 12, 10))
window = MainWindow(services)
window.resize(width, height)
window.show()
window._show_console()
console = window.console


def shot(name: str) -> None:
    app.processEvents()
    window.grab().save(str(out / f"console-{name}-{size}.png"))


console.show_page(0)
shot("event")

# Cases: a draft bundle with mistakes was tried; the shipped one stays in use.
bad = work / "w4r-2022-draft"
bad.mkdir()
(bad / "bundle.toml").write_text(
    'format = 1\ncampaign = "Write for Rights 2022"\nyear = 2022\nlanguage = "en"\nhome_country = "USA"\n'
)
(bad / "Zhang Zhan.toml").write_text('name = "Zhang Zhan"\n')
(bad / "wendy-galarza.toml").write_text(
    'name = "Wendy Galarza"\ncountry = "MX"\nheadline = "Shot at a protest"\n'
    'summary = "..."\nask = "Justice"\nadress = ["x"]\n'
)
console.show_page(1)
console.cases_page.load_bundle_from(str(bad))
shot("cases")

# Print: five letters queued and printed, with a jam on the third; two more handed in since.
for case_id in ["zhang-zhan", "mikita-zalatarou", "wendy-galarza", "mohamed-baker", "janna-jihad"]:
    case = services.bundle.case(case_id)
    services.queue.add(draft_letter(services.bundle, case, LetterKind.APPEAL).with_changes(sender_name="Ana"))
services.events.queue_changed.emit()
console.show_page(2)
page = console.print_page
page.print_all()
while page.run is not None:
    app.processEvents()
for case_id in ["sphere", "ciham-ali"]:
    services.queue.add(draft_letter(services.bundle, services.bundle.case(case_id), LetterKind.APPEAL))
services.events.queue_changed.emit()
shot("print-queue")

labels = page.labels
page.show_tab(labels)
labels.case.setCurrentIndex(labels.case.findData("mikita-zalatarou"))
labels.count.setValue(12)
labels.picker.set_start(8)
labels.outline.setChecked(True)
shot("print-labels")

page.show_tab(page.alignment)
page.alignment.offset_x.setValue(1.5)
page.alignment.offset_y.setValue(-1.0)
page.alignment.save_offsets()
shot("print-alignment")

random.seed(2021)
for case in services.bundle.cases:
    for kind, most in (("appeal", 30), ("solidarity", 20), ("handwritten", 12), ("card", 8)):
        count = random.randint(1, most)
        if kind in ("appeal", "solidarity"):
            for _ in range(count):
                services.tally.record(case.id, kind)
        else:
            services.tally.record(case.id, kind, quantity=count)
services.tally.record("zhang-zhan", "participant", quantity=64)
services.events.tally_changed.emit()
console.show_page(3)
shot("tally")
console.show_page(4)
shot("sync")
console.open_projector()
projector = console.projector
assert projector is not None
projector.showNormal()
projector.resize(width, height)
for _ in range(50):  # the window leaves full screen, then takes the size asked for
    app.processEvents()
    if (projector.width(), projector.height()) == (width, height):
        break
projector.grab().save(str(out / f"projector-{size}.png"))
services.close()
