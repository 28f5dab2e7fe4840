"""Event setup: a form generated from the declared settings, saved to the database in one step."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from w4r_desktop.core.data_folder import DataFolder
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.interface_languages import interface_languages
from w4r_desktop.core.settings import SPECS, SettingError, SettingSpec
from w4r_desktop.gui.leader.laptop_check import LaptopCheck
from w4r_desktop.gui.leader.page_parts import StatusLine, page_heading, touch_button, with_role
from w4r_desktop.gui.leader.setting_fields import SettingField, add_form_row, setting_label
from w4r_desktop.gui.leader.sheets import sheet_choices
from w4r_desktop.gui.services import CaseAccess
from w4r_desktop.gui.tasks import BackgroundJob

# Settings edited on another console page, where they make sense beside what they affect.
SHOWN_ELSEWHERE = frozenset({"disabled_cases", "offset_x_mm", "offset_y_mm"})


def _one_label_width(forms: list[QFormLayout]) -> None:
    """Every section's labels as wide as the widest short one, so the fields line up down the page."""
    labels = [
        widget
        for form in forms
        for row in range(form.rowCount())
        if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        and isinstance(widget := item.widget(), QLabel)
    ]
    if not labels:
        return
    metrics = labels[0].fontMetrics()
    widest = max(metrics.horizontalAdvance(label.text()) for label in labels)
    width = min(widest + 8, 22 * metrics.averageCharWidth())  # a long label wraps onto two lines
    for form in forms:
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for label in labels:
        label.setFixedWidth(width)


