"""The library: every event in one view, and full-text search across all of them.

Search runs on the store's FTS5 index (ranked, with highlighted snippets), on a
worker thread with its own read-only connection while people type.  Opening
a hit (Enter or double-click) emits ``open_note_requested(table_id, note_id)``; the
window that owns the facilitator workspace shows the note in its table.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import (
    Event,
    EventStatus,
    Note,
    Record,
    RecordKind,
    RoundtablesError,
    Stance,
)
from roundtables.storage import Store
from roundtables.storage.search import SearchHit
from roundtables.ui.accessibility import speak_to_assistive_technology
from roundtables.ui.actions import install_actions
from roundtables.ui.errors import error_text
from roundtables.ui.help_overlay import HelpOverlay
from roundtables.ui.keymap import LIBRARY
from roundtables.ui.organiser.hits import HIT_ROLE, HitsModel, RichTextDelegate
from roundtables.ui.organiser.search_worker import SearchRequest, SearchWorker, run_search
from roundtables.ui.store_signals import StoreSignals

SEARCH_DELAY_MS = 150  # the search itself runs on a worker thread
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class LibraryWindow(QMainWindow):
    """All events, and search across every note, action point and feedback."""

    open_note_requested = Signal(str, str)  # table_id, note_id
    open_record_requested = Signal(str, str, str)  # kind, table_id, record_id
    open_event_requested = Signal(str)  # event_id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.editors: list[QMainWindow] = []
        self.labels: dict[str, str] = {}
        self.setWindowTitle(self.tr("Library — every event"))
        self.signals = StoreSignals(store, self)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(200)
        self._reload_timer.timeout.connect(self.reload_events)
        self.signals.saved.connect(self._store_saved)

        self.events = QTableWidget(0, 5)
        self.events.setAccessibleName(self.tr("Events"))
        self.events.setHorizontalHeaderLabels(
            [self.tr("Event"), self.tr("Date"), self.tr("Status"), self.tr("Tables"),
             self.tr("Notes")]
        )
        self.events.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events.verticalHeader().hide()
        header = self.events.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.events.itemActivated.connect(self._event_activated)

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search every event (Ctrl+F)"))
        self.query.setAccessibleName(self.tr("Search text"))
        self.query.setClearButtonEnabled(True)
        self.event_filter = QComboBox()
        self.event_filter.setAccessibleName(self.tr("Only this event"))
        self.table_filter = QComboBox()
        self.table_filter.setAccessibleName(self.tr("Only this table number"))
        self.type_filter = QComboBox()
        self.type_filter.setAccessibleName(self.tr("Only this note type"))
        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.query)
        filters.addWidget(search_label, 0)
        filters.addWidget(self.query, 3)
        filters.addWidget(self.event_filter, 2)
        filters.addWidget(self.table_filter, 1)
        filters.addWidget(self.type_filter, 1)
        self.hint = self.tr(
            "Type words to search every note, action point and declaration feedback of every"
            " event. Enter or double-click opens a note in its table."
        )
        self.count = QLabel(self.hint)
        self.count.setWordWrap(True)

        self.hits = HitsModel(self)
        self.results = QListView()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.hits)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self._hit_activated)
        self.results.selectionModel().currentChanged.connect(self._show_hit)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The chosen note"))
        self.detail.setOpenLinks(False)

        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.results)
        lower.addWidget(self.detail)
        lower.setSizes([760, 420])
        search_box = QWidget()
        search_layout = QVBoxLayout(search_box)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addLayout(filters)
        search_layout.addWidget(self.count)
        search_layout.addWidget(lower, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.events)
        splitter.addWidget(search_box)
        splitter.setSizes([200, 480])
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addWidget(splitter)
        self.setCentralWidget(central)
        speak_to_assistive_technology(self)  # names and roles for screen readers

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search_soon)
        self._generation = 0
        self._searcher = SearchWorker(store.path, self)
        self._searcher.finished.connect(self._show_hits)
        self.query.textEdited.connect(lambda *_: self._search_timer.start())
        self.query.returnPressed.connect(self.search_soon)
        for combo in (self.event_filter, self.table_filter, self.type_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self._make_actions(central)
        self.resize(1200, 720)
        self.reload_events()
        self.query.setFocus()

    def _make_actions(self, central: QWidget) -> None:
        toolbar = self.addToolBar(self.tr("Library"))
        toolbar.setObjectName("libraryToolbar")
        toolbar.setMovable(False)
        self.help = HelpOverlay(central, home=self.query)
        self.action_by_id = install_actions(self, LIBRARY, menu_bar=self.menuBar(),
                                            toolbar=toolbar)
        self.help.set_actions(self.action_by_id.shortcut_actions())

    def _store_saved(self, record: Record) -> None:
        # Only what the list shows; a burst of saves (an import) redraws once.
        if record.TABLE in ("events", "round_tables", "notes"):
            self._reload_timer.start()

    def focus_search(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    # ------------------------------------------------------------ events

    def reload_events(self) -> None:
        """Every event with its counts; the filters offer what exists."""
        events = self.store.events()
        # Two grouped queries, however many years of events there are.
        counts = self.store.note_counts_by_event()
        tables: dict[str, list[int]] = {e.id: [] for e in events}
        for event_id, lines in self.store.tables_by_event().items():
            tables[event_id] = [line.number for line in lines]
        self.events.setRowCount(len(events))
        status = {EventStatus.DRAFT: self.tr("draft"), EventStatus.RUNNING: self.tr("running"),
                  EventStatus.FINALISED: self.tr("finalised")}
        for row, event in enumerate(events):
            cells = [event.title, event.date, status[event.status],
                     str(len(tables[event.id])), str(counts.get(event.id, 0))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, event.id)
                if column >= 3:
                    item.setTextAlignment(RIGHT)
                self.events.setItem(row, column, item)
        self._fill_filters(events, tables)

    def _fill_filters(self, events: list[Event], tables: dict[str, list[int]]) -> None:
        chosen = (self.event_filter.currentData(), self.table_filter.currentData(),
                  self.type_filter.currentData())
        for combo in (self.event_filter, self.table_filter, self.type_filter):
            combo.blockSignals(True)
            combo.clear()
        self.event_filter.addItem(self.tr("All events"), None)
        for event in events:
            self.event_filter.addItem(f"{event.title} ({event.date})", event.id)
        self.table_filter.addItem(self.tr("All tables"), None)
        numbers = sorted({n for ns in tables.values() for n in ns})
        for number in numbers:
            self.table_filter.addItem(self.tr("Table {number}").format(number=number), number)
        self.type_filter.addItem(self.tr("All kinds"), None)
        self.labels = {
            "table": self.tr("Table {number}"),
            RecordKind.ACTION_POINT: self.tr("Action point"),
        }
        for event in events:
            for note_type in event.note_types:
                if note_type.key not in self.labels:
                    self.labels[note_type.key] = note_type.label
                    self.type_filter.addItem(note_type.label, note_type.key)
        for stance in Stance:
            self.labels[f"feedback:{stance}"] = self.tr("Declaration feedback ({stance})").format(
                stance=stance
            )
        for combo, value in zip(
            (self.event_filter, self.table_filter, self.type_filter), chosen, strict=True
        ):
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)

    def _event_activated(self, item: QTableWidgetItem) -> None:
        event_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.open_event_requested.emit(event_id)
        self.open_editor(event_id)

    def open_editor(self, event_id: str | None) -> QMainWindow:
        """Open the event editor (a new event when ``event_id`` is None)."""
        from roundtables.ui.organiser.editor import EventEditor

        editor = EventEditor(self.store, event_id)
        self.editors.append(editor)
        editor.show()
        return editor

    # ------------------------------------------------------------ search

    def set_filters(
        self, *, event_id: str | None = None, table_number: int | None = None,
        note_type: str | None = None,
    ) -> None:
        """Choose the filters (None: all); the search runs again once."""
        for combo, value in (
            (self.event_filter, event_id),
            (self.table_filter, table_number),
            (self.type_filter, note_type),
        ):
            combo.blockSignals(True)
            index = combo.findData(value)
            if index < 0:
                combo.blockSignals(False)
                raise RoundtablesError(f"No filter choice {value!r}")
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        if self.query.text().strip():
            self.search()

    def _filters_changed(self, *_: object) -> None:
        if self.query.text().strip():
            self.search_soon()

    def _request(self) -> SearchRequest | None:
        text = self.query.text().strip()
        self._generation += 1
        if not text:
            self._searcher.skip_pending(self._generation)
            self.hits.set_hits([], self.labels)
            self.count.setText(self.hint)
            self.detail.clear()
            return None
        return SearchRequest(
            self._generation, text, self.event_filter.currentData(),
            self.table_filter.currentData(), self.type_filter.currentData(), limit=200,
        )

    def search_soon(self) -> None:
        """Search on the worker thread; the hits are shown when they arrive."""
        self._search_timer.stop()
        request = self._request()
        if request is not None:
            self._searcher.submit(request)

    def search(self) -> list[SearchHit]:
        """Search now, on this thread, and show the ranked hits (tests, scripts)."""
        self._search_timer.stop()
        request = self._request()
        if request is None:
            return []
        self._searcher.skip_pending(request.generation)
        try:
            hits = run_search(self.store, request)
        except RoundtablesError as exc:
            self._show_hits(request.generation, [], error_text(exc))
            return []
        self._show_hits(request.generation, hits, "")
        return hits

    def _show_hits(self, generation: int, hits: list[SearchHit], error: str) -> None:
        if generation != self._generation:
            return  # an answer to an older query
        self.hits.set_hits(hits, self.labels)
        if error:
            self.count.setText(error)
            return
        text = self.query.text().strip()
        self.count.setText(
            self.tr("{count} results, best first").format(count=len(hits))
            if hits else self.tr("Nothing found for {text!r}").format(text=text)
        )
        if hits:
            self.results.setCurrentIndex(self.hits.index(0))
        else:
            self.detail.clear()

    def _show_hit(self, index: QModelIndex, *_: object) -> None:
        hit = index.data(HIT_ROLE) if index.isValid() else None
        if not isinstance(hit, SearchHit):
            self.detail.clear()
            return
        is_note = hit.kind == RecordKind.NOTE
        record: Record | None = self.store.get(Note, hit.record_id) if is_note else None
        heading = self.hits.heading(hit)
        if isinstance(record, Note):
            speaker = record.speaker or ""
            text = record.text
        else:
            speaker, text = "", hit.snippet_marked("", "")
        opens = (
            self.tr("Enter or double-click opens this note in its table.")
            if hit.kind == RecordKind.NOTE else ""
        )
        self.detail.setHtml(
            f"<p><small>{html.escape(heading)}</small></p>"
            f"<p>{html.escape(text)}</p>"
            + (f"<p><i>{html.escape(speaker)}</i></p>" if speaker else "")
            + (f"<p><small>{html.escape(opens)}</small></p>" if opens else "")
        )

    def _hit_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return
        if hit.kind == RecordKind.NOTE:
            self.open_note_requested.emit(hit.table_id, hit.record_id)
        else:
            self.open_record_requested.emit(hit.kind, hit.table_id, hit.record_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.signals.detach()
        self._reload_timer.stop()
        self._search_timer.stop()
        self._searcher.close()
        super().closeEvent(event)
