"""The built wheel is a working app: resources inside, found by importlib.resources.

The wheel is installed (without its dependencies) into a fresh virtual environment
outside the checkout; the dependencies come from the running environment through a
path file, so the test downloads nothing but what the build itself needs.  The app
then runs from that environment, in a folder far from the checkout, with PYTHONPATH
cleared: a file still found through the source tree would be missed there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from bundle_support import ROOT, real_errors

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("wheel")]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding only the wheel; returns its bin folder."""
    base = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(base / "dist"),
         str(ROOT)], capture_output=True, text=True, cwd=base, timeout=600,
    )
    assert built.returncode == 0, built.stderr
    wheel = next((base / "dist").glob("roundtables-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
    assert "roundtables/resources/word/base.docx" in names
    assert not [n for n in names if n.endswith(".ts")]

    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    site = subprocess.run(
        [str(bin_dir / "python"), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True, env=clean_env(),
    ).stdout.strip()
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(bin_dir / "python"), "install",
         "--quiet", "--no-deps", "--no-index", str(wheel)], check=True, cwd=base,
        env=clean_env(),
    )
    # Then the dependencies (PySide6, python-docx...) of the running environment, after
    # the venv's own site-packages: the wheel's roundtables comes first.  (Written
    # after the install, or pip would take this environment's roundtables for it.)
    Path(site, "deps-from-test-environment.pth").write_text(
        sysconfig.get_path("purelib") + "\n", encoding="utf-8"
    )
    return bin_dir


def clean_env(**extra: str) -> dict[str, str]:
    """This environment without PYTHONPATH (the checkout) or a database setting."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "ROUNDTABLES"))}
    return {**env, **extra}


def run(bin_dir: Path, args: list[str], home: Path, *, timeout: float = 120,
        **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(bin_dir / "roundtables"), *args], capture_output=True,
                          text=True, cwd=home, env=clean_env(ROUNDTABLES_DB=str(home / "r.db"),
                                                             **extra), timeout=timeout)


def test_installed_wheel_runs_outside_the_checkout(installed: Path, tmp_path: Path) -> None:
    where = subprocess.run(
        [str(installed / "python"), "-c",
         "import roundtables.resources as r; print(r.resource_path('word', 'base.docx'))"],
        capture_output=True, text=True, cwd=tmp_path,
        env=clean_env(),
    )
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(installed.parent), where.stdout
    assert not Path(where.stdout.strip()).is_relative_to(ROOT)

    demo = run(installed, ["demo"], tmp_path)
    assert (demo.returncode, demo.stderr) == (0, ""), demo
    event = json.loads(run(installed, ["events", "--json"], tmp_path).stdout)[0]
    target = tmp_path / "synthesis.docx"
    synthesis = run(installed, ["synthesis", event["id"], "-o", str(target)], tmp_path)
    assert (synthesis.returncode, synthesis.stderr) == (0, ""), synthesis
    assert zipfile.is_zipfile(target)

    # The window, offscreen, straight into table 1, in Dutch (the shipped .qm).
    with pytest.raises(subprocess.TimeoutExpired) as still_open:
        run(installed, ["--table", f"{event['id']}:1"], tmp_path, timeout=4,
            QT_QPA_PLATFORM="offscreen", ROUNDTABLES_LANG="nl")
    stderr = still_open.value.stderr or b""
    text = stderr.decode() if isinstance(stderr, bytes) else stderr
    assert real_errors(text) == [], text
