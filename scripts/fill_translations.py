#!/usr/bin/env python3
"""Fill unfinished entries of a translation (.ts) from a JSON file of {source: translation}.

    python scripts/fill_translations.py new-es.json es && python scripts/update_translations.py --release

The second argument is the translation's language: any resources/i18n/w4r_<code>.ts.

For a translator without Qt Linguist: a plural entry takes a list [singular, plural]. Entries
whose source is not unfinished in the .ts are reported, not written.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"


def main() -> int:
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    wanted: dict[str, str | list[str]] = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    ts = I18N / f"w4r_{sys.argv[2]}.ts"
    if not ts.is_file():
        sys.exit(f"no translation {ts.name} in {I18N}")
    tree = ET.parse(ts)
    used: set[str] = set()
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished" or source not in wanted:
            continue
        text = wanted[source]
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            for form, value in zip(forms, text if isinstance(text, list) else [text, text], strict=False):
                form.text = value
        else:
            translation.text = text if isinstance(text, str) else text[0]
        del translation.attrib["type"]
        used.add(source)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    for source in sorted(set(wanted) - used):
        print(f"not unfinished in the .ts: {source!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
