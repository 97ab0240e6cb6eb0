"""BibTeX through bibtexparser 2 (the current major version; 1.x is in maintenance only).

Version 2 keeps the blocks it could not parse, with their line, instead of
dropping them, which is what lets a bad entry be refused by name. LaTeX
accents are decoded ({\\'e} -> é) and names split into their parts by its
middlewares; the writer encodes nothing back, since BibTeX read by biber and
Zotero is UTF-8 today.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import bibtexparser
from bibtexparser import middlewares
from bibtexparser.library import Library
from bibtexparser.model import Entry, Field
from pylatexenc.latex2text import LatexNodes2Text

from workstation.messages import message
from workstation.references.errors import at_line, at_record
from workstation.references.model import RecordData, csl_id
from workstation.references.normalise import year_of

TO_CSL = {
    "article": "article-journal", "book": "book", "booklet": "book", "inbook": "chapter",
    "incollection": "chapter", "inproceedings": "paper-conference", "conference": "paper-conference",
    "techreport": "report", "report": "report", "phdthesis": "thesis", "mastersthesis": "thesis",
    "thesis": "thesis", "online": "webpage", "electronic": "webpage", "www": "webpage", "dataset": "dataset",
    "misc": "document", "unpublished": "document", "manual": "report",
}
FROM_CSL = {
    "article-journal": "article", "article": "article", "article-magazine": "article",
    "article-newspaper": "article", "book": "book", "chapter": "incollection",
    "paper-conference": "inproceedings", "report": "techreport", "thesis": "phdthesis", "webpage": "online",
    "dataset": "dataset",
}
_BRACES_RE = re.compile(r"[{}]")
_PMID_NOTE_RE = re.compile(r"\bPMID\s*:?\s*(\d{1,9})\b", re.IGNORECASE)


_ENTRY_START_RE = re.compile(r"^\s*@([A-Za-z]+)\s*[{(]\s*[^,\s{}()]+\s*,", re.MULTILINE)


def looks_like_bibtex(text: str) -> bool:
    """An entry such as '@article{key,' of a type BibTeX or biblatex knows."""
    head = text[:65536]
    # every entry has an "@": a page without one is not looked at position by position
    return "@" in head and any(m.group(1).lower() in TO_CSL for m in _ENTRY_START_RE.finditer(head))


_LATEX = LatexNodes2Text()


def _decoded(words: list[str]) -> str:
    return _LATEX.latex_to_text(" ".join(words)).strip()


def _name(parts: object) -> str:
    """'Family, Given' from bibtexparser's name parts ('{SPRINT Research Group}' stays whole)."""
    if isinstance(parts, middlewares.NameParts):
        family = _decoded([*parts.von, *parts.last])
        given = _decoded(parts.first)
        if parts.jr:
            given = f"{given}, {_decoded(parts.jr)}" if given else _decoded(parts.jr)
        return f"{family}, {given}" if given else family
    return _LATEX.latex_to_text(str(parts)).strip()


def _text(entry: Entry, *keys: str) -> str:
    for key in keys:
        field = entry.fields_dict.get(key)
        if field is not None and field.value not in (None, ""):
            value = field.value
            if isinstance(value, list):
                return " and ".join(_name(v) for v in value)
            return _BRACES_RE.sub("", str(value))
    return ""


def _bibtex_name(name: str) -> str:
    """'Wright, Jackson T., Jr.' (family, given, suffix) -> BibTeX's 'Wright, Jr., Jackson T.';
    an organisation in braces so BibTeX does not split it into first and last names."""
    parts = [p.strip() for p in name.split(",")]
    if len(parts) == 1:
        return "{" + name + "}" if " " in name else name
    if len(parts) >= 3:
        return f"{parts[0]}, {parts[-1]}, {', '.join(parts[1:-1])}"
    return name


def _plain(value: str) -> str:
    return _BRACES_RE.sub("", value)


def _record(entry: Entry, index: int) -> RecordData:
    line = entry.start_line + 1
    authors = entry.fields_dict.get("author")
    names = tuple(_name(a) for a in authors.value) if authors and isinstance(authors.value, list) else ()
    names = tuple(n for n in names if n.casefold() != "others")  # "and others" is BibTeX's et al.
    pmid = _text(entry, "pmid")
    if not pmid:
        match = _PMID_NOTE_RE.search(_text(entry, "note", "annote", "extra"))
        pmid = match.group(1) if match else ""
    record = RecordData(
        type=TO_CSL.get(entry.entry_type.lower(), "document"),
        title=_text(entry, "title"),
        authors=names,
        container=_text(entry, "journal", "journaltitle", "booktitle", "publisher", "institution", "school"),
        year=year_of(_text(entry, "year", "date")),
        volume=_text(entry, "volume"),
        issue=_text(entry, "number", "issue"),
        pages=_text(entry, "pages"),
        doi=_text(entry, "doi"),
        pmid=pmid,
        url=_text(entry, "url"),
        abstract=_text(entry, "abstract"),
        origin=f"entry {entry.key} (line {line})",
    ).cleaned()
    if not (record.title or record.doi or record.pmid):
        raise at_record(index, line, f"the entry {entry.key!r} has no title, doi or pmid")
    return record


def read_bibtex(text: str) -> list[RecordData]:
    """Every entry of a BibTeX file, or ReferenceFileError naming the first bad entry's line."""
    library = bibtexparser.parse_string(
        text,
        # Names are split before LaTeX is decoded, so braces still keep an organisation whole.
        append_middleware=[
            middlewares.SeparateCoAuthors(),
            middlewares.SplitNameParts(),
            middlewares.LatexDecodingMiddleware(),
        ],
    )
    if library.failed_blocks:
        block = min(library.failed_blocks, key=lambda b: b.start_line)
        reason = getattr(block, "error", None)
        detail = (getattr(reason, "abort_reason", "") or str(reason or "")).strip()
        detail = detail.splitlines()[0] if detail else message("reffile.bib-invalid")
        if type(block).__name__ == "DuplicateBlockKeyBlock":
            detail = message("reffile.bib-duplicate", key=repr(getattr(block, "key", "?")))
        raise at_line(block.start_line + 1, message("reffile.bib-broken", problem=detail, raw=repr(block.raw.strip()[:50])))
    if not library.entries:
        raise at_line(1, message("reffile.bib-none", example="'@article{key, …}'"))
    return [_record(entry, i) for i, entry in enumerate(library.entries, 1)]


def write_bibtex(records: Iterable[tuple[int | None, RecordData]]) -> str:
    """BibTeX for (library id, record) pairs; keys like 'wakefield1998-12' stay unique."""
    library = Library()
    for record_id, record in records:
        # Braces in a value are BibTeX syntax; the title's own pair keeps its capitals as written.
        fields = [Field("title", "{" + _plain(record.title) + "}")] if record.title else []
        if record.authors:
            fields.append(Field("author", " and ".join(_bibtex_name(_plain(a)) for a in record.authors)))
        container_field = "booktitle" if record.type in ("chapter", "paper-conference") else "journal"
        for key, value in (
            (container_field, record.container), ("year", str(record.year or "")), ("volume", record.volume),
            ("number", record.issue), ("pages", record.pages.replace("-", "--")), ("doi", record.doi),
            ("pmid", record.pmid), ("url", record.url), ("abstract", record.abstract),
        ):
            if value:
                fields.append(Field(key, _plain(value)))
        library.add(Entry(FROM_CSL.get(record.type, "misc"), csl_id(record_id, record), fields))
    return bibtexparser.write_string(library)
