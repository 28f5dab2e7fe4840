"""The form for one case: the person, the ask, news, each official and each way to send support.

Every field of the case file format is here; texts volunteers read have the second language
beside them. The form writes into the case's document as the leader types.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from w4r_desktop.core.bundle import code_names
from w4r_desktop.core.bundle.draft import CaseDraft
from w4r_desktop.core.bundle.photos import PhotoRefused, photo_suffix, prepare_photo
from w4r_desktop.gui.language import interface_language
from w4r_desktop.gui.leader.bundle_editor.fields import CodeChoice, Edits, Field, read
from w4r_desktop.gui.leader.bundle_editor.sections import Reshape, Section, add_button, remove_item
from w4r_desktop.gui.leader.page_parts import TOUCH
from w4r_desktop.gui.widgets.button_row import ButtonRow


def case_id_from(name: str) -> str:
    """A case id from a person's name: "Zhang Zhan" -> "zhang-zhan" (letters without accents)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:60].strip("-")


class CaseForm(QWidget):
    """All of one case's fields, in sections; `sections` lets the editor place the loader's problems."""

    def __init__(
        self,
        case: CaseDraft,
        other: str,
        edits: Edits,
        reshape: Reshape,
        choose_photo: Callable[[QWidget], str],
        other_ids: Callable[[], set[str]] = set,
    ) -> None:
        super().__init__()
        self.case = case
        self.other = other
        self.edits = edits
        self.reshape = reshape
        self.choose_photo = choose_photo
        self.other_ids = other_ids
        # A case's file name follows its person's name until the leader types one of their own.
        name = str(case.document.get("name") or "")
        self.id_follows = case.id.startswith("new-case") or case.id == case_id_from(name)
        self.sections: list[Section] = []
        self.layout_ = QVBoxLayout(self)
        self._person()
        self._updates()
        for index in range(len(case.document.get("appeal", []))):
            self._official(index)
        # The list's own problem ("add at least one official") shows here, beside the way to fix it.
        officials = self._section(self.tr("Officials to write to"))
        officials.covers(("appeal",))
        officials.button(self.tr("Add an official to write to"), self._add_official)
        for index in range(len(case.document.get("solidarity", []))):
            self._channel(index)
        self._add_button(self.tr("Add a way to send support"), self._add_channel)
        self.layout_.addStretch(1)

    # --- sections ----------------------------------------------------------------------------

    def _section(self, title: str) -> Section:
        section = Section(title, self.case.document, self.edits, self.other)
        self.sections.append(section)
        self.layout_.addWidget(section)
        return section

    def _translated(self, *path: str | int) -> tuple[str | int, ...]:
        return ("translations", self.other, *path)

    def _person(self) -> None:
        person = self._section(self.tr("The person"))
        self.name = person.field(self.tr("Name"), ("name",), translated=self._translated("name"))
        self.name.editors[0].textChanged.connect(self._name_changed)
        self.id_field = Field(self.tr("File name (the case's id)"), {"id": self.case.id}, ("id",), "line", self.edits)
        self.id_field.paths = ["id"]
        self.id_field.editors[0].setValidator(  # type: ignore[union-attr]
            QRegularExpressionValidator(QRegularExpression("[a-z0-9-]{0,60}"), self.id_field)
        )
        self.id_field.editors[0].textEdited.connect(self._id_typed)  # type: ignore[union-attr]
        person.bound.append(self.id_field)
        person.add(self.id_field)
        person.code(self.tr("Country"), ("country",), code_names.countries(interface_language()))
        person.field(self.tr("What happened, in one line"), ("headline",), translated=self._translated("headline"))
        person.field(
            self.tr("Their story (a blank line between paragraphs)"),
            ("summary",),
            "text",
            translated=self._translated("summary"),
        )
        person.field(self.tr("Status (imprisoned, released on …)"), ("status",), translated=self._translated("status"))
        self._photo_row(person)
        person.field(self.tr("Photo credit"), ("photo_credit",))
        person.field(self.tr("What the photo shows (for people who cannot see it)"), ("photo_alt",))
        person.field(
            self.tr("Personal details a message of support may mention, one per line"),
            ("personal",),
            "lines",
            translated=self._translated("personal"),
        )
        person.field(self.tr("Sources, one web address per line"), ("sources",), "lines")
        ask = self._section(self.tr("The ask"))
        ask.field(self.tr("What the campaign asks for"), ("ask",), "text", translated=self._translated("ask"))

    def _photo_row(self, section: Section) -> None:
        self.photo = QLabel()
        self.photo.setFixedSize(96, 96)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setFrameShape(QLabel.Shape.Box)
        self.photo.setWordWrap(True)  # "No photo" at the largest text is wider than the box
        self.photo_message = QLabel()
        self.photo_message.setWordWrap(True)
        choose = QPushButton(self.tr("Choose a photo…"))
        remove = QPushButton(self.tr("Remove the photo"))
        for button in (choose, remove):
            button.setAutoDefault(False)  # Enter in a field must not press them
            button.setMinimumHeight(TOUCH)
        choose.clicked.connect(self._choose_photo)
        remove.clicked.connect(self._remove_photo)
        buttons = ButtonRow([choose, remove], [])  # one above the other where the form is narrow
        words = QVBoxLayout()
        title = QLabel(self.tr("Photo (PNG or JPEG; it is scaled down for the kiosk)"))
        title.setWordWrap(True)
        words.addWidget(title)
        words.addWidget(buttons)
        words.addWidget(self.photo_message)
        words.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.photo)
        row.addLayout(words, 1)
        holder = QWidget()
        holder.setLayout(row)
        section.add(holder)
        section.covers(("photo",))
        self._show_photo()

    def _updates(self) -> None:
        news = self._section(self.tr("News since the campaign began"))
        for index in range(len(self.case.document.get("updates", []))):
            news.field(self.tr("Date (YYYY-MM-DD)"), ("updates", index, "date"), "date")
            news.field(
                self.tr("What happened"),
                ("updates", index, "text"),
                translated=("updates", index, "translations", self.other),
            )
            # The kiosk then offers messages of support, not an appeal for release.
            news.tick(self.tr("The person is free"), ("updates", index, "released"))
            news.button(self.tr("Remove this news"), lambda _=False, i=index: self._remove("updates", i))
        news.button(self.tr("Add news"), self._add_update)  # short: the form is narrow at large text

    def _official(self, index: int) -> None:
        at = ("appeal", index)
        official = self._section(self.tr("Official %1").replace("%1", str(index + 1)))
        official.covers(at)
        official.field(
            self.tr("Title (as in a letter's heading)"),
            (*at, "title"),
            translated=self._translated("appeal", index, "title"),
        )
        official.field(self.tr("Name (if known)"), (*at, "name"))
        official.field(self.tr("Greeting (Dear …)"), (*at, "salutation"))
        official.field(self.tr("Address, one line per line of the envelope (no country)"), (*at, "address"), "lines")
        official.code(self.tr("Country of the address"), (*at, "country"), code_names.countries(interface_language()))
        official.field(
            self.tr("The address in the local script, for the letter only (optional)"), (*at, "address_local"), "lines"
        )
        official.languages(self.tr("Languages the official reads"), (*at, "languages"))
        official.field(
            self.tr("Talking points, one per line"),
            (*at, "talking_points"),
            "lines",
            translated=self._translated("appeal", index, "talking_points"),
        )
        official.field(self.tr("Sample letter"), (*at, "sample_letter"), "text")
        self._checks(official, at)
        official.button(self.tr("Remove this official"), lambda _=False: self._remove("appeal", index))

    def _channel(self, index: int) -> None:
        at = ("solidarity", index)
        channel = self._section(self.tr("Support %1").replace("%1", str(index + 1)))
        channel.covers(at)
        kinds = [
            ("postal", self.tr("By post")),
            ("online", self.tr("Online")),
            ("photo", self.tr("A photo action")),
            ("none", self.tr("No way yet")),
        ]
        chooser = channel.choice(self.tr("How messages reach them"), (*at, "channel"), kinds)
        postal: list[Field | CodeChoice] = [
            channel.field(self.tr("Recipient"), (*at, "recipient")),
            channel.field(
                self.tr("Address, one line per line of the envelope (no country)"), (*at, "address"), "lines"
            ),
            channel.code(
                self.tr("Country of the address"), (*at, "country"), code_names.countries(interface_language())
            ),
        ]
        instructions = channel.field(
            self.tr("Instructions for volunteers"),
            (*at, "instructions"),
            "text",
            translated=self._translated("solidarity", index, "instructions"),
        )
        channel.languages(self.tr("Languages they read"), (*at, "languages"))
        channel.field(
            self.tr("Rules for messages, one per line"),
            (*at, "rules"),
            "lines",
            translated=self._translated("solidarity", index, "rules"),
        )
        channel.field(self.tr("Forbidden words, separated by commas"), (*at, "forbidden_words"), "words")
        channel.field(self.tr("Greetings by language, one per line (es: ¡Ánimo!)"), (*at, "greetings"), "pairs")
        self._checks(channel, at)
        channel.button(self.tr("Remove this way"), lambda _=False: self._remove("solidarity", index))

        def fit(_row: int = 0) -> None:
            # Fields of the other kind hide, unless they hold something the leader may want to clear.
            is_postal = chooser.box.currentData() == "postal"
            for field in postal:
                field.setVisible(is_postal or read(self.case.document, field.path) is not None)
            instructions.setVisible(not is_postal or read(self.case.document, instructions.path) is not None)

        chooser.box.currentIndexChanged.connect(fit)
        fit()

    def _checks(self, section: Section, at: tuple[str | int, ...]) -> None:
        section.tick(self.tr("Address checked"), (*at, "verified"))  # a tick box cannot wrap: short
        section.field(self.tr("Checked by"), (*at, "checked_by"))
        section.field(self.tr("Checked on (YYYY-MM-DD)"), (*at, "checked_on"), "date")
        section.field(self.tr("Where it was checked (a web address or a note)"), (*at, "source"))

    def _add_button(self, text: str, on_click: Callable[[], None]) -> None:
        add_button(self.layout_, text, on_click)

    # --- changes -------------------------------------------------------------------------------

    def _name_changed(self, name: str) -> None:
        if self.id_follows:
            made = case_id_from(name) or self.case.id
            taken = self.other_ids()
            if made in taken:  # two people of one name: zhang-zhan, zhang-zhan-2
                made = next(f"{made}-{n}" for n in range(2, 1000) if f"{made}-{n}" not in taken)
            self.id_field.editors[0].setText(made)  # type: ignore[union-attr]
            self._set_id(made)

    def _id_typed(self, text: str) -> None:
        self.id_follows = False
        self._set_id(text.strip())

    def _set_id(self, case_id: str) -> None:
        photo = self.case.document.get("photo")
        if self.case.photo is not None and photo == f"photos/{self.case.id}{photo_suffix(self.case.photo)}":
            self.case.document["photo"] = f"photos/{case_id}{photo_suffix(self.case.photo)}"
        self.case.id = case_id
        self.edits.edited.emit()

    def _add_official(self) -> None:
        self.case.document.setdefault("appeal", []).append({})
        self.reshape.reshaped.emit()

    def _add_channel(self) -> None:
        self.case.document.setdefault("solidarity", []).append({"channel": "postal"})
        self.reshape.reshaped.emit()

    def _add_update(self) -> None:
        self.case.document.setdefault("updates", []).insert(0, {})  # (an update keeps its translation inside)
        self.reshape.reshaped.emit()

    def _remove(self, key: str, index: int) -> None:
        remove_item(self.case.document, key, index)
        self.reshape.reshaped.emit()

    # --- the photo ------------------------------------------------------------------------------

    def _choose_photo(self) -> None:
        chosen = self.choose_photo(self)
        if not chosen:
            return
        try:
            data = prepare_photo(Path(chosen))
        except PhotoRefused as refused:
            self.photo_message.setText(self.tr("This picture was not used: %1").replace("%1", str(refused)))
            return
        self.case.photo = data
        self.case.document["photo"] = f"photos/{self.case.id}{photo_suffix(data)}"
        self.photo_message.setText(self.tr("Photo added, scaled for the kiosk."))
        self._show_photo()
        self.edits.edited.emit()

    def _remove_photo(self) -> None:
        self.case.photo = None
        self.case.document.pop("photo", None)
        self.photo_message.setText("")
        self._show_photo()
        self.edits.edited.emit()

    def _show_photo(self) -> None:
        pixmap = QPixmap()
        if self.case.photo is not None and pixmap.loadFromData(self.case.photo):
            self.photo.setPixmap(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio))
        else:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(self.tr("No photo"))
