"""`w4r-desktop doctor`: what is well and what is not, in words, before an event."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.cli import run
from w4r_desktop.core.db.database import DB_FILE


def _lines(out: str) -> dict[str, str]:
    return {
        line[4:].split("  ", 1)[0].strip(): line[:3].strip() for line in out.splitlines() if line[:3] in ("ok ", "NO ")
    }


def test_a_ready_laptop_is_all_well(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "doctor", "--data-dir", str(tmp_path / "data"))
    assert code == 0 and out.rstrip().endswith("all is well")
    assert set(_lines(out)) == {
        "data folder", "disk space", "database", "backups", "fonts", "PDF and print support", "printers", "case bundle"
    }  # fmt: skip


def test_a_damaged_database_is_named_with_what_to_do(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = tmp_path / "data"
    run(capsys, "doctor", "--data-dir", str(data))
    (data / DB_FILE).write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        Path(f"{data / DB_FILE}{suffix}").unlink(missing_ok=True)
    code, out, _ = run(capsys, "doctor", "--data-dir", str(data))
    assert code == 1
    assert _lines(out)["database"] == "NO" and "restore the newest backup" in out


def test_a_missing_font_and_a_broken_bundle_are_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from w4r_desktop.printing import fonts

    partial = tmp_path / "fonts"
    shutil.copytree(fonts.fonts_folder(), partial)
    (partial / "NotoSansThai-Regular.ttf").unlink()
    monkeypatch.setattr(fonts, "fonts_folder", lambda: partial)
    broken = tmp_path / "bundle"
    broken.mkdir()
    (broken / "bundle.toml").write_text("format = 3\n", encoding="utf-8")
    code, out, _ = run(capsys, "doctor", "--data-dir", str(tmp_path / "data"), "--bundle", str(broken))
    assert code == 1
    lines = _lines(out)
    assert (lines["fonts"], lines["case bundle"]) == ("NO", "NO")
    assert "NotoSansThai-Regular.ttf" in out and "2 thing(s) to put right" in out
