"""The big-screen counter: the event's live count and a bar per case, for a projector or a second screen.

It shows only totals (no names, no letters), so it can face the room. It updates whenever
letters are counted on this laptop, imported from a sync file or cancelled.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from w4r_desktop.core.tally.kinds import letters_by_case
from w4r_desktop.gui.services import TallyServices
from w4r_desktop.gui.style import style_sheet
from w4r_desktop.gui.widgets.bar_chart import BarChart
from w4r_desktop.gui.widgets.form_row import label

COUNT_PX = 120
"""The count's size where the room has space for it."""
COUNT_PADDING = 2 * 8 + 16
"""The counter's padding on both sides (the style sheet's "counter" role), and a little air."""
MARGIN = (64, 48, 64, 48)


class ProjectorView(QWidget):
    """A window of its own: the count, large, and the letters per case."""

    def __init__(self, services: TallyServices, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.services = services
        self.setWindowTitle(self.tr("Write for Rights: letters written"))
        self.setObjectName("screen")  # the kiosk's background and type
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        # Sizes for a room, in the sheet: a style sheet's font wins over setFont().
        self.setStyleSheet(style_sheet("extra-large") + "BarChart { font-size: 28px; }\n")
        self.title = label(self.tr("Write for Rights"), "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count = label("", "counter", wrap=False)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setObjectName("projectorCount")
        self.chart = BarChart()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGIN)
        layout.addWidget(self.title)
        layout.addWidget(self.count)
        layout.addSpacing(24)
        layout.addWidget(self.chart, 1)
        layout.addWidget(label(self.tr("Press Escape to close this window."), "muted"))
        services.events.tally_changed.connect(self.refresh)
        services.events.bundle_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Read the totals again (cheap: the database keeps them)."""
        tally = self.services.tally
        written = tally.letters_written()
        self.count.setText(self.tr("%n letter(s) written", "", written))
        self.count.setAccessibleName(self.count.text())
        self._fit_count()
        per_case = letters_by_case(tally.totals())
        names = {**tally.case_names(), **{case.id: case.name for case in self.services.bundle.cases}}
        bars = [(names.get(case.id, case.id), per_case.get(case.id, 0)) for case in self.services.bundle.cases]
        bars += [(names.get(case_id, case_id), value) for case_id, value in per_case.items() if case_id not in names]
        self.chart.set_bars(sorted(bars, key=lambda bar: -bar[1]))

    def _fit_count(self) -> None:
        """The count as large as the room allows, up to COUNT_PX, and never cut: a projector may be
        1024 px wide, and "1,234 cartas escritas" is long."""
        font = QFont(self.count.font())
        font.setPixelSize(COUNT_PX)
        font.setBold(True)
        needed = QFontMetrics(font).horizontalAdvance(self.count.text()) + COUNT_PADDING
        room = self.width() - MARGIN[0] - MARGIN[2]
        size = max(24, min(COUNT_PX, COUNT_PX * room // max(1, needed)))
        self.count.setStyleSheet(f"font-size: {size}px; font-weight: bold;")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_count()

    def show_on(self, screen: QScreen | None = None) -> None:
        """Full screen on `screen` (the projector), else on the last screen there is."""
        screens = QGuiApplication.screens()
        screen = screen or (screens[-1] if screens else None)
        if screen is not None:
            self.setGeometry(screen.geometry())
        self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
