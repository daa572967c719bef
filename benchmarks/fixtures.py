"""Realistic events for the benchmarks, built once and cached.

Text is drawn from a Zipf distribution over a few thousand words (the domain's
words at the top ranks, invented words below them), as real notes are: a few words
occur everywhere and most words are rare.  Every table has participants with mixed
consent (so redaction runs), guiding questions, notes that name speakers and
mention people, and action points with owners.  Large libraries are written to
``benchmarks/.cache/`` once and copied from there.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import shutil
from pathlib import Path

from roundtables.domain import (
    ActionPoint,
    Attendance,
    Event,
    GuidingQuestion,
    Note,
    Participant,
    Record,
    RoundTable,
)
from roundtables.storage import Store

#: Bump when what a fixture holds changes: cached files of another version are rebuilt.
FIXTURE_VERSION = 2
CACHE = Path(__file__).resolve().parent / ".cache"
NOTES_PER_TABLE = 500
TABLES_PER_EVENT = 10
PARTICIPANTS_PER_TABLE = 12

DOMAIN_WORDS = (  # noqa: SIM905 (a sentence reads better than 80 quoted words)
    "public buyers procurement supplier cobalt tin tantalum mining smelter audit label "
    "tco certified contract clause performance monitoring factory disclosure remediation "
    "workers union lifecycle costing budget legal uncertainty tender award criteria "
    "market dialogue refurbish recycling e-waste warranty repair capacity management "
    "support policy target flemish federal european directive regulation transparency "
    "verification risk brand reseller due diligence chain assembly conditions wages "
    "safety health overtime the of and to in is that for we should not be with as on are "
    "it this by more"
).split()
_SYLLABLES = ("ka", "lo", "ver", "in", "tra", "mu", "sen", "pro", "ri", "da", "ble", "ton",
              "ges", "ar", "qui", "nel", "bo", "fa", "zi", "pe")
FIRST_NAMES = ("Renée", "Stijn", "An", "Jean-Marc", "Ana", "Joris", "Hélène", "Pieter",
               "Sofie", "Marc", "Élodie", "Wout", "Inès", "Koen", "Ludo", "Greet")
SURNAMES = ("Dubois", "Peeters", "Van der Berg", "De Smet", "Janssens", "Lefèvre", "Maes",
            "Claes", "Vermeulen", "Dupont", "Goossens", "Willems", "Mertens", "Jacobs")
ORGANISATIONS = ("Flemish Government", "City of Ghent", "Federal Public Service",
                 "Electronics Watch", "Fair Trade Belgium", "Digipolis", "KU Leuven")


def vocabulary(size: int = 3000) -> list[str]:
    """The domain's words first, then invented ones, in Zipf rank order."""
    words = list(DOMAIN_WORDS)
    for length in (2, 3, 4):
        for parts in itertools.product(_SYLLABLES, repeat=length):
            if len(words) >= size:
                return words
            words.append("".join(parts))
    return words


class ZipfText:
    """Sentences whose words follow Zipf's law (s = 1.07) over ``vocabulary()``."""

    def __init__(self, rng: random.Random, size: int = 3000, s: float = 1.07) -> None:
        self.rng = rng
        self.words = vocabulary(size)
        total = 0.0
        self.cumulative: list[float] = []
        for rank in range(1, len(self.words) + 1):
            total += 1 / rank**s
            self.cumulative.append(total)

    def word(self) -> str:
        return self.words[bisect.bisect(self.cumulative, self.rng.random() * self.cumulative[-1])]

    def sentence(self, words: int = 18) -> str:
        text = " ".join(self.word() for _ in range(words))
        return text[0].upper() + text[1:] + "."


def _participants(rng: random.Random, event_id: str, count: int) -> list[Participant]:
    people = []
    for _ in range(count):
        people.append(Participant(
            event_id=event_id,
            name=f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
            organisation=rng.choice(ORGANISATIONS),
            actor_type=rng.choice(("government", "ngo", "industry", "academia")),
            consent=rng.choices(("named", "organisation", "anonymous"), (5, 3, 2))[0],
        ))
    return people


