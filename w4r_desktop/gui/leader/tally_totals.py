"""The Tally page's totals: by case, laptop or day, one column per kind, or, where the page is too
narrow for that (the largest text on a laptop), the letters and one column of the kinds in words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt

from w4r_desktop.core.tally.kinds import KIND, WHOLE_EVENT, TallyKind, letters
from w4r_desktop.gui.services import TallyServices

Index = QModelIndex | QPersistentModelIndex


def kind_name(kind: TallyKind) -> str:
    """The kind in full, in the interface language (from the registry of kinds)."""
    return QCoreApplication.translate("TallyKind", KIND[kind].label)


def kind_short_name(kind: TallyKind) -> str:
    """The kind in a word or two, for a column header."""
    return QCoreApplication.translate("TallyKind", KIND[kind].short)


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
        self.kind_names = {kind: kind_name(kind) for kind in self.kinds}
        self.short_names = {kind: kind_short_name(kind) for kind in self.kinds}
        self.rows: list[tuple[str, dict[TallyKind, int]]] = []

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.refresh()

    def refresh(self) -> None:
        """Read the totals again (cheap: the database keeps them up to date)."""
        tally = self.services.tally
        found = tally.table(self.mode)
        if self.mode == "case":  # every case of the bundle, counted or not yet
            found = {**{case.id: {} for case in self.services.bundle.cases}, **found}
            names = {key: self.case_name(key) for key in found}
        elif self.mode == "station":
            known = tally.station_names()
            names = {key: self.station_name(key, known) for key in found}
        else:
            names = {key: key for key in found}
        table: dict[str, dict[TallyKind, int]] = {}
        for key, counts in found.items():
            row = table.setdefault(names[key], {})
            for kind, quantity in counts.items():
                row[kind] = row.get(kind, 0) + quantity
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
                return str(letters(counts))
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
