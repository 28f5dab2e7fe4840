"""Where the application keeps its data, and where the shipped resources live."""

from __future__ import annotations

import os
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

import platformdirs

from w4r_desktop.core.errors import DataFolderError
from w4r_desktop.core.files import remove_leftovers
from w4r_desktop.core.plain_text import escaped

APP_NAME = "w4r-desktop"
DATA_DIR_ENV = "W4R_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `override`, else $W4R_DATA_DIR, else the platform's user data folder.

    The folder is created (owner-only) if it does not exist yet. Every start of the program goes
    through here, so this is also where the leftovers of writes killed last time are removed.
    """
    if override is not None and str(override) != "":
        path = Path(override)
    elif os.environ.get(DATA_DIR_ENV):
        path = Path(os.environ[DATA_DIR_ENV])
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path = path.expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DataFolderError(_cannot_create(path, exc)) from exc
    if not os.access(path, os.R_OK | os.W_OK | os.X_OK):
        raise DataFolderError(f"the data folder {escaped(str(path), 200)} is not writable")
    remove_leftovers(path)
    return path


def _cannot_create(path: Path, exc: OSError) -> str:
    """Why the data folder `path` cannot be made, in words (most often: a file is in the way)."""
    shown = escaped(str(path), 200)
    in_the_way = next((each for each in (path, *path.parents) if _not_a_folder(each)), None)
    if in_the_way == path:
        return f"the data folder {shown} is a file, not a folder"
    if in_the_way is not None:
        return f"cannot create the data folder {shown}: {escaped(str(in_the_way), 200)} is a file, not a folder"
    return f"cannot create the data folder {shown}: {exc.strerror or exc}"


def _not_a_folder(path: Path) -> bool:
    try:
        return path.exists() and not path.is_dir()
    except OSError:  # cannot look (no permission): not known to be in the way
        return False


def _shipped(package: str, folder: str) -> Traversable:
    """A folder a wheel installs inside the package; in a source checkout it sits beside the package."""
    try:
        return resources.files(package)
    except ModuleNotFoundError:  # the checkout's own code, run from the repository root
        return Path(__file__).resolve().parents[2] / folder


def resource(*parts: str) -> Traversable:
    """A file or folder shipped in resources/ (inside the installed package)."""
    node = _shipped("w4r_desktop.resources", "resources")
    for part in parts:
        node = node / part
    return node


def shipped_cases() -> Traversable:
    """The folder of case bundles shipped with the application (one sub-folder per year)."""
    return _shipped("w4r_desktop.cases", "cases")


def default_bundle_path() -> Path:
    """The newest shipped case bundle, as a real path on disk."""
    root = shipped_cases()
    years = sorted(
        (node for node in root.iterdir() if node.is_dir() and node.name.isdigit()),
        key=lambda node: node.name,
    )
    if not years:
        raise DataFolderError("this installation has no case bundle; reinstall W4R Desktop")
    # Installed from a wheel or a checkout, the package's files are real files on disk.
    return Path(str(years[-1]))


ACTIVE_BUNDLE = "bundle"
PRINTED = "printed"
"""The data folder's folder of letters saved as PDFs while no printer is connected."""


def active_bundle_path(folder: Path) -> Path:
    """The bundle in use: the one a leader loaded into the data folder, else the shipped one."""
    loaded = folder / ACTIVE_BUNDLE
    if (loaded / "bundle.toml").is_file():
        return loaded
    return default_bundle_path()
