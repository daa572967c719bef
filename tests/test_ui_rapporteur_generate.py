"""The rapporteur generates the Word synthesis from the window and it opens."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from docx2python import docx2python
from PySide6.QtCore import Qt

from roundtables.domain import AttributionPolicy, Event, RoundtablesError
from roundtables.storage import Store
from roundtables.ui.rapporteur.workspace import RapporteurWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def opened() -> list[Path]:
    return []


@pytest.fixture
def window(qtbot, store: Store, demo_event: Event, opened: list[Path]) -> RapporteurWindow:
    win = RapporteurWindow(store, demo_event.id, opener=opened.append)
    qtbot.addWidget(win)
    with qtbot.waitExposed(win):
        win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def _text(path: Path) -> str:
    with docx2python(path) as document:
        return str(document.text)


def test_ctrl_g_writes_the_synthesis_and_opens_it(
    window: RapporteurWindow, qtbot, prompts, store: Store, demo_event, opened, tmp_path
) -> None:
    summary = window.key_panel.summary
    summary.setPlainText("A summary typed a moment ago.")  # not yet saved by the idle timer
    prompts.answer(tmp_path / "synthesis")  # the suffix is added
    started = time.perf_counter()
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert time.perf_counter() - started < 2
    assert opened == [tmp_path / "synthesis.docx"]
    text = _text(opened[0])
    assert "A summary typed a moment ago." in text
    for table in store.tables(demo_event.id):
        for note in store.notes(table.id)[:3]:
            assert note.text[:40] in text
    assert "Written" in window.generate_panel.status.text()
    assert prompts.messages("error") == []


def test_anonymous_synthesis_names_no_participant(
    window: RapporteurWindow, qtbot, prompts, store: Store, demo_event, opened, tmp_path
) -> None:
    window.generate_panel.set_attribution("anonymous")
    prompts.answer(tmp_path / "anonymous.docx")
    window.generate_panel.generate_button.click()
    assert len(opened) == 1
    text = _text(opened[0])
    people = store.participants(demo_event.id)
    assert people
    named = [p.name for p in people if p.name in text]
    assert named == []


def test_chatham_house_offers_only_anonymous(
    qtbot, store: Store, demo_event: Event, opened
) -> None:
    event = store.get(Event, demo_event.id)
    assert event is not None
    event.attribution_policy = AttributionPolicy.CHATHAM_HOUSE.value
    store.save(event)
    win = RapporteurWindow(store, demo_event.id, opener=opened.append)
    qtbot.addWidget(win)
    combo = win.generate_panel.attribution
    assert [combo.itemData(i) for i in range(combo.count())] == ["anonymous"]
    with pytest.raises(RoundtablesError, match="not allowed"):
        win.generate_panel.set_attribution("named")


def test_an_organisation_template_is_used(
    window: RapporteurWindow, prompts, opened, tmp_path
) -> None:
    from roundtables.resources import resource_path

    base = next(resource_path("word").glob("*.docx"))
    brand = tmp_path / "brand.docx"
    brand.write_bytes(base.read_bytes())
    panel = window.generate_panel
    prompts.answer([brand])
    panel.template_choice.activated.emit(1)
    assert panel.template == brand
    assert str(brand) in panel.template_label.text()
    prompts.answer(tmp_path / "branded.docx")
    panel.generate_button.click()
    assert opened == [tmp_path / "branded.docx"]
    panel.template_choice.activated.emit(0)
    assert panel.template is None


def test_a_template_that_is_no_word_file_is_an_error_in_one_line(
    window: RapporteurWindow, prompts, opened, tmp_path
) -> None:
    bogus = tmp_path / "brand.docx"
    bogus.write_text("not a Word file", encoding="utf-8")
    prompts.answer([bogus])
    window.generate_panel.template_choice.activated.emit(1)
    prompts.answer(tmp_path / "out.docx")
    window.generate_panel.generate_button.click()
    errors = prompts.messages("error")
    assert len(errors) == 1 and "\n" not in errors[0] and errors[0]
    assert opened == []
    assert not (tmp_path / "out.docx").exists()


def test_an_unwritable_path_is_an_error_in_one_line(
    window: RapporteurWindow, prompts, opened, tmp_path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    prompts.answer(blocker / "synthesis.docx")  # a folder that is a file
    window.generate_panel.generate_button.click()
    errors = prompts.messages("error")
    assert len(errors) == 1 and "\n" not in errors[0]
    assert opened == []


def test_cancelling_the_save_dialog_writes_nothing(
    window: RapporteurWindow, prompts, opened
) -> None:
    assert window.generate_panel.generate() is None  # no answer: the dialog was cancelled
    assert opened == [] and prompts.messages("error") == []


def test_a_template_missing_a_style_names_it_in_one_line(
    window: RapporteurWindow, prompts, opened, tmp_path
) -> None:
    import docx

    template = docx.Document()
    style = template.styles["List Bullet"].element
    style.getparent().remove(style)
    brand = tmp_path / "no-bullets.docx"
    template.save(str(brand))
    prompts.answer([brand], tmp_path / "out.docx")
    window.generate_panel.template_choice.activated.emit(1)
    window.generate_panel.generate_button.click()
    errors = prompts.messages("error")
    assert len(errors) == 1 and "\n" not in errors[0]
    assert "'List Bullet'" in errors[0]
    assert opened == [] and not (tmp_path / "out.docx").exists()
