"""The portable app runs with nothing else: no Python, no network, no checkout.

The bundle (packaging/roundtables.spec, ``make bundle``) is built once per session
(cached by source hash, tests/bundle_support.py), copied to a fresh folder and run
with an empty environment (only HOME, the user data folder and, for the window, the
offscreen platform), in a network namespace with no interface but a down loopback,
and in a private mount namespace where this checkout and every Python on the
machine are empty folders.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from bundle_support import (
    EXE,
    built_bundle,
    can_isolate,
    real_errors,
    run_isolated,
)

from roundtables.filenames import is_portable_name

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("bundle")]

MAX_BUNDLE_MB = 150


@pytest.fixture(scope="module")
def bundle() -> Path:
    return built_bundle()


@pytest.fixture
def laptop(tmp_path: Path, bundle: Path) -> Iterator[dict[str, Path]]:
    """A copy of the app in a fresh folder, an empty home and data folder."""
    reason = can_isolate()
    if reason:
        pytest.skip(reason)
    app = tmp_path / "stick" / "app"
    shutil.copytree(bundle, app, symlinks=True)
    home = tmp_path / "home"
    data = tmp_path / "data"
    home.mkdir()
    data.mkdir()
    yield {"app": app, "home": home, "data": data, "root": tmp_path}


def env_for(laptop: dict[str, Path], **extra: str) -> dict[str, str]:
    return {"HOME": str(laptop["home"]), "XDG_DATA_HOME": str(laptop["data"]), **extra}


def test_bundle_is_trimmed(bundle: Path) -> None:
    """Under 150 MB, only the Qt modules the app uses, Qt's strings in nl/fr only."""
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < MAX_BUNDLE_MB * 1024 * 1024, f"{size / 1e6:.0f} MB"
    names = [p.name for p in bundle.rglob("*")]
    for unused in ("QtNetwork", "QtQml", "QtQuick", "QtSvg", "QtPdf", "libqgtk3"):
        assert not [n for n in names if unused in n], unused
    qt_translations = sorted(n for n in names if n.startswith(("qt_", "qtbase_")))
    assert qt_translations == ["qt_fr.qm", "qt_nl.qm", "qtbase_fr.qm", "qtbase_nl.qm"]
    packages = {p.name for p in (bundle / "_internal").iterdir()}
    for dev in ("pytest", "_pytest", "hypothesis", "PyInstaller", "mypy", "ruff", "datasette"):
        assert dev not in packages, dev
    # The Linux bundle goes onto FAT sticks too: every name must be storable there,
    # distinct without case, and paths short enough for Windows' 260 characters under
    # a folder like C:\\Users\\firstname.lastname\\Desktop\\table-3\\ (~50).
    relative = [p.relative_to(bundle.parent) for p in bundle.rglob("*")]
    assert [p for p in relative if not all(is_portable_name(part) for part in p.parts)] == []
    assert len({str(p).lower() for p in relative}) == len(relative)
    longest = max(relative, key=lambda p: len(str(p)))
    assert len(str(longest)) < 180, longest
    shipped = bundle / "_internal" / "roundtables" / "resources"
    assert (shipped / "word" / "base.docx").is_file()
    assert not list(shipped.rglob("*.ts"))  # translation sources stay in the checkout


def test_commands_run_with_nothing_else(laptop: dict[str, Path]) -> None:
    exe = laptop["app"] / EXE
    env = env_for(laptop)
    demo = run_isolated(exe, ["demo"], env, cwd=laptop["root"])
    assert (demo.returncode, demo.stderr) == (0, ""), demo
    # the database went to the user data folder given, nowhere near the app
    assert (laptop["data"] / "Roundtables" / "roundtables.db").is_file()
    assert not [p for p in laptop["app"].rglob("*.db")]

    events = run_isolated(exe, ["events", "--json"], env, cwd=laptop["root"])
    assert (events.returncode, events.stderr) == (0, ""), events
    event = json.loads(events.stdout)[0]
    assert [t["number"] for t in event["tables"]] == [1, 2, 3]

    target = laptop["root"] / "synthesis.docx"
    synthesis = run_isolated(exe, ["synthesis", event["id"], "-o", str(target)], env,
                             cwd=laptop["root"])
    assert (synthesis.returncode, synthesis.stderr) == (0, ""), synthesis
    with zipfile.ZipFile(target) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert event["title"].split(":")[0] in body

    # bad input: one line on stderr, no traceback
    bad = run_isolated(exe, ["synthesis", "no-such-event", "-o", str(target)], env,
                       cwd=laptop["root"])
    assert bad.returncode != 0 and len(bad.stderr.strip().splitlines()) == 1, bad


