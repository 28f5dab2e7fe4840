"""The leader confirms an unverified address: every queued letter to it takes the confirmed lines."""

from __future__ import annotations

from tests.letters import APPEAL_TO_CHINA
from w4r_desktop.core.db.database import Database
from w4r_desktop.core.letters import PostalAddress
from w4r_desktop.core.print_queue import PrintQueue


def test_confirming_keeps_the_address_in_local_script(db: Database) -> None:
    recipient = PostalAddress(("Xi Jinping", "Beijing"), "CN", local_lines=("习近平", "北京市"))
    queue = PrintQueue(db)
    queue.add(APPEAL_TO_CHINA.with_changes(recipient=recipient, verified=False))
    assert queue.confirm_address(recipient, ["Xi Jinping", "Xichengqu", "Beijing Shi 100017"]) == 1
    [job] = queue.jobs()
    assert job.letter.verified
    assert job.letter.recipient.lines == ("Xi Jinping", "Xichengqu", "Beijing Shi 100017")
    assert job.letter.recipient.local_lines == ("习近平", "北京市")
