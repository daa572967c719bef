"""The facilitator's table workspace: agenda and countdown, capture, notes, panels."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from roundtables.domain import (
    Attendance,
    Event,
    Note,
    Participant,
    Record,
    RecordKind,
    RoundTable,
    RoundtablesError,
)
from roundtables.messages import error
from roundtables.services import notes
from roundtables.storage import Store
from roundtables.ui.accessibility import speak_to_assistive_technology
from roundtables.ui.actions import clear_mnemonic_clashes, install_actions, reach_from_window
from roundtables.ui.edit_session import EditSession, ReadOnlyBanner
from roundtables.ui.help_overlay import HelpOverlay
from roundtables.ui.keymap import workspace_keymap
from roundtables.ui.panels.action_points import ActionPointsPanel
from roundtables.ui.panels.attachments import AttachmentsPanel
from roundtables.ui.panels.base import Panel
from roundtables.ui.panels.declaration import DeclarationPanel
from roundtables.ui.panels.participants import ParticipantsPanel
from roundtables.ui.store_signals import StoreSignals
from roundtables.ui.workspace.agenda import (
    AgendaPanel,
    AgendaTimer,
    Clock,
    TimerState,
    system_clock,
)
from roundtables.ui.workspace.capture import CaptureBox
from roundtables.ui.workspace.consent import ConsentNotice
from roundtables.ui.workspace.handin import hand_in_results
from roundtables.ui.workspace.list_commands import NotesListCommands
from roundtables.ui.workspace.looks import fit_to_screen, reflowing, show_focus
from roundtables.ui.workspace.notes_model import NotesModel
from roundtables.ui.workspace.notes_view import NotesPanel
from roundtables.ui.workspace.projector import ProjectorWindow
from roundtables.ui.workspace.selector import SelectorCombo

#: side panels: key in self.panels, class, shortcut to its tab
PANELS: tuple[tuple[str, type[Panel], str], ...] = (
    ("action_points", ActionPointsPanel, "Alt+A"),
    ("declaration", DeclarationPanel, "Alt+D"),
    ("participants", ParticipantsPanel, "Alt+P"),
    ("attachments", AttachmentsPanel, "Alt+F"),
)


class TableWorkspace(NotesListCommands, QMainWindow):
    """One round table, run from the keyboard; everything is saved as it happens."""

    closed = Signal(str)  # the table id

    def __init__(
        self, store: Store, table_id: str, *, signals: StoreSignals | None = None,
        clock: Clock = system_clock, parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        table = store.get(RoundTable, table_id)
        if table is None or table.deleted:
            raise error("table-not-found", ref=table_id)
        self.store, self.table, self.table_event = store, table, store.event_of(table)
        self.clock = clock
        self._closed = False
        # the window's one edit session: saves, undo, refusals, read-only, store signals
        self.session = EditSession(store, self, event=self.table_event, signals=signals)
        self.undo_stack = self.session.undo_stack
        self.signals = self.session.signals
        self.questions = store.questions(table.id)
        self.participants = store.table_participants(table.id)
        self.projector: ProjectorWindow | None = None
        self.consent: ConsentNotice | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

        self.banner = ReadOnlyBanner(self.session, self.tr(
            "This event is finalised: read-only. The organiser can reopen it."
        ))
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setAccessibleName(self.tr("Current guiding question"))
        font = self.question_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.question_label.setFont(font)
        self.question_combo = SelectorCombo()
        self.question_combo.setAccessibleName(self.tr("Choose the guiding question"))
        self.question_combo.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.question_combo.addItem(self.tr("No guiding question"), None)
        for q in self.questions:
            self.question_combo.addItem(self.tr("Question {n}").format(n=q.position), q.id)
        self.question_combo.activated.connect(
            lambda i: self.set_question(self.question_combo.itemData(i))
        )
        self.current_question_id: str | None = None

        self.timer = AgendaTimer(store, table.id, clock, self)
        self.agenda = AgendaPanel(self.timer, on_next=lambda: self.move_segment(1))
        self.timer.segment_changed.connect(lambda s: self.set_question(s.question_id))
        self.agenda.ticker.timeout.connect(self._update_projector)
        self.capture = CaptureBox(store, table.id, self.table_event.note_types, clock=clock)
        self.capture.field.set_participants(self.participants)
        self.capture.field.submit_requested.connect(self.save_note)
        self.model = NotesModel(self.session, table.id, self.table_event.note_types, self)
        self.notes = NotesPanel(self.model, self.table_event.note_types, self.questions)
        self.signals.saved.connect(self.model.on_saved)
        self.signals.saved.connect(self._on_saved)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Notes and panels"))
        notes_tab = QWidget()
        notes_layout = QVBoxLayout(notes_tab)
        notes_layout.addWidget(self.capture)
        notes_layout.addWidget(self.notes, 1)
        self.tabs.addTab(notes_tab, self.tr("Notes"))
        self.tabs.setTabToolTip(0, self.tr("Notes (Alt+N)"))
        self.panels: dict[str, QWidget] = {}
        self.panel_tabs: list[tuple[str, str, str, int]] = []  # module, title, key, tab
        self._add_panels()

        header = QHBoxLayout()
        header.addWidget(self.question_label, 1)
        header.addWidget(self.question_combo, 0, Qt.AlignmentFlag.AlignTop)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.title)
        left_layout.addWidget(self.agenda, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 1000])
        splitter.setChildrenCollapsible(False)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.banner)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(reflowing(central))  # scrolls at 200 % on a small screen

        self.saved_label = QLabel(self.tr("Everything is saved as you type"))
        self.statusBar().addPermanentWidget(self.saved_label)
        self._saved_text: str | None = None  # the label's text while a draft is failing
        self.capture.draft_failed.connect(self.draft_not_saved)
        self.capture.draft_saved.connect(self.draft_saved_again)
        self.help = HelpOverlay(central, home=self.capture.field)
        keymap = workspace_keymap(self.panel_tabs,
                                  [t.label for t in self.table_event.note_types])
        self.specs = keymap.specs
        self.action_by_id = install_actions(self, keymap, menu_bar=self.menuBar(),
                                            guard=self.guard)
        panel_actions = [a for panel in self.panels.values() for a in panel.actions()]
        panel_actions += reach_from_window(self, [
            (self.panels[name], partial(self.show_tab, tab)) for name, _, _, tab in self.panel_tabs
        ])
        self.help.set_actions([*self.action_by_id.shortcut_actions(), *panel_actions])
        clear_mnemonic_clashes(self, self.menuBar())
        self._show_table()
        self.set_question(self.timer.current.question_id if self.timer.current else None)
        self.session.read_only_changed.connect(self.lock)
        self.lock(self.read_only)
        fit_to_screen(self, 1280, 720)
        show_focus(self)
        speak_to_assistive_technology(self)  # names and roles for screen readers
        self.capture.field.setFocus()

    # ------------------------------------------------------------- building

    def _add_panels(self) -> None:
        titles = {
            "action_points": self.tr("Action points"),
            "declaration": self.tr("Declaration"),
            "participants": self.tr("Participants"),
            "attachments": self.tr("Photos"),
        }
        for module_name, panel_class, key in PANELS:
            panel = panel_class(self.session, self.table, self)
            self.panels[module_name] = panel
            title = titles[module_name]
            # the key in the tooltip and in F1: the labels must fit at 150% scaling
            tab = self.tabs.addTab(panel, title)
            self.tabs.setTabToolTip(tab, self.tr("{title} ({key})").format(title=title, key=key))
            self.panel_tabs.append((module_name, title, key, tab))

    def guard(self, command: Callable[[], None]) -> Callable[[], None]:
        """Run a command; a refused save shows its one line instead of escaping to Qt."""

        def guarded() -> None:
            try:
                command()
            except RoundtablesError as exc:
                self.session.refuse(exc)

        return guarded

    # ------------------------------------------------------------- capture

    def draft_not_saved(self, reason: str) -> None:
        """The typed text could not be kept: say so until it can (never a dialog mid-typing)."""
        if self._saved_text is None:
            self._saved_text = self.saved_label.text()
        self.saved_label.setText(self.tr("The draft is not saved"))
        self.statusBar().showMessage(self.tr("The draft is not saved: {reason}").format(
            reason=reason))

    def draft_saved_again(self) -> None:
        if self._saved_text is not None:
            self.saved_label.setText(self._saved_text)
            self._saved_text = None
            self.statusBar().clearMessage()

    def save_note(self) -> Note | None:
        """Save the note field as a note linked to the current question and segment."""
        if not self.session.editable():
            return None
        parsed = self.capture.parsed()
        if not parsed.text:
            self.statusBar().showMessage(self.tr("Type a note first"), 3000)
            return None
        segment = self.timer.current
        running = self.timer.state in (TimerState.RUNNING, TimerState.PAUSED)
        try:
            note = notes.add_note(
                self.store, self.table, parsed.text,
                note_type=parsed.type or self.capture.current_type(), speaker=parsed.speaker,
                tags=parsed.tags, question_id=self.current_question_id,
                segment_id=segment.id if segment is not None and running else None,
                end_draft=True, participants=self.participants, event=self.table_event,
            )
        except RoundtablesError as exc:
            self.session.refuse(exc)
            return None
        self.session.saved_elsewhere([note], self.tr("Add note"))
        self.capture.clear_after_save()
        row = self.model.row_of(note.id)
        if row is not None and not self.notes.select_row(row):
            # never hide the present: the note just saved is shown, and we say why
            self.notes.clear_filters()
            self.notes.select_row(row)
            self.statusBar().showMessage(
                self.tr("Filters cleared to show the note just saved"), 5000
            )
        return note

    def focus_note(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.capture.field.setFocus()

    def show_record(self, kind: str, record_id: str) -> None:
        """Show where a search hit lives: the note, or the panel of an action point."""
        if kind == RecordKind.NOTE:
            self.select_note(record_id)
            return
        module = {RecordKind.ACTION_POINT: "action_points",
                  RecordKind.FEEDBACK: "declaration"}.get(RecordKind(kind))
        tab = next((t for name, _, _, t in self.panel_tabs if name == module), 0)
        self.show_tab(tab)

    def show_tab(self, index: int) -> None:
        if index == 0:
            self.focus_note()
            return
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus()

    # ------------------------------------------------------------- question and room

    def set_question(self, question_id: str | None) -> None:
        """Make a guiding question (or none) current: shown, and linked to new notes."""
        found = next((q for q in self.questions if q.id == question_id), None)
        self.current_question_id = found.id if found else None
        if found is None:
            self.question_label.setText(self.tr("No guiding question selected (Ctrl+G)"))
        else:
            self.question_label.setText(
                self.tr("Q{n}: {text}").format(n=found.position, text=found.text)
            )
        self.question_combo.setCurrentIndex(max(self.question_combo.findData(found.id if found
                                                                            else None), 0))
        self._update_projector()

    def step_question(self, step: int) -> None:
        """Move to the next (or previous) guiding question, wrapping around."""
        ids = [None, *(q.id for q in self.questions)]
        position = ids.index(self.current_question_id)
        self.set_question(ids[(position + step) % len(ids)])

    def move_segment(self, step: int) -> None:
        """Next (1) or previous (-1) agenda segment, undoable with Ctrl+Z."""
        if self.read_only:
            return
        before = self.timer.snapshot()
        try:
            if step > 0:
                self.timer.next()
            else:
                self.timer.previous()
        except RoundtablesError as exc:
            self.session.refuse(exc)
            return
        after = self.timer.snapshot()
        if after != before:
            title = self.tr("Next segment") if step > 0 else self.tr("Previous segment")
            self.session.done(
                title, lambda undo: self.timer.restore(before if undo else after)
            )

    def toggle_projector(self) -> None:
        """Open the projector window (on the second screen if any), or close it."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        if self.projector is None:
            self.projector = ProjectorWindow(self, keyboard=self.capture.field)
            # the workspace's keys (F5, F6, Ctrl+Enter…) work while it is in front
            self.projector.addActions(self.actions())
        self.projector.show_on_room_screen()
        self._update_projector()

    def _update_projector(self) -> None:
        if self.projector is None or not self.projector.isVisible():
            return
        self.projector.set_theme(
            self.tr("Table {n}: {theme}").format(n=self.table.number, theme=self.table.theme)
        )
        self.projector.set_question(self._room_heading())
        phase = self.timer.phase()
        self.projector.set_countdown(self.timer.countdown_text(), phase,
                                     self.agenda.phase_text(phase, self.timer.remaining()))

    def _room_heading(self) -> str:
        """What the room reads as the heading: the current question, else the segment
        (never an instruction meant for the facilitator)."""
        found = next((q for q in self.questions if q.id == self.current_question_id), None)
        if found is not None:
            return self.tr("Q{n}: {text}").format(n=found.position, text=found.text)
        segment = self.timer.current
        return segment.title if segment is not None else ""

    def toggle_projector_full_screen(self) -> None:
        """Shift+F5: the projector window fills its screen, or not (opened if needed)."""
        if self.projector is None or not self.projector.isVisible():
            self.toggle_projector()
        assert self.projector is not None
        self.projector.toggle_full_screen()

    def show_consent_notice(self) -> None:
        """Show participants how their words will be used (large, for the room)."""
        if self.consent is None:
            self.consent = ConsentNotice(self.table_event, self)
        self.consent.show()
        self.consent.raise_()

    # ------------------------------------------------------------- hand-in

    def hand_in(self) -> None:
        """Write this table's results file (e.g. to a USB stick)."""
        hand_in_results(self, self.store, self.table_event, self.table)

    # ------------------------------------------------------------- store and state

    def _on_saved(self, record: Record) -> None:
        time = self.clock().astimezone().strftime("%H:%M:%S")
        self.saved_label.setText(self.tr("Saved {time}").format(time=time))
        if isinstance(record, Event) and record.id == self.table_event.id:
            self.table_event = record  # the session follows its status
        elif isinstance(record, RoundTable) and record.id == self.table.id:
            self.table = record
            self._show_table()
        elif isinstance(record, Participant | Attendance):
            self.participants = self.store.table_participants(self.table.id)
            self.capture.field.set_participants(self.participants)
            self.model.participants = self.participants

    def _show_table(self) -> None:
        text = self.tr("Table {n}: {theme}").format(n=self.table.number, theme=self.table.theme)
        self.title.setText(text)
        self.setWindowTitle(
            self.tr("{table} — {event}").format(table=text, event=self.table_event.title)
        )

    @property
    def read_only(self) -> bool:
        """The session's answer: a finalised event or a read-only database."""
        return self.session.read_only

    def lock(self, read_only: bool) -> None:
        """A finalised event: banner shown, capture, editing and the timer disabled
        (each panel locks itself on the session's signal)."""
        self.capture.set_read_only(read_only)
        self.model.layoutChanged.emit()  # the notes are no longer editable (flags)
        self.agenda.start_button.setEnabled(not read_only)
        self.agenda.next_button.setEnabled(not read_only)
        self.action_by_id.set_read_only(read_only)

    def closeEvent(self, event: QCloseEvent) -> None:
        # nothing is ever unsaved: keep what is typed as the draft, and go
        if self.capture.draft_timer.isActive():
            self.capture.save_draft()
        self.agenda.ticker.stop()
        for window in (self.projector, self.consent):
            if window is not None:
                window.close()
        if not self._closed:  # a second close (app quitting after Ctrl+W) has nothing to undo
            self._closed = True
            self.signals.saved.disconnect(self.model.on_saved)
            self.signals.saved.disconnect(self._on_saved)
            self.closed.emit(self.table.id)
        event.accept()
