"""'Are you still there?': an overlay inside the window with the countdown to the reset.

An overlay rather than a dialog: separate top-level windows can fail to show above a full-screen
window on some systems (reliability research, section 1.2).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from w4r_desktop.gui.widgets.form_row import centred, label, name_by_text


class StillThere(QWidget):
    """Covers its parent while the countdown runs."""

    still_here = Signal()
    """The volunteer pressed "I'm still here"."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("stillThere")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        card = QFrame()
        card.setObjectName("stillThereCard")
        self.title = title = label("", "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seconds = label("", "heading")
        self.seconds.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton()
        self.button.setProperty("role", "primary")
        self._say_it()
        self.button.clicked.connect(self.still_here.emit)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(16)
        inner.addWidget(title)
        inner.addWidget(self.seconds)
        inner.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred(card, 720))
        layout.addStretch(1)
        self._covered = parent
        parent.installEventFilter(self)
        self.hide()

    def _say_it(self) -> None:
        """The title and button in the volunteer's language (made once, shown to many people)."""
        self.title.setText(self.tr("Are you still there?"))
        self.button.setText(self.tr("I'm still here"))
        name_by_text(self.button, self.button.text())

    def show_countdown(self, seconds: int) -> None:
        if not self.isVisible():
            self._say_it()
        self.seconds.setText(
            self.tr("To protect your privacy, your letter will be cleared in %n second(s).", "", seconds)
        )
        self.seconds.setAccessibleName(self.seconds.text())
        if not self.isVisible():
            self.setGeometry(self._covered.rect())
            self.show()
            self.raise_()
            self.button.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._covered and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._covered.rect())
        return False
