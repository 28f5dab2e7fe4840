"""Editors for declared settings, and the form row that labels them for people and screen readers.

Each `SettingSpec` kind has one editor, so a form can be generated from `SPECS`: adding a setting
is one line in core/settings.py and it appears in the console.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from w4r_desktop.core.settings import SettingSpec
from w4r_desktop.gui.leader.page_parts import TOUCH
from w4r_desktop.gui.widgets.choice_box import ChoiceBox

_NO_DATE = QDate(2000, 1, 1)  # shown as "Not set": QDateEdit cannot be empty


def setting_label(spec: SettingSpec) -> str:
    """The setting's label in the interface language."""
    return QCoreApplication.translate("Settings", spec.label)


def choice_label(label: str) -> str:
    """A choice's label in the interface language (choices are marked in the "Settings" context)."""
    return QCoreApplication.translate("Settings", label)


def add_form_row(form: QFormLayout, text: str, field: QWidget, description: str = "") -> QLabel:
    """Add `field` under a visible label that is its buddy and its accessible name."""
    label = QLabel(text)
    label.setBuddy(field)
    label.setWordWrap(True)
    field.setAccessibleName(text.replace("&", ""))
    if description:
        field.setAccessibleDescription(description)
        field.setToolTip(description)
    field.setMinimumHeight(TOUCH)
    form.addRow(label, field)
    return label


