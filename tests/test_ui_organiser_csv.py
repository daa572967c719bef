"""Participant CSV import through the editor's dialog: real files, real database."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from roundtables.domain import Event, Participant
from roundtables.storage import Store
from roundtables.ui.organiser.csv_import import CsvImportDialog
from roundtables.ui.organiser.editor import EventEditor

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

DUTCH_EXPORT = (
    "Naam;Organisatie;Rol;Toestemming;E-mail;Tafel\r\n"
    "Anna Peeters;Stad Gent;procurement officer;ja;anna@gent.be;1\r\n"
    "Jan Jansens;VVSG;policymaker;nee;jan@vvsg.be;2\r\n"
    "anna  PEETERS;Stad Gent;;alleen organisatie;;3\r\n"
    "Bart Claes;Fairphone;brand;organisatie;bart@example.org;\r\n"
)


@pytest.fixture
def editor(qtbot, store: Store, demo_event: Event) -> EventEditor:
    window = EventEditor(store, demo_event.id)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.participants)
    return window


def _open_dialog(qtbot, editor: EventEditor, path: Path, prompts) -> CsvImportDialog:
    prompts.answer(path)
    qtbot.mouseClick(editor.participants.import_button, Qt.MouseButton.LeftButton)
    dialog = editor.participants.import_dialog
    assert isinstance(dialog, CsvImportDialog), prompts.asked
    qtbot.addWidget(dialog)
    return dialog


def _names(store: Store, event: Event) -> set[str]:
    return {p.name for p in store.participants(event.id)}


def test_utf8_bom_semicolon_export_is_mapped_previewed_and_imported(
    qtbot, editor, store, demo_event, tmp_path, prompts
) -> None:
    path = tmp_path / "registrations.csv"
    path.write_bytes(b"\xef\xbb\xbf" + DUTCH_EXPORT.encode("utf-8"))
    before = len(store.participants(demo_event.id))
    dialog = _open_dialog(qtbot, editor, path, prompts)

    # The mapping combos show registration's proposal for the Dutch headers.
    chosen = {field: combo.currentText() for field, combo in dialog.combos.items()}
    assert chosen["name"] == "Naam" and chosen["consent"] == "Toestemming"
    assert chosen["email"] == "E-mail" and chosen["table"] == "Tafel"
    assert chosen["first_name"] == "(not in the file)"
    assert dialog.about.text() == "4 rows, UTF-8 with BOM, separated by semicolon"
    # Preview: first rows, consent as understood, the repeated person flagged.
    assert dialog.preview.rowCount() == 4
    assert dialog.preview.item(1, 4).text() == "nee → anonymous"
    assert dialog.duplicate_lines() == [4]
    assert "same name as line 2" in dialog.preview.item(2, 7).text()
    assert "Possible duplicates in the rows shown: 1" in dialog.message.text()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    people = {p.name: p for p in store.participants(demo_event.id)}
    assert len(people) == before + 3  # the duplicate was skipped
    assert people["Jan Jansens"].consent == "anonymous"
    assert people["Bart Claes"].consent == "organisation"
    assert people["Anna Peeters"].email == "anna@gent.be"
    seat = store.seats_of(people["Jan Jansens"].id)
    assert len(seat) == 1
    assert store.find_table(demo_event, 2).id == seat[0].table_id
    assert not store.in_transaction()
    qtbot.waitUntil(lambda: editor.participants.model.rowCount() == before + 3)
    assert "Imported 3 participants; rows skipped: 1" in editor.statusBar().currentMessage()

    # One step back removes the whole import.
    editor.undo_action.trigger()
    assert len(store.participants(demo_event.id)) == before
    assert store.get(Participant, people["Jan Jansens"].id).deleted


def test_windows_1252_comma_export_keeps_accents(
    qtbot, editor, store, demo_event, tmp_path, prompts
) -> None:
    text = (
        "Name,Organisation,Consent,Email\r\n"
        "Amélie Lefèvre,Ville de Liège,oui,amelie@liege.be\r\n"
        "Jürgen Maes-Öztürk,Gemeente Zwalm,,jm@zwalm.be\r\n"
    )
    path = tmp_path / "inscriptions.csv"
    path.write_bytes(text.encode("cp1252"))
    dialog = _open_dialog(qtbot, editor, path, prompts)
    assert "Windows-1252" in dialog.about.text() and "comma" in dialog.about.text()
    assert dialog.preview.item(0, 1).text() == "Amélie Lefèvre"
    dialog.import_rows()
    people = {p.name: p for p in store.participants(demo_event.id)}
    assert people["Amélie Lefèvre"].organisation == "Ville de Liège"
    assert people["Jürgen Maes-Öztürk"].consent == "named"  # empty cell: the default


def test_default_consent_and_keeping_duplicates_are_the_organisers_choice(
    qtbot, editor, store, demo_event, tmp_path, prompts
) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name;Organisation\nEls Van den Broeck;Someone else\nNew Person;X\n")
    dialog = _open_dialog(qtbot, editor, path, prompts)
    assert dialog.duplicate_lines() == [2]  # already a participant of the demo
    dialog.default_consent.setCurrentIndex(dialog.default_consent.findData("anonymous"))
    dialog.skip_duplicates.setChecked(False)
    dialog.import_rows()
    people = [p for p in store.participants(demo_event.id) if p.name == "Els Van den Broeck"]
    assert len(people) == 2
    new = next(p for p in store.participants(demo_event.id) if p.name == "New Person")
    assert new.consent == "anonymous"


def test_a_missing_name_column_is_named_and_nothing_is_imported(
    qtbot, editor, store, demo_event, tmp_path, prompts
) -> None:
    path = tmp_path / "no-names.csv"
    path.write_text("Organisation;Email\nStad Gent;a@gent.be\n", encoding="utf-8")
    before = _names(store, demo_event)
    dialog = _open_dialog(qtbot, editor, path, prompts)
    assert "'name'" in dialog.message.text()
    assert not dialog.import_button.isEnabled()
    assert dialog.preview.rowCount() == 0
    dialog.import_rows()
    [message] = prompts.messages("error")
    assert "'name'" in message and "\n" not in message
    assert _names(store, demo_event) == before


def test_unmapping_the_name_column_disables_the_import(
    qtbot, editor, store, demo_event, tmp_path, prompts
) -> None:
    path = tmp_path / "registrations.csv"
    path.write_text(DUTCH_EXPORT, encoding="utf-8")
    dialog = _open_dialog(qtbot, editor, path, prompts)
    dialog.set_column("name", None)
    assert not dialog.import_button.isEnabled() and "name" in dialog.message.text()
    dialog.set_column("name", "Naam")
    assert dialog.import_button.isEnabled() and dialog.preview.rowCount() == 4


def test_an_unreadable_file_is_one_line_and_opens_no_dialog(
    qtbot, editor, store, demo_event, tmp_path, prompts
) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    before = _names(store, demo_event)
    prompts.answer(path)
    editor.participants.import_csv()
    [message] = prompts.messages("error")
    assert "photo.csv" in message and "\n" not in message
    assert editor.participants.import_dialog is None
    assert _names(store, demo_event) == before


def test_ten_thousand_rows_import_in_one_step(
    qtbot, editor, store, demo_event, tmp_path, prompts
) -> None:
    lines = ["Name;Organisation;Consent;Table"]
    lines += [f"Person {i:05d};Org {i % 97};yes;{i % 3 + 1}" for i in range(10_000)]
    path = tmp_path / "big.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    before = len(store.participants(demo_event.id))
    dialog = _open_dialog(qtbot, editor, path, prompts)
    assert dialog.preview.rowCount() == 20  # only the first rows are shown
    started = time.perf_counter()
    dialog.import_rows()
    qtbot.waitUntil(lambda: editor.participants.model.rowCount() == before + 10_000)
    elapsed = time.perf_counter() - started
    assert len(store.participants(demo_event.id)) == before + 10_000
    table = store.find_table(demo_event, 2)
    assert len(store.attendance(table.id)) >= 3333
    assert elapsed < 20, elapsed  # generous: CI machines are slow, but not this slow
