"""Every action of every window, declared as data in one place.

Each window (and each side panel of the facilitator workspace) has a :class:`Keymap`:
the translation context of its titles and its :class:`ActionSpec` list, in the
order the help overlay (F1) lists them.  ``install_actions`` builds the menus, the
toolbar and the keys from it; ``tests/test_ui_shortcuts.py`` presses every key
declared here, in English, Dutch and French.  Handlers are method names on the
window, so this module knows no window class.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QKeySequence

from roundtables.domain import Stance
from roundtables.ui.actions import ActionSpec, Keymap

Spec = ActionSpec


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for pyside6-lupdate under ``context``; built actions translate it."""
    return text


STANDARD = QKeySequence.StandardKey


# ----------------------------------------------------------------- start window

_FILE = QT_TRANSLATE_NOOP("StartWindow", "&File")
_ORGANISER = QT_TRANSLATE_NOOP("StartWindow", "&Organiser")
START = Keymap("StartWindow", (
    Spec("open_table", QT_TRANSLATE_NOOP("StartWindow", "Open the selected table"),
         ("Ctrl+O",), "open_selected", menu=_FILE),
    Spec("import", QT_TRANSLATE_NOOP("StartWindow", "Import table kit or results…"),
         ("Ctrl+I",), "import_files", menu=_FILE),
    Spec("consent", QT_TRANSLATE_NOOP("StartWindow", "Consent notice…"),
         ("Ctrl+Shift+I",), "show_consent_notice", menu=_FILE),
    Spec("quit", QT_TRANSLATE_NOOP("StartWindow", "Quit"),
         ("Ctrl+Q",), "close", menu=_FILE),
    Spec("new_event", QT_TRANSLATE_NOOP("StartWindow", "New event…"),
         ("Ctrl+Shift+N",), "new_event", menu=_ORGANISER),
    Spec("edit_event", QT_TRANSLATE_NOOP("StartWindow", "Edit event…"),
         ("Ctrl+E",), "edit_event", menu=_ORGANISER),
    Spec("library", QT_TRANSLATE_NOOP("StartWindow", "Library and search…"),
         ("Ctrl+Shift+F",), "open_library", menu=_ORGANISER),
    Spec("rapporteur", QT_TRANSLATE_NOOP("StartWindow", "Rapporteur workspace…"),
         ("Ctrl+Shift+R",), "open_rapporteur",
         menu=QT_TRANSLATE_NOOP("StartWindow", "&Rapporteur")),
    Spec("help", QT_TRANSLATE_NOOP("StartWindow", "Keyboard shortcuts"),
         ("F1",), "help.toggle", menu=QT_TRANSLATE_NOOP("StartWindow", "&Help")),
))

# ----------------------------------------------------------------- facilitator workspace

