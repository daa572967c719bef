"""A stick a facilitator just plugs in: kits with the app, START-HERE.txt, start-up, hand-in."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from roundtables.cli import run
from roundtables.domain import Event, RoundtablesError
from roundtables.services import stick as stick_module
from roundtables.services.stick import (
    EXE,
    START_HERE,
    kit_beside_app,
    stick_folder,
    write_sticks,
)
from roundtables.storage import Store
from roundtables.ui.application import build_gui

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "raise\\(\\)")


@pytest.fixture
def app(tmp_path: Path) -> Path:
    """A stand-in for the one-folder app: the executable, its libraries, a link."""
    folder = tmp_path / "dist" / "roundtables"
    (folder / "_internal" / "lib").mkdir(parents=True)
    (folder / EXE).write_bytes(b"#!/bin/sh\n")
    (folder / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"\x7fELF" * 1000)
    os.symlink("lib/libQt6Core.so.6", folder / "_internal" / "libQt6Core.so.6")
    return folder


def test_one_table_goes_straight_onto_the_stick(store, demo_event, app, tmp_path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    table = store.find_table(demo_event, 1)
    [written] = write_sticks(store, demo_event, usb, [table], app=app)
    assert written.folder == usb
    assert sorted(p.name for p in usb.iterdir()) == sorted(
        [EXE, "_internal", START_HERE, written.kit.name])
    assert (usb / "_internal" / "libQt6Core.so.6").read_bytes().startswith(b"\x7fELF")
    guide = written.guide.read_text(encoding="utf-8-sig")
    assert "table 1" in guide and written.kit.name in guide
    assert written.guide.read_bytes().count(b"\r\n") > 10  # Notepad on older Windows
    assert kit_beside_app(usb) == written.kit
    assert not list(usb.rglob("*.db"))


def test_every_table_gets_its_own_folder_in_the_event_language(
    store, demo_event, app, tmp_path
) -> None:
    event = store.get(Event, demo_event.id)
    event.language = "fr"
    usb = tmp_path / "usb"
    usb.mkdir()
    written = write_sticks(store, event, usb, app=app)
    assert [w.folder.name for w in written] == ["table-1", "table-2", "table-3"]
    for one in written:
        assert kit_beside_app(one.folder) == one.kit
        text = one.guide.read_text(encoding="utf-8-sig")
        assert "Lancez l'application" in text and "Remettre les résultats" in text
    event.language = "nl"
    [again] = write_sticks(store, event, usb, [store.find_table(event, 2)], app=app)
    assert "Start de app vanaf deze stick" in again.guide.read_text(encoding="utf-8-sig")
    # written again: still one kit beside the app, the app replaced, not duplicated
    assert len(list(again.folder.glob("table-kit-*.zip"))) == 1


def test_a_folder_that_is_a_file_or_too_small_is_one_line(
    store, demo_event, app, tmp_path, monkeypatch
) -> None:
    not_a_folder = tmp_path / "stick.txt"
    not_a_folder.write_text("x")
    with pytest.raises(RoundtablesError, match="not a folder"):
        write_sticks(store, demo_event, not_a_folder, app=app)
    usb = tmp_path / "usb"
    usb.mkdir()

    class Full:
        free = 1_000_000

    monkeypatch.setattr(stick_module.shutil, "disk_usage", lambda _path: Full)
    with pytest.raises(RoundtablesError, match="MB free"):
        write_sticks(store, demo_event, usb, app=app)
    assert list(usb.iterdir()) == []


def test_no_kit_or_two_kits_beside_the_app_open_nothing(app, tmp_path) -> None:
    assert kit_beside_app(app) is None
    (app / "table-kit-a-table-1.zip").write_bytes(b"")
    (app / "table-kit-a-table-2.zip").write_bytes(b"")
    assert kit_beside_app(app) is None
    assert kit_beside_app(tmp_path) is None  # no app there at all


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Store]:
    """The facilitator laptop's own database (its user data folder)."""
    with Store.open(tmp_path / "laptop" / "roundtables.db") as opened:
        yield opened


