"""The hand-over's refusals can be translated: each carries a catalogue code (issue 16.6).

Every ``raise`` in the exchange package and the ZIP container names a code of the
catalogue (roundtables/messages.py) with exactly the template's parameters; a
refused results file is told in the rapporteur's window in Dutch and French, with
no English left, while the command line keeps its English line naming the file.
"""

from __future__ import annotations

import ast
import errno
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from exchange_helpers import read_members, rebuild, records_fingerprint, write_members
from PySide6.QtCore import QCoreApplication
from test_messages import assert_no_english, language  # noqa: F401 - the nl/fr fixture

from roundtables.cli import run
from roundtables.domain import Event
from roundtables.exchange import import_file, write_results, write_table_kits
from roundtables.messages import CONTEXT, MESSAGES, PHRASE_PARAMS, PHRASES
from roundtables.storage import Store
from roundtables.ui.rapporteur.workspace import RapporteurWindow

ROOT = Path(__file__).resolve().parent.parent
#: Where the hand-over raises: the exchange package and the container under it.
SOURCES = [*sorted((ROOT / "roundtables" / "exchange").glob("*.py")),
           ROOT / "roundtables" / "container.py"]
#: The calls that build an error from a catalogue code (first argument) and parameters.
CODED = {"error", "ContainerError", "_Refused"}
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def _raises(path: Path) -> Iterator[ast.Raise]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and node.exc is not None:
            yield node


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"


def test_every_raise_in_the_hand_over_names_a_catalogue_code_with_its_parameters() -> None:
    checked = 0
    problems = []
    for path in SOURCES:
        for node in _raises(path):
            call = node.exc
            name = call.func.id if isinstance(call, ast.Call) and isinstance(
                call.func, ast.Name) else None
            if name not in CODED:
                problems.append(f"{_where(path, node)}: raises {ast.unparse(call)[:60]}")
                continue
            assert isinstance(call, ast.Call)
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Attribute) and first.attr == "code":
                continue  # passes on the code of a refusal raised just before (format.py)
            if not (isinstance(first, ast.Constant) and first.value in MESSAGES):
                problems.append(f"{_where(path, node)}: no catalogue code in {ast.unparse(call)}")
                continue
            wanted = set(PLACEHOLDER.findall(MESSAGES[first.value]))
            given = {k.arg for k in call.keywords if k.arg is not None}
            if name == "_Refused":
                given.add("what")  # the JSON's name, added where the refusal is caught
            if given != wanted:
                problems.append(f"{_where(path, node)}: {first.value} takes {sorted(wanted)}, "
                                f"given {sorted(given)}")
            checked += 1
    assert checked >= 80  # the walk itself finds the raises
    assert not problems, "\n".join(problems)


