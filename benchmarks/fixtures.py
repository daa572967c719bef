"""Generated events for the benchmarks: many tables, many notes, realistic text."""

from __future__ import annotations

import datetime as dt
import random

from roundtables.domain import ActionPoint, Event, Note, Record, RoundTable
from roundtables.storage import Store

_VOCAB = [
    "public",
    "buyers",
    "procurement",
    "supplier",
    "cobalt",
    "tin",
    "tantalum",
    "mining",
    "smelter",
    "audit",
    "label",
    "tco",
    "certified",
    "contract",
    "clause",
    "performance",
    "monitoring",
    "factory",
    "disclosure",
    "remediation",
    "workers",
    "union",
    "lifecycle",
    "costing",
    "budget",
    "legal",
    "uncertainty",
    "tender",
    "award",
    "criteria",
    "market",
    "dialogue",
    "refurbish",
    "recycling",
    "e-waste",
    "warranty",
    "repair",
    "capacity",
    "management",
    "support",
    "policy",
    "target",
    "flemish",
    "federal",
    "european",
    "directive",
    "regulation",
    "transparency",
    "verification",
    "risk",
    "brand",
    "reseller",
    "due",
    "diligence",
    "chain",
    "assembly",
    "conditions",
    "wages",
    "safety",
    "health",
    "overtime",
]


def sentence(rng: random.Random, words: int = 18) -> str:
    text = " ".join(rng.choice(_VOCAB) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def big_event(
    store: Store, *, tables: int, notes_per_table: int, actions: int = 0, seed: int = 1
) -> Event:
    """An event with ``tables`` tables of ``notes_per_table`` notes each, saved in bulk."""
    rng = random.Random(seed)
    event = Event(title=f"Benchmark event {seed}", date="2026-01-01")
    event.slug = store.unique_slug(f"bench-{seed}")
    store.save(event)
    types = [nt.key for nt in event.note_types]
    start = dt.datetime(2026, 1, 1, 13, 30, tzinfo=dt.UTC)
    for number in range(1, tables + 1):
        table = RoundTable(event_id=event.id, number=number, theme=sentence(rng, 5))
        records: list[Record] = [table]
        for i in range(notes_per_table):
            records.append(
                Note(
                    table_id=table.id,
                    text=sentence(rng, rng.randint(8, 30)),
                    type=rng.choice(types),
                    tags=rng.sample(_VOCAB, 2),
                    key_message=rng.random() < 0.02,
                    created_at=(start + dt.timedelta(seconds=i)).isoformat(),
                )
            )
        for _ in range(actions // max(tables, 1)):
            records.append(
                ActionPoint(
                    table_id=table.id,
                    action=sentence(rng, 12),
                    owner="Owner",
                    institution="Institution",
                    votes=rng.randint(0, 9),
                )
            )
        store.save_all(records)
    return event
