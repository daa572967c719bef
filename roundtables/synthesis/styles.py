"""The Word styles the documents use, and the templates that must define them.

The base template (``roundtables/resources/word/base.docx``, made by
``tools/make_base_template.py``) defines every style below.  An organisation's
own template restyles them.  It must define the styles that carry the document
(:data:`REQUIRED_STYLES`); one that lacks any is refused up front with a message
naming them, instead of a ``KeyError`` halfway through a build.  Word saves only
the styles a file uses, so the minor ones (:data:`SUPPLIED_STYLES`) are copied
from the base template when a brand template lacks them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from roundtables.messages import error
from roundtables.resources import resource_path
from roundtables.synthesis.template_safety import check_template

#: The styles that carry the document: a template must define them.
REQUIRED_STYLES = (
    "Normal",
    "Title",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "List Bullet",  # its bullets live in the template's numbering definitions
    "Table Grid",
)
#: Minor styles, copied from the base template when a template lacks them.
SUPPLIED_STYLES = (
    "Subtitle", "Quote", "Caption", "TOC Heading", "TOC 1", "TOC 2", "No Spacing", "Heading 4",
)
#: Every style the documents use.
USED_STYLES = REQUIRED_STYLES + SUPPLIED_STYLES


def base_template() -> Path:
    """The template shipped with the app."""
    return resource_path("word", "base.docx")


def open_template(template: Path | str | None = None) -> Any:
    """A new python-docx Document from ``template`` (default: the base), styles checked."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(template) if template else base_template()
    if not path.is_file():
        raise error("template-not-found", path=path)
    check_template(path)  # data, not code: nothing remote, no macros, no active fields
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise error("template-not-docx", template=path.name, detail=exc) from None
    except Exception as exc:  # a damaged zip or XML: still one line for a person
        raise error("template-cannot-be-read", template=path.name, detail=exc) from None
    check_styles(document, path.name)
    present = {style.name for style in document.styles}
    supply_styles(document, [name for name in SUPPLIED_STYLES if name not in present])
    # An organisation's template may hold sample text; the document starts empty
    # but keeps the template's last section (page size, margins, header, footer).
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    return document


def check_styles(document: Any, name: str = "template") -> None:
    """Raise a one-line error naming every style the documents need and ``document`` lacks."""
    present = {style.name for style in document.styles}
    missing = [style for style in REQUIRED_STYLES if style not in present]
    if missing:
        raise error("template-lacks-styles", template=name,
                    styles=", ".join(repr(m) for m in missing))


def supply_styles(document: Any, names: list[str]) -> None:
    """Copy the styles ``names`` from the base template into ``document``."""
    if not names:
        return
    import copy

    import docx
    from docx.oxml.ns import qn

    base = docx.Document(str(base_template()))
    base_by_name = {style.name: style for style in base.styles}
    base_name_of = {style.style_id: style.name for style in base.styles}
    own_id_of = {style.name: style.style_id for style in document.styles}
    fallback = own_id_of.get("Normal", "Normal")
    for name in names:
        if name not in base_by_name:  # pragma: no cover - the base defines every used style
            raise error("template-lacks-styles", template="base.docx", styles=name)
        element = copy.deepcopy(base_by_name[name].element)
        # Links to companion character styles would dangle in another template.
        for tag in ("w:link", "w:rsid"):
            for child in element.findall(qn(tag)):
                element.remove(child)
        # Point "based on" and "next" at the template's own styles of the same name.
        for tag in ("w:basedOn", "w:next"):
            ref = element.find(qn(tag))
            if ref is not None:
                wanted = base_name_of.get(ref.get(qn("w:val")), "Normal")
                ref.set(qn("w:val"), own_id_of.get(wanted, fallback))
        document.styles.element.append(element)
        own_id_of[name] = element.get(qn("w:styleId"))


def resolve(document: Any) -> dict[str, Any]:
    """Style objects by name, looked up once (python-docx searches on every lookup)."""
    by_name = {style.name: style for style in document.styles}
    return {name: by_name[name] for name in USED_STYLES}
