"""No leftovers: killed exports and archives leave nothing the next run does not remove."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from roundtables.container import write_zip
from roundtables.tempfiles import TEMP_PREFIX, remove_leftovers, work_folder

HOLD = """
import sys, time
from pathlib import Path
from roundtables.tempfiles import work_folder
with work_folder(Path(sys.argv[1])) as work:
    (work / "copy-of-the-database.db").write_bytes(b"names of people" * 1000)
    print(work, flush=True)
    time.sleep(60)
"""


def _hold(folder: Path) -> tuple[subprocess.Popen[str], Path]:
    """A process inside a work folder in ``folder``, waiting to be killed."""
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(folder)], stdout=subprocess.PIPE,
                             text=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert child.stdout is not None
    line = child.stdout.readline().strip()
    return child, Path(line)


def test_a_killed_runs_folder_is_removed_by_the_next_run_but_a_live_one_is_not(
    tmp_path: Path,
) -> None:
    alive, live_work = _hold(tmp_path)
    try:
        killed, dead_work = _hold(tmp_path)
        killed.send_signal(signal.SIGKILL)
        killed.communicate(timeout=10)
        assert dead_work.is_dir() and live_work.is_dir()
        assert dead_work.name.startswith(TEMP_PREFIX) and live_work.parent == tmp_path
        write_zip(tmp_path / "results.zip", [("a.txt", b"hello")])
        assert not dead_work.exists()  # the next run cleaned up after the killed one
        assert live_work.is_dir()  # a running export's folder is left alone
    finally:
        alive.kill()
        alive.communicate(timeout=10)
    assert remove_leftovers(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["results.zip"]


def test_old_style_temporary_files_are_removed_once_old(tmp_path: Path) -> None:
    old = tmp_path / ".results-x-table-1.zip.k2j4h5g6.part"
    partial = tmp_path / ".archive.zip.4242.partial"
    fresh = tmp_path / ".results-x-table-2.zip.a1b2c3d4.part"
    mine = tmp_path / ".profile"
    for path in (old, partial, fresh, mine):
        path.write_bytes(b"x")
    hour_ago = time.time() - 3600
    for path in (old, partial, mine):
        os.utime(path, (hour_ago, hour_ago))
    assert remove_leftovers(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, mine.name])


def test_a_planted_symlink_is_never_followed(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    stick = tmp_path / "stick"
    stick.mkdir()
    # Someone plants links under names a temporary file might take; none is used.
    for n in range(50):
        (stick / f"{TEMP_PREFIX}{n:08d}.tmp").symlink_to(elsewhere)
    with work_folder(stick) as work:
        assert work.parent == stick and not work.is_symlink()
    write_zip(stick / "out.zip", [("a.txt", b"x")])
    assert list(elsewhere.iterdir()) == []


def _run(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "roundtables", *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.mark.slow
@pytest.mark.parametrize("command", ["export", "archive"])
def test_kill_at_a_random_moment_then_rerun_leaves_nothing_behind(
    tmp_path: Path, command: str
) -> None:
    db = tmp_path / "event.db"
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    env = {**os.environ, "PYTHONPATH": os.getcwd(), "TMPDIR": str(system_temp)}
    subprocess.run([sys.executable, "-m", "roundtables", "demo", "--db", str(db)], env=env,
                   check=True, capture_output=True, timeout=120)
    slug = subprocess.run(
        [sys.executable, "-m", "roundtables", "events", "--db", str(db)], env=env,
        check=True, capture_output=True, text=True, timeout=120,
    ).stdout.split()[0]
    if command == "archive":
        subprocess.run([sys.executable, "-m", "roundtables", "finalise", slug, "--db", str(db)],
                       env=env, check=True, capture_output=True, timeout=120)
    out = tmp_path / "stick"
    out.mkdir()
    final = out / ("results.zip" if command == "export" else "archive.zip")
    args = ([command, slug, "1", "-o", str(final)] if command == "export"
            else [command, slug, "-o", str(final)])
    args += ["--db", str(db)]
    start = time.perf_counter()
    assert _run(args, env).wait(timeout=300) == 0
    duration = time.perf_counter() - start
    chance = random.Random(f"{command}-kills")
    for _ in range(6):
        child = _run(args, env)
        time.sleep(chance.uniform(0.3, 1.0) * duration)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    assert _run(args, env).wait(timeout=300) == 0
    assert [p.name for p in out.iterdir()] == [final.name]
    assert list(system_temp.iterdir()) == []
