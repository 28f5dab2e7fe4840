"""A drop-down list that never makes its page wider than the screen.

A QComboBox asks for the width of its longest choice (a label sheet's full name, a printer's):
at the largest text size, in Spanish, that pushed the console off a 1280 px screen. This one
asks for a few words' width and shows the rest in its list, which opens as wide as its choices.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

MINIMUM_CHARACTERS = 16


class ChoiceBox(QComboBox):
    """A QComboBox as wide as the room it is given, down to a few words; its list shows every choice whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(MINIMUM_CHARACTERS)

    def showPopup(self) -> None:
        view = self.view()
        widest = view.sizeHintForColumn(0)
        view.setMinimumWidth(widest + view.verticalScrollBar().sizeHint().width() + 2 * view.frameWidth())
        super().showPopup()
