"""The label sheets the printing engine knows, as the console lists and draws them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from w4r_desktop.printing.label_sheets import LABEL_SHEETS, LabelSheet


def sheet_choices() -> tuple[tuple[str, str], ...]:
    """(key, name) of every known sheet, for a choice setting or a list."""
    return tuple((key, sheet.name) for key, sheet in LABEL_SHEETS.items())


@dataclass(frozen=True)
class SheetPlan:
    """A sheet's paper and label rectangles in millimetres from the top left, in reading order."""

    width_mm: float
    height_mm: float
    labels: tuple[QRectF, ...]
    columns: int

    @property
    def count(self) -> int:
        return len(self.labels)


def sheet_plan(key: str) -> SheetPlan:
    """The geometry of the sheet called `key` (the first known sheet if there is no such sheet)."""
    sheet: LabelSheet = LABEL_SHEETS.get(key) or next(iter(LABEL_SHEETS.values()))
    labels = tuple(QRectF(left, top, sheet.label_width, sheet.label_height) for left, top in sheet.cells())
    return SheetPlan(sheet.paper[0], sheet.paper[1], labels, sheet.columns)
