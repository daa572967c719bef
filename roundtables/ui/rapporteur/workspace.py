"""The rapporteur's window: one hour between the tables and the plenary.

Tabs for reading (tables side by side or by theme, what several tables raised),
editing (action points, key messages, executive summary), the hand-over (import,
conflicts) and the synthesis.  Every edit is committed as it is made; merges,
key-message edits and stars are undoable.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from roundtables.analysis import duplicate_action_groups
from roundtables.domain import ActionPoint, Event, EventHarvest, Note, Record, RoundtablesError
from roundtables.messages import error
from roundtables.services.results import dropped_results
from roundtables.storage import Store
from roundtables.ui import prompts
from roundtables.ui.accessibility import speak_to_assistive_technology
from roundtables.ui.actions import clear_mnemonic_clashes, install_actions
from roundtables.ui.edit_session import EditSession, ReadOnlyBanner
from roundtables.ui.errors import error_text
from roundtables.ui.help_overlay import HelpOverlay
from roundtables.ui.keymap import RAPPORTEUR, RAPPORTEUR_PAGES
from roundtables.ui.plenary.window import PlenaryWindow
from roundtables.ui.rapporteur.action_points import ActionPointsPanel
from roundtables.ui.rapporteur.generate import GeneratePanel, Opener
from roundtables.ui.rapporteur.handover import HandoverPanel
from roundtables.ui.rapporteur.key_messages import KeyMessagesPanel
from roundtables.ui.rapporteur.notes_views import SeveralTablesPanel, TablesPanel
from roundtables.ui.rapporteur.themes import ThemesPanel
from roundtables.ui.workspace.looks import fit_to_screen, reflowing, show_focus


def suggest_duplicates(harvest: EventHarvest) -> list[list[ActionPoint]]:
    """Groups of similar action points from the analysis."""
    return [list(group) for group in duplicate_action_groups(harvest) if len(group) >= 2]


class RapporteurWindow(QMainWindow):
    """The rapporteur's workspace for one event.

    ``opener`` opens a written synthesis (the desktop's default program unless a
    test passes its own).
    """

    def __init__(
        self,
        store: Store,
        event_id: str,
        parent: QWidget | None = None,
        *,
        opener: Opener | None = None,
    ) -> None:
        super().__init__(parent)
        event = store.get(Event, event_id)
        if event is None or event.deleted:
            raise error("event-not-found", ref=event_id)
        self.store, self.event_id = store, event_id
        self.setWindowTitle(self.tr("Rapporteur — {event}").format(event=event.title))
        self.setAcceptDrops(True)
        # the window's one edit session: saves, undo, refusals, read-only, store signals
        self.session = EditSession(store, self, event=event)
        self.undo_stack = self.session.undo_stack
        self.plenary: PlenaryWindow | None = None

        self.tables_panel = TablesPanel()
        self.tables_panel.star_button.clicked.connect(self.toggle_key_message)
        self.several_panel = SeveralTablesPanel()
        self.themes_panel = ThemesPanel(self.session, event_id)
        self.actions_panel = ActionPointsPanel(self.session, event_id, suggest_duplicates)
        self.key_panel = KeyMessagesPanel(self.session, event_id)
        self.handover_panel = HandoverPanel(store, event_id)
        self.handover_panel.import_button.clicked.connect(self.import_results)
        self.handover_panel.changed.connect(self.reload)
        self.generate_panel = GeneratePanel(store, event_id, opener)
        self.generate_panel.before_generate = self.key_panel.summary.flush
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Rapporteur workspace"))
        pages = (self.tables_panel, self.several_panel, self.actions_panel, self.key_panel,
                 self.handover_panel, self.generate_panel, self.themes_panel)
        # the titles are declared with the keys that show them (Alt+1…7)
        for page, title in zip(pages, RAPPORTEUR_PAGES, strict=True):
            page.setAccessibleName(self.tr(title))
            self.tabs.addTab(page, self.tr(title))
        self.banner = ReadOnlyBanner(self.session, self.tr(
            "This event is finalised: read-only. The organiser can reopen it."
        ))
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(reflowing(central))  # scrolls at 200 % on a small screen
        self._build_menus()
        for editor in self.findChildren(QPlainTextEdit):
            editor.viewport().installEventFilter(self)

        # Many saves can arrive at once (a merge saves several records): refresh once.
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self.reload)
        self.signals = self.session.signals
        self.signals.saved.connect(self._saved)
        for panel in (self.themes_panel, self.actions_panel, self.key_panel):
            self.session.read_only_changed.connect(panel.lock)
            panel.lock(self.session.read_only)
        star = self.tables_panel.star_button
        self.session.read_only_changed.connect(star.setDisabled)
        star.setDisabled(self.session.read_only)
        fit_to_screen(self, 1280, 720)
        show_focus(self)
        speak_to_assistive_technology(self)  # names and roles for screen readers
        clear_mnemonic_clashes(self, self.menuBar())  # every Alt+letter does one thing
        self.reload()
        self.handover_panel.reload_conflicts()
        # Keyboard first: each page starts with its main list focused.
        self.tabs.currentChanged.connect(self._focus_page)
        self._focus_page()

    # ----------------------------------------------------------------- keys

    def _build_menus(self) -> None:
        self.help = HelpOverlay(self.tabs)
        keys = install_actions(self, RAPPORTEUR, menu_bar=self.menuBar())
        self.action_by_id = keys
        self.import_action, self.generate_action = keys["import"], keys["generate"]
        self.undo_action, self.redo_action = keys["undo"], keys["redo"]
        self.plenary_action = keys["plenary"]
        for action, can in ((self.undo_action, self.undo_stack.canUndoChanged),
                            (self.redo_action, self.undo_stack.canRedoChanged)):
            action.setEnabled(False)  # nothing to undo yet
            can.connect(action.setEnabled)
        # then the keys of the pages (merge, star, save…), page by page
        pages = (self.tables_panel, self.actions_panel, self.key_panel, self.themes_panel)
        self.help.set_actions([*keys.shortcut_actions(), *(
            a for page in pages for a in page.action_by_id.shortcut_actions())])

    def _focus_page(self, *_: object) -> None:
        page = self.tabs.currentWidget()
        views = list(self.tables_panel.table_views.values())
        targets: dict[QWidget, QWidget] = {
            self.tables_panel: views[0] if views else self.tables_panel.theme_view,
            self.several_panel: self.several_panel.view,
            self.themes_panel: self.themes_panel.proposed,
            self.actions_panel: self.actions_panel.table,
            self.key_panel: self.key_panel.messages,
            self.handover_panel: self.handover_panel.conflicts,
            self.generate_panel: self.generate_panel.attribution,
        }
        target = targets.get(page)
        if target is not None:
            target.setFocus()

    # ----------------------------------------------------------------- refresh

    def _saved(self, record: Record) -> None:
        if isinstance(record, Event):
            # The executive summary saves itself every few seconds of typing; rereading
            # every table for that would make typing stutter on a big event.
            self.generate_panel.reload()
            self.key_panel.summary.reload_if_untouched()
            return
        self._refresh.start()

    def harvest(self) -> EventHarvest:
        event = self.store.get(Event, self.event_id)
        if event is None:  # pragma: no cover - the constructor checked it
            raise error("event-not-found", ref=self.event_id)
        return self.store.harvest(event)

    def reload(self) -> None:
        """Read the event once and show it in every panel."""
        self._refresh.stop()
        harvest = self.harvest()
        self.tables_panel.reload(harvest)
        self.several_panel.reload(harvest)
        self.themes_panel.reload(harvest)
        self.actions_panel.reload(harvest)
        self.key_panel.reload(harvest)
        self.generate_panel.reload()
        notes = sum(len(t.notes) for t in harvest.tables)
        points = sum(len(t.action_points) for t in harvest.tables)
        conflicts = self.handover_panel.conflicts.count()
        self.tabs.setTabText(
            self.tabs.indexOf(self.handover_panel),
            self.tr("Hand-over — conflicts: {count}").format(count=conflicts)
            if conflicts
            else self.tr("Hand-over"),
        )
        self.statusBar().showMessage(
            self.tr("{tables} tables, {notes} notes, {points} action points").format(
                tables=len(harvest.tables), notes=notes, points=points
            )
        )

    # ----------------------------------------------------------------- actions

    def import_results(self) -> None:
        """Ask for results files and import them."""
        paths = prompts.open_files(
            self, self.tr("Import results files"), self.tr("Results files (*.zip)")
        )
        self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> None:
        """Import files (from the dialog or a drop) and show what each did."""
        if not paths:
            return
        try:
            self.handover_panel.import_paths(paths)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Import failed"), error_text(exc))
        self.tabs.setCurrentWidget(self.handover_panel)
        self.reload()

    @staticmethod
    def _results_in(mime: QMimeData) -> list[Path]:
        return dropped_results([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._results_in(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        wanted = self._results_in(event.mimeData())
        if not wanted:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_paths(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A results file dropped on a text box is an import, not a file name typed
        # into the executive summary.
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            drag = cast(QDropEvent, event)
            wanted = self._results_in(drag.mimeData())
            if wanted:
                drag.acceptProposedAction()
                if kind == QEvent.Type.Drop:
                    self.import_paths(wanted)
                return True
        return super().eventFilter(watched, event)

    def toggle_key_message(self) -> None:
        """Star the selected note as a key message, or unstar it."""
        note_id = self.tables_panel.current_note_id()
        before = self.store.get(Note, note_id) if note_id else None
        if before is None:
            self.statusBar().showMessage(self.tr("Select a note first"))
            return
        after = copy.deepcopy(before)
        after.key_message = not before.key_message
        text = self.tr("Star key message") if after.key_message else self.tr("Unstar key message")
        self.session.save([after], text)

    def generate(self) -> Path | None:
        """Write the synthesis from what is committed now (the summary flushed first)."""
        self.tabs.setCurrentWidget(self.generate_panel)
        return self.generate_panel.generate()

    def open_plenary(self) -> PlenaryWindow:
        """The plenary report-back in its own window, with the synthesis's attribution."""
        attribution = self.generate_panel.attribution.currentData()
        if self.plenary is None:
            self.plenary = PlenaryWindow(self.store, self.event_id, self, attribution=attribution)
        elif self.plenary.attribution != attribution:
            self.plenary.attribution = attribution
            self.plenary.reload()
        self.plenary.present(self)
        self.plenary.raise_()
        self.plenary.activateWindow()
        return self.plenary

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.plenary is not None:
            self.plenary.close()
        self.key_panel.summary.flush()  # nothing typed is lost
        self.signals.detach()
        super().closeEvent(event)
