"""The exchange format: names, limits, records as JSON, hashes and the shipped schemas.

See FORMAT.md at the repository root for the format as an outsider would read it.
Nothing here touches a file or the database; the writer, reader and merge build on it.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import re
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from roundtables.container import ContainerLimits, sha256_hex
from roundtables.domain import RECORD_TYPES, Attachment, NoteType, Record
from roundtables.messages import error
from roundtables.resources import resource_path
from roundtables.storage.records import columns

FORMAT_NAME = "roundtables-exchange"
FORMAT_VERSION = 1
KIT = "table-kit"
RESULTS = "results"
KINDS = (KIT, RESULTS)

MANIFEST = "manifest.json"
PAYLOAD = "payload.json"
ATTACHMENTS_DIR = "attachments/"

# What a kit carries (organiser -> facilitator); a results file carries all tables.
KIT_TABLES = (
    "events",
    "round_tables",
    "questions",
    "agenda_segments",
    "participants",
    "attendance",
    "declaration_articles",
)
RECORD_TABLES = tuple(cls.TABLE for cls in RECORD_TYPES)

# The one free-text field a person can combine when two versions of a record conflict.
TEXT_FIELDS = {
    "events": "executive_summary",
    "round_tables": "keynote_summary",
    "questions": "text",
    "agenda_segments": "title",
    "participants": "name",
    "declaration_articles": "text",
    "notes": "text",
    "action_points": "action",
    "article_feedback": "proposed_wording",
    "attachments": "caption",
}


@dataclass(frozen=True)
class Limits:
    """Bounds a file must stay within before anything in it is believed."""

    max_file_bytes: int = 1 << 30  # the ZIP itself
    max_members: int = 10_000
    max_member_bytes: int = 64 << 20  # one attachment (a photo of a flip-chart)
    max_total_bytes: int = 512 << 20  # everything, uncompressed
    max_json_bytes: int = 32 << 20  # payload.json
    max_manifest_bytes: int = 4 << 20  # manifest.json (one hash per member)
    max_attachments_bytes: int = 384 << 20  # every attachment together
    max_json_depth: int = 12
    max_int_digits: int = 18

    def container(self) -> ContainerLimits:
        """The bounds the ZIP container itself checks."""
        return ContainerLimits(
            max_file_bytes=self.max_file_bytes,
            max_members=self.max_members,
            max_member_bytes=self.max_member_bytes,
            max_total_bytes=self.max_total_bytes,
        )


DEFAULT_LIMITS = Limits()


def attachment_member(record_id: str) -> str:
    """The ZIP member holding an attachment's bytes."""
    return f"{ATTACHMENTS_DIR}{record_id}"


sha256 = sha256_hex  # lower-case hex SHA-256, as the manifest writes it


# ---------------------------------------------------------------- records


def record_to_json(record: Record) -> dict[str, Any]:
    """A record as the payload carries it: every field, sync fields included.

    An attachment's bytes travel as a ZIP member; the record names their hash and size.
    """
    out: dict[str, Any] = {}
    for name in columns(type(record)):
        value = getattr(record, name)
        if isinstance(record, Attachment) and name == "content":
            continue
        if isinstance(value, list):
            value = [dataclasses.asdict(v) if isinstance(v, NoteType) else v for v in value]
        out[name] = value
    if isinstance(record, Attachment):
        out["content_sha256"] = sha256(record.content)
        out["size"] = len(record.content)
    return out


def record_from_json(
    cls: type[Record], data: dict[str, Any], content: bytes | None = None
) -> Record:
    """The record a (schema-valid) payload item describes."""
    values: dict[str, Any] = {}
    for name in columns(cls):
        if cls is Attachment and name == "content":
            values["content"] = content if content is not None else b""
            continue
        value = data[name]
        if name == "note_types":
            value = [NoteType(**item) for item in value]
        elif isinstance(value, list):
            value = list(value)
        values[name] = value
    return cls(**values)


