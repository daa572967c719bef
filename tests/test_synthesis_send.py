"""A synthesis one sends: every note once, nothing empty, its language, final, accessible."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import docx.text.paragraph
import pytest
from synthesis_helpers import docx_parts, docx_text, small_harvest, tiny_png

from roundtables.cli import run
from roundtables.domain import (
    AgendaSegment,
    Attachment,
    Event,
    EventHarvest,
    GuidingQuestion,
    Note,
)
from roundtables.storage import Store
from roundtables.synthesis import build_synthesis
from roundtables.synthesis.labels import EN
from roundtables.synthesis.text import clean_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def harvest(store: Store, demo_event: Event) -> EventHarvest:
    return store.harvest(demo_event)


def _body_outside_summary(path: Path) -> str:
    """The document's text after the executive summary (title page, contents, summary out)."""
    document = docx.Document(str(path))
    chapters = [i for i, p in enumerate(document.paragraphs) if p.style.name == "Heading 1"]
    start = chapters[1]  # the first chapter after the executive summary
    body = document.element.body
    first = document.paragraphs[start]._p
    texts, on = [], False
    for block in body.iterchildren():
        if block is first:
            on = True
        if on:
            texts.append("".join(t.text or "" for t in block.iter(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t")))
    return "\n".join(texts)


def test_every_note_appears_once_outside_the_summary(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    out = build_synthesis(harvest, tmp_path / "s.docx")
    body = _body_outside_summary(out)
    notes = [n for t in harvest.tables for n in t.notes if n.text.strip()]
    counts = {n.text: body.count(clean_text(n.text)) for n in notes}
    assert [text for text, count in counts.items() if count != 1] == []
    # Key messages are marked where they stand, in words.
    flagged = [n for n in notes if n.key_message]
    assert body.count("Key message: ") == len(flagged) > 0


def test_the_keynote_note_stands_with_the_keynote_not_under_general(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    out = build_synthesis(harvest, tmp_path / "s.docx")
    paragraphs = [p.text for p in docx.Document(str(out)).paragraphs]
    for table in harvest.tables:
        keynote = next(n for n in table.notes if n.text.startswith("Keynote:"))
        assert paragraphs.count(clean_text(keynote.text)) == 1
        at = paragraphs.index(clean_text(keynote.text))
        assert paragraphs[at - 1] == "Notes on the keynote"
        chapter = paragraphs[:at]
        assert chapter[len(chapter) - 1 - chapter[::-1].index(
            next(p for p in reversed(chapter) if p.startswith("Round table")))].startswith(
            f"Round table {table.table.number}")


def test_nothing_empty_and_unanswered_questions_are_open_questions(tmp_path: Path) -> None:
    harvest = small_harvest({1: ["Said at table one."], 2: ["Said at table two."]})
    table = harvest.table(1)
    silent = GuidingQuestion(table_id=table.table.id, position=2, text="Who pays for it?")
    table.questions.append(silent)
    out = build_synthesis(harvest, tmp_path / "e.docx")
    text = docx_text(out)
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Question 2: Who pays for it?" not in headings
    assert "Open questions" in headings and "Who pays for it?" in text
    assert "Not discussed at the table:" in text
    for empty in ("No photos were attached", "No contributions were recorded",
                  "No action points", "Annex C",
                  "times as run were not recorded"):
        assert empty not in text
    # Every heading has something under it before the next heading of its level or higher.
    levels = [(int(p.style.name[-1]), p.text) for p in document.paragraphs
              if p.style.name.startswith("Heading")]
    # The body in order, a table counting as content under the heading before it.
    body = [(paragraph.style.name, paragraph.text) if element.tag.endswith("}p") else
            ("Table", "")
            for element in document.element.body.iterchildren()
            if element.tag.endswith(("}p", "}tbl"))
            for paragraph in [docx.text.paragraph.Paragraph(element, document)
                              if element.tag.endswith("}p") else None] if True]
    for index, (style, text_) in enumerate(body[:-1]):
        if style.startswith("Heading"):
            following = body[index + 1][0]
            if following.startswith("Heading"):
                assert int(following[-1]) > int(style[-1]), text_
    assert levels


def test_the_agenda_is_shown_once_with_as_run_columns_only_when_recorded(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    out = build_synthesis(harvest, tmp_path / "a.docx")
    document = docx.Document(str(out))
    agendas = [t for t in document.tables if t.rows[0].cells[0].text == "Segment"]
    assert len(agendas) == 1
    assert [c.text for c in agendas[0].rows[0].cells] == ["Segment", "Planned"]
    segments = harvest.tables[0].segments
    start = "2019-03-12T13:30:00+00:00"
    segments[0].actual_start, segments[0].actual_end = start, "2019-03-12T13:36:00+00:00"
    timed = build_synthesis(harvest, tmp_path / "t.docx")
    agendas = [t for t in docx.Document(str(timed)).tables if t.rows[0].cells[0].text == "Segment"]
    assert len(agendas) == 1
    assert [c.text for c in agendas[0].rows[0].cells] == ["Segment", "Planned", "As run, table 1"]
    assert agendas[0].rows[1].cells[2].text == "13:30–13:36 (6 min)"


ENGLISH_LABELS = sorted(
    {v for k, v in EN.items() if "{" not in v and len(v) > 3 and k not in ("months",)}
    | {"Barriers", "Enablers", "Good practices", "Deadline", "Owner", "Against",
       "procurement officer", "sustainability officer", "Welcome, introductions",
       "Action points: who does what", "Wrap-up and key messages"}
)
#: Words spelt the same in English and in Dutch or French.
SAME_IN_ALL = {"Rapporteur", "Participants", "Discussion", "Organisation", "Action", "Status",
               "Institution", "Article", "Introduction", "Position", "Type", "open",
               "1 participant", "Tables", "Table", "Date", "Page", "management", "participants"}


@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_dutch_or_french_synthesis_has_no_english_label(
    harvest: EventHarvest, tmp_path: Path, language: str
) -> None:
    out = build_synthesis(harvest, tmp_path / f"{language}.docx", language=language)
    text = docx_text(out)
    # The event's own words (questions, notes, declaration) stay as typed: take them out.
    own = [clean_text(n.text) for t in harvest.tables for n in t.notes]
    own += [clean_text(x) for t in harvest.tables for x in (
        t.table.theme, t.table.keynote_title, t.table.keynote_summary)]
    own += [clean_text(q.text) for t in harvest.tables for q in t.questions]
    own += [clean_text(a.text) for a in harvest.articles] + [a.title for a in harvest.articles]
    own += [clean_text(ap.action) for t in harvest.tables for ap in t.action_points]
    own += [clean_text(f.rationale) for t in harvest.tables for f in t.feedback]
    own += [clean_text(f.proposed_wording) for t in harvest.tables for f in t.feedback]
    own += [harvest.event.title, harvest.event.organiser, harvest.event.executive_summary,
            harvest.event.venue] + [t.table.room for t in harvest.tables]
    for words in sorted(own, key=len, reverse=True):
        if words:
            text = text.replace(words, " ")
    left = [label for label in ENGLISH_LABELS
            if label not in SAME_IN_ALL and re.search(rf"(?<!\w){re.escape(label)}(?!\w)", text)]
    assert left == [], left
    assert f'w:lang w:val="{ {"nl": "nl-BE", "fr": "fr-BE"}[language] }"' in docx_parts(out)[
        "word/styles.xml"]
    if language == "nl":
        assert "28 juni 2019" in text and "Uiterste datum" in text and "Tegen" not in text
    else:
        assert "28 juin 2019" in text
        assert not re.search(r"\w :", text.replace("\u00a0:", ""))  # no plain space before ':'
        assert "Table ronde 1\u00a0:" in text
        assert "Table 3 (Rejet)\u00a0:" in text and "Date\u00a0: 12 mars 2019" in text
        glued = re.search(r"\w\)?:", text.replace("http:", ""))  # no colon glued on
        assert glued is None, text[glued.start() - 80:glued.end() + 20]


def test_final_drops_the_draft_label_without_locking_the_event(
    store: Store, demo_event: Event, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "final.docx"
    assert run(["synthesis", demo_event.slug, "--db", str(db_path), "-o", str(out), "--final",
                "--language", "fr"]) == 0
    text = docx_text(out)
    assert "Version définitive" in text and "Projet" not in text
    with Store.open(db_path) as again:
        assert not again.find_event(demo_event.slug).is_finalised


def test_a_bad_language_or_format_is_one_line(
    demo_event: Event, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["synthesis", demo_event.slug, "--db", str(db_path), "-o",
                str(tmp_path / "s.txt")]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and ".docx or .pdf" in err
    assert not (tmp_path / "s.txt").exists()


def test_photos_carry_their_caption_as_alt_text_and_tables_repeat_headers(
    tmp_path: Path
) -> None:
    harvest = small_harvest({1: ["Note."]})
    table = harvest.table(1)
    table.attachments.append(Attachment(table_id=table.table.id, filename="f.png",
                                        caption="Barriers wall", media_type="image/png",
                                        content=tiny_png()))
    table.segments = [AgendaSegment(table_id=table.table.id, position=1, title="Keynote",
                                    planned_minutes=10)]
    out = build_synthesis(harvest, tmp_path / "p.docx")
    xml = docx_parts(out)["word/document.xml"]
    assert re.search(r'<wp:docPr [^>]*descr="Barriers wall \(table 1\)"', xml)
    assert xml.count("<w:tblHeader") == xml.count("<w:tbl>")
    assert "<w:cantSplit/>" in xml and "<w:keepNext/>" in xml


def test_a_brand_template_keeps_its_header_footer_page_and_breaks_chapters(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    from docx.shared import Inches, Pt

    from roundtables.synthesis.styles import base_template

    brand = docx.Document(str(base_template()))
    section = brand.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.header.paragraphs[0].add_run().add_picture(
        __import__("io").BytesIO(tiny_png(40, 12)), width=Inches(1.2))
    section.header.add_paragraph("Brand Org — Policy Unit")
    section.footer.paragraphs[0].text = "Brand Org, Rue de la Loi 1, Brussels"
    heading = brand.styles["Heading 1"]
    heading.font.name = "Brand Serif"
    heading.font.size = Pt(20)
    heading.paragraph_format.page_break_before = False
    path = tmp_path / "brand.docx"
    brand.save(str(path))
    out = build_synthesis(harvest, tmp_path / "b.docx", template=path)
    parts = docx_parts(out)
    headers = "".join(x for n, x in parts.items() if n.startswith("word/header"))
    footers = "".join(x for n, x in parts.items() if n.startswith("word/footer"))
    assert "Brand Org — Policy Unit" in headers and "<w:drawing>" in headers
    assert "Rue de la Loi" in footers and " PAGE " in footers  # a page number added to it
    assert 'w:w="12240"' in parts["word/document.xml"]  # Letter width kept
    document = docx.Document(str(out))
    chapters = [p for p in document.paragraphs if p.style.name == "Heading 1"]

    def new_page(paragraph: docx.text.paragraph.Paragraph) -> bool:
        before = paragraph._p.getprevious()
        after_section = before is not None and before.find(f"{W}pPr/{W}sectPr") is not None
        return bool(paragraph.paragraph_format.page_break_before) or after_section

    assert len(chapters) >= 8 and all(new_page(p) for p in chapters)
    # The landscape action plan is its own section with the template's header.
    assert len(document.sections) == 3
    assert document.sections[1].page_width > document.sections[1].page_height


def test_column_widths_fit_the_longest_word() -> None:
    from roundtables.synthesis.writer import CELL_PADDING_PT, WIDE_CHAR_PT, content_widths

    widths = content_widths(["Table", "Stance", "Rationale"],
                            [["1", "Support", "A long sentence " * 20]], 460)
    assert widths[0] >= len("Table") * WIDE_CHAR_PT + CELL_PADDING_PT
    assert abs(sum(widths) - 460) < 1 and widths[2] > widths[1] > widths[0] * 0.9


def test_an_odd_note_in_a_keynote_segment(tmp_path: Path) -> None:
    harvest = small_harvest({1: ["Ordinary."]})
    table = harvest.table(1)
    keynote = AgendaSegment(table_id=table.table.id, position=2, title="Keynote",
                            planned_minutes=10)
    table.segments.append(keynote)
    table.notes.append(Note(table_id=table.table.id, text="Said during the talk.",
                            segment_id=keynote.id))
    text = docx_text(build_synthesis(harvest, tmp_path / "k.docx"))
    assert text.count("Said during the talk.") == 1 and "General contributions" not in text


def test_the_docx_opens_as_a_zip_with_the_language_in_settings(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    out = build_synthesis(harvest, tmp_path / "nl.docx", language="nl")
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
    assert 'w:themeFontLang w:val="nl-BE"' in docx_parts(out)["word/settings.xml"]


def test_a_theme_across_many_tables_links_twelve_places_and_counts_the_rest(
    tmp_path: Path,
) -> None:
    harvest = small_harvest({n: [f"Monitoring point {n}."] for n in range(1, 16)})
    for table in harvest.tables:
        table.notes[0].tags = ["monitoring"]
    out = build_synthesis(harvest, tmp_path / "many.docx")
    xml = docx_parts(out)["word/document.xml"]
    assert xml.count('w:anchor="rt') == 12
    assert "and 3 more" in docx_text(out)


def test_a_short_table_keeps_with_the_paragraph_before_it(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    out = build_synthesis(harvest, tmp_path / "k.docx")
    document = docx.Document(str(out))
    matrix = next(t for t in document.tables if t.rows[0].cells[0].text == "Article")
    before = matrix._tbl.getprevious()
    assert before.find(f"{W}pPr/{W}keepNext") is not None
    rows = matrix._tbl.tr_lst
    assert all(tr.find(f"{W}trPr/{W}cantSplit") is not None for tr in rows[1:])
    assert all(p.find(f"{W}pPr/{W}keepNext") is not None
               for tr in rows[:-1] for p in tr.iter(f"{W}p"))


def test_a_pdf_without_libreoffice_is_one_line_and_no_file(
    demo_event: Event, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from roundtables.synthesis import office

    monkeypatch.setattr(office, "find_soffice", lambda: None)
    out = tmp_path / "s.pdf"
    assert run(["synthesis", demo_event.slug, "--db", str(db_path), "-o", str(out)]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "LibreOffice is not installed" in err
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob("*.docx")) == []
