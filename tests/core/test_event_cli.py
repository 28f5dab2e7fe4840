"""`w4r-desktop event show|set`: the report's header filled in without a screen."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.cli import run
from w4r_desktop.core.db.database import open_database
from w4r_desktop.core.settings import Settings


def test_set_then_show_the_event(capsys: pytest.CaptureFixture[str], data_dir: object) -> None:
    code, out, _err = run(
        capsys, "event", "set", "--name", "Write-a-thon", "--date", "2026-12-10", "--place", "Main Library",
        "--group", "Amnesty Group 47",
    )  # fmt: skip
    assert code == 0 and "event details saved" in out
    code, out, _err = run(capsys, "event", "show")
    assert code == 0
    assert "event name:          Write-a-thon" in out
    assert "date:                2026-12-10" in out
    assert "place:               Main Library" in out
    assert "group or school:     Amnesty Group 47" in out


def test_the_report_uses_what_was_set(capsys: pytest.CaptureFixture[str], data_dir: object) -> None:
    run(capsys, "event", "set", "--place", "Main Library", "--date", "2026-12-10")
    db = open_database(data_dir)  # type: ignore[arg-type]
    try:
        settings = Settings(db)
        assert settings.get("event_place") == "Main Library"
        assert settings.get("event_date") == dt.date(2026, 12, 10)
        assert settings.get("event_name") == "Write for Rights"  # untouched
    finally:
        db.close()


def test_a_bad_date_changes_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "event", "set", "--place", "Hall", "--date", "10/12/2026")
    assert code == 1 and err.count("\n") == 1 and "Date" in err
    _code, out, _err = run(capsys, "event", "show")
    assert "place:               (not set)" in out


def test_nothing_to_set_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "event", "set")
    assert code == 2 and "nothing to set" in err and "--laptop-name" in err


def test_the_groups_return_address_goes_on_envelopes_of_volunteers_who_gave_none(
    capsys: pytest.CaptureFixture[str], data_dir: object, tmp_path: object
) -> None:
    from pathlib import Path

    from tests.printing.pdf_reading import pieces

    folder = Path(str(tmp_path))
    address = folder / "group.txt"
    address.write_text("Amnesty Group 47\nPO Box 12\n\nDayton, OH 45402\n", encoding="utf-8")
    code, out, _err = run(capsys, "event", "set", "--return-address-file", str(address))
    assert code == 0 and "return address Amnesty Group 47 / PO Box 12 / Dayton, OH 45402" in out
    assert "return address:      Amnesty Group 47 / PO Box 12 / Dayton, OH 45402" in run(capsys, "event", "show")[1]
    envelope = folder / "envelope.pdf"
    code, _out, err = run(capsys, "render", "envelope", "--case", "zhang-zhan", "--out", str(envelope))
    assert code == 0 and "no return address" not in err
    printed = [piece.text for piece in pieces(envelope.read_bytes())]
    assert printed[:4] == ["AMNESTY GROUP 47", "PO BOX 12", "DAYTON, OH 45402", "UNITED STATES"]


def test_a_return_address_of_too_many_lines_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: object, tmp_path: object
) -> None:
    from pathlib import Path

    address = Path(str(tmp_path)) / "long.txt"
    address.write_text("\n".join(f"line {n}" for n in range(7)), encoding="utf-8")
    code, _out, err = run(capsys, "event", "set", "--return-address-file", str(address), "--place", "Library")
    assert code != 0 and "at most 6 lines" in err
    assert "place:               (not set)" in run(capsys, "event", "show")[1]
