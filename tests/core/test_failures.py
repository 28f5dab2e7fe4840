"""No traceback reaches a user: one line to act on, the details in a log that holds nothing personal."""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli import run
from w4r_desktop.core.failures import describe_for_log, explain, log_file, record_failure

CANARY = "Quokka7731 lives at 12 Elm Street"


def command(data_dir: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "W4R_DATA_DIR": str(data_dir)}
    # Run away from the repository, so that the installed package (with its cases) is the one run.
    return subprocess.run(
        [sys.executable, "-m", "w4r_desktop", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=data_dir.parent,
    )


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MB file system (tmpfs), so a full disk is a full disk."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root (CI runs as root)")
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(disk: Path, leave_kib: int) -> None:
    filler = disk / "filler"
    filler.unlink(missing_ok=True)
    free_kib = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize // 1024
    with filler.open("wb") as stream:
        stream.write(b"\0" * max(0, free_kib - leave_kib) * 1024)


def test_a_full_disk_is_named_in_one_line_at_every_fill_level(small_disk: Path) -> None:
    data = small_disk / "data"
    assert command(data, "tally", "add", "--case", "zhang-zhan", "--kind", "appeal").returncode == 0
    failures = 0
    for leave_kib in (0, 4, 16, 32, 40, 48, 64):
        fill(small_disk, leave_kib)
        done = command(data, "tally", "add", "--case", "zhang-zhan", "--kind", "appeal", "--count", "5")
        if done.returncode == 0:
            continue
        failures += 1
        assert done.returncode == 1
        assert "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "disk" in done.stderr and "is full" in done.stderr, done.stderr
    assert failures >= 3  # the disk really was full


def test_an_unexpected_error_is_one_line_and_logged_without_what_the_user_wrote(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from w4r_desktop.core.tally import records

    def broken(*_args: object, **_kwargs: object) -> str:
        raise ValueError(CANARY)

    monkeypatch.setattr(records.Tally, "record", broken)
    code, _out, err = run(capsys, "tally", "add", "--case", "zhang-zhan", "--kind", "appeal")
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "unexpected error (ValueError)" in err and str(log_file(data_dir)) in err
    logged = log_file(data_dir).read_text(encoding="utf-8")
    assert "builtins.ValueError" in logged and "records.py" not in err
    assert "Quokka" not in logged and "Elm Street" not in logged
    assert (log_file(data_dir).stat().st_mode & 0o077) == 0


def test_the_log_keeps_where_it_failed_but_never_the_message() -> None:
    try:
        try:
            raise KeyError(CANARY)
        except KeyError as inner:
            raise RuntimeError(f"while writing {CANARY}") from inner
    except RuntimeError as error:
        text = describe_for_log(error)
    assert "builtins.KeyError" in text and "builtins.RuntimeError" in text
    assert "test_failures.py" in text
    assert "Quokka" not in text


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "is full"),
        (OSError(errno.EROFS, "Read-only file system", "/media/stick"), "read-only"),
        (OSError(errno.EACCES, "Permission denied", "/srv/data"), "no permission"),
        (sqlite3.OperationalError("database is locked"), "busy"),
        (ValueError("a bug"), None),
    ],
)
def test_machine_failures_are_explained_and_bugs_are_not(error: Exception, words: str | None) -> None:
    if isinstance(error, sqlite3.OperationalError):
        error.sqlite_errorcode = 5  # type: ignore[attr-defined]
    explained = explain(error)
    assert (explained is None) if words is None else (words in (explained or ""))


def test_no_log_is_written_where_there_is_no_data_folder() -> None:
    assert record_failure(ValueError("x"), None, "testing") is None
