"""The hand-over on the command line: kit, export, import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from roundtables.commands.common import open_store
from roundtables.domain import RoundtablesError


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("kit", parents=[parent], help="table kits for facilitator laptops")
    p.add_argument("event", metavar="EVENT", help="id, unique id prefix, or slug")
    p.add_argument("table", metavar="TABLE", nargs="?", help="one table (default: every table)")
    p.add_argument("-o", "--output", metavar="DIR", required=True, help="folder to write into")
    p.add_argument("--with-app", action="store_true",
                   help="also put the portable app and START-HERE.txt beside each kit")
    p.set_defaults(handler=cmd_kit)

    p = sub.add_parser("export", parents=[parent], help="a table's results, for hand-in")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("table", metavar="TABLE")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="file (or folder)")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("import", parents=[parent], help="merge kits / results; per-file summary")
    p.add_argument("files", metavar="FILE", nargs="+")
    p.set_defaults(handler=cmd_import)


def cmd_kit(args: argparse.Namespace) -> int:
    from roundtables.exchange import write_table_kits

    folder = _folder(args.output)
    with open_store(args) as store:
        event = store.find_event(args.event)
        tables = [store.find_table(event, args.table)] if args.table is not None else None
        if args.with_app:
            from roundtables.services.stick import write_sticks

            for stick in write_sticks(store, event, folder, tables):
                print(stick.kit)
            return 0
        for path in write_table_kits(store, event, folder, tables):
            print(path)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from roundtables.exchange import write_results

    target = Path(args.output)
    if not target.is_dir() and target.suffix.lower() != ".zip":
        raise RoundtablesError(f"The results file should end in .zip: {target}")
    with open_store(args) as store:
        event = store.find_event(args.event)
        table = store.find_table(event, args.table)
        print(write_results(store, event, table, target))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from roundtables.exchange import import_files

    with open_store(args) as store:
        summaries = import_files(store, [Path(name) for name in args.files])
    for summary in summaries:
        print(summary.line())
    rejected = sum(1 for s in summaries if s.rejected)
    if rejected:
        others = "; the others were imported" if rejected < len(summaries) else ""
        print(f"roundtables: {rejected} of {len(summaries)} files rejected{others}",
              file=sys.stderr)
        return 1
    return 0


def _folder(text: str) -> Path:
    folder = Path(text)
    if folder.exists() and not folder.is_dir():
        raise RoundtablesError(f"{folder} is a file; give a folder for the kits")
    if not folder.exists():
        # Only the last level: a missing parent is more likely a removed stick than a
        # wish to write the kits onto this laptop's own disk.
        if not folder.parent.is_dir():
            raise RoundtablesError(
                f"The folder {folder.parent} does not exist (was the stick removed?)"
            )
        try:
            folder.mkdir()
        except OSError as exc:
            raise RoundtablesError(f"Cannot create folder {folder}: {exc.strerror}") from None
    return folder
