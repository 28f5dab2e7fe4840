"""The Event page's "Check this laptop": what `w4r-desktop doctor` says, before the event, in the
interface's words for the verdict (the findings themselves are the doctor's plain English)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from w4r_desktop.core.checkup import Finding
from w4r_desktop.core.data_folder import DataFolder
from w4r_desktop.gui.leader.page_parts import touch_button, with_role
from w4r_desktop.printing.checkup import laptop_findings


class LaptopCheck(QGroupBox):
    """A button that checks the laptop, and what it found, one line each."""

    def __init__(self, folder: Callable[[], DataFolder], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("This laptop"), parent)
        self._folder = folder
        self.button = touch_button(self.tr("Chec&k this laptop"), self.check)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)

    def check(self) -> list[Finding]:
        """Check now (a second or so: the fonts and the bundle are read) and show what was found."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            findings = laptop_findings(self._folder())
        finally:
            QGuiApplication.restoreOverrideCursor()
        problems = [finding for finding in findings if not finding.ok]
        verdict = (
            self.tr("All is well.")
            if not problems
            else self.tr("%n thing(s) to put right before the event:", "", len(problems))
        )
        lines = [f"{'✓' if finding.ok else '✗'} {finding.what}: {finding.words}" for finding in findings]
        self.result.setText("\n".join([verdict, *lines]))
        with_role(self.result, "warning" if problems else "note")
        self.result.show()
        return findings