def test_started_from_a_stick_opens_the_table(
    laptop, qtbot, store, demo_event, app, tmp_path, monkeypatch, prompts
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    [written] = write_sticks(store, demo_event, usb, [store.find_table(demo_event, 2)], app=app)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(usb / EXE))
    kit = kit_beside_app()
    assert kit == written.kit
    assert stick_folder() == usb

    window = build_gui(laptop, kit=kit)
    qtbot.addWidget(window)
    for workspace in window.workspaces.values():
        qtbot.addWidget(workspace)
    assert prompts.messages("error") == []
    [workspace] = window.workspaces.values()
    assert workspace.table.number == 2 and workspace.isVisible()
    assert not window.isVisible()
    assert not list(usb.rglob("*.db"))  # the database is the laptop's


def test_a_rejected_kit_shows_why_over_the_start_window(
    qtbot, store, app, prompts
) -> None:
    bad = app / "table-kit-x-table-1.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    window = build_gui(store, kit=bad)
    qtbot.addWidget(window)
    [message] = prompts.messages("error")
    assert bad.name in message
    assert window.isVisible() and not window.workspaces


def test_hand_in_proposes_the_stick(qtbot, store, demo_event, app, tmp_path, monkeypatch,
                                    prompts) -> None:
    from roundtables.ui.workspace.handin import hand_in_results

    usb = tmp_path / "usb"
    usb.mkdir()
    table = store.find_table(demo_event, 1)
    write_sticks(store, demo_event, usb, [table], app=app)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(usb / EXE))
    hand_in_results(None, store, demo_event, table)  # type: ignore[arg-type]
    [(kind, _title, suggested)] = prompts.asked
    assert kind == "save_file" and Path(suggested).parent == usb


def _demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str]:
    db = str(tmp_path / "organiser.db")
    assert run(["demo", "--db", db]) == 0
    capsys.readouterr()
    with Store.open(db) as organiser:
        return db, organiser.events()[0].id


def test_kit_with_app_on_the_command_line(app, tmp_path, monkeypatch, capsys) -> None:
    db, event_id = _demo_db(tmp_path, capsys)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(stick_module, "find_portable_app", lambda: app)
    code = run(["kit", event_id, "1", "-o", str(usb), "--with-app", "--db", db])
    out = capsys.readouterr()
    assert (code, out.err) == (0, "")
    assert Path(out.out.strip()).parent == usb and (usb / START_HERE).is_file()


def test_kit_with_app_from_source_without_a_build_is_one_line(tmp_path, monkeypatch,
                                                               capsys) -> None:
    db, event_id = _demo_db(tmp_path, capsys)
    monkeypatch.setattr(stick_module, "__file__", str(tmp_path / "x" / "y" / "stick.py"))
    usb = tmp_path / "usb"
    usb.mkdir()
    code = run(["kit", event_id, "-o", str(usb), "--with-app", "--db", db])
    err = capsys.readouterr().err
    assert code != 0 and "make bundle" in err and len(err.strip().splitlines()) == 1
    assert list(usb.iterdir()) == []


def test_organiser_writes_kits_with_the_app(qtbot, store, demo_event, app, tmp_path,
                                            monkeypatch, prompts) -> None:
    from roundtables.ui.organiser.editor import EventEditor

    editor = EventEditor(store, demo_event.id)
    qtbot.addWidget(editor)
    editor.show()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(stick_module, "find_portable_app", lambda: app)
    prompts.answer(usb)
    editor.kits_app_action.trigger()
    assert prompts.messages("error") == []
    assert [p.parent.name for p in editor.written_kits] == ["table-1", "table-2", "table-3"]
    for kit in editor.written_kits:
        assert (kit.parent / EXE).is_file() and (kit.parent / START_HERE).is_file()
        assert kit_beside_app(kit.parent) == kit
    [shown] = prompts.messages("inform")
    assert "table-2/" in shown.replace("\\", "/")
