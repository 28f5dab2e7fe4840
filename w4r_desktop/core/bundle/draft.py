"""A bundle being written in the case editor: its files as documents that may not be valid yet.

A draft is the TOML documents of bundle.toml and of each case file, plus each case's photo. It is
checked by turning it into files and running the loader on them (`check_draft`), so the editor
and the loader can never disagree; it is saved whole or not at all (`save_draft`), valid or not,
and only a valid draft is exported (`export_zip`) or made the bundle in use.
"""

from __future__ import annotations

import copy
import io
import os
import shutil
import tempfile
import tomllib
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

import tomli_w
from pydantic import ValidationError

from w4r_desktop.core.bundle.format import BUNDLE_FILE, FORMAT_VERSION
from w4r_desktop.core.bundle.loading import bundle_files, load_files
from w4r_desktop.core.bundle.model import CaseBundle
from w4r_desktop.core.bundle.photos import photo_suffix
from w4r_desktop.core.bundle.problems import BundleInvalid, BundleProblem
from w4r_desktop.core.bundle.schema import BundleInfo, CaseFile
from w4r_desktop.core.errors import UserError
from w4r_desktop.core.files import atomic_write, fsync_folder
from w4r_desktop.core.ids import is_case_id

Document = dict[str, Any]
_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


@dataclass
class CaseDraft:
    """One case file being written: its id (the file name), its document, and its photo's bytes."""

    id: str
    document: Document = field(default_factory=dict)
    photo: bytes | None = None

    @property
    def file(self) -> str:
        return f"{self.id}.toml"


@dataclass
class BundleDraft:
    """bundle.toml's document and the cases, in the order volunteers will see them."""

    info: Document = field(default_factory=dict)
    cases: list[CaseDraft] = field(default_factory=list)

    def case_ids(self) -> list[str]:
        return [case.id for case in self.cases]

    def add_case(self) -> CaseDraft:
        """A new empty case at the end, called new-case-<n> until it is given a name."""
        taken = set(self.case_ids())
        number = next(n for n in range(1, 1000) if f"new-case-{n}" not in taken)
        case = CaseDraft(f"new-case-{number}", {})  # no empty official to block it
        self.cases.append(case)
        return case

    def copy_case(self, index: int) -> CaseDraft:
        """A copy of case `index` just after it, with an id (and a photo file) of its own."""
        case = self.cases[index]
        taken = set(self.case_ids())
        new_id = next(f"{case.id}-{n}" for n in range(2, 1000) if f"{case.id}-{n}" not in taken)
        document = copy.deepcopy(case.document)
        if case.photo is not None and "photo" in document:
            document["photo"] = f"photos/{new_id}{photo_suffix(case.photo)}"  # its own file, not the original's
        copied = CaseDraft(new_id, document, case.photo)
        self.cases.insert(index + 1, copied)
        return copied

    def text_languages(self) -> set[str]:
        """The languages the texts are already translated into, anywhere in the draft: the case
        files' [translations.<code>], and each tip's and each update's translations."""
        tables = [tip.get("translations") for tip in _tables(self.info.get("tips"))]
        for case in self.cases:
            tables.append(case.document.get("translations"))
            tables.extend(update.get("translations") for update in _tables(case.document.get("updates")))
        return {str(code) for table in tables if isinstance(table, dict) for code, text in table.items() if text}


def _tables(value: Any) -> list[Document]:
    """The tables of a list of tables (a draft may hold anything where they should be)."""
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


class DraftError(UserError):
    """A draft could not be read or written (a full disk, a read-only folder, a damaged file)."""


# --- from a bundle, and new ----------------------------------------------------------------


def draft_of(bundle: CaseBundle) -> BundleDraft:
    """The draft of a loaded bundle: editing starts from exactly what the loader read."""
    info = bundle.info.model_dump(exclude_defaults=True)
    info["format"] = FORMAT_VERSION
    cases = [CaseDraft(case.id, case.data.model_dump(exclude_defaults=True), case.photo) for case in bundle.cases]
    return BundleDraft(info=info, cases=cases)


def new_draft(year: int, home_country: str = "US", copy_of: CaseBundle | None = None) -> BundleDraft:
    """A bundle for `year`: empty but for the campaign, or a copy of `copy_of` to edit.

    A copy keeps the campaign's settings (section, language, postage, tips) and its cases, for the
    leader to keep, change or remove, and drops its dates: they belong to last year.
    """
    info: Document = {
        "format": FORMAT_VERSION,
        "campaign": f"Write for Rights {year}",
        "year": year,
        "section": "",
        "language": "en",
        "home_country": home_country,
    }
    if copy_of is None:
        return BundleDraft(info=info, cases=[])
    draft = draft_of(copy_of)
    for key in ("write_until", "report_by", "order"):
        draft.info.pop(key, None)
    draft.info.update({key: info[key] for key in ("campaign", "year")})
    return draft


# --- files ---------------------------------------------------------------------------------


def pruned(value: Any) -> Any:
    """`value` without empty texts, empty lists or empty tables, which the loader reads as given.

    A list of tables keeps its empty tables (translations line up with what they translate by
    position) but not those at its end.
    """
    if isinstance(value, dict):
        kept = {key: pruned(item) for key, item in value.items()}
        return {key: item for key, item in kept.items() if item not in (None, "", [], {})}
    if isinstance(value, list):
        items = [pruned(item) for item in value]
        if items and all(isinstance(item, dict) for item in items):
            while items and items[-1] == {}:
                items.pop()
            return items
        return [item for item in items if item not in (None, "")]
    if isinstance(value, str):
        return value.strip()
    return value


