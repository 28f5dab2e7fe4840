"""Cases keep their names after the leader switches bundles: totals, queue, void dialog and report."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.bundles import write_bundle
from tests.gui.console_helpers import shown
from tests.letters import APPEAL_TO_CHINA
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.tally.kinds import TallyKind
from w4r_desktop.core.tally.report import campaign_report
from w4r_desktop.gui.leader.print_page import PrintPage
from w4r_desktop.gui.leader.tally_page import TallyPage
from w4r_desktop.gui.services import Services

NEXT_YEAR = {
    "zhang-zhan.toml": None,
    "someone-new.toml": """\
name = "Someone New"
country = "US"
headline = "A case of the next campaign"
summary = "Their story."
ask = "Do the right thing."

[[appeal]]
title = "An official"
salutation = "Dear official"
address = ["1 Main St", "Springfield, IL 62701"]
country = "US"
talking_points = ["A point."]
""",
}


def test_last_campaigns_cases_keep_their_names(services: Services, qtbot: QtBot, tmp_path: Path) -> None:
    services.tally.record("bernardo-caal-xol", TallyKind.HANDWRITTEN, quantity=12)
    services.queue.add(APPEAL_TO_CHINA)
    services.replace_bundle(load_bundle(write_bundle(tmp_path / "next", NEXT_YEAR)))

    tally = shown(qtbot, TallyPage(services), 1100, 760)
    tally.refresh()
    assert tally.totals.case_name("bernardo-caal-xol") == "Bernardo Caal Xol"
    printing = shown(qtbot, PrintPage(services, folder_chooser=lambda _parent: ""), 1100, 760)
    assert printing.model.index(0, 0).data() == "Zhang Zhan"
    report = campaign_report(services.tally, services.bundle)
    assert "Bernardo Caal Xol" in [line.name for line in report.cases]
