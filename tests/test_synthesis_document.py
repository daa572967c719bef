"""The Word synthesis of the demo, read back: every part, every note, tracked changes."""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from synthesis_helpers import (
    add_action,
    add_article,
    docx_parts,
    docx_text,
    small_harvest,
    tiny_png,
)

from roundtables.cli import run
from roundtables.domain import (
    AgendaSegment,
    Attachment,
    Event,
    EventHarvest,
    EventStatus,
    RoundtablesError,
)
from roundtables.storage import Store
from roundtables.synthesis import build_synthesis, build_table_report
from roundtables.synthesis.styles import base_template
from roundtables.synthesis.text import clean_line, clean_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def harvest(store: Store, demo_event: Event) -> EventHarvest:
    return store.harvest(demo_event)


@pytest.fixture
def synthesis(harvest: EventHarvest, tmp_path: Path) -> Path:
    return build_synthesis(harvest, tmp_path / "synthesis.docx")


def test_every_note_and_action_point_of_the_demo_is_in_the_document(
    harvest: EventHarvest, synthesis: Path
) -> None:
    text = docx_text(synthesis)
    notes = [n for t in harvest.tables for n in t.notes]
    points = [ap for t in harvest.tables for ap in t.action_points]
    assert len(notes) >= 45 and len(points) >= 10
    missing = [n.text for n in notes if clean_text(n.text) not in text]
    assert missing == []
    assert [ap.action for ap in points if clean_text(ap.action) not in text] == []


def test_the_document_has_every_part_in_order(harvest: EventHarvest, synthesis: Path) -> None:
    document = docx.Document(str(synthesis))
    chapters = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    expected = ["Executive summary"] + [
        f"Round table {t.table.number}: {clean_line(t.table.theme)}" for t in harvest.tables
    ] + [
        "Cross-cutting themes",
        "Consolidated action plan",
        "Feedback on the declaration of intention",
        "Open questions",
        "Annex A: Participants",
        "Annex B: Agenda as planned and as run",
    ]  # no photos in the demo: no empty photo annex
    assert chapters == expected
    text = docx_text(synthesis)
    event = harvest.event
    for fact in (event.title, "12 March 2019", event.venue, event.organiser, "Draft"):
        assert fact in text
    for table in harvest.tables:
        t = table.table
        for fact in (t.keynote_title, t.facilitator, t.rapporteur, t.keynote_summary):
            assert clean_text(fact) in text
        for question in table.questions:
            assert f"Question {question.position}: {clean_line(question.text)}" in text
    assert "Barriers" in text and "Good practices" in text and "Key message" in text
    assert re.search(r"raised at tables 1, 2 and 3", text)
    assert clean_text(event.executive_summary) in text
    assert "Declaration of intention: supported by all three tables" in text  # drafted


def test_the_figures_count_tables_participants_notes_and_actions(
    harvest: EventHarvest, synthesis: Path
) -> None:
    document = docx.Document(str(synthesis))
    figures = next(t for t in document.tables if t.rows[1].cells[0].text == "round tables")
    numbers = [c.text for c in figures.rows[0].cells]
    assert numbers == [
        str(len(harvest.tables)),
        str(len(harvest.participants)),
        str(sum(len(t.notes) for t in harvest.tables)),
        str(sum(len(t.action_points) for t in harvest.tables)),
    ]


def test_toc_field_update_on_open_page_numbers_language_and_properties(
    harvest: EventHarvest, synthesis: Path
) -> None:
    parts = docx_parts(synthesis)
    assert 'TOC \\o "1-2" \\h \\z \\u' in parts["word/document.xml"]
    assert re.search(r'<w:updateFields w:val="(true|1)"/>', parts["word/settings.xml"])
    footers = [xml for name, xml in parts.items() if name.startswith("word/footer")]
    assert any(" PAGE " in xml for xml in footers)
    assert 'w:lang w:val="en-GB"' in parts["word/styles.xml"]
    assert 'w:themeFontLang w:val="en-GB"' in parts["word/settings.xml"]
    assert "Right-click" not in parts["word/document.xml"]
    props = docx.Document(str(synthesis)).core_properties
    assert harvest.event.title in props.title
    assert props.author == harvest.event.organiser
    assert props.language == "en-GB"


