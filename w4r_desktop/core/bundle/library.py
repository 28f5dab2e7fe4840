"""Installing a case bundle into the data folder, so the USB stick it came from can be pulled out.

A bundle is validated where it is first; only a valid bundle is copied. The copy goes to a
temporary folder beside the active one, is validated again (a full disk or a flaky stick can
truncate a file), and is then swapped in with renames. A journal file names the swap while it
runs, so `finish_interrupted_install` can complete it after a kill: at any moment the data folder
holds the old bundle or the new one whole, never a mix. The bundle that was active before is kept
as `bundle.previous`.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import stat
import tempfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from w4r_desktop.core.bundle.format import BUNDLE_FILE, MAX_ZIP_BYTES
from w4r_desktop.core.bundle.photos import MAX_PHOTO_BYTES
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.files import atomic_write, fsync_folder
from w4r_desktop.core.paths import ACTIVE_BUNDLE

if TYPE_CHECKING:  # the models load with the first bundle read, not on every start
    from w4r_desktop.core.bundle.model import CaseBundle

PREVIOUS_BUNDLE = "bundle.previous"
JOURNAL = "bundle.swap.json"
_STAGING_PREFIX = ".bundle-incoming-"
_DISCARD_PREFIX = ".bundle-discard-"


class BundleInstallError(UserError):
    """A valid bundle could not be copied into the data folder (full disk, read-only folder)."""


def install_bundle(data_dir: Path, source: str | os.PathLike[str]) -> CaseBundle:
    """Make the bundle at `source` (a folder or .zip) the active one, and return it as installed.

    Raises `BundleInvalid` (listing every problem) if the bundle is not valid, and
    `BundleInstallError` if it cannot be copied; in both cases the active bundle is unchanged.
    """
    from w4r_desktop.core.bundle.loading import load_bundle

    finish_interrupted_install(data_dir)
    origin = Path(source)
    load_bundle(origin)  # raises BundleInvalid before anything is written
    staging = _new_staging(data_dir)
    try:
        if origin.is_dir():
            _copy_folder(origin, staging)
        else:
            _extract_zip(origin, staging)
        load_bundle(staging)  # the copy, not the original, is what will be used
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise BundleInstallError(f"cannot copy the case bundle into {data_dir}: {exc.strerror or exc}") from exc
    except UserError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _swap_in(data_dir, staging)
    return load_bundle(data_dir / ACTIVE_BUNDLE)


def use_shipped_bundle(data_dir: Path) -> None:
    """Go back to the bundle shipped with the application; the loaded one is kept as the previous."""
    finish_interrupted_install(data_dir)
    active = data_dir / ACTIVE_BUNDLE
    if not active.exists():
        return
    try:
        _retire_previous(data_dir)
        os.replace(active, data_dir / PREVIOUS_BUNDLE)
        fsync_folder(data_dir)
    except OSError as exc:
        raise BundleInstallError(f"cannot change the case bundle in {data_dir}: {exc.strerror or exc}") from exc
    _empty_discards(data_dir)


def previous_bundle(data_dir: Path) -> CaseBundle | None:
    """The bundle that was in use before the last change, if it is kept and still valid."""
    previous = data_dir / PREVIOUS_BUNDLE
    if not (previous / BUNDLE_FILE).is_file():
        return None
    from w4r_desktop.core.bundle.loading import load_bundle

    try:
        return load_bundle(previous)
    except UserError:
        return None


def use_previous_bundle(data_dir: Path) -> CaseBundle:
    """Swap back to the bundle in use before the last change; the one in use becomes the previous.

    The backup is copied rather than moved, so a kill at any moment keeps both bundles whole.
    """
    finish_interrupted_install(data_dir)
    if previous_bundle(data_dir) is None:
        raise BundleInstallError("there is no previous case bundle to go back to")
    return install_bundle(data_dir, data_dir / PREVIOUS_BUNDLE)


def has_installed_bundle(data_dir: Path) -> bool:
    """True if a leader loaded a bundle into this data folder (rather than using the shipped one)."""
    return (data_dir / ACTIVE_BUNDLE / BUNDLE_FILE).is_file()


def finish_interrupted_install(data_dir: Path) -> None:
    """Complete (or undo) a bundle swap that a kill or power cut interrupted; tidy leftovers.

    Call before reading the active bundle at start-up. Safe to call at any time.
    """
    journal = data_dir / JOURNAL
    if journal.is_file():
        try:
            staging = data_dir / str(json.loads(journal.read_text(encoding="utf-8"))["staging"])
        except (OSError, ValueError, KeyError, TypeError):
            staging = None
        active = data_dir / ACTIVE_BUNDLE
        # The journal is written only once the staged copy is complete and valid, so rolling
        # forward is safe whenever the staged copy is still there and nothing is active.
        staged = staging is not None and staging.name.startswith(_STAGING_PREFIX) and staging.is_dir()
        if staged and staging is not None and not active.exists():
            with contextlib.suppress(OSError):
                os.replace(staging, active)
        with contextlib.suppress(OSError):
            journal.unlink()
        fsync_folder(data_dir)
    for leftover in data_dir.glob(f"{_STAGING_PREFIX}*"):
        shutil.rmtree(leftover, ignore_errors=True)
    _empty_discards(data_dir)


# --- copying -------------------------------------------------------------------------------


def _new_staging(data_dir: Path) -> Path:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=data_dir))
    except OSError as exc:
        raise BundleInstallError(f"cannot write to the data folder {data_dir}: {exc.strerror or exc}") from exc


def _copy_folder(origin: Path, staging: Path) -> None:
    """Copy the bundle's regular, visible files (as the loader reads them), never following links."""
    for path in sorted(origin.rglob("*")):
        relative = path.relative_to(origin)
        if path.is_symlink() or not path.is_file() or any(part.startswith(".") for part in relative.parts):
            continue
        target = staging.joinpath(*relative.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target, follow_symlinks=False)
        _fsync_file(target)


