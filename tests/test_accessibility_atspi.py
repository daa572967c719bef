"""Every window as a screen reader meets it, through AT-SPI with a real client.

The app runs on a virtual X screen with Qt's accessibility bridge on; a separate
process using Debian's python3-pyatspi (``tests/accessibility/atspi_client.py``)
reads the accessible tree over D-Bus, exactly as Orca would, and drives actions.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from roundtables.storage import Store

HERE = Path(__file__).resolve().parent / "accessibility"
SYSTEM_PYTHON = "/usr/bin/python3"
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
#: Roles that say nothing about what an object is for: a focusable one is a defect.
GENERIC_ROLES = {"filler", "panel", "unknown", "redundant object", "invalid", "window"}
#: Cells and items take their meaning from their row and column headers.
ITEM_ROLES = {"table cell", "list item", "tree item", "table column header",
              "table row header", "menu item", "page tab", "check box"}

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("atspi")]


def _missing() -> str | None:
    if not shutil.which("Xvfb"):
        return "Xvfb is not installed (make test installs it)"
    if not shutil.which("dbus-launch"):
        return "dbus-launch is not installed (make test installs dbus-x11)"
    if not Path(LAUNCHER).exists():
        return "at-spi2-core is not installed (make test installs it)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed for the system Python"
    return None


def _free_display(number: int) -> bool:
    """No X server holds :number; a lock left by a server that died is cleared."""
    lock, socket = Path(f"/tmp/.X{number}-lock"), Path(f"/tmp/.X11-unix/X{number}")
    if lock.exists():
        try:
            os.kill(int(lock.read_text().strip()), 0)
            return False  # its server runs
        except ProcessLookupError:
            lock.unlink(missing_ok=True)  # its server is gone (killed, crashed)
            socket.unlink(missing_ok=True)
        except (ValueError, PermissionError, OSError):
            return False
    return not socket.exists()


@pytest.fixture(scope="module")
def bus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A virtual screen, a session bus and the AT-SPI registry, for this module."""
    reason = _missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    display = next((n for n in range(71, 99) if _free_display(n)), None)
    if display is None:
        pytest.fail("no free X display among :71-:98")
    # -noreset: without it the server resets whenever its last client leaves -- between
    # one test's window closing and the next one's opening -- dropping every root-window
    # property (AT-SPI's bus address among them) and refusing a client that connects
    # during the reset; under load that lost the screen and the bus mid-module.
    xvfb = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1366x768x24", "-nolisten",
                             "tcp", "-noreset"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 20
    while not Path(f"/tmp/.X11-unix/X{display}").exists():
        if time.time() > deadline:
            xvfb.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.05)
    launched = subprocess.run(["dbus-launch", "--sh-syntax"], capture_output=True, text=True,
                              check=True).stdout
    values = dict(line.split("=", 1) for line in launched.replace(";", "\n").splitlines()
                  if "=" in line and not line.startswith("export"))
    address = values["DBUS_SESSION_BUS_ADDRESS"].strip("'")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path_factory.mktemp("home")),
           "DISPLAY": f":{display}", "DBUS_SESSION_BUS_ADDRESS": address,
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb",
           "QT_ACCESSIBILITY": "1", "NO_AT_BRIDGE": "0", "LANG": "C.UTF-8"}
    launcher = subprocess.Popen([LAUNCHER, "--launch-immediately"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        yield env
    finally:
        launcher.kill()
        subprocess.run(["kill", values["DBUS_SESSION_BUS_PID"].strip("'")], check=False)
        xvfb.terminate()  # not kill: Xvfb removes its lock and socket on the way out
        launcher.wait()
        try:
            xvfb.wait(timeout=10)
        except subprocess.TimeoutExpired:
            xvfb.kill()
            xvfb.wait()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("a11y") / "demo.db"
    subprocess.run([sys.executable, "-m", "roundtables", "demo", "--db", str(db)], check=True,
                   capture_output=True)
    return db


class App:
    """One window of the app, running, and the client that reads it."""

    def __init__(self, env: dict[str, str], kind: str, db: Path, language: str = "") -> None:
        self.env = env
        app_env = {**env, "PYTHONPATH": str(HERE.parent.parent),
                   "ROUNDTABLES_DB": str(db)}
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "open_window.py"), kind, str(db), language],
            env=app_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # the name it registers on the bus (open_window.py): unique to this process
        self.name = f"rt-{kind.replace(':', '-')}-{self.process.pid}"
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if line.strip() != "ready":
            self.process.kill()
            raise AssertionError(f"{kind} did not open: {self.process.communicate()[1][-2000:]}")

    def client(self, *args: str) -> object:
        result = subprocess.run([SYSTEM_PYTHON, str(HERE / "atspi_client.py"), args[0],
                                 self.name, *args[1:]], env=self.env, capture_output=True,
                                text=True, timeout=120)
        if result.returncode != 0:
            raise AssertionError(f"atspi client {args}: {result.stderr.strip()[-1500:]}")
        return json.loads(result.stdout)

    def tree(self) -> list[dict[str, object]]:
        return self.client("tree")  # type: ignore[return-value]

    def close(self) -> str:
        self.process.kill()
        _, err = self.process.communicate(timeout=30)
        return err


