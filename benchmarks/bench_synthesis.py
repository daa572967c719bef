"""Synthesis to .docx: the demo and a large event, against pandoc.

Baseline: pandoc (Debian's package) turning the same content, written as
Markdown (headings, every note as a bullet, the action plan as a pipe table),
into .docx.  Target: faster than pandoc.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

from benchmarks.fixtures import big_event
from benchmarks.rows import Row, median
from roundtables.demo import create_demo
from roundtables.domain import EventHarvest
from roundtables.storage import Store


def markdown(harvest: EventHarvest) -> str:
    out = [f"# {harvest.event.title}", "", harvest.event.executive_summary, ""]
    actions = []
    for th in harvest.tables:
        out += [f"## Table {th.table.number}: {th.table.theme}", ""]
        for note in th.notes:
            out.append(f"- **{note.type}** {note.text.replace(chr(10), ' ')}")
        out.append("")
        actions += [(a, th.table.number) for a in th.action_points]
    out += ["## Action plan", "", "| Action | Owner | Institution | Deadline | Votes | Table |",
            "|---|---|---|---|---|---|"]
    for a, number in actions:
        out.append(f"| {a.action} | {a.owner} | {a.institution} | {a.deadline} | {a.votes} "
                   f"| {number} |")
    return "\n".join(out) + "\n"


def _time_ours(harvest: EventHarvest, path: Path) -> float:
    from roundtables.synthesis import build_synthesis

    start = time.perf_counter()
    build_synthesis(harvest, path)
    return (time.perf_counter() - start) * 1000


def _time_pandoc(source: Path, path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["pandoc", str(source), "-o", str(path)], check=True)
    return (time.perf_counter() - start) * 1000


def run(workdir: Path) -> list[Row]:
    if not shutil.which("pandoc"):
        raise RuntimeError("pandoc is not installed (make bench installs it)")
    rows = []
    with Store.open(workdir / "synthesis.db") as store:
        demo = store.harvest(create_demo(store))
        large = store.harvest(big_event(store, tables=30, notes_per_table=500, actions=300))
    for label, harvest, rounds in (("demo", demo, 5), ("30 tables x 500 notes", large, 3)):
        md = workdir / f"{label[:4]}.md"
        md.write_text(markdown(harvest), encoding="utf-8")
        _time_ours(harvest, workdir / "warm.docx")
        mine = [_time_ours(harvest, workdir / "ours.docx") for _ in range(rounds)]
        base = [_time_pandoc(md, workdir / "pandoc.docx") for _ in range(rounds)]
        value, reference = median(mine), median(base)
        rows.append(
            Row(
                name=f"synthesis .docx, {label}",
                value=value,
                baseline=reference,
                unit="ms",
                target="faster than pandoc",
                meets_target=value < reference,
            )
        )
    return rows
