"""Errors raised below the faces: English on the command line, the interface language in
the windows (issue 16.6).

Every error a person meets carries a code; roundtables/messages.py holds its English
template, marked for translation; the windows show it through one function,
roundtables.ui.errors.error_text.
"""

from __future__ import annotations

import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_workspace_support import open_workspace

from roundtables.cli import run
from roundtables.domain import Event, RoundtablesError
from roundtables.messages import MESSAGES, PHRASES, error
from roundtables.resources import resource_path
from roundtables.storage import Store
from roundtables.storage.errors import _KINDS
from roundtables.ui.errors import error_text
from roundtables.ui.i18n import install_translator
from roundtables.ui.organiser.csv_import import CsvImportDialog
from roundtables.ui.organiser.editor import EventEditor

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
#: `code="..."` (an error built by hand) and `error("...")` (through the catalogue).
RAISED = re.compile(
    r"""\bcode\s*=\s*["']([a-z][a-z0-9-]*)["']|\b(?:error|Message)\(\s*["']([a-z][a-z0-9-]*)["']"""
)


def codes_in_source() -> dict[str, str]:
    """Every error code the code base raises -> a file that raises it."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "roundtables").rglob("*.py")):
        for match in RAISED.finditer(path.read_text(encoding="utf-8")):
            found.setdefault(match.group(1) or match.group(2), str(path.relative_to(ROOT)))
    for code in _KINDS.values():
        found.setdefault(code, "roundtables/storage/errors.py")
    return found


def english_fragments(code: str) -> list[str]:
    """The words of an English template outside its placeholders (what must not show)."""
    parts = PLACEHOLDER.split(MESSAGES[code])
    return [p.strip(" ;:,.()'") for p in parts if len(re.findall(r"[A-Za-z]{3,}", p)) >= 2]


@pytest.fixture(params=["nl", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in Dutch, then in French (the shipped .qm files)."""
    installed = install_translator(qapp, request.param)
    assert installed, "the shipped translation did not load"
    yield request.param
    for translator in installed:
        qapp.removeTranslator(translator)


def assert_no_english(shown: str, code: str) -> None:
    """No run of three words of the English template shows (paths and names aside)."""
    assert shown.strip()
    for fragment in english_fragments(code):
        words = fragment.split()
        for i in range(len(words) - 2):
            assert " ".join(words[i:i + 3]) not in shown, (fragment, shown)


# ------------------------------------------------------------------ the catalogue


def test_every_code_raised_in_the_code_base_has_a_catalogue_entry() -> None:
    found = codes_in_source()
    assert len(found) >= 20  # the scan itself works
    missing = {code: where for code, where in found.items() if code not in MESSAGES}
    assert not missing


def test_every_catalogue_entry_is_translated_with_the_same_placeholders() -> None:
    for language in ("nl", "fr"):
        ts = resource_path("translations") / f"roundtables_{language}.ts"
        translated: dict[str, str] = {}
        for context in ET.parse(ts).getroot().iter("context"):
            if context.findtext("name") != "Errors":
                continue
            for message in context.iter("message"):
                element = message.find("translation")
                assert element is not None
                if element.get("type") != "unfinished" and element.text:
                    translated[message.findtext("source") or ""] = element.text
        for source in [*MESSAGES.values(), *PHRASES]:
            assert source in translated, (language, source)
            assert sorted(PLACEHOLDER.findall(translated[source])) == sorted(
                PLACEHOLDER.findall(source)), (language, source)


def test_the_english_message_is_the_template_filled_in() -> None:
    raised = error("no-table", event="symposium", number=9)
    assert str(raised) == "Event 'symposium' has no table 9"
    assert raised.code == "no-table" and raised.params == {"event": "symposium", "number": "9"}


# ------------------------------------------------------------------ the two faces


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.commit()
    conn.close()
    return path


