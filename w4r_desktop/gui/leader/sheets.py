"""The label sheets the printing engine knows, as the console shows and picks them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRectF


def label_sheets() -> dict[str, Any]:
    """The printing engine's label sheets by id (empty while the engine has none)."""
    try:
        from w4r_desktop.printing.labels import LABEL_SHEETS
    except ModuleNotFoundError as missing:  # pragma: no cover - while the engine is being built
        if missing.name != "w4r_desktop.printing.labels":
            raise
        return {}
    if isinstance(LABEL_SHEETS, dict):
        return dict(LABEL_SHEETS)
    return {sheet.id: sheet for sheet in LABEL_SHEETS}


def sheet_title(key: str, sheet: Any) -> str:
    """What to call a sheet in a list."""
    for name in ("title", "name", "description"):
        value = getattr(sheet, name, None)
        if isinstance(value, str) and value:
            return value
    return key


def sheet_choices() -> tuple[tuple[str, str], ...]:
    """(id, title) of every known sheet, for a choice setting."""
    return tuple((key, sheet_title(key, sheet)) for key, sheet in label_sheets().items())


@dataclass(frozen=True)
class SheetPlan:
    """A sheet's paper and label rectangles in millimetres from the top-left, in reading order."""

    width_mm: float
    height_mm: float
    labels: tuple[QRectF, ...]
    columns: int

    @property
    def count(self) -> int:
        return len(self.labels)


def _mm(sheet: Any, *names: str) -> float | None:
    for name in names:
        value = getattr(sheet, name, None)
        if isinstance(value, int | float):
            return float(value)
    return None


def sheet_plan(sheet: Any) -> SheetPlan:
    """The geometry of `sheet`, read from the engine's description of it."""
    columns = int(_mm(sheet, "columns", "cols", "across") or 3)
    rows = int(_mm(sheet, "rows", "down") or 10)
    width = _mm(sheet, "page_width_mm", "paper_width_mm", "width_mm") or 215.9
    height = _mm(sheet, "page_height_mm", "paper_height_mm", "height_mm") or 279.4
    label_w = _mm(sheet, "label_width_mm") or width / columns
    label_h = _mm(sheet, "label_height_mm") or height / rows
    left = _mm(sheet, "left_mm", "margin_left_mm", "x0_mm") or 0.0
    top = _mm(sheet, "top_mm", "margin_top_mm", "y0_mm") or 0.0
    pitch_x = _mm(sheet, "pitch_x_mm", "h_pitch_mm") or label_w
    pitch_y = _mm(sheet, "pitch_y_mm", "v_pitch_mm") or label_h
    labels = tuple(
        QRectF(left + column * pitch_x, top + row * pitch_y, label_w, label_h)
        for row in range(rows)
        for column in range(columns)
    )
    return SheetPlan(width, height, labels, columns)
