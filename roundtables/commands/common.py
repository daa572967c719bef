"""What every subcommand needs: opening the store, printing JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from roundtables.storage import Store, default_db_path


def open_store(args: argparse.Namespace, *, writer: bool = True) -> Store:
    """The store named by --db (or the default); readers take no writer lock."""
    path = Path(args.db) if getattr(args, "db", None) else default_db_path()
    if not writer and not path.exists():
        writer = True  # a first run: create the (empty) database
    return Store.open(path, writer=writer, check=bool(getattr(args, "check", False)))


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
