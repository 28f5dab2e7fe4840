"""What is wrong with a case bundle, said so a leader can fix it: "file: field: message"."""

from __future__ import annotations

from dataclasses import dataclass, field

from w4r_desktop.core.errors import UserError
from w4r_desktop.core.plain_text import escaped


@dataclass(frozen=True)
class BundleProblem:
    """One thing wrong with a bundle, said as "file: field: message"."""

    file: str
    field: str
    message: str

    def __post_init__(self) -> None:
        # A hostile file can put anything in a name or key: keep what is echoed short and plain.
        object.__setattr__(self, "file", escaped(self.file, 100))
        object.__setattr__(self, "field", escaped(self.field, 100))
        object.__setattr__(self, "message", escaped(self.message, 300))

    def __str__(self) -> str:
        return f"{self.file}: {self.field}: {self.message}" if self.field else f"{self.file}: {self.message}"


@dataclass
class BundleInvalid(UserError):
    """The bundle has problems; nothing of it was loaded."""

    source: str
    problems: list[BundleProblem] = field(default_factory=list)

    def __str__(self) -> str:
        count = len(self.problems)
        head = f"{self.source}: {count} problem{'s' if count != 1 else ''} in the case bundle"
        return "\n".join([head, *(f"  {problem}" for problem in self.problems)])