class EventPage(QWidget):
    """Name, date, place, this laptop, paper and envelopes, the volunteer screens."""

    cases_requested = Signal()
    """The leader wants to choose which cases are offered (they are switched on the Cases page)."""

    def __init__(self, services: CaseAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check: BackgroundJob | None = None  # held until it ends (then it deletes itself)
        self.services = services
        self.fields: dict[str, SettingField] = {}
        self.status = StatusLine()
        intro = QLabel(self.tr("What this event is and how this laptop works. Changes apply when you save."))
        intro.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(page_heading(self.tr("Event setup")))
        layout.addWidget(intro)
        layout.addWidget(self._build_form(), 1)
        folder = getattr(services, "folder", None)
        if isinstance(folder, DataFolder):  # the console's Services; a page alone in a test may have none
            self.laptop_check = LaptopCheck(lambda: folder)
            layout.addWidget(self.laptop_check)
        layout.addWidget(self.status)
        layout.addLayout(self._build_buttons())
        self.load()
        services.events.settings_changed.connect(self._on_settings_changed)
        services.events.bundle_changed.connect(self._show_cases_summary)
        self._show_cases_summary()

    def _build_form(self) -> QScrollArea:
        """Every setting this page shows, by section, in a form that scrolls in the height there is."""
        section_titles = {
            "event": self.tr("Event"),
            "printing": self.tr("Printing"),
            "kiosk": self.tr("Volunteer screens"),
        }
        body = QWidget()
        body_layout = QVBoxLayout(body)
        forms: dict[str, QFormLayout] = {}
        for spec in SPECS:
            if spec.key in SHOWN_ELSEWHERE:
                continue
            if spec.section not in forms:
                box = QGroupBox(section_titles.get(spec.section, spec.section.title()))
                forms[spec.section] = QFormLayout(box)
                forms[spec.section].setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
                body_layout.addWidget(box)
            field = SettingField(spec, self._choices(spec))
            field.edited.connect(self._on_edited)
            add_form_row(forms[spec.section], setting_label(spec), field)
            self.fields[spec.key] = field
        self._forms = list(forms.values())
        self._add_cases_row(forms.get("kiosk") or next(iter(forms.values())))
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # The form takes the height there is and scrolls in it: asking for its whole height would
        # make the console's own scroll area scroll too (two scroll bars, one inside the other).
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        return scroll

    def _add_cases_row(self, form: QFormLayout) -> None:
        """Which cases are on is part of setting up the event, but is chosen beside the cases themselves."""
        self.cases_summary = QLabel()
        self.cases_summary.setWordWrap(False)  # a few words: a wrapped label here lost its second line
        self.cases_button = touch_button(self.tr("&Choose cases…"), self.cases_requested)
        cases_row = QVBoxLayout()  # the button under the words: in French or German they need the row's width
        cases_row.addWidget(self.cases_summary)
        cases_row.addWidget(self.cases_button, 0, Qt.AlignmentFlag.AlignLeft)
        cases_label = QLabel(self.tr("Cases offered"))
        cases_label.setBuddy(self.cases_button)
        self.cases_button.setAccessibleDescription(self.tr("Cases offered"))
        form.addRow(cases_label, cases_row)

    def _build_buttons(self) -> QHBoxLayout:
        """Undo and Save (also Ctrl+S), on their own line below the message."""
        self.save_button = with_role(touch_button(self.tr("&Save"), self.save), "primary")
        self.save_button.setDefault(True)
        self.revert_button = touch_button(self.tr("&Undo changes"), self.load)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()  # a message has its own line above: it never moves or squeezes them
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        return buttons

    def showEvent(self, event: QShowEvent) -> None:
        _one_label_width(self._forms)  # in the font the style sheet gives (it changes with the text size)
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange) and hasattr(self, "_forms"):
            _one_label_width(self._forms)
        super().changeEvent(event)

    def _choices(self, spec: SettingSpec) -> Sequence[tuple[str, str]]:
        """Choices that depend on the installation rather than the declaration."""
        if spec.key == "label_sheet":
            return sheet_choices()
        if spec.key == "languages":
            return interface_languages()
        if spec.key == "printer_name":
            names = QPrinterInfo.availablePrinterNames()
            return (("", self.tr("The system's default printer")), *((name, name) for name in names))
        return spec.choices

    def load(self) -> None:
        """Show the saved values, dropping any unsaved edits."""
        for key, field in self.fields.items():
            field.set_value(self.services.settings.get(key))
        self.status.say("")

    def save(self) -> bool:
        """Check every value, then save them all; with any bad value, save none and say why."""
        checked: dict[str, Any] = {}
        problems = []
        for key, field in self.fields.items():
            spec = field.spec
            value = field.value()
            if spec.kind is list and field.choices and not value:
                problems.append(self.tr("%1: choose at least one.").replace("%1", setting_label(spec)))
                continue
            try:
                checked[key] = None if value is None else spec.check(value)
            except SettingError as exc:
                problems.append(str(exc))
        if problems:
            self.status.say(self.tr("Nothing was saved.") + "\n" + "\n".join(problems), error=True)
            return False
        settings = self.services.settings
        changed = [key for key, value in checked.items() if value != settings.get(key)]
        for key in changed:
            self.services.settings.set(key, checked[key])
        self.status.say(self.tr("Saved.") if changed else self.tr("No changes to save."))
        if "server_url" in changed and checked["server_url"]:
            self._check_server()
        return True

    def _check_server(self) -> None:
        """Connect to the shared server just saved, in the background; say the result beside Save."""
        from w4r_desktop.core.tally.server import check_server, server_url

        url = server_url(self.services.settings)
        self.status.say(self.tr("Saved. Checking the shared server…"))
        job = BackgroundJob(lambda _progress: check_server(url), self)
        job.done.connect(self._server_checked)
        job.finished.connect(job.deleteLater)
        self._check = job
        application = QCoreApplication.instance()
        if application is not None:  # quitting waits for the check (at most its connect timeout)
            application.aboutToQuit.connect(job.wait)
        job.start()

    @Slot(object)
    def _server_checked(self, outcome: object) -> None:
        if isinstance(outcome, UserError):
            self.status.say(self.tr("Saved.") + " " + self.tr("But: %1.").replace("%1", str(outcome)), error=True)
        elif isinstance(outcome, BaseException):
            raise outcome
        else:
            self.status.say(
                self.tr("Saved.") + " " + self.tr("The shared server answered: %1.").replace("%1", str(outcome))
            )

    def _on_edited(self) -> None:
        self.status.say("")

    def _show_cases_summary(self) -> None:
        cases = self.services.bundle.cases
        off = set(self.services.settings.get("disabled_cases"))
        on = sum(1 for case in cases if case.id not in off)
        self.cases_summary.setText(self.tr("%1 of %2 cases").replace("%1", str(on)).replace("%2", str(len(cases))))

    def _on_settings_changed(self, key: str) -> None:
        if key == "disabled_cases":
            self._show_cases_summary()
        # Another page (or this one) saved: show the stored value unless the leader is editing it.
        field = self.fields.get(key)
        if field is not None:
            field.set_value(self.services.settings.get(key))
