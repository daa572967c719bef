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
    # Minimal word-level changes: mostly insertions, a replaced word as a deletion.
    assert xml.count(b"<w:ins ") >= 3 and xml.count(b"<w:del ") >= 1
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


def _pdf_text(pdf: Path) -> str:
    pdftotext = shutil.which("pdftotext")
    assert pdftotext, "poppler-utils (pdftotext) is needed with LibreOffice"
    return subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True,
                          timeout=60, check=True).stdout


@pytest.mark.slow
def test_synthesis_to_pdf_has_contents_with_page_numbers_tagged_and_its_language(
    store: Store, demo_event: Event, db_path: Path, tmp_path: Path
) -> None:
    from roundtables.cli import run

    out = tmp_path / "synthèse.pdf"
    assert run(["synthesis", demo_event.slug, "--db", str(db_path), "-o", str(out),
                "--language", "fr", "--final"]) == 0
    content = out.read_bytes()
    assert content.startswith(b"%PDF")
    assert b"/MarkInfo" in content and b"/StructTreeRoot" in content  # tagged
    assert b"/Lang(fr-BE)" in content
    text = _pdf_text(out)
    contents = text[text.index("Table des matières"):text.index("Résumé\n", text.index(
        "Table des matières") + 20) if "Résumé\n" in text else None]
    # Every chapter in the contents carries its page number ("Plan d'action consolidé....15").
    assert re.search(r"Plan d'action consolidé\s*\.{3,}\s*\d+", contents)
    assert re.search(r"Table ronde 1\s:", text)  # pdftotext shows the no-break space as one
    assert "Projet" not in text and "Right-click" not in text


@pytest.mark.slow
def test_a_brand_template_survives_libreoffice_with_its_header_and_letter_pages(
    store: Store, demo_event: Event, tmp_path: Path
) -> None:
    import io

    import docx
    from docx.shared import Inches
    from synthesis_helpers import tiny_png

    brand = docx.Document()
    section = brand.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.header.paragraphs[0].add_run().add_picture(io.BytesIO(tiny_png(60, 20)),
                                                       width=Inches(1.2))
    section.header.add_paragraph("Brand Org Policy Unit")
    section.footer.paragraphs[0].text = "Brand Org, Rue de la Loi 1"
    brand.styles["Heading 1"].font.name = "DejaVu Serif"
    path = tmp_path / "brand.docx"
    brand.save(str(path))
    document = build_synthesis(store.harvest(demo_event), tmp_path / "b.docx", template=path)
    pdf = convert(document, tmp_path)
    text = _pdf_text(pdf)
    pages = text.split("\f")
    body = [p for p in pages[1:] if p.strip()]
    assert all("Brand Org Policy Unit" in p for p in body)
    assert all("Rue de la Loi" in p for p in body)
    # No page holds only the header and footer (a break that spilled onto a page of its own).
    furniture = ("Brand Org", "Draft for review", "Page ")
    for number, page in enumerate(body, start=2):
        content = [line for line in page.splitlines()
                   if line.strip() and not any(f in line for f in furniture)]
        assert content, f"page {number} is empty"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "612 x 792" in info.stdout  # Letter
    # No word broken across table cell lines ("Tabl|e"): each header word whole.
    assert not re.search(r"\bTabl\s*\n\s*e\b", text)