_TABLE = QT_TRANSLATE_NOOP("WorkspaceKeys", "&Table")
_EDIT = QT_TRANSLATE_NOOP("WorkspaceKeys", "&Edit")
_VIEW = QT_TRANSLATE_NOOP("WorkspaceKeys", "&View")
_AGENDA = QT_TRANSLATE_NOOP("WorkspaceKeys", "A&genda")
_NOTES = "notes.view"  # the notes list: its keys (F2, Del…) work only there
_WORKSPACE = (
    Spec("consent", QT_TRANSLATE_NOOP("WorkspaceKeys", "Consent notice…"),
         ("Ctrl+Shift+I",), "show_consent_notice", menu=_TABLE),
    Spec("hand_in", QT_TRANSLATE_NOOP("WorkspaceKeys", "Hand in results…"),
         ("Ctrl+Shift+E",), "hand_in", menu=_TABLE),
    Spec("close", QT_TRANSLATE_NOOP("WorkspaceKeys", "Close the table"),
         ("Ctrl+W",), "close", menu=_TABLE),
    Spec("save_note", QT_TRANSLATE_NOOP("WorkspaceKeys", "Save the note"),
         ("Ctrl+Return", "Ctrl+Enter"), "save_note", menu=_EDIT, edits=True),
    Spec("focus_note", QT_TRANSLATE_NOOP("WorkspaceKeys", "Go to the note field"),
         ("Ctrl+N",), "focus_note", menu=_EDIT),
    Spec("undo", QT_TRANSLATE_NOOP("WorkspaceKeys", "Undo"),
         ("Ctrl+Z",), "undo_stack.undo", menu=_EDIT, edits=True),
    Spec("redo", QT_TRANSLATE_NOOP("WorkspaceKeys", "Redo"),
         ("Ctrl+Shift+Z", "Ctrl+Y"), "undo_stack.redo", menu=_EDIT, edits=True),
    Spec("key_message",
         QT_TRANSLATE_NOOP("WorkspaceKeys", "Star the selected note as a key message"),
         ("Ctrl+K",), "toggle_key_message", menu=_EDIT, edits=True, refusable=True),
    Spec("notes_list", QT_TRANSLATE_NOOP("WorkspaceKeys", "Go to the notes list"),
         ("Ctrl+L",), "focus_list", menu=_EDIT),
    Spec("edit_note",
         QT_TRANSLATE_NOOP("WorkspaceKeys", "Edit the selected note (markers, @ and # as typed)"),
         ("F2",), "edit_selected", widget=_NOTES, edits=True),
    Spec("edit_speaker", QT_TRANSLATE_NOOP("WorkspaceKeys", "Change the selected note's speaker"),
         ("Shift+F2",), "edit_selected_speaker", widget=_NOTES, edits=True),
    Spec("link_question",
         QT_TRANSLATE_NOOP("WorkspaceKeys", "Link the selected note to the current question"),
         ("Ctrl+Shift+Q",), "link_selected_to_question", widget=_NOTES, edits=True,
         refusable=True),
    Spec("delete_note", QT_TRANSLATE_NOOP("WorkspaceKeys", "Delete the selected note"),
         ("Del",), "delete_selected", widget=_NOTES, edits=True, refusable=True),
    Spec("find", QT_TRANSLATE_NOOP("WorkspaceKeys", "Search the notes"),
         ("Ctrl+F",), "focus_search", menu=_VIEW),
    Spec("timer", QT_TRANSLATE_NOOP("WorkspaceKeys", "Start or pause the timer"),
         ("F6",), "timer.toggle", menu=_AGENDA, edits=True),
    Spec("next_segment", QT_TRANSLATE_NOOP("WorkspaceKeys", "Next agenda segment"),
         ("F7",), "move_segment", (1,), menu=_AGENDA, edits=True),
    Spec("previous_segment", QT_TRANSLATE_NOOP("WorkspaceKeys", "Previous agenda segment"),
         ("Shift+F7",), "move_segment", (-1,), menu=_AGENDA, edits=True),
    Spec("next_question", QT_TRANSLATE_NOOP("WorkspaceKeys", "Next guiding question"),
         ("Ctrl+G",), "step_question", (1,), menu=_AGENDA),
    Spec("previous_question", QT_TRANSLATE_NOOP("WorkspaceKeys", "Previous guiding question"),
         ("Ctrl+Shift+G",), "step_question", (-1,), menu=_AGENDA),
    Spec("projector", QT_TRANSLATE_NOOP("WorkspaceKeys", "Projector mode"),
         ("F5",), "toggle_projector", menu=_VIEW),
    Spec("projector_full_screen", QT_TRANSLATE_NOOP("WorkspaceKeys", "Projector full screen"),
         ("Shift+F5",), "toggle_projector_full_screen", menu=_VIEW),
    Spec("help", QT_TRANSLATE_NOOP("WorkspaceKeys", "Keyboard shortcuts"),
         ("F1",), "help.toggle", menu=QT_TRANSLATE_NOOP("WorkspaceKeys", "&Help")),
    Spec("tab_notes", QT_TRANSLATE_NOOP("WorkspaceKeys", "Show the notes"),
         ("Alt+N",), "show_tab", (0,), menu=_VIEW),
)
_SHOW_PANEL = QT_TRANSLATE_NOOP("WorkspaceKeys", "Show {panel}")
_NOTE_TYPE = QT_TRANSLATE_NOOP("WorkspaceKeys", "Note type: {label}")


