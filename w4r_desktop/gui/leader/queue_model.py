"""The print queue as a table: which letters wait, for whom, since when, and why one failed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from w4r_desktop.core.bundle.format import LetterKind
from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.print_queue import QueuedLetter

COL_CASE, COL_KIND, COL_TO, COL_QUEUED, COL_STATUS = range(5)
JobRole = Qt.ItemDataRole.UserRole + 1
"""The `QueuedLetter` of a row."""

_FAILED = QColor("#b00020")
Index = QModelIndex | QPersistentModelIndex


class PrintQueueModel(QAbstractTableModel):
    """Read-only rows of queued letters, oldest first."""

    def __init__(self, bundle: CaseBundle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bundle = bundle
        self._jobs: list[QueuedLetter] = []
        self._names: dict[str, str] = {}
        self._headers = (self.tr("Case"), self.tr("Letter"), self.tr("To"), self.tr("Queued"), self.tr("Status"))

    def set_jobs(
        self, jobs: list[QueuedLetter], bundle: CaseBundle | None = None, names: dict[str, str] | None = None
    ) -> None:
        """Replace every row (the queue is small: a whole reload is simplest and always right).

        `names` are case names by id for letters queued under another bundle.
        """
        self.beginResetModel()
        self._jobs = list(jobs)
        if bundle is not None:
            self._bundle = bundle
        if names is not None:
            self._names = names
        self.endResetModel()

    @property
    def jobs(self) -> list[QueuedLetter]:
        return list(self._jobs)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._jobs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._jobs):
            return None
        job = self._jobs[index.row()]
        if role == JobRole:
            return job
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(job, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and job.failed and index.column() == COL_STATUS:
            return QBrush(_FAILED)
        return None

    def _text(self, job: QueuedLetter, column: int) -> str | None:
        letter = job.letter
        if column == COL_CASE:
            try:
                return self._bundle.case(letter.case_id).name
            except UserError:  # queued under another bundle: it still prints, under its name
                return self._names.get(letter.case_id, letter.case_id)
        if column == COL_KIND:
            kind = self.tr("Appeal") if letter.kind == LetterKind.APPEAL else self.tr("Solidarity")
            return self.tr("%1 + envelope").replace("%1", kind)
        if column == COL_TO:
            first = letter.recipient.lines[0] if letter.recipient.lines else ""
            return f"{first}, {letter.recipient.country_name}"
        if column == COL_QUEUED:
            return _local_time(job.created_at)
        if column == COL_STATUS:
            if not letter.verified:
                return self.tr("Address to check: confirm it before printing")
            return self.tr("Failed: %1").replace("%1", job.failed) if job.failed else self.tr("Waiting")
        return None


def _local_time(stamp: str) -> str:
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%H:%M")
