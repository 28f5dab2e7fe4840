"""A case's photo, or a calm placeholder with the person's initials when the bundle has none."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

# Warm, muted backgrounds that all carry white initials at better than 4.5:1.
PALETTE = ("#7a4b2a", "#2f5d50", "#5b4a7a", "#8a3b3b", "#2b4d7a", "#5e5a2c", "#6b3f5f", "#3f5e2b")


def initials(name: str) -> str:
    """Up to two initials: "Zhang Zhan" -> "ZZ", "Sphere (Anna ...)" -> "S"."""
    words = [word for word in name.replace("(", " ").split() if word[:1].isalpha()]
    if not words:
        return "?"
    first = words[0][0]
    last = words[-1][0] if len(words) > 1 and "(" not in name else ""
    return (first + last).upper()


def portrait_pixmap(name: str, key: str, photo: bytes | None, size: int) -> QPixmap:
    """A round portrait `size` pixels across."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    clip = QPainterPath()
    clip.addEllipse(QRectF(0, 0, size, size))
    painter.setClipPath(clip)
    image = QPixmap()
    if photo and image.loadFromData(photo):
        scaled = image.scaled(
            size, size, Qt.AspectRatioMode.KeepAspectRatioByExpanding, Qt.TransformationMode.SmoothTransformation
        )
        painter.drawPixmap((size - scaled.width()) // 2, (size - scaled.height()) // 2, scaled)
    else:
        colour = PALETTE[int(hashlib.sha1(key.encode()).hexdigest(), 16) % len(PALETTE)]
        painter.fillRect(0, 0, size, size, QColor(colour))
        font = QFont()
        font.setPixelSize(int(size * 0.38))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap


class Portrait(QLabel):
    """The portrait as a label; decorative, so screen readers skip it (the name is said nearby)."""

    def __init__(self, name: str, key: str, photo: bytes | None, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPixmap(portrait_pixmap(name, key, photo, size))
        self.setFixedSize(size, size)
        self.setAccessibleName("")
