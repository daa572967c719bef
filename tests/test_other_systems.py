"""What differs on Windows, macOS and FAT sticks, for the rules that can run here.

Reserved names and forbidden characters are tests/test_filenames.py; the bundle's
own file names and path lengths are checked in tests/test_bundle.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from roundtables.domain import Event
from roundtables.exchange import (
    import_file,
    kit_file_name,
    results_file_name,
    write_results,
    write_table_kit,
)
from roundtables.filenames import is_portable_name
from roundtables.services.stick import EXE, copy_app
from roundtables.storage import Store

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_an_event_named_con_suggests_names_windows_accepts(qtbot, store: Store,
                                                           demo_event: Event, prompts) -> None:
    from roundtables.ui.organiser.editor import EventEditor

    event = store.get(Event, demo_event.id)
    assert event is not None
    store.conn.execute("UPDATE events SET slug='con' WHERE id=?", (event.id,))
    store.conn.commit()
    editor = EventEditor(store, event.id)
    qtbot.addWidget(editor)
    editor.save_template_action.trigger()
    editor.archive()
    suggested = [text for kind, _title, text in prompts.asked if kind == "save_file"]
    assert suggested == ["_con.json", "con-archive.zip"]  # CON.json is the console


@pytest.mark.parametrize("title", ["COM1", "Nul", "Réunion: été?", "x" * 300])
def test_kit_and_results_names_are_portable_and_short(store: Store, demo_event: Event,
                                                      title: str) -> None:
    from roundtables.domain import slugify

    event = store.get(Event, demo_event.id)
    assert event is not None
    event.slug = slugify(title)
    table = store.find_table(event, 1)
    for name in (kit_file_name(event, table), results_file_name(event, table)):
        assert is_portable_name(name) and len(name) <= 100, name


def test_a_folder_that_cannot_be_opened_still_gets_the_file(
    store: Store, demo_event: Event, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows cannot open a folder to fsync it: the results file is written all the same."""
    real_open = os.open

    def windows_like_open(path, flags, *args):  # type: ignore[no-untyped-def]
        if Path(path).is_dir():
            raise PermissionError(13, "Access is denied", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", windows_like_open)
    table = store.find_table(demo_event, 1)
    written = write_results(store, demo_event, table, tmp_path)
    monkeypatch.undo()
    (tmp_path / "kits").mkdir()
    kit = write_table_kit(store, demo_event, table, tmp_path / "kits")
    with Store.open(tmp_path / "rapporteur.db") as rapporteur:
        assert import_file(rapporteur, kit).outcome == "imported"  # the event comes first
        assert import_file(rapporteur, written).outcome == "updated"


def test_the_app_goes_onto_a_stick_that_cannot_hold_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """FAT and exFAT sticks refuse symbolic links: the linked files are copied instead."""
    app = tmp_path / "app"
    (app / "_internal" / "Qt").mkdir(parents=True)
    (app / EXE).write_bytes(b"exe")
    (app / "_internal" / "Qt" / "libQt6Core.so.6").write_bytes(b"core")
    os.symlink("Qt/libQt6Core.so.6", app / "_internal" / "libQt6Core.so.6")
    stick = tmp_path / "fat-stick"
    stick.mkdir()

    def no_links(*_args: object, **_kwargs: object) -> None:  # what a FAT mount answers
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "symlink", no_links)
    copy_app(app, stick)
    monkeypatch.undo()
    link = stick / "_internal" / "libQt6Core.so.6"
    assert link.read_bytes() == b"core" and not link.is_symlink()
    assert (stick / EXE).read_bytes() == b"exe"
