"""References in a citation style (AMA, Vancouver) through citeproc-py and bundled CSL styles.

The styles are the Citation Style Language project's own files (CC BY-SA 3.0,
see ``styles/README.md``), shipped as package data so nothing is fetched at
run time. A reference linked to a library record is styled from the record
(authors, volume, issue, pages); one without a record from what the article
itself says (title, source, year, identifiers).
"""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from citeproc import (
    Citation,
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from sqlalchemy import Connection
from sqlmodel import Session

from db import references as queries
from workstation.errors import ValidationError
from workstation.model import ReferenceData
from workstation.references.library import record_data
from workstation.references.model import RecordData, to_csl

STYLES_DIR = Path(__file__).parent / "styles"
STYLES = {"ama": "american-medical-association.csl", "vancouver": "nlm-citation-sequence.csl"}
STYLE_LABELS = {"ama": "AMA (11th edition)", "vancouver": "Vancouver (NLM Citing Medicine)"}
_NUMBER_RE = re.compile(r"^\s*\[?\d+[.\]]?\s*")
_TYPES = {"research": "article-journal", "guideline": "report"}


def check_style(name: str | None) -> str | None:
    """The style's key, or None for the references as the article writes them."""
    if name is None or name.strip() == "":
        return None
    key = name.strip().lower()
    if key not in STYLES:
        raise ValidationError(f"style: one of {', '.join(STYLES)}, not {name!r}")
    return key


@lru_cache(maxsize=len(STYLES))
def _style(name: str) -> CitationStylesStyle:
    return CitationStylesStyle(str(STYLES_DIR / STYLES[name]), validate=False)


def reference_item(ref: ReferenceData, record: RecordData | None) -> dict:
    """The CSL item of an article reference: from its library record when it has one."""
    if record is not None:
        item = to_csl(record, f"ref-{ref.number}")
    else:
        kind = _TYPES.get(ref.type, "webpage" if ref.url and not (ref.doi or ref.pmid) else "document")
        # A guideline or a web page is authored by the body that issues it: the article's "source".
        issuer = kind in ("report", "webpage", "document") and bool(ref.source.strip())
        item = to_csl(RecordData(
            type=kind, title=ref.title, authors=(ref.source,) if issuer else (),
            container="" if issuer else ref.source, year=ref.year, doi=ref.doi, pmid=ref.pmid, url=ref.url,
        ).cleaned(), f"ref-{ref.number}")
    return _escaped(item)


def _escaped(value: object) -> object:
    """citeproc-py's HTML formatter writes values as they are: escape them first."""
    if isinstance(value, str):
        return html.escape(value, quote=False)
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    if isinstance(value, dict):
        return {k: v if k in ("id", "type") else _escaped(v) for k, v in value.items()}
    return value


def format_references(items: Sequence[dict], style: str) -> tuple[str, ...]:
    """HTML fragments, one per item in order, without the style's own number (the list numbers them)."""
    if not items:
        return ()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about CSL features it renders without
        bibliography = CitationStylesBibliography(_style(style), CiteProcJSON(list(items)), formatter.html)
        for item in items:
            bibliography.register(Citation([CitationItem(item["id"])]))
        entries = [str(entry) for entry in bibliography.bibliography()]
    return tuple(_NUMBER_RE.sub("", entry, count=1) for entry in entries)


def styled_references(
    connection: Session | Connection, revision_id: int, references: Sequence[ReferenceData], style: str
) -> tuple[str, ...]:
    """A revision's references in a style, each from its linked library record where it has one."""
    rows = queries.reference_rows(connection, revision_ids=[revision_id])
    linked = queries.linked_identifiers(connection, [r.id for r in rows])
    record_of_number = {r.number: linked[r.id][0] for r in rows if r.id in linked}
    records = queries.records_by_id(connection, list(set(record_of_number.values()))) if record_of_number else {}
    items = []
    for ref in references:
        row = records.get(record_of_number.get(ref.number, -1))
        items.append(reference_item(ref, record_data(row) if row is not None else None))
    return format_references(items, style)
