"""Writing files so that a crash or a kill never leaves a half-written one behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from w4r_desktop.core.errors import UserError


class FileWriteError(UserError):
    """A file could not be written (full disk, read-only folder, file open elsewhere)."""


@contextlib.contextmanager
def atomic_writer(
    path: str | os.PathLike[str], mode: str = "wb", encoding: str | None = None, newline: str | None = None
) -> Iterator[IO]:  # type: ignore[type-arg]
    """Write to a temporary file beside `path`, then fsync and replace `path` in one step.

    If anything fails the previous file at `path` is left whole and the temporary file removed.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise FileWriteError(f"cannot write {target}: {exc.strerror}") from exc
    try:
        with os.fdopen(handle, mode, encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise FileWriteError(f"cannot write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    fsync_folder(folder)


def atomic_write(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace the file at `path` with `data`, all or nothing."""
    with atomic_writer(path) as stream:
        stream.write(data)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (POSIX: fsync the folder itself)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
