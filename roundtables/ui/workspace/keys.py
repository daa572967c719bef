"""Every action of the table workspace, declared as data in one place.

The menus, the shortcuts and the help overlay (F1) are all built from this list.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from roundtables.ui.workspace.actions import ActionSpec

if TYPE_CHECKING:
    from roundtables.ui.workspace.window import TableWorkspace


class WorkspaceKeys(QObject):
    """Builds the workspace's actions (a QObject so that its titles are translated)."""

    def specs(self, ws: TableWorkspace) -> list[ActionSpec]:
        """The actions of this workspace, in the order the help lists them."""
        tr, view = self.tr, ws.notes.view
        specs = [
            ActionSpec("consent", tr("Consent notice…"), ("Ctrl+Shift+I",),
                       ws.show_consent_notice, tr("&Table")),
            ActionSpec("hand_in", tr("Hand in results…"), ("Ctrl+Shift+E",), ws.hand_in,
                       tr("&Table")),
            ActionSpec("close", tr("Close the table"), ("Ctrl+W",), ws.close, tr("&Table")),
            ActionSpec("save_note", tr("Save the note"), ("Ctrl+Return", "Ctrl+Enter"),
                       ws.save_note, tr("&Edit"), edits=True),
            ActionSpec("focus_note", tr("Go to the note field"), ("Ctrl+N",), ws.focus_note,
                       tr("&Edit")),
            ActionSpec("undo", tr("Undo"), ("Ctrl+Z",), ws.undo_stack.undo, tr("&Edit"),
                       edits=True),
            ActionSpec("redo", tr("Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"), ws.undo_stack.redo,
                       tr("&Edit"), edits=True),
            ActionSpec("key_message", tr("Star the selected note as a key message"),
                       ("Ctrl+K",), ws.guard(ws.toggle_key_message), tr("&Edit"),
                       edits=True),
            ActionSpec("notes_list", tr("Go to the notes list"), ("Ctrl+L",), ws.focus_list,
                       tr("&Edit")),
            ActionSpec("edit_note", tr("Edit the selected note (markers, @ and # as typed)"),
                       ("F2",), ws.edit_selected, widget=view, edits=True),
            ActionSpec("edit_speaker", tr("Change the selected note's speaker"), ("Shift+F2",),
                       ws.edit_selected_speaker, widget=view, edits=True),
            ActionSpec("link_question", tr("Link the selected note to the current question"),
                       ("Ctrl+Shift+Q",), ws.guard(ws.link_selected_to_question),
                       widget=view, edits=True),
            ActionSpec("delete_note", tr("Delete the selected note"), ("Del",),
                       ws.guard(ws.delete_selected), widget=view, edits=True),
            ActionSpec("find", tr("Search the notes"), ("Ctrl+F",), ws.focus_search,
                       tr("&View")),
            ActionSpec("timer", tr("Start or pause the timer"), ("F6",), ws.timer.toggle,
                       tr("A&genda"), edits=True),
            ActionSpec("next_segment", tr("Next agenda segment"), ("F7",),
                       lambda: ws.move_segment(1), tr("A&genda"), edits=True),
            ActionSpec("previous_segment", tr("Previous agenda segment"), ("Shift+F7",),
                       lambda: ws.move_segment(-1), tr("A&genda"), edits=True),
            ActionSpec("next_question", tr("Next guiding question"), ("Ctrl+G",),
                       lambda: ws.step_question(1), tr("A&genda")),
            ActionSpec("previous_question", tr("Previous guiding question"), ("Ctrl+Shift+G",),
                       lambda: ws.step_question(-1), tr("A&genda")),
            ActionSpec("projector", tr("Projector mode"), ("F5",), ws.toggle_projector,
                       tr("&View")),
            ActionSpec("projector_full_screen", tr("Projector full screen"), ("Shift+F5",),
                       ws.toggle_projector_full_screen, tr("&View")),
            ActionSpec("help", tr("Keyboard shortcuts"), ("F1",), ws.toggle_help, tr("&Help")),
            ActionSpec("tab_notes", tr("Show the notes"), ("Alt+N",), lambda: ws.show_tab(0),
                       tr("&View")),
        ]
        for module_name, title, key, tab in ws.panel_tabs:
            specs.append(ActionSpec(f"tab_{module_name}", tr("Show {panel}").format(panel=title),
                                    (key,),
                                    partial(ws.show_tab, tab), tr("&View")))
        for i, note_type in enumerate(ws.table_event.note_types[:9]):
            specs.append(ActionSpec(
                f"type_{i + 1}", tr("Note type: {label}").format(label=note_type.label),
                (f"Alt+{i + 1}",), ws.guard(partial(ws.apply_type, i)), edits=True,
            ))
        return specs


def workspace_actions(ws: TableWorkspace) -> list[ActionSpec]:
    """The workspace's actions (see :class:`WorkspaceKeys`)."""
    return WorkspaceKeys(ws).specs(ws)
