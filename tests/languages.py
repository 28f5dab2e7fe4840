"""An interface language added the way a translator adds one: a w4r_fr.qm dropped in beside the others."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from w4r_desktop.core import interface_languages


def with_french(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped translations and a French one (Spanish's file, renamed) in `folder`, which is
    where the application now finds its translations."""
    shipped = Path(str(interface_languages.translations_folder()))
    folder.mkdir(parents=True)
    for translation in shipped.glob("w4r_*.qm"):
        shutil.copy(translation, folder / translation.name)
    shutil.copy(shipped / "w4r_es.qm", folder / "w4r_fr.qm")
    monkeypatch.setattr(interface_languages, "translations_folder", lambda: folder)
    return folder
