"""One measured row of the benchmark table, and small statistics helpers."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Row:
    name: str
    value: float
    baseline: float | None
    unit: str
    target: str
    meets_target: bool
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 3)
        data["value"] = round(self.value, 3)
        data["baseline"] = None if self.baseline is None else round(self.baseline, 3)
        return data


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest-rank), pct in 0..100."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(pct / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)


def interleaved(
    subject: Callable[[], float], baseline: Callable[[], float], rounds: int
) -> tuple[list[float], list[float]]:
    """Run subject and baseline alternately so machine noise hits both alike."""
    mine: list[float] = []
    base: list[float] = []
    for _ in range(rounds):
        mine.append(subject())
        base.append(baseline())
    return mine, base
