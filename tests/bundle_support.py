"""Building the portable app once and running it with nothing else around.

The PyInstaller build takes a minute or two, so it is cached under
``build/bundle-cache/<hash>/`` keyed on everything that goes into it (the package,
main.py, the spec, pyproject.toml, the versions of Python, PyInstaller and PySide6):
a second test session with unchanged sources reuses it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "roundtables.spec"
CACHE = ROOT / "build" / "bundle-cache"
EXE = "roundtables.exe" if os.name == "nt" else "roundtables"

#: What Qt's offscreen platform itself prints when a window is raised or sized: it
#: has no window manager.  A real screen (xcb, Windows, macOS) prints neither.
OFFSCREEN_NOISE = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
)


def source_hash() -> str:
    """A hash of every input of the build."""
    digest = hashlib.sha256()
    inputs = [ROOT / "main.py", SPEC, ROOT / "pyproject.toml"]
    inputs += [p for p in (ROOT / "roundtables").rglob("*") if "__pycache__" not in p.parts]
    for path in sorted(p for p in inputs if p.is_file()):
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    for name in ("pyinstaller", "PySide6-Essentials"):
        digest.update(f"{name}={metadata.version(name)}".encode())
    digest.update(sys.version.encode())
    return digest.hexdigest()[:16]


def built_bundle() -> Path:
    """The one-folder app for the current sources, built if not cached yet.

    A lock file makes a second test process wait for the first one's build.
    """
    import fcntl

    key = source_hash()
    folder = CACHE / key / "roundtables"
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / EXE).is_file():
            _build(key, folder)
    return folder


def _build(key: str, folder: Path) -> None:
    work = CACHE / f"tmp-{key}"
    shutil.rmtree(work, ignore_errors=True)
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(work / "dist"), "--workpath", str(work / "work"), str(SPEC)],
        capture_output=True, text=True, cwd=ROOT, timeout=1200,
    )
    if done.returncode != 0:
        raise AssertionError(f"PyInstaller failed:\n{done.stdout}\n{done.stderr}")
    for old in CACHE.iterdir():  # one cached build is enough
        if old.is_dir() and old.name != work.name:
            shutil.rmtree(old, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    os.replace(work / "dist" / "roundtables", folder)
    shutil.rmtree(work, ignore_errors=True)


def can_isolate() -> str | None:
    """Why the runs cannot be cut off from the network and this checkout, or None."""
    if not sys.platform.startswith("linux"):
        return "network and mount namespaces are Linux only"
    if os.geteuid() != 0:
        return "unshare -n (no network) and a private mount namespace need root, as on CI"
    if shutil.which("unshare") is None:
        return "util-linux's unshare is not installed"
    return None


def hidden_folders() -> list[Path]:
    """The checkout and every Python on this machine: hidden from the bundle's runs."""
    candidates = [ROOT]
    for prefix in {Path(sys.prefix), Path(sys.base_prefix)}:
        if prefix in (Path("/"), Path("/usr"), Path("/usr/local")):  # a system Python:
            candidates += list((prefix / "lib").glob("python3*"))  # hide its library only
        else:
            candidates.append(prefix)
    for system in (Path("/usr/lib"), Path("/usr/local/lib")):
        candidates += list(system.glob("python3*"))
    folders = [p.resolve() for p in dict.fromkeys(candidates) if p.is_dir()]
    # A folder inside another hidden one (CI's .venv inside the checkout) is hidden
    # with it; mounting on it would fail, its mount point being gone.
    return [p for p in folders if not any(p != q and p.is_relative_to(q) for q in folders)]


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    timed_out: bool


def run_isolated(
    exe: Path, args: list[str], env: dict[str, str], *, cwd: Path, keep_alive: float = 0
) -> Run:
    """Run the app with only ``env``, no network, and the checkout and Pythons hidden.

    With ``keep_alive`` the app (a window) is expected to be still running after that
    many seconds; it is then stopped and ``timed_out`` is True.
    """
    mounts = " && ".join(f"mount -t tmpfs none '{folder}'" for folder in hidden_folders())
    script = f"{mounts} && exec /usr/bin/env -i " + " ".join(
        f"'{k}={v}'" for k, v in env.items()
    ) + f" '{exe}' " + " ".join(f"'{a}'" for a in args)
    process = subprocess.Popen(
        ["unshare", "--net", "--mount", "--fork", "--kill-child", "--", "/bin/sh", "-c", script],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=cwd,
        start_new_session=True,
    )
    timed_out = False
    try:
        out, err = process.communicate(timeout=keep_alive or 300)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(process.pid, signal.SIGTERM)
        out, err = process.communicate(timeout=30)
    return Run(process.returncode, out, err, timed_out)


def real_errors(stderr: str) -> list[str]:
    """The stderr lines that are not the offscreen platform's own notices."""
    return [line for line in stderr.splitlines() if line.strip() not in OFFSCREEN_NOISE]
