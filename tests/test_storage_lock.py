"""The writer lock belongs to the database file, whatever name it is reached by."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from roundtables.domain import RoundtablesError
from roundtables.storage import Store
from roundtables.templates import create_event, load_template

_OPEN_AND_WRITE = """
import sys
from roundtables.storage import Store
from roundtables.domain import RoundtablesError
from roundtables.templates import create_event, load_template
try:
    store = Store.open(sys.argv[1])
except RoundtablesError as e:
    print(e); sys.exit(3)
create_event(store, load_template("blank"), title="Second writer")
store.close()
"""


def _second_process(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _OPEN_AND_WRITE, str(path)],
                          capture_output=True, text=True, timeout=120)


def _titles(path: Path) -> list[str]:
    with Store.open(path) as store:
        return sorted(event.title for event in store.events())


def test_second_writer_through_a_symlink_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real.db"
    other = tmp_path / "elsewhere"
    other.mkdir()
    link = other / "link.db"
    with Store.open(real) as first:
        link.symlink_to(real)
        create_event(first, load_template("blank"), title="First writer")
        result = _second_process(link)
        create_event(first, load_template("blank"), title="First writer again")
    assert result.returncode == 3, result.stdout + result.stderr
    assert "already open for writing" in result.stdout
    assert _titles(real) == ["First writer", "First writer again"]


def test_second_writer_through_a_hard_link_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real.db"
    other = tmp_path / "elsewhere"
    other.mkdir()
    hard = other / "hard.db"
    with Store.open(real) as first:
        os.link(real, hard)
        for n in range(20):
            create_event(first, load_template("blank"), title=f"Saved {n:02d}")
        result = _second_process(hard)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "\n" not in result.stdout.strip()
    assert str(hard) in result.stdout
    hard.unlink()
    assert _titles(real) == [f"Saved {n:02d}" for n in range(20)]


def test_a_hard_linked_database_is_refused_in_the_same_process(tmp_path: Path) -> None:
    real = tmp_path / "real.db"
    hard = tmp_path / "hard.db"
    with Store.open(real) as first:
        os.link(real, hard)
        with pytest.raises(RoundtablesError, match="hard link"):
            Store.open(hard)
        create_event(first, load_template("blank"), title="Kept")
    hard.unlink()
    assert _titles(real) == ["Kept"]


def test_the_same_file_through_a_symlink_shares_the_lock_in_one_process(tmp_path: Path) -> None:
    real = tmp_path / "real.db"
    link = tmp_path / "link.db"
    with Store.open(real) as first:
        link.symlink_to(real)
        with Store.open(link) as second:
            create_event(second, load_template("blank"), title="Through the link")
        create_event(first, load_template("blank"), title="Direct")
    assert _titles(real) == ["Direct", "Through the link"]
    assert not (tmp_path / "link.db.lock").exists()
