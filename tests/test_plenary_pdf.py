"""The plenary handout: ``roundtables plenary EVENT -o F.pdf``, one PDF page per view page."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from roundtables.domain import Event
from roundtables.services.plenary import plenary_pages
from roundtables.storage import Store
from roundtables.ui.plenary.pdf import write_plenary_pdf
from roundtables.ui.plenary.window import PlenaryWindow
from tests import plenary_support
from tests.plenary_support import HIDDEN, hand_in

ROOT = Path(__file__).resolve().parent.parent

results = plenary_support.results
rapporteur_store = plenary_support.rapporteur_store

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="poppler-utils (pdftotext, pdfinfo) reads the PDF back",
)


def rt(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True, text=True, timeout=120,
    )


def pdf_pages(path: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with a form feed)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


@needs_poppler
def test_the_handout_has_one_page_per_view_page_and_names_nobody_who_refused(
    qtbot, rapporteur_store: Store, results: dict[int, Path], demo_event: Event,
    tmp_path: Path,
) -> None:
    hand_in(rapporteur_store, results, 1, 2, 3)
    window = PlenaryWindow(rapporteur_store, demo_event.id)
    qtbot.addWidget(window)
    target = tmp_path / "out" / "plenary.pdf"
    target.parent.mkdir()
    result = rt("plenary", demo_event.slug, "-o", str(target), "--db",
                str(rapporteur_store.path))
    assert result.returncode == 0, result.stderr
    assert f"({len(window.pages)} pages)" in result.stdout
    pages = pdf_pages(target)
    assert len(pages) == len(window.pages)
    for number, (text, page) in enumerate(zip(pages, window.pages, strict=True), 1):
        flat = " ".join(text.split())
        assert " ".join(page.title.split())[:30] in flat
        assert f"{number} / {len(pages)}" in flat
    everything = "\n".join(pages)
    for part in HIDDEN.split():
        assert part.casefold() not in everything.casefold()
    assert "pool every ICT" in " ".join(everything.split())
    assert [p.name for p in target.parent.iterdir()] == ["plenary.pdf"]  # no temporary left


@needs_poppler
def test_the_handout_in_dutch(
    rapporteur_store: Store, results: dict[int, Path], demo_event: Event, tmp_path: Path,
) -> None:
    hand_in(rapporteur_store, results, 1, 2)
    target = tmp_path / "plenair.pdf"
    result = rt("plenary", demo_event.slug, "-o", str(target), "--language", "nl",
                "--db", str(rapporteur_store.path))
    assert result.returncode == 0, result.stderr
    text = " ".join("\n".join(pdf_pages(target)).split())
    for label in ("Resultaten ontvangen", "Kernboodschappen", "Belangrijkste actiepunten",
                  "De verklaring: waar de tafels staan", "Voorgestelde formuleringen"):
        assert label in text
    assert "Key messages" not in text


@needs_poppler
def test_written_from_python_the_pages_match_the_model(
    qtbot, rapporteur_store: Store, results: dict[int, Path], demo_event: Event,
    tmp_path: Path,
) -> None:
    hand_in(rapporteur_store, results, 2)
    plenary = plenary_pages(rapporteur_store.harvest(rapporteur_store.get(Event, demo_event.id)),
                            "fr")
    path = write_plenary_pdf(plenary, tmp_path / "fr.pdf")
    assert len(pdf_pages(path)) == len(plenary.pages)


def test_bad_output_is_one_line_and_nothing_written(
    rapporteur_store: Store, results: dict[int, Path], demo_event: Event, tmp_path: Path,
) -> None:
    hand_in(rapporteur_store, results, 1)
    db = str(rapporteur_store.path)
    for target, why in [
        (tmp_path / "gone" / "x.pdf", "does not exist"),
        (tmp_path / "x.docx", "ending in .pdf"),
    ]:
        result = rt("plenary", demo_event.slug, "-o", str(target), "--db", db)
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and why in lines[0] and "Traceback" not in result.stderr
        assert not target.exists()
    result = rt("plenary", "no-such-event", "-o", str(tmp_path / "x.pdf"), "--db", db)
    assert result.returncode != 0 and len(result.stderr.strip().splitlines()) == 1


def test_the_command_line_starts_without_qt() -> None:
    code = (
        "import sys; from roundtables import cli; cli.build_parser(); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@needs_poppler
def test_odd_text_reaches_the_handout(qtbot, tmp_path: Path) -> None:
    from tests.synthesis_helpers import small_harvest

    harvest = small_harvest({1: ["x" * 20_000, "Vóór 2030 🚀 – مرحبا – ok"]})
    for note in harvest.tables[0].notes:
        note.key_message = True
    plenary = plenary_pages(harvest, "fr")
    path = write_plenary_pdf(plenary, tmp_path / "odd.pdf")
    pages = pdf_pages(path)
    assert len(pages) == len(plenary.pages)
    assert "Vóór 2030" in pages[1]
