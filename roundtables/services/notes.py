"""Adding a note to a table: the one rule set the note field and ``roundtables note`` share."""

from __future__ import annotations

from collections.abc import Iterable

from roundtables.domain import Event, Note, NoteTypeKey, Participant, RoundTable
from roundtables.messages import error
from roundtables.names import resolve_speaker
from roundtables.storage import Store


def clean_tags(tags: Iterable[str]) -> list[str]:
    """Tags as stored: without ``#``, lower case, each once, in the order given."""
    cleaned = (t.strip().lstrip("#").strip().lower() for t in tags)
    return list(dict.fromkeys(t for t in cleaned if t))


def new_note(
    event: Event,
    table: RoundTable,
    participants: list[Participant],
    text: str,
    *,
    note_type: str | None = None,
    speaker: str | None = None,
    tags: Iterable[str] = (),
    question_id: str | None = None,
    segment_id: str | None = None,
) -> Note:
    """A checked note, not saved yet: some text, a type the event knows (its first one
    when none is given), the speaker resolved by the one name rule, clean tags."""
    if not text.strip():
        raise error("empty-note")
    known = [nt.key for nt in event.note_types]
    chosen = note_type or (known[0] if known else NoteTypeKey.INSIGHT)
    if known and chosen not in known:
        raise error("unknown-note-type", type=chosen, known=", ".join(sorted(known)))
    speaker_id, speaker_name = resolve_speaker(participants, speaker)
    return Note(
        table_id=table.id, text=text, type=chosen, speaker_id=speaker_id,
        speaker=speaker_name, question_id=question_id, segment_id=segment_id,
        tags=clean_tags(tags),
    )


def add_note(
    store: Store,
    table: RoundTable,
    text: str,
    *,
    note_type: str | None = None,
    speaker: str | None = None,
    tags: Iterable[str] = (),
    question_id: str | None = None,
    segment_id: str | None = None,
    end_draft: bool = False,
    participants: list[Participant] | None = None,
    event: Event | None = None,
) -> Note:
    """Add a note at ``table``; committed when this returns.

    ``end_draft`` (the note field) drops the table's draft in the same commit, so a
    crash keeps either the draft or the note, never both.  ``participants`` are the
    people a typed speaker may be (default: everyone registered for the event);
    ``event`` is the table's, when the caller already holds it (the note field does).
    """
    if event is None:
        event = store.event_of(table)
    if participants is None:
        participants = store.participants(event.id)
    note = new_note(
        event, table, participants, text,
        note_type=note_type, speaker=speaker, tags=tags, question_id=question_id,
        segment_id=segment_id,
    )
    if end_draft:
        return store.save_ending_draft(note, table.id)
    return store.save(note)
