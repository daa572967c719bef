"""Helpers for the synthesis and analysis tests: in-memory harvests, reading .docx back."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

from docx2python import docx2python

from roundtables.domain import (
    ActionPoint,
    AgendaSegment,
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


def small_harvest(
    notes: dict[int, list[str]] | None = None,
    *,
    language: str = "en",
    policy: str = "consent",
    participants: list[Participant] | None = None,
) -> EventHarvest:
    """An event in memory: tables numbered as the keys of ``notes``, one question each."""
    event = Event(title="Test forum", slug="test-forum", date="2026-03-12", venue="Ghent",
                  organiser="Org", language=language, attribution_policy=policy)
    tables = []
    for number, texts in (notes or {1: ["A first note."]}).items():
        table = RoundTable(event_id=event.id, number=number, theme=f"Theme {number}",
                           facilitator="Fay Facilitator", rapporteur="Ray Rapporteur")
        question = GuidingQuestion(table_id=table.id, position=1, text="What now?")
        tables.append(
            TableHarvest(
                table=table,
                questions=[question],
                segments=[AgendaSegment(table_id=table.id, position=1, title="Talk",
                                        planned_minutes=30)],
                notes=[Note(table_id=table.id, text=t, type="insight", question_id=question.id)
                       for t in texts],
            )
        )
    return EventHarvest(event=event, participants=participants or [], tables=tables)


def attend(harvest: EventHarvest, person: Participant, number: int) -> None:
    """Register ``person`` at table ``number`` of an in-memory harvest."""
    if person not in harvest.participants:
        harvest.participants.append(person)
    table = harvest.table(number)
    table.attendance.append(Attendance(table_id=table.table.id, participant_id=person.id))


def add_article(harvest: EventHarvest, text: str, wording: dict[int, str]) -> DeclarationArticle:
    """An article with an 'amend' proposal from each table in ``wording``."""
    article = DeclarationArticle(event_id=harvest.event.id, number=len(harvest.articles) + 1,
                                 title="Scope", text=text)
    harvest.articles.append(article)
    for number, proposed in wording.items():
        table = harvest.table(number)
        table.feedback.append(ArticleFeedback(table_id=table.table.id, article_id=article.id,
                                              stance="amend", proposed_wording=proposed,
                                              updated_at="2026-03-12T15:00:00+00:00"))
    return article


def add_action(harvest: EventHarvest, number: int, action: str, **fields: object) -> ActionPoint:
    table = harvest.table(number)
    point = ActionPoint(table_id=table.table.id, action=action, **fields)  # type: ignore[arg-type]
    table.action_points.append(point)
    return point


def docx_text(path: Path) -> str:
    """Everything docx2python reads: body, tables, headers, footers, notes."""
    with docx2python(str(path)) as content:
        return str(content.text)


def docx_parts(path: Path) -> dict[str, str]:
    """Every XML part of a .docx as text (document, styles, settings, headers, core...)."""
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name).decode("utf-8")
            for name in archive.namelist()
            if name.endswith(".xml") or name.endswith(".rels")
        }


def tiny_png(width: int = 4, height: int = 3) -> bytes:
    """A valid grey PNG, made by hand (no imaging library needed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
