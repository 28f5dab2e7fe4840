"""The main window: a stack of screens and one place that moves between them."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QStackedWidget

from w4r_desktop.gui.services import Services
from w4r_desktop.gui.kiosk.gallery import CaseGallery


class MainWindow(QMainWindow):
    """The application's only top-level window."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(self.tr("Write for Rights"))
        self.stack = QStackedWidget(self)
        self.gallery = CaseGallery(services.bundle, language="en")
        self.stack.addWidget(self.gallery)
        self.setCentralWidget(self.stack)
        self.resize(1280, 800)
