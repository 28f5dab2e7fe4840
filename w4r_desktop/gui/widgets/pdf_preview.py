"""A PDF shown from memory with QtPdf: the real document that will be printed, never a file on disk.

It can be zoomed for a volunteer who sees poorly: with its minus and plus buttons, Ctrl and the mouse
wheel, or Ctrl+plus, Ctrl+minus and Ctrl+0 (back to the whole page).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0)
"""Zoom factors (1.0 is the page at its printed size on screen)."""
LARGER_TEXT = frozenset({"large", "extra-large"})
"""Text sizes at which a preview opens as wide as it is (larger than the whole page, never cut)."""


class PdfPreview(QWidget):
    """Every page of a PDF, fitted to the widget, with zoom."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.view.setAccessibleName(accessible_name)
        self.view.viewport().installEventFilter(self)
        self._buffer: QBuffer | None = None
        self.zoom_out_button = QPushButton("\u2212")  # a minus sign, as wide as the plus
        self.fit_button = QPushButton(self.tr("Fit"))
        self.zoom_in_button = QPushButton("+")
        for button, name in (
            (self.zoom_out_button, self.tr("Zoom out")),
            (self.fit_button, self.tr("Whole page")),
            (self.zoom_in_button, self.tr("Zoom in")),
        ):
            button.setAccessibleName(name)
            button.setToolTip(name)
            button.setMinimumSize(44, 44)
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(-1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(1))
        self.fit_button.clicked.connect(self.fit)
        for keys, step in (("Ctrl++", 1), ("Ctrl+=", 1), ("Ctrl+-", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.zoom_by(step))
        whole = QShortcut(QKeySequence("Ctrl+0"), self)
        whole.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        whole.activated.connect(self.fit)
        self.zoom_bar = QWidget()
        """The zoom buttons: under the view, unless a screen places them elsewhere (beside a heading)."""
        # Never narrower than the buttons' text: the column holding them grows instead.
        self.zoom_bar.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        buttons = QHBoxLayout(self.zoom_bar)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.zoom_out_button)
        buttons.addWidget(self.fit_button)
        buttons.addWidget(self.zoom_in_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.zoom_bar)

    # --- zoom ----------------------------------------------------------------------------------

    @property
    def zoom(self) -> float | None:
        """The zoom factor, or None while the whole page is fitted."""
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            return None
        return float(self.view.zoomFactor())

    def set_zoom(self, factor: float | None) -> None:
        if factor is None:
            self.fit()
            return
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def zoom_by(self, steps: int) -> None:
        """One step in (1) or out (-1) from where it is (from the fitted page: to 100 %)."""
        current = self.zoom
        if current is None:
            self.set_zoom(1.0 if steps > 0 else ZOOM_STEPS[0])
            return
        index = min(range(len(ZOOM_STEPS)), key=lambda i: abs(ZOOM_STEPS[i] - current))
        self.set_zoom(ZOOM_STEPS[max(0, min(len(ZOOM_STEPS) - 1, index + steps))])

    def fit(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    def follow_text_size(self, text_size: str) -> None:
        """Open as the whole page; with larger text, as wide as the preview: larger, and never cut at
        the right (a fixed 150 % showed a small screen the page's white top corner, and ran off a
        large one)."""
        if text_size in LARGER_TEXT:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        else:
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.zoom_by(1 if event.angleDelta().y() > 0 else -1)
            return True
        return False

    # --- the document --------------------------------------------------------------------------

    def show_pdf(self, pdf: bytes) -> None:
        """Show `pdf` (the bytes stay in memory only, and go when `clear` is called)."""
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        # QPdfDocument reads from the device for as long as the document is open: keep it.
        self._buffer = buffer
        self.document.load(buffer)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