def workspace_keymap(
    panel_tabs: Sequence[tuple[str, str, str, int]], note_types: Sequence[str]
) -> Keymap:
    """The workspace's actions: the fixed ones, one per side panel (module, title, key,
    tab), and Alt+1…9 for the event's first nine note types (their labels)."""
    tabs = tuple(
        Spec(f"tab_{module}", _SHOW_PANEL, (key,), "show_tab", (tab,), menu=_VIEW,
             params=(("panel", title),))
        for module, title, key, tab in panel_tabs
    )
    types = tuple(
        Spec(f"type_{i + 1}", _NOTE_TYPE, (f"Alt+{i + 1}",), "apply_type", (i,), edits=True,
             refusable=True, params=(("label", label),))
        for i, label in enumerate(note_types[:9])
    )
    return Keymap("WorkspaceKeys", _WORKSPACE + tabs + types)


# the notice shown to the room before the discussion (from the start window or a table)
CONSENT_NOTICE = Keymap("ConsentNotice", (
    Spec("full_screen", QT_TRANSLATE_NOOP("ConsentNotice", "Full screen on or off"),
         ("F11",), "toggle_full_screen"),
    Spec("close", QT_TRANSLATE_NOOP("ConsentNotice", "Close"), ("Esc",), "leave"),
    Spec("help", QT_TRANSLATE_NOOP("ConsentNotice", "Keyboard shortcuts"),
         ("F1",), "help.toggle"),
))

# ----------------------------------------------------------------- the workspace's side panels
# Keys on "view" work only while that list has the focus: Space, Del, + and - type
# into the panel's text fields everywhere else.

ACTION_POINTS_PANEL = Keymap("ActionPointsPanel", (
    Spec("add", QT_TRANSLATE_NOOP("ActionPointsPanel", "Add an action point"),
         ("Ctrl+Shift+A", "Insert"), "add_point", edits=True),
    Spec("delete", QT_TRANSLATE_NOOP("ActionPointsPanel", "Delete the selected action point"),
         ("Del",), "delete_selected", edits=True, widget="view", focus_only=True),
    Spec("vote_up", QT_TRANSLATE_NOOP("ActionPointsPanel", "One vote more"),
         ("+", "Ctrl+Up"), "vote", (1,), edits=True, widget="view", focus_only=True),
    Spec("vote_down", QT_TRANSLATE_NOOP("ActionPointsPanel", "One vote less"),
         ("-", "Ctrl+Down"), "vote", (-1,), edits=True, widget="view", focus_only=True),
), panel=True)
ATTACHMENTS_PANEL = Keymap("AttachmentsPanel", (
    Spec("add", QT_TRANSLATE_NOOP("AttachmentsPanel", "Attach photos or files"),
         ("Ctrl+Shift+P",), "choose_files", edits=True),
    Spec("caption", QT_TRANSLATE_NOOP("AttachmentsPanel", "Edit the caption"),
         ("F2",), "edit_caption", edits=True, widget="view", focus_only=True),
    Spec("delete", QT_TRANSLATE_NOOP("AttachmentsPanel", "Delete the selected attachment"),
         ("Del",), "delete_selected", edits=True, widget="view", focus_only=True),
), panel=True)
DECLARATION_PANEL = Keymap("DeclarationPanel", (
    Spec("support", QT_TRANSLATE_NOOP("DeclarationPanel", "Support the current article"),
         ("Ctrl+Alt+S",), "set_stance_of_current", (Stance.SUPPORT,), edits=True),
    Spec("amend", QT_TRANSLATE_NOOP("DeclarationPanel", "Amend the current article"),
         ("Ctrl+Alt+A",), "set_stance_of_current", (Stance.AMEND,), edits=True),
    Spec("reject", QT_TRANSLATE_NOOP("DeclarationPanel", "Reject the current article"),
         ("Ctrl+Alt+R",), "set_stance_of_current", (Stance.REJECT,), edits=True),
    Spec("next_article", QT_TRANSLATE_NOOP("DeclarationPanel", "Next article"),
         ("Alt+Down",), "step", (1,)),
    Spec("previous_article", QT_TRANSLATE_NOOP("DeclarationPanel", "Previous article"),
         ("Alt+Up",), "step", (-1,)),
), panel=True)
PARTICIPANTS_PANEL = Keymap("ParticipantsPanel", (
    Spec("check_in",
         QT_TRANSLATE_NOOP("ParticipantsPanel", "Check the selected participant in or out"),
         ("Space",), "toggle_check_in", edits=True, widget="view", focus_only=True),
    Spec("walk_in", QT_TRANSLATE_NOOP("ParticipantsPanel", "Add a walk-in"),
         ("Ctrl+Shift+W",), "start_walk_in", edits=True),
), panel=True)

