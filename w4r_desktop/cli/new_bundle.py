"""`w4r-desktop cases new DIR` and `cases export SRC --out F.zip`: a starting bundle, and one to share.

The starting bundle is valid as written, so a leader can check it at once and then replace the
example case with this year's people, one file each, validating as they go.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

from w4r_desktop.cli.common import CommandError, shown
from w4r_desktop.core.bundle.draft import write_zip
from w4r_desktop.core.bundle.format import BUNDLE_FILE, FORMAT_VERSION
from w4r_desktop.core.bundle.loading import bundle_files, load_bundle, load_files
from w4r_desktop.core.files import atomic_write, fsync_folder

BUNDLE_TEMPLATE = """\
# The campaign: one file per bundle. The format is described in case-bundle.md.
# Every text here is what volunteers read; keep it plain and short.

format = {format}
campaign = "Write for Rights {year}"
year = {year}
section = "AIUSA"                  # the national section whose targets and postage these are
language = "en"                    # the language of the texts below
home_country = "{home}"                # ISO 3166-1 code of where the letters are posted from
# write_until = {year}-12-20          # optional: the last day to write
# report_by = {next_year}-01-31         # optional: when the totals are due
# report_url = "https://..."        # optional: where leaders report
# contact = "..."                   # optional: who to ask

[postage]                          # optional: one-ounce letter stamps, in the section's currency
currency = "USD"
domestic = 0.73
international = 1.65

[[tips]]
kind = "appeal"
text = "Be polite and respectful. Write as if the reader is open to reason."

[[tips]]
kind = "solidarity"
text = "Write warmly and simply. Do not mention Amnesty International or politics."
"""

CASE_TEMPLATE = """\
# One person (or group) at risk. The file name, without .toml, is the case's id: lower-case
# letters, digits and hyphens (e.g. firstname-lastname.toml). Replace every text below.

name = "Example Person"
country = "US"                     # ISO 3166-1 code of where the case is (e.g. CN for China)
headline = "One line on what happened to them"
summary = \"\"\"
Their story in a few short paragraphs, in plain words. Blank lines separate paragraphs.

Say who they are, what happened, and why it matters.
\"\"\"
ask = "What the campaign asks the official to do, in the campaign's own words."
status = "at risk"                 # shown as a badge: imprisoned, released on ..., at risk, ...
# photo = "photos/example-person.jpg"   # optional: PNG or JPEG in the bundle, at most 2 MB
# sources = ["https://..."]        # optional: where these facts come from

[[appeal]]                         # one or more officials to write to
title = "Title of the official"
# name = "Name of the official"    # optional: some case sheets give only the title
salutation = "Dear Sir or Madam"
address = ["Office", "Street and number", "City and postal code"]   # Latin script, no country line
country = "US"                     # where the letter goes
languages = ["en"]
talking_points = ["A point a volunteer can make in their own words."]
sample_letter = \"\"\"
Dear Sir or Madam,

I am writing to ask you to ...

Yours sincerely,
\"\"\"
verified = false                   # true only once the address has been checked
# source = "https://..."           # where the address was checked

[[solidarity]]                     # zero or more ways to send a message of support
channel = "none"                   # postal | online | photo | none
instructions = "No address for messages is known yet: write an appeal letter instead."
"""


def new_bundle(args: argparse.Namespace) -> int:
    target = Path(args.folder)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise CommandError(f"{shown(str(target))} already exists and is not an empty folder: choose a new folder")
    year = args.year or dt.date.today().year
    files = {
        BUNDLE_FILE: BUNDLE_TEMPLATE.format(
            format=FORMAT_VERSION, year=year, next_year=year + 1, home=args.home_country
        ),
        "example-person.toml": CASE_TEMPLATE,
    }
    # Written beside the target and renamed into place: never a half-written bundle.
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        for name, text in files.items():
            atomic_write(staging / name, text.encode("utf-8"))
        load_bundle(staging)  # a template that does not validate is a bug: never hand it out
        if target.exists():
            target.rmdir()
        os.replace(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    fsync_folder(target.parent)
    print(f"{shown(str(target))}: a new bundle for {year} with one example case; edit it, then run")
    print(f"  w4r-desktop cases validate {shown(str(target))}")
    return 0


def export_bundle(args: argparse.Namespace) -> int:
    source = Path(args.source)
    out = Path(args.out)
    if out.suffix.lower() != ".zip":
        raise CommandError(f"{shown(str(out))}: the export is a .zip file (name it …zip)")
    files = bundle_files(source)
    loaded = load_files(files, source)  # only a valid bundle is shared (BundleInvalid is one line per problem)
    # Exactly the files the loader used, as they are (comments kept): no hidden files, no leftovers.
    used = {BUNDLE_FILE, *(f"{case.id}.toml" for case in loaded.cases)}
    used |= {case.data.photo for case in loaded.cases if case.data.photo}
    write_zip({name: files[name] for name in used}, out)
    print(f"{shown(str(out))}: {loaded.info.campaign}, {len(loaded.cases)} cases")
    return 0
