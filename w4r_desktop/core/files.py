"""Writing files so that a crash or a kill never leaves a half-written one behind."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
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
    remove_stale_temporaries(target)
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp")
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


STALE_AFTER_S = 24 * 3600
"""Where a writer's process cannot be asked after, its temporary file is stale after a day."""


def _running(pid: int) -> bool:
    if os.name != "posix":
        return True  # os.kill(pid, 0) would end the process on Windows: judge by age instead
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, under another user
    return True


def remove_stale_temporaries(target: Path) -> int:
    """Remove what killed writers of `target` left beside it; returns how many were removed.

    A temporary file is named after its writer's process (".<name>.<pid>.<random>.tmp"): it is
    stale once that process has gone, or, where that cannot be asked, after a day.
    """
    removed = 0
    folder = target.parent if str(target.parent) else Path(".")
    try:
        candidates = list(folder.glob(f".{glob.escape(target.name)}.*.tmp"))
    except OSError:
        return 0
    now = time.time()
    for temporary in candidates:
        parts = temporary.name[len(target.name) + 2 :].split(".")
        pid = int(parts[0]) if len(parts) == 3 and parts[0].isascii() and parts[0].isdigit() else None
        try:
            old = now - temporary.stat().st_mtime > STALE_AFTER_S
            if (pid is not None and pid != os.getpid() and not _running(pid)) or old:
                temporary.unlink()
                removed += 1
        except OSError:
            continue
    return removed


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
