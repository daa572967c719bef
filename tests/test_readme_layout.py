"""The README's "How the code is laid out" names every module the layer contract places,
in the contract's order, so that it cannot quietly go out of date."""

from __future__ import annotations

import re
import tomllib
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _section() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("## How the code is laid out", 1)[1].split("\n## ", 1)[0]


def test_the_layout_names_every_layer_module_in_order() -> None:
    section = _section()
    diagram = section.split("```", 2)[1]
    layers = [[n.strip(" ()") for n in layer.split("|")] for layer in _layers()]
    positions = []
    for name in (n for layer in layers for n in layer):
        kind = "/" if (ROOT / "roundtables" / name).is_dir() else ".py"
        found = re.search(rf"(?<![\\w.]){re.escape(name)}{re.escape(kind)}", diagram)
        assert found, f"README's layout does not name roundtables/{name}{kind}"
        positions.append((found.start(), name))
    # Each layer's modules are named below every module of the layers above it.
    for upper, lower in pairwise(layers):
        top = max(p for p, n in positions if n in upper)
        bottom = min(p for p, n in positions if n in lower)
        assert _line(diagram, top) <= _line(diagram, bottom), (upper, lower)


def _layers() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contract = next(c for c in config["tool"]["importlinter"]["contracts"]
                    if c["type"] == "layers")
    return [layer for layer in contract["layers"] if layer != "__main__"]


def _line(text: str, position: int) -> int:
    return text.count("\n", 0, position)