# ----------------------------------------------------------------- rapporteur

_FILE = QT_TRANSLATE_NOOP("RapporteurWindow", "&File")
_EDIT = QT_TRANSLATE_NOOP("RapporteurWindow", "&Edit")
_VIEW = QT_TRANSLATE_NOOP("RapporteurWindow", "&View")
#: the pages of the workspace, in tab order (Alt+1…7)
RAPPORTEUR_PAGES = (
    QT_TRANSLATE_NOOP("RapporteurWindow", "Tables"),
    QT_TRANSLATE_NOOP("RapporteurWindow", "Raised at several tables"),
    QT_TRANSLATE_NOOP("RapporteurWindow", "Action points"),
    QT_TRANSLATE_NOOP("RapporteurWindow", "Key messages and summary"),
    QT_TRANSLATE_NOOP("RapporteurWindow", "Hand-over"),
    QT_TRANSLATE_NOOP("RapporteurWindow", "Synthesis"),
    # Last, so that Alt+1..6 keep the pages people already know.
    QT_TRANSLATE_NOOP("RapporteurWindow", "Themes for the synthesis"),
)
RAPPORTEUR = Keymap("RapporteurWindow", (
    Spec("import", QT_TRANSLATE_NOOP("RapporteurWindow", "&Import results…"),
         ("Ctrl+I",), "import_results", menu=_FILE,
         help=QT_TRANSLATE_NOOP("RapporteurWindow", "Import results files from the tables")),
    Spec("generate", QT_TRANSLATE_NOOP("RapporteurWindow", "&Generate synthesis…"),
         ("Ctrl+G",), "generate", menu=_FILE,
         help=QT_TRANSLATE_NOOP("RapporteurWindow", "Write the Word synthesis and open it")),
    Spec("close", QT_TRANSLATE_NOOP("RapporteurWindow", "&Close"),
         ("Ctrl+W",), "close", menu=_FILE),
    Spec("undo", QT_TRANSLATE_NOOP("RapporteurWindow", "&Undo"),
         (STANDARD.Undo,), "undo_stack.undo", menu=_EDIT),
    Spec("redo", QT_TRANSLATE_NOOP("RapporteurWindow", "&Redo"),
         (STANDARD.Redo,), "undo_stack.redo", menu=_EDIT),
    *(Spec(f"page_{i + 1}", title, (f"Alt+{i + 1}",), "tabs.setCurrentIndex", (i,),
           menu=_VIEW) for i, title in enumerate(RAPPORTEUR_PAGES)),
    Spec("plenary", QT_TRANSLATE_NOOP("RapporteurWindow", "&Plenary view"),
         ("F5",), "open_plenary", menu=_VIEW, separator=True,
         help=QT_TRANSLATE_NOOP("RapporteurWindow", "Show the report-back full screen, "
                                                    "on the second screen when there is one")),
    Spec("help", QT_TRANSLATE_NOOP("RapporteurWindow", "Keyboard shortcuts"),
         ("F1",), "help.toggle", menu=QT_TRANSLATE_NOOP("RapporteurWindow", "&Help")),
))

