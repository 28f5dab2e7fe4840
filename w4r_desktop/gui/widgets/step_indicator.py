"""Where the volunteer is in the journey: Choose, Read, Write, Review, Done."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget


class StepIndicator(QWidget):
    """A row of step names with the current one highlighted."""

    def __init__(self, steps: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps = steps
        self._labels: list[QLabel] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for number, name in enumerate(steps, start=1):
            step = QLabel(f"{number}  {name}")
            step.setProperty("role", "step")
            layout.addWidget(step)
            self._labels.append(step)
        self.current = -1

    def set_current(self, index: int) -> None:
        """Highlight step `index` (0-based); -1 hides the indicator (welcome screen)."""
        self.current = index
        self.setVisible(index >= 0)
        for position, step in enumerate(self._labels):
            step.setProperty("current", "true" if position == index else "false")
            step.setProperty("done", "true" if position < index else "false")
            step.style().unpolish(step)
            step.style().polish(step)
        if index >= 0:
            self.setAccessibleName(
                self.tr("Step {number} of {count}: {name}").format(
                    number=index + 1, count=len(self._steps), name=self._steps[index]
                )
            )
