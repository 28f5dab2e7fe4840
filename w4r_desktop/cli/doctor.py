"""`w4r-desktop doctor`: check this laptop before an event and say, in plain words, what is well
and what is not (exit 0 when all is well, 1 otherwise)."""

from __future__ import annotations

import argparse

from w4r_desktop.cli.common import add_command, folder
from w4r_desktop.printing.checkup import laptop_findings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    doctor = add_command(
        commands, "doctor", "check this laptop: data folder, database, fonts, PDF and print support, printers, bundle"
    )
    doctor.set_defaults(handler=run_doctor)


def run_doctor(args: argparse.Namespace) -> int:
    opened = folder(args)
    findings = laptop_findings(opened)
    width = max(len(finding.what) for finding in findings)
    for finding in findings:
        print(f"{'ok ' if finding.ok else 'NO '} {finding.what.ljust(width)}  {finding.words}")
    problems = [finding for finding in findings if not finding.ok]
    print("all is well" if not problems else f"{len(problems)} thing(s) to put right before the event")
    return 0 if not problems else 1
