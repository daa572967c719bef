"""The first window: every event and its tables, most recent first.

A table opens in one step (Enter or double-click).  The menus reach the other
windows (organiser, library, rapporteur), which are imported only when asked for,
so a missing or broken part shows one line instead of stopping the app.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import Event, EventStatus, Record, RoundTable, RoundtablesError
from roundtables.messages import error
from roundtables.storage import Store
from roundtables.ui import prompts
from roundtables.ui.accessibility import speak_to_assistive_technology
from roundtables.ui.actions import clear_mnemonic_clashes, install_actions
from roundtables.ui.errors import error_text
from roundtables.ui.help_overlay import HelpOverlay
from roundtables.ui.import_summary import refusal_line, summary_line
from roundtables.ui.keymap import START
from roundtables.ui.store_signals import StoreSignals
from roundtables.ui.workspace.looks import fit_to_screen, show_focus

if TYPE_CHECKING:
    from roundtables.ui.workspace.window import TableWorkspace

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def find_table_ref(store: Store, ref: str) -> tuple[Event, RoundTable]:
    """The event and table named ``EVENT:TABLE`` (slug, id or id prefix : number)."""
    event_ref, sep, number = ref.strip().rpartition(":")
    if not sep or not event_ref or not number:
        raise error("not-a-table-ref", ref=ref)
    event = store.find_event(event_ref)
    return event, store.find_table(event, number)


class StartWindow(QMainWindow):
    """Events and their tables; Enter opens the selected table's workspace."""

    def __init__(self, store: Store, signals: StoreSignals | None = None) -> None:
        super().__init__()
        self.store = store
        self.signals = signals or StoreSignals(store, self)
        self.workspaces: dict[str, TableWorkspace] = {}
        self.windows: list[QWidget] = []  # organiser, library, rapporteur, notices
        self.setWindowTitle(self.tr("Roundtables"))
        self.setAcceptDrops(True)
        self.events_tree = QTreeWidget()
        self.events_tree.setHeaderLabels(
            [self.tr("Event / table"), self.tr("Date"), self.tr("Status / room")]
        )
        self.events_tree.setAccessibleName(self.tr("Events and their tables"))
        self.events_tree.setUniformRowHeights(True)
        self.events_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.events_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.events_tree.itemActivated.connect(self._activated)
        self.message = QLabel(
            self.tr(
                "Select a table and press Enter to open it. Before the discussion, show how "
                "words will be used with Consent notice (Ctrl+Shift+I). F1 lists every shortcut."
            )
        )
        self.message.setWordWrap(True)
        heading = QLabel(self.tr("Choose your round table"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setBuddy(self.events_tree)
        font = self.events_tree.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)  # read from a step back, on a small laptop
        self.events_tree.setFont(font)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(heading)
        layout.addWidget(self.events_tree, 1)
        layout.addWidget(self.message)
        self.setCentralWidget(central)
        self.help = HelpOverlay(central, home=self.events_tree)
        self.action_by_id = install_actions(self, START, menu_bar=self.menuBar())
        self.help.set_actions(self.action_by_id.shortcut_actions())
        # one reload for a burst of commits (an import saves hundreds of records)
        self._reload_soon = QTimer(self)
        self._reload_soon.setSingleShot(True)
        self._reload_soon.setInterval(150)
        self._reload_soon.timeout.connect(self.reload)
        self.signals.saved.connect(self._on_saved)
        fit_to_screen(self, 960, 620)
        show_focus(self)
        speak_to_assistive_technology(self)  # names and roles for screen readers
        clear_mnemonic_clashes(self, self.menuBar())  # every Alt+letter does one thing
        self.reload()

    # ------------------------------------------------------------- the list

    def reload(self) -> None:
        """Refill the list from the store, keeping the selection."""
        selected = self._selected()
        self.events_tree.clear()
        tables = self.store.tables_by_event()
        for event in self.store.event_lines():
            item = QTreeWidgetItem([event.title, event.date, self._status_text(event.status)])
            item.setData(0, KIND_ROLE, "event")
            item.setData(0, ID_ROLE, event.id)
            item.setToolTip(0, event.title)
            for table in tables.get(event.id, []):
                label = self.tr("Table {number}: {theme}")
                text = label.format(number=table.number, theme=table.theme)
                child = QTreeWidgetItem([text, "", table.room])
                child.setData(0, KIND_ROLE, "table")
                child.setData(0, ID_ROLE, table.id)
                child.setToolTip(0, text)
                item.addChild(child)
            self.events_tree.addTopLevelItem(item)
            item.setExpanded(True)
        self._select(selected)

    def _status_text(self, status: str) -> str:
        words: dict[str, str] = {
            EventStatus.DRAFT: self.tr("draft"),
            EventStatus.RUNNING: self.tr("running"),
            EventStatus.FINALISED: self.tr("finalised (read-only)"),
        }
        return words.get(status, status)

    def _on_saved(self, record: Record) -> None:
        if record.TABLE in ("events", "round_tables"):
            self._reload_soon.start()

    def _selected(self) -> tuple[str, str] | None:
        item = self.events_tree.currentItem()
        if item is None:
            return None
        return str(item.data(0, KIND_ROLE)), str(item.data(0, ID_ROLE))

    def _select(self, wanted: tuple[str, str] | None) -> None:
        first_table: QTreeWidgetItem | None = None
        for i in range(self.events_tree.topLevelItemCount()):
            event_item = self.events_tree.topLevelItem(i)
            assert event_item is not None
            children = (event_item.child(j) for j in range(event_item.childCount()))
            for item in [event_item, *(c for c in children if c is not None)]:
                key = (str(item.data(0, KIND_ROLE)), str(item.data(0, ID_ROLE)))
                if wanted == key:
                    self.events_tree.setCurrentItem(item)
                    return
                if first_table is None and key[0] == "table":
                    first_table = item
        if first_table is not None:  # Enter right away opens the newest event's first table
            self.events_tree.setCurrentItem(first_table)

    def selected_event(self) -> Event | None:
        """The event selected in the list (or the event of the selected table)."""
        selected = self._selected()
        if selected is None:
            return None
        kind, record_id = selected
        if kind == "table":
            table = self.store.get(RoundTable, record_id)
            return self.store.event_of(table) if table else None
        return self.store.get(Event, record_id)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND_ROLE) == "table":
            self.open_table(str(item.data(0, ID_ROLE)))
        else:
            item.setExpanded(not item.isExpanded())

    # ------------------------------------------------------------- opening tables

    def open_selected(self) -> None:
        """Open the selected table (what Enter and double-click do)."""
        item = self.events_tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) != "table":
            prompts.error(self, self.tr("Open table"), self.tr("Select a table first"))
            return
        self.open_table(str(item.data(0, ID_ROLE)))

    def open_table(self, table_id: str) -> TableWorkspace:
        """Show the workspace of a table (raising it if it is open already)."""
        workspace = self.workspaces.get(table_id)
        if workspace is None:
            # no parent: each table is a window of its own, so closing the last one (after
            # ``--table``, with this list hidden) ends the app as a person expects
            from roundtables.ui.workspace.window import TableWorkspace

            workspace = TableWorkspace(self.store, table_id, signals=self.signals)
            workspace.closed.connect(self._workspace_closed)
            self.workspaces[table_id] = workspace
        screen = workspace.screen().availableGeometry()
        if screen.width() < 1500 or screen.height() < 900:
            # a venue laptop: every pixel for the notes (the geometry too, for
            # sessions without a window manager to maximise it)
            workspace.setGeometry(screen)
            workspace.showMaximized()
        else:
            workspace.show()
        workspace.raise_()
        workspace.activateWindow()
        return workspace

    def open_table_ref(self, ref: str) -> TableWorkspace:
        """Open ``EVENT:TABLE`` (as given on the command line); one-line error if unknown."""
        _event, table = find_table_ref(self.store, ref)
        return self.open_table(table.id)

    def _workspace_closed(self, table_id: str) -> None:
        workspace = self.workspaces.pop(table_id, None)
        if workspace is not None:
            workspace.deleteLater()
        if self.isVisible():  # back to the list, keyboard included
            self.activateWindow()
            self.events_tree.setFocus()

    # ------------------------------------------------------------- files

    def import_files(self) -> None:
        """Ask for kit or results files and import them."""
        paths = prompts.open_files(
            self, self.tr("Import table kit or results"),
            self.tr("Roundtables files (*.zip);;All files (*)"),
        )
        for path in paths:
            self.import_path(path)

    def import_path(self, path: Path) -> None:
        """Import one file; a rejected file shows its reason; a kit opens its table."""
        title = self.tr("Import table kit or results")
        from roundtables.exchange import KIT, import_file  # loaded on first import (start-up)

        summary = import_file(self.store, path)
        if summary.rejected:
            prompts.error(self, title, refusal_line(summary))
            return
        self.reload()
        self.statusBar().showMessage(summary_line(summary), 10000)
        if summary.kind == KIT and summary.table_number is not None:
            event = self.store.get(Event, summary.event_id)
            if event is not None:
                self.open_table(self.store.find_table(event, summary.table_number).id)
                return
        prompts.inform(self, title, summary_line(summary))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.import_path(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # ------------------------------------------------------------- other windows

    def show_consent_notice(self) -> None:
        """Show how words will be used at the selected event, in large type."""
        event = self._need_event(self.tr("Consent notice"))
        if event is not None:
            from roundtables.ui.workspace.consent import ConsentNotice

            self._keep(ConsentNotice(event, self))

    # The other windows load on first use (start-up), by plain imports the tools can see.

    def new_event(self) -> None:
        from roundtables.ui.organiser.editor import EventEditor

        self._open(EventEditor, self.tr("New event"), None)

    def edit_event(self) -> None:
        from roundtables.ui.organiser.editor import EventEditor

        event = self._need_event(self.tr("Edit event"))
        if event is not None:
            self._open(EventEditor, self.tr("Edit event"), event.id)

    def open_library(self) -> None:
        from roundtables.ui.organiser.library import LibraryWindow

        window = self._open(LibraryWindow, self.tr("Library and search"))
        if isinstance(window, LibraryWindow):
            window.open_note_requested.connect(self.open_note)
            window.open_record_requested.connect(self.open_record)

    def open_rapporteur(self) -> None:
        from roundtables.ui.rapporteur.workspace import RapporteurWindow

        event = self._need_event(self.tr("Rapporteur workspace"))
        if event is not None:
            self._open(RapporteurWindow, self.tr("Rapporteur workspace"), event.id)

    def open_note(self, table_id: str, note_id: str) -> None:
        """Open a table's workspace with one note selected (from the library)."""
        self.open_table(table_id).select_note(note_id)

    def open_record(self, kind: str, table_id: str, record_id: str) -> None:
        """Open a table's workspace at an action point or declaration hit (library)."""
        self.open_table(table_id).show_record(kind, record_id)

    def _need_event(self, title: str) -> Event | None:
        event = self.selected_event()
        if event is None:
            prompts.error(self, title, self.tr("Select an event first"))
        return event

    def _open(
        self, window_class: Callable[..., QWidget], title: str, *args: object
    ) -> QWidget | None:
        try:
            window: QWidget = window_class(self.store, *args, self)
        except RoundtablesError as exc:
            prompts.error(self, title, error_text(exc))
            return None
        return self._keep(window)

    def _keep(self, window: QWidget) -> QWidget:
        self.windows = [w for w in self.windows if w.isVisible()]
        self.windows.append(window)
        window.show()
        window.raise_()
        return window

    def closeEvent(self, event: QCloseEvent) -> None:
        # every window saves as it goes: closing asks nothing
        self._reload_soon.stop()
        for window in [*self.workspaces.values(), *self.windows]:
            window.close()
        event.accept()
