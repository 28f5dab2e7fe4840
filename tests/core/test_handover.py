"""A finished letter leaves the kiosk counted exactly once, and is never counted without going anywhere."""

from __future__ import annotations

import pytest

from tests.letters import APPEAL_TO_CHINA
from w4r_desktop.core.db.database import Database
from w4r_desktop.core.handover import LetterHandover, Outcome
from w4r_desktop.core.print_queue import PrintQueue
from w4r_desktop.core.tally.records import Tally
from w4r_desktop.printing.printer import PdfFolderPrinter, PrinterError


class JammedPrinter(PdfFolderPrinter):
    @property
    def on_paper(self) -> bool:
        return True

    def print_pdf(self, pdf: bytes, job_name: str) -> None:  # type: ignore[override]
        raise PrinterError("out of paper")


def test_pressing_twice_counts_once(db: Database, tmp_path: object) -> None:
    tally, queue = Tally(db), PrintQueue(db)
    handover = LetterHandover(tally, queue, PdfFolderPrinter(tmp_path / "printed"))  # type: ignore[operator]
    assert handover.hand_in(APPEAL_TO_CHINA) is Outcome.HANDED_IN
    assert handover.print_now(APPEAL_TO_CHINA, b"%PDF", b"%PDF") is Outcome.HANDED_IN
    assert tally.letters_written() == 1 and len(queue.jobs()) == 1


def test_a_jammed_printer_counts_nothing(db: Database, tmp_path: object) -> None:
    tally, queue = Tally(db), PrintQueue(db)
    handover = LetterHandover(tally, queue, JammedPrinter(tmp_path / "printed"))  # type: ignore[operator]
    with pytest.raises(PrinterError):
        handover.print_now(APPEAL_TO_CHINA, b"%PDF", b"%PDF")
    assert tally.letters_written() == 0 and not handover.counted


def test_a_letter_that_cannot_be_queued_is_not_counted(
    db: Database, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    tally, queue = Tally(db), PrintQueue(db)
    handover = LetterHandover(tally, queue, PdfFolderPrinter(tmp_path / "printed"))  # type: ignore[operator]

    def broken(*_args: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(PrintQueue, "add_in", broken)
    with pytest.raises(OSError):
        handover.hand_in(APPEAL_TO_CHINA)
    assert tally.letters_written() == 0 and queue.jobs() == [] and not handover.counted


class EnvelopeJam(PdfFolderPrinter):
    """Prints letters; the envelope jams once."""

    def __init__(self, folder: object) -> None:
        super().__init__(folder)  # type: ignore[arg-type]
        self.jobs: list[str] = []
        self.jammed = False

    @property
    def on_paper(self) -> bool:
        return True

    def print_pdf(self, pdf: bytes, job_name: str) -> None:  # type: ignore[override]
        if job_name.endswith("envelope") and not self.jammed:
            self.jammed = True
            raise PrinterError("envelope jammed")
        self.jobs.append(job_name)


def _jammed(db: Database, tmp_path: object) -> tuple[Tally, EnvelopeJam, LetterHandover]:
    """A letter printed, then its envelope jammed."""
    tally, printer = Tally(db), EnvelopeJam(tmp_path)
    handover = LetterHandover(tally, PrintQueue(db), printer)
    with pytest.raises(PrinterError):
        handover.print_now(APPEAL_TO_CHINA, b"%PDF letter", b"%PDF envelope")
    return tally, printer, handover


def test_a_retry_after_an_envelope_jam_prints_the_envelope_not_the_letter_again(db: Database, tmp_path: object) -> None:
    tally, printer, handover = _jammed(db, tmp_path)
    assert printer.jobs == ["zhang-zhan-letter"] and tally.letters_written() == 0
    assert handover.print_now(APPEAL_TO_CHINA, b"%PDF letter", b"%PDF envelope") is Outcome.PRINTED
    assert printer.jobs == ["zhang-zhan-letter", "zhang-zhan-envelope"]  # one letter on paper, not two
    assert tally.letters_written() == 1


def test_a_letter_changed_after_a_jam_is_printed_again(db: Database, tmp_path: object) -> None:
    _tally, printer, handover = _jammed(db, tmp_path)
    handover.print_now(APPEAL_TO_CHINA, b"%PDF letter, corrected", b"%PDF envelope")
    assert printer.jobs == ["zhang-zhan-letter", "zhang-zhan-letter", "zhang-zhan-envelope"]
