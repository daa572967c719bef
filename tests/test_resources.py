"""The shipped files are found through importlib.resources, wherever the package is."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from roundtables.resources import resource, resource_path

ROOT = Path(__file__).resolve().parent.parent


def test_every_reader_finds_its_file() -> None:
    for parts in (("word", "base.docx"), ("demo", "symposium-demo.json"),
                  ("schemas", "event-dump.schema.json"), ("datasette", "metadata.json"),
                  ("translations", "roundtables_nl.qm"), ("templates", "symposium.json")):
        assert resource(*parts).is_file(), parts
        assert resource_path(*parts).is_file(), parts
    assert resource_path("word", "base.docx").is_relative_to(ROOT / "roundtables")


def test_a_package_imported_from_a_zip_still_gives_real_files(tmp_path: Path) -> None:
    """Qt and python-docx need a path: a zipped package has its file copied out."""
    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in (ROOT / "roundtables").rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                zipped.write(path, path.relative_to(ROOT).as_posix())
    code = ("import sys; sys.path.insert(0, sys.argv[1]); "
            "import roundtables.resources as r; p = r.resource_path('word', 'base.docx'); "
            "print(r.__file__.startswith(sys.argv[1]), p.is_file(), "
            "p.read_bytes()[:2] == b'PK', sys.argv[1] in str(p))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([sys.executable, "-c", code, str(archive)], capture_output=True,
                          text=True, cwd=tmp_path, env=env)
    assert done.stdout.split() == ["True", "True", "True", "False"], done.stderr
