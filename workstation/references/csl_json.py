"""CSL-JSON (Zotero's "Better CSL JSON", Pandoc, citation.js): plain json, checked by a schema.

The schema is the part of the CSL data schema the library reads (an item's
``id`` and ``type``, names as objects, ``issued`` as date parts or a raw
date); anything else in an item is allowed and ignored, as CSL asks of its
consumers. A file that breaks it is refused naming the item and the field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from jsonschema import Draft202012Validator

from workstation.messages import message
from workstation.references.errors import ReferenceFileError, at_line
from workstation.references.model import RecordData, csl_id, from_csl, to_csl

_STRING_OR_NUMBER = {"type": ["string", "number"]}
_NAME = {
    "type": "object",
    "properties": {k: {"type": "string"} for k in ("family", "given", "literal", "suffix", "dropping-particle",
                                                     "non-dropping-particle")},
    "anyOf": [{"required": ["family"]}, {"required": ["literal"]}, {"required": ["given"]}],
}
_DATE = {
    "type": "object",
    "properties": {
        "date-parts": {
            "type": "array", "minItems": 1, "maxItems": 2,
            "items": {"type": "array", "minItems": 1, "maxItems": 3, "items": _STRING_OR_NUMBER},
        },
        "raw": {"type": "string"},
        "literal": {"type": "string"},
    },
}
ITEM_SCHEMA = {
    "type": "object",
    "required": ["type"],
    "properties": {
        "id": _STRING_OR_NUMBER,
        "type": {"type": "string", "minLength": 1},
        "title": {"type": "string"},
        "container-title": {"type": "string"},
        "author": {"type": "array", "items": _NAME},
        "editor": {"type": "array", "items": _NAME},
        "issued": _DATE,
        "volume": _STRING_OR_NUMBER,
        "issue": _STRING_OR_NUMBER,
        "page": _STRING_OR_NUMBER,
        "DOI": {"type": "string"},
        "PMID": _STRING_OR_NUMBER,
        "URL": {"type": "string"},
        "abstract": {"type": "string"},
    },
}
_VALIDATOR = Draft202012Validator(ITEM_SCHEMA)


def looks_like_csl_json(text: str) -> bool:
    """A JSON array of objects (or one object) with a 'type': what a CSL-JSON file is."""
    stripped = text.lstrip()
    if not stripped.startswith(("[", "{")):
        return False
    try:
        data = json.loads(stripped)
    except ValueError:
        return False
    items = data if isinstance(data, list) else [data]
    return bool(items) and all(isinstance(i, dict) and "type" in i for i in items)


def read_csl_json(text: str) -> list[RecordData]:
    """Every item of a CSL-JSON file, or ReferenceFileError naming the line, item and field."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise at_line(exc.lineno, message("reffile.json", problem=exc.msg, column=exc.colno)) from exc
    items = data if isinstance(data, list) else [data]
    if not items:
        raise at_line(1, message("reffile.csl-empty"))
    records = []
    for index, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise ReferenceFileError(message("reffile.csl-not-object", index=index, type_name=type(item).__name__))
        name = f"{index} (id {item['id']!r})" if "id" in item else str(index)
        error = next(iter(sorted(_VALIDATOR.iter_errors(item), key=lambda e: list(e.path))), None)
        if error is not None:
            where = "/".join(str(p) for p in error.path) or message("reffile.the-item")
            raise ReferenceFileError(message("reffile.csl-invalid", name=name, where=where, problem=error.message))
        record = from_csl(item, origin=f"item {name}")
        if not (record.title or record.doi or record.pmid):
            raise ReferenceFileError(message("reffile.csl-no-id", name=name))
        records.append(record)
    return records


def write_csl_json(records: Iterable[tuple[int | None, RecordData]]) -> str:
    """A CSL-JSON array of (library id, record) pairs, ids as 'wakefield1998-12'."""
    items = [to_csl(record, csl_id(record_id, record)) for record_id, record in records]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
