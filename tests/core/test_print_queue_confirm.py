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


def test_an_address_confirmed_once_stays_confirmed_for_later_letters(db: Database) -> None:
    from w4r_desktop.core.handover import LetterHandover, Outcome
    from w4r_desktop.core.tally.records import Tally
    from w4r_desktop.printing.printer import PdfFolderPrinter

    recipient = PostalAddress(("Xi Jinping", "Beijing"), "CN")
    unchecked = APPEAL_TO_CHINA.with_changes(recipient=recipient, verified=False)
    queue = PrintQueue(db)
    queue.add(unchecked)
    queue.confirm_address(recipient, ["Xi Jinping", "Xichengqu", "Beijing Shi 100017"])
    # A volunteer hands in another letter to the same address later in the evening.
    handover = LetterHandover(Tally(db), queue, PdfFolderPrinter(db.path.parent / "printed"))
    assert handover.hand_in(unchecked) is Outcome.HANDED_IN
    later = queue.jobs()[-1].letter
    assert later.verified and later.recipient.lines == ("Xi Jinping", "Xichengqu", "Beijing Shi 100017")
    # Another address is not touched by it.
    other = unchecked.with_changes(recipient=PostalAddress(("Someone else", "Beijing"), "CN"))
    assert not queue.prepared(other).verified
