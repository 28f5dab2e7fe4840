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
    """WCAG contrast between a picture of text's ground (its commonest colour) and its ink: the
    commonest colour that is not a near shade of the ground. (With a thin face the ink's exact
    colour covers fewer pixels than a one-pixel edge of a slightly other ground; taking the second
    commonest colour read such a label as 1.09:1.) A picture with no colour apart from the ground's
    shades has no readable ink: 1.0."""
    counts = Counter(picture.pixel(x, y) for x in range(0, picture.width(), 2) for y in range(0, picture.height(), 2))
    colours = [QColor(rgb) for rgb, _ in counts.most_common()]
    ground = luminance(colours[0])
    for colour in colours[1:]:
        shade = luminance(colour)
        ratio = (max(ground, shade) + 0.05) / (min(ground, shade) + 0.05)
        if ratio >= NEAR_SHADE:
            return ratio
    return 1.0


NEAR_SHADE = 1.25
"""Colours closer than this to the ground are its shades (an edge, a gradient), not ink."""
