"""Reading a case bundle from a folder or a .zip, validated strictly.

Loading either gives a complete `CaseBundle` or raises `BundleInvalid` listing every problem as
"file: field: message"; a bundle is never half-loaded.
"""

from __future__ import annotations

import dataclasses
import re
import stat
import tomllib
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import ValidationError

from w4r_desktop.core.bundle.format import (
    BUNDLE_FILE,
    FORMAT_VERSION,
    MAX_BUNDLE_FILE_BYTES,
    MAX_CASE_FILE_BYTES,
    MAX_CASES,
    MAX_ZIP_BYTES,
    MAX_ZIP_MEMBERS,
)
from w4r_desktop.core.bundle.model import Case, CaseBundle
from w4r_desktop.core.bundle.photos import MAX_PHOTO_BYTES, check_photo
from w4r_desktop.core.bundle.problems import BundleInvalid, BundleProblem
from w4r_desktop.core.bundle.schema import BundleInfo, CaseFile
from w4r_desktop.core.ids import is_case_id

# --- reading -------------------------------------------------------------------------------


class _Files(Mapping[str, bytes]):
    """A bundle's files by relative POSIX path, read lazily from a folder."""

    def __init__(self, root: Path, names: list[str]) -> None:
        self._root = root
        self._names = names

    def __getitem__(self, name: str) -> bytes:
        if name not in self._names:
            raise KeyError(name)
        return (self._root / name).read_bytes()

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


def _folder_files(root: Path, problems: list[BundleProblem]) -> Mapping[str, bytes]:
    names: list[str] = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root).as_posix()
        if path.is_symlink():
            problems.append(BundleProblem(relative, "", "links are not allowed in a bundle"))
        elif path.is_file() and not any(part.startswith(".") for part in path.relative_to(root).parts):
            names.append(relative)
    return _Files(root, names)


def _zip_files(path: Path, problems: list[BundleProblem]) -> dict[str, bytes]:
    name = path.name
    if path.stat().st_size > MAX_ZIP_BYTES:
        problems.append(BundleProblem(name, "", "the .zip is larger than 50 MB"))
        return {}
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        problems.append(BundleProblem(name, "", f"not a readable .zip file ({exc})"))
        return {}
    with archive:
        files = _unpacked(archive, name, problems)
    if problems:
        return {}
    return _without_top_folder(files)


def _unpacked(archive: zipfile.ZipFile, name: str, problems: list[BundleProblem]) -> dict[str, bytes]:
    """The bundle's files in `archive`, unpacked in memory; a problem that makes the rest unsafe stops it."""
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        problems.append(BundleProblem(name, "", f"the .zip has {len(members)} members (at most 500)"))
        return {}
    names = [PurePosixPath(member.filename.replace("\\", "/")).as_posix() for member in members]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        # Which one would be read depends on the tool: refuse rather than guess.
        problems.append(BundleProblem(name, repeated[0], "is in the .zip more than once"))
        return {}
    files: dict[str, bytes] = {}
    total = 0
    for member in members:
        member_path = PurePosixPath(member.filename.replace("\\", "/"))
        refused = _refused_path(member, member_path)
        if refused is not None:
            problems.append(BundleProblem(name, member.filename, refused))
            continue
        if member.is_dir() or any(part.startswith((".", "__MACOSX")) for part in member_path.parts):
            continue
        total += member.file_size
        if total > MAX_ZIP_BYTES or member.file_size > MAX_PHOTO_BYTES + 1:
            problems.append(BundleProblem(name, member.filename, "too large once unpacked"))
            return {}
        try:
            files[member_path.as_posix()] = archive.read(member)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            # A bad checksum, a cut-off download, a password, or a compression we cannot read.
            problems.append(BundleProblem(name, member.filename, f"damaged or unreadable in the .zip ({exc})"))
            return {}
    return files