def _canonical(document: Document, model: type[BundleInfo] | type[CaseFile]) -> Document:
    """A valid document in the model's own key order (what a person reading the file expects);
    an invalid one as it is, so a draft keeps everything that was typed."""
    try:
        return model.model_validate(document).model_dump(exclude_defaults=True)
    except ValidationError:
        return document


def _toml(document: Document) -> bytes:
    return tomli_w.dumps(document, multiline_strings=True).encode("utf-8")


def draft_files(draft: BundleDraft) -> dict[str, bytes]:
    """The draft as bundle files: bundle.toml, one TOML file per case, and the photos."""
    info = pruned(draft.info)
    info["format"] = FORMAT_VERSION
    info["order"] = draft.case_ids()
    files = {BUNDLE_FILE: _toml(_canonical(info, BundleInfo))}
    for case in draft.cases:
        document = pruned(case.document)
        photo_path = document.get("photo")
        if case.photo is not None and isinstance(photo_path, str):
            files[PurePosixPath(photo_path).as_posix()] = case.photo
        files[case.file] = _toml(_canonical(document, CaseFile))
    return files


def id_problems(draft: BundleDraft) -> list[BundleProblem]:
    """Case ids that cannot be file names of their own: not an id, reserved, or used twice."""
    problems = []
    seen: set[str] = set()
    for index, case in enumerate(draft.cases):
        if not is_case_id(case.id) or case.file == BUNDLE_FILE:
            message = "the file name may only use lower-case letters, digits and hyphens (and not be 'bundle')"
            problems.append(BundleProblem(case.file, "id", message))
        elif case.id in seen:
            problems.append(
                BundleProblem(case.file, "id", f"case {index + 1} has the same file name as an earlier case")
            )
        seen.add(case.id)
    return problems


def check_draft(draft: BundleDraft) -> list[BundleProblem]:
    """Every problem the loader would find in the draft's files, plus case ids the files cannot hold."""
    problems = id_problems(draft)
    try:
        bundle_of(draft)
    except BundleInvalid as invalid:
        problems.extend(problem for problem in invalid.problems if not problem.field.startswith("order"))
    return problems


def bundle_of(draft: BundleDraft) -> CaseBundle:
    """The bundle a valid draft makes; raises `BundleInvalid` if it is not valid."""
    return load_files(draft_files(draft), Path("draft"))


# --- saving and reading --------------------------------------------------------------------


def save_draft(draft: BundleDraft, folder: Path) -> None:
    """Write the draft as a bundle folder, whole: the folder holds the old draft or the new one.

    The files go to a folder beside `folder`, which then takes its place by renames; a crash in
    between leaves the old draft under a hidden name that `read_draft` goes back to.
    """
    clashes = id_problems(draft)
    if clashes:
        # Two cases in one file, or a file outside the bundle: refuse rather than lose a case.
        raise DraftError(f"not saved: {clashes[0].file.removesuffix('.toml')!r}: {clashes[0].message}")
    files = draft_files(draft)
    parent = folder.parent
    staging: Path | None = None
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-new-", dir=parent))
        for name, data in files.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            atomic_write(staging / name, data)
        old = parent / f".{folder.name}-old"
        if old.exists():
            shutil.rmtree(old)
        if folder.exists():
            os.replace(folder, old)
        os.replace(staging, folder)
        staging = None
        fsync_folder(parent)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as exc:
        raise DraftError(f"cannot save the bundle in {folder}: {exc.strerror or exc}") from exc
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def read_draft(folder: Path) -> BundleDraft:
    """The draft saved in `folder` (valid or not), in the order it was saved."""
    old = folder.parent / f".{folder.name}-old"
    if not folder.exists() and old.exists():
        os.replace(old, folder)  # a save was cut short after moving the old draft aside
    files = bundle_files(folder)
    try:
        info = tomllib.loads(files[BUNDLE_FILE].decode("utf-8-sig")) if BUNDLE_FILE in files else {}
        documents = {
            name.removesuffix(".toml"): tomllib.loads(files[name].decode("utf-8-sig"))
            for name in files
            if name.endswith(".toml") and "/" not in name and name != BUNDLE_FILE
        }
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DraftError(f"the saved bundle in {folder} cannot be read: {exc}") from exc
    order = list(dict.fromkeys(case_id for case_id in info.pop("order", []) if case_id in documents))
    order += sorted(set(documents) - set(order))
    cases = []
    for case_id in order:
        document = documents[case_id]
        photo = document.get("photo")
        data = files.get(PurePosixPath(photo).as_posix()) if isinstance(photo, str) else None
        cases.append(CaseDraft(case_id, document, data))
    return BundleDraft(info=info, cases=cases)


def export_zip(draft: BundleDraft, out: Path) -> CaseBundle:
    """Write a valid draft as a .zip another group can load; raises `BundleInvalid` if not valid."""
    files = draft_files(draft)
    bundle = load_files(files, out)
    write_zip(files, out)
    return bundle


def write_zip(files: dict[str, bytes], out: Path) -> None:
    """`files` as a .zip at `out`, the same bytes for the same files, written atomically."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            archive.writestr(zipfile.ZipInfo(name, _ZIP_TIME), files[name], zipfile.ZIP_DEFLATED)
    atomic_write(out, buffer.getvalue())