def add_event(store: Store, *, tables: int, notes_per_table: int = NOTES_PER_TABLE,
              actions_per_table: int = 5, seed: int = 1) -> Event:
    """One event of ``tables`` tables with participants, questions, notes and actions."""
    rng = random.Random(seed)
    text = ZipfText(rng)
    event = Event(title=f"Benchmark event {seed}", date="2026-01-01")
    event.slug = store.unique_slug(f"bench-{seed}")
    people = _participants(rng, event.id, PARTICIPANTS_PER_TABLE * tables)
    store.save_all([event, *people])
    types = [nt.key for nt in event.note_types]
    start = dt.datetime(2026, 1, 1, 13, 30, tzinfo=dt.UTC)
    for number in range(1, tables + 1):
        table = RoundTable(event_id=event.id, number=number, theme=text.sentence(5))
        questions = [GuidingQuestion(table_id=table.id, position=i, text=text.sentence(10))
                     for i in range(3)]
        at_table = people[(number - 1) * PARTICIPANTS_PER_TABLE:number * PARTICIPANTS_PER_TABLE]
        records: list[Record] = [table, *questions]
        records += [Attendance(table_id=table.id, participant_id=person.id, checked_in=True)
                    for person in at_table]
        for i in range(notes_per_table):
            speaker = rng.choice(at_table)
            body = text.sentence(rng.randint(8, 30))
            if rng.random() < 0.1:  # someone is named in the text: redaction has work
                body += f" As {rng.choice(at_table).name} said, {text.sentence(6).lower()}"
            records.append(Note(
                table_id=table.id, text=body, type=rng.choice(types),
                speaker_id=speaker.id, speaker=speaker.name,
                question_id=rng.choice(questions).id,
                tags=[text.word() for _ in range(rng.randint(0, 2))],
                key_message=rng.random() < 0.02,
                created_at=(start + dt.timedelta(seconds=i)).isoformat(),
            ))
        for _ in range(actions_per_table):
            owner = rng.choice(at_table)
            records.append(ActionPoint(
                table_id=table.id, action=text.sentence(12), owner=owner.name,
                institution=owner.organisation, votes=rng.randint(0, 9),
                deadline=f"2027-0{rng.randint(1, 9)}-{rng.randint(10, 28)}",
            ))
        store.save_all(records)
    return event


def library(total_notes: int) -> Path:
    """A database of ``total_notes`` notes in events of 10 tables × 500 notes, cached."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"library-{total_notes}-v{FIXTURE_VERSION}.db"
    if path.exists():
        return _upgraded(path)
    partial = path.with_suffix(".building")
    for leftover in CACHE.glob(f"{partial.name}*"):
        leftover.unlink()
    per_event = TABLES_PER_EVENT * NOTES_PER_TABLE
    with Store.open(partial) as store:
        remaining, seed = total_notes, 1
        while remaining > 0:
            if remaining >= per_event:
                add_event(store, tables=TABLES_PER_EVENT, seed=seed)
                remaining -= per_event
            else:
                add_event(store, tables=1, notes_per_table=remaining, seed=seed)
                remaining = 0
            seed += 1
    for suffix in ("-wal", "-shm", ".lock"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    partial.replace(path)
    return path


def copy_of(source: Path, target: Path) -> Path:
    """A private copy of a cached database for a row that writes."""
    shutil.copyfile(source, target)
    return target


def single_event(tables: int, notes_per_table: int = NOTES_PER_TABLE) -> Path:
    """A database holding one event of ``tables`` tables × ``notes_per_table`` notes, cached."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"event-{tables}x{notes_per_table}-v{FIXTURE_VERSION}.db"
    if not path.exists():
        partial = path.with_suffix(".building")
        partial.unlink(missing_ok=True)
        with Store.open(partial) as store:
            add_event(store, tables=tables, notes_per_table=notes_per_table, seed=tables)
        for suffix in ("-wal", "-shm", ".lock"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        partial.replace(path)
    return _upgraded(path)


def _upgraded(path: Path) -> Path:
    """A cached file at this code's schema: rows that read it open it read-only."""
    with Store.open(path):
        pass  # migrates a file cached by an older version, once
    return path
