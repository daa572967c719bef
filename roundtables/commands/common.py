"""What every subcommand needs: opening the store, printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from roundtables.domain import RoundtablesError
from roundtables.storage import Store, default_db_path
from roundtables.storage.errors import failure, os_failure


def db_path(args: argparse.Namespace) -> Path:
    """The database file a command works on: --db, else the default."""
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def open_store(args: argparse.Namespace, *, writer: bool = True) -> Store:
    """The store named by --db (or the default); readers take no writer lock."""
    path = db_path(args)
    if not writer and not path.exists():
        writer = True  # a first run: create the (empty) database
    check = bool(getattr(args, "check", False))
    try:
        return Store.open(path, writer=writer, check=check)
    except RoundtablesError as exc:
        if exc.code != "needs-upgrade":
            raise
    # A database from an older version of the app: upgrade it once (as a writer, under
    # the writer lock), then read it; a person never has to know which commands write.
    Store.open(path, writer=True, check=check).close()
    return Store.open(path, writer=False, check=check)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def explain_failure(exc: BaseException, args: argparse.Namespace) -> RoundtablesError | None:
    """A failed file or database operation as one line naming the file; None if not one.

    An OS error that names no file (a full disk while writing a document, say) is
    put on the command's output file, else on its database.
    """
    if isinstance(exc, OSError):
        output = getattr(args, "output", None)
        return failure(exc, Path(output) if output else db_path(args))
    return failure(exc, db_path(args))


class GuardedOutput:
    """Standard output that names itself when it cannot be written (``> file`` on a full disk).

    A broken pipe stays a ``BrokenPipeError`` (the reader went away: not an error).
    """

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.failed = False  # a write failed: what is still buffered cannot be written

    def write(self, text: str) -> int:
        try:
            return int(self._stream.write(text))
        except BrokenPipeError:
            raise
        except OSError as exc:
            self.failed = True
            raise os_failure(exc, "standard output") from None

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            self.failed = True
            raise os_failure(exc, "standard output") from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
