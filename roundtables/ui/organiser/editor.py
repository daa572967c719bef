"""The organiser's event editor: details, tables, participants, declaration, hand-out.

Every edit is committed when it is made (one transaction, one undo step) and the
status bar says when; there is no "Save".  A finalised event is shown read-only
with a banner; the store refuses writes to it as well, and any such refusal is
shown as a one-line message.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import Event, EventStatus, Record, RoundtablesError
from roundtables.filenames import safe_file_name
from roundtables.messages import error
from roundtables.services import events
from roundtables.storage import Store
from roundtables.templates import EventTemplate, create_event
from roundtables.ui import prompts
from roundtables.ui.accessibility import speak_to_assistive_technology
from roundtables.ui.actions import clear_mnemonic_clashes, install_actions
from roundtables.ui.edit_session import EditSession, ReadOnlyBanner
from roundtables.ui.errors import error_text
from roundtables.ui.help_overlay import HelpOverlay
from roundtables.ui.keymap import EDITOR
from roundtables.ui.organiser.articles import ArticlesPanel
from roundtables.ui.organiser.details import EventDetailsPanel
from roundtables.ui.organiser.participants import ParticipantsPanel
from roundtables.ui.organiser.tables import TablesPanel
from roundtables.ui.workspace.looks import fit_to_screen, show_focus

# The record kinds this window shows (notes and the like are the workspaces').
_SHOWN = frozenset(
    {
        "events",
        "round_tables",
        "questions",
        "agenda_segments",
        "participants",
        "attendance",
        "declaration_articles",
    }
)


class EventEditor(QMainWindow):
    """Edit one event; with ``event_id`` None, first create it from a template."""

    def __init__(self, store: Store, event_id: str | None, parent: QWidget | None = None) -> None:
        if event_id is not None:
            found = store.get(Event, event_id)
            if found is None or found.deleted:  # refused before any window or listener exists
                raise error("event-not-found", ref=event_id)
        super().__init__(parent)
        self.store = store
        self.current_event: Event | None = None
        self.session = EditSession(store, self)
        self.signals = self.session.signals  # the window's one subscription to the store
        self.signals.saved.connect(self._store_saved)
        self.session.message.connect(lambda text: self.statusBar().showMessage(text, 10000))
        self.written_kits: list[Path] = []
        self._table_ids: set[str] = set()
        # Many commits (a CSV import) cause one reload, after the burst.
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self.reload)

        self.banner = ReadOnlyBanner(self.session, self.tr(
            "This event is finalised and read-only. Choose Event ▸ Reopen to change it."
        ))
        self.details = EventDetailsPanel(self.session)
        self.tables = TablesPanel(self.session)
        self.participants = ParticipantsPanel(self.session)
        self.articles = ArticlesPanel(self.session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.details, self.tr("&Event"))
        self.tabs.addTab(self.tables, self.tr("&Round tables"))
        self.tabs.addTab(self.participants, self.tr("&Participants"))
        self.tabs.addTab(self.articles, self.tr("&Declaration"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.chooser: QWidget | None = None
        self._make_actions()
        fit_to_screen(self, 1200, 720)
        show_focus(self)
        speak_to_assistive_technology(self)  # names and roles for screen readers
        clear_mnemonic_clashes(self, self.menuBar())  # every Alt+letter does one thing
        if event_id is None:
            self._show_chooser()
        else:
            self.open_event(event_id)

    # ------------------------------------------------------------ set-up

    def _make_actions(self) -> None:
        self.toolbar = toolbar = self.addToolBar(self.tr("Event"))
        toolbar.setObjectName("organiserToolbar")
        toolbar.setMovable(False)
        self.help = HelpOverlay(self.pages)
        keys = install_actions(self, EDITOR, menu_bar=self.menuBar(), toolbar=toolbar)
        self.action_by_id = keys
        self.help.set_actions(keys.shortcut_actions())
        self.save_template_action = keys["save_template"]
        self.kits_action, self.kits_app_action = keys["kits"], keys["kits_app"]
        self.finalise_action, self.reopen_action = keys["finalise"], keys["reopen"]
        self.archive_action = keys["archive"]
        self.undo_action, self.redo_action = keys["undo"], keys["redo"]
        stack = self.session.undo_stack
        stack.indexChanged.connect(self._update_undo)
        stack.cleanChanged.connect(self._update_undo)
        self._update_undo()
        self.event_actions = [
            self.save_template_action,
            self.kits_action,
            self.kits_app_action,
            self.finalise_action,
            self.reopen_action,
            self.archive_action,
        ]

    def _show_chooser(self) -> None:
        from roundtables.ui.organiser.chooser import TemplateChooser

        self.setWindowTitle(self.tr("New event"))
        chooser = TemplateChooser()
        chooser.chosen.connect(self.create_from_template)
        self.chooser = chooser
        self.pages.addWidget(chooser)
        self.pages.setCurrentWidget(chooser)
        for act in self.event_actions:
            act.setEnabled(False)
        self.toolbar.hide()  # nothing to act on until the event exists

    def create_from_template(self, template: EventTemplate, title: str, date: str) -> None:
        """Create the event (one transaction) and switch to editing it."""
        try:
            event = create_event(self.store, template, title=title or None, date=date or None)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Cannot create the event"), error_text(exc))
            return
        minutes = sum(int(s["minutes"]) for s in template.data.get("agenda", []))
        if minutes:
            self.tables.agenda.slot.setValue(minutes)
        if self.chooser is not None:
            self.pages.removeWidget(self.chooser)
            self.chooser.deleteLater()
            self.chooser = None
        self.open_event(event.id)

    def open_event(self, event_id: str) -> None:
        event = self.store.get(Event, event_id)
        if event is None or event.deleted:
            raise error("event-not-found", ref=event_id)
        self.current_event = event
        self.pages.setCurrentIndex(0)
        for act in self.event_actions:
            act.setEnabled(True)  # the chooser had them off; the status narrows them below
        self.toolbar.show()
        self.reload()

    # ------------------------------------------------------------ showing

    def _store_saved(self, record: Record) -> None:
        # Notes typed in a facilitator window of the same app, or another event's
        # edits, are not this window's business: no message, no reload.
        if self.current_event is None or record.TABLE not in _SHOWN:
            return
        table_id = getattr(record, "table_id", None)
        event_id = record.id if record.TABLE == "events" else getattr(record, "event_id", None)
        if table_id is not None:
            ours = table_id in self._table_ids
        else:
            ours = event_id == self.current_event.id
        if not ours:
            return
        self.statusBar().showMessage(
            self.tr("Saved {time}").format(time=dt.datetime.now().strftime("%H:%M:%S"))
        )
        self._reload_timer.start()

    def reload(self) -> None:
        """Show the event as the store has it now (after own or others' commits)."""
        if self.current_event is None:
            return
        event = self.store.get(Event, self.current_event.id)
        if event is None:
            return
        self.current_event = event
        # Removed tables too: undoing a removal must still reach this window.
        self._table_ids = self.store.table_ids(event.id, include_removed=True)
        self.setWindowTitle(self.tr("{title} — event editor").format(title=event.title))
        self.details.show_event(event)
        self.tables.load(event.id)
        self.participants.load(event)
        self.articles.load(event)
        self._apply_status(event)

    def _apply_status(self, event: Event) -> None:
        self.session.follow(event)  # the panels lock themselves on its signal
        read_only = self.session.read_only
        self.action_by_id.set_read_only(read_only)  # finalise, or reopen and archive
        self.archive_action.setToolTip(
            self.tr("Write the archive ZIP")
            if read_only
            else self.tr("Finalise the event first, then archive it")
        )
        self._update_undo()

    def _update_undo(self, *_: object) -> None:
        stack = self.session.undo_stack
        editable = not self.session.read_only
        self.undo_action.setEnabled(editable and stack.canUndo())
        self.redo_action.setEnabled(editable and stack.canRedo())
        self.undo_action.setToolTip(self.tr("Undo: {step}").format(step=stack.undoText()))
        self.redo_action.setToolTip(self.tr("Redo: {step}").format(step=stack.redoText()))

    # ------------------------------------------------------------ event actions

    def _set_status(self, status: EventStatus) -> bool:
        assert self.current_event is not None
        try:
            events.set_status(self.store, self.current_event.id, status)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Cannot change the status"), error_text(exc))
            return False
        self.reload()
        return True

    def finalise(self) -> None:
        """Make the event read-only everywhere (after the person confirms)."""
        if self.current_event is None or self.current_event.is_finalised:
            return
        question = self.tr(
            "Finalise {title}? It becomes read-only here and in every window until reopened."
        ).format(title=self.current_event.title)
        if prompts.confirm(self, self.tr("Finalise event"), question):
            self._set_status(EventStatus.FINALISED)

    def reopen(self) -> None:
        if self.current_event is not None and self.current_event.is_finalised:
            self._set_status(EventStatus.RUNNING)

    def save_as_template(self) -> None:
        if self.current_event is None:
            return
        from roundtables.ui.organiser.template_export import write_template

        path = prompts.save_file(
            self, self.tr("Save as template"), safe_file_name(f"{self.current_event.slug}.json"),
            self.tr("Templates (*.json)"),
        )
        if path is None:
            return
        if path.suffix.lower() != ".json":
            path = path.with_suffix(".json")
        try:
            write_template(self.store, self.current_event, path)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Cannot save the template"), error_text(exc))
            return
        self.statusBar().showMessage(self.tr("Template written: {path}").format(path=path))

    def write_kits_with_app(self) -> None:
        """Table kits with the portable app and START-HERE.txt beside each."""
        self.write_kits(with_app=True)

    def write_kits(self, *, with_app: bool = False) -> None:
        """Write a table kit for every table into one chosen folder (a stick).

        ``with_app`` puts the portable app and START-HERE.txt beside each kit.
        """
        if self.current_event is None:
            return
        folder = prompts.folder(self, self.tr("Folder for the table kits (a USB stick)"))
        if folder is None:
            return
        try:
            from roundtables.exchange import write_table_kits

            if with_app:
                from roundtables.ui.organiser.kits import write_kits_with_app

                paths = write_kits_with_app(self.store, self.current_event, folder)
            else:
                paths = write_table_kits(self.store, self.current_event, folder)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Cannot write the table kits"), error_text(exc))
            return
        self.written_kits = list(paths)
        names = "\n".join(str(p.relative_to(folder)) for p in paths)
        prompts.inform(
            self,
            self.tr("Table kits written"),
            self.tr("{count} table kits in {folder}:\n{names}").format(
                count=len(paths), folder=folder, names=names
            ),
        )
        self.statusBar().showMessage(
            self.tr("{count} table kits written to {folder}").format(
                count=len(paths), folder=folder
            )
        )

    def archive(self) -> None:
        """Write the event's archive ZIP, then offer to check it."""
        if self.current_event is None:
            return
        path = prompts.save_file(
            self, self.tr("Archive event"),
            safe_file_name(f"{self.current_event.slug}-archive.zip"),
            self.tr("ZIP archives (*.zip)"),
        )
        if path is None:
            return
        from roundtables.archive import verify_archive, write_archive

        try:
            write_archive(self.store, self.current_event, path)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("Cannot write the archive"), error_text(exc))
            return
        self.statusBar().showMessage(self.tr("Archive written: {path}").format(path=path))
        if not prompts.confirm(
            self, self.tr("Archive written"),
            self.tr("Archive written to {path}. Check it now?").format(path=path),
        ):
            return
        try:
            report = verify_archive(path)
        except RoundtablesError as exc:
            prompts.error(self, self.tr("The archive is not sound"), error_text(exc))
            return
        summary = error_text(report.summary(error_text))
        if not report.ok:
            prompts.error(self, self.tr("The archive is not sound"), summary)
            return
        prompts.inform(self, self.tr("Archive checked"), summary)
        self.statusBar().showMessage(summary)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Nothing to save (every edit is committed); stop listening to the store.
        self.signals.detach()
        self._reload_timer.stop()
        super().closeEvent(event)
