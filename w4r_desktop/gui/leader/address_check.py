"""The leader confirms (or corrects) an address that the case bundle marks as not verified."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from w4r_desktop.gui.widgets.form_row import FormRow, label

AddressChecker = Callable[[QWidget, Sequence[str]], list[str] | None]
"""Shows an address for checking; returns the confirmed lines, or None if the leader cancels."""


class AddressCheck(QDialog):
    """The address lines, editable, and a button that says the leader checked them."""

    def __init__(self, lines: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the address"))
        self.lines = QPlainTextEdit("\n".join(lines))
        self.lines.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = buttons.addButton(
            self.tr("I checked this address"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "This address is not verified in the case bundle: it may be a placeholder or a guess. "
                    "Check it against the campaign's own materials, correct it here (one line per line; the "
                    "country is added by itself), then confirm. Every letter in the queue to this address will use it."
                )
            )
        )
        layout.addWidget(FormRow(self.tr("Address"), self.lines))
        layout.addWidget(buttons)
        self.resize(560, 420)

    def confirmed_lines(self) -> list[str]:
        return [line.strip() for line in self.lines.toPlainText().splitlines() if line.strip()]


def ask_address(parent: QWidget, lines: Sequence[str]) -> list[str] | None:
    dialog = AddressCheck(lines, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.confirmed_lines() or None
