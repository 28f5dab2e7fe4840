"""`w4r-desktop render batch`: the queue as letters, envelopes and mailing sheet, for printing elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli import run
from tests.letters import APPEAL_TO_CHINA
from tests.printing.pdf_reading import page_sizes, text
from w4r_desktop.core.db.database import open_database
from w4r_desktop.core.print_queue import PrintQueue


def queue(data_dir: Path, *letters: object) -> None:
    db = open_database(data_dir)
    try:
        for letter in letters:
            PrintQueue(db).add(letter)  # type: ignore[arg-type]
    finally:
        db.close()


def left_in_queue(data_dir: Path) -> int:
    db = open_database(data_dir)
    try:
        return len(PrintQueue(db).jobs())
    finally:
        db.close()


def test_the_queue_becomes_three_pdfs_and_leaves_the_queue(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queue(data_dir, APPEAL_TO_CHINA, APPEAL_TO_CHINA.with_changes(sender_name="Ana"))
    out = tmp_path / "batch"
    out.mkdir()
    code, stdout, _stderr = run(capsys, "render", "batch", "--out-dir", str(out), "--paper", "a4", "--size", "dl")
    assert code == 0
    assert stdout.split() == [str(out / name) for name in ("letters.pdf", "envelopes.pdf", "mailing-sheet.pdf")]
    assert len(page_sizes((out / "envelopes.pdf").read_bytes())) == 2
    assert "2: no. 1" in " ".join(text((out / "mailing-sheet.pdf").read_bytes()).split())
    assert left_in_queue(data_dir) == 0


def test_unverified_letters_stay_queued_and_an_empty_queue_is_one_line(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queue(data_dir, APPEAL_TO_CHINA.with_changes(verified=False))
    code, _stdout, stderr = run(capsys, "render", "batch", "--out-dir", str(tmp_path))
    assert code == 1 and stderr.count("\n") == 1 and "1 wait for their address to be checked" in stderr
    assert left_in_queue(data_dir) == 1
    assert not (tmp_path / "letters.pdf").exists()


def test_a_letter_with_a_character_no_font_has_stays_queued_and_is_named(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    queue(data_dir, APPEAL_TO_CHINA, APPEAL_TO_CHINA.with_changes(body="Stay strong 💪"))
    code, _stdout, stderr = run(capsys, "render", "batch", "--out-dir", str(tmp_path))
    assert code == 1
    assert "U+1F4AA FLEXED BICEPS" in stderr and "--allow-missing-characters" in stderr
    assert len(page_sizes((tmp_path / "envelopes.pdf").read_bytes())) == 1  # the other letter printed
    assert left_in_queue(data_dir) == 1
    code, _stdout, stderr = run(capsys, "render", "batch", "--out-dir", str(tmp_path), "--allow-missing-characters")
    assert code == 0 and "U+1F4AA FLEXED BICEPS" in stderr
    assert left_in_queue(data_dir) == 0


def test_the_mailing_sheet_prices_at_the_events_stamps(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The 2021 bundle's rates (0.58, 1.30) are history: the event's own, by default today's, are used."""
    from w4r_desktop.core.settings import Settings

    queue(data_dir, APPEAL_TO_CHINA)
    run(capsys, "render", "batch", "--out-dir", str(tmp_path), "--keep")
    assert "1 international letter, 10 g (1 oz): 1.70 USD" in " ".join(
        text((tmp_path / "mailing-sheet.pdf").read_bytes()).split()
    )
    db = open_database(data_dir)
    try:
        Settings(db).set("stamp_international", 1.85)
    finally:
        db.close()
    run(capsys, "render", "batch", "--out-dir", str(tmp_path))
    assert "1.85 USD" in text((tmp_path / "mailing-sheet.pdf").read_bytes())
