"""Address labels for a case's official or solidarity address: N labels from label K of a sheet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.bundle.model import Case
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.letters import PostalAddress, recipient_of
from w4r_desktop.gui.leader.page_parts import TOUCH, StatusLine, counted, touch_button, with_role
from w4r_desktop.gui.leader.setting_fields import add_form_row
from w4r_desktop.gui.leader.sheet_picker import SheetPicker
from w4r_desktop.gui.leader.sheets import sheet_choices, sheet_plan
from w4r_desktop.gui.services import CaseAccess
from w4r_desktop.gui.widgets.choice_box import ChoiceBox
from w4r_desktop.printing.labels import MAX_LABELS, label_warnings, render_labels
from w4r_desktop.printing.printer import Printer


class LabelsPanel(QWidget):
    """Choose a case and address, the sheet, how many labels and where the sheet's free part starts."""

    def __init__(self, services: CaseAccess, printer: Callable[[], Printer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.printer = printer
        layout = QHBoxLayout(self)
        layout.addLayout(self._build_form_column(), 3)
        layout.addLayout(self._build_picker_column(), 2)

        self._select_default_sheet()
        self.fill_cases()
        services.events.bundle_changed.connect(self.fill_cases)
        services.events.settings_changed.connect(self._on_setting)

    def _build_form_column(self) -> QVBoxLayout:
        """What to print and on what, then the print button."""
        form = QFormLayout()
        self._add_address_rows(form)
        self._add_sheet_rows(form)
        self.print_button = with_role(touch_button(self.tr("&Print labels"), self.print_labels), "primary")
        self.status = StatusLine()
        column = QVBoxLayout()
        column.addLayout(form)
        column.addStretch(1)
        column.addWidget(self.status)
        column.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignRight)
        return column

    def _add_address_rows(self, form: QFormLayout) -> None:
        """The case, which of its addresses, and that address as it will print."""
        self.case = ChoiceBox()
        self.case.currentIndexChanged.connect(self._on_case)
        add_form_row(form, self.tr("&Case"), self.case)
        self.address = ChoiceBox()
        self.address.currentIndexChanged.connect(self._on_address)
        add_form_row(form, self.tr("&Address"), self.address)
        self.preview = QLabel()
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setAccessibleName(self.tr("The address as printed"))
        with_role(self.preview, "note")
        form.addRow("", self.preview)
        self.warning = with_role(QLabel(), "warning")
        self.warning.setWordWrap(True)
        form.addRow("", self.warning)

    def _add_sheet_rows(self, form: QFormLayout) -> None:
        """The label sheet, how many labels, the first free one, and how many sheets that takes."""
        self.sheet = ChoiceBox()
        for key, title in sheet_choices():
            self.sheet.addItem(title, key)
        self.sheet.currentIndexChanged.connect(self._on_sheet)
        add_form_row(form, self.tr("Label &sheet"), self.sheet)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_LABELS)
        self.count.setValue(1)
        self.count.valueChanged.connect(self._on_count)
        add_form_row(form, self.tr("&Number of labels"), self.count)
        self.start = QSpinBox()
        self.start.setRange(1, 1)
        self.start.valueChanged.connect(self._on_start)
        add_form_row(
            form,
            self.tr("Start at &label"),
            self.start,
            self.tr("The first free label on a partly used sheet, counted across then down"),
        )
        self.outline = QCheckBox(self.tr("Draw label &outlines (for a test on plain paper)"))
        self.outline.setMinimumHeight(TOUCH)
        form.addRow("", self.outline)
        self.sheets_needed = QLabel()
        form.addRow("", self.sheets_needed)

    def _build_picker_column(self) -> QVBoxLayout:
        """The sheet drawn label by label, to click the first free one."""
        self.picker = SheetPicker(sheet_plan(self._sheet_key()))
        self.picker.start_changed.connect(self.start.setValue)
        hint = QLabel(self.tr("Click the first free label (or use the arrow keys)."))
        hint.setWordWrap(True)
        legend = with_role(QLabel(self.tr("Grey, crossed: already used. Yellow: will be printed.")), "muted")
        legend.setWordWrap(True)
        column = QVBoxLayout()
        column.addWidget(hint)
        column.addWidget(self.picker, 1)
        column.addWidget(legend)
        return column

    # --- choices -------------------------------------------------------------------------

    def fill_cases(self) -> None:
        """List the cases of the bundle in use."""
        self.case.blockSignals(True)
        self.case.clear()
        for case in self.services.bundle.cases:
            self.case.addItem(f"{case.name} ({case.country_name})", case.id)
        self.case.blockSignals(False)
        self._on_case()

    def _current_case(self) -> Case | None:
        case_id = self.case.currentData()
        return None if case_id is None else self.services.bundle.case(str(case_id))

    def _on_case(self) -> None:
        case = self._current_case()
        self.address.blockSignals(True)
        self.address.clear()
        if case is not None:
            for index, official in enumerate(case.appeal):
                self.address.addItem(
                    self.tr("Official: %1").replace("%1", official.title), (LetterKind.APPEAL.value, index)
                )
            for index, channel in enumerate(case.solidarity):
                if channel.is_postal:
                    self.address.addItem(
                        self.tr("Solidarity: %1").replace("%1", channel.recipient or case.name),
                        (LetterKind.SOLIDARITY.value, index),
                    )
        self.address.blockSignals(False)
        self._on_address()

    def selected_address(self) -> tuple[PostalAddress, bool] | None:
        """The chosen address and whether it is marked verified."""
        case = self._current_case()
        choice = self.address.currentData()
        if case is None or choice is None:
            return None
        kind, index = LetterKind(choice[0]), int(choice[1])
        verified = case.appeal[index].verified if kind == LetterKind.APPEAL else case.solidarity[index].verified
        return recipient_of(case, kind, index), verified

    def _on_address(self) -> None:
        chosen = self.selected_address()
        if chosen is None:
            self.preview.setText("")
            self.print_button.setEnabled(False)
        else:
            address = chosen[0]
            self.preview.setText("\n".join([*(line.upper() for line in address.lines), address.country_name.upper()]))
            self.print_button.setEnabled(self.sheet.count() > 0)
        self._update_warnings()

    def _update_warnings(self) -> None:
        """What to know before printing: an unverified address, type too small for the label."""
        chosen = self.selected_address()
        warnings = []
        if chosen is not None:
            address, verified = chosen
            if not verified:
                warnings.append(self.tr("This address is marked unverified: check it before mailing."))
            try:
                # The engine's notes are English, like its other messages (UserError text).
                warnings.extend(label_warnings(address, self.services.bundle.info.home_country, self._sheet_key()))
            except UserError as exc:
                warnings.append(str(exc))
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))

    def _sheet_key(self) -> str:
        return str(self.sheet.currentData())

    def _select_default_sheet(self) -> None:
        index = self.sheet.findData(self.services.settings.get("label_sheet"))
        if index >= 0:
            self.sheet.setCurrentIndex(index)
        self._on_sheet()

    def _on_sheet(self) -> None:
        plan = sheet_plan(self._sheet_key())
        self.picker.set_plan(plan)
        self.start.setMaximum(plan.count)
        self._on_count()
        self._update_warnings()

    def _on_start(self, start: int) -> None:
        self.picker.set_start(start)
        self._on_count()

    def _on_count(self) -> None:
        per_sheet = self.picker.plan.count
        self.picker.set_count(self.count.value())
        used = self.start.value() - 1 + self.count.value()
        sheets = -(-used // per_sheet)
        self.sheets_needed.setText(counted(self.tr("Uses 1 sheet."), self.tr("Uses %n sheets."), sheets))

    def _on_setting(self, key: str) -> None:
        if key == "label_sheet":
            self._select_default_sheet()

    # --- printing ------------------------------------------------------------------------

    def print_labels(self) -> bool:
        """Print the labels; say where they went or why not."""
        chosen = self.selected_address()
        if chosen is None:
            return False
        address, verified = chosen
        settings = self.services.settings
        offset = (float(settings.get("offset_x_mm")), float(settings.get("offset_y_mm")))
        case = self._current_case()
        assert case is not None
        try:
            pdf = render_labels(
                address,
                self.services.bundle.info.home_country,
                self._sheet_key(),
                self.count.value(),
                self.start.value(),
                self.outline.isChecked(),
                offset,
                verified=verified,
                allow_unverified=True,  # the leader chose it, with the warning beside it
            )
            printer = self.printer()
            written = printer.print_pdf(pdf, f"w4r-labels-{case.id}")
        except UserError as exc:
            self.status.say(self.tr("The labels were not printed: %1").replace("%1", str(exc)), error=True)
            return False
        where = str(written) if written is not None else printer.name
        sent = counted(self.tr("1 label sent to %1."), self.tr("%n labels sent to %1."), self.count.value())
        self.status.say(sent.replace("%1", where))
        return True