class _DateField(QDateEdit):
    """A date that may be "Not set" (the earliest date, shown in words), whose calendar then opens
    on this month rather than on January 2000."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.calendarWidget().installEventFilter(self)
        self._advanced = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Typing into "Not set" starts a date (today's, typed over from its year) instead of
        # putting a text cursor in the words and dropping the digits.
        text = event.text()
        if self.date() == _NO_DATE and text.isdigit():
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateTimeEdit.Section.YearSection)
            self.lineEdit().setSelection(0, 4)
        if text in "-/." and text and self._advanced:
            # A full year or month already moved on to the next part: its separator is not a second move.
            self._advanced = False
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSection() != section

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.date() == _NO_DATE:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


CHECK_BOXES_PER_ROW = 2


class SettingField(QWidget):
    """An editor for one setting: shows a value and gives back what the leader entered."""

    edited = Signal()
    """The leader changed the value (not yet saved)."""

    def __init__(
        self, spec: SettingSpec, choices: Sequence[tuple[str, str]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.choices = tuple(choices) or spec.choices
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: list[QCheckBox] = []
        self.editor = self._make_editor(layout)
        if self.editor is not None:
            if layout.indexOf(self.editor) < 0:  # not placed already (beside its limits)
                layout.addWidget(self.editor)
            self.setFocusProxy(self.editor)
        else:
            layout.addStretch(1)
            if self._boxes:
                self.setFocusProxy(self._boxes[0])

    def setAccessibleName(self, name: str) -> None:
        """Name the editor too: it is what a screen reader lands on."""
        super().setAccessibleName(name)
        if self.editor is not None:
            self.editor.setAccessibleName(name)
        for box in self._boxes:
            box.setAccessibleDescription(name)

    # --- building ------------------------------------------------------------------------

    def _make_editor(self, layout: QHBoxLayout) -> QWidget | None:
        """The one editor for the setting's kind; a list with choices is a row of check boxes instead
        (None: the row itself is the editor)."""
        spec = self.spec
        if spec.kind is list and self.choices:
            self._add_check_boxes(layout)
            return None
        if spec.kind is bool:
            check = QCheckBox()
            check.toggled.connect(self.edited)
            return check
        if self.choices:
            return self._choice_box()
        if spec.kind is int:
            return self._whole_number(layout)
        if spec.kind is float:
            return self._number()
        if spec.kind is dt.date:
            return self._date()
        if spec.kind is list and spec.lines:
            return self._lines()
        line = QLineEdit()
        line.setMaxLength(200)
        line.textEdited.connect(self.edited)
        return line

    def _add_check_boxes(self, layout: QHBoxLayout) -> None:
        # Two to a row: the boxes stay beside their label however many languages are shipped.
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (code, label) in enumerate(self.choices):
            box = QCheckBox(choice_label(label))
            box.setProperty("code", code)
            box.setMinimumHeight(TOUCH)
            box.toggled.connect(self.edited)
            grid.addWidget(box, index // CHECK_BOXES_PER_ROW, index % CHECK_BOXES_PER_ROW)
            self._boxes.append(box)
        layout.addLayout(grid)

    def _choice_box(self) -> ChoiceBox:
        combo = ChoiceBox()
        for code, label in self.choices:
            combo.addItem(choice_label(label), code)
        combo.currentIndexChanged.connect(self.edited)
        return combo

    def _whole_number(self, layout: QHBoxLayout) -> QSpinBox:
        """A number field, placed with its limits beside it when the setting has both."""
        spec = self.spec
        spin = QSpinBox()
        # Wider than the setting allows: a value out of range is explained when saving
        # ("at least 30"), instead of being put back without a word.
        spin.setRange(0 if (spec.minimum or 0) >= 0 else -1_000_000, 1_000_000)
        spin.valueChanged.connect(self.edited)
        if spec.minimum is not None and spec.maximum is not None:
            limits = QLabel(self.tr("%1 to %2").replace("%1", str(spec.minimum)).replace("%2", str(spec.maximum)))
            limits.setProperty("role", "muted")
            spin.setToolTip(limits.text())
            layout.addWidget(spin)
            layout.addWidget(limits)
            layout.addStretch(1)
            self.limits = limits
        return spin

    def _number(self) -> QDoubleSpinBox:
        spec = self.spec
        number = QDoubleSpinBox()
        number.setDecimals(spec.decimals)
        number.setSingleStep(0.5 if spec.decimals < 2 else 0.01)
        number.setRange(
            spec.minimum if spec.minimum is not None else -50.0, spec.maximum if spec.maximum is not None else 50.0
        )
        number.valueChanged.connect(self.edited)
        return number

    def _date(self) -> _DateField:
        date = _DateField()
        date.setDisplayFormat("yyyy-MM-dd")
        date.setMinimumDate(_NO_DATE)
        date.setSpecialValueText(self.tr("Not set"))
        date.dateChanged.connect(self.edited)
        return date

    def _lines(self) -> QPlainTextEdit:
        """A list typed one item a line, four lines high."""
        area = QPlainTextEdit()
        area.setTabChangesFocus(True)
        rows = QFontMetrics(area.font()).lineSpacing() * 4
        area.setFixedHeight(rows + 2 * area.frameWidth() + 8)
        area.textChanged.connect(self.edited)
        return area

    # --- value ---------------------------------------------------------------------------

    def set_value(self, value: Any) -> None:
        """Show `value` (a value of the setting's type) without emitting `edited`."""
        self.blockSignals(True)
        try:
            self._show(value)
        finally:
            self.blockSignals(False)

    def _show(self, value: Any) -> None:
        editor = self.editor
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText("\n".join(value or ()))
        elif self.spec.kind is list and isinstance(editor, QLineEdit):
            editor.setText(", ".join(value or ()))
        elif self.spec.kind is list:
            chosen = set(value or ())
            for box in self._boxes:
                box.setChecked(box.property("code") in chosen)
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            index = editor.findData(value)
            if index < 0 and value:
                # A value saved from a list this version does not offer: show it rather than lose it.
                editor.addItem(str(value), value)
                index = editor.count() - 1
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QSpinBox | QDoubleSpinBox):
            editor.setValue(value if value is not None else 0)
        elif isinstance(editor, QDateEdit):
            editor.setDate(QDate(value.year, value.month, value.day) if value else _NO_DATE)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def value(self) -> Any:
        """What the leader entered, not yet checked against the setting's rules."""
        editor = self.editor
        if isinstance(editor, QPlainTextEdit):  # one item per line
            return [line.strip() for line in editor.toPlainText().splitlines() if line.strip()]
        if self.spec.kind is list and isinstance(editor, QLineEdit):
            # A list without choices is typed as comma-separated words.
            return [part.strip() for part in editor.text().split(",") if part.strip()]
        if self.spec.kind is list:
            return [str(box.property("code")) for box in self._boxes if box.isChecked()]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            return editor.value()
        if isinstance(editor, QDateEdit):
            date = editor.date()
            return None if date == _NO_DATE else dt.date(date.year(), date.month(), date.day())
        if isinstance(editor, QLineEdit):
            return editor.text()
        return None

    @property
    def boxes(self) -> list[QCheckBox]:
        """The check boxes of a list setting (empty for other kinds)."""
        return list(self._boxes)
