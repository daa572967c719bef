"""The library: every event listed, search across them, filters, opening a hit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from roundtables.demo import create_demo
from roundtables.domain import Event, Note
from roundtables.storage import Store
from roundtables.ui.organiser.hits import HTML_ROLE
from roundtables.ui.organiser.library import LibraryWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def library(qtbot, store: Store, demo_event: Event) -> LibraryWindow:
    window = LibraryWindow(store)
    qtbot.addWidget(window)
    window.show()
    return window


def _notes_in(store: Store, event: Event) -> int:
    return sum(len(store.notes(t.id)) for t in store.tables(event.id))


def test_every_event_is_listed_with_its_counts(qtbot, library, store, demo_event) -> None:
    assert library.events.rowCount() == 1
    cells = [library.events.item(0, c).text() for c in range(5)]
    assert cells[0] == demo_event.title and cells[1] == demo_event.date
    assert cells[2] == "running" and cells[3] == "3"
    assert cells[4] == str(_notes_in(store, demo_event))
    second = create_demo(store)
    qtbot.waitUntil(lambda: library.events.rowCount() == 2)
    assert library.event_filter.findData(second.id) > 0


def test_typing_a_query_finds_demo_notes_with_bold_snippets(qtbot, library, store) -> None:
    library.query.setFocus()
    qtbot.keyClicks(library.query, "costing")
    qtbot.waitUntil(lambda: library.hits.rowCount() > 0)  # after the typing pause
    for row in range(library.hits.rowCount()):
        hit = library.hits.hits[row]
        shown = library.hits.index(row).data(HTML_ROLE)
        if hit.kind == "note":
            assert "<b>costing</b>" in shown.lower()
    assert "results" in library.count.text()


def test_enter_on_a_hit_asks_to_open_that_note(qtbot, library, store, demo_event) -> None:
    library.query.setText("refurbished")
    hits = library.search()
    assert hits
    row = next(i for i, h in enumerate(hits) if h.kind == "note")
    library.results.setFocus()
    library.results.setCurrentIndex(library.hits.index(row))
    with qtbot.waitSignal(library.open_note_requested, timeout=2000) as opened:
        qtbot.keyClick(library.results, Qt.Key.Key_Return)
    table_id, note_id = opened.args
    note = store.get(Note, note_id)
    assert note is not None and note.table_id == table_id == hits[row].table_id
    assert "refurbish" in note.text.lower()
    assert note.text in library.detail.toPlainText()


def test_double_click_on_a_hit_opens_it_too(qtbot, library, store) -> None:
    library.query.setText("monitoring")
    hits = library.search()
    row = next(i for i, h in enumerate(hits) if h.kind == "note")
    rect = library.results.visualRect(library.hits.index(row))
    viewport = library.results.viewport()
    with qtbot.waitSignal(library.open_note_requested, timeout=2000) as opened:
        # A real double-click is a press-release followed by a double-click event.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [hits[row].table_id, hits[row].record_id]


def test_filters_narrow_the_hits(qtbot, library, store, demo_event) -> None:
    library.query.setText("procurement")
    everything = library.search()
    assert {h.table_number for h in everything} == {1, 2, 3}

    library.set_filters(table_number=2)
    by_table = library.hits.hits
    assert by_table and {h.table_number for h in by_table} == {2}
    assert len(by_table) < len(everything)

    library.set_filters(table_number=None, note_type="barrier")
    by_type = library.hits.hits
    assert by_type and {(h.kind, h.note_type) for h in by_type} == {("note", "barrier")}

    second = create_demo(store)
    qtbot.waitUntil(lambda: library.event_filter.findData(second.id) > 0)
    library.set_filters()
    both = library.search()
    assert {h.event_id for h in both} == {demo_event.id, second.id}
    library.set_filters(event_id=second.id)
    assert {h.event_id for h in library.hits.hits} == {second.id}


def test_note_text_is_escaped_and_only_the_match_is_bold(qtbot, library, store, demo_event):
    table = store.find_table(demo_event, 1)
    store.add_note(table.id, "<script>alert(1)</script> Zanzibar & <i>friends</i>")
    library.query.setText("zanzibar")
    assert len(library.search()) == 1
    shown = library.hits.index(0).data(HTML_ROLE)
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert "<b>Zanzibar</b>" in shown and "&amp;" in shown and "<i>" not in shown


def test_a_query_without_words_says_so_and_finds_nothing(qtbot, library) -> None:
    library.query.setText("!!! ???")
    assert library.search() == []
    assert "at least one word" in library.count.text()
    library.query.setText("xylophonequartet")
    assert library.search() == []
    assert "Nothing found" in library.count.text()


def test_double_click_on_an_event_opens_its_editor(qtbot, library, store, demo_event):
    with qtbot.waitSignal(library.open_event_requested) as opened:
        library.events.itemActivated.emit(library.events.item(0, 0))
    assert opened.args == [demo_event.id]
    [editor] = library.editors
    qtbot.addWidget(editor)
    assert editor.current_event.id == demo_event.id


def test_notes_of_a_removed_table_are_not_offered(qtbot, library, store, demo_event) -> None:
    library.query.setText("procurement")
    assert 3 in {h.table_number for h in library.search()}
    store.tombstone(store.find_table(demo_event, 3))
    assert 3 not in {h.table_number for h in library.search()}


def test_typed_searches_run_off_the_gui_thread_and_show_the_last_query(
    qtbot, library, store, demo_event, monkeypatch
) -> None:
    import threading

    threads: list[str] = []
    real_search = Store.search

    def recording(self: Store, *args: object, **kwargs: object) -> object:
        threads.append(threading.current_thread().name)
        return real_search(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "search", recording)
    table = store.find_table(demo_event, 2)
    store.add_note(table.id, "Flobbertine is the last word typed")
    library.query.setFocus()
    qtbot.keyClicks(library.query, "procurement")
    library.query.selectAll()
    qtbot.keyClicks(library.query, "flobber")
    qtbot.keyClick(library.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: library.hits.rowCount() == 1)
    assert "flobbertine" in library.hits.hits[0].snippet.lower()
    assert threads and all(name.startswith("library-search") for name in threads)
    assert threading.current_thread().name not in threads
    library.close()  # the worker's connection closes with the window
    assert library._searcher._store is None


def test_a_late_answer_to_an_older_query_is_dropped(qtbot, library, store) -> None:
    library.query.setText("procurement")
    library.search_soon()
    library.query.setText("costing")
    shown = library.search()
    library._searcher._pool.submit(lambda: None).result()  # the worker is idle
    QCoreApplication.processEvents()  # a late answer to "procurement" would arrive now
    assert library.hits.hits == shown
    assert all("procurement" not in h.snippet.lower() or "costing" in h.snippet.lower()
               for h in library.hits.hits)