def test_the_action_plan_is_one_table_by_deadline_then_priority(
    harvest: EventHarvest, synthesis: Path
) -> None:
    document = docx.Document(str(synthesis))
    plan = next(t for t in document.tables if t.rows[0].cells[0].text == "#")
    assert [c.text for c in plan.rows[0].cells] == [
        "#", "Action", "Asked to act", "Owner", "Deadline", "Priority (votes)", "Status",
        "Table", "Merged with",
    ]
    rows = [[c.text for c in row.cells] for row in plan.rows[1:]]
    total = sum(len(t.action_points) for t in harvest.tables)
    merged = [r for r in rows if r[8]]
    assert len(merged) == 1 and merged[0][7] == "1 and 3"
    assert "(merged" not in merged[0][1] and merged[0][8].startswith("table ")
    assert len(rows) == total - 1
    assert [r[0] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]
    # Sorted by deadline, written out in words ("28 June 2019"), then by priority.
    import datetime as dt

    dates = [dt.datetime.strptime(r[4], "%d %B %Y").date() for r in rows if r[4]]
    assert dates == sorted(dates) and len(dates) == len(rows)
    assert "sorted by deadline" in docx_text(synthesis)
    assert not any(re.fullmatch(r"\d{4}-\d\d-\d\d", r[4]) for r in rows)