def test_the_walk_sees_a_raise_without_a_code(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text('def f():\n    raise RoundtablesError("no such file")\n', encoding="utf-8")
    [node] = list(_raises(planted))
    assert isinstance(node.exc, ast.Call) and isinstance(node.exc.func, ast.Name)
    assert node.exc.func.id not in CODED


# ------------------------------------------------------------------ crafted files


@pytest.fixture
def handed_in(store: Store, demo_event: Event, tmp_path: Path) -> dict[str, Path]:
    """Table 2's genuine results file and table 1's kit, as the sticks hold them."""
    stick, kits = tmp_path / "stick", tmp_path / "kits"
    stick.mkdir()
    kits.mkdir()
    table = store.find_table(demo_event, 2)
    return {"results": write_results(store, demo_event, table, stick / "table-2.zip"),
            "kit": write_table_kits(store, demo_event, kits)[0]}


@pytest.fixture
def rapporteur(tmp_path: Path, handed_in: dict[str, Path]) -> Iterator[Store]:
    """The rapporteur's database: the organiser's kits, nothing handed in yet."""
    with Store.open(tmp_path / "rapporteur.db") as opened:
        for kit in sorted(handed_in["kit"].parent.glob("*.zip")):
            assert import_file(opened, kit).outcome == "imported"
        yield opened


def _truncated(files: dict[str, Path], target: Path) -> Path:
    target.write_bytes(files["results"].read_bytes()[:300])
    return target


def _tampered(files: dict[str, Path], target: Path) -> Path:
    def edit(data: dict) -> None:
        data["records"]["notes"][0]["text"] = "Changed on the way"

    return rebuild(files["results"], target, payload=edit, rehash=False)


def _a_kit(files: dict[str, Path], target: Path) -> Path:
    target.write_bytes(files["kit"].read_bytes())
    return target


def _fraction(files: dict[str, Path], target: Path) -> Path:
    def edit(data: dict) -> None:
        data["records"]["notes"][0]["revision"] = 1.5

    return rebuild(files["results"], target, payload=edit)


def _foreign_question(files: dict[str, Path], target: Path) -> Path:
    kit = json.loads(read_members(files["kit"])["payload.json"])
    other = kit["records"]["questions"][0]["id"]  # a question of table 1

    def edit(data: dict) -> None:
        data["records"]["notes"][0]["question_id"] = other

    return rebuild(files["results"], target, payload=edit)


def _unsafe_name(files: dict[str, Path], target: Path) -> Path:
    members = read_members(files["results"])
    members["../escape.txt"] = b"out"
    return write_members(target, members)


CRAFTED: dict[str, tuple[Callable[[dict[str, Path], Path], Path], str]] = {
    "truncated": (_truncated, "zip-no-end-record"),
    "tampered": (_tampered, "exchange-checksum"),
    "a-kit": (_a_kit, "exchange-kit-not-results"),
    "fraction": (_fraction, "json-fraction"),
    "foreign-question": (_foreign_question, "exchange-foreign-reference"),
    "unsafe-name": (_unsafe_name, "zip-unsafe-name"),
}


@pytest.mark.parametrize("craft", sorted(CRAFTED))
def test_a_crafted_file_is_refused_with_its_code_and_the_english_line_names_the_file(
    craft: str, rapporteur: Store, handed_in: dict[str, Path], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make, code = CRAFTED[craft]
    path = make(handed_in, tmp_path / f"{craft}.zip")
    before = records_fingerprint(rapporteur)
    summary = import_file(rapporteur, path, expect="results")
    assert summary.rejected and summary.error is not None
    assert summary.error.code == code, summary.reason
    assert summary.reason == " ".join(str(summary.error).split())
    assert summary.line() == f"{craft}.zip: rejected: {summary.reason}"
    assert records_fingerprint(rapporteur) == before
    if craft == "a-kit":
        return  # `roundtables import` takes kits and results alike
    # The command line: English, one line naming the file.
    assert run(["import", "--db", str(rapporteur.path), str(path)]) == 1
    out = capsys.readouterr().out.strip()
    assert out == summary.line() and "\n" not in out


# ------------------------------------------------------------------ the rapporteur's window


@pytest.fixture
def window(qtbot, language: str, rapporteur: Store, demo_event: Event,  # noqa: F811
           ) -> RapporteurWindow:
    win = RapporteurWindow(rapporteur, demo_event.id, opener=lambda path: None)
    qtbot.addWidget(win)
    return win


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_crafted_files_are_refused_in_the_rapporteurs_language(
    window: RapporteurWindow, prompts, handed_in: dict[str, Path], tmp_path: Path,
    rapporteur: Store, language: str,  # noqa: F811
) -> None:
    paths = [make(handed_in, tmp_path / f"{name}.zip") for name, (make, _) in
             sorted(CRAFTED.items())]
    before = records_fingerprint(rapporteur)
    prompts.answer(paths)
    window.import_action.trigger()
    panel = window.handover_panel
    lines = list(reversed(panel.summary_lines()))  # the newest file is listed first
    assert len(lines) == len(CRAFTED)
    rejected = QCoreApplication.translate("ImportSummary", "{file}: rejected — {reason}")
    assert "rejected" not in rejected  # the frame of the line is translated too
    for (name, (_, code)), line in zip(sorted(CRAFTED.items()), lines, strict=True):
        assert line.startswith(f"{name}.zip"), line
        assert "\n" not in line
        assert_no_english(line.split(" — ", 1)[1], code)
    # Phrases inside a message (what a file or a record is) are translated with it.
    assert "a table kit" not in lines[0] and "a results file" not in lines[0]
    assert "guiding question" not in lines[1]
    assert "points outside" not in lines[5]
    assert records_fingerprint(rapporteur) == before


def test_every_phrase_the_hand_over_puts_in_a_message_is_in_the_catalogue() -> None:
    from roundtables.container import unsafe_name_reason
    from roundtables.exchange.authority import RECORD_NAMES
    from roundtables.exchange.reader import KIND_NAMES
    from roundtables.tempfiles import why

    reasons = {unsafe_name_reason(n) for n in ("", "a\\b", "/a", "../a", "a\x01", "a:b")}
    causes = {why(OSError(code, "")) for code in (errno.ENOSPC, errno.EROFS, errno.EIO)}
    for phrase in [*RECORD_NAMES.values(), *KIND_NAMES.values(), *reasons, *causes]:
        assert phrase in PHRASES, phrase
    # ...and the windows translate them wherever they stand.
    assert {"found_kind", "wanted_kind", "record_kind", "fault", "cause"} <= PHRASE_PARAMS
    assert CONTEXT == "Errors"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_crafted_kit_is_refused_in_the_start_windows_language(
    qtbot, language: str, prompts, handed_in: dict[str, Path], tmp_path: Path,  # noqa: F811
) -> None:
    from roundtables.ui.start_window import StartWindow

    kit = rebuild(handed_in["kit"], tmp_path / "kit-table-1.zip", rehash=False,
                  payload=lambda data: data["records"]["events"][0].update(title="Forged"))
    with Store.open(tmp_path / "laptop.db") as laptop:
        window = StartWindow(laptop)
        qtbot.addWidget(window)
        prompts.answer([kit])
        window.action_by_id["import"].trigger()
        (shown,) = prompts.messages("error")
        assert shown.startswith("kit-table-1.zip") and "\n" not in shown
        assert_no_english(shown, "exchange-checksum")
        assert "rejected" not in shown
        assert laptop.events() == []