def test_window_opens_a_table_offscreen(laptop: dict[str, Path]) -> None:
    exe = laptop["app"] / EXE
    env = env_for(laptop)
    assert run_isolated(exe, ["demo"], env, cwd=laptop["root"]).returncode == 0
    event_id = json.loads(run_isolated(exe, ["events", "--json"], env,
                                       cwd=laptop["root"]).stdout)[0]["id"]
    window = run_isolated(exe, ["--table", f"{event_id}:1"], env_for(
        laptop, QT_QPA_PLATFORM="offscreen"), cwd=laptop["root"], keep_alive=4)
    assert window.timed_out, f"the window closed by itself: {window}"
    assert real_errors(window.stderr) == [], window.stderr


def test_isolation_is_real(laptop: dict[str, Path]) -> None:
    """The runs above see no network and no Python: checked with the same wrapper."""
    for probe, args in (("/bin/ls", [str(Path(__file__).parent)]), ("/bin/cat",
                        ["/proc/net/route"])):
        run = run_isolated(Path(probe), args, {}, cwd=laptop["root"])
        assert run.stdout.count("\n") <= 1, run  # no test files; no route but the header


def test_a_stick_written_with_the_app_opens_table_1(laptop: dict[str, Path]) -> None:
    """kit --with-app from the bundle; a copy of the stick, started, imports its kit."""
    exe = laptop["app"] / EXE
    organiser = env_for(laptop)
    assert run_isolated(exe, ["demo"], organiser, cwd=laptop["root"]).returncode == 0
    event_id = json.loads(run_isolated(exe, ["events", "--json"], organiser,
                                       cwd=laptop["root"]).stdout)[0]["id"]
    stick = laptop["root"] / "usb"
    stick.mkdir()
    kit = run_isolated(exe, ["kit", event_id, "1", "-o", str(stick), "--with-app"], organiser,
                       cwd=laptop["root"])
    assert (kit.returncode, kit.stderr) == (0, ""), kit
    assert (stick / "START-HERE.txt").is_file() and (stick / EXE).is_file()

    copy = laptop["root"] / "copy-of-the-stick"
    shutil.copytree(stick, copy, symlinks=True)
    facilitator_data = laptop["root"] / "facilitator-data"
    facilitator_data.mkdir()
    facilitator = {"HOME": str(laptop["home"]), "XDG_DATA_HOME": str(facilitator_data)}
    window = run_isolated(copy / EXE, [], {**facilitator, "QT_QPA_PLATFORM": "offscreen"},
                          cwd=laptop["root"], keep_alive=5)
    assert window.timed_out, f"the window closed by itself: {window}"
    assert real_errors(window.stderr) == [], window.stderr

    # the kit went into the laptop's user data folder, and nothing onto the stick
    events = run_isolated(copy / EXE, ["events", "--json"], facilitator, cwd=laptop["root"])
    [event] = json.loads(events.stdout)
    assert event["id"] == event_id and [t["number"] for t in event["tables"]] == [1]
    assert (facilitator_data / "Roundtables" / "roundtables.db").is_file()
    assert not [p for p in copy.rglob("*.db*")]


def test_nested_hidden_folders_are_hidden_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """On CI the venv lives inside the checkout: one mount covers both."""
    import bundle_support

    monkeypatch.setattr(bundle_support.sys, "prefix", str(bundle_support.ROOT / "tests"))
    folders = bundle_support.hidden_folders()
    assert bundle_support.ROOT in folders
    assert bundle_support.ROOT / "tests" not in folders


def test_a_system_python_hides_its_library_not_usr(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Python installed in /usr (Debian's) must not hide /usr: the app needs libc."""
    import bundle_support

    monkeypatch.setattr(bundle_support.sys, "base_prefix", "/usr")
    folders = bundle_support.hidden_folders()
    assert Path("/usr") not in folders and Path("/") not in folders
    assert all(f.name.startswith("python3") for f in folders
               if f.is_relative_to("/usr") and not f.is_relative_to(bundle_support.ROOT))
