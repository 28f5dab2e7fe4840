"""Address labels from label K of a partly used sheet, the alignment page and the printer offsets."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.gui.console_helpers import FlakyPrinter
from w4r_desktop.gui.leader.print_page import PrintPage
from w4r_desktop.gui.services import Services

# --- labels --------------------------------------------------------------------------------


def _labels_on(path: Path) -> list[str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [page.extract_text() for page in reader.pages]


def test_labels_start_at_the_label_the_leader_clicks(
    print_page: PrintPage, services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    labels = print_page.labels
    print_page.show_tab(labels)
    labels.case.setCurrentIndex(labels.case.findData("zhang-zhan"))
    assert labels.address.currentText() == "Official: President of the People's Republic of China"
    assert labels.preview.text().splitlines()[0] == "XI JINPING"
    assert labels.preview.text().splitlines()[-1] == "CHINA"
    labels.sheet.setCurrentIndex(labels.sheet.findData("avery-5160"))
    labels.count.setValue(3)
    # Click the fifth label (row 2, column 2) on the picture of the sheet.
    qtbot.mouseClick(labels.picker, Qt.MouseButton.LeftButton, pos=labels.picker.label_rect(5).center().toPoint())
    assert labels.start.value() == 5
    qtbot.keyClick(labels.picker, Qt.Key.Key_Right)
    assert labels.start.value() == 6
    assert labels.sheets_needed.text() == "Uses 1 sheet."
    qtbot.mouseClick(labels.print_button, Qt.MouseButton.LeftButton)
    assert labels.status.text().startswith("3 labels sent to ")
    pdf = tmp_path / "printed" / "w4r-labels-zhang-zhan.pdf"
    pages = _labels_on(pdf)
    assert len(pages) == 1
    assert pages[0].count("XI JINPING") == 3
    _assert_first_label_is(pdf, 6)


def _assert_first_label_is(pdf: Path, number: int) -> None:
    """The first address sits in label `number` of an Avery 5160 sheet (3 across, 1 in high, 1/2 in top)."""
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    tops: list[tuple[float, float]] = []

    def visit(text: str, _cm: object, tm: list[float], _font: object, _size: object) -> None:
        if "XI JINPING" in text:
            tops.append((tm[4], tm[5]))

    reader.pages[0].extract_text(visitor_text=visit)
    x, y = min(tops, key=lambda point: (-point[1], point[0]))
    row, column = divmod(number - 1, 3)
    label_top = 792 - 36 - row * 72
    label_left = 13.5 + column * 198
    assert label_top - 72 < y < label_top
    assert label_left < x < label_left + 189


def test_the_solidarity_address_and_an_unverified_warning(print_page: PrintPage) -> None:
    labels = print_page.labels
    print_page.show_tab(labels)
    labels.case.setCurrentIndex(labels.case.findData("zhang-zhan"))
    assert labels.address.currentText().startswith("Official: ")
    assert not labels.warning.isVisible()  # verified in the 2021 bundle
    labels.case.setCurrentIndex(labels.case.findData("bernardo-caal-xol"))
    solidarity = [
        row for row in range(labels.address.count()) if labels.address.itemText(row).startswith("Solidarity: ")
    ]
    assert solidarity
    labels.address.setCurrentIndex(solidarity[0])
    assert labels.warning.isVisible()
    assert labels.warning.text().splitlines()[0] == "This address is marked unverified: check it before mailing."


def test_the_start_label_cannot_pass_the_end_of_the_sheet(print_page: PrintPage, qtbot: QtBot) -> None:
    labels = print_page.labels
    labels.sheet.setCurrentIndex(labels.sheet.findData("avery-5160"))
    labels.start.setValue(29)
    qtbot.keyClick(labels.picker, Qt.Key.Key_Down)
    assert labels.start.value() == 29
    labels.count.setValue(5)
    assert labels.sheets_needed.text() == "Uses 2 sheets."
    qtbot.mouseClick(labels.picker, Qt.MouseButton.LeftButton, pos=QPoint(1, 1))  # the margin, not a label
    assert labels.start.value() == 29


# --- alignment and offsets -----------------------------------------------------------------


def _where(pdf: Path, text: str) -> tuple[float, float]:
    """Where `text` first starts on the first page, in PDF points."""
    found: list[tuple[float, float]] = []

    def visit(shown: str, _cm: object, tm: list[float], _font: object, _size: object) -> None:
        if shown.strip() == text and not found:
            found.append((tm[4], tm[5]))

    PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text(visitor_text=visit)
    assert found, f"{text!r} not in {pdf.name}"
    return found[0]


def test_offsets_are_saved_and_applied_to_the_test_page_and_labels(
    print_page: PrintPage, services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    printed = tmp_path / "printed"
    alignment = print_page.alignment
    print_page.show_tab(alignment)
    qtbot.mouseClick(alignment.test_button, Qt.MouseButton.LeftButton)
    print_page.labels.case.setCurrentIndex(print_page.labels.case.findData("zhang-zhan"))
    qtbot.mouseClick(print_page.labels.print_button, Qt.MouseButton.LeftButton)

    alignment.offset_x.setValue(1.5)
    alignment.offset_y.setValue(-2.0)
    changed: list[str] = []
    services.events.settings_changed.connect(changed.append)
    qtbot.mouseClick(alignment.save_button, Qt.MouseButton.LeftButton)
    assert (services.settings.get("offset_x_mm"), services.settings.get("offset_y_mm")) == (1.5, -2.0)
    assert changed == ["offset_x_mm", "offset_y_mm"]
    assert alignment.status.text() == "Offsets saved: +1.5 mm across, -2.0 mm down."
    qtbot.mouseClick(alignment.test_button, Qt.MouseButton.LeftButton)
    assert alignment.status.text().startswith("Test page sent to ")
    qtbot.mouseClick(print_page.labels.print_button, Qt.MouseButton.LeftButton)

    mm = 72 / 25.4
    for before, after, text in (
        ("w4r-alignment-test.pdf", "w4r-alignment-test-2.pdf", "1"),
        ("w4r-labels-zhang-zhan.pdf", "w4r-labels-zhang-zhan-2.pdf", "XI JINPING"),
    ):
        (x0, y0), (x1, y1) = _where(printed / before, text), _where(printed / after, text)
        assert x1 - x0 == pytest.approx(1.5 * mm, abs=0.05)  # moved right
        assert y1 - y0 == pytest.approx(2.0 * mm, abs=0.05)  # moved up (PDF y grows upwards)


def test_a_printer_failure_is_one_clear_message(print_page: PrintPage, printer: FlakyPrinter, qtbot: QtBot) -> None:
    printer.fail_calls = {1, 2}
    qtbot.mouseClick(print_page.alignment.test_button, Qt.MouseButton.LeftButton)
    assert print_page.alignment.status.error
    assert print_page.alignment.status.text() == "The test page was not printed: the printer is out of paper"
    qtbot.mouseClick(print_page.labels.print_button, Qt.MouseButton.LeftButton)
    assert print_page.labels.status.text() == "The labels were not printed: the printer is out of paper"
