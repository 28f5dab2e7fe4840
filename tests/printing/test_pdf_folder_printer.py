"""Saving PDFs in a folder two laptops share never overwrites the other's letter."""

from __future__ import annotations

from pathlib import Path

import pytest

from w4r_desktop.printing.printer import PdfFolderPrinter


def test_a_name_taken_between_looking_and_saving_is_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printer = PdfFolderPrinter(tmp_path / "shared", private=False)
    first = printer.print_pdf(b"%PDF the other laptop's letter", "zhang-zhan-letter")
    # The other laptop's file appears after this one looked: as if it had not been there yet.
    monkeypatch.setattr(Path, "exists", lambda _self: False)
    second = printer.print_pdf(b"%PDF this laptop's letter", "zhang-zhan-letter")
    assert first != second
    assert first.read_bytes() == b"%PDF the other laptop's letter"
    assert second.read_bytes() == b"%PDF this laptop's letter"
