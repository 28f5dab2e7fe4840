"""The case editor's drafts: saved whole, checked by the loader's own rules, and lossless both ways."""

from __future__ import annotations

import argparse
import io
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from tests.bundles import SHIPPED_2021, write_bundle
from w4r_desktop.cli.new_bundle import new_bundle
from w4r_desktop.core.bundle.draft import (
    BundleDraft,
    CaseDraft,
    bundle_of,
    check_draft,
    draft_files,
    draft_of,
    export_zip,
    new_draft,
    read_draft,
    save_draft,
)
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.core.bundle.photos import STORED_SIDE, PhotoRefused, image_size, prepare_photo
from w4r_desktop.core.bundle.problems import BundleInvalid

TRANSLATED = """\
name = "Zhang Zhan"
country = "CN"
headline = "Jailed"
summary = "A story."
ask = "Release her."
photo = "photos/zhang.png"
photo_alt = "Zhang Zhan smiling"
personal = ["She is a lawyer."]

[[appeal]]
title = "President"
salutation = "Dear President"
address = ["Beijing"]
country = "CN"
talking_points = ["One.", "Two."]
checked_by = "Ana"
checked_on = 2026-11-20

[[appeal]]
title = "Ambassador"
salutation = "Dear Ambassador"
address = ["Washington"]
country = "US"
talking_points = ["Three."]

[[updates]]
date = 2026-11-01
text = "Moved to a hospital."

[translations.es]
personal = ["Es abogada."]

[[translations.es.appeal]]

[[translations.es.appeal]]
title = "Embajador"
talking_points = ["Tres."]
"""


def _png(width: int, height: int, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), "red").save(out, "PNG")
    return out.getvalue()


def _same(first: CaseBundle, second: CaseBundle) -> None:
    assert first.info.model_dump(exclude={"format", "order"}) == second.info.model_dump(exclude={"format", "order"})
    assert [(case.id, case.data, case.photo) for case in first.cases] == [
        (case.id, case.data, case.photo) for case in second.cases
    ]


def _new_template(tmp_path: Path) -> Path:
    new_bundle(argparse.Namespace(folder=str(tmp_path / "new"), year=2026, home_country="GB"))
    return tmp_path / "new"


@pytest.mark.parametrize("which", ["shipped 2021", "small test bundle", "translated with photo", "cases new"])
def test_load_save_load_loses_nothing(tmp_path: Path, which: str) -> None:
    if which == "shipped 2021":
        source = SHIPPED_2021
    elif which == "small test bundle":
        source = write_bundle(tmp_path / "small")
    elif which == "translated with photo":
        source = write_bundle(
            tmp_path / "translated",
            {
                "bundle.toml": "format = 2\n" + _info_body(),
                "zhang-zhan.toml": TRANSLATED,
                "photos/zhang.png": _png(30, 40),
            },
        )
    else:
        source = _new_template(tmp_path)
    before = load_bundle(source)
    save_draft(draft_of(before), tmp_path / "saved")
    after = load_bundle(tmp_path / "saved")
    _same(before, after)
    # And once more from the saved draft, as the editor reopens it.
    save_draft(read_draft(tmp_path / "saved"), tmp_path / "again")
    _same(after, load_bundle(tmp_path / "again"))


def _info_body() -> str:
    from tests.bundles import BUNDLE_TOML

    return BUNDLE_TOML.replace("format = 1\n", "")


def test_the_case_order_is_kept_and_unknown_ids_in_it_are_problems(tmp_path: Path) -> None:
    draft = draft_of(load_bundle(SHIPPED_2021))
    draft.cases.reverse()
    save_draft(draft, tmp_path / "reversed")
    loaded = load_bundle(tmp_path / "reversed")
    assert [case.id for case in loaded.cases] == [case.id for case in draft.cases]
    assert [case.id for case in read_draft(tmp_path / "reversed").cases] == draft.case_ids()

    text = (tmp_path / "reversed" / "bundle.toml").read_text()
    (tmp_path / "reversed" / "bundle.toml").write_text(text.replace('"zhang-zhan"', '"nobody"'))
    with pytest.raises(BundleInvalid) as raised:
        load_bundle(tmp_path / "reversed")
    assert any(problem.field.startswith("order[") and "nobody" in problem.message for problem in raised.value.problems)


def test_a_draft_is_checked_by_the_loaders_rules_field_by_field() -> None:
    draft = draft_of(load_bundle(SHIPPED_2021))
    case = draft.cases[0]
    del case.document["appeal"][0]["salutation"]
    case.document["country"] = "XX"
    draft.cases.append(CaseDraft("Bad Id", dict(draft.cases[1].document)))
    draft.cases.append(CaseDraft(draft.cases[1].id, dict(draft.cases[1].document)))
    found = {(problem.file, problem.field) for problem in check_draft(draft)}
    assert (case.file, "appeal[0].salutation") in found
    assert (case.file, "country") in found
    assert ("Bad Id.toml", "id") in found
    assert (f"{draft.cases[1].id}.toml", "id") in found
    with pytest.raises(BundleInvalid):
        bundle_of(draft)