def _member_path(name: str) -> PurePosixPath | None:
    """The member's path inside the bundle, or None for members the loader skips or refuses."""
    path = PurePosixPath(name.replace("\\", "/"))
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in path.parts:
        return None
    if any(part.startswith((".", "__MACOSX")) for part in path.parts):
        return None
    return path


def _extract_zip(origin: Path, staging: Path) -> None:
    """Write the .zip's members into `staging` by their checked names; never `extractall`."""
    with zipfile.ZipFile(origin) as archive:
        members = []
        for member in archive.infolist():
            path = _member_path(member.filename)
            if path is None or member.is_dir() or stat.S_ISLNK(member.external_attr >> 16):
                continue
            members.append((member, path))
        # A zip made by "compress folder" holds the bundle inside one top folder.
        names = {path.as_posix() for _, path in members}
        prefix: tuple[str, ...] = ()
        if BUNDLE_FILE not in names:
            tops = {path.parts[0] for _, path in members}
            if len(tops) == 1:
                prefix = (next(iter(tops)),)
        total = 0
        for member, path in members:
            parts = path.parts[len(prefix) :] if path.parts[: len(prefix)] == prefix else ()
            if not parts:
                continue
            total += member.file_size
            if total > MAX_ZIP_BYTES or member.file_size > MAX_PHOTO_BYTES + 1:
                raise UserError(f"{origin.name}: {member.filename}: too large once unpacked")
            target = staging.joinpath(*parts)
            if staging.resolve() not in target.resolve().parents:
                continue  # cannot happen after the checks above; kept as the last line of defence
            target.parent.mkdir(parents=True, exist_ok=True)
            # Read with a cap: the sizes in the zip's directory are claims, not facts.
            with archive.open(member) as stream:
                data = stream.read(member.file_size + 1)
            if len(data) > member.file_size:
                raise UserError(f"{origin.name}: {member.filename}: larger than its entry says")
            with open(target, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())


# --- swapping ------------------------------------------------------------------------------


def _swap_in(data_dir: Path, staging: Path) -> None:
    active = data_dir / ACTIVE_BUNDLE
    try:
        fsync_folder(staging)
        atomic_write(data_dir / JOURNAL, json.dumps({"staging": staging.name}).encode("utf-8"))
        _retire_previous(data_dir)
        if active.exists():
            os.replace(active, data_dir / PREVIOUS_BUNDLE)
        # A kill here leaves no active bundle but the journal: finish_interrupted_install rolls forward.
        os.replace(staging, active)
        fsync_folder(data_dir)
        (data_dir / JOURNAL).unlink()
        fsync_folder(data_dir)
    except (OSError, UserError) as exc:
        finish_interrupted_install(data_dir)
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BundleInstallError(f"cannot install the case bundle in {data_dir}: {reason}") from exc
    _empty_discards(data_dir)


def _retire_previous(data_dir: Path) -> None:
    """Move the old backup out of the way with a rename; it is deleted once the swap is done."""
    previous = data_dir / PREVIOUS_BUNDLE
    if previous.exists():
        discard = Path(tempfile.mkdtemp(prefix=_DISCARD_PREFIX, dir=data_dir))
        os.replace(previous, discard / PREVIOUS_BUNDLE)


def _empty_discards(data_dir: Path) -> None:
    for leftover in data_dir.glob(f"{_DISCARD_PREFIX}*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as stream:
        os.fsync(stream.fileno())
