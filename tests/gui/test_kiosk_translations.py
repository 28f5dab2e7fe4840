"""The Spanish interface file: complete, compiled, and every placeholder kept."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from w4r_desktop.core import paths

PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%\d")


def messages(language: str) -> list[tuple[str, list[str], bool]]:
    """(source, translations, finished) for every message of a .ts file."""
    root = ET.fromstring(paths.resource("i18n", f"w4r_{language}.ts").read_text(encoding="utf-8"))
    found = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.findall("numerusform")] or [translation.text or ""]
        found.append((source, forms, translation.get("type") not in {"unfinished", "vanished", "obsolete"}))
    return found


def test_every_spanish_string_is_translated() -> None:
    missing = [source for source, forms, finished in messages("es") if not finished or not all(forms)]
    assert missing == []


@pytest.mark.parametrize("language", ["es", "en"])
def test_placeholders_survive_translation(language: str) -> None:
    broken = []
    for source, forms, _finished in messages(language):
        wanted = sorted(set(PLACEHOLDER.findall(source)) - {"%n"})
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != wanted:
                broken.append(f"{source!r} -> {form!r}")
    assert broken == []


def test_the_compiled_file_translates(qapp: QCoreApplication) -> None:
    translator = QTranslator()
    data = paths.resource("i18n", "w4r_es.qm").read_bytes()
    assert translator.load(data)
    assert translator.translate("WelcomeScreen", "Write a letter") == "Escribir una carta"
    assert translator.translate("ThanksScreen", "%n letter(s) written here", "", 2) == "%n cartas escritas aquí"


def test_one_word_for_the_leader_in_spanish() -> None:
    """The leader is "coordinación" everywhere in Spanish, never also "responsable"."""
    spanish = [translation for _source, translations, _done in messages("es") for translation in translations]
    assert any("coordinación" in text for text in spanish)
    assert [text for text in spanish if "responsable" in text] == []
