"""Asking for the leader PIN (and setting it on first use), as a page inside the main window.

A page rather than a separate dialog window: dialogs can fail to appear above a full-screen
window on some systems, and a page cannot be dragged aside to reach the desktop.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.pin import IN_ORDER, MAX_LENGTH, MIN_LENGTH, PATTERN, SAME_DIGIT, LeaderPin, PinError
from w4r_desktop.gui.widgets.form_row import FormRow, centred, label, name_by_text


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_LENGTH)
    field.setInputMethodHints(
        Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
    )
    field.setValidator(QRegularExpressionValidator(rf"[0-9]{{0,{MAX_LENGTH}}}", field))
    field.setMaximumWidth(320)
    return field


def _centred_scrolling(card: QWidget) -> QScrollArea:
    """`card` centred on the screen; with the largest text in a long language on a laptop it scrolls
    rather than squeezing its words."""
    content = QWidget()
    column = QVBoxLayout(content)
    column.addStretch(1)
    column.addLayout(centred(card, 680))
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    content.setObjectName("pinContent")
    scroll.viewport().setObjectName("pinViewport")
    scroll.setStyleSheet(  # the screen's own background shows through (selectors: not the card's)
        "QScrollArea, #pinViewport, #pinContent { background: transparent; }"
    )
    return scroll


class PinPrompt(QWidget):
    """Asks for the leader PIN; on a laptop without one, asks to choose one first."""

    accepted = Signal()
    """The right PIN was given (or a new one was set)."""

    cancelled = Signal()
    """The person gave up (Cancel or Escape)."""

    def __init__(self, pin: LeaderPin, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self._pin = pin
        self.setting = not pin.is_set()
        card = QFrame()
        card.setProperty("role", "panel")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(12)
        # A first PIN is chosen, not entered: say so in the title.
        self.title = label(self.tr("Choose a leader PIN") if self.setting else self.tr("Leader PIN"), "title")
        inner.addWidget(self.title)
        inner.addWidget(label(purpose))
        self.entry = _pin_field()
        self.again = _pin_field()
        if self.setting:
            inner.addWidget(
                label(
                    self.tr(
                        "No leader PIN has been set on this laptop yet. Choose one now ({low} to {high} digits) and "
                        "keep it to yourself: it opens the console and lets you leave kiosk mode."
                    ).format(low=MIN_LENGTH, high=MAX_LENGTH),
                    "note",
                )
            )
            inner.addWidget(FormRow(self.tr("New PIN"), self.entry))
            inner.addWidget(FormRow(self.tr("The same PIN again"), self.again))
            self.again.returnPressed.connect(self._confirm)
            self.entry.returnPressed.connect(self.again.setFocus)
        else:
            inner.addWidget(FormRow(self.tr("PIN"), self.entry))
            self.entry.returnPressed.connect(self._confirm)
        self.message = label("", "warning")
        self.message.hide()
        inner.addWidget(self.message)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.ok_button = QPushButton(self.tr("Set PIN") if self.setting else self.tr("OK"))
        self.ok_button.setProperty("role", "primary")
        for button in (self.cancel_button, self.ok_button):
            name_by_text(button, button.text())
        self.cancel_button.clicked.connect(self.cancelled.emit)
        self.ok_button.clicked.connect(self._confirm)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_centred_scrolling(card))
        self.initial_focus: QWidget = self.entry
        waiting = 0 if self.setting else pin.locked_for()
        if waiting:
            self._say_locked(waiting)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # The Enter that gave the PIN ends here: passed on to the window, it pressed whatever
            # button had the focus by then ("Write a letter", skipping the Welcome screen). On this
            # page's own buttons it presses them, as the window's Enter does elsewhere.
            focused = QApplication.focusWidget()
            if isinstance(focused, QAbstractButton) and self.isAncestorOf(focused):
                focused.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.show()

    def _say_locked(self, seconds: int) -> None:
        self._say(self.tr("Too many wrong PINs. Try again in %n second(s).", "", seconds))

    def _confirm(self) -> None:
        if self.setting:
            try:
                self._pin.set(self.entry.text(), self.again.text())
            except PinError as exc:
                self._say(self._translated(str(exc)))
                self.entry.clear()
                self.again.clear()
                self.entry.setFocus()
                return
            self.accepted.emit()
            return
        result = self._pin.check(self.entry.text())
        self.entry.clear()
        if result.accepted:
            self.accepted.emit()
        elif result.locked_for_s:
            self._say_locked(result.locked_for_s)
        else:
            self._say(self.tr("That is not the leader PIN."))

    def _translated(self, message: str) -> str:
        """core/pin.py's messages, in the interface language."""
        if "digits." in message and "only" in message:
            return self.tr("The PIN may only contain digits.")
        if "not the same" in message:
            return self.tr("The two PINs are not the same.")
        if message == SAME_DIGIT:
            return self.tr("This PIN is too easy to guess: all its digits are the same.")
        if message == IN_ORDER:
            return self.tr("This PIN is too easy to guess: its digits count up or down in order.")
        if message == PATTERN:
            return self.tr("This PIN is too easy to guess: it repeats a short pattern.")
        return self.tr("The PIN must have {low} to {high} digits.").format(low=MIN_LENGTH, high=MAX_LENGTH)
