"""A real client reads the synthesis: LibreOffice converts it to PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from roundtables.domain import Event
from roundtables.storage import Store
from roundtables.synthesis import build_synthesis

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def convert(document: Path, folder: Path, kind: str = "pdf") -> Path:
    """Convert with LibreOffice headless, in a private profile (parallel runs don't collide)."""
    assert SOFFICE, "LibreOffice (soffice) is needed: run 'make soffice'"
    profile = folder / "lo-profile"
    completed = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", kind, "--outdir", str(folder), str(document)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    result = folder / f"{document.stem}.{kind}"
    assert completed.returncode == 0, completed.stderr
    assert result.is_file(), f"no {kind}: {completed.stdout} {completed.stderr}"
    return result


@pytest.mark.slow
def test_libreoffice_converts_the_demo_synthesis_with_its_tracked_changes(
    store: Store, demo_event: Event, tmp_path: Path
) -> None:
    document = build_synthesis(store.harvest(demo_event), tmp_path / "synthesis.docx")
    xml = zipfile.ZipFile(document).read("word/document.xml")
    assert xml.count(b"<w:ins ") >= 3 and xml.count(b"<w:del ") >= 3
    pdf = convert(document, tmp_path)
    content = pdf.read_bytes()
    assert content.startswith(b"%PDF") and len(content) > 50_000
    pdftotext = shutil.which("pdftotext")
    if pdftotext:  # poppler-utils comes with the same install step; check the words too
        text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True,
                              timeout=60, check=True).stdout
        assert "Consolidated action plan" in text
        assert demo_event.title.split(":")[0] in text


@pytest.mark.slow
def test_libreoffice_reads_the_amendments_as_changes_by_each_table(
    store: Store, demo_event: Event, tmp_path: Path
) -> None:
    harvest = store.harvest(demo_event)
    document = build_synthesis(harvest, tmp_path / "synthesis.docx")
    xml = zipfile.ZipFile(document).read("word/document.xml")
    revisions = xml.count(b"<w:ins ") + xml.count(b"<w:del ")
    # LibreOffice's own flat format lists every change it will offer to accept or reject.
    flat = convert(document, tmp_path, "fodt").read_text(encoding="utf-8")
    assert flat.count("<text:changed-region") == revisions
    authors = set(re.findall(r"<dc:creator>(Table \d+)</dc:creator>", flat))
    proposing = {t.table.number for t in harvest.tables for f in t.feedback if f.proposed_wording}
    assert authors == {f"Table {n}" for n in proposing}
