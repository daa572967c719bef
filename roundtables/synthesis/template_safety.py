"""A Word template is data, not code: look at it before python-docx loads it.

An organisation's ``--template brand.docx`` travels by mail and stick like any
other file.  Its styles, page set-up, headers and footers end up in the
synthesis; so would anything else it carries.  Refused here, in one line
naming the template, the part and what to do:

- external relationships (a remote attached template, a linked image, a frame,
  an OLE link...): Word fetches them when the document opens, which would make
  an offline synthesis call out.  Hyperlinks (clicked, never fetched) are fine;
- code: a VBA project, a macro-enabled content type, ActiveX controls, embedded
  HTML chunks;
- fields other than harmless ones (page numbers, dates, document properties,
  references): DDE/DDEAUTO run programs, INCLUDETEXT/INCLUDEPICTURE fetch files,
  FILLIN/ASK prompt, MACROBUTTON runs macros;
- size: too large a file, too many parts, parts expanding beyond a sane size,
  XML with a DOCTYPE (entity expansion).
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

from roundtables.domain import RoundtablesError
from roundtables.messages import error

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_PARTS = 1000
MAX_PART_BYTES = 20 * 1024 * 1024  # one part unpacked (a logo image, a font)
MAX_XML_BYTES = 8 * 1024 * 1024  # one XML part unpacked
MAX_TOTAL_BYTES = 60 * 1024 * 1024  # every part unpacked
MAX_RATIO = 200  # unpacked / packed: text XML compresses ~10x, a bomb ~1000x

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"

#: Relationship types that may point outside the file: a link a person clicks.
_EXTERNAL_ALLOWED = ("/hyperlink",)
#: Relationship types that carry code or foreign content, even inside the file.
_CODE_RELATIONSHIPS = ("/vbaProject", "/activeXControl", "/aFChunk", "/wordVbaData",
                       "/keyMapCustomizations", "/attachedToolbars", "/oleObject")
_CODE_CONTENT = ("macroEnabled", "vbaProject", "vbaData", "activeX", "oleObject",
                 "ms-office.keyMapCustomizations")
_CODE_PARTS = ("vbaproject.bin", "vbadata.xml", "/activex/", "/embeddings/")

#: Fields that only show something about the document itself.
SAFE_FIELDS = frozenset({
    "PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "DATE", "TIME", "CREATEDATE",
    "SAVEDATE", "PRINTDATE", "EDITTIME", "TITLE", "SUBJECT", "AUTHOR", "KEYWORDS",
    "COMMENTS", "LASTSAVEDBY", "DOCPROPERTY", "NUMWORDS", "NUMCHARS", "REVNUM",
    "STYLEREF", "REF", "PAGEREF", "NOTEREF", "SEQ", "TOC", "TC", "TOA", "TA", "INDEX",
    "XE", "RD", "HYPERLINK", "BIDIOUTLINE", "LISTNUM", "AUTONUM", "AUTONUMLGL",
    "AUTONUMOUT", "SYMBOL", "EQ", "ADVANCE", "BARCODE", "DISPLAYBARCODE", "QUOTE",
    "SET", "IF", "COMPARE", "=",
})


def check_template(path: Path) -> None:
    """Refuse ``path`` in one line if it carries anything but styles, text and pictures."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise error("template-unreadable", file=path, detail=exc.strerror) from None
    if size > MAX_FILE_BYTES:
        raise _refuse(name, f"it is {size // (1024 * 1024)} MB; a template holds styles, "
                      f"keep it under {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        with zipfile.ZipFile(path) as package:
            _check_package(package, name)
    except zipfile.BadZipFile as exc:
        raise error("template-not-docx", template=name, detail=exc) from None
    except OSError as exc:
        raise error("template-unreadable", file=path, detail=exc.strerror or exc) from None


def _refuse(name: str, why: str) -> RoundtablesError:
    return error("unsafe-template", template=name, why=why)


def _check_package(package: zipfile.ZipFile, name: str) -> None:
    infos = package.infolist()
    if len(infos) > MAX_PARTS:
        raise _refuse(name, f"it has {len(infos)} parts (at most {MAX_PARTS})")
    total = 0
    for info in infos:
        part = info.filename
        total += info.file_size
        limit = MAX_XML_BYTES if _is_xml(part) else MAX_PART_BYTES
        if info.file_size > limit or total > MAX_TOTAL_BYTES:
            raise _refuse(name, f"part {part} unpacks to more than a template needs")
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise _refuse(name, f"part {part} expands {info.file_size // info.compress_size}"
                          " times (a zip bomb?)")
        lowered = "/" + part.lower()
        if any(marker in lowered for marker in _CODE_PARTS):
            raise _refuse(name, f"it carries code or embedded objects ({part})")
    for info in infos:
        part = info.filename
        if not _is_xml(part):
            continue
        data = _read(package, info, name)
        root = _parse(data, name, part)
        if part == "[Content_Types].xml":
            _check_content_types(root, name)
        elif part.endswith(".rels"):
            _check_relationships(root, name, part)
        else:
            _check_fields(root, name, part)


def _is_xml(part: str) -> bool:
    return PurePosixPath(part).suffix.lower() in (".xml", ".rels")


def _read(package: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    # Never trust the declared size alone: read at most the limit, plus one byte to notice.
    with package.open(info) as handle:
        data = handle.read(MAX_XML_BYTES + 1)
    if len(data) > MAX_XML_BYTES:
        raise _refuse(name, f"part {info.filename} unpacks to more than a template needs")
    return data


def _parse(data: bytes, name: str, part: str) -> ElementTree.Element:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _refuse(name, f"part {part} declares XML entities")
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        raise error("template-damaged", template=name, part=part, detail=exc) from None


def _check_content_types(root: ElementTree.Element, name: str) -> None:
    for element in root:
        content = element.get("ContentType", "")
        if any(marker.lower() in content.lower() for marker in _CODE_CONTENT):
            where = element.get("PartName") or element.get("Extension") or "?"
            raise _refuse(name, f"it is macro-enabled or carries code ({where}: {content})")


def _check_relationships(root: ElementTree.Element, name: str, part: str) -> None:
    for rel in root.iter(_REL):
        kind = rel.get("Type", "")
        if any(kind.endswith(code) for code in _CODE_RELATIONSHIPS):
            raise _refuse(name, f"it carries code or embedded objects ({part}: {kind})")
        if rel.get("TargetMode", "").lower() == "external" and not kind.endswith(
            _EXTERNAL_ALLOWED
        ):
            what = kind.rsplit("/", 1)[-1]
            raise _refuse(
                name,
                f"it links to an outside {what} ({rel.get('Target', '')[:80]}) that Word "
                "would fetch on opening",
            )


def _check_fields(root: ElementTree.Element, name: str, part: str) -> None:
    for code in _field_codes(root):
        keyword = code.split(maxsplit=1)[0].upper() if code.split() else ""
        if keyword.startswith("="):
            keyword = "="
        if keyword and keyword not in SAFE_FIELDS:
            raise _refuse(name, f"{part} has a {keyword} field, which runs or fetches "
                          "something when the document opens")


def _field_codes(root: ElementTree.Element) -> list[str]:
    """Every field code in ``root``: simple fields, and complex ones split over runs."""
    codes = [element.get(f"{_W}instr", "") for element in root.iter(f"{_W}fldSimple")]
    # A complex field: begin, its code in instrText runs, separate, its result, end.
    # Fields nest, so each open field keeps its code parts and whether it is past
    # "separate" (then its code is complete and recorded).
    stack: list[tuple[list[str], list[bool]]] = []
    for element in root.iter():
        if element.tag == f"{_W}fldChar":
            kind = element.get(f"{_W}fldCharType")
            if kind == "begin":
                stack.append(([], [False]))
            elif stack and kind == "separate" and not stack[-1][1][0]:
                stack[-1][1][0] = True
                codes.append("".join(stack[-1][0]))
            elif stack and kind == "end":
                parts, recorded = stack.pop()
                if not recorded[0]:
                    codes.append("".join(parts))
        elif element.tag == f"{_W}instrText" and stack and not stack[-1][1][0]:
            stack[-1][0].append(element.text or "")
    codes.extend("".join(parts) for parts, recorded in stack if not recorded[0])
    return codes
