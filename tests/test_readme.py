"""The README's links and pictures point at files that are there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_local_link_in_the_readme_exists() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)#\s]+)\)", text)
    local = [target for target in targets if "://" not in target and not target.startswith("mailto:")]
    assert local, "the README links to nothing: the pattern is broken"
    assert [target for target in local if not (ROOT / target).exists()] == []
