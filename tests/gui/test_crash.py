"""An error nobody caught: one dialog naming what failed, the details in the log, nothing personal kept."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

from w4r_desktop.core.failures import log_file
from w4r_desktop.gui.crash import CrashReporter

CANARY = "Quokka7731, 12 Elm Street"


def crash(reporter: CrashReporter, error: BaseException) -> None:
    try:
        raise error
    except BaseException:
        reporter(*sys.exc_info())  # type: ignore[arg-type]


def test_a_bug_is_named_by_its_kind_and_logged_without_the_volunteers_words(qapp: object, data_dir: Path) -> None:
    shown: list[str] = []
    crash(CrashReporter(data_dir, shown.append), KeyError(CANARY))
    assert len(shown) == 1
    assert "an unexpected error (KeyError)" in shown[0]
    assert str(log_file(data_dir)) in shown[0]
    assert "Traceback" not in shown[0] and "Quokka" not in shown[0]
    logged = log_file(data_dir).read_text(encoding="utf-8")
    assert "builtins.KeyError" in logged and "test_crash.py" in logged
    assert "Quokka" not in logged and "Elm Street" not in logged


def test_a_full_disk_is_said_in_words(qapp: object, data_dir: Path) -> None:
    shown: list[str] = []
    crash(CrashReporter(data_dir, shown.append), OSError(errno.ENOSPC, "No space left on device"))
    assert "is full" in shown[0]
