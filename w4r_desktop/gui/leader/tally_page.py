"""The leader's Tally page: live totals by case, station or day, a chart, hand counts, corrections."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QObject, Qt
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
from w4r_desktop.core.tally.kinds import HAND_COUNTED, MAX_QUANTITY, WHOLE_EVENT, TallyKind, letters_by_case
from w4r_desktop.core.tally.records import RecordLine
from w4r_desktop.gui.leader.page_parts import TOUCH, Confirm, StatusLine, ask_leader, page_heading
from w4r_desktop.gui.leader.tally_records import RecordsModel
from w4r_desktop.gui.leader.tally_totals import TotalsModel, kind_name
from w4r_desktop.gui.services import TallyServices
from w4r_desktop.gui.widgets.bar_chart import BarChart
from w4r_desktop.gui.widgets.choice_box import ChoiceBox


class TallyPage(QWidget):
    """Live totals, a bar per case, items counted by hand, and corrections that delete nothing."""

    def __init__(self, services: TallyServices, parent: QWidget | None = None, confirm: Confirm = ask_leader) -> None:
        super().__init__(parent)
        self.services = services
        self.confirm = confirm

        self.counter = QLabel()
        self.counter.setWordWrap(True)
        self.status = StatusLine()

        self.totals = TotalsModel(services, self)
        self.in_words = False
        self.chart = BarChart()
        self.totals_view = self._build_totals()
        self._show_in_words(False)
        hand = self._build_hand_count()
        corrections = self._build_corrections()

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

    def _build_totals(self) -> QTableView:
        """The totals, by case, laptop or day, and the choice between them."""
        self.view_choice = ChoiceBox()
        for mode, text in zip(
            TotalsModel.MODES, (self.tr("By case"), self.tr("By laptop"), self.tr("By day")), strict=True
        ):
            self.view_choice.addItem(text, mode)
        self.view_choice.setAccessibleName(self.tr("Show totals"))
        self.view_choice.setMinimumHeight(TOUCH)
        self.view_choice.currentIndexChanged.connect(lambda _: self.totals.set_mode(self.view_choice.currentData()))
        view = self._table(self.totals, self.tr("Totals"))
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(TotalsModel.KEY, QHeaderView.ResizeMode.Stretch)
        # A long case name wraps onto a second line rather than being cut on a laptop's screen.
        view.setWordWrap(True)
        rows = view.verticalHeader()
        rows.setMinimumSectionSize(TOUCH - 8)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows(view, self.totals.rowCount()))
        view.horizontalHeader().setSectionResizeMode(TotalsModel.IN_WORDS, QHeaderView.ResizeMode.Stretch)
        view.installEventFilter(self)  # its own width decides, shown or hidden
        return view

    def _build_hand_count(self) -> QGroupBox:
        """Counting by hand: the pile of hand-written letters, the cards, the signature sheets."""
        self.case_choice = ChoiceBox()
        for case in self.services.bundle.cases:
            self.case_choice.addItem(case.name, case.id)
        self.case_choice.addItem(self.tr("Whole event"), WHOLE_EVENT)
        self.kind_choice = ChoiceBox()
        for kind in HAND_COUNTED:
            self.kind_choice.addItem(kind_name(kind), kind.value)
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
        return hand

    def _build_corrections(self) -> QGroupBox:
        """The newest records, and cancelling one with a correction."""
        self.records = RecordsModel(self.services, self.totals, self)
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
        return corrections

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
        per_case = {case.id: 0 for case in self.services.bundle.cases}
        per_case.update(letters_by_case(tally.totals()))
        self.chart.set_bars([(self.totals.case_name(case_id), count) for case_id, count in per_case.items()])

    def _show_in_words(self, in_words: bool) -> None:
        """One column per kind, or, too narrow for them, the kinds in one column of words."""
        self.in_words = in_words
        for column in range(TotalsModel.FIRST_KIND, TotalsModel.LETTERS):
            self.totals_view.setColumnHidden(column, in_words)
        self.totals_view.setColumnHidden(TotalsModel.IN_WORDS, not in_words)
        # In words, both text columns stretch to the width: nothing is left to scroll to.
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if in_words else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.totals_view.setHorizontalScrollBarPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.totals_view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The kinds in words when their columns would not fit the table's width."""
        # Measured from the headers' words, not the sections' hints: a hidden section hints 0, which
        # made the choice flip back and forth once the kinds were in words.
        header = self.totals_view.horizontalHeader()
        words = header.fontMetrics()
        titles = [
            str(self.totals.headerData(column, Qt.Orientation.Horizontal)) for column in range(TotalsModel.IN_WORDS)
        ]
        wanted = 160 + sum(words.horizontalAdvance(title) + 2 * words.height() for title in titles[1:])
        room = self.totals_view.width() - 2 * self.totals_view.frameWidth()
        if (wanted > room) != self.in_words:
            self._show_in_words(wanted > room)

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
