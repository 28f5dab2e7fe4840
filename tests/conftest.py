"""Shared fixtures. Qt runs offscreen, and every test gets its own data folder."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from w4r_desktop.core.db.database import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

BUNDLE_TOML = """\
format = 1
campaign = "Write for Rights 2021"
year = 2021
section = "AIUSA"
language = "en"
home_country = "US"

[postage]
currency = "USD"
domestic = 0.58
international = 1.30

[[tips]]
kind = "appeal"
text = "Be polite."

[[tips]]
kind = "solidarity"
text = "Do not mention Amnesty."
"""

CASE_TOML = """\
name = "Zhang Zhan"
country = "CN"
headline = "Jailed for reporting on Covid-19 in Wuhan"
summary = \"\"\"
First paragraph.

Second paragraph.
\"\"\"
ask = "Release Zhang Zhan immediately and unconditionally."
status = "imprisoned"

[[appeal]]
title = "President of the People's Republic of China"
name = "Xi Jinping"
salutation = "Dear President Xi"
address = ["Xichengqu", "Beijing Shi 100017"]
country = "CN"
languages = ["en", "zh"]
talking_points = ["Release her."]
sample_letter = \"\"\"
Dear President Xi,

Please release Zhang Zhan.

Yours sincerely,
\"\"\"
verified = true

[[solidarity]]
channel = "postal"
recipient = "Zhang Zhan"
address = ["No 1601 Zhangjing Road", "Sijing Zhen, Songjiang Qu", "Shanghai 201601"]
country = "CN"
languages = ["en", "zh"]
rules = ["Do not mention Amnesty International"]
forbidden_words = ["Amnesty"]
verified = false
[solidarity.greetings]
en = "Stay strong, Zhang Zhan."

[translations.es]
headline = "Encarcelada por informar sobre la covid-19 en Wuhan"
"""


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, private data folder for every test; the user's real one is never touched."""
    folder = tmp_path / "data"
    monkeypatch.setenv("W4R_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def make_bundle(tmp_path: Path) -> Callable[..., Path]:
    """Write a small valid bundle; `files` adds, replaces (text or bytes) or removes (None) files."""

    def make(files: dict[str, str | bytes | None] | None = None, name: str = "bundle") -> Path:
        root = tmp_path / name
        contents: dict[str, str | bytes | None] = {"bundle.toml": BUNDLE_TOML, "zhang-zhan.toml": CASE_TOML}
        contents.update(files or {})
        for relative, content in contents.items():
            path = root / relative
            if content is None:
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(textwrap.dedent(content), encoding="utf-8")
        return root

    return make


@pytest.fixture
def small_bundle(make_bundle: Callable[..., Path]) -> Path:
    return make_bundle()


@pytest.fixture
def db(data_dir: Path) -> Iterator[Database]:
    from w4r_desktop.core.db.database import open_database

    database = open_database(data_dir)
    yield database
    database.close()
