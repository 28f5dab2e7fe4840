"""The form for bundle.toml: the campaign, its dates and postage, and the writing tips."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from w4r_desktop.core.bundle import code_names
from w4r_desktop.core.bundle.draft import Document
from w4r_desktop.gui.language import interface_language
from w4r_desktop.gui.leader.bundle_editor.fields import Edits
from w4r_desktop.gui.leader.bundle_editor.sections import Reshape, Section, remove_item


class CampaignForm(QWidget):
    """The campaign's own fields; `sections` lets the editor place the loader's problems."""

    def __init__(self, info: Document, other: str, edits: Edits, reshape: Reshape) -> None:
        super().__init__()
        self.info = info
        self.reshape = reshape
        self.sections: list[Section] = []
        layout = QVBoxLayout(self)

        campaign = Section(self.tr("The campaign"), info, edits, other)
        campaign.field(self.tr("Campaign name"), ("campaign",))
        campaign.field(self.tr("Year"), ("year",), "int")
        campaign.field(self.tr("Organisation (the section whose targets and postage these are)"), ("section",))
        campaign.code(self.tr("Language of the texts"), ("language",), code_names.languages(interface_language()))
        home = code_names.countries(interface_language())
        campaign.code(self.tr("Country letters are posted from"), ("home_country",), home)
        campaign.field(self.tr("Last day to write (YYYY-MM-DD, optional)"), ("write_until",), "date")
        campaign.field(self.tr("Report the totals by (YYYY-MM-DD)"), ("report_by",), "date")
        campaign.field(self.tr("Where to report (web address)"), ("report_url",))
        campaign.field(self.tr("Who to ask"), ("contact",))
        postage = Section(self.tr("Postage for a one-ounce letter"), info, edits, other)
        postage.covers(("postage",))
        postage.code(self.tr("Currency"), ("postage", "currency"), code_names.currencies(interface_language()))
        postage.field(self.tr("Stamp at home"), ("postage", "domestic"), "number")
        postage.field(self.tr("Stamp abroad"), ("postage", "international"), "number")
        tips = Section(self.tr("Writing tips shown beside the letter"), info, edits, other)
        for index in range(len(info.get("tips", []))):
            tips.covers(("tips", index))
            tips.choice(
                self.tr("Tip %1 is for").replace("%1", str(index + 1)),
                ("tips", index, "kind"),
                [("appeal", self.tr("Appeal letters")), ("solidarity", self.tr("Messages of support"))],
            )
            tips.field(
                self.tr("Tip"), ("tips", index, "text"), "text", translated=("tips", index, "translations", other)
            )
            tips.button(self.tr("Remove this tip"), lambda _=False, i=index: self._remove_tip(i))
        tips.button(self.tr("Add a tip"), self._add_tip)
        for section in (campaign, postage, tips):
            self.sections.append(section)
            layout.addWidget(section)
        layout.addStretch(1)

    def _add_tip(self) -> None:
        self.info.setdefault("tips", []).append({"kind": "appeal"})
        self.reshape.reshaped.emit()

    def _remove_tip(self, index: int) -> None:
        remove_item(self.info, "tips", index)
        self.reshape.reshaped.emit()
