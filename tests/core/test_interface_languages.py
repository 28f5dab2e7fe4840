"""The interface's languages are the translations shipped: dropping one in adds a language."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.languages import with_french
from w4r_desktop.core.bundle.draft import BundleDraft, CaseDraft
from w4r_desktop.core.db.database import Database
from w4r_desktop.core.interface_languages import interface_language_codes, interface_languages, translations_folder
from w4r_desktop.core.settings import Settings

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def test_the_interface_languages_are_the_translations_shipped() -> None:
    languages = interface_languages()
    assert languages[0] == ("en", "English") and ("es", "Español") in languages  # each in its own words
    assert interface_language_codes() == tuple(code for code, _name in languages)
    for code, _name in languages:  # each compiled from a source a translator edits
        assert (I18N / f"w4r_{code}.ts").is_file()
        assert (translations_folder() / f"w4r_{code}.qm").is_file()


def test_a_translation_dropped_in_is_a_language_with_its_own_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = with_french(tmp_path / "i18n", monkeypatch)
    (folder / "w4r_fr.ts").write_text("", encoding="utf-8")  # a source or anything else is not a language
    (folder / "notes.qm").write_bytes(b"")
    languages = interface_languages()
    assert ("fr", "Français") in languages and ("es", "Español") in languages
    others = sorted(path.stem.removeprefix("w4r_") for path in folder.glob("w4r_*.qm") if path.stem != "w4r_en")
    assert [code for code, _name in languages] == ["en", *others]  # English first, then by code


def test_english_comes_first_even_without_a_file_of_its_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = with_french(tmp_path / "i18n", monkeypatch)
    (folder / "w4r_en.qm").unlink()
    assert interface_language_codes()[0] == "en" and {"es", "fr"} <= set(interface_language_codes())


def test_the_kiosk_offers_every_interface_language_until_the_leader_chooses(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = Settings(db)
    assert settings.get("languages") == list(interface_language_codes())
    with_french(tmp_path / "i18n", monkeypatch)
    assert "fr" in settings.get("languages")
    assert settings.get("languages") == settings.all()["languages"] == list(interface_language_codes())
    settings.set("languages", ["es", "en"])
    assert settings.get("languages") == ["es", "en"]


def test_a_drafts_text_languages_are_every_translation_it_holds() -> None:
    draft = BundleDraft(
        info={"language": "en", "tips": [{"text": "Be kind.", "translations": {"fr": "Soyez aimable."}}, "odd"]},
        cases=[
            CaseDraft("a", {"translations": {"de": {"headline": "Verhaftet"}, "it": {}}}),  # an emptied table: none
            CaseDraft("b", {"updates": [{"text": "Freed.", "translations": {"pt": "Libertada."}}]}),
            CaseDraft("c", {"translations": "not a table", "updates": "nor a list"}),
        ],
    )
    assert draft.text_languages() == {"fr", "de", "pt"}
