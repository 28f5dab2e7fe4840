"""The Tally page's newest records: a table a leader reads to find a mistake and cancel it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.records import RecordLine
from w4r_desktop.gui.leader.tally_totals import Index, TotalsModel, kind_name
from w4r_desktop.gui.services import TallyServices


class RecordsModel(QAbstractTableModel):
    """The newest records, so a leader can find a mistake and cancel it."""

    TIME, CASE, KIND, COUNT, STATUS = range(5)

    def __init__(self, services: TallyServices, names: TotalsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.names = names
        self.kind_names = {kind.value: kind_name(kind) for kind in TallyKind}
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
