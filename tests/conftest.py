"""Shared fixtures.  Qt runs headless: the platform is set here, before Qt loads."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_SCALE_FACTOR", "1")

from collections.abc import Iterator
from pathlib import Path

import pytest

from roundtables.demo import create_demo
from roundtables.domain import Event
from roundtables.storage import Store


@pytest.fixture(autouse=True)
def _private_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test ever touches the real per-user database."""
    monkeypatch.setenv("ROUNDTABLES_DB", str(tmp_path / "default.db"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "roundtables.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as opened:
        yield opened


@pytest.fixture
def demo_event(store: Store) -> Event:
    return create_demo(store)


# Property tests: no per-example deadline (CI machines are noisy), a fixed budget.
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    "roundtables",
    deadline=None,
    max_examples=60,
    # On CI the examples are fixed, so a landing never depends on a lucky draw;
    # on a developer's machine they vary and keep finding new cases.
    derandomize=bool(os.environ.get("CI")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile("roundtables")


@pytest.fixture(autouse=True)
def prompts() -> Iterator[object]:
    """Every test answers dialogs from a script; none can block on a modal dialog."""
    from roundtables.ui import prompts as prompt_module

    scripted = prompt_module.ScriptedPrompts()
    previous = prompt_module.use(scripted)
    yield scripted
    prompt_module.use(previous)
