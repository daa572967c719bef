"""The mutation score of each mutated file after `mutmut run` (used by `make mutation`).

Reads mutmut's results (mutants/<file>.meta) and prints, per file, how many mutants
the tests killed out of those checked, and the survivors by name.  A mutant no test
reaches counts as surviving.  With ``--min N`` it exits 1 when a file scores below
N per cent (files with no checked mutant, e.g. not run this time, are skipped).

    python tools/mutation_score.py [--min 90] [FILE ...]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: mutmut's exit codes (mutmut/stats.py): a kill, a timeout or a type-check catch.
CAUGHT = {1, 3, 24, -24, 36, 37, 152, 255}
NOT_RUN = {None, 2, 34}


def scores(files: list[str]) -> list[tuple[str, int, int, list[str]]]:
    """(file, caught, checked, survivors) per mutated file."""
    found = []
    metas = sorted((ROOT / "mutants").rglob("*.py.meta"))
    for meta in metas:
        name = str(meta.relative_to(ROOT / "mutants"))[: -len(".meta")]
        if files and name not in files:
            continue
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        checked = {key: code for key, code in codes.items() if code not in NOT_RUN}
        survivors = sorted(key for key, code in checked.items() if code not in CAUGHT)
        found.append((name, len(checked) - len(survivors), len(checked), survivors))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=float, default=0.0, help="lowest acceptable score (%%)")
    parser.add_argument("files", nargs="*", help="e.g. roundtables/storage/store.py")
    args = parser.parse_args(argv)
    failed = False
    for name, caught, checked, survivors in scores(args.files):
        if not checked:
            print(f"{name}: not run")
            continue
        score = 100.0 * caught / checked
        print(f"{name}: {score:.1f} % ({caught} of {checked} mutants killed)")
        for key in survivors:
            print(f"    survived: {key}")
        failed |= score < args.min
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
