"""``make bench``: run every benchmark row, print one table, save it as JSON."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path

from benchmarks.plots import plot
from benchmarks.rows import Row

ROWS = (
    "bench_startup",
    "bench_note_save",
    "bench_search",
    "bench_import",
    "bench_synthesis",
    "bench_themes",
    "bench_table_window",
)
RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count()),
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


def render(rows: list[Row]) -> str:
    head = ("name", "value", "baseline", "ratio", "target", "meets")
    lines = [head]
    for row in rows:
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}x"
        base = "" if row.baseline is None else f"{row.baseline:.2f} {row.unit}"
        lines.append(
            (row.name, f"{row.value:.2f} {row.unit}", base, ratio, row.target,
             "yes" if row.meets_target else "NO")
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = []
    for i, line in enumerate(lines):
        out.append(" | ".join(cell.ljust(widths[j]) for j, cell in enumerate(line)))
        if i == 0:
            out.append("-+-".join("-" * w for w in widths))
    return "\n".join(out)


def render_markdown(rows: list[Row]) -> str:
    """The table as Markdown, for the README."""
    out = ["| row | value | baseline | ratio | target | met |", "|---|---|---|---|---|---|"]
    for row in rows:
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}x"
        base = "" if row.baseline is None else f"{row.baseline:.1f} {row.unit}"
        note = f" ({row.note})" if row.note else ""
        out.append(f"| {row.name}{note} | {row.value:.1f} {row.unit} | {base} | {ratio} "
                   f"| {row.target} | {'yes' if row.meets_target else '**no**'} |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("only", nargs="*", help="run only these rows (module names)")
    args = parser.parse_args()
    rows: list[Row] = []
    failures: list[str] = []
    for name in ROWS:
        if args.only and name not in args.only:
            continue
        module = importlib.import_module(f"benchmarks.{name}")
        print(f"running {name} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix=f"rt-{name}-") as tmp:
            try:
                rows.extend(module.run(Path(tmp)))
            except Exception as exc:  # a broken row is reported, the rest still run
                traceback.print_exc()
                failures.append(f"{name}: {exc}")
        print(f"  {name} took {time.perf_counter() - started:.1f} s", file=sys.stderr)
    print(render(rows))
    RESULTS.mkdir(exist_ok=True)
    payload = {
        "machine": machine(),
        "ran_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "rows": [row.as_dict() for row in rows],
        "failures": failures,
    }
    text = json.dumps(payload, indent=2)
    if args.only:  # a partial run is for profiling; it does not replace the table
        (RESULTS / "partial.json").write_text(text + "\n")
    else:
        (RESULTS / "latest.json").write_text(text + "\n")
        (RESULTS / "latest.md").write_text(render_markdown(rows) + "\n")
        info = payload["machine"]
        described = f"{info['cpu']}, {info['cores']} cores, Python {info['python']}"
        for path in plot(rows, RESULTS, described):
            print(f"plot: {path.relative_to(RESULTS.parent.parent)}", file=sys.stderr)
    for failure in failures:
        print(f"FAILED {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
