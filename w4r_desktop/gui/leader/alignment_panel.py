"""The alignment test page and the printer offsets that correct where labels land."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.settings import SPEC_BY_KEY
from w4r_desktop.gui.leader.page_parts import TOUCH, StatusLine
from w4r_desktop.gui.leader.setting_fields import add_form_row, setting_label
from w4r_desktop.gui.leader.sheets import sheet_choices
from w4r_desktop.gui.services import SettingsAccess
from w4r_desktop.gui.widgets.choice_box import ChoiceBox
from w4r_desktop.printing.labels import render_alignment_page
from w4r_desktop.printing.printer import Printer

OFFSET_LIMIT_MM = 20.0


class AlignmentPanel(QWidget):
    """Print a test page, compare it with a label sheet, and save how far this printer is off."""

    def __init__(self, services: SettingsAccess, printer: Callable[[], Printer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.printer = printer

        steps = QLabel(
            self.tr(
                "1. Print the test page on plain paper.\n"
                "2. Hold it against a label sheet in front of a light.\n"
                "3. If the boxes sit to the right of the labels (or below them), lower the offset across "
                "(or down) by that many millimetres; to the left (or above), raise it.\n"
                "4. Save, print the test page again, and repeat until the outlines match the labels."
            )
        )
        steps.setWordWrap(True)

        form = QFormLayout()
        self.sheet = ChoiceBox()
        for key, title in sheet_choices():
            self.sheet.addItem(title, key)
        add_form_row(form, self.tr("Label &sheet"), self.sheet)
        self.offset_x = self._offset_box()
        add_form_row(
            form,
            setting_label(SPEC_BY_KEY["offset_x_mm"]),
            self.offset_x,
            self.tr("Positive moves the print to the right"),
        )
        self.offset_y = self._offset_box()
        add_form_row(
            form, setting_label(SPEC_BY_KEY["offset_y_mm"]), self.offset_y, self.tr("Positive moves the print down")
        )
        self.printer_note = QLabel()
        self.printer_note.setWordWrap(True)
        form.addRow("", self.printer_note)

        self.save_button = QPushButton(self.tr("Sa&ve offsets"))
        self.save_button.clicked.connect(self.save_offsets)
        self.test_button = QPushButton(self.tr("Print &test page"))
        self.test_button.clicked.connect(self.print_test_page)
        for button in (self.save_button, self.test_button):
            button.setMinimumHeight(TOUCH)
        self.status = StatusLine()
        buttons = QHBoxLayout()  # a message has its own line above: it never moves or squeezes them
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)

        layout = QVBoxLayout(self)
        layout.addWidget(steps)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.load()
        services.events.settings_changed.connect(self._on_setting)

    def _offset_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(-OFFSET_LIMIT_MM, OFFSET_LIMIT_MM)
        box.setDecimals(1)
        box.setSingleStep(0.5)
        box.setSuffix(" mm")
        return box

    def load(self) -> None:
        """Show the saved offsets and sheet."""
        settings = self.services.settings
        self.offset_x.setValue(float(settings.get("offset_x_mm")))
        self.offset_y.setValue(float(settings.get("offset_y_mm")))
        index = self.sheet.findData(settings.get("label_sheet"))
        if index >= 0:
            self.sheet.setCurrentIndex(index)
        self.printer_note.setText(
            self.tr("Offsets are kept for this laptop's printer: %1").replace("%1", self.printer().name)
        )

    def offsets(self) -> tuple[float, float]:
        return (self.offset_x.value(), self.offset_y.value())

    def save_offsets(self) -> bool:
        """Save the offsets for this printer; labels and the test page use them from now on."""
        try:
            for key, value in (("offset_x_mm", self.offset_x.value()), ("offset_y_mm", self.offset_y.value())):
                self.services.settings.set(key, value)
        except UserError as exc:
            self.status.say(str(exc), error=True)
            return False
        self.status.say(
            self.tr("Offsets saved: %1 mm across, %2 mm down.")
            .replace("%1", f"{self.offset_x.value():+.1f}")
            .replace("%2", f"{self.offset_y.value():+.1f}")
        )
        return True

    def print_test_page(self) -> bool:
        """Print label outlines and a ruler, shifted by the offsets shown (saved or not)."""
        try:
            pdf = render_alignment_page(str(self.sheet.currentData()), self.offsets())
            printer = self.printer()
            written = printer.print_pdf(pdf, "w4r-alignment-test")
        except UserError as exc:
            self.status.say(self.tr("The test page was not printed: %1").replace("%1", str(exc)), error=True)
            return False
        self.status.say(self.tr("Test page sent to %1.").replace("%1", str(written) if written else printer.name))
        return True

    def _on_setting(self, key: str) -> None:
        if key in {"offset_x_mm", "offset_y_mm", "label_sheet"}:
            self.load()
