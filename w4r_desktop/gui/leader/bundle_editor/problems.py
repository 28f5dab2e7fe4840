"""Placing the loader's problems in a form: each under the field it names, the rest at the top."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from w4r_desktop.core.bundle.problems import BundleProblem
from w4r_desktop.core.settings import QT_TRANSLATE_NOOP
from w4r_desktop.gui.leader.bundle_editor.sections import Section

# The loader's words for a problem (which name the file format) -> what a leader is asked to do.
_CONTEXT = "BundleProblems"
_PLAIN: tuple[tuple[str, str], ...] = (
    (r"^required, but missing$", QT_TRANSLATE_NOOP("BundleProblems", "Fill this in.")),
    (r"^List should have at least 1 item", QT_TRANSLATE_NOOP("BundleProblems", "Add at least one.")),
    (
        r"^unknown country code '([^']*)'",
        QT_TRANSLATE_NOOP("BundleProblems", "“%1” is not a country: choose one from the list."),
    ),
    (
        r"^unknown language code '([^']*)'",
        QT_TRANSLATE_NOOP("BundleProblems", "“%1” is not a language: use two-letter codes (en, es, fr…)."),
    ),
    (
        r"^String should match pattern '\^\[A-Z\]\{3\}\$'",
        QT_TRANSLATE_NOOP("BundleProblems", "Choose a currency from the list (USD, EUR…)."),
    ),
    (r"^unknown key \(a typo\?\)$", QT_TRANSLATE_NOOP("BundleProblems", "A case file cannot say this: remove it.")),
    (r"^Input should be a valid date", QT_TRANSLATE_NOOP("BundleProblems", "Write the date as 2026-12-10.")),
    (r"^Input should be a valid number", QT_TRANSLATE_NOOP("BundleProblems", "Write a number, e.g. 1.70.")),
    (r"^Input should be greater than or equal to 0", QT_TRANSLATE_NOOP("BundleProblems", "Write 0 or more.")),
)


def plain(problem: BundleProblem, place: str) -> str:
    """The problem said as something to do, in the interface's language where it is a common one."""
    if place == "appeal" and "missing" in problem.message:
        return QCoreApplication.translate("BundleProblems", "Add at least one official to write to.")
    for pattern, said in _PLAIN:
        found = re.match(pattern, problem.message)
        if found:
            return QCoreApplication.translate("BundleProblems", said).replace(
                "%1", found.group(1) if found.groups() else ""
            )
    return problem.message


def first_at_fault(sections: Sequence[Section]) -> QWidget | None:
    """The first field in `sections` that shows a problem (its box, to be focused), or a section's
    own message; None if none shows one."""
    for section in sections:
        if section.problem.text():
            return section.problem
        for bound in section.bound:
            if bound.problem.text():
                boxes = getattr(bound, "editors", None) or [getattr(bound, "box", bound)]
                return boxes[0]  # type: ignore[no-any-return]
    return None


def _within(place: str, path: str) -> bool:
    """Is `place` the field at `path` or a part of it ("appeal[0].address[2]" within "appeal[0].address")?"""
    return place == path or place.startswith((f"{path}[", f"{path}."))


def _place_of(problem: BundleProblem) -> str:
    """Where a problem is: its field, or, for a problem of the file as a whole that starts by naming
    a field ("translations.es.personal has 2 items …"), that field."""
    if problem.field:
        return problem.field
    first = problem.message.split(" ", 1)[0]
    return first if "." in first or "[" in first else ""


def place_problems(sections: Sequence[Section], problems: Sequence[BundleProblem]) -> None:
    """Show each problem under its field in `sections`; problems no field owns go at the top."""
    messages: dict[int, list[str]] = {}
    fields = [bound for section in sections for bound in section.bound]
    leftover: dict[int, list[str]] = {}
    for problem in problems:
        place = _place_of(problem)
        text = plain(problem, place) if problem.field else problem.message.removeprefix(place).strip()
        owner = next((bound for bound in fields if any(_within(place, path) for path in bound.paths)), None)
        if owner is not None:
            messages.setdefault(id(owner), []).append(text)
            continue
        section = next((section for section in sections if any(_within(place, path) for path in section.paths)), None)
        at = sections.index(section) if section is not None else 0
        leftover.setdefault(at, []).append(text if section is not None or not place else f"{place}: {text}")
    for bound in fields:
        bound.problem.show_message("\n".join(dict.fromkeys(messages.get(id(bound), []))))
    for index, section in enumerate(sections):
        lines = leftover.get(index, [])
        section.problem.setText("\n".join(dict.fromkeys(lines)))
        section.problem.setVisible(bool(lines))
