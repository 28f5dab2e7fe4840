"""The Print page's signing-table pack: a case sheet, appeal letters ready to sign, a petition
sheet and address labels, printed before the event (printing/pack.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from w4r_desktop.core.errors import UserError
from w4r_desktop.gui.leader.page_parts import StatusLine, touch_button, with_role
from w4r_desktop.gui.leader.setting_fields import add_form_row
from w4r_desktop.gui.services import CaseAccess
from w4r_desktop.gui.widgets.choice_box import ChoiceBox
from w4r_desktop.printing.pack import MAX_COPIES, render_pack
from w4r_desktop.printing.printer import Printer


class PackPanel(QWidget):
    """Choose a case and how many letters to sign; print its pack."""

    def __init__(self, services: CaseAccess, printer: Callable[[], Printer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.printer = printer
        intro = QLabel(
            self.tr(
                "For a table where people sign rather than write: the case's story, appeal letters ready to "
                "sign, a petition sheet and address labels. Count the signed copies on the Tally page."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.case = ChoiceBox()
        add_form_row(form, self.tr("&Case"), self.case)
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(10)
        add_form_row(form, self.tr("Letters to si&gn"), self.copies)
        self.print_button = with_role(touch_button(self.tr("Print the &pack"), self.print_pack), "primary")
        self.status = StatusLine()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignRight)
        self.fill_cases()
        services.events.bundle_changed.connect(self.fill_cases)

    def fill_cases(self) -> None:
        """The cases that have an official to sign to, in the gallery's order."""
        self.case.clear()
        for case in self.services.bundle.cases:
            if case.appeal:
                self.case.addItem(case.name, case.id)

    def print_pack(self) -> bool:
        """Print the chosen case's pack; say where it went or why not."""
        case_id = self.case.currentData()
        if case_id is None:
            return False
        bundle = self.services.bundle
        case = bundle.case(str(case_id))
        paper = str(self.services.settings.get("paper_size"))
        try:
            pack = render_pack(bundle, case, self.copies.value(), paper, allow_unverified=True)
            printer = self.printer()
            written = printer.print_pdf(pack.pdf, f"w4r-pack-{case.id}")
        except UserError as exc:
            self.status.say(self.tr("The pack was not printed: %1").replace("%1", str(exc)), error=True)
            return False
        where = str(written) if written is not None else printer.name
        self.status.say(
            self.tr("The pack for %1 (%n letter(s) to sign, a petition sheet, labels) went to %2.", "", pack.letters)
            .replace("%1", case.name)
            .replace("%2", where)
        )
        return True
