"""Results files handed in by the tables: the one import call every window uses."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from roundtables.exchange import RESULTS, ImportSummary, import_files
from roundtables.storage import Store


def import_results(store: Store, paths: Iterable[str | Path]) -> list[ImportSummary]:
    """Import results files one by one (a table kit is refused); one summary per file.

    Each file is all-or-nothing and idempotent: the same file twice changes nothing.
    """
    return import_files(store, [Path(p) for p in paths], expect=RESULTS)


def dropped_results(paths: Iterable[Path]) -> list[Path]:
    """The dropped files that can be results files (ZIP archives); the rest is ignored."""
    return [p for p in paths if p.suffix.lower() == ".zip" and p.is_file()]
