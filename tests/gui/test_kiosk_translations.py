"""The interface files: each complete, compiled, and every placeholder and access key kept."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from w4r_desktop.core import paths
from w4r_desktop.core.interface_languages import interface_language_codes

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


TRANSLATED = [code for code in interface_language_codes() if code != "en"]
"""Every language but the one the strings are written in (English has its plural forms only)."""


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated(language: str) -> None:
    missing = [source for source, forms, finished in messages(language) if not finished or not all(forms)]
    assert missing == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_an_access_key_stays_one(language: str) -> None:
    """A button with Alt+letter keeps one (and only one) in every language."""
    keys = re.compile(r"&(?![&\s])")  # "Sync & report" is a word, not a key
    broken = [
        f"{source!r} -> {form!r}"
        for source, forms, _finished in messages(language)
        for form in forms
        if len(keys.findall(source.replace("&&", ""))) != len(keys.findall(form.replace("&&", "")))
    ]
    assert broken == []


@pytest.mark.parametrize("language", interface_language_codes())
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


@pytest.mark.parametrize(("language", "written"), [("fr", "Écrire une lettre"), ("de", "Einen Brief schreiben")])
def test_french_and_german_translate(qapp: QCoreApplication, language: str, written: str) -> None:
    translator = QTranslator()
    assert translator.load(paths.resource("i18n", f"w4r_{language}.qm").read_bytes())
    assert translator.translate("WelcomeScreen", "Write a letter") == written
