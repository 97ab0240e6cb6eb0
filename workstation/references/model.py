"""A cited work as a reader produces it, and its shape in CSL-JSON.

Every reader (RIS, BibTeX, MEDLINE, CSL-JSON) yields :class:`RecordData` with
identifiers already normalised; every writer starts from it. Item types are
CSL's, the common language of Zotero, Mendeley and citeproc.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from workstation.references.normalise import (
    normalise_doi,
    normalise_pages,
    normalise_pmid,
    title_key,
    year_of,
)

CSL_TYPES = (
    "article-journal", "article", "article-magazine", "article-newspaper", "book", "chapter",
    "dataset", "paper-conference", "report", "thesis", "webpage", "document", "entry-encyclopedia",
)
DEFAULT_TYPE = "article-journal"
FIELDS = ("type", "title", "authors", "container", "year", "volume", "issue", "pages", "doi", "pmid", "url",
          "abstract")


@dataclass(frozen=True)
class RecordData:
    """One work: bibliographic fields plus where it was read (for messages)."""

    type: str = DEFAULT_TYPE
    title: str = ""
    authors: tuple[str, ...] = ()  # "Family, Given" (an organisation: its name alone)
    container: str = ""  # the journal, book or site
    year: int | None = None
    volume: str = ""
    issue: str = ""
    pages: str = ""
    doi: str = ""
    pmid: str = ""
    url: str = ""
    abstract: str = ""
    origin: str = field(default="", compare=False)  # "record 3 (line 41)" for messages

    @property
    def title_key(self) -> str:
        return title_key(self.title)

    def cleaned(self) -> RecordData:
        """Identifiers normalised, white space collapsed, pages with a plain hyphen."""
        return replace(
            self,
            type=self.type if self.type in CSL_TYPES else DEFAULT_TYPE,
            title=_squash(self.title).rstrip("."),
            authors=tuple(a for a in (_squash(a) for a in self.authors) if a),
            container=_squash(self.container),
            volume=_squash(self.volume),
            issue=_squash(self.issue),
            pages=normalise_pages(self.pages),
            doi=normalise_doi(self.doi),
            pmid=normalise_pmid(self.pmid),
            url=self.url.strip(),
            abstract=self.abstract.strip(),
        )

    def values(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in FIELDS}


def _squash(text: str) -> str:
    return " ".join((text or "").split())


_SUFFIX_RE = re.compile(r",\s*(Jr\.?|Sr\.?|II|III|IV)$")


def split_name(name: str) -> dict[str, str]:
    """'Wakefield, A. J.' -> {'family': 'Wakefield', 'given': 'A. J.'}; 'Wright, Jackson T., Jr.' keeps
    'Jr.' as the suffix; an organisation -> {'literal': …}."""
    family, sep, given = name.partition(",")
    if not sep:
        return {"literal": name.strip()}
    parts = {"family": family.strip(), "given": given.strip()}
    suffix = _SUFFIX_RE.search(parts["given"])
    if suffix:
        parts["given"], parts["suffix"] = parts["given"][: suffix.start()].strip(), suffix.group(1)
    return parts


def join_name(part: dict) -> str:
    """A CSL name object back to 'Family, Given'."""
    if part.get("literal"):
        return str(part["literal"]).strip()
    family = " ".join(str(p) for p in (part.get("non-dropping-particle"), part.get("family")) if p).strip()
    given = " ".join(str(p) for p in (part.get("given"), part.get("dropping-particle")) if p).strip()
    if part.get("suffix"):
        given = f"{given}, {part['suffix']}" if given else str(part["suffix"])
    return f"{family}, {given}" if given else family


def to_csl(record: RecordData, item_id: str) -> dict:
    """The CSL-JSON item of a record (only the fields it has)."""
    item: dict = {"id": item_id, "type": record.type}
    if record.title:
        item["title"] = record.title
    if record.authors:
        item["author"] = [split_name(a) for a in record.authors]
    for key, value in (
        ("container-title", record.container), ("volume", record.volume), ("issue", record.issue),
        ("page", record.pages), ("DOI", record.doi), ("PMID", record.pmid), ("URL", record.url),
        ("abstract", record.abstract),
    ):
        if value:
            item[key] = value
    if record.year:
        item["issued"] = {"date-parts": [[record.year]]}
    return item


def from_csl(item: dict, origin: str = "") -> RecordData:
    """A record from a CSL-JSON item (already checked against the schema)."""
    issued = item.get("issued") or {}
    year = None
    if isinstance(issued, dict):
        parts = issued.get("date-parts") or []
        if parts and parts[0]:
            year = year_of(str(parts[0][0]))
        year = year or year_of(issued.get("raw") or issued.get("literal"))
    return RecordData(
        type=str(item.get("type") or DEFAULT_TYPE),
        title=str(item.get("title") or ""),
        authors=tuple(join_name(a) for a in item.get("author") or () if isinstance(a, dict)),
        container=str(item.get("container-title") or ""),
        year=year,
        volume=str(item.get("volume") or ""),
        issue=str(item.get("issue") or ""),
        pages=str(item.get("page") or ""),
        doi=str(item.get("DOI") or ""),
        pmid=str(item.get("PMID") or ""),
        url=str(item.get("URL") or ""),
        abstract=str(item.get("abstract") or ""),
        origin=origin,
    ).cleaned()


def csl_id(record_id: int | None, record: RecordData) -> str:
    """A stable citation key: 'wakefield1998-12' (first author, year, library id)."""
    family = record.authors[0].partition(",")[0] if record.authors else (record.title.split() or ["ref"])[0]
    stem = re.sub(r"[^a-z0-9]", "", family.casefold()) or "ref"
    return f"{stem}{record.year or ''}-{record_id}" if record_id is not None else f"{stem}{record.year or ''}"
