"""Letters saved as PDFs where there is no printer: private, kept for the leader, gone at the keeping time."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from w4r_desktop.core.saved_letters import SavedLetters, keep_until
from w4r_desktop.printing.printer import PdfFolderPrinter

PDF = b"%PDF-1.4\n% a letter with a name and a town\n%%EOF\n"
EVENING = dt.datetime(2021, 12, 10, 19, 30).astimezone()


def saved(folder: Path, job: str, when: dt.datetime) -> Path:
    path = PdfFolderPrinter(folder).print_pdf(PDF, job)
    os.utime(path, (when.timestamp(), when.timestamp()))
    return path


def test_the_folder_and_its_letters_are_for_the_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "printed"
    path = PdfFolderPrinter(folder).print_pdf(PDF, "zhang-zhan-letter")
    assert folder.stat().st_mode & 0o077 == 0
    assert path.stat().st_mode & 0o077 == 0


def test_an_existing_open_folder_is_closed_to_others(tmp_path: Path) -> None:
    folder = tmp_path / "printed"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    PdfFolderPrinter(folder).print_pdf(PDF, "zhang-zhan-letter")
    assert folder.stat().st_mode & 0o077 == 0


def test_saved_letters_are_listed_with_their_case_and_kind(tmp_path: Path) -> None:
    folder = tmp_path / "printed"
    saved(folder, "zhang-zhan-letter", EVENING)
    saved(folder, "zhang-zhan-envelope", EVENING)
    saved(folder, "zhang-zhan-letter", EVENING)
    letters = SavedLetters(folder, clock=lambda: EVENING).all()
    assert [(item.case_id, item.part) for item in letters] == [
        ("zhang-zhan", "envelope"),
        ("zhang-zhan", "letter"),
        ("zhang-zhan", "letter"),
    ]


def test_by_default_a_letter_is_kept_until_the_end_of_the_day_it_was_saved(tmp_path: Path) -> None:
    folder = tmp_path / "printed"
    path = saved(folder, "zhang-zhan-letter", EVENING)
    assert keep_until(EVENING, keep_days=0) == EVENING.replace(hour=0, minute=0, second=0) + dt.timedelta(days=1)
    late = SavedLetters(folder, clock=lambda: EVENING.replace(hour=23, minute=59))
    assert late.remove_expired(keep_days=0) == 0 and path.exists()
    next_morning = SavedLetters(folder, clock=lambda: EVENING + dt.timedelta(hours=5))
    assert next_morning.remove_expired(keep_days=0) == 1
    assert not path.exists()


def test_a_leader_may_keep_letters_for_more_days(tmp_path: Path) -> None:
    folder = tmp_path / "printed"
    path = saved(folder, "sphere-letter", EVENING)
    two_days_on = SavedLetters(folder, clock=lambda: EVENING + dt.timedelta(days=2))
    assert two_days_on.remove_expired(keep_days=3) == 0 and path.exists()
    assert two_days_on.remove_expired(keep_days=1) == 1 and not path.exists()


def test_only_the_applications_own_files_are_touched(tmp_path: Path) -> None:
    folder = tmp_path / "printed"
    saved(folder, "sphere-letter", EVENING)
    mine = folder / "notes.txt"
    mine.write_text("the leader's own file")
    later = SavedLetters(folder, clock=lambda: EVENING + dt.timedelta(days=9))
    assert later.remove_expired(keep_days=0) == 1
    assert mine.exists()