def test_the_command_line_stays_english_whatever_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("ROUNDTABLES_LANG", "nl")
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    path = _foreign(tmp_path / "books.db")
    assert run(["events", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert "is not a Roundtables database; nothing was changed" in err and str(path) in err


def test_a_foreign_database_is_told_in_the_interface_language(
    language: str, tmp_path: Path,
) -> None:
    path = _foreign(tmp_path / "books.db")
    with pytest.raises(RoundtablesError) as raised:
        Store.open(path)
    assert raised.value.code == "foreign-database"
    shown = error_text(raised.value)
    assert str(path) in shown
    assert_no_english(shown, "foreign-database")


def test_an_error_without_a_code_is_shown_as_it_is(language: str) -> None:
    assert error_text(RoundtablesError("Something odd")) == "Something odd"
    assert error_text(ValueError("plain")) == "plain"


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_a_full_disk_on_draft_save_is_shown_in_the_interface_language(
    language: str, demo_event: Event, store: Store, qtbot: QtBot,
) -> None:
    ws = open_workspace(qtbot, store, demo_event, 1)
    english_status = "The draft is not saved"
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count={pages}")  # the disk is full from now on
    ws.capture.field.setPlainText("A long half-typed thought " * 2000)
    qtbot.waitUntil(lambda: str(store.path) in ws.statusBar().currentMessage(), timeout=3000)
    shown = ws.statusBar().currentMessage()
    assert english_status not in shown
    assert_no_english(shown, "disk-full")
    assert "save to" not in shown  # the {doing} phrase is translated too
    store.conn.execute(f"PRAGMA max_page_count={pages * 100}")


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_csv_without_a_name_column_is_shown_in_the_interface_language(
    language: str, qtbot: QtBot, store: Store, demo_event: Event, tmp_path: Path, prompts,
) -> None:
    editor = EventEditor(store, demo_event.id)
    qtbot.addWidget(editor)
    path = tmp_path / "no-names.csv"
    path.write_text("Organisation;Email\nStad Gent;a@gent.be\n", encoding="utf-8")
    prompts.answer(path)
    editor.participants.import_csv()
    dialog = editor.participants.import_dialog
    assert isinstance(dialog, CsvImportDialog), prompts.asked
    qtbot.addWidget(dialog)
    assert "no-names.csv" in dialog.message.text()
    assert_no_english(dialog.message.text(), "csv-no-name-column")
    dialog.import_rows()
    [message] = prompts.messages("error")
    assert "no-names.csv" in message
    assert_no_english(message, "csv-no-name-column")


#: Faces word their own errors (self.tr in the windows, English on the command line).
FACES = ("roundtables/ui/", "roundtables/commands/", "roundtables/cli.py", "roundtables/app.py")


def uncoded_raises(source: str) -> list[int]:
    """Lines that raise a RoundtablesError (or a subclass) by hand without a code."""
    import ast

    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
            continue
        called = node.exc.func
        name = called.id if isinstance(called, ast.Name) else getattr(called, "attr", "")
        if not name.endswith("Error") or name in {"ValueError", "TypeError", "KeyError",
                                                   "AttributeError", "AssertionError"}:
            continue
        first = node.exc.args[0] if node.exc.args else None
        by_code = (  # ContainerError("zip-empty", ...): the catalogue code comes first
            isinstance(first, ast.Constant) and isinstance(first.value, str)
            and first.value in MESSAGES
        )
        if not by_code and not any(k.arg == "code" for k in node.exc.keywords):
            found.append(node.lineno)
    return found


def test_errors_below_the_faces_carry_a_code() -> None:
    # Below the faces an error reaches a Dutch or French window: it must be a
    # catalogue code (``error("...")``), never English text raised by hand.
    offenders = []
    for path in sorted((ROOT / "roundtables").rglob("*.py")):
        relative = str(path.relative_to(ROOT))
        if relative.startswith(FACES):
            continue
        offenders += [f"{relative}:{line}" for line in uncoded_raises(path.read_text("utf-8"))]
    assert not offenders, "raise error('code', ...) instead:\n" + "\n".join(offenders)


def test_the_check_finds_a_hand_written_english_error() -> None:
    assert uncoded_raises("raise RoundtablesError(f'No event {x}')\n") == [1]
    assert uncoded_raises("raise ContainerError('bad', 'x')\n") == [1]
    assert uncoded_raises("raise ContainerError('zip-empty')\n") == []
    assert uncoded_raises("raise error('no-event', ref=x)\n") == []
    assert uncoded_raises("raise RoundtablesError(m, code=c, params=p)\n") == []


def test_what_an_archive_check_found_is_listed_in_the_interface_language(
    language: str, tmp_path: Path,
) -> None:
    # The organiser's window words the report as error_text(report.summary(error_text)).
    from roundtables.archive.verify import ArchiveReport
    from roundtables.messages import Message

    report = ArchiveReport(path=tmp_path / "forged.zip", manifest={"event": {}})
    report.problems += [
        Message("archive-member-changed", name="event.json"),
        Message("archive-member-missing", name="synthesis.docx"),
        Message("archive-member-added", name="x.exe"),
        Message("archive-checksums-differ", name="SHA256SUMS"),
    ]
    english = str(report.summary())
    assert english == (
        "forged.zip has been changed or damaged (4 problems): event.json changed (SHA-256 "
        "differs); synthesis.docx is missing; x.exe was added (not in the manifest); and 1 more"
    )
    shown = error_text(report.summary(error_text))
    assert "forged.zip" in shown and "event.json" in shown and "x.exe" in shown
    for code in ("archive-damaged", "archive-member-changed", "archive-member-missing",
                 "archive-member-added", "archive-more-problems"):
        assert_no_english(shown, code)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_the_registration_preview_warns_in_the_interface_language(
    language: str, qtbot: QtBot, store: Store, demo_event: Event, tmp_path: Path, prompts,
) -> None:
    editor = EventEditor(store, demo_event.id)
    qtbot.addWidget(editor)
    path = tmp_path / "people.csv"
    path.write_text(
        "Name;Email;Consent;Table\nAnna Smit;a@x.be;maybe later;first\nANNA SMIT;b@x.be;yes;1\n",
        encoding="utf-8",
    )
    prompts.answer(path)
    editor.participants.import_csv()
    dialog = editor.participants.import_dialog
    assert isinstance(dialog, CsvImportDialog), prompts.asked
    qtbot.addWidget(dialog)
    checks = [dialog.preview.item(row, 7).text() for row in range(dialog.preview.rowCount())]
    assert "maybe later" in checks[0] and "first" in checks[0]
    assert_no_english(checks[0], "row-consent-unclear")
    assert_no_english(checks[0], "row-table-unclear")
    assert_no_english(checks[1], "row-same-name-line")


def test_every_kind_of_exchanged_record_is_worded_in_the_interface_language(
    language: str,
) -> None:
    # The hand-over's conflict list names the kind of record ("action point").
    from roundtables.domain import RECORD_TYPES
    from roundtables.ui.errors import phrase_text

    for cls in RECORD_TYPES:
        assert cls.NOUN in PHRASES, cls
    assert phrase_text("action point") != "action point"
    assert phrase_text("participant (not a catalogue phrase)") == (
        "participant (not a catalogue phrase)"
    )
