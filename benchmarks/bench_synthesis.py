"""The Word synthesis as a whole process, against pandoc as a whole process.

Subject: ``python -m roundtables synthesis EVENT -o out.docx --db DB`` (start-up,
reading the event, attribution and redaction, cross-table themes, the document).
Baseline: ``pandoc in.md -o out.docx`` (Debian's pandoc) on the same content written
as Markdown beforehand: every note as a bullet with its type and speaker, each table
a chapter, the action plan as a pipe table.  The two run alternately (ABBA).
Events: the demo, and one event of 3 / 30 / 100 tables × 500 notes of Zipf text
with participants of mixed consent (so redaction runs) named in some notes.
Targets: <= 1x pandoc on the demo, <= 0.8x pandoc at 100 tables.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.fixtures import single_event
from benchmarks.rows import Row, interleaved, median
from roundtables.domain import EventHarvest
from roundtables.storage import Store

SIZES = (3, 30, 100)


def markdown(harvest: EventHarvest) -> str:
    people = {p.id: p.name for p in harvest.participants}
    out = [f"# {harvest.event.title}", "", harvest.event.executive_summary, ""]
    actions = []
    for th in harvest.tables:
        out += [f"## Table {th.table.number}: {th.table.theme}", ""]
        for note in th.notes:
            speaker = people.get(note.speaker_id or "", note.speaker)
            out.append(f"- **{note.type}** ({speaker}) {note.text.replace(chr(10), ' ')}")
        out.append("")
        actions += [(a, th.table.number) for a in th.action_points]
    out += ["## Action plan", "", "| Action | Owner | Institution | Deadline | Votes | Table |",
            "|---|---|---|---|---|---|"]
    for a, number in actions:
        out.append(f"| {a.action} | {a.owner} | {a.institution} | {a.deadline} | {a.votes} "
                   f"| {number} |")
    return "\n".join(out) + "\n"


def _process_ms(command: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, timeout=1800)
    elapsed = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        raise RuntimeError(f"{command[:4]} failed: {result.stderr.strip()[-300:]}")
    return elapsed


def _slug(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT slug FROM events LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def run(workdir: Path) -> list[Row]:
    if not shutil.which("pandoc"):
        raise RuntimeError("pandoc is not installed (make bench installs it)")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    demo = workdir / "demo.db"
    subprocess.run([sys.executable, "-m", "roundtables", "demo", "--db", str(demo)],
                   check=True, capture_output=True)
    cases = [("the demo", demo, 7)] + [
        (f"{n} tables x 500 notes", single_event(n), 3 if n >= 100 else 5) for n in SIZES]
    rows = []
    for label, db, rounds in cases:
        slug = _slug(db)
        with Store.open(db, writer=False) as store:
            source = workdir / "in.md"
            source.write_text(markdown(store.harvest(store.find_event(slug))), encoding="utf-8")
        ours = [sys.executable, "-m", "roundtables", "synthesis", slug,
                "-o", str(workdir / "ours.docx"), "--db", str(db)]
        pandoc = ["pandoc", str(source), "-o", str(workdir / "pandoc.docx")]
        _process_ms(ours)
        _process_ms(pandoc)
        mine, base = interleaved(lambda o=ours: _process_ms(o),  # type: ignore[misc]
                                 lambda p=pandoc: _process_ms(p), rounds)  # type: ignore[misc]
        value, reference = median(mine), median(base)
        limit = 0.8 if "100 tables" in label else 1.0
        tables = 3 if label == "the demo" else int(label.split()[0])
        rows.append(Row(
            f"synthesis .docx as a whole process, {label}, vs pandoc as a whole process",
            value, reference, "ms", f"<= {limit}x", value <= limit * reference,
            curve="synthesis, whole process" if label != "the demo" else "",
            x=tables if label != "the demo" else None, x_label="tables of 500 notes"))
    return rows
