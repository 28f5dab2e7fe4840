"""`w4r-desktop tally ...`: the commands a leader or a script runs."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli import run
from w4r_desktop.core.tally.kinds import TallyKind


def test_add_show_void_and_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "tally", "add", "--case", "zhang-zhan", "--kind", "appeal")[0] == 0
    code, out, _ = run(capsys, "tally", "add", "--case", "sphere", "--kind", "card", "--count", "12")
    record_id = out.split("record ")[1].rstrip(")\n")
    assert run(capsys, "tally", "add", "--kind", "participant", "--count", "20")[0] == 0
    code, out, _ = run(capsys, "tally", "show")
    assert code == 0
    assert "13 letters and cards" in out
    assert [line.split() for line in out.splitlines() if line.startswith("sphere")] == [
        ["sphere", *("12" if kind is TallyKind.CARD else "0" for kind in TallyKind)]
    ]
    assert run(capsys, "tally", "void", record_id)[0] == 0
    assert "1 letters and cards" in run(capsys, "tally", "show")[1]
    code, _, err = run(capsys, "tally", "void", record_id)
    assert (code, err.strip()) == (1, "w4r-desktop: this record was already corrected")
    code, out, _ = run(capsys, "tally", "report", "--out", str(tmp_path / "r.csv"), "--pdf", str(tmp_path / "r.pdf"))
    assert code == 0 and (tmp_path / "r.csv").is_file() and (tmp_path / "r.pdf").is_file()


def test_unknown_case_is_refused_and_nothing_is_counted(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "tally", "add", "--case", "nobody", "--kind", "appeal")
    assert code == 1
    assert err.startswith("w4r-desktop: no case 'nobody' in this bundle")
    assert "0 letters and cards" in run(capsys, "tally", "show")[1]


def test_bad_count_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "tally", "add", "--case", "sphere", "--kind", "card", "--count", "0")
    assert (code, err.strip()) == (1, "w4r-desktop: a count must be between 1 and 100000")


def test_export_import_between_two_data_folders(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "tally", "add", "--case", "sphere", "--kind", "appeal", "--count", "3")
    sync_file = tmp_path / "first.csv"
    assert run(capsys, "tally", "export", "--out", str(sync_file))[0] == 0
    other = str(tmp_path / "second")
    code, out, _ = run(capsys, "tally", "import", "--data-dir", other, str(sync_file), str(sync_file))
    assert code == 0
    assert "2 records read: 1 new, 1 counted already" in out and "joined" in out
    assert "3 letters and cards" in run(capsys, "tally", "show", "--data-dir", other)[1]


def test_import_of_a_broken_file_lists_the_problems(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_text("name,address\nAna,Main Street\n", encoding="utf-8")
    code, _, err = run(capsys, "tally", "import", str(broken))
    assert code == 1
    assert err.splitlines() == [
        "broken.csv: line 1: this is not a W4R Desktop sync file (it should begin with format,w4r-tally)",
        "w4r-desktop: nothing was imported",
    ]


def test_another_event_needs_merge_events(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    run(capsys, "tally", "add", "--case", "sphere", "--kind", "appeal")
    sync_file = tmp_path / "first.csv"
    run(capsys, "tally", "export", "--out", str(sync_file))
    other = str(tmp_path / "second")
    run(capsys, "tally", "add", "--data-dir", other, "--case", "sphere", "--kind", "card")
    code, _, err = run(capsys, "tally", "import", "--data-dir", other, str(sync_file))
    assert code == 1 and "another event" in err
    assert run(capsys, "tally", "import", "--data-dir", other, "--merge-events", str(sync_file))[0] == 0
    assert "2 letters and cards" in run(capsys, "tally", "show", "--data-dir", other)[1]


def test_sync_folder_between_two_laptops(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    other = str(tmp_path / "second")
    run(capsys, "tally", "add", "--case", "sphere", "--kind", "appeal")
    assert run(capsys, "tally", "sync", "--folder", str(stick))[0] == 0
    assert run(capsys, "tally", "sync", "--data-dir", other, "--folder", str(stick))[0] == 0
    run(capsys, "tally", "add", "--data-dir", other, "--case", "sphere", "--kind", "appeal")
    run(capsys, "tally", "sync", "--data-dir", other, "--folder", str(stick))
    run(capsys, "tally", "sync", "--folder", str(stick))
    assert "2 letters and cards" in run(capsys, "tally", "show")[1]
    assert len(os.listdir(stick)) == 2
