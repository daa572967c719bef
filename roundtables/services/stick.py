"""A stick a facilitator just plugs in: the table kit with the portable app beside it.

Written by the organiser (``kit --with-app`` or "Write table kits with the app…"):

    STICK/START-HERE.txt          three steps, in the event's language
    STICK/roundtables[.exe]       the portable app (``make bundle``) ...
    STICK/_internal/              ... and its libraries
    STICK/table-kit-....zip       the table's kit

Started from there, the app imports the kit into the laptop's own database (the
per-user data folder: a pulled stick never holds the only copy) and opens the table;
"Hand in results…" proposes the stick for the results file.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from roundtables.domain import Event, RoundTable
from roundtables.filenames import safe_file_name
from roundtables.messages import error
from roundtables.services.start_here import start_here_text
from roundtables.storage import Store

START_HERE = "START-HERE.txt"
EXE = "roundtables.exe" if os.name == "nt" else "roundtables"
#: What the one-folder app consists of (packaging/roundtables.spec).
APP_ITEMS = (EXE, "_internal")
#: The kit files the exchange writes (roundtables.exchange.kit_file_name).
KIT_PATTERN = "table-kit-*.zip"


@dataclass(frozen=True)
class StickFolder:
    """One facilitator's stick as written: its folder, the kit, the guide."""

    folder: Path
    kit: Path
    guide: Path


def running_app_folder() -> Path | None:
    """The folder of the portable app this process runs from; None from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def find_portable_app() -> Path:
    """The portable app to put on sticks: this one, else the checkout's ``make bundle``."""
    folder = running_app_folder()
    if folder is not None:
        return folder
    built = Path(__file__).resolve().parents[2] / "dist" / "roundtables"
    if (built / EXE).is_file():
        return built
    raise error("no-portable-app")


def kit_beside_app(folder: Path | None = None) -> Path | None:
    """The one table kit beside the portable app (started from a stick), else None."""
    folder = folder if folder is not None else running_app_folder()
    if folder is None or not (folder / EXE).is_file():
        return None
    kits = sorted(folder.glob(KIT_PATTERN))
    return kits[0] if len(kits) == 1 else None


def stick_folder() -> Path | None:
    """Where results go back: the stick this app was started from, if any."""
    folder = running_app_folder()
    if folder is not None and any(folder.glob(KIT_PATTERN)):
        return folder
    return None


def write_sticks(
    store: Store,
    event: Event,
    folder: str | Path,
    tables: list[RoundTable] | None = None,
    *,
    app: Path | None = None,
) -> list[StickFolder]:
    """Each table's kit with the app and START-HERE.txt beside it.

    One table goes straight into ``folder`` (the stick); several get a sub-folder
    each (``table-1``...), to copy onto each facilitator's stick.
    """
    app = app or find_portable_app()
    chosen = tables if tables is not None else store.tables(event.id)
    if not chosen:
        raise error("no-tables-for-kits", event=event.slug)
    root = Path(folder)
    if not root.is_dir():
        raise error("stick-not-a-folder", path=root)
    needed = _size(app) * len(chosen)
    free = shutil.disk_usage(root).free
    if free < needed + 10_000_000:
        raise error("stick-too-small", path=root, free=free // 1_000_000,
                    needed=needed // 1_000_000 + 10)
    written = []
    for table in chosen:
        target = root if len(chosen) == 1 else root / safe_file_name(f"table-{table.number}")
        try:
            written.append(_write_stick(store, event, table, target, app))
        except OSError as exc:
            raise error("stick-not-written", path=target, detail=exc.strerror or exc) from None
    return written


def _write_stick(store: Store, event: Event, table: RoundTable, target: Path,
                 app: Path) -> StickFolder:
    from roundtables.exchange import write_table_kit

    target.mkdir(exist_ok=True)
    copy_app(app, target)
    kit = write_table_kit(store, event, table, target)
    for old in target.glob(KIT_PATTERN):  # one kit beside the app, or it cannot choose
        if old != kit:
            old.unlink()
    guide = target / START_HERE  # last: a stick with the guide is a complete stick
    guide.write_text(start_here_text(event, table, kit.name, EXE), encoding="utf-8-sig")
    return StickFolder(target, kit, guide)


def copy_app(app: Path, target: Path) -> None:
    """Copy the one-folder app into ``target``, replacing an older copy there.

    Links inside the app are copied as files when the stick cannot hold links (FAT).
    """
    if app.resolve() == target.resolve():
        return
    for name in APP_ITEMS:
        source, destination = app / name, target / name
        if destination.is_dir() and not destination.is_symlink():
            shutil.rmtree(destination)
        elif destination.exists():
            destination.unlink()
        if source.is_dir():
            try:
                shutil.copytree(source, destination, symlinks=True)
            except (OSError, shutil.Error):
                shutil.rmtree(destination, ignore_errors=True)
                shutil.copytree(source, destination, symlinks=False)
        else:
            shutil.copy2(source, destination)


def _size(app: Path) -> int:
    return sum(p.stat().st_size for p in app.rglob("*") if p.is_file() and not p.is_symlink())
