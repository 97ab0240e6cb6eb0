"""RIS (Zotero, EndNote, Mendeley, publishers' "export citation") through rispy.

rispy maps tags to fields but skips what it does not understand without a
word, so the reader first walks the lines itself: every record opens with
``TY  -`` and closes with ``ER  -``, and a stray line between records or a
record left open is refused with its line number before rispy sees the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import rispy

from workstation.messages import message
from workstation.references.errors import at_line, at_record
from workstation.references.model import RecordData
from workstation.references.normalise import normalise_doi, year_of

_TAG_RE = re.compile(r"^([A-Z][A-Z0-9])  -(?: |$)")
_COUNTER_RE = re.compile(r"^\d+\.$")  # "1." between records, as EndNote and rispy number them
_PMID_NOTE_RE = re.compile(r"\bPMID\s*:?\s*(\d{1,9})\b", re.IGNORECASE)

TO_CSL = {
    "JOUR": "article-journal", "EJOUR": "article-journal", "JFULL": "article-journal",
    "ABST": "article-journal", "INPR": "article-journal", "MGZN": "article-magazine",
    "NEWS": "article-newspaper", "BOOK": "book", "EBOOK": "book", "EDBOOK": "book", "CHAP": "chapter",
    "ECHAP": "chapter", "CONF": "paper-conference", "CPAPER": "paper-conference", "RPRT": "report",
    "GOVDOC": "report", "STAND": "report", "THES": "thesis", "ELEC": "webpage", "BLOG": "webpage",
    "WEB": "webpage", "DATA": "dataset", "DBASE": "dataset", "ENCYC": "entry-encyclopedia",
}
FROM_CSL = {
    "article-journal": "JOUR", "article": "JOUR", "article-magazine": "MGZN", "article-newspaper": "NEWS",
    "book": "BOOK", "chapter": "CHAP", "paper-conference": "CPAPER", "report": "RPRT", "thesis": "THES",
    "webpage": "ELEC", "dataset": "DATA", "entry-encyclopedia": "ENCYC",
}


def looks_like_ris(text: str) -> bool:
    head = text[:8192]
    # a line can open with the tag only where the text holds it: most texts are not split into lines
    return "TY  -" in head and any(line.startswith("TY  -") for line in head.lstrip().splitlines()[:20])


def _record_lines(text: str) -> list[int]:
    """Check the record structure; returns the line number where each record starts."""
    starts: list[int] = []
    open_at: int | None = None
    seen_record = False
    for number, line in enumerate(text.split("\n"), 1):
        match = _TAG_RE.match(line)
        tag = match.group(1) if match else None
        if open_at is None:
            if tag == "TY":
                open_at = number
                starts.append(number)
                seen_record = True
            elif line.strip() and seen_record and not _COUNTER_RE.match(line.strip()):
                raise at_line(number, message("reffile.ris-expected", found=repr(line[:60])))
            elif tag is not None and tag != "TY":
                raise at_line(number, message("reffile.ris-outside", tag=tag))
            # lines before the first record are a header some databases write ("Provider: …")
            continue
        if tag == "TY":
            raise at_line(number, message("reffile.ris-overlap", opened=open_at))
        if tag == "ER":
            open_at = None
    if open_at is not None:
        raise at_line(open_at, message("reffile.ris-unclosed"))
    if not starts:
        raise at_line(1, message("reffile.ris-none"))
    return starts


def _first(entry: dict, *keys: str) -> str:
    for key in keys:
        value = entry.get(key)
        if isinstance(value, list):
            value = next((v for v in value if v), "")
        if value:
            return str(value)
    return ""


def _pmid(entry: dict) -> str:
    database = _first(entry, "name_of_database", "database_provider").lower()
    accession = _first(entry, "accession_number")
    if accession.isdigit() and ("pubmed" in database or "medline" in database):
        return accession
    for note in (*entry.get("notes", []), entry.get("note", ""), entry.get("custom2", "")):
        match = _PMID_NOTE_RE.search(str(note or ""))
        if match:
            return match.group(1)
    return ""


def _record(entry: dict, index: int, line: int) -> RecordData:
    start, end = _first(entry, "start_page"), _first(entry, "end_page")
    pages = f"{start}-{end}" if start and end and "-" not in start else start or end
    url = _first(entry, "urls")
    doi = _first(entry, "doi") or (normalise_doi(url) if "doi.org/" in url else "")
    record = RecordData(
        type=TO_CSL.get(_first(entry, "type_of_reference").upper(), "document"),
        title=_first(entry, "title", "primary_title", "translated_title", "short_title"),
        authors=tuple(entry.get("authors") or entry.get("first_authors") or ()),
        container=_first(entry, "secondary_title", "journal_name", "alternate_title3", "alternate_title2",
                         "alternate_title1"),
        year=year_of(_first(entry, "year", "publication_year", "date")),
        volume=_first(entry, "volume"),
        issue=_first(entry, "number"),
        pages=pages,
        doi=doi,
        pmid=_pmid(entry),
        url=url,
        abstract=_first(entry, "abstract", "notes_abstract"),
        origin=f"record {index} (line {line})",
    ).cleaned()
    if not (record.title or record.doi or record.pmid):
        raise at_record(index, line, message("reffile.ris-no-id"))
    return record


def read_ris(text: str) -> list[RecordData]:
    """Every record of a RIS file, or ReferenceFileError naming the line at fault."""
    starts = _record_lines(text)
    entries = rispy.loads(text)
    if len(entries) != len(starts):  # the structure check above should make this impossible
        raise at_line(1, message("reffile.ris-count", opened=len(starts), read=len(entries)))
    return [_record(entry, i, line) for i, (entry, line) in enumerate(zip(entries, starts, strict=True), 1)]


def write_ris(records: Iterable[RecordData]) -> str:
    """RIS text for the records (PMIDs as AN with DB PubMed, which EndNote and Zotero read back)."""
    entries = []
    for record in records:
        entry: dict = {"type_of_reference": FROM_CSL.get(record.type, "GEN")}
        if record.authors:
            entry["authors"] = list(record.authors)
        for key, value in (
            ("title", record.title), ("secondary_title", record.container), ("volume", record.volume),
            ("number", record.issue), ("doi", record.doi), ("abstract", record.abstract),
        ):
            if value:
                entry[key] = value
        if record.year:
            entry["year"] = str(record.year)
        if record.pages:
            first, _, last = record.pages.partition("-")
            entry["start_page"] = first
            if last:
                entry["end_page"] = last
        if record.pmid:
            entry["accession_number"] = record.pmid
            entry["name_of_database"] = "PubMed"
        if record.url:
            entry["urls"] = [record.url]
        entries.append(entry)
    return rispy.dumps(entries, implementation=_PlainRisWriter)


class _PlainRisWriter(rispy.RisWriter):
    """Records without EndNote's "1." counter lines, as Zotero writes them."""

    def set_header(self, count: int) -> str:
        return ""
