"""Welcome: what Write for Rights is, the live counter, the language, and "Start"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from w4r_desktop.core.interface_languages import interface_languages
from w4r_desktop.gui.widgets.form_row import centred, label, name_by_text


class WelcomeScreen(QWidget):
    """The first screen every volunteer sees, and the one every reset comes back to."""

    start = Signal()
    """The volunteer wants to choose a case."""

    language_chosen = Signal(str)
    """The volunteer picked an interface language (its code)."""

    resume_draft = Signal()
    """The volunteer says the letter left by a crash is theirs."""

    discard_draft = Signal()
    """The volunteer says the letter left by a crash is not theirs (it is deleted)."""

    def __init__(
        self,
        language: str,
        languages: list[str],
        count: int,
        event_name: str,
        parent: QWidget | None = None,
        campaign: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.campaign = self._build_campaign(campaign)
        self.counter = label("", "counter", wrap=False)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_count(count)
        self.start_button = self._build_start_button()
        self.resume_box = self._build_resume_box()

        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(label(self.tr("Language:"), wrap=False))
        self.language_buttons: dict[str, QPushButton] = {}
        names = dict(interface_languages())  # each in its own name ("Español", "Deutsch")
        for code in languages:
            if code not in names:
                continue
            button = QPushButton(names[code])
            button.setCheckable(True)
            button.setChecked(code == language)
            # The names are in their own language on purpose: "Español" for whoever reads Spanish.
            button.setAccessibleName(names[code])
            button.clicked.connect(lambda _=False, chosen=code: self.language_chosen.emit(chosen))
            self.language_buttons[code] = button
            language_row.addWidget(button)
        language_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        self._add_heading(layout, event_name)
        layout.addSpacing(24)
        layout.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(24)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(12)
        layout.addWidget(self.resume_box)
        layout.addStretch(1)
        layout.addWidget(self.campaign)
        if len(self.language_buttons) > 1:
            layout.addLayout(language_row)
        self.initial_focus: QWidget = self.start_button

    def _add_heading(self, layout: QVBoxLayout, event_name: str) -> None:
        """The title, the event's own name if it has one, and what Write for Rights is."""
        title = label(self.tr("Write for Rights"), "title")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        if event_name and event_name != "Write for Rights":
            subtitle = label(event_name, "heading")
            subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(subtitle)
        layout.addSpacing(12)
        intro = label(
            self.tr(
                "Every year, people all over the world write letters for people whose human rights are "
                "under attack. Your letter asks officials to act, or tells someone in danger that they "
                "are not alone, and letters like it have helped free people."
            )
        )
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(centred(intro))

    def _build_campaign(self, campaign: str) -> QLabel:
        """Whose cases these are ("The cases of Write for Rights 2021"), when the bundle names its campaign."""
        # "Write for Rights 2021" in the campaign's name is said in the volunteer's language.
        campaign = campaign.replace("Write for Rights", self.tr("Write for Rights"))
        note = label(self.tr("The cases of %1").replace("%1", campaign) if campaign else "", "muted")
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if not campaign:
            note.hide()
        return note

    def _build_start_button(self) -> QPushButton:
        button = QPushButton(self.tr("Write a letter"))
        button.setProperty("role", "primary")
        button.setMinimumWidth(360)
        button.setMinimumHeight(72)
        name_by_text(button, button.text())
        button.clicked.connect(self.start.emit)
        return button

    def _build_resume_box(self) -> QWidget:
        """The offer to carry on with a letter a crash interrupted (hidden until there is one)."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        note = label(
            self.tr(
                "W4R Desktop stopped while someone was writing a letter. If it was you, you can carry on "
                "where you left off."
            ),
            "warning",
        )
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.resume_button = QPushButton(self.tr("Carry on with my letter"))
        self.discard_button = QPushButton(self.tr("It is not mine: delete it"))
        for button in (self.resume_button, self.discard_button):
            name_by_text(button, button.text())
        self.resume_button.clicked.connect(self.resume_draft.emit)
        self.discard_button.clicked.connect(self.discard_draft.emit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        box.hide()
        return box

    def set_count(self, count: int) -> None:
        """Show the event's counter."""
        self.counter.setText(self.tr("%n letter(s) written here", "", count))
        self.counter.setAccessibleName(self.counter.text())

    def offer_resume(self, offer: bool) -> None:
        self.resume_box.setVisible(offer)
