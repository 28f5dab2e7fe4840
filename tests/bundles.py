"""Case bundles for tests: a small valid one written on the fly, and where the shipped ones are."""

from __future__ import annotations

import textwrap
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
SHIPPED_2021 = REPOSITORY / "cases" / "2021"
"""The shipped 2021 bundle, by its year: tests that count its cases stay put when a newer one ships."""

BUNDLE_TOML = """\
format = 1
campaign = "Write for Rights 2021"
year = 2021
section = "AIUSA"
language = "en"
home_country = "US"

[postage]
currency = "USD"
domestic = 0.58
international = 1.30

[[tips]]
kind = "appeal"
text = "Be polite."

[[tips]]
kind = "solidarity"
text = "Do not mention Amnesty."
"""

CASE_TOML = """\
name = "Zhang Zhan"
country = "CN"
headline = "Jailed for reporting on Covid-19 in Wuhan"
summary = \"\"\"
First paragraph.

Second paragraph.
\"\"\"
ask = "Release Zhang Zhan immediately and unconditionally."
status = "imprisoned"

[[appeal]]
title = "President of the People's Republic of China"
name = "Xi Jinping"
salutation = "Dear President Xi"
address = ["Xichengqu", "Beijing Shi 100017"]
country = "CN"
languages = ["en", "zh"]
talking_points = ["Release her."]
sample_letter = \"\"\"
Dear President Xi,

Please release Zhang Zhan.

Yours sincerely,
\"\"\"
verified = true

[[solidarity]]
channel = "postal"
recipient = "Zhang Zhan"
address = ["No 1601 Zhangjing Road", "Sijing Zhen, Songjiang Qu", "Shanghai 201601"]
country = "CN"
languages = ["en", "zh"]
rules = ["Do not mention Amnesty International"]
forbidden_words = ["Amnesty"]
verified = false
[solidarity.greetings]
en = "Stay strong, Zhang Zhan."

[translations.es]
headline = "Encarcelada por informar sobre la covid-19 en Wuhan"
"""


def write_bundle(root: Path, files: dict[str, str | bytes | None] | None = None) -> Path:
    """Write the small valid bundle (BUNDLE_TOML and one case) in `root`; returns `root`.

    `files` adds or replaces files (text or bytes, by path inside the bundle) or, with None, leaves one out.
    """
    contents: dict[str, str | bytes | None] = {"bundle.toml": BUNDLE_TOML, "zhang-zhan.toml": CASE_TOML}
    contents.update(files or {})
    for relative, content in contents.items():
        if content is None:
            continue
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root
