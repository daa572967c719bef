"""``archive EVENT -o FILE.zip`` and ``archive --verify FILE.zip``."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from roundtables.commands.common import open_store
from roundtables.domain import RoundtablesError


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    """Add the ``archive`` subcommand."""
    p = sub.add_parser(
        "archive",
        parents=[parent],
        help="archive a finalised event (database, open JSON, docx, checksums), or verify one",
        description=(
            "Write one ZIP holding a finalised event's database, its open JSON with the "
            "JSON Schema, the Word synthesis, attachments and SHA-256 checksums; or, "
            "with --verify, check such a ZIP and fail if any file changed."
        ),
    )
    p.add_argument("event", metavar="EVENT", nargs="?", help="id, unique id prefix, or slug")
    p.add_argument("-o", "--output", metavar="FILE.zip", help="the archive to write")
    p.add_argument("--verify", metavar="FILE.zip", help="check an archive instead of writing one")
    p.add_argument(
        "--anonymise",
        action="store_true",
        help="an archive safe to publish: names and organisations replaced as the "
        "anonymous synthesis replaces them",
    )
    p.set_defaults(handler=cmd_archive)


def cmd_archive(args: argparse.Namespace) -> int:
    """Write or verify an archive; one line on stdout, or one line of error."""
    from roundtables.archive import verify_archive, write_archive

    if args.verify:
        if args.event or args.output or args.anonymise:
            raise RoundtablesError("Give either EVENT -o FILE.zip, or --verify FILE.zip")
        started = time.perf_counter()
        report = verify_archive(Path(args.verify)).raise_if_problems()
        took = time.perf_counter() - started
        print(f"{report.summary()} in {took:.2f}s")
        return 0
    if not args.event:
        raise RoundtablesError("Name the event to archive (or use --verify FILE.zip)")
    if not args.output:
        raise RoundtablesError("Say where to write the archive: -o FILE.zip")
    started = time.perf_counter()
    with open_store(args, writer=False) as store:
        event = store.find_event(args.event)
        path = write_archive(store, event, Path(args.output), anonymise=args.anonymise)
    took = time.perf_counter() - started
    size = path.stat().st_size
    kind = "Archived (anonymised)" if args.anonymise else "Archived"
    print(f"{kind} {event.slug} to {path} ({size / 1024:.0f} KiB, verified) in {took:.1f}s")
    return 0
