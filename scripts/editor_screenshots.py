#!/usr/bin/env python3
"""Screenshots of the console's case editor, in each interface language, into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python scripts/editor_screenshots.py [--size 1280x800] [--out DIR]

The editor is opened on a copy of the shipped bundle for this year, as a leader starts one; one
case has a mistake typed into it (a country code that does not exist), so the problem shows under
its field. Then the preview of that case: its card and its envelope.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from w4r_desktop.core.bundle.draft import new_draft
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.interface_languages import interface_language_codes
from w4r_desktop.gui.language import install_language
from w4r_desktop.gui.leader.bundle_editor.editor import BundleEditor, EditorDialogs
from w4r_desktop.gui.leader.bundle_editor.fields import CodeChoice
from w4r_desktop.gui.style import style_sheet

ROOT = Path(__file__).resolve().parents[1]


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot(app: QApplication, language: str, size: tuple[int, int], out: Path) -> list[Path]:
    install_language(language)
    bundle = load_bundle(ROOT / "cases" / "2021")
    draft = new_draft(2026, "US", copy_of=bundle)
    saved = []
    with tempfile.TemporaryDirectory() as folder:
        dialogs = EditorDialogs(photo=lambda _parent: "", zip_path=lambda _parent, _name: "")
        editor = BundleEditor(draft, Path(folder) / "draft", Path(folder), dialogs)
        editor.resize(*size)
        editor.show()
        editor.items.setCurrentRow(draft.case_ids().index("zhang-zhan") + 1)
        assert editor.form is not None
        # A country typed wrong, to show how a problem is said under its field.
        country = next(pick for pick in editor.form.findChildren(CodeChoice) if pick.path == ("country",))
        typing = country.box.lineEdit()
        assert typing is not None
        typing.setText("Tunisie")
        typing.editingFinished.emit()
        editor.check()
        settle(app)

        def grab(widget: QWidget, name: str) -> None:
            path = out / f"{name}-{language}.png"
            widget.grab().save(str(path))
            saved.append(path)

        grab(editor, "console-case-editor")
        editor.form_frame.verticalScrollBar().setValue(editor.form_frame.verticalScrollBar().maximum() // 3)
        settle(app)
        grab(editor, "console-case-editor-officials")
        country.choose("CN")
        editor.check()
        preview = editor.preview_case()
        assert preview is not None
        preview.resize(*size)
        preview.language.setCurrentIndex(max(0, preview.language.findData(language)))
        preview.tabs.setCurrentIndex(2)
        settle(app, 1.0)
        grab(preview, "console-case-preview-envelope")
        preview.close()
        editor.dirty = False
        editor.close()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    size = tuple(int(part) for part in args.size.split("x"))
    app = QApplication([])
    from w4r_desktop.gui.fonts import use_interface_font

    use_interface_font(app)  # the screens as the application draws them
    app.setStyleSheet(style_sheet())
    for language in interface_language_codes():
        for path in shoot(app, language, (size[0], size[1]), Path(args.out)):
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
