"""The import-linter contracts in pyproject.toml are kept, and each can fail.

A contract that stays "kept" whatever the code does guards nothing, so each one is
checked against a copy of the package with one planted violation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = Path(sys.executable).parent / "lint-imports"

pytestmark = pytest.mark.skipif(not LINT.exists(), reason="import-linter is a dev dependency")


def lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT), str(root / "pyproject.toml")],
        cwd=root, capture_output=True, text=True, timeout=300,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root)},
    )


@pytest.fixture(scope="module")
def copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("layers")
    shutil.copytree(ROOT / "roundtables", root / "roundtables",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def test_the_contracts_are_kept() -> None:
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout[-3000:]
    assert " broken" not in result.stdout.split("Contracts:")[-1].replace("0 broken", "")


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("storage/planted.py", "from roundtables.ui import prompts\n", "No Qt below the faces"),
        ("storage/planted.py", "from roundtables.exchange import reader\n", "Layers:"),
        ("domain_planted.py", "import json\n", "Layers:"),  # undeclared top-level module
        ("exchange/planted.py", "import docx\n", "Word documents are written only"),
        ("ui/planted.py", "import sqlite3\n", "SQL only in storage"),
        ("ui/planted.py", "from roundtables.commands import core\n", "never build windows"),
        ("ui/planted.py", "from roundtables.cli import main\n", "Layers:"),
        ("exchange/planted.py", "from roundtables.exchange import merge\n", None),
    ],
)
def test_each_contract_can_fail(copy: Path, module: str, line: str, contract: str | None) -> None:
    planted = copy / "roundtables" / module
    try:
        planted.write_text(line, encoding="utf-8")
        if contract is None:  # a cycle between two modules of one package
            with (copy / "roundtables" / "exchange" / "merge.py").open("a") as merge:
                merge.write("\nfrom roundtables.exchange import planted  # noqa\n")
            contract = "No import cycles"
        result = lint(copy)
        assert result.returncode != 0
        broken = result.stdout.split("Broken contracts")[-1]
        assert contract in broken, result.stdout[-3000:]
    finally:
        planted.unlink()
        shutil.copy(ROOT / "roundtables" / "exchange" / "merge.py",
                    copy / "roundtables" / "exchange" / "merge.py")