# The rapporteur's pages: keys that work while the page is shown (Ctrl+Return saves
# the wording being edited on the page the keyboard is in).
RAPPORTEUR_TABLES_PAGE = Keymap("TablesPanel", (
    Spec("by_table", QT_TRANSLATE_NOOP("TablesPanel", "All tables side by side"),
         ("Ctrl+1",), "by_table_button.click"),
    Spec("by_theme", QT_TRANSLATE_NOOP("TablesPanel", "Notes grouped by tag"),
         ("Ctrl+2",), "by_theme_button.click"),
    Spec("star", QT_TRANSLATE_NOOP("TablesPanel", "Toggle the selected note as a key message"),
         ("Ctrl+K",), "star_button.click"),
), panel=True)
RAPPORTEUR_ACTION_POINTS_PAGE = Keymap("ActionPointsPanel", (
    Spec("merge", QT_TRANSLATE_NOOP("ActionPointsPanel", "Merge the selected action points"),
         ("Ctrl+M",), "merge_button.click"),
), panel=True)
RAPPORTEUR_KEY_MESSAGES_PAGE = Keymap("KeyMessagesPanel", (
    Spec("save", QT_TRANSLATE_NOOP("KeyMessagesPanel", "Save the key message's wording"),
         ("Ctrl+Return",), "save_button.click"),
    Spec("unstar", QT_TRANSLATE_NOOP("KeyMessagesPanel", "No longer a key message"),
         ("Ctrl+U",), "unstar_button.click"),
), panel=True)
RAPPORTEUR_THEMES_PAGE = Keymap("ThemesPanel", (
    Spec("save", QT_TRANSLATE_NOOP("ThemesPanel", "Save the title and sentences"),
         ("Ctrl+Return",), "save_button.click"),
), panel=True)

# ----------------------------------------------------------------- plenary (no menus)

PLENARY = Keymap("PlenaryWindow", (
    Spec("next", QT_TRANSLATE_NOOP("PlenaryWindow", "Next page"),
         ("Right", "PgDown", "Down", "Space"), "next_page"),
    Spec("previous", QT_TRANSLATE_NOOP("PlenaryWindow", "Previous page"),
         ("Left", "PgUp", "Up", "Backspace"), "previous_page"),
    Spec("first", QT_TRANSLATE_NOOP("PlenaryWindow", "First page"), ("Home",), "first_page"),
    Spec("last", QT_TRANSLATE_NOOP("PlenaryWindow", "Last page"), ("End",), "last_page"),
    Spec("full_screen", QT_TRANSLATE_NOOP("PlenaryWindow", "Full screen on or off"),
         ("F11", "F5"), "toggle_full_screen"),
    Spec("leave_full_screen", QT_TRANSLATE_NOOP("PlenaryWindow", "Leave full screen"),
         ("Esc",), "leave_full_screen"),
    Spec("language", QT_TRANSLATE_NOOP("PlenaryWindow", "Next language"),
         ("L",), "next_language"),
    Spec("import", QT_TRANSLATE_NOOP("PlenaryWindow", "Import results…"),
         ("Ctrl+I",), "import_dialog"),
    Spec("close", QT_TRANSLATE_NOOP("PlenaryWindow", "Close"), ("Ctrl+W",), "close"),
    Spec("help", QT_TRANSLATE_NOOP("PlenaryWindow", "Keyboard shortcuts"),
         ("F1",), "help.toggle"),
))

