"""Thank you: what happens next, the counter, and "Write another letter" or "I'm done"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from w4r_desktop.core.handover import Outcome
from w4r_desktop.gui.widgets.form_row import centred, label, name_by_text


class ThanksScreen(QWidget):
    """The end of one letter."""

    another = Signal()
    """Write another letter (the kiosk keeps this person's name and town)."""

    done = Signal()
    """The person is leaving: forget everything about them."""

    def __init__(
        self,
        outcome: Outcome,
        count: int,
        on_paper: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        title = label(self.tr("Thank you!"), "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        printed = outcome in (Outcome.PRINTED, Outcome.SAVED)
        if outcome is Outcome.ADDRESS_TO_CHECK:
            next_step = self.tr(
                "Your letter is waiting at the print station. The organisers will print it and post it "
                "once the address is confirmed."
            )
        elif printed and not on_paper:
            next_step = self.tr(
                "There is no printer here, so your letter was saved for the event team. They will "
                "print it, stamp it and post it."
            )
        elif printed:
            next_step = self.tr(
                "Take your letter and envelope from the printer. Sign the letter if you like, fold it, "
                "and leave it with the event team: they add the stamp and post it."
            )
        else:
            next_step = self.tr(
                "Your letter is waiting at the print station. The event team will print it, stamp it and post it."
            )
        what = label(next_step)
        what.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter = label(self.tr("%n letter(s) written here", "", count), "counter", wrap=False)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter.setAccessibleName(self.counter.text())
        together = label(self.tr("Together, letters like yours have helped free people and keep them safe."), "muted")
        together.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.another_button = QPushButton(self.tr("Write another letter"))
        self.another_button.setProperty("role", "primary")
        self.done_button = QPushButton(self.tr("I'm done"))
        for button in (self.another_button, self.done_button):
            name_by_text(button, button.text())
            button.setMinimumWidth(280)
        self.another_button.clicked.connect(self.another.emit)
        self.done_button.clicked.connect(self.done.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        buttons.addSpacing(16)
        buttons.addWidget(self.another_button)
        buttons.addStretch(1)
        forget = label(self.tr("“I'm done” clears your name and letter from this laptop."), "muted")
        forget.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addLayout(centred(what))
        layout.addSpacing(24)
        layout.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(together)
        layout.addSpacing(32)
        layout.addLayout(buttons)
        layout.addWidget(forget)
        layout.addStretch(1)
        self.initial_focus: QWidget = self.another_button
