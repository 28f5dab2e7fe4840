"""The Tally page's totals: by case, laptop or day, one column per kind, or, where the page is too
narrow for that (the largest text on a laptop), the letters and one column of the kinds in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from w4r_desktop.core.tally.records import LETTER_KINDS, WHOLE_EVENT, TallyKind
from w4r_desktop.gui.services import TallyServices

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
    IN_WORDS = LETTERS + 1
    """The kinds in one column of words ("Appeals: 12, Cards: 3"), shown instead of theirs when narrow."""
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
        return 0 if parent.isValid() else self.IN_WORDS + 1

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
            if column == self.IN_WORDS:
                said = [f"{self.short_names[kind]}: {counts[kind]}" for kind in self.kinds if counts.get(kind)]
                return ", ".join(said) or "0"
            return str(counts.get(self.kinds[column - self.FIRST_KIND], 0))
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (self.KEY, self.IN_WORDS):
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
        if section == self.IN_WORDS:
            return self.tr("Of which")
        kind = self.kinds[section - self.FIRST_KIND]
        return self.kind_names[kind] if full else self.short_names[kind]
