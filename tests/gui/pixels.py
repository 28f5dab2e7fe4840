"""Reading colours back from a grabbed widget, as a person reads the screen."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor, QImage


def luminance(color: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def commonest(picture: QImage, count: int = 2) -> list[QColor]:
    """The `count` commonest colours of a picture (of text: its ground, then its ink)."""
    counts: Counter[int] = Counter(
        picture.pixel(x, y) for x in range(0, picture.width(), 2) for y in range(0, picture.height(), 2)
    )
    return [QColor(rgb) for rgb, _ in counts.most_common(count)]


def contrast(picture: QImage) -> float:
    """WCAG contrast between the two commonest colours of a picture of text."""
    light, dark = sorted((luminance(color) for color in commonest(picture)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
