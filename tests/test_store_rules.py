"""The store's own rules, one by one, on a real database file.

Written against the surviving mutants of roundtables/storage/store.py (`make
mutation`): finding events and tables, what each list returns and in which order,
drafts, the timer, the whole-event harvest, and the search filters.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from roundtables.domain import (
    ActionPoint,
    AgendaSegment,
    ArticleFeedback,
    Attachment,
    Attendance,
    CuratedTheme,
    DeclarationArticle,
    Event,
    GuidingQuestion,
    Note,
    Participant,
    Record,
    RoundTable,
    RoundtablesError,
)
from roundtables.storage import Store


@pytest.fixture
def forum(store: Store) -> tuple[Event, RoundTable, RoundTable]:
    event = store.save(Event(title="Forum", slug="forum", date="2026-03-12"))
    # saved out of order: the store sorts
    two = store.save(RoundTable(event_id=event.id, number=2, theme="Two"))
    one = store.save(RoundTable(event_id=event.id, number=1, theme="One"))
    return event, one, two


# ------------------------------------------------------------------ events and tables


def test_events_come_most_recent_first_and_live_only(store: Store) -> None:
    old = store.save(Event(title="Old", slug="old", date="2019-01-01"))
    new = store.save(Event(title="New", slug="new", date="2026-01-01"))
    mid = store.save(Event(title="Mid", slug="mid", date="2022-01-01"))
    gone = store.save(Event(title="Gone", slug="gone", date="2027-01-01"))
    store.tombstone(gone)
    assert [e.id for e in store.events()] == [new.id, mid.id, old.id]


def test_an_event_is_found_by_slug_id_or_unique_prefix(store: Store) -> None:
    first = store.save(Event(title="A", slug="alpha", id="abc100" + "0" * 26))
    second = store.save(Event(title="B", slug="beta", id="abc200" + "0" * 26))
    assert store.find_event("  alpha ").id == first.id
    assert store.find_event(second.id).id == second.id
    assert store.find_event("abc1").id == first.id
    with pytest.raises(RoundtablesError, match=r"^No event given$") as empty:
        store.find_event("   ")
    assert empty.value.code == "no-event-given"
    with pytest.raises(RoundtablesError, match=r"^'abc' matches 2 events; give more") as many:
        store.find_event("abc")
    assert many.value.code == "ambiguous-event" and many.value.params == {
        "ref": "abc", "count": "2"}
    with pytest.raises(RoundtablesError, match=r"^No event 'zeta'") as none:
        store.find_event("zeta")
    assert none.value.params == {"ref": "zeta"}


@pytest.mark.parametrize("wildcard", ["%", "_", "a_c", "ab%", "\\"])
def test_like_wildcards_in_a_reference_match_only_themselves(
    store: Store, wildcard: str,
) -> None:
    store.save(Event(title="A", slug="alpha", id="abc100" + "0" * 26))
    with pytest.raises(RoundtablesError, match="No event"):
        store.find_event(wildcard)


def test_a_reference_with_a_backslash_or_wildcard_finds_its_own_event(store: Store) -> None:
    odd = store.save(Event(title="Odd", slug="odd", id="a%b_c\\d" + "0" * 25))
    store.save(Event(title="Other", slug="other", id="aXbYcZd" + "0" * 25))
    assert store.find_event("a%b_c\\d").id == odd.id


def test_a_slug_in_use_gets_the_next_free_number(store: Store) -> None:
    assert store.unique_slug("forum") == "forum"
    store.save(Event(title="F", slug="forum"))
    assert store.unique_slug("forum") == "forum-2"
    store.save(Event(title="F", slug="forum-2"))
    assert store.unique_slug("forum") == "forum-3"
    store.save(Event(title="F", slug="forum-3"))
    assert store.unique_slug("forum") == "forum-4"


def test_tables_in_number_order_and_found_by_number_or_text(
    store: Store, forum: tuple[Event, RoundTable, RoundTable],
) -> None:
    event, one, two = forum
    other = store.save(Event(title="Other", slug="other"))
    store.save(RoundTable(event_id=other.id, number=1))
    assert [t.id for t in store.tables(event.id)] == [one.id, two.id]
    assert store.find_table(event, 2).id == two.id
    assert store.find_table(event, " 1 ").id == one.id
    with pytest.raises(RoundtablesError, match=r"^Not a table number: 'one'$") as bad:
        store.find_table(event, "one")
    assert bad.value.code == "not-a-table-number"
    with pytest.raises(RoundtablesError, match=r"^Event 'forum' has no table 9$") as missing:
        store.find_table(event, "9")
    assert missing.value.params == {"event": "forum", "number": "9"}
    assert store.event_of(two).id == event.id
    with pytest.raises(RoundtablesError, match=r"^Event 'never-saved' no longer exists$") as gone:
        store.event_of(RoundTable(event_id="never-saved", number=1))
    assert gone.value.code == "event-gone"


def test_open_uses_the_default_file_and_checks_the_whole_file_only_when_asked(
    db_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("ROUNDTABLES_DB", str(db_path.with_name("default-here.db")))
    with Store.open() as default:
        assert default.path.name == "default-here.db"
    with Store.open(db_path):
        pass  # created and closed cleanly
    with Store.open(db_path) as plain:
        assert not plain.database.integrity_checked
    with Store.open(db_path, check=True) as checked:
        assert checked.database.integrity_checked


# ------------------------------------------------------------------ lists, each in its order


def _ids(records: list[Record]) -> list[str]:
    return [r.id for r in records]


def test_each_list_holds_its_tables_live_records_in_order(
    store: Store, forum: tuple[Event, RoundTable, RoundTable],
) -> None:
    event, one, two = forum
    q2 = store.save(GuidingQuestion(table_id=one.id, position=2, text="Second?"))
    q1 = store.save(GuidingQuestion(table_id=one.id, position=1, text="First?"))
    store.save(GuidingQuestion(table_id=two.id, position=1, text="Elsewhere?"))
    assert _ids(store.questions(one.id)) == [q1.id, q2.id]
    s2 = store.save(AgendaSegment(table_id=one.id, position=2, title="B", planned_minutes=5))
    s1 = store.save(AgendaSegment(table_id=one.id, position=1, title="A", planned_minutes=5))
    store.save(AgendaSegment(table_id=two.id, position=1, title="C", planned_minutes=5))
    assert _ids(store.segments(one.id)) == [s1.id, s2.id]
    a2 = store.save(DeclarationArticle(event_id=event.id, number=2, text="Two"))
    a1 = store.save(DeclarationArticle(event_id=event.id, number=1, text="One"))
    assert _ids(store.articles(event.id)) == [a1.id, a2.id]
    n1 = store.save(Note(table_id=one.id, text="first", created_at="2026-01-01T10:00"))
    n0 = store.save(Note(table_id=one.id, text="earlier", created_at="2026-01-01T09:00"))
    n1b = store.save(Note(table_id=one.id, text="same time", created_at="2026-01-01T10:00"))
    store.tombstone(store.save(Note(table_id=one.id, text="deleted")))
    store.save(Note(table_id=two.id, text="elsewhere"))
    assert _ids(store.notes(one.id)) == [n0.id, n1.id, n1b.id]
    p1 = store.save(ActionPoint(table_id=one.id, action="b", created_at="2026-01-02"))
    p0 = store.save(ActionPoint(table_id=one.id, action="a", created_at="2026-01-01"))
    p1b = store.save(ActionPoint(table_id=one.id, action="c", created_at="2026-01-02"))
    store.save(ActionPoint(table_id=two.id, action="x"))
    assert _ids(store.action_points(one.id)) == [p0.id, p1.id, p1b.id]
    f1 = store.save(ArticleFeedback(table_id=one.id, article_id=a1.id, stance="support"))
    store.save(ArticleFeedback(table_id=two.id, article_id=a1.id, stance="reject"))
    assert _ids(store.feedback(one.id)) == [f1.id]
    assert store.feedback_for(one.id, a1.id) is not None
    assert store.feedback_for(one.id, a1.id).id == f1.id  # type: ignore[union-attr]
    assert store.feedback_for(one.id, a2.id) is None
    assert store.feedback_for(two.id, a2.id) is None
    t1 = store.save(Attachment(table_id=one.id, filename="b.png", created_at="2026-01-02"))
    t0 = store.save(Attachment(table_id=one.id, filename="a.png", created_at="2026-01-01"))
    t1b = store.save(Attachment(table_id=one.id, filename="c.png", created_at="2026-01-02"))
    store.save(Attachment(table_id=two.id, filename="x.png"))
    assert _ids(store.attachments(one.id)) == [t0.id, t1.id, t1b.id]
    c2 = store.save(CuratedTheme(event_id=event.id, title="Later", position=2))
    c1 = store.save(CuratedTheme(event_id=event.id, title="First", position=1))
    c1b = store.save(CuratedTheme(event_id=event.id, title="Also first", position=1))
    store.tombstone(store.save(CuratedTheme(event_id=event.id, title="Gone", position=0)))
    assert _ids(store.curated_themes(event.id)) == [c1.id, c1b.id, c2.id]


def test_participants_by_name_whatever_the_case_and_by_table(
    store: Store, forum: tuple[Event, RoundTable, RoundTable],
) -> None:
    event, one, two = forum
    zoe = store.save(Participant(event_id=event.id, name="Zoe"))
    anna = store.save(Participant(event_id=event.id, name="anna"))
    bart = store.save(Participant(event_id=event.id, name="Bart"))
    store.tombstone(store.save(Participant(event_id=event.id, name="Gone")))
    other = store.save(Event(title="Other", slug="other"))
    store.save(Participant(event_id=other.id, name="Elsewhere"))
    assert _ids(store.participants(event.id)) == [anna.id, bart.id, zoe.id]
    here = [store.save(Attendance(table_id=one.id, participant_id=p.id)) for p in (zoe, anna)]
    store.save(Attendance(table_id=two.id, participant_id=bart.id))
    left = store.save(Attendance(table_id=one.id, participant_id=bart.id))
    store.tombstone(left)  # Bart moved away from table 1
    assert _ids(store.table_participants(one.id)) == [anna.id, zoe.id]
    assert sorted(_ids(store.attendance(one.id))) == sorted(_ids(here))


def test_a_note_needs_text_and_is_saved_and_announced(
    store: Store, forum: tuple[Event, RoundTable, RoundTable],
) -> None:
    _, one, _ = forum
    heard: list[Record] = []
    store.listeners.append(heard.append)
    with Store.open(store.path.with_name("fresh.db")) as fresh:
        assert fresh.last_commit is None
    with pytest.raises(RoundtablesError, match=r"^A note needs some text$"):
        store.add_note(one.id, "  \n ")
    assert heard == [] and store.notes(one.id) == []
    note = store.add_note(one.id, "Said", type="question")
    assert [n.id for n in store.notes(one.id)] == [note.id] and note.type == "question"
    assert heard == [note] and store.last_commit
    assert not store.in_transaction()
    with store.database.transaction():
        assert store.in_transaction()


# ------------------------------------------------------------------ drafts and the timer


def test_a_draft_is_kept_replaced_and_cleared(
    store: Store, forum: tuple[Event, RoundTable, RoundTable],
) -> None:
    _, one, two = forum
    assert store.draft(one.id) == ""
    store.save_draft(one.id, "half a")
    store.save_draft(one.id, "half a thought")
    store.save_draft(two.id, "other table")
    assert store.draft(one.id) == "half a thought" and store.draft(two.id) == "other table"
    store.save_draft(one.id, "")
    assert store.draft(one.id) == "" and store.draft(two.id) == "other table"


def test_ending_a_draft_saves_the_note_and_drops_only_that_draft(
    store: Store, forum: tuple[Event, RoundTable, RoundTable],
) -> None:
    _, one, two = forum
    store.save_draft(one.id, "typing")
    store.save_draft(two.id, "also typing")
    heard: list[Record] = []
    store.listeners.append(heard.append)
    note = store.save_ending_draft(Note(table_id=one.id, text="typing"), one.id)
    assert store.draft(one.id) == "" and store.draft(two.id) == "also typing"
    assert [n.id for n in store.notes(one.id)] == [note.id] and note.revision == 1
    assert heard == [note]


def test_the_timer_state_round_trips_and_ignores_what_it_cannot_read(
    store: Store, forum: tuple[Event, RoundTable, RoundTable], db_path: Path,
) -> None:
    _, one, two = forum
    assert store.timer_state(one.id) is None
    store.save_timer_state(one.id, {"running": True, "used": 12})
    store.save_timer_state(one.id, {"running": False, "used": 30})
    store.save_timer_state(two.id, {"running": True, "used": 1})
    assert store.timer_state(one.id) == {"running": False, "used": 30}
    assert store.timer_state(two.id) == {"running": True, "used": 1}
    with store.database.transaction():
        store.conn.execute("UPDATE settings SET value='not json' WHERE key=?",
                           ("timer:" + one.id,))
        store.conn.execute("UPDATE settings SET value='[1, 2]' WHERE key=?",
                           ("timer:" + two.id,))
    assert store.timer_state(one.id) is None and store.timer_state(two.id) is None
    store.close()
    with Store.open(db_path) as again:
        again.save_timer_state(one.id, {"used": 5})
    with Store.open(db_path, writer=False) as reader:
        assert reader.timer_state(one.id) == {"used": 5}
        assert not reader.database.writer


# ------------------------------------------------------------------ the whole event


def test_the_harvest_holds_every_live_part_and_the_named_former_participants(
    store: Store, forum: tuple[Event, RoundTable, RoundTable],
) -> None:
    event, one, two = forum
    here = store.save(Participant(event_id=event.id, name="Here"))
    left = store.save(Participant(event_id=event.id, name="Left"))
    said = store.save(Note(table_id=two.id, text="before leaving", speaker_id=left.id))
    store.tombstone(left)  # spoke, then withdrew: still known, so still protected
    store.tombstone(store.save(Participant(event_id=event.id, name="")))  # forgotten
    other = store.save(Event(title="Other", slug="other"))
    store.tombstone(store.save(Participant(event_id=other.id, name="Elsewhere")))
    article = store.save(DeclarationArticle(event_id=event.id, number=1, text="A"))
    theme = store.save(CuratedTheme(event_id=event.id, title="T"))
    question = store.save(GuidingQuestion(table_id=one.id, position=1, text="Q?"))
    segment = store.save(AgendaSegment(table_id=one.id, position=1, title="S",
                                       planned_minutes=5))
    seat = store.save(Attendance(table_id=one.id, participant_id=here.id))
    note = store.save(Note(table_id=one.id, text="N"))
    point = store.save(ActionPoint(table_id=one.id, action="A"))
    feedback = store.save(ArticleFeedback(table_id=one.id, article_id=article.id))
    photo = store.save(Attachment(table_id=one.id, filename="p.png"))
    harvest = store.harvest(event)
    assert harvest.event is event
    assert _ids(harvest.participants) == [here.id]
    assert _ids(harvest.former_participants) == [left.id]
    assert _ids(harvest.articles) == [article.id] and _ids(harvest.themes) == [theme.id]
    assert [t.table.id for t in harvest.tables] == [one.id, two.id]
    table = harvest.tables[0]
    assert _ids(table.questions) == [question.id] and _ids(table.segments) == [segment.id]
    assert _ids(table.attendance) == [seat.id] and _ids(table.notes) == [note.id]
    assert _ids(table.action_points) == [point.id] and _ids(table.feedback) == [feedback.id]
    assert _ids(table.attachments) == [photo.id]
    assert _ids(harvest.tables[1].notes) == [said.id] and harvest.tables[1].questions == []


# ------------------------------------------------------------------ search filters


def test_search_filters_by_event_table_kind_and_note_type(store: Store) -> None:
    first = store.save(Event(title="First", slug="first"))
    second = store.save(Event(title="Second", slug="second"))
    t1 = store.save(RoundTable(event_id=first.id, number=1))
    t2 = store.save(RoundTable(event_id=first.id, number=2))
    u1 = store.save(RoundTable(event_id=second.id, number=1))
    store.save(Note(table_id=t1.id, text="procurement rules", type="insight"))
    store.save(Note(table_id=t2.id, text="procurement budget", type="question"))
    store.save(Note(table_id=u1.id, text="procurement elsewhere", type="insight"))
    store.save(ActionPoint(table_id=t1.id, action="write procurement guide"))

    def found(**filters: object) -> set[tuple[str, str, int]]:
        return {(h.kind, h.event_slug, h.table_number)
                for h in store.search("procurement", **filters)}  # type: ignore[arg-type]

    assert found() == {("note", "first", 1), ("note", "first", 2), ("note", "second", 1),
                       ("action_point", "first", 1)}
    assert found(event_id=first.id) == {("note", "first", 1), ("note", "first", 2),
                                        ("action_point", "first", 1)}
    assert found(event_id=first.id, table_number=1) == {("note", "first", 1),
                                                        ("action_point", "first", 1)}
    assert found(kinds=("action_point",)) == {("action_point", "first", 1)}
    assert found(note_type="question") == {("note", "first", 2)}
    assert len(store.search("procurement", limit=2)) == 2
    assert len(store.search("procurement")) == 4
    many = [Note(table_id=t1.id, text=f"budget line {i}") for i in range(60)]
    store.save_all(many)
    assert len(store.search("budget")) == 50  # the default limit


# ------------------------------------------------------------------ the lists the windows show


def test_the_start_list_shows_live_events_newest_first_and_their_live_tables(
    store: Store, forum: tuple[Event, RoundTable, RoundTable]
) -> None:
    event, one, two = forum
    other = store.save(Event(title="Other", slug="other", date="2025-01-01"))
    gone = store.save(Event(title="Gone", slug="gone", date="2027-01-01"))
    store.tombstone(gone)
    same_day = store.save(Event(title="Same day, later", slug="later", date="2026-03-12"))
    removed = store.save(RoundTable(event_id=event.id, number=3, theme="Three", room="R3"))
    store.tombstone(removed)
    far = store.save(RoundTable(event_id=other.id, number=1, theme="Far", room="B"))

    lines = store.event_lines()
    assert [line.id for line in lines] == [same_day.id, event.id, other.id]
    assert lines[1] == (event.id, "Forum", "2026-03-12", "draft")
    by_event = store.tables_by_event()
    assert set(by_event) == {event.id, other.id}
    assert by_event[event.id] == [
        (one.id, event.id, 1, "One", ""), (two.id, event.id, 2, "Two", "")
    ]
    assert by_event[other.id] == [(far.id, other.id, 1, "Far", "B")]


def test_a_table_opens_its_live_notes_lazily_in_the_order_they_were_taken(
    store: Store, forum: tuple[Event, RoundTable, RoundTable]
) -> None:
    _, one, two = forum
    later = store.save(Note(table_id=one.id, text="later", created_at="2026-03-12T14:05:00"))
    first = store.save(Note(table_id=one.id, text="first", type="barrier", speaker="Ann",
                            tags=["cost"], created_at="2026-03-12T14:00:00"))
    removed = store.save(Note(table_id=one.id, text="removed", created_at="2026-03-12T14:01:00"))
    store.tombstone(removed)
    store.save(Note(table_id=two.id, text="elsewhere", created_at="2026-03-12T13:00:00"))

    lazy = store.notes_lazily(one.id)
    assert len(lazy) == 2
    assert list(lazy) == [store.get(Note, first.id), store.get(Note, later.id)]
    assert [note.id for note in lazy] == [first.id, later.id]
    assert lazy[0].tags == ["cost"] and lazy[0].speaker == "Ann" and lazy[1].text == "later"


def test_feedback_on_an_article_is_found_removed_only_when_asked(
    store: Store, forum: tuple[Event, RoundTable, RoundTable]
) -> None:
    event, one, _ = forum
    article = store.save(DeclarationArticle(event_id=event.id, number=1, text="Art. 1"))
    feedback = store.save(ArticleFeedback(table_id=one.id, article_id=article.id))
    assert store.feedback_for(one.id, article.id) == store.get(ArticleFeedback, feedback.id)
    store.tombstone(feedback)
    assert store.feedback_for(one.id, article.id) is None
    revived = store.feedback_for(one.id, article.id, removed_too=True)
    assert revived is not None and revived.id == feedback.id and revived.deleted


def test_a_file_imported_cleanly_is_known_again_until_a_newer_one_for_its_table(
    store: Store, forum: tuple[Event, RoundTable, RoundTable]
) -> None:
    event, _, _ = forum
    counts = {"imported": 3, "updated": 0, "unchanged": 0, "conflicts": 0}

    def log(sha: str, *, kind: str = "results", table: int | None = 1,
            event_id: str = event.id, conflicts: int = 0) -> None:
        store.log_import(file_name=f"{sha}.zip", sha256=sha, kind=kind, event_id=event_id,
                         table_number=table, source_device="laptop-1", outcome="imported",
                         counts={**counts, "conflicts": conflicts})

    assert store.clean_import_of("a") is None  # never imported
    log("a")
    assert store.clean_import_of("a") == {
        "file_name": "a.zip", "kind": "results", "event_id": event.id, "table_number": 1,
        "source_device": "laptop-1", "counts": counts,
    }
    log("kit", kind="table-kit")  # another kind for the same table changes nothing
    log("two", table=2)  # another table neither
    log("none", table=None)
    assert store.clean_import_of("a") is not None
    log("b")  # a newer file for table 1: importing "a" again may change something
    assert store.clean_import_of("a") is None and store.clean_import_of("b") is not None
    log("c", conflicts=1)
    assert store.clean_import_of("c") is None  # conflicts were left: not clean
    assert store.clean_import_of("none") is not None  # a table-less file: compared with IS
    store.tombstone(store.get(Event, event.id))
    assert store.clean_import_of("b") is None  # its event is gone
