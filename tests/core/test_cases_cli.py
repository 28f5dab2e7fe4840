"""`cases new` writes a valid starting bundle; `cases export` packs a valid bundle that loads elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bundles import SHIPPED_2021
from tests.cli import run
from w4r_desktop.core.bundle.format import FORMAT_VERSION
from w4r_desktop.core.bundle.loading import load_bundle


def test_a_new_bundle_validates_and_names_this_years_campaign(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _err = run(capsys, "cases", "new", str(tmp_path / "w4r2026"), "--year", "2026", "--home-country", "GB")
    assert code == 0 and "cases validate" in out
    bundle = load_bundle(tmp_path / "w4r2026")
    assert (bundle.info.campaign, bundle.info.year, bundle.info.home_country) == ("Write for Rights 2026", 2026, "GB")
    assert [case.id for case in bundle.cases] == ["example-person"]
    assert bundle.info.format == FORMAT_VERSION  # a leader may add translations and updates straight away
    assert not bundle.cases[0].appeal[0].verified  # an example address is never taken for a real one
    assert run(capsys, "cases", "validate", str(tmp_path / "w4r2026"))[0] == 0


def test_a_new_bundle_never_overwrites_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    code, _out, err = run(capsys, "cases", "new", str(tmp_path / "mine"))
    assert code == 1 and "already exists" in err and err.count("\n") == 1
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"


def test_an_exported_bundle_loads_elsewhere_with_the_same_cases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "share" / "w4r-2021.zip"
    out.parent.mkdir()
    code, stdout, _err = run(capsys, "cases", "export", str(SHIPPED_2021), "--out", str(out))
    assert code == 0 and "10 cases" in stdout
    original, shared = load_bundle(SHIPPED_2021), load_bundle(out)
    assert [case.id for case in shared.cases] == [case.id for case in original.cases]
    assert [case.data for case in shared.cases] == [case.data for case in original.cases]


def test_an_invalid_bundle_is_not_exported(
    make_bundle: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = make_bundle({"bundle.toml": None})  # type: ignore[operator]
    out = tmp_path / "broken.zip"
    code, _out, err = run(capsys, "cases", "export", str(broken), "--out", str(out))
    assert code == 1 and "bundle.toml" in err
    assert not out.exists()
