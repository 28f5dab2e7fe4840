"""Online, photo and social actions are counted like hand counts and travel everywhere letters do:
the command line, a sync file on a USB stick, the shared server and the campaign report."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.cli import run


def _report(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    header = next(row for row in rows if row and row[0] == "Case")
    return {row[-1]: dict(zip(header, row, strict=True)) for row in rows[rows.index(header) + 1 :] if row}


def test_online_photo_and_social_actions_travel_to_the_report(
    tmp_path: Path, server_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, third = (str(tmp_path / name) for name in ("first", "second", "third"))
    for case, kind, count in (("zhang-zhan", "online", "5"), ("sphere", "photo", "2"), ("zhang-zhan", "social", "7")):
        code, _out, err = run(
            capsys, "tally", "add", "--data-dir", first, "--case", case, "--kind", kind, "--count", count
        )
        assert (code, err) == (0, "")
    code, out, _ = run(capsys, "tally", "show", "--data-dir", first)
    header, zhang = (
        out.splitlines()[1].split(),
        next(line.split() for line in out.splitlines() if line.startswith("zhang")),
    )
    assert dict(zip(header[1:], zhang[1:], strict=True)) | {} == {
        **dict.fromkeys(header[1:], "0"),
        "online": "5",
        "social": "7",
    }
    assert "0 letters and cards" in out  # actions online are not letters

    stick = tmp_path / "first.csv"  # a USB stick to the second laptop
    assert run(capsys, "tally", "export", "--data-dir", first, "--out", str(stick))[0] == 0
    assert run(capsys, "tally", "import", "--data-dir", second, str(stick))[0] == 0
    assert run(capsys, "tally", "server-sync", "--data-dir", second, "--database-url", server_url)[0] == 0
    assert run(capsys, "tally", "server-sync", "--data-dir", third, "--database-url", server_url)[0] == 0

    report = tmp_path / "report.csv"
    assert run(capsys, "tally", "report", "--data-dir", third, "--out", str(report))[0] == 0
    lines = _report(report)
    assert (lines["zhang-zhan"]["Online actions"], lines["zhang-zhan"]["Social media posts"]) == ("5", "7")
    assert lines["sphere"]["Photo actions"] == "2"
    assert lines[""]["Online actions"] == "5"  # the totals line