def _refused_path(member: zipfile.ZipInfo, member_path: PurePosixPath) -> str | None:
    """Why a member may not be unpacked at all (an absolute path, one outside the bundle, a link), if so."""
    if member.filename.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", member.filename):
        return "absolute paths are not allowed"
    if ".." in member_path.parts:
        return "paths may not point outside the bundle ('..')"
    if stat.S_ISLNK(member.external_attr >> 16):
        return "links are not allowed in a bundle"
    return None


def _without_top_folder(files: dict[str, bytes]) -> dict[str, bytes]:
    """A zip made by "compress folder" has the bundle inside one top folder: the files as if it had not."""
    if BUNDLE_FILE in files:
        return files
    tops = {key.split("/", 1)[0] for key in files}
    if len(tops) == 1 and f"{next(iter(tops))}/{BUNDLE_FILE}" in files:
        prefix = next(iter(tops)) + "/"
        return {key[len(prefix) :]: value for key, value in files.items() if key.startswith(prefix)}
    return files


def _location(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part.startswith(("function-after", "function-wrap", "literal")):
            continue
        else:
            text += f".{part}" if text else part
    return text


def _problems_from(file: str, error: ValidationError) -> list[BundleProblem]:
    problems = []
    for detail in error.errors():
        message = detail["msg"].removeprefix("Value error, ")
        if detail["type"] == "extra_forbidden":
            message = "unknown key (a typo?)"
        elif detail["type"] == "missing":
            message = "required, but missing"
        problems.append(BundleProblem(file, _location(tuple(detail["loc"])), message))
    return problems


# Real bundles nest three levels and use two-part keys. tomllib needs a minute for a key of
# 60,000 parts and recurses once per bracket, so such files are refused before it reads them.
MAX_NESTING = 32
_DEEP_BRACKETS = re.compile(r"[\[{](?:[ \t\r\n]*+[\[{]){" + str(MAX_NESTING) + "}")
_KEY_PART = r"""(?:[A-Za-z0-9_-]++|"[^"\n]*+"|'[^'\n]*+')"""
_LONG_KEY = re.compile(r"""(?<![\w"'-])(?:""" + _KEY_PART + r"[ \t]*+\.[ \t]*+){" + str(MAX_NESTING) + "}")


def _parse_toml(file: str, raw: bytes, problems: list[BundleProblem]) -> dict[str, Any] | None:
    try:
        # utf-8-sig: Windows Notepad starts its UTF-8 files with a byte order mark.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(BundleProblem(file, "", "not UTF-8 text"))
        return None
    if _DEEP_BRACKETS.search(text):
        problems.append(BundleProblem(file, "toml", f"nested too deeply (more than {MAX_NESTING} levels)"))
        return None
    if _LONG_KEY.search(text):
        problems.append(BundleProblem(file, "toml", f"a key with too many parts (more than {MAX_NESTING})"))
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.append(BundleProblem(file, "toml", f"not valid TOML: {exc}"))
    except (RecursionError, MemoryError):
        problems.append(BundleProblem(file, "toml", "nested too deeply or too large to read"))
    return None


def bundle_files(path: str | Path) -> Mapping[str, bytes]:
    """The files of the bundle at `path` (a folder or a .zip) by relative path, before validation.

    Raises `BundleInvalid` if they cannot be read safely (links, paths outside, a damaged .zip).
    """
    source = Path(path)
    problems: list[BundleProblem] = []
    if source.is_dir():
        files: Mapping[str, bytes] = _folder_files(source, problems)
    elif source.is_file() and source.suffix.lower() == ".zip":
        files = _zip_files(source, problems)
    elif source.exists():
        raise BundleInvalid(str(source), [BundleProblem(source.name, "", "a bundle is a folder or a .zip file")])
    else:
        raise BundleInvalid(str(source), [BundleProblem(source.name, "", "no such file or folder")])
    if problems:
        raise BundleInvalid(str(source), problems)
    return files


def load_bundle(path: str | Path) -> CaseBundle:
    """Read and validate the bundle at `path` (a folder or a .zip).

    Raises `BundleInvalid` with every problem found; on success every case is complete.
    """
    return load_files(bundle_files(path), Path(path))


def load_files(files: Mapping[str, bytes], source: Path) -> CaseBundle:
    """Validate a bundle's files (relative path -> bytes), wherever they come from (a folder, a .zip,
    the case editor), and return the bundle they make; `source` names it in messages."""
    problems: list[BundleProblem] = []
    info = _load_info(files, problems)
    cases = _load_cases(files, problems)
    if info is not None and info.format > FORMAT_VERSION:
        # Nothing else can be trusted in a file from a newer format.
        raise BundleInvalid(
            str(source),
            [
                BundleProblem(
                    BUNDLE_FILE,
                    "format",
                    f"version {info.format} is newer than this W4R Desktop understands ({FORMAT_VERSION}); "
                    "update W4R Desktop",
                )
            ],
        )
    if info is not None and info.format < 2:
        problems.extend(_newer_than_declared(info, cases))
    if info is not None and info.format < 3:
        problems.extend(_format_3_keys(info, cases))
    if info is not None:
        problems.extend(_offices_needed(info, cases))
        cases = [dataclasses.replace(case, campaign=info.solidarity, office=info.section_office) for case in cases]
    if info is not None and info.order:
        cases = _in_order(info.order, cases, problems)
    if problems or info is None:
        raise BundleInvalid(str(source), problems)
    return CaseBundle(info=info, cases=tuple(cases), source=source)


def _in_order(order: list[str], cases: list[Case], problems: list[BundleProblem]) -> list[Case]:
    """The cases in the order bundle.toml gives (format 2); cases it leaves out follow by id."""
    known = {case.id: case for case in cases}
    for index, case_id in enumerate(order):
        if case_id not in known:
            problems.append(BundleProblem(BUNDLE_FILE, f"order[{index}]", f"there is no case file {case_id}.toml"))
        elif order.index(case_id) != index:
            problems.append(BundleProblem(BUNDLE_FILE, f"order[{index}]", f"{case_id} is listed twice"))
    rank = {case_id: index for index, case_id in enumerate(order)}
    return sorted(cases, key=lambda case: (rank.get(case.id, len(order)), case.id))


def _newer_than_declared(info: BundleInfo, cases: list[Case]) -> list[BundleProblem]:
    """Format 1 has no translated lists and no dated updates: a bundle that uses them says `format = 2`."""
    problems = []
    if any(tip.translations for tip in info.tips):
        problems.append(BundleProblem(BUNDLE_FILE, "tips", "translated tips need format = 2"))
    for case in cases:
        if case.data.updates:
            problems.append(BundleProblem(f"{case.id}.toml", "updates", "dated updates need format = 2 in bundle.toml"))
        for language, translation in case.data.translations.items():
            if translation.personal is not None or translation.appeal or translation.solidarity:
                problems.append(
                    BundleProblem(
                        f"{case.id}.toml",
                        f"translations.{language}",
                        "translated talking points, personal details, rules or instructions need format = 2 "
                        "in bundle.toml",
                    )
                )
    return problems


def _offices_needed(info: BundleInfo, cases: list[Case]) -> list[BundleProblem]:
    """A channel posted through the section's office needs that office's address in bundle.toml."""
    if info.section_office is not None:
        return []
    return [
        BundleProblem(f"{case.id}.toml", f"solidarity[{index}].via_section", "needs [section_office] in bundle.toml")
        for case in cases
        for index, channel in enumerate(case.solidarity)
        if channel.via_section
    ]


def _format_3_keys(info: BundleInfo, cases: list[Case]) -> list[BundleProblem]:
    """A channel's web address, the report's fields and the campaign's rules need `format = 3`."""
    problems = []
    if info.report is not None:
        problems.append(BundleProblem(BUNDLE_FILE, "report", "a report form needs format = 3"))
    if info.solidarity.forbidden_words or info.solidarity.holiday_words:
        problems.append(BundleProblem(BUNDLE_FILE, "solidarity", "the campaign's rules need format = 3"))
    if info.section_office is not None:
        problems.append(BundleProblem(BUNDLE_FILE, "section_office", "the section's office needs format = 3"))
    for case in cases:
        for index, channel in enumerate(case.solidarity):
            if channel.via_section:
                problems.append(
                    BundleProblem(f"{case.id}.toml", f"solidarity[{index}].via_section", "needs format = 3")
                )
            if channel.url:
                problems.append(
                    BundleProblem(f"{case.id}.toml", f"solidarity[{index}].url", "a web address needs format = 3")
                )
    return problems


def _load_info(files: Mapping[str, bytes], problems: list[BundleProblem]) -> BundleInfo | None:
    if BUNDLE_FILE not in files:
        problems.append(BundleProblem(BUNDLE_FILE, "", "missing: every bundle needs a bundle.toml"))
        return None
    raw = files[BUNDLE_FILE]
    if len(raw) > MAX_BUNDLE_FILE_BYTES:
        problems.append(BundleProblem(BUNDLE_FILE, "", "larger than 256 KB"))
        return None
    document = _parse_toml(BUNDLE_FILE, raw, problems)
    if document is None:
        return None
    version = document.get("format")
    if isinstance(version, int) and version > FORMAT_VERSION:
        return BundleInfo.model_construct(format=version)
    try:
        info = BundleInfo.model_validate(document)
    except ValidationError as exc:
        problems.extend(_problems_from(BUNDLE_FILE, exc))
        return None
    if info.format < 1:
        problems.append(BundleProblem(BUNDLE_FILE, "format", f"unknown format version {info.format}"))
        return None
    return info


def _load_cases(files: Mapping[str, bytes], problems: list[BundleProblem]) -> list[Case]:
    case_files = sorted(name for name in files if name.endswith(".toml") and "/" not in name and name != BUNDLE_FILE)
    if not case_files:
        problems.append(BundleProblem(BUNDLE_FILE, "", "the bundle has no case files"))
    if len(case_files) > MAX_CASES:
        problems.append(BundleProblem(BUNDLE_FILE, "", f"{len(case_files)} cases (at most {MAX_CASES})"))
        return []
    cases = []
    for file in case_files:
        case_id = file.removesuffix(".toml")
        if not is_case_id(case_id):
            message = "a case file name may only use lower-case letters, digits and hyphens"
            problems.append(BundleProblem(file, "", message))
            continue
        raw = files[file]
        if len(raw) > MAX_CASE_FILE_BYTES:
            problems.append(BundleProblem(file, "", "larger than 256 KB"))
            continue
        document = _parse_toml(file, raw, problems)
        if document is None:
            continue
        try:
            data = CaseFile.model_validate(document)
        except ValidationError as exc:
            problems.extend(_problems_from(file, exc))
            continue
        photo = _photo_of(file, data.photo, files, problems) if data.photo else None
        cases.append(Case(id=case_id, data=data, photo=photo))
    return cases


def _photo_of(file: str, photo: str, files: Mapping[str, bytes], problems: list[BundleProblem]) -> bytes | None:
    relative = PurePosixPath(photo)
    if relative.is_absolute() or ".." in relative.parts:
        problems.append(BundleProblem(file, "photo", "must be a path inside the bundle"))
        return None
    if relative.as_posix() not in files:
        problems.append(BundleProblem(file, "photo", f"{photo} is not in the bundle"))
        return None
    data = files[relative.as_posix()]
    fault = check_photo(data)
    if fault is not None:
        problems.append(BundleProblem(file, "photo", f"{photo} {fault}"))
        return None
    return data