def canonical_json(data: Any) -> bytes:
    """One byte string per value: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def record_hash(record: Record) -> str:
    """The hash of everything a record holds (sync fields and attachment bytes included)."""
    return sha256(canonical_json(record_to_json(record)))


def item_hash(item: dict[str, Any]) -> str:
    """:func:`record_hash` of the record a schema-valid payload item describes.

    The item already is that record's JSON, so the import need not rebuild it.
    """
    return sha256(canonical_json(item))


_SAVE_STAMP = ("revision", "updated_at", "device_id")


def same_content(a: Record, b: Record) -> bool:
    """Whether two versions say the same thing, whoever saved them and when."""
    left, right = record_to_json(a), record_to_json(b)
    for name in _SAVE_STAMP:
        left.pop(name), right.pop(name)
    return left == right


# ---------------------------------------------------------------- JSON, safely


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def _depth(brackets: list[str]) -> int:
    return max(accumulate(1 if b in "[{" else -1 for b in brackets), default=0)


class _Refused(ValueError):
    """Raised from inside json.loads hooks: a catalogue code (which takes the ``what``
    of the JSON as well) and its parameters, turned into a one-line reason."""

    def __init__(self, code: str, /, **params: str) -> None:
        super().__init__(code)
        self.code, self.params = code, params


def parse_json(data: bytes, what: str, *, max_bytes: int, limits: Limits) -> Any:
    """Parse untrusted JSON: size, nesting, numbers and duplicate keys checked first.

    Only what the format uses is accepted: no floats, NaN or Infinity, integers of
    at most ``limits.max_int_digits`` digits, objects without repeated keys.
    """
    if len(data) > max_bytes:
        raise error("json-too-large", what=what, size=f"{len(data):,}", limit=f"{max_bytes:,}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise error("json-not-utf8", what=what) from None
    # Depth is measured on the text with strings removed, before json.loads could
    # recurse into it (deep nesting raises RecursionError there).
    # Counting every bracket, strings included, gives an upper bound that is cheap
    # to get; only when that bound is too high are the strings taken out to count
    # exactly (a note may well contain "[" or "{").
    depth = _depth(_BRACKET.findall(text))
    if depth > limits.max_json_depth:
        depth = _depth(_BRACKET.findall(_STRING.sub("", text)))
    if depth > limits.max_json_depth:
        raise error("json-too-deep", what=what, depth=f"{depth:,}", limit=limits.max_json_depth)

    def parse_int(digits: str) -> int:
        if len(digits.lstrip("-")) > limits.max_int_digits:
            raise _Refused("json-huge-number", digits=f"{len(digits.lstrip('-')):,}")
        return int(digits)

    def parse_float(text: str) -> float:
        raise _Refused("json-fraction", number=text[:20])

    def parse_constant(name: str) -> float:
        raise _Refused("json-constant", name=name)

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(items)
        if len(result) != len(items):
            raise _Refused("json-repeated-key")
        return result

    try:
        value = json.loads(
            text,
            parse_int=parse_int,
            parse_float=parse_float,
            parse_constant=parse_constant,
            object_pairs_hook=pairs,
        )
        _check_text(value)
        return value
    except _Refused as exc:
        raise error(exc.code, what=what, **exc.params) from None
    except (ValueError, RecursionError) as exc:
        raise error("json-invalid", what=what, detail=_first_line(str(exc))) from None


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _check_text(value: Any) -> None:
    """Refuse NUL and lone surrogates anywhere (keys too): no database or document holds them."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found = _UNSTORABLE.search(item)
            if found:
                point = f"U+{ord(found.group()):04X}"
                if found.group() == "\x00":
                    raise _Refused("json-nul", point=point)
                raise _Refused("json-broken-character", point=point)
        elif isinstance(item, dict):
            stack.extend(item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


# ---------------------------------------------------------------- schemas


@functools.cache
def _validator(name: str) -> Any:
    import jsonschema

    path = resource_path("schemas", name)
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # pragma: no cover - shipped with the app
        raise error("schema-unreadable", name=name, detail=exc) from None
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


PAYLOAD_SCHEMA = "exchange-payload.schema.json"
MANIFEST_SCHEMA = "exchange-manifest.schema.json"


@functools.cache
def _fast_check(name: str) -> Any:
    """The same schema compiled to Python code (fastjsonschema), for speed.

    jsonschema walks a 500-note payload in ~100 ms, most of an import; the compiled
    check takes ~6 ms.  fastjsonschema speaks draft-07, so the shipped 2020-12
    schema is handed over with ``$defs`` renamed; it uses only keywords whose
    meaning is the same in both drafts (a test keeps it so).
    """
    import fastjsonschema

    text = resource_path("schemas", name).read_text(encoding="utf-8")
    schema = json.loads(text.replace('"#/$defs/', '"#/definitions/'))
    schema["definitions"] = schema.pop("$defs", {})
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    return fastjsonschema.compile(schema)


def validate(data: Any, schema_name: str, what: str) -> None:
    """Check data against a shipped schema; the first problem as one line."""
    import fastjsonschema
    import jsonschema

    try:
        _fast_check(schema_name)(data)
        return
    except fastjsonschema.JsonSchemaValueException:
        pass  # jsonschema explains it below, in its more helpful words
    validator = _validator(schema_name)
    problem = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if problem is None:  # pragma: no cover - the two validators disagree
        raise error("format-mismatch", what=what)
    where = problem.json_path
    reason = _first_line(problem.message)
    if len(reason) > 160:  # the message quotes the offending value, which may be huge
        reason = f"fails the '{problem.validator}' rule"
    raise error("format-mismatch-at", what=what, where=where, reason=reason)


def _first_line(text: str) -> str:
    return " ".join(text.split())[:200]