def test_in_organisation_mode_the_plan_has_no_identical_columns(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    out = build_synthesis(harvest, tmp_path / "org.docx", attribution="organisation")
    plan = next(t for t in docx.Document(str(out)).tables if t.rows[0].cells[0].text == "#")
    columns = list(zip(*[[c.text for c in row.cells] for row in plan.rows[1:]], strict=True))
    assert len(set(columns)) == len(columns)
    assert "Owner" not in [c.text for c in plan.rows[0].cells]


def test_the_one_merging_rule_serves_the_document_and_the_saved_merge() -> None:
    from roundtables.analysis import merge_actions
    from roundtables.services.action_points import merged_action_points

    h = small_harvest({1: [], 2: []})
    a = add_action(h, 1, "Write clauses", owner="Ann", institution="City", deadline="2019-06-01",
                   priority="low", votes=5, created_at="1")
    b = add_action(h, 2, "Write clauses", owner="Bo; Ann", institution="Province",
                   deadline="2019-05-01", priority="high", votes=2, created_at="2")
    rule = merge_actions([b, a])
    saved = merged_action_points([b, a], "Write model clauses")[0]
    assert rule.lead is a and saved.id == a.id
    combined = (rule.votes, rule.deadline, rule.priority)
    assert (saved.votes, saved.deadline, saved.priority) == combined == (7, "2019-05-01", "high")
    assert saved.owner == "; ".join(rule.owners) == "Ann; Bo"


def _paragraphs_with_revisions(xml: bytes) -> list[tuple[str, str, set[str]]]:
    """(text before, text after accepting, authors) for each paragraph with tracked changes."""
    from lxml import etree

    root = etree.fromstring(xml)
    found = []
    for p in root.iter(f"{W}p"):
        if p.find(f".//{W}ins") is None and p.find(f".//{W}del") is None:
            continue
        before = "".join(
            t.text or "" for t in p.iter(f"{W}t", f"{W}delText")
            if t.getparent().getparent().tag != f"{W}ins"
        )
        after = "".join(
            t.text or "" for t in p.iter(f"{W}t") if t.getparent().getparent().tag != f"{W}del"
        )
        authors = {el.get(f"{W}author") for el in p.iter(f"{W}ins", f"{W}del")}
        found.append((before, after, authors))
    return found


def test_one_text_per_article_with_each_tables_amendment_tracked_in_its_name(
    harvest: EventHarvest, synthesis: Path
) -> None:
    import zipfile

    xml = zipfile.ZipFile(synthesis).read("word/document.xml")
    revised = _paragraphs_with_revisions(xml)
    articles = {a.id: a for a in harvest.articles}
    amended: dict[str, dict[int, str]] = {}
    for t in harvest.tables:
        for f in t.feedback:
            if f.proposed_wording:
                amended.setdefault(f.article_id, {})[t.table.number] = f.proposed_wording
    assert len(revised) == len(amended) >= 3  # one text per amended article
    by_text = {before: (after, authors) for before, after, authors in revised}
    for article_id, wordings in amended.items():
        after, authors = by_text[clean_line(articles[article_id].text)]
        assert authors == {f"Table {n}" for n in wordings}
        if len(wordings) == 1:
            assert after == clean_line(next(iter(wordings.values())))
    ids = re.findall(rb'<w:(?:ins|del) w:id="(\d+)"', xml)
    assert len(ids) == len(set(ids)) > 0
    # Word-level and minimal: "management," -> "management and our IT department," is an
    # insertion; no change deletes and retypes a word with its punctuation.
    assert b"management and our IT department" not in xml
    deleted = re.findall(rb"<w:delText[^>]*>([^<]*)<", xml)
    assert not any(d.strip() in {b"management,", b"targets,", b"tender,"} for d in deleted)


def test_two_tables_amending_one_article_give_one_text_accepting_both(tmp_path: Path) -> None:
    harvest = small_harvest({1: ["One."], 2: ["Two."], 3: ["Three."]})
    add_article(harvest, "We will buy fair ICT every year.", {
        1: "We will buy fair and green ICT every year.",
        2: "We will buy fair ICT every two years.",
        3: "We will buy fair ICT every three years.",  # the same words as table 2
    })
    out = build_synthesis(harvest, tmp_path / "one.docx")
    import zipfile

    revised = _paragraphs_with_revisions(zipfile.ZipFile(out).read("word/document.xml"))
    assert revised == [("We will buy fair ICT every year.",
                        "We will buy fair and green ICT every two years.",
                        {"Table 1", "Table 2"})]
    text = docx_text(out)
    assert "Alternative from table 3 for “year”: “three years”" in text
    assert text.count("We will buy fair") == 1


def test_the_stance_matrix_shows_a_rejection_in_words_not_only_colour(
    harvest: EventHarvest, synthesis: Path
) -> None:
    document = docx.Document(str(synthesis))
    matrix = next(t for t in document.tables if t.rows[0].cells[0].text == "Article")
    cells = [[c.text for c in row.cells] for row in matrix.rows]
    assert cells[0] == ["Article", "Table 1", "Table 2", "Table 3"]
    assert len(cells) == 1 + len(harvest.articles)
    assert cells[6][3] == "✗ REJECT"  # table 3 rejects article 6
    assert all(c.startswith(("✓", "✎", "✗")) for row in cells[1:] for c in row[1:])


def test_a_brand_template_restyles_the_document(harvest: EventHarvest, tmp_path: Path) -> None:
    brand = docx.Document(str(base_template()))
    brand.styles["Heading 1"].font.name = "Brand Serif"
    brand.add_paragraph("Sample text of the organisation's template")
    brand.save(str(tmp_path / "brand.docx"))
    out = build_synthesis(harvest, tmp_path / "out.docx", template=tmp_path / "brand.docx")
    assert "Brand Serif" in docx_parts(out)["word/styles.xml"]
    assert "Sample text" not in docx_text(out)


def test_a_template_missing_styles_is_refused_naming_them(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    template = docx.Document(str(base_template()))
    for name in ("Heading 3", "List Bullet"):
        style = template.styles[name]
        style.element.getparent().remove(style.element)
    template.save(str(tmp_path / "thin.docx"))
    with pytest.raises(RoundtablesError, match=r"'Heading 3', 'List Bullet'") as raised:
        build_synthesis(harvest, tmp_path / "out.docx", template=tmp_path / "thin.docx")
    assert "\n" not in str(raised.value)
    assert not (tmp_path / "out.docx").exists()


def test_minor_styles_a_word_template_lacks_come_from_the_base(
    harvest: EventHarvest, tmp_path: Path
) -> None:
    template = docx.Document(str(base_template()))
    for name in ("Caption", "TOC 1", "Quote"):
        style = template.styles[name]
        style.element.getparent().remove(style.element)
    template.styles["Normal"].font.name = "Brand Sans"
    template.save(str(tmp_path / "word-saved.docx"))
    out = build_synthesis(harvest, tmp_path / "out.docx", template=tmp_path / "word-saved.docx")
    styles = {s.name: s for s in docx.Document(str(out)).styles}
    assert {"Caption", "TOC 1", "Quote"} <= set(styles)
    assert styles["Normal"].font.name == "Brand Sans"
    assert "Right-click" not in docx_text(out)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.docx", None, "Template not found"),
        ("notes.docx", b"just text", "not a Word .docx file"),
    ],
)
def test_a_bad_template_file_is_refused(
    harvest: EventHarvest, tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    if content is not None:
        (tmp_path / name).write_bytes(content)
    with pytest.raises(RoundtablesError, match=message):
        build_synthesis(harvest, tmp_path / "out.docx", template=tmp_path / name)


@pytest.mark.parametrize("target", ["out.doc", "no-such-folder/out.docx"])
def test_a_bad_output_path_is_refused(harvest: EventHarvest, tmp_path: Path, target: str) -> None:
    with pytest.raises(RoundtablesError):
        build_synthesis(harvest, tmp_path / target)
    assert list(tmp_path.glob("*.doc*")) == []


def test_dutch_and_french_events_get_their_own_headings_and_language(tmp_path: Path) -> None:
    for language, heading, tag, note_heading in (
        ("nl", "Samenvatting", "nl-BE", "Inzichten"),
        ("fr-BE", "Résumé", "fr-BE", "Constats"),
    ):
        harvest = small_harvest({1: ["Eerste notitie."], 2: ["Tweede."]}, language=language)
        out = build_synthesis(harvest, tmp_path / f"{language}.docx")
        text = docx_text(out)
        assert heading in text and note_heading in text
        assert f'w:lang w:val="{tag}"' in docx_parts(out)["word/styles.xml"]


def test_a_finalised_event_is_a_final_version(harvest: EventHarvest, tmp_path: Path) -> None:
    harvest.event.status = EventStatus.FINALISED.value
    text = docx_text(build_synthesis(harvest, tmp_path / "final.docx"))
    assert "Final version" in text and "not for circulation" not in text
    forced = docx_text(build_synthesis(harvest, tmp_path / "draft.docx", draft=True))
    assert "not for circulation" in forced


def test_photos_agenda_as_run_and_unknown_attachments_in_the_annex(tmp_path: Path) -> None:
    harvest = small_harvest({1: ["Note one."], 2: ["Note two."]})
    table = harvest.table(1)
    table.attachments += [
        Attachment(table_id=table.table.id, filename="flip.png", caption="Barriers wall",
                   media_type="image/png", content=tiny_png()),
        Attachment(table_id=table.table.id, filename="minutes.pdf", caption="Scan",
                   content=b"%PDF-1.4 not an image"),
        Attachment(table_id=table.table.id, filename="cut.png", caption="Truncated on the stick",
                   media_type="image/png", content=tiny_png()[:30]),
    ]
    table.segments = [
        AgendaSegment(table_id=table.table.id, position=1, title="Keynote", planned_minutes=15,
                      actual_start="2026-03-12T13:40:00+00:00",
                      actual_end="2026-03-12T13:58:00+00:00"),
    ]
    out = build_synthesis(harvest, tmp_path / "annex.docx")
    text = docx_text(out)
    assert "Figure 1: Barriers wall (table 1)" in text
    assert "minutes.pdf (not an image" in text and "cut.png (not an image" in text
    assert "Figure 2" not in text
    assert "13:40" in text and "13:58" in text and "18 min" in text
    assert "As run, table 1" not in text  # one table timed: its own "Actual" column
    assert "The times as run were not recorded" not in text
    with __import__("zipfile").ZipFile(out) as archive:
        assert any(name.startswith("word/media/") for name in archive.namelist())


def test_an_event_with_nothing_in_it_still_makes_a_document(tmp_path: Path) -> None:
    out = build_synthesis(EventHarvest(event=Event(title="Empty")), tmp_path / "empty.docx")
    text = docx_text(out)
    for line in ("No topic was raised at more than one table.", "No action points were recorded.",
                 "The event has no declaration of intention.", "No photos were attached.",
                 "Open questions", "Annex"):
        assert line not in text  # nothing to say: no empty section


def test_similar_notes_at_two_tables_show_as_a_cross_cutting_theme(tmp_path: Path) -> None:
    harvest = small_harvest({
        1: ["Buyers lack time to monitor contract clauses after award."],
        2: ["Nothing in common here."],
        3: ["Buyers lack the time to monitor contract clauses after the award."],
    })
    add_article(harvest, "We will buy\r\nfair ICT.", {2: "We will buy fair and green\tICT."})
    add_action(harvest, 1, "Write model clauses", owner="City", votes=2)
    out = build_synthesis(harvest, tmp_path / "themes.docx")
    assert "See round table 1, question 1; round table 3, question 1." in (
        docx_text(out))
    import zipfile

    revised = _paragraphs_with_revisions(zipfile.ZipFile(out).read("word/document.xml"))
    assert revised == [("We will buy fair ICT.", "We will buy fair and green ICT.", {"Table 2"})]


def test_a_table_report_holds_that_table_only(harvest: EventHarvest, tmp_path: Path) -> None:
    out = build_table_report(harvest, 2, tmp_path / "table2.docx")
    text = docx_text(out)
    two = harvest.table(2)
    assert all(clean_text(n.text) in text for n in two.notes)
    assert all(clean_text(ap.action) in text for ap in two.action_points)
    others = [n for t in harvest.tables if t.table.number != 2 for n in t.notes]
    assert not any(clean_text(n.text) in text for n in others if not n.text.startswith("Keynote"))
    assert "Report of round table 2" in text
    assert "Cross-cutting themes" not in text and "Consolidated action plan" not in text
    with pytest.raises(RoundtablesError, match="no table 7"):
        build_table_report(harvest, 7, tmp_path / "table7.docx")


def test_the_command_line_writes_synthesis_and_report(
    db_path: Path, demo_event: Event, store: Store, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.close()
    out = tmp_path / "cli.docx"
    assert run(["synthesis", demo_event.slug, "--db", str(db_path), "-o", str(out),
                "--attribution", "organisation"]) == 0
    assert out.stat().st_size > 10_000
    assert run(["report", demo_event.slug, "3", "--db", str(db_path),
                "-o", str(tmp_path / "r.docx")]) == 0
    capsys.readouterr()
    assert run(["report", demo_event.slug, "9", "--db", str(db_path),
                "-o", str(tmp_path / "r9.docx")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no table 9" in err
    assert not (tmp_path / "r9.docx").exists()
    assert run(["synthesis", demo_event.slug, "--db", str(db_path), "-o", str(out),
                "--template", str(tmp_path / "none.docx")]) == 1
    assert "Template not found" in capsys.readouterr().err


def test_the_base_template_is_reproducible(tmp_path: Path) -> None:
    import importlib.util

    script = Path(__file__).resolve().parent.parent / "tools" / "make_base_template.py"
    spec = importlib.util.spec_from_file_location("make_base_template", script)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    made = module.main(tmp_path / "base.docx")
    assert docx_parts(made)["word/styles.xml"] == docx_parts(base_template())["word/styles.xml"]


def test_importing_the_api_does_not_load_python_docx() -> None:
    import subprocess
    import sys

    code = (
        "import sys, roundtables.synthesis, roundtables.analysis, "
        "roundtables.synthesis.attribution, roundtables.synthesis.labels, "
        "roundtables.synthesis.text; print('docx' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, timeout=60)
    assert done.stdout.strip() == "False"


def test_every_label_exists_in_english_dutch_and_french() -> None:
    from roundtables.synthesis.labels import EN, FR, NL, NOTE_TYPE_HEADINGS, Labels

    assert set(NL) == set(EN) == set(FR)
    assert all(set(headings) == {"en", "nl", "fr"} for headings in NOTE_TYPE_HEADINGS.values())
    for code in ("en", "nl", "fr"):
        labels = Labels(code)
        for key in EN:  # every placeholder a language uses is one English fills in too
            labels(key, number=1, theme="t", title="t", text="t", tables="1", count=2,
                   letter="A", filename="f", rows="1", question=1, stance="s", old="o",
                   new="n", where="w", event="e", participants=3, addressee="a",
                   date="d", outcome="o", article=1, articles="1", kinds="k", raised="r",
                   institution="i", action="a", total=3, named=1, organisation=1,
                   unnamed=1)
    assert Labels("nl-BE").long_date("2019-03-12") == "12 maart 2019"
    assert Labels("de").code == "en"
    assert Labels("fr").raised_at([1, 3]) == "Soulevé aux tables 1 et 3"
