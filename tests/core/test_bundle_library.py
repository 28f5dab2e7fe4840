"""Installing a case bundle into the data folder: validated first, swapped in whole, old one kept."""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.bundles import BUNDLE_TOML, CASE_TOML
from w4r_desktop.core import paths
from w4r_desktop.core.bundle import library as bundle_library
from w4r_desktop.core.bundle.library import (
    JOURNAL,
    PREVIOUS_BUNDLE,
    BundleInstallError,
    finish_interrupted_install,
    has_installed_bundle,
    install_bundle,
    previous_bundle,
    use_previous_bundle,
    use_shipped_bundle,
)
from w4r_desktop.core.bundle.loading import load_bundle
from w4r_desktop.core.bundle.problems import BundleInvalid

BUNDLE_2022 = BUNDLE_TOML.replace("Write for Rights 2021", "Write for Rights 2022")


def _zip(folder: Path, target: Path, top: str | None = None, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                name = path.relative_to(folder).as_posix()
                archive.write(path, f"{top}/{name}" if top else name)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return target


def _campaign(data_dir: Path) -> str:
    return load_bundle(paths.active_bundle_path(data_dir)).info.campaign


def test_a_folder_becomes_the_active_bundle_and_survives_the_stick_going(
    data_dir: Path, make_bundle: Callable[..., Path]
) -> None:
    source = make_bundle({"photos/zhang-zhan.jpg": b"\xff\xd8\xff\xe0 jpeg", ".DS_Store": b"junk"})
    installed = install_bundle(data_dir, source)
    assert installed.source == data_dir / paths.ACTIVE_BUNDLE
    assert [case.id for case in installed.cases] == ["zhang-zhan"]
    assert (data_dir / "bundle" / "photos" / "zhang-zhan.jpg").read_bytes().startswith(b"\xff\xd8\xff")
    assert not (data_dir / "bundle" / ".DS_Store").exists()
    for path in sorted(source.rglob("*"), reverse=True):  # pull the stick out
        path.unlink() if path.is_file() else path.rmdir()
    source.rmdir()
    assert paths.active_bundle_path(data_dir) == data_dir / "bundle"
    assert load_bundle(paths.active_bundle_path(data_dir)).cases[0].name == "Zhang Zhan"


def test_a_zip_made_by_compress_folder_is_installed(
    data_dir: Path, make_bundle: Callable[..., Path], tmp_path: Path
) -> None:
    archive = _zip(
        make_bundle(), tmp_path / "w4r.zip", top="w4r-2022", extra={"__MACOSX/._bundle.toml": b"resource fork"}
    )
    installed = install_bundle(data_dir, archive)
    assert installed.info.campaign == "Write for Rights 2021"
    assert sorted(p.name for p in (data_dir / "bundle").iterdir()) == ["bundle.toml", "zhang-zhan.toml"]


def test_an_invalid_bundle_changes_nothing(data_dir: Path, make_bundle: Callable[..., Path]) -> None:
    first = install_bundle(data_dir, make_bundle(name="first"))
    bad = make_bundle({"zhang-zhan.toml": "name = 3\n", "bundle.toml": 'format = 1\ncampaign = "X"\n'}, name="bad")
    with pytest.raises(BundleInvalid) as raised:
        install_bundle(data_dir, bad)
    problems = [str(problem) for problem in raised.value.problems]
    assert any(p.startswith("bundle.toml: year:") for p in problems)
    assert any(p.startswith("zhang-zhan.toml: name:") for p in problems)
    assert load_bundle(data_dir / "bundle").info == first.info
    assert not (data_dir / PREVIOUS_BUNDLE).exists()
    assert [p.name for p in data_dir.iterdir() if p.name.startswith(".bundle")] == []


def test_a_hostile_zip_is_refused_and_nothing_is_written(
    data_dir: Path, make_bundle: Callable[..., Path], tmp_path: Path
) -> None:
    archive = _zip(make_bundle(), tmp_path / "evil.zip", extra={"../escape.txt": b"x"})
    with pytest.raises(BundleInvalid, match="outside the bundle"):
        install_bundle(data_dir, archive)
    assert not (tmp_path / "escape.txt").exists()
    assert not (data_dir / "escape.txt").exists()
    assert not has_installed_bundle(data_dir)


def test_the_previous_bundle_is_kept_and_the_shipped_one_can_come_back(
    data_dir: Path, make_bundle: Callable[..., Path]
) -> None:
    install_bundle(data_dir, make_bundle(name="first"))
    second = make_bundle({"bundle.toml": BUNDLE_2022}, name="second")
    install_bundle(data_dir, second)
    assert _campaign(data_dir) == "Write for Rights 2022"
    assert load_bundle(data_dir / PREVIOUS_BUNDLE).info.campaign == "Write for Rights 2021"
    use_shipped_bundle(data_dir)
    assert not has_installed_bundle(data_dir)
    assert paths.active_bundle_path(data_dir) == paths.default_bundle_path()
    assert load_bundle(data_dir / PREVIOUS_BUNDLE).info.campaign == "Write for Rights 2022"
    assert len(load_bundle(paths.active_bundle_path(data_dir)).cases) == 10


def test_a_copy_that_fails_leaves_the_old_bundle(
    data_dir: Path, make_bundle: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    install_bundle(data_dir, make_bundle(name="first"))

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(bundle_library.shutil, "copyfile", full_disk)
    with pytest.raises(BundleInstallError, match="No space left on device"):
        install_bundle(data_dir, make_bundle(name="second"))
    assert _campaign(data_dir) == "Write for Rights 2021"
    assert [p.name for p in data_dir.iterdir() if p.name.startswith(".bundle")] == []


def test_a_kill_between_the_two_renames_is_rolled_forward(
    data_dir: Path, make_bundle: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    install_bundle(data_dir, make_bundle(name="first"))
    real_replace = os.replace
    calls: list[str] = []

    def killed_on_second_rename(source: Path, target: Path) -> None:
        calls.append(Path(target).name)
        if Path(source).name.startswith(".bundle-incoming-"):
            raise KeyboardInterrupt  # stands in for the process dying here
        real_replace(source, target)

    monkeypatch.setattr(bundle_library.os, "replace", killed_on_second_rename)
    with pytest.raises(KeyboardInterrupt):
        install_bundle(
            data_dir,
            make_bundle(
                {
                    "zhang-zhan.toml": None,
                    "free-now.toml": CASE_TOML,
                },
                name="second",
            ),
        )
    monkeypatch.setattr(bundle_library.os, "replace", real_replace)
    assert not (data_dir / "bundle").exists()  # the moment of danger
    assert json.loads((data_dir / JOURNAL).read_text())["staging"].startswith(".bundle-incoming-")
    finish_interrupted_install(data_dir)
    assert [case.id for case in load_bundle(paths.active_bundle_path(data_dir)).cases] == ["free-now"]
    assert not (data_dir / JOURNAL).exists()
    assert PREVIOUS_BUNDLE in calls


def test_a_stale_staging_folder_is_tidied_and_ignored(data_dir: Path, make_bundle: Callable[..., Path]) -> None:
    install_bundle(data_dir, make_bundle(name="first"))
    stale = data_dir / ".bundle-incoming-abc"
    stale.mkdir()
    (stale / "bundle.toml").write_text("half written")
    finish_interrupted_install(data_dir)
    assert not stale.exists()
    assert _campaign(data_dir) == "Write for Rights 2021"


def test_a_read_only_data_folder_gives_one_clear_error(
    data_dir: Path, make_bundle: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*_args: object, **_kwargs: object) -> str:
        raise PermissionError(13, "Permission denied")

    # Patched rather than chmod-ed: the tests may run as root, which ignores folder permissions.
    monkeypatch.setattr(bundle_library.tempfile, "mkdtemp", read_only)
    with pytest.raises(BundleInstallError, match=r"cannot write to the data folder .*Permission denied"):
        install_bundle(data_dir, make_bundle())
    assert not has_installed_bundle(data_dir)


def test_going_back_and_forth_to_the_previous_bundle(data_dir: Path, make_bundle: Callable[..., Path]) -> None:
    assert previous_bundle(data_dir) is None
    with pytest.raises(BundleInstallError, match="no previous case bundle"):
        use_previous_bundle(data_dir)
    install_bundle(data_dir, make_bundle(name="first"))
    second = make_bundle({"bundle.toml": BUNDLE_2022}, name="second")
    install_bundle(data_dir, second)
    previous = previous_bundle(data_dir)
    assert previous is not None and previous.info.campaign == "Write for Rights 2021"
    assert use_previous_bundle(data_dir).info.campaign == "Write for Rights 2021"
    assert _campaign(data_dir) == "Write for Rights 2021"
    assert use_previous_bundle(data_dir).info.campaign == "Write for Rights 2022"
    use_shipped_bundle(data_dir)
    assert use_previous_bundle(data_dir).info.campaign == "Write for Rights 2022"
    assert previous_bundle(data_dir) is None  # the shipped bundle needs no backup


def test_the_command_line_finishes_an_interrupted_install_as_the_window_does(
    data_dir: Path,
    make_bundle: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A kill mid-swap, then a leader types `w4r-desktop cases list`: the new bundle's cases, not the
    shipped year's (the command line read the bundle without finishing the swap)."""
    from tests.cli import run

    install_bundle(data_dir, make_bundle(name="first"))
    real_replace = os.replace

    def killed_on_second_rename(source: Path, target: Path) -> None:
        if Path(source).name.startswith(".bundle-incoming-"):
            raise KeyboardInterrupt
        real_replace(source, target)

    monkeypatch.setattr(bundle_library.os, "replace", killed_on_second_rename)
    with pytest.raises(KeyboardInterrupt):
        install_bundle(data_dir, make_bundle({"zhang-zhan.toml": None, "free-now.toml": CASE_TOML}, name="second"))
    monkeypatch.setattr(bundle_library.os, "replace", real_replace)
    code, out, _err = run(capsys, "cases", "list", "--data-dir", str(data_dir))
    assert code == 0
    assert "free-now" in out
    assert not (data_dir / JOURNAL).exists()
