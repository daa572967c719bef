"""One PNG per scaling curve of the benchmark table, for the README."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from benchmarks.rows import Row


def file_name(curve: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in curve.lower()).strip("-") + ".png"


def plot(rows: list[Row], folder: Path, machine: str) -> list[Path]:
    """Draw each curve (value and baseline against size, log-log) into ``folder``."""
    import matplotlib

    matplotlib.use("Agg")  # no display: files only
    import matplotlib.pyplot as plt

    curves: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if row.curve and row.x is not None:
            curves[row.curve].append(row)
    written = []
    for curve, points in curves.items():
        points.sort(key=lambda r: r.x or 0)
        xs = [r.x for r in points]
        figure, axes = plt.subplots(figsize=(5.5, 3.4), dpi=100)
        axes.plot(xs, [r.value for r in points], marker="o", label="Roundtables")
        if all(r.baseline is not None for r in points):
            axes.plot(xs, [r.baseline for r in points], marker="s", linestyle="--",
                      label="baseline")
        axes.set_xscale("log")
        axes.set_yscale("log")
        axes.set_xlabel(points[0].x_label or "size")
        axes.set_ylabel(points[0].unit)
        axes.set_title(curve, fontsize=10)
        axes.grid(True, which="both", alpha=0.3)
        axes.legend(fontsize=8)
        figure.text(0.01, 0.01, machine, fontsize=6, alpha=0.7)
        figure.tight_layout()
        target = folder / file_name(curve)
        figure.savefig(target)
        plt.close(figure)
        written.append(target)
    return written
