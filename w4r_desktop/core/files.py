"""Writing files so that a crash or a kill never leaves a half-written one behind."""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.plain_text import escaped


class FileWriteError(UserError):
    """A file could not be written (full disk, read-only folder, file open elsewhere)."""


class FileReadError(UserError):
    """A file named by the user cannot be read (missing, too large, not a file at all)."""


def _shown(path: Path) -> str:
    return escaped(str(path), 200)


def _not_a_file(mode: int) -> str | None:
    """What a thing on disk is, in words, when it is not a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a socket" if stat.S_ISSOCK(mode) else "not a file"


def read_capped(path: str | os.PathLike[str], cap: int) -> bytes:
    """The bytes of the regular file at `path`, refused if there are more than `cap` of them.

    For files people name (a letter's text, an address): a named pipe or a device could make a
    read wait or run forever, so only a regular file is opened, and never more than `cap` + 1
    bytes are read whatever its size says (a file can grow, and /proc files say 0).
    """
    file = Path(path)
    try:
        kind = _not_a_file(os.stat(file).st_mode)  # before opening: opening a device can do things
        if kind is not None:
            raise FileReadError(f"{_shown(file)}: not a regular file (it is {kind})")
        # Non-blocking, and checked again once open: what is there may have changed since.
        descriptor = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(descriptor, "rb") as stream:
            kind = _not_a_file(os.fstat(stream.fileno()).st_mode)
            if kind is not None:
                raise FileReadError(f"{_shown(file)}: not a regular file (it is {kind})")
            data = stream.read(cap + 1)
    except FileNotFoundError:
        raise FileReadError(f"{_shown(file)}: no such file") from None
    except OSError as exc:
        raise FileReadError(f"{_shown(file)}: cannot read it ({exc.strerror or exc})") from None
    if len(data) > cap:
        raise FileReadError(f"{_shown(file)}: larger than {_size(cap)}")
    return data


def _size(count: int) -> str:
    return f"{count // 1024} KB" if count >= 1024 and count % 1024 == 0 else f"{count} bytes"


def _refuse_what_is_not_a_file(target: Path) -> None:
    """A device, a named pipe or a folder at `target` (or a link to one) is never replaced.

    Replacing it would swap a device node or a pipe another program reads for a plain file (as
    root, `--out /dev/null` would break the system's /dev/null).
    """
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return  # nothing there (or a dangling link): the new file takes the name
    kind = _not_a_file(mode)
    if kind is not None:
        raise FileWriteError(f"cannot write {_shown(target)}: it is {kind}, not a file; give the name of a file")


@contextlib.contextmanager
def atomic_writer(
    path: str | os.PathLike[str], mode: str = "wb", encoding: str | None = None, newline: str | None = None
) -> Iterator[IO]:  # type: ignore[type-arg]
    """Write to a temporary file beside `path`, then fsync and replace `path` in one step.

    If anything fails the previous file at `path` is left whole and the temporary file removed.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    _refuse_what_is_not_a_file(target)
    remove_stale_temporaries(target)
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp")
    except OSError as exc:
        raise FileWriteError(f"cannot write {_shown(target)}: {exc.strerror}") from exc
    try:
        with os.fdopen(handle, mode, encoding=encoding, newline=newline) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise FileWriteError(f"cannot write {_shown(target)}: {exc.strerror or exc}") from exc
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


def remove_leftovers(folder: Path) -> int:
    """Remove what killed writers left in `folder` (not its sub-folders); returns how many were removed.

    Called when a data folder is opened: a file that is not written again (a journal, an export)
    would otherwise keep its killed writer's temporary file beside it for ever.
    """
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.is_file(follow_symlinks=False)]
    except OSError:
        return 0
    targets = {target for target in map(_written_name, names) if target is not None}
    return sum(remove_stale_temporaries(folder / target) for target in sorted(targets))


def _written_name(temporary: str) -> str | None:
    """The file a temporary file of `atomic_writer` (".<name>.<pid>.<random>.tmp") was to become."""
    if not (temporary.startswith(".") and temporary.endswith(".tmp")):
        return None
    parts = temporary[1 : -len(".tmp")].rsplit(".", 2)
    if len(parts) != 3 or not parts[0] or not (parts[1].isascii() and parts[1].isdigit()):
        return None
    return parts[0]


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
