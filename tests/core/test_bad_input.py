"""Bad input from the command line: each refused with one plain line, never a traceback or a hang.

A file that is not a file (a folder, a named pipe, a device) is neither read without end nor
replaced; numbers that are not numbers, control characters and easy PINs are refused; echoed
arguments cannot drive the terminal; and a killed write leaves nothing behind for long.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli import run
from w4r_desktop.core import paths
from w4r_desktop.core.db.database import Database

POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="named pipes and devices are POSIX")
ROOT_ONLY = pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="only root makes device nodes")


def one_line(err: str) -> bool:
    return len(err.strip().splitlines()) == 1 and "Traceback" not in err


# --- 1. a data folder that is a file -------------------------------------------------------------


@pytest.mark.parametrize("where", ["program", "command", "environment"])
def test_a_data_folder_that_is_a_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    file = tmp_path / "hostname"
    file.write_text("laptop\n", encoding="utf-8")
    argv = {
        "program": ["--data-dir", str(file), "tally", "show"],
        "command": ["tally", "show", "--data-dir", str(file)],
        "environment": ["tally", "show"],
    }[where]
    monkeypatch.setenv("W4R_DATA_DIR", str(file))
    code, out, err = run(capsys, *argv)
    assert code != 0 and out == ""
    assert err == f"w4r-desktop: the data folder {file} is a file, not a folder\n"
    assert file.read_text(encoding="utf-8") == "laptop\n"


def test_a_data_folder_inside_a_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "hostname"
    file.write_text("laptop\n", encoding="utf-8")
    code, _out, err = run(capsys, "event", "show", "--data-dir", str(file / "data"))
    assert code != 0 and one_line(err)
    assert f"cannot create the data folder {file / 'data'}: {file} is a file, not a folder" in err


def test_the_application_with_a_data_folder_that_is_a_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    file = tmp_path / "hostname"
    file.write_text("laptop\n", encoding="utf-8")
    code, _out, err = run(capsys, "--data-dir", str(file))  # no command: the window would start
    assert code != 0 and err == f"w4r-desktop: the data folder {file} is a file, not a folder\n"


# --- 2. reading a user-named text file ------------------------------------------------------------

# Run in a child process with a memory limit and a timeout: reading /dev/zero or opening a named
# pipe nobody writes to must not take the test run down with it when this regresses.
CHILD = """
import resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, (1 << 31, 1 << 31))
from w4r_desktop.__main__ import main
started = time.monotonic()
code = main(sys.argv[1:])
print(code, round(time.monotonic() - started, 3))
"""


def run_apart(tmp_path: Path, *argv: str) -> tuple[int, float, str]:
    """Run the command line in a child process; its exit code, seconds taken and standard error."""
    env = {**os.environ, "W4R_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *argv], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60
    )
    code, seconds = done.stdout.split()[-2:]
    return int(code), float(seconds), done.stderr


@POSIX_ONLY
@pytest.mark.parametrize("source", ["/dev/zero", "pipe"])
def test_a_text_file_that_is_not_a_file_is_refused_at_once(tmp_path: Path, source: str) -> None:
    if source == "pipe":
        source = str(tmp_path / "pipe")
        os.mkfifo(source)
    out = tmp_path / "x.pdf"
    code, seconds, err = run_apart(
        tmp_path, "render", "letter", "--case", "zhang-zhan", "--text-file", source, "--out", str(out)
    )
    assert code == 1 and one_line(err) and seconds < 1
    assert f"{source}: not a regular file" in err
    assert not out.exists()


def test_read_capped_reads_a_file_up_to_its_cap(tmp_path: Path) -> None:
    from w4r_desktop.core.errors import UserError
    from w4r_desktop.core.files import read_capped

    file = tmp_path / "body.txt"
    file.write_bytes(b"x" * 10)
    assert read_capped(file, 10) == b"x" * 10
    with pytest.raises(UserError, match=r"body.txt: larger than 9 bytes"):
        read_capped(file, 9)
    with pytest.raises(UserError, match=r"not a regular file \(it is a folder\)"):
        read_capped(tmp_path, 10)
    with pytest.raises(UserError, match="no such file"):
        read_capped(tmp_path / "missing.txt", 10)


# --- 3. writing over something that is not a file -------------------------------------------------


@POSIX_ONLY
def test_atomic_write_never_replaces_a_named_pipe_or_a_folder(tmp_path: Path) -> None:
    from w4r_desktop.core.files import FileWriteError, atomic_write

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    link = tmp_path / "link.pdf"
    link.symlink_to(pipe)
    for target, kind in ((pipe, "a named pipe"), (link, "a named pipe"), (tmp_path, "a folder")):
        with pytest.raises(FileWriteError, match=f"cannot write .*: it is {kind}, not a file"):
            atomic_write(target, b"%PDF")
    assert stat.S_ISFIFO(pipe.lstat().st_mode) and link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.pdf", "pipe"]


@ROOT_ONLY
def test_atomic_write_never_replaces_a_device(tmp_path: Path) -> None:
    from w4r_desktop.core.files import FileWriteError, atomic_write

    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a second /dev/null
    with pytest.raises(FileWriteError, match="it is a device, not a file"):
        atomic_write(null, b"%PDF")
    assert stat.S_ISCHR(null.lstat().st_mode)


@POSIX_ONLY
def test_dev_null_stays_a_device(capsys: pytest.CaptureFixture[str]) -> None:
    from w4r_desktop.core.files import FileWriteError, atomic_write

    with pytest.raises(FileWriteError, match="it is a device"):
        atomic_write("/dev/null", b"%PDF")
    code, _out, err = run(capsys, "render", "labels", "--case", "zhang-zhan", "--out", "/dev/null")
    assert code == 1 and one_line(err) and "cannot write /dev/null: it is a device, not a file" in err
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


@POSIX_ONLY
@pytest.mark.parametrize(
    "argv",
    [
        ["render", "letter", "--case", "zhang-zhan", "--out"],
        ["tally", "export", "--out"],
        ["cases", "export", str(paths.default_bundle_path()), "--out"],
    ],
    ids=["render", "tally-export", "cases-export"],
)
def test_an_out_that_is_a_named_pipe_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    pipe = tmp_path / "out.zip"
    os.mkfifo(pipe)
    code, _out, err = run(capsys, *argv, str(pipe))
    assert code == 1 and one_line(err) and "it is a named pipe, not a file" in err
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


# --- 4. offsets that are not numbers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("what", "option", "value"),
    [
        ("envelope", "--offset-x", "nan"),
        ("envelope", "--offset-y", "inf"),
        ("labels", "--offset-x", "-inf"),
        ("labels", "--offset-y", "1e999"),
    ],
)
def test_an_offset_that_is_not_a_finite_number_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str, option: str, value: str
) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(SystemExit) as usage_error:
        run(capsys, "render", what, "--case", "zhang-zhan", f"{option}={value}", "--out", str(out))
    err = capsys.readouterr().err
    errors = [line for line in err.splitlines() if "error:" in line]
    assert usage_error.value.code == 2 and "Traceback" not in err
    assert len(errors) == 1 and errors[0].endswith(f"argument {option}: {value!r} is not a number such as 1.5 or -2")
    assert not out.exists()


# --- 5. arguments echoed back -----------------------------------------------------------------------


def test_shown_escapes_controls_and_cuts_long_text() -> None:
    from w4r_desktop.cli.common import shown

    assert shown("zhang-zhan") == "zhang-zhan"
    assert shown("a\x1b[2Jb\x07\n") == "a\\u001b[2Jb\\u0007\\u000a"
    assert shown("\x9b\u202e\u2066\u200e\u200f\u061c") == "\\u009b\\u202e\\u2066\\u200e\\u200f\\u061c"
    assert shown("é世😀") == "é世😀"
    long = shown("x" * 1000)
    assert len(long) == 200 and long.endswith("x…")


def test_an_unknown_case_is_echoed_safely(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    hostile = "nobody\x1b]0;owned\x07\u202e" + "x" * 500
    code, _out, err = run(capsys, "render", "letter", "--case", hostile, "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and one_line(err)
    assert "no case 'nobody\\u001b]0;owned\\u0007\\u202exxx" in err and "x" * 300 not in err
    assert "\x1b" not in err and "\x07" not in err and "\u202e" not in err


def test_a_text_file_name_is_echoed_safely(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = str(tmp_path / "body\x1b[31m.txt")
    code, _out, err = run(capsys, "render", "letter", "--case", "zhang-zhan", "--text-file", name, "--out", "x.pdf")
    assert code == 1 and one_line(err) and "body\\u001b[31m.txt: no such file" in err and "\x1b" not in err


def test_an_out_folder_is_echoed_safely(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "render", "batch", "--out-dir", str(tmp_path / "no\x1b[2Jfolder"))
    assert code == 1 and one_line(err) and "no\\u001b[2Jfolder is not a folder" in err and "\x1b" not in err


# --- 6. control characters in the event's name ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "code_point"),
    [("Write\x1b[2Jfor Rights", "U+001B"), ("Write\x85for", "U+0085"), ("Write \u202efor", "U+202E")],
)
def test_an_event_name_with_control_characters_is_refused(
    capsys: pytest.CaptureFixture[str], name: str, code_point: str
) -> None:
    code, _out, err = run(capsys, "event", "set", "--name", name, "--place", "Hall")
    assert code == 1 and one_line(err) and f"Event name: contains the control character {code_point}" in err
    _code, out, _err = run(capsys, "event", "show")
    assert "event name:          Write for Rights" in out and "place:               (not set)" in out


def test_the_event_name_setting_refuses_control_characters(db: Database) -> None:
    from w4r_desktop.core.settings import SettingError, Settings

    with pytest.raises(SettingError, match=r"U\+2066"):
        Settings(db).set("event_name", "Write \u2066for")
    with pytest.raises(SettingError, match="not a finite number"):
        Settings(db).set("offset_x_mm", "nan")
    Settings(db).set("event_name", "Escribir por los derechos \u200f2021")  # a mark is text, kept
    assert Settings(db).get("event_name").endswith("\u200f2021")


# --- 7. leftovers of a killed write --------------------------------------------------------------


def dead_pid() -> int:
    """A process id no process has now."""
    for pid in range(4_000_000, 4_100_000, 7):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return pid
        except OSError:
            continue
    raise AssertionError("no free process id found")


@POSIX_ONLY
def test_opening_the_data_folder_removes_what_killed_writes_left(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir.mkdir()
    killed = data_dir / f".bundle-index.json.{dead_pid()}.k7x_2qz9.tmp"
    killed.write_bytes(b'{"half')
    alive = data_dir / f".bundle-index.json.{os.getppid()}.a1b2c3d4.tmp"  # its writer still runs
    alive.write_bytes(b'{"half')
    mine = data_dir / "notes.txt.tmp"  # not a name atomic_writer gives
    mine.write_bytes(b"kept")
    code, _out, _err = run(capsys, "event", "show")
    assert code == 0
    assert not killed.exists() and alive.exists() and mine.exists()


# --- 8. PINs too easy to guess -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pin", "why"),
    [
        ("0000", "all its digits are the same"),
        ("111111", "all its digits are the same"),
        ("1234", "its digits count up or down in order"),
        ("123456", "its digits count up or down in order"),
        ("654321", "its digits count up or down in order"),
        ("7890", "its digits count up or down in order"),
        ("3210", "its digits count up or down in order"),
        ("121212", "it repeats a short pattern"),
        ("1313", "it repeats a short pattern"),
        ("123123", "it repeats a short pattern"),
        ("12341234", "it repeats a short pattern"),
    ],
)
def test_a_pin_too_easy_to_guess_is_refused(pin: str, why: str) -> None:
    from w4r_desktop.core.pin import PinError, check_new_pin

    with pytest.raises(PinError) as refused:
        check_new_pin(pin, pin)
    assert str(refused.value) == f"This PIN is too easy to guess: {why}."


@pytest.mark.parametrize("pin", ["2468", "1357", "4739", "135790", "1123", "90125"])
def test_a_pin_hard_enough_to_guess_is_accepted(pin: str) -> None:
    from w4r_desktop.core.pin import check_new_pin

    check_new_pin(pin, pin)
