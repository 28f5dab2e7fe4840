"""Placing the loader's problems in a form: each under the field it names, the rest at the top."""

from __future__ import annotations

from collections.abc import Sequence

from w4r_desktop.core.bundle.model import BundleProblem
from w4r_desktop.gui.leader.bundle_editor.sections import Section


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
        text = problem.message if problem.field else problem.message.removeprefix(place).strip()
        owner = next((bound for bound in fields if any(_within(place, path) for path in bound.paths)), None)
        if owner is not None:
            messages.setdefault(id(owner), []).append(text)
            continue
        section = next((section for section in sections if any(_within(place, path) for path in section.paths)), None)
        at = sections.index(section) if section is not None else 0
        leftover.setdefault(at, []).append(f"{place}: {text}" if place and section is None else text)
    for bound in fields:
        bound.problem.show_message("\n".join(dict.fromkeys(messages.get(id(bound), []))))
    for index, section in enumerate(sections):
        lines = leftover.get(index, [])
        section.problem.setText("\n".join(dict.fromkeys(lines)))
        section.problem.setVisible(bool(lines))
