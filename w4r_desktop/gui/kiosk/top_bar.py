"""The kiosk's top bar: the name, where the volunteer is in the journey, text size, and "Leader"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from w4r_desktop.gui.widgets.form_row import label
from w4r_desktop.gui.widgets.step_indicator import StepIndicator

TEXT_SIZE_CHOICES = ("normal", "large", "extra-large")


class TopBar(QWidget):
    """Always at the top of the volunteer's screens."""

    text_size_chosen = Signal(str)
    """The volunteer pressed A, A+ or A++ ("normal", "large" or "extra-large")."""

    leader_requested = Signal()
    """The discreet "Leader" button was pressed."""

    def __init__(self, text_size: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        brand = label(self.tr("Write for Rights"), wrap=False)
        brand.setObjectName("brand")
        self.steps = StepIndicator(
            [self.tr("Choose"), self.tr("Read"), self.tr("Write"), self.tr("Review"), self.tr("Done")]
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 6, 12, 6)
        row.addWidget(brand)
        row.addSpacing(24)
        row.addWidget(self.steps)
        row.addStretch(1)
        self.size_buttons: dict[str, QPushButton] = {}
        names = {
            "normal": self.tr("Normal text"),
            "large": self.tr("Large text"),
            "extra-large": self.tr("Extra large text"),
        }
        for size, text in zip(TEXT_SIZE_CHOICES, ("A", "A+", "A++"), strict=True):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(size == text_size)
            button.setAccessibleName(names[size])
            button.setToolTip(names[size])
            button.setMinimumWidth(56)
            button.clicked.connect(lambda _=False, chosen=size: self.text_size_chosen.emit(chosen))
            self.size_buttons[size] = button
            row.addWidget(button)
        row.addSpacing(16)
        self.leader_button = QPushButton(self.tr("Leader"))
        self.leader_button.setAccessibleName(self.tr("Leader"))
        self.leader_button.setAccessibleDescription(self.tr("For the event leader: needs the leader PIN"))
        self.leader_button.clicked.connect(self.leader_requested.emit)
        row.addWidget(self.leader_button)

    def show_text_size(self, size: str) -> None:
        """Mark `size` as the chosen text size."""
        for name, button in self.size_buttons.items():
            button.setChecked(name == size)
