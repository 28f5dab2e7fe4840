"""A QR code on screen: a web address a volunteer opens with a phone's camera."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from w4r_desktop.printing.qr import QUIET_MODULES, qr_modules

SIZE_PX = 168
"""Large enough for a phone held at arm's length from a laptop's screen."""


class QrCode(QWidget):
    """The code for `url`, black on white with its quiet margin, named for screen readers."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.modules = qr_modules(url)
        self.setAccessibleName(self.tr("QR code for %1").replace("%1", url))
        self.setFixedSize(QSize(SIZE_PX, SIZE_PX))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))  # white whatever the theme: cameras read dark on light
        count = len(self.modules) + 2 * QUIET_MODULES
        step = min(self.width(), self.height()) / count
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for row, line in enumerate(self.modules):
            for column, dark in enumerate(line):
                if dark:
                    x, y = (column + QUIET_MODULES) * step, (row + QUIET_MODULES) * step
                    painter.drawRect(QRectF(x, y, step + 0.01, step + 0.01))
        painter.end()
