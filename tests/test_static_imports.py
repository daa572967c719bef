"""Every dependency between our modules is a static import (issue 16.3).

import-linter and mypy see only ``import``/``from ... import`` statements: a module
looked up by name at run time, or an ``except ImportError`` around one of our own
modules, hides a dependency from both.  Guards around third-party or system modules
(fcntl on Windows, the Qt libraries on a machine without them) stay.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "roundtables"


def _imported(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        return [("." * node.level) + (node.module or "")]
    return []


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(n, ast.Name) and n.id in ("ImportError", "ModuleNotFoundError")
               for n in names)


def dynamic_imports(source: str, name: str = "<planted>") -> list[str]:
    """Imports of our modules that the tools cannot see, as "name:line: what"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            called = (func.attr if isinstance(func, ast.Attribute)
                      else func.id if isinstance(func, ast.Name) else "")
            if called in ("import_module", "__import__"):
                found.append(f"{name}:{node.lineno}: {called}(...)")
        if isinstance(node, ast.Try) and any(map(_catches_import_error, node.handlers)):
            for statement in node.body:
                for module in _imported(statement):
                    if module.startswith(("roundtables", ".")):
                        found.append(f"{name}:{statement.lineno}: ImportError guard "
                                     f"around our own {module}")
    return found


def test_our_modules_are_imported_statically() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        found += dynamic_imports(path.read_text(encoding="utf-8"), relative)
    assert found == []


def test_the_walk_finds_hidden_imports() -> None:
    planted = '''
import importlib
module = importlib.import_module("roundtables.synthesis")
other = __import__("roundtables.exchange")
try:
    from roundtables.ui.application import run_gui
except ImportError:
    run_gui = None
try:
    from . import plenary
except (OSError, ModuleNotFoundError):
    plenary = None
'''
    assert sorted(int(f.split(":")[1]) for f in dynamic_imports(planted)) == [3, 4, 6, 10]


def test_guards_around_system_modules_stay_allowed() -> None:
    allowed = '''
try:
    import fcntl
except ImportError:
    fcntl = None
try:
    import PySide6.QtWidgets
except ImportError as exc:
    raise SystemExit(str(exc))
'''
    assert dynamic_imports(allowed) == []
