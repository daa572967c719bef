"""The rapporteur's generate panel: language and final version, through the one service."""

from __future__ import annotations

from pathlib import Path

import pytest
from synthesis_helpers import docx_text

from roundtables.domain import Event
from roundtables.storage import Store
from roundtables.ui.rapporteur.generate import GeneratePanel

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_the_panel_writes_a_final_dutch_synthesis_without_locking_the_event(
    qtbot, prompts, store: Store, demo_event: Event, tmp_path: Path
) -> None:
    opened: list[Path] = []
    panel = GeneratePanel(store, demo_event.id, opener=opened.append)
    qtbot.addWidget(panel)
    panel.language.setCurrentIndex(panel.language.findData("nl"))
    panel.final.setChecked(True)
    prompts.answer(tmp_path / "synthese")
    panel.generate_button.click()
    assert opened == [tmp_path / "synthese.docx"]
    text = docx_text(opened[0])
    assert "Definitieve versie" in text and "Ontwerp" not in text
    assert "Consolidated action plan" not in text and "Geconsolideerd actieplan" in text
    event = store.get(Event, demo_event.id)
    assert event is not None and not event.is_finalised
    assert prompts.messages("error") == []


def test_a_pdf_without_libreoffice_is_one_clear_line(
    qtbot, prompts, store: Store, demo_event: Event, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from roundtables.synthesis import office

    monkeypatch.setattr(office, "find_soffice", lambda: None)
    panel = GeneratePanel(store, demo_event.id, opener=lambda path: None)
    qtbot.addWidget(panel)
    prompts.answer(tmp_path / "s.pdf")
    panel.generate_button.click()
    assert "LibreOffice is not installed" in panel.status.text()
    assert "\n" not in panel.status.text()
    assert not (tmp_path / "s.pdf").exists()