def unnamed_or_generic(tree: list[dict[str, object]]) -> list[str]:
    """Focusable objects a screen reader could not announce: no name, or a generic role."""
    problems = []
    for node in tree:
        states = node["states"]
        assert isinstance(states, list)
        if "focusable" not in states:
            continue
        role, name = str(node["role"]), str(node["name"]).strip()
        if role in GENERIC_ROLES:
            problems.append(f"generic role {role!r} (name {name!r})")
        elif not name and role not in ITEM_ROLES:
            problems.append(f"{role} without a name")
    return problems


#: every window, and each page of the rapporteur's (a page is built when it is shown)
WINDOWS = ["start", "table", "organiser", "rapporteur", "library", "plenary",
           *(f"rapporteur:{page}" for page in range(1, 7))]


@pytest.mark.parametrize("kind", WINDOWS)
def test_every_focusable_object_has_a_name_and_a_role(
    bus: dict[str, str], demo_db: Path, kind: str
) -> None:
    app = App(bus, kind, demo_db)
    try:
        tree = app.tree()
    finally:
        app.close()
    # The plenary window is a page and a row of buttons; the others hold far more.
    assert len(tree) > (10 if kind == "plenary" else 20), \
        "the accessible tree is nearly empty: the bridge is not on"
    problems = unnamed_or_generic(tree)
    assert not problems, f"{kind}: {len(problems)} objects a screen reader cannot announce:\n" + \
        "\n".join(sorted(set(problems)))


def _wait_for(db: Path, query: str, args: tuple[object, ...]) -> list[tuple[object, ...]]:
    """Rows of ``query`` once there are some (the app saves as it goes), else none."""
    deadline = time.time() + 15
    while True:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
            rows = connection.execute(query, args).fetchall()
        if rows or time.time() > deadline:
            return rows
        time.sleep(0.2)


def test_a_facilitator_does_the_core_task_through_assistive_technology_alone(
    bus: dict[str, str], demo_db: Path, tmp_path: Path
) -> None:
    """Save a note, add an action point, set a stance: AT-SPI actions only, then the file."""
    db = tmp_path / "task.db"
    shutil.copy(demo_db, db)
    store = Store.open(db)  # the table open_window.py opens, as it finds it
    table_id = store.tables(store.events()[0].id)[0].id
    store.close()
    feedback = ("SELECT f.stance FROM article_feedback f JOIN declaration_articles a"
                " ON a.id = f.article_id WHERE f.table_id = ? AND a.number = 1"
                " AND NOT f.deleted")
    with sqlite3.connect(db) as connection:  # the stance to set: one the table has not
        (stance,) = connection.execute(feedback, (table_id,)).fetchone() or ("",)
    wanted = "reject" if stance != "reject" else "amend"
    app = App(bus, "table", db)
    try:
        app.client("set-text", "text", "Note", "Screen readers at the table, note 17")
        app.client("do", "push button", "Save note", "Press")
        notes = _wait_for(db, "SELECT type FROM notes WHERE text = ? AND table_id = ?"
                          " AND NOT deleted", ("Screen readers at the table, note 17", table_id))
        assert len(notes) == 1, "the note typed through AT-SPI was not saved once"

        app.client("do", "page tab", "Action points", "Press")
        app.client("do", "push button", "Add an action point", "Press")
        assert app.client("focused") is not None
        app.client("type", "Caption every video")
        points = _wait_for(db, "SELECT votes FROM action_points WHERE action = ?"
                           " AND table_id = ? AND NOT deleted", ("Caption every video", table_id))
        assert len(points) == 1, "the action point typed through AT-SPI was not saved"

        app.client("do", "page tab", "Declaration", "Press")
        label = {"reject": "Reject article 1", "amend": "Amend article 1"}[wanted]
        app.client("do", "radio button", label, "Toggle")
        stances = _wait_for(db, feedback + " AND f.stance = ?", (table_id, wanted))
        assert stances, f"the stance {wanted!r} set through AT-SPI was not saved"
    finally:
        app.close()
