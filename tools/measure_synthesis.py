"""Time the Word synthesis: the demo, and a 30-table event with 15,000 notes.

``python tools/measure_synthesis.py`` prints seconds per build (best of three).
The large event is built in memory with everything a real one has: guiding
questions, participants of every consent speaking, tags, action points, and an
amendment per table to every article (tracked changes).
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from roundtables.demo import create_demo
from roundtables.domain import (
    ActionPoint,
    ArticleFeedback,
    Attendance,
    DeclarationArticle,
    Event,
    EventHarvest,
    GuidingQuestion,
    Note,
    Participant,
    RoundTable,
    TableHarvest,
)
from roundtables.storage import Store
from roundtables.synthesis import build_synthesis

_WORD_TEXT = (
    "buyers suppliers tender clause contract label monitoring audit factory worker mining "
    "cobalt tin smelter refurbishment lifetime repair warranty criteria award exclusion "
    "budget management policy target verification transparency disclosure remediation "
    "training capacity market dialogue reseller brand certificate union wages overtime "
    "safety e-waste collection recycling municipality region federal directive law"
)
WORDS = _WORD_TEXT.split()


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def large_harvest(tables: int = 30, notes: int = 500, seed: int = 7) -> EventHarvest:
    """An event in memory with ``tables`` x ``notes`` notes and all the rest."""
    rng = random.Random(seed)
    event = Event(title="Large forum", slug="large", date="2026-05-01", organiser="Org")
    types = [nt.key for nt in event.note_types]
    articles = [
        DeclarationArticle(event_id=event.id, number=i, title=f"Article {i}",
                           text=sentence(rng, 30))
        for i in range(1, 8)
    ]
    harvest = EventHarvest(event=event, articles=articles)
    consents = ("named", "organisation", "anonymous")
    for number in range(1, tables + 1):
        table = RoundTable(event_id=event.id, number=number, theme=sentence(rng, 6),
                           facilitator=f"Facilitator {number}", rapporteur=f"Rapporteur {number}")
        questions = [GuidingQuestion(table_id=table.id, position=i, text=sentence(rng, 14))
                     for i in range(1, 7)]
        people = [Participant(event_id=event.id, name=f"Person {number}-{i}",
                              organisation=f"Organisation {i}", actor_type=rng.choice(WORDS),
                              consent=consents[i % 3]) for i in range(10)]
        harvest.participants += people
        th = TableHarvest(table=table, questions=questions,
                          attendance=[Attendance(table_id=table.id, participant_id=p.id)
                                      for p in people])
        for _ in range(notes):
            speaker = rng.choice(people)
            th.notes.append(Note(table_id=table.id, text=sentence(rng, rng.randint(8, 40)),
                                 type=rng.choice(types), speaker_id=speaker.id,
                                 question_id=rng.choice(questions).id,
                                 tags=rng.sample(WORDS, 2), key_message=rng.random() < 0.01))
        th.action_points = [
            ActionPoint(table_id=table.id, action=sentence(rng, 14), owner=rng.choice(people).name,
                        institution="Institution", deadline="2026-09-30",
                        votes=rng.randint(0, 12)) for _ in range(10)
        ]
        th.feedback = [
            ArticleFeedback(table_id=table.id, article_id=a.id, stance="amend",
                            proposed_wording=a.text.replace("buyers", "public buyers"),
                            rationale=sentence(rng, 12)) for a in articles
        ]
        harvest.tables.append(th)
    return harvest


def best_of(runs: int, harvest: EventHarvest, target: Path) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build_synthesis(harvest, target)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        with Store.open(work / "demo.db") as store:
            demo = store.harvest(create_demo(store))
        start = time.perf_counter()
        build_synthesis(demo, work / "first.docx")
        print(f"demo, first build in this process: {time.perf_counter() - start:.3f} s")
        print(f"demo, best of 5: {best_of(5, demo, work / 'demo.docx'):.3f} s")
        large = large_harvest()
        notes = sum(len(t.notes) for t in large.tables)
        seconds = best_of(3, large, work / "large.docx")
        size = (work / "large.docx").stat().st_size / 1e6
        print(f"{len(large.tables)} tables, {notes} notes, best of 3: {seconds:.2f} s "
              f"({size:.1f} MB)")


if __name__ == "__main__":
    main()
