"""Running `w4r-desktop` commands in the test's own process."""

from __future__ import annotations

import pytest

from w4r_desktop.__main__ import main


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the command line with `argv`; returns its exit code, standard output and standard error."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err
