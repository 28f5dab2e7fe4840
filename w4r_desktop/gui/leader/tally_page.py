"""The leader's Tally page: live totals by case, station or day, a chart, hand counts, corrections."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.tally.records import HAND_COUNTED, LETTER_KINDS, MAX_QUANTITY, WHOLE_EVENT, RecordLine, TallyKind
from w4r_desktop.gui.leader.page_parts import TOUCH, Confirm, StatusLine, ask_leader, page_heading
from w4r_desktop.gui.services import TallyServices
from w4r_desktop.gui.widgets.bar_chart import BarChart
from w4r_desktop.gui.widgets.choice_box import ChoiceBox

Index = QModelIndex | QPersistentModelIndex


class KindNames(QObject):
    """The kinds' names in the interface language, in one place: full, and short for column headers."""

    def short_names(self) -> dict[TallyKind, str]:
        return {
            TallyKind.APPEAL: self.tr("Appeals"),
            TallyKind.SOLIDARITY: self.tr("Solidarity"),
            TallyKind.HANDWRITTEN: self.tr("By hand"),
            TallyKind.CARD: self.tr("Cards"),
            TallyKind.SIGNATURE: self.tr("Signatures"),
            TallyKind.PARTICIPANT: self.tr("People"),
        }

    def names(self) -> dict[TallyKind, str]:
        return {
            TallyKind.APPEAL: self.tr("Appeal letters"),
            TallyKind.SOLIDARITY: self.tr("Solidarity messages"),
            TallyKind.HANDWRITTEN: self.tr("Hand-written letters"),
            TallyKind.CARD: self.tr("Cards"),
            TallyKind.SIGNATURE: self.tr("Petition signatures"),
            TallyKind.PARTICIPANT: self.tr("Participants"),
        }


