"""Printing the queue one job per event-loop turn, so the window stays alive and Cancel works.

Each job is its letter and then its envelope; messages of solidarity to one person in the run
share one large envelope, printed with the first of them that prints. A job that prints is
forgotten; a job that fails stays queued with its error, and the run goes on with the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.letters import Letter
from w4r_desktop.core.print_queue import PrintQueue, QueuedLetter
from w4r_desktop.core.settings import Settings, stamp_rates
from w4r_desktop.gui.leader.page_parts import counted
from w4r_desktop.printing.batch import envelope_groups, render_batch
from w4r_desktop.printing.envelope import render_envelope
from w4r_desktop.printing.letter import render_letter
from w4r_desktop.printing.printer import Printer

JobRenderer = Callable[[Letter, str], list[tuple[str, bytes]]]
"""Makes the PDFs of one queued letter, given its envelope ("own"; "large", holding several
messages to one person; "none", it goes in another's): (job name, PDF) pairs, printed in order."""


def mailing_sheet_pdf(letters: list[Letter], settings: Settings, bundle: CaseBundle) -> bytes:
    """The mailing sheet of `letters`, on the event's paper and envelope, priced at its stamp rates.

    Only the sheet is printed: the letters print one by one from the queue, each checked then.
    """
    sizes = (settings.get("paper_size"), settings.get("envelope_size"))
    rates = stamp_rates(settings, bundle.info.postage)
    return render_batch(letters, *sizes, rates, allow_missing_characters=True).mailing_sheet_pdf


def letter_and_envelope(settings: Settings) -> JobRenderer:
    """The printing engine's letter and envelope, on the paper and envelope the event uses."""
    paper = str(settings.get("paper_size"))
    envelope = str(settings.get("envelope_size"))
    group_address = tuple(settings.get("return_address"))

    def render(letter: Letter, holder: str = "own") -> list[tuple[str, bytes]]:
        # Job names reach the print spooler's log: the case and kind, never the writer's name.
        stem = f"w4r-{letter.case_id}-{letter.kind.value}"
        parts = [(f"{stem}-letter", render_letter(letter, paper).pdf)]
        if holder == "large":  # several volunteers' messages: it comes back to the group
            shared = letter.with_changes(return_address=()) if group_address else letter
            parts.append((f"{stem}-envelope", render_envelope(shared, "c5", group_address=group_address)))
        elif holder == "own":
            parts.append((f"{stem}-envelope", render_envelope(letter, envelope, group_address=group_address)))
        return parts

    return render


@dataclass
class RunResult:
    """How a run of the queue went."""

    total: int
    printed: int = 0
    failed: list[tuple[QueuedLetter, str]] = field(default_factory=list)
    to_check: list[QueuedLetter] = field(default_factory=list)
    """Letters held back: their address is not verified yet."""
    cancelled: bool = False

    @property
    def not_reached(self) -> int:
        return self.total - self.printed - len(self.failed) - len(self.to_check)


class QueuePrintRun(QObject):
    """One pass over a list of queued letters."""

    progressed = Signal(int, int)
    """(jobs done, jobs in the run), after each job."""

    finished = Signal()
    """The run ended: all done, or cancelled. `result` says how it went."""

    def __init__(
        self,
        jobs: list[QueuedLetter],
        queue: PrintQueue,
        printer: Printer,
        render: JobRenderer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs = list(jobs)
        self._queue = queue
        self._printer = printer
        self._render = render
        self._next = 0
        self._cancel_asked = False
        self.running = False
        self.result = RunResult(total=len(self._jobs))
        # Messages to one person in this run share one envelope: the first to print carries it.
        printable = [job for job in self._jobs if job.letter.verified]
        groups = envelope_groups([job.letter for job in printable])
        self._group = {printable[number - 1].id: index for index, group in enumerate(groups) for number in group}
        self._shared = {index for index, group in enumerate(groups) if len(group) > 1}
        self._pending: set[int | None] = set(self._shared)
        """Shared envelopes not printed yet (a job that fails leaves it to the next of its group)."""

    def summary(self) -> str:
        """How the run went, for the leader: printed, failed (with why), held back, cancelled."""
        result = self.result
        text = counted(
            self.tr("Printed %1 of 1 letter with its envelope."),
            self.tr("Printed %1 of %n letters with their envelopes."),
            result.total,
        ).replace("%1", str(result.printed))
        if result.failed:  # the reasons are a list: what follows starts on a line of its own
            text += " " + counted(
                self.tr("1 failed and stays in the queue:"),
                self.tr("%n failed and stay in the queue:"),
                len(result.failed),
            )
            text += "".join(f"\n• {error}" for _job, error in result.failed[:5]) + "\n"
        if result.to_check:
            text += ("" if text.endswith("\n") else " ") + self.tr(
                "%n letter(s) wait for their address to be checked: select one and press Check address.",
                "",
                len(result.to_check),
            )
        if result.cancelled:
            text += ("" if text.endswith("\n") else " ") + counted(
                self.tr("Cancelled: 1 letter not printed stays in the queue."),
                self.tr("Cancelled: %n letters not printed stay in the queue."),
                result.not_reached,
            )
        return text.rstrip("\n")

    def start(self) -> None:
        """Begin with the first job on the next event-loop turn."""
        self.running = True
        QTimer.singleShot(0, self._step)

    def cancel(self) -> None:
        """Stop after the job being printed; the rest stay queued."""
        self._cancel_asked = True

    def _step(self) -> None:
        if self._cancel_asked or self._next >= len(self._jobs):
            self._finish()
            return
        job = self._jobs[self._next]
        self._next += 1
        if not job.letter.verified:
            # Never printed by accident: the leader confirms the address first.
            self.result.to_check.append(job)
            self.progressed.emit(self._next, len(self._jobs))
            QTimer.singleShot(0, self._step)
            return
        group = self._group.get(job.id)
        holder = "own" if group not in self._shared else "large" if group in self._pending else "none"
        try:
            for name, pdf in self._render(job.letter, holder):
                self._printer.print_pdf(pdf, name)
        except UserError as exc:
            self._queue.failed(job.id, str(exc))
            self.result.failed.append((job, str(exc)))
        except BaseException:
            # A bug: leave the job queued as it was, end the run, and let the crash path report it.
            self._finish()
            raise
        else:
            self._queue.printed(job.id)
            self.result.printed += 1
            self._pending.discard(group)  # its envelope is printed: the others go in it
        self.progressed.emit(self._next, len(self._jobs))
        QTimer.singleShot(0, self._step)

    def _finish(self) -> None:
        if not self.running:
            return
        self.running = False
        self.result.cancelled = self._cancel_asked and self._next < len(self._jobs)
        self.finished.emit()