def test_an_invalid_draft_is_saved_whole_and_read_back_as_typed(tmp_path: Path) -> None:
    draft = new_draft(2026)
    draft.cases.append(CaseDraft("half-done", {"name": "Half Done", "summary": "Only a summary so far."}))
    assert check_draft(draft)  # not valid yet
    save_draft(draft, tmp_path / "draft")
    again = read_draft(tmp_path / "draft")
    assert again.cases[0].document == {"name": "Half Done", "summary": "Only a summary so far."}
    assert again.info["campaign"] == "Write for Rights 2026"
    with pytest.raises(BundleInvalid):
        export_zip(again, tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()


def test_a_save_cut_short_keeps_the_old_draft_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "draft"
    first = draft_of(load_bundle(SHIPPED_2021))
    save_draft(first, folder)
    second = draft_of(load_bundle(SHIPPED_2021))
    second.cases = second.cases[:2]

    import w4r_desktop.core.bundle.draft as module

    real_replace = module.os.replace
    calls = []

    def crash_on_second(source: Path, target: Path) -> None:
        if Path(source).is_dir():
            calls.append(target)
        if len(calls) == 2:  # the old draft has been moved aside; the new one is not in place
            raise OSError(28, "No space left on device")
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(module.os, "replace", crash_on_second)
    with pytest.raises(module.DraftError, match="No space left"):
        save_draft(second, folder)
    monkeypatch.setattr(module.os, "replace", real_replace)
    assert len(read_draft(folder).cases) == len(first.cases)
    assert [path.name for path in tmp_path.iterdir()] == ["draft"]  # no staging folder left behind


def test_an_export_loads_elsewhere_with_the_same_cases(tmp_path: Path) -> None:
    draft = draft_of(load_bundle(SHIPPED_2021))
    bundle = export_zip(draft, tmp_path / "share.zip")
    assert bundle.source == tmp_path / "share.zip"
    _same(load_bundle(SHIPPED_2021), load_bundle(tmp_path / "share.zip"))
    names = zipfile.ZipFile(tmp_path / "share.zip").namelist()
    assert "bundle.toml" in names and not any(name.startswith(".") for name in names)
    # The same draft gives the same bytes: a re-export does not look like a new bundle.
    export_zip(draft, tmp_path / "again.zip")
    assert (tmp_path / "share.zip").read_bytes() == (tmp_path / "again.zip").read_bytes()


def test_a_copy_of_last_years_bundle_keeps_its_cases_and_drops_its_dates() -> None:
    old = load_bundle(SHIPPED_2021)
    draft = new_draft(2026, copy_of=old)
    assert draft.info["year"] == 2026 and draft.info["campaign"] == "Write for Rights 2026"
    assert draft.info["postage"] == old.info.model_dump()["postage"]
    assert "report_by" not in draft.info and "write_until" not in draft.info
    assert draft.case_ids() == [case.id for case in old.cases]
    assert not check_draft(draft)


def test_empty_texts_and_lists_are_left_out_of_the_files() -> None:
    draft = BundleDraft(
        info={
            "campaign": "W4R",
            "year": 2026,
            "section": "AIUK",
            "language": "en",
            "home_country": "GB",
            "contact": " ",
        },
        cases=[],
    )
    text = draft_files(draft)["bundle.toml"].decode()
    assert "contact" not in text and 'campaign = "W4R"' in text


def test_a_chosen_photo_is_scaled_into_the_bundle(tmp_path: Path) -> None:
    big = tmp_path / "camera.png"
    big.write_bytes(_png(3000, 2000))
    stored = prepare_photo(big)
    assert image_size(stored) == (STORED_SIDE, 533)
    assert stored.startswith(b"\xff\xd8")  # an opaque picture is stored as JPEG

    clear = tmp_path / "logo.png"
    clear.write_bytes(_png(100, 100, "RGBA"))
    assert prepare_photo(clear).startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"GIF89a not allowed", "not a PNG or JPEG"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x75\x30\x00\x00\x75\x30" + b"\0" * 40, "too large"),
        (_png(50, 50)[:60], "damaged"),
    ],
)
def test_a_bad_photo_is_refused_with_the_reason(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "chosen.png"
    path.write_bytes(content)
    with pytest.raises(PhotoRefused, match=message):
        prepare_photo(path)


def test_removing_an_official_shifts_its_translation_in_every_language() -> None:
    from w4r_desktop.gui.leader.bundle_editor.sections import remove_item

    document = {
        "appeal": [{"title": "A"}, {"title": "B"}],
        "translations": {
            "es": {"appeal": [{"title": "a-es"}, {"title": "b-es"}]},
            "fr": {"appeal": [{}, {"title": "b-fr"}]},
        },
    }
    remove_item(document, "appeal", 0)
    assert document["translations"] == {"es": {"appeal": [{"title": "b-es"}]}, "fr": {"appeal": [{"title": "b-fr"}]}}


def test_a_draft_with_clashing_file_names_is_not_saved(tmp_path: Path) -> None:
    from w4r_desktop.core.bundle.draft import DraftError

    draft = draft_of(load_bundle(SHIPPED_2021))
    for bad in ("zhang-zhan", "bundle", "../outside", ""):
        draft.cases[0].id = bad
        with pytest.raises(DraftError, match="not saved"):
            save_draft(draft, tmp_path / "draft")
    assert not (tmp_path / "draft").exists() and not (tmp_path / "outside.toml").exists()


def test_a_photo_path_written_with_dot_slash_is_read_back(tmp_path: Path) -> None:
    source = write_bundle(
        tmp_path / "dotted",
        {
            "zhang-zhan.toml": TRANSLATED.replace('"photos/zhang.png"', '"./photos/zhang.png"'),
            "photos/zhang.png": _png(8, 8),
        },
    )
    (source / "bundle.toml").write_text("format = 2\n" + _info_body())
    assert read_draft(source).cases[0].photo == _png(8, 8)
