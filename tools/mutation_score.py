"""The mutation score of each mutated file after `mutmut run` (used by `make mutation`).

Reads mutmut's results (mutants/<file>.meta) and prints, per file, how many mutants
the tests killed out of those checked, and the survivors by name.  A mutant no test
reaches counts as surviving.

One kind of survivor is equivalent by construction and reported apart: a mutant
that only changes the letter case of an SQL fragment ("table_id=?" -> "TABLE_ID=?"),
since SQLite's keywords and names ignore case.  The score is given both ways; with
``--min N`` it exits 1 when a file scores below N per cent without those (files
with no checked mutant, e.g. not run this time, are skipped).

    python tools/mutation_score.py [--min 90] [FILE ...]
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: mutmut's exit codes (mutmut/stats.py): a kill, a timeout or a type-check catch.
CAUGHT = {1, 3, 24, -24, 36, 37, 152, 255}
NOT_RUN = {None, 2, 34}


_SQL = re.compile(
    r"\b(SELECT|INSERT|DELETE|UPDATE|WHERE|ORDER|COLLATE|DESC|ASC|LIKE|ESCAPE|CONFLICT)\b|\?",
    re.IGNORECASE,
)
#: A bare column list as an ORDER BY: "number", "created_at, rowid".
_COLUMNS = re.compile(r"[a-z_]+(?:, [a-z_]+)*")


def _is_sql(text: str) -> bool:
    return bool(_SQL.search(text) or _COLUMNS.fullmatch(text))


def _strings(node: ast.AST) -> list[str]:
    return [n.value for n in ast.walk(node) if isinstance(n, ast.Constant)
            and isinstance(n.value, str)]


def _lowered(function: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    """The function's arguments and body with every string in lower case."""
    copy = ast.parse(ast.unparse(ast.Module(body=function.body, type_ignores=[])))
    for n in ast.walk(copy):
        if isinstance(n, ast.Constant) and isinstance(n.value, str):
            n.value = n.value.lower()
    return ast.dump(function.args) + ast.dump(copy)


def case_only_sql(source: Path, keys: list[str]) -> set[str]:
    """The mutants among ``keys`` that only change the letter case of SQL strings."""
    functions = {node.name: node for node in ast.walk(ast.parse(source.read_text("utf-8")))
                 if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)}
    found = set()
    for key in keys:
        name = key.rsplit(".", 1)[-1]
        mutant, original = functions.get(name), functions.get(
            name.rsplit("__mutmut_", 1)[0] + "__mutmut_orig")
        if mutant is None or original is None:
            continue
        before, after = _strings(original), _strings(mutant)
        changed = [(a, b) for a, b in zip(before, after, strict=False) if a != b]
        if (len(before) == len(after) and changed
                and all(a.lower() == b.lower() and _is_sql(a) for a, b in changed)
                and _lowered(original) == _lowered(mutant)):
            found.add(key)
    return found


def scores(files: list[str]) -> list[tuple[str, int, int, list[str], set[str]]]:
    """(file, caught, checked, survivors, equivalent survivors) per mutated file."""
    found = []
    metas = sorted((ROOT / "mutants").rglob("*.py.meta"))
    for meta in metas:
        name = str(meta.relative_to(ROOT / "mutants"))[: -len(".meta")]
        if files and name not in files:
            continue
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        checked = {key: code for key, code in codes.items() if code not in NOT_RUN}
        survivors = sorted(key for key, code in checked.items() if code not in CAUGHT)
        equivalent = case_only_sql(ROOT / "mutants" / name, survivors)
        found.append((name, len(checked) - len(survivors), len(checked), survivors,
                      equivalent))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=float, default=0.0, help="lowest acceptable score (%%)")
    parser.add_argument("files", nargs="*", help="e.g. roundtables/storage/store.py")
    args = parser.parse_args(argv)
    failed = False
    for name, caught, checked, survivors, equivalent in scores(args.files):
        if not checked:
            print(f"{name}: not run")
            continue
        raw = 100.0 * caught / checked
        score = 100.0 * caught / (checked - len(equivalent))
        print(f"{name}: {score:.1f} % ({caught} of {checked - len(equivalent)} mutants killed; "
              f"{raw:.1f} % counting the {len(equivalent)} case-only SQL mutants)")
        for key in survivors:
            print(f"    {'equivalent (SQL case)' if key in equivalent else 'survived'}: {key}")
        failed |= score < args.min
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