# ----------------------------------------------------------------- organiser: library

_LIBRARY = QT_TRANSLATE_NOOP("LibraryWindow", "&Library")
LIBRARY = Keymap("LibraryWindow", (
    Spec("new", QT_TRANSLATE_NOOP("LibraryWindow", "&New event…"),
         (STANDARD.New,), "open_editor", (None,), menu=_LIBRARY),
    Spec("find", QT_TRANSLATE_NOOP("LibraryWindow", "&Find"),
         (STANDARD.Find,), "focus_search", menu=_LIBRARY),
    Spec("close", QT_TRANSLATE_NOOP("LibraryWindow", "&Close"),
         ("Ctrl+W",), "close", menu=_LIBRARY),
    Spec("help", QT_TRANSLATE_NOOP("LibraryWindow", "Keyboard shortcuts"),
         ("F1",), "help.toggle", menu=QT_TRANSLATE_NOOP("LibraryWindow", "&Help")),
), toolbar=("new",))

# ----------------------------------------------------------------- organiser: event editor

_EVENT = QT_TRANSLATE_NOOP("EventEditor", "E&vent")
_EDIT = QT_TRANSLATE_NOOP("EventEditor", "&Edit")
EDITOR = Keymap("EventEditor", (
    Spec("kits", QT_TRANSLATE_NOOP("EventEditor", "Write table &kits…"),
         ("Ctrl+K",), "write_kits", menu=_EVENT),
    Spec("kits_app", QT_TRANSLATE_NOOP("EventEditor", "Write table kits with the &app…"),
         ("Ctrl+Shift+K",), "write_kits_with_app", menu=_EVENT),
    Spec("save_template", QT_TRANSLATE_NOOP("EventEditor", "Save as &template…"),
         (), "save_as_template", menu=_EVENT),
    Spec("finalise", QT_TRANSLATE_NOOP("EventEditor", "&Finalise…"),
         (), "finalise", menu=_EVENT, separator=True, edits=True),
    Spec("reopen", QT_TRANSLATE_NOOP("EventEditor", "Re&open"),
         (), "reopen", menu=_EVENT, read_only_only=True),
    # An archive is the record of a finished event: only a finalised one has one.
    Spec("archive", QT_TRANSLATE_NOOP("EventEditor", "&Archive…"),
         (), "archive", menu=_EVENT, read_only_only=True),
    Spec("close", QT_TRANSLATE_NOOP("EventEditor", "&Close"),
         ("Ctrl+W",), "close", menu=_EVENT, separator=True),
    # Fixed texts (the step goes in the tooltip) so the toolbar does not jump around.
    Spec("undo", QT_TRANSLATE_NOOP("EventEditor", "&Undo"),
         (STANDARD.Undo,), "session.undo_stack.undo", menu=_EDIT),
    Spec("redo", QT_TRANSLATE_NOOP("EventEditor", "&Redo"),
         (STANDARD.Redo,), "session.undo_stack.redo", menu=_EDIT),
    Spec("help", QT_TRANSLATE_NOOP("EventEditor", "Keyboard shortcuts"),
         ("F1",), "help.toggle", menu=QT_TRANSLATE_NOOP("EventEditor", "&Help")),
), toolbar=("undo", "redo", "save_template", "kits", "finalise", "reopen", "archive"))

#: every window with a keymap of its own (the workspace's is built per table)
WINDOWS: dict[str, Keymap | None] = {
    "StartWindow": START,
    "TableWorkspace": None,
    "RapporteurWindow": RAPPORTEUR,
    "PlenaryWindow": PLENARY,
    "LibraryWindow": LIBRARY,
    "EventEditor": EDITOR,
    "ConsentNotice": CONSENT_NOTICE,
}