class TotalsModel(QAbstractTableModel):
    """Totals as a table: one row per case (or station, or day), one column per kind, then letters."""

    KEY = 0
    FIRST_KIND = 1
    LETTERS = FIRST_KIND + len(TallyKind)
    MODES = ("case", "station", "day")

    def __init__(self, services: TallyServices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.mode = "case"
        self.kinds = list(TallyKind)
        names = KindNames(self)
        self.kind_names = names.names()
        self.short_names = names.short_names()
        self.rows: list[tuple[str, dict[TallyKind, int]]] = []

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.refresh()

    def refresh(self) -> None:
        """Read the totals again (cheap: the database keeps them up to date)."""
        tally = self.services.tally
        table: dict[str, dict[TallyKind, int]] = {}
        if self.mode == "case":
            for case in self.services.bundle.cases:
                table[self.case_name(case.id)] = {}
            for total in tally.totals():
                table.setdefault(self.case_name(total.case_id), {})[total.kind] = total.quantity
        elif self.mode == "station":
            names = tally.station_names()
            for line in tally.totals_by_station():
                table.setdefault(self.station_name(line.station_id, names), {})[line.kind] = line.quantity
        else:
            for day in tally.totals_by_day():
                table.setdefault(day.day, {})[day.kind] = day.quantity
        self.beginResetModel()
        self.rows = list(table.items())
        self.endResetModel()

    def case_name(self, case_id: str) -> str:
        if case_id == WHOLE_EVENT:
            return self.tr("Whole event")
        current = next((case.name for case in self.services.bundle.cases if case.id == case_id), None)
        return current or self.services.tally.case_names().get(case_id, case_id)

    def station_name(self, station_id: str, names: dict[str, str]) -> str:
        name = names.get(station_id) or self.tr("Laptop %1").replace("%1", station_id[:8])
        if station_id == self.services.tally.station_id:
            return self.tr("%1 (this laptop)").replace("%1", name)
        return name

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self.LETTERS + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key, counts = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.KEY:
                return key
            if column == self.LETTERS:
                return str(sum(counts.get(kind, 0) for kind in LETTER_KINDS))
            return str(counts.get(self.kinds[column - self.FIRST_KIND], 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.KEY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        full = role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
        if role != Qt.ItemDataRole.DisplayRole and not full:
            return None
        if section == self.KEY:
            return {"case": self.tr("Case"), "station": self.tr("Laptop"), "day": self.tr("Day")}[self.mode]
        if section == self.LETTERS:
            return self.tr("Letters and cards") if full else self.tr("Letters")
        kind = self.kinds[section - self.FIRST_KIND]
        return self.kind_names[kind] if full else self.short_names[kind]


class RecordsModel(QAbstractTableModel):
    """The newest records, so a leader can find a mistake and cancel it."""

    TIME, CASE, KIND, COUNT, STATUS = range(5)

    def __init__(self, services: TallyServices, names: TotalsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.names = names
        self.kind_names = KindNames(self).names()
        self.lines: list[RecordLine] = []

    def refresh(self) -> None:
        self.beginResetModel()
        self.lines = self.services.tally.recent(200)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        record = line.record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return {
                self.TIME: _local_time(record.recorded_at),
                self.CASE: self.names.case_name(record.case_id),
                self.KIND: self.kind_names[record.kind],
                self.COUNT: str(record.quantity),
                self.STATUS: self.tr("Cancelled") if line.voided else self.tr("Counted"),
            }[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.COUNT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Time"), self.tr("Case"), self.tr("Kind"), self.tr("Count"), self.tr("Status"))[section]


def _local_time(recorded_at: str) -> str:
    """A record's time on this laptop's clock, to the minute."""
    try:
        return dt.datetime.fromisoformat(recorded_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return recorded_at


class TallyPage(QWidget):
    """Live totals, a bar per case, items counted by hand, and corrections that delete nothing."""

    def __init__(self, services: TallyServices, parent: QWidget | None = None, confirm: Confirm = ask_leader) -> None:
        super().__init__(parent)
        self.services = services
        self.confirm = confirm
        kind_names = KindNames(self).names()

        self.counter = QLabel()
        self.counter.setWordWrap(True)
        self.status = StatusLine()

        self.totals = TotalsModel(services, self)
        self.view_choice = ChoiceBox()
        for mode, text in zip(
            TotalsModel.MODES, (self.tr("By case"), self.tr("By laptop"), self.tr("By day")), strict=True
        ):
            self.view_choice.addItem(text, mode)
        self.view_choice.setAccessibleName(self.tr("Show totals"))
        self.view_choice.setMinimumHeight(TOUCH)
        self.view_choice.currentIndexChanged.connect(lambda _: self.totals.set_mode(self.view_choice.currentData()))
        self.totals_view = self._table(self.totals, self.tr("Totals"))
        self.totals_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.totals_view.horizontalHeader().setSectionResizeMode(TotalsModel.KEY, QHeaderView.ResizeMode.Stretch)
        # A long case name wraps onto a second line rather than being cut on a laptop's screen.
        self.totals_view.setWordWrap(True)
        rows = self.totals_view.verticalHeader()
        rows.setMinimumSectionSize(TOUCH - 8)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.totals_view.horizontalHeader().sectionResized.connect(
            lambda *_: self._fit_rows(self.totals_view, self.totals.rowCount())
        )
        self.chart = BarChart()

        # Counting by hand: the pile of hand-written letters, the cards, the signature sheets.
        self.case_choice = ChoiceBox()
        for case in services.bundle.cases:
            self.case_choice.addItem(case.name, case.id)
        self.case_choice.addItem(self.tr("Whole event"), WHOLE_EVENT)
        self.kind_choice = ChoiceBox()
        for kind in HAND_COUNTED:
            self.kind_choice.addItem(kind_names[kind], kind.value)
        self.count_box = QSpinBox()
        self.count_box.setRange(1, MAX_QUANTITY)
        self.count_box.setValue(1)
        self.add_button = QPushButton(self.tr("&Add to the tally"))
        self.add_button.clicked.connect(self.add_hand_count)
        hand = QGroupBox(self.tr("Counted by hand"))
        form = QFormLayout(hand)
        for text, field in (
            (self.tr("&Case"), self.case_choice),
            (self.tr("&What"), self.kind_choice),
            (self.tr("&How many"), self.count_box),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            field.setMinimumHeight(TOUCH)
            form.addRow(label, field)
        self.add_button.setMinimumHeight(TOUCH)
        form.addRow(self.add_button)

        self.records = RecordsModel(services, self.totals, self)
        self.records_view = self._table(self.records, self.tr("Newest records"))
        self.records_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.records_view.horizontalHeader().setSectionResizeMode(RecordsModel.CASE, QHeaderView.ResizeMode.Stretch)
        self.void_button = QPushButton(self.tr("&Cancel the selected record"))
        self.void_button.setToolTip(self.tr("A correction is added; the record itself stays in the history"))
        self.void_button.setMinimumHeight(TOUCH)
        self.void_button.setEnabled(False)
        self.void_button.clicked.connect(self.void_selected)
        self.records_view.selectionModel().selectionChanged.connect(self._selection_changed)
        corrections = QGroupBox(self.tr("Records and corrections"))
        corrections_layout = QVBoxLayout(corrections)
        corrections_layout.addWidget(self.records_view)
        corrections_layout.addWidget(self.void_button)

        # One column, tallest first: the console scrolls, so nothing here needs a scroll bar of its own.
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.view_choice)
        choice_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Tally")))
        layout.addWidget(self.counter)
        layout.addWidget(self.status)
        layout.addLayout(choice_row)
        layout.addWidget(self.totals_view)
        layout.addWidget(self.chart)
        layout.addWidget(hand)
        layout.addWidget(corrections)
        layout.addStretch(1)
        self.records_view.setMinimumHeight(8 * self.records_view.verticalHeader().defaultSectionSize())

        services.events.tally_changed.connect(self.refresh)
        self.refresh()

    def _table(self, model: QAbstractTableModel, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(TOUCH - 8)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        return view

    def refresh(self) -> None:
        """Show the totals as they are now."""
        tally = self.services.tally
        self.totals.refresh()
        self._fit_rows(self.totals_view, self.totals.rowCount())
        self.records.refresh()
        self._selection_changed()
        letters = tally.letters_written()
        event = str(self.services.settings.get("event_name") or "")
        self.counter.setText(
            self.tr("%1 letters and cards counted for %2").replace("%1", str(letters)).replace("%2", event)
        )
        per_case: dict[str, int] = {case.id: 0 for case in self.services.bundle.cases}
        for total in tally.totals():
            if total.kind in LETTER_KINDS and total.case_id != WHOLE_EVENT:
                per_case[total.case_id] = per_case.get(total.case_id, 0) + total.quantity
        self.chart.set_bars([(self.totals.case_name(case_id), count) for case_id, count in per_case.items()])

    def _fit_rows(self, view: QTableView, rows: int, most: int = 16) -> None:
        """Tall enough for every row (up to `most`), so the totals read without scrolling."""
        header = view.horizontalHeader().sizeHint().height()
        frame = 2 * view.frameWidth()
        scroll = view.horizontalScrollBar().sizeHint().height()
        shown = min(max(rows, 1), most)
        lines = sum(view.rowHeight(row) for row in range(min(rows, shown)))
        lines += (shown - min(rows, shown)) * view.verticalHeader().defaultSectionSize()
        view.setFixedHeight(header + frame + scroll + lines)

    def showEvent(self, event: QShowEvent) -> None:
        # The kiosk counts while this page is hidden: show the numbers as they are now.
        self.refresh()
        super().showEvent(event)

    def add_hand_count(self) -> None:
        case_id = str(self.case_choice.currentData())
        kind = TallyKind(str(self.kind_choice.currentData()))
        count = self.count_box.value()
        try:
            self.services.tally.record(case_id, kind, quantity=count)
        except UserError as problem:
            self.status.say(str(problem), error=True)
            return
        self.status.say(
            self.tr("Added %1 %2 for %3.")
            .replace("%1", str(count))
            .replace("%2", self.kind_choice.currentText())
            .replace("%3", self.case_choice.currentText())
        )
        self.count_box.setValue(1)
        self.services.events.tally_changed.emit()

    def selected_line(self) -> RecordLine | None:
        rows = self.records_view.selectionModel().selectedRows()
        return self.records.lines[rows[0].row()] if rows else None

    def _selection_changed(self, *_: object) -> None:
        line = self.selected_line()
        self.void_button.setEnabled(line is not None and not line.voided)

    def void_selected(self) -> None:
        line = self.selected_line()
        if line is None or line.voided:
            return
        record = line.record
        # "Cancel 12 hand-written letters for Bernardo Caal Xol?"
        question = (
            self.tr("Cancel %1 %2 for %3? The record stays in the history with its correction.")
            .replace("%1", str(record.quantity))
            .replace("%2", self.records.kind_names[record.kind].lower())
            .replace("%3", self.totals.case_name(record.case_id))
        )
        if not self.confirm(self, question):
            return
        try:
            self.services.tally.void(record.id)
        except UserError as problem:
            self.status.say(str(problem), error=True)
            return
        self.status.say(self.tr("Record cancelled; the totals are corrected."))
        self.services.events.tally_changed.emit()
