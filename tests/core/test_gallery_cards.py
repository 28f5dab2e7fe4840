"""The gallery's cards kept between starts: the same as the bundle's, and never used once a file changed."""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from pathlib import Path

from w4r_desktop.core.bundle.cards import CARDS_FILE, Gallery, GalleryCard, keep_gallery, kept_gallery
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.model import CaseBundle

LANGUAGES = ("en", "es")


def test_kept_cards_read_back_as_the_bundle_makes_them(tmp_path: Path, bundle_2021: CaseBundle) -> None:
    gallery = Gallery.of(bundle_2021, LANGUAGES)
    keep_gallery(tmp_path, bundle_2021.source, gallery)
    assert kept_gallery(tmp_path, bundle_2021.source, LANGUAGES) == gallery
    bernardo = next(card for card in gallery.cards if card.case_id == "bernardo-caal-xol")
    assert bernardo.text("es").news is not None and "Salió de prisión" in bernardo.text("es").news[1]
    assert bernardo.text("es").country == "Guatemala" and bernardo.text("fr") == bernardo.text("en")
    assert [card.case_id for card in gallery.cards] == [case.id for case in bundle_2021.cases]
    assert any(card.photo for card in gallery.cards) or all(case.photo is None for case in bundle_2021.cases)


def test_a_card_says_what_the_case_says_in_each_language(bundle_2021: CaseBundle) -> None:
    zhang = bundle_2021.case("zhang-zhan")
    card = GalleryCard.of(zhang, LANGUAGES)
    assert card.text("en").name == zhang.text("name", "en")
    assert card.text("es").headline == zhang.text("headline", "es")
    assert card.text("en").country == "China" and card.photo == zhang.photo


def test_changed_files_make_the_cards_again(tmp_path: Path, make_bundle: Callable[..., Path]) -> None:
    source = make_bundle()
    data = tmp_path / "data"
    data.mkdir()
    keep_gallery(data, source, Gallery.of(load_bundle(source), LANGUAGES))
    assert kept_gallery(data, source, LANGUAGES) is not None
    case_file = source / "zhang-zhan.toml"
    case_file.write_text(case_file.read_text(encoding="utf-8").replace("Zhang Zhan", "Zhang  Zhan"), encoding="utf-8")
    assert kept_gallery(data, source, LANGUAGES) is None
    keep_gallery(data, source, Gallery.of(load_bundle(source), LANGUAGES))
    (source / "extra.png").write_bytes(b"not used, but a new file")
    assert kept_gallery(data, source, LANGUAGES) is None


def test_damaged_or_older_cards_are_not_used(tmp_path: Path, bundle_2021: CaseBundle) -> None:
    keep_gallery(tmp_path, bundle_2021.source, Gallery.of(bundle_2021, LANGUAGES))
    kept = tmp_path / CARDS_FILE
    document = json.loads(kept.read_text(encoding="utf-8"))
    for damage in (
        lambda doc: doc.update(version=0),
        lambda doc: doc["cards"][0].pop("texts"),
        lambda doc: doc["cards"][0].update(photo="not base64!"),
        lambda doc: doc["cards"][0]["texts"]["en"].update(news=["yesterday", "x"]),
        lambda doc: doc.update(application="0.0.1"),  # another version may check or name differently
        lambda doc: doc.update(languages=["en"]),  # made before Spanish was an interface language
        lambda doc: doc["cards"][0].update(photo=base64.b64encode(b"GIF89a not a photo the loader takes").decode()),
    ):
        broken = json.loads(json.dumps(document))
        damage(broken)
        kept.write_text(json.dumps(broken), encoding="utf-8")
        assert kept_gallery(tmp_path, bundle_2021.source, LANGUAGES) is None
    kept.write_bytes(b"\xff not json")
    assert kept_gallery(tmp_path, bundle_2021.source, LANGUAGES) is None


def test_a_read_only_data_folder_only_costs_time(tmp_path: Path, bundle_2021: CaseBundle) -> None:
    missing = tmp_path / "not-there"
    keep_gallery(missing, bundle_2021.source, Gallery.of(bundle_2021, LANGUAGES))
    assert not os.path.exists(missing)


def test_cards_of_a_bundle_that_is_gone_are_not_used(tmp_path: Path, make_bundle: Callable[..., Path]) -> None:
    source = make_bundle()
    data = tmp_path / "data"
    data.mkdir()
    keep_gallery(data, source, Gallery.of(load_bundle(source), LANGUAGES))
    (source / "zhang-zhan.toml").unlink()
    (source / "bundle.toml").unlink()
    source.rmdir()
    assert kept_gallery(data, source, LANGUAGES) is None  # (the loader then says it is missing)
