"""A channel that acts online shows on the kiosk's case page as a QR code a phone's camera reads."""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.gui.kiosk_helpers import close_kiosk, open_kiosk, texts_in
from w4r_desktop.core import paths
from w4r_desktop.gui.kiosk.screen import Screen
from w4r_desktop.gui.widgets.qr_code import QrCode

URL = "https://www.amnesty.org/en/petition/free-zhang-zhan/?source=w4r-2021&lang=en"


def test_the_case_page_shows_the_online_action_as_a_qr_code(qtbot: QtBot, tmp_path: Path) -> None:
    import zxingcpp

    bundle = tmp_path / "bundle"
    shutil.copytree(paths.default_bundle_path(), bundle)
    case = bundle / "zhang-zhan.toml"
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace('channel = "postal"', f'channel = "postal"\nurl = "{URL}"', 1), encoding="utf-8")
    kiosk = open_kiosk(qtbot, tmp_path / "data", bundle=str(bundle))
    try:
        kiosk.open_case("zhang-zhan")
        page = kiosk.screen(Screen.CASE)
        codes = page.findChildren(QrCode)
        assert [code.url for code in codes] == [URL]
        assert "Scan to act online" in texts_in(page)
        image = codes[0].grab().toImage().convertToFormat(QImage.Format.Format_RGB888)
        pixels = Image.frombuffer("RGB", (image.width(), image.height()), bytes(image.constBits()), "raw", "RGB",
                                  image.bytesPerLine(), 1)  # fmt: skip
        assert [found.text for found in zxingcpp.read_barcodes(pixels)] == [URL]
    finally:
        close_kiosk(kiosk)
