"""`w4r-desktop tally add|show|records|void|export|import|sync|report`: the tally, headless."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from w4r_desktop.cli.common import CommandError, add_command, bundle, case_index, data_dir, open_db, shown
from w4r_desktop.core.tally.kinds import KIND, KIND_VALUES, MAX_QUANTITY, WHOLE_EVENT, TallyKind

# Each command imports what it uses when it runs: `tally add` counts without SQLAlchemy, pydantic
# or ReportLab (see core/tally/store.py), at a fraction of the time.
if TYPE_CHECKING:
    from w4r_desktop.core.tally.merge import ImportReport
    from w4r_desktop.core.tally.records import Tally

T = TypeVar("T")
COLUMN = 12


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = add_command(commands, "tally", "count letters, merge the counts of several laptops, report totals")
    sub = group.add_subparsers(dest="tally_command", metavar="ACTION", required=True)

    add = add_command(sub, "add", "count letters or hand-counted items for a case")
    add.add_argument(
        "--case",
        metavar="ID",
        help="the case id (see `cases list`); leave out for participants counted for the whole event",
    )
    add.add_argument("--kind", required=True, choices=KIND_VALUES)
    add.add_argument("--count", type=int, default=1, metavar="N", help=f"how many (1 to {MAX_QUANTITY}; default 1)")
    add.add_argument("--target", type=int, metavar="N", help="which official of the case (appeal letters)")
    add.set_defaults(handler=add_records)

    show = add_command(sub, "show", "totals of this event, per case and kind (or per station or day)")
    show.add_argument("--by", choices=["case", "station", "day"], default="case")
    show.set_defaults(handler=show_totals)

    records = add_command(sub, "records", "the newest records, with the ids `tally void` takes")
    records.add_argument("--limit", type=int, default=20, metavar="N")
    records.set_defaults(handler=list_records)

    void = add_command(sub, "void", "cancel a record with a correction (nothing is deleted)")
    void.add_argument("record_id", metavar="ID")
    void.set_defaults(handler=void_record)

    export = add_command(sub, "export", "write this laptop's records to a sync file for merging elsewhere")
    export.add_argument("--out", required=True, metavar="F.csv")
    export.add_argument("--all", action="store_true", help="every record this laptop knows, not only its own")
    export.set_defaults(handler=export_file)

    imp = add_command(sub, "import", "merge sync files from other laptops (nothing is counted twice)")
    imp.add_argument("files", nargs="+", metavar="F.csv")
    imp.add_argument(
        "--merge-events", action="store_true", help="accept files from another event and count both events together"
    )
    imp.set_defaults(handler=import_sync_files)

    sync = add_command(sub, "sync", "merge every station's file in a shared folder or USB stick, then write ours")
    sync.add_argument("--folder", required=True, metavar="DIR")
    sync.add_argument(
        "--merge-events", action="store_true", help="accept files from another event and count both events together"
    )
    sync.set_defaults(handler=sync_with_folder)

    server = add_command(
        sub, "server-sync", "send this laptop's records to the event's shared PostgreSQL server and take the others'"
    )
    server.add_argument(
        "--database-url",
        metavar="URL",
        help="postgresql://user:password@host/database (default: $W4R_DATABASE_URL, else the console's setting)",
    )
    server.set_defaults(handler=sync_with_shared_server)

    report = add_command(sub, "report", "totals per case for the campaign's report form (CSV), and a PDF summary")
    report.add_argument("--out", metavar="F.csv", help="the report CSV")
    report.add_argument("--pdf", metavar="F.pdf", help="the one-page printable summary")
    report.add_argument("--paper", choices=["letter", "a4"], help="paper for the summary (default: the setting)")
    report.set_defaults(handler=write_report)


def _with_tally(args: argparse.Namespace, work: Callable[[Tally], T]) -> T:
    from w4r_desktop.core.tally.records import Tally

    db = open_db(args)
    try:
        return work(Tally(db))
    finally:
        db.close()


def add_records(args: argparse.Namespace) -> int:
    kind = TallyKind(args.kind)
    if args.case is None:
        if KIND[kind].per_case:
            whole = ", ".join(entry.kind.value for entry in KIND.values() if not entry.per_case)
            raise CommandError(f"--case is needed (only {whole} can be counted for the whole event)", 2)
        case_id = WHOLE_EVENT
    else:
        cases = case_index(args)
        if args.case not in cases.names:
            known = ", ".join(cases.names)
            raise CommandError(f"no case '{shown(args.case)}' in this bundle (cases: {known})")
        case_id = args.case
    from w4r_desktop.core.tally.store import record_now

    record_id = record_now(data_dir(args), case_id, kind, args.target, args.count) or _with_tally(
        args, lambda tally: tally.record(case_id, kind, args.target, args.count)
    )
    print(f"counted {args.count} {kind.value} for {case_id} (record {record_id})")
    return 0


def show_totals(args: argparse.Namespace) -> int:
    from w4r_desktop.core.settings import Settings

    def work(tally: Tally) -> int:
        table = tally.table(args.by)
        if args.by == "station":
            names = tally.station_names()
            table = {names.get(key, key): counts for key, counts in table.items()}
        print(f"{Settings(tally.db).get('event_name')}: {tally.letters_written()} letters and cards")
        _print_table(args.by, table, tally.event_totals())
        return 0

    return _with_tally(args, work)


def _print_table(first: str, table: dict[str, dict[TallyKind, int]], totals: dict[TallyKind, int]) -> None:
    width = max([len(first), 5, *(len(key) for key in table)])
    print(first.ljust(width) + "".join(kind.value.rjust(COLUMN) for kind in TallyKind))
    for key, counts in table.items():
        print(key.ljust(width) + "".join(str(counts.get(kind, 0)).rjust(COLUMN) for kind in TallyKind))
    print("total".ljust(width) + "".join(str(totals.get(kind, 0)).rjust(COLUMN) for kind in TallyKind))


def list_records(args: argparse.Namespace) -> int:
    def work(tally: Tally) -> int:
        for line in tally.recent(args.limit):
            record = line.record
            flag = "  (voided)" if line.voided else ""
            print(
                f"{record.id}  {record.recorded_at}  {record.case_id:<30} {record.kind:<12} {record.quantity:>6}{flag}"
            )
        return 0

    return _with_tally(args, work)


def void_record(args: argparse.Namespace) -> int:
    def work(tally: Tally) -> int:
        void_id = tally.void(args.record_id)
        print(f"record {shown(args.record_id)} cancelled by correction {void_id}")
        return 0

    return _with_tally(args, work)


def export_file(args: argparse.Namespace) -> int:
    from w4r_desktop.core.tally.export import export_records

    def work(tally: Tally) -> int:
        summary = export_records(tally, args.out, everything=args.all)
        print(f"wrote {summary.records} records to {shown(str(summary.path))}")
        return 0

    return _with_tally(args, work)


def import_sync_files(args: argparse.Namespace) -> int:
    from w4r_desktop.core.tally.merge import import_files
    from w4r_desktop.core.tally.sync_file import SyncFileInvalid

    def work(tally: Tally) -> int:
        try:
            report = import_files(tally, args.files, merge_events=args.merge_events)
        except SyncFileInvalid as invalid:
            for line in invalid.lines():
                print(line, file=sys.stderr)
            raise CommandError("nothing was imported") from invalid
        print(report.summary())
        return _show_conflicts(report)

    return _with_tally(args, work)


def _show_conflicts(report: ImportReport) -> int:
    """Conflicts are for the leader to look at: listed, and the exit code says so (3)."""
    for conflict in report.conflicts:
        ours = conflict.ours
        theirs = conflict.theirs
        here = f"{ours.case_id} {ours.kind} x{ours.quantity} at {ours.recorded_at}" if ours else "?"
        print(
            f"conflict: record {theirs.id} in {conflict.file} says {theirs.case_id} {theirs.kind} "
            f"x{theirs.quantity} at {theirs.recorded_at}; here it is {here}; not merged",
            file=sys.stderr,
        )
    return 3 if report.conflicts else 0


def sync_with_folder(args: argparse.Namespace) -> int:
    from w4r_desktop.core.tally.shared_folder import sync_folder

    def work(tally: Tally) -> int:
        report = sync_folder(tally, Path(args.folder), merge_events=args.merge_events)
        print(report.summary())
        for line in report.skipped:
            print(f"skipped: {shown(line)}", file=sys.stderr)
        code = _show_conflicts(report.imported)
        return code or (1 if report.skipped else 0)

    return _with_tally(args, work)


def sync_with_shared_server(args: argparse.Namespace) -> int:
    from w4r_desktop.core.server_password import PASSWORD_ENV, kept_password, split_password, with_password
    from w4r_desktop.core.settings import Settings
    from w4r_desktop.core.tally.server import SERVER_URL_ENV, server_url, sync_with_server

    def work(tally: Tally) -> int:
        settings = Settings(tally.db)
        if args.database_url and split_password(args.database_url)[1] is not None:
            raise CommandError(
                f"leave the password out of --database-url (anyone on this computer can read a command's words): "
                f"set {PASSWORD_ENV}, or save it once on the console's Event page, or use a PGPASSFILE",
                2,
            )
        url = with_password(args.database_url, kept_password(settings.folder)) if args.database_url else ""
        url = url or server_url(settings)
        if not url:
            raise CommandError(f"say which server: --database-url URL, or set {SERVER_URL_ENV}", 2)
        report = sync_with_server(tally, url)
        print(report.summary())
        _print_table("kind", {}, report.totals)
        for line in report.held:
            print(line, file=sys.stderr)
        return 1 if report.held else 0

    return _with_tally(args, work)


def write_report(args: argparse.Namespace) -> int:
    if not args.out and not args.pdf:
        raise CommandError("say where to write the report: --out F.csv and/or --pdf F.pdf", 2)
    from w4r_desktop.core.settings import Settings
    from w4r_desktop.core.tally.report import campaign_report, write_report_csv

    cases = bundle(args)

    def work(tally: Tally) -> int:
        report = campaign_report(tally, cases)
        if args.out:
            print(f"wrote the report to {shown(str(write_report_csv(report, args.out)))}")
        if args.pdf:
            from w4r_desktop.printing.summary import write_summary_pdf

            paper = args.paper or Settings(tally.db).get("paper_size")
            print(f"wrote the summary to {shown(str(write_summary_pdf(report, args.pdf, paper)))}")
        return 0

    return _with_tally(args, work)
