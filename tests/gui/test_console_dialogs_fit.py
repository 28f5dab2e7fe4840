"""The leader's dialogs (case editor, its preview, the address check) fit the screen and cut no
text, in every interface language, at every text size, on a laptop or a desktop screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.bundles import SHIPPED_2021
from tests.gui.test_console_fits import language  # noqa: F401 - each interface language, as the console's walk
from tests.gui.test_kiosk_no_clipping import labels_cut_in
from w4r_desktop.core.bundle.draft import new_draft
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.gui.leader.address_check import AddressCheck
from w4r_desktop.gui.leader.bundle_editor.editor import BundleEditor, EditorDialogs
from w4r_desktop.gui.leader.bundle_editor.preview import CasePreview
from w4r_desktop.gui.style import style_sheet

SCREENS = [(1280, 800), (1366, 768), (1920, 1080)]


def _dialogs(tmp_path: Path) -> Iterator[tuple[str, QDialog]]:
    bundle = load_bundle(SHIPPED_2021)
    draft = new_draft(2026, "US", copy_of=bundle)
    dialogs = EditorDialogs(photo=lambda _parent: "", zip_path=lambda _parent, _name: "")
    editor = BundleEditor(draft, tmp_path / "draft", tmp_path, dialogs)
    editor.items.setCurrentRow(1)
    yield "the case editor", editor
    yield "the case preview", CasePreview(bundle.case("zhang-zhan"), bundle.info, "us10")
    yield "the address check", AddressCheck(["Xi Jinping", "Zhongnanhai, Xichengqu", "Beijing Shi 100017"])


def _buttons_cut_in(window: QDialog, name: str) -> list[str]:
    cut = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.text() and button.width() < button.sizeHint().width() - 1:
            cut.append(f"{name}: {button.text()!r}: {button.width()} of {button.sizeHint().width()} px")
        right = button.mapTo(window, button.rect().bottomRight())
        if button.isVisibleTo(window) and button.text() and right.x() > window.width() + 1:
            cut.append(f"{name}: {button.text()!r} ends past the window's right edge")
    return cut


@pytest.mark.qt_log_ignore("This plugin does not support")
@pytest.mark.parametrize("screen", SCREENS)
@pytest.mark.parametrize("text_size", ["normal", "large", "extra-large"])
def test_every_dialog_fits_the_screen_and_cuts_no_text(
    qtbot: QtBot,
    tmp_path: Path,
    language: str,  # noqa: F811
    text_size: str,
    screen: tuple[int, int],
) -> None:
    problems = []
    for name, dialog in _dialogs(tmp_path):
        qtbot.addWidget(dialog)
        dialog.setStyleSheet(style_sheet(text_size))
        least = dialog.minimumSizeHint()
        if least.width() > screen[0] or least.height() > screen[1]:
            problems.append(f"{name} needs {least.width()} x {least.height()} px")
        dialog.resize(min(dialog.sizeHint().width(), screen[0]), min(dialog.sizeHint().height(), screen[1]))
        dialog.show()
        qtbot.waitExposed(dialog)
        for _ in range(3):
            QApplication.processEvents()
        problems += labels_cut_in(dialog, name) + _buttons_cut_in(dialog, name)
        dialog.hide()
    assert problems == []
