"""One measured row of the benchmark table, and small statistics helpers."""

from __future__ import annotations

import math
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any


@dataclass
class Row:
    """A measured value against its baseline (same shape, same work) and its target.

    ``curve`` and ``x`` place the row on a scaling plot (e.g. curve "search p95, words",
    x = notes in the database); rows without a curve stand alone.
    """

    name: str
    value: float
    baseline: float | None
    unit: str
    target: str
    meets_target: bool
    note: str = ""
    curve: str = ""
    x: float | None = None
    x_label: str = ""

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
    rank = max(1, min(len(ordered), math.ceil(pct / 100 * len(ordered))))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)


def interleaved(
    subject: Callable[[], float], baseline: Callable[[], float], rounds: int
) -> tuple[list[float], list[float]]:
    """Run subject and baseline alternately (ABBA order) so machine noise hits both alike."""
    mine: list[float] = []
    base: list[float] = []
    for n in range(rounds):
        if n % 2:
            base.append(baseline())
            mine.append(subject())
        else:
            mine.append(subject())
            base.append(baseline())
    return mine, base


def timed_ms(action: Callable[[], object]) -> float:
    """Milliseconds one call of ``action`` takes."""
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def nlogn_ratio(small_n: float, small: float, big_n: float, big: float) -> float:
    """How the big size's time compares with n·log n growth from the small one (1 = exactly)."""
    expected = small * (big_n * math.log(big_n)) / (small_n * math.log(small_n))
    return big / expected
