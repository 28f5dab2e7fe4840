"""Atomic file writes and the PDF-folder printer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from w4r_desktop.core.files import FileWriteError, atomic_write, atomic_writer
from w4r_desktop.printing.printer import PdfFolderPrinter, PrinterError


def test_atomic_write_replaces_whole(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    atomic_write(target, b"first")
    atomic_write(target, b"second")
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_failure_midway_keeps_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    atomic_write(target, b"previous")
    with pytest.raises(RuntimeError), atomic_writer(target) as stream:
        stream.write(b"half of the new")
        raise RuntimeError("killed")
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(FileWriteError, match="cannot write"):
            atomic_write(tmp_path / "x", b"1")
    finally:
        tmp_path.chmod(0o700)


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileWriteError, match="cannot write"):
        atomic_write(tmp_path / "no" / "such" / "x.csv", b"1")


def test_pdf_folder_printer_never_overwrites(tmp_path: Path) -> None:
    printer = PdfFolderPrinter(tmp_path / "printed")
    first = printer.print_pdf(b"%PDF-1 one", "letter zhang/zhan")
    second = printer.print_pdf(b"%PDF-1 two", "letter zhang/zhan")
    assert first.name == "letter-zhang-zhan.pdf" and second.name == "letter-zhang-zhan-2.pdf"
    assert first.read_bytes() == b"%PDF-1 one"


def test_pdf_folder_printer_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(PrinterError):
        PdfFolderPrinter(blocker / "sub").print_pdf(b"x", "job")
