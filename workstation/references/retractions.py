"""The Retraction Watch dataset's CSV, read offline, and which notice governs a paper.

The dataset (Crossref publishes it as one CSV) has a row per notice: a
retraction, an expression of concern, a correction or a reinstatement of an
original paper named by its DOI and PubMed id. A paper can have several (the
2020 Lancet hydroxychloroquine paper had an expression of concern, then a
retraction); the one that governs is the gravest, unless a later
reinstatement lifted it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from workstation.messages import message
from workstation.references.errors import ReferenceFileError, at_line
from workstation.references.normalise import normalise_doi, normalise_pmid

COLUMNS = (
    "Record ID", "Title", "Subject", "Institution", "Journal", "Publisher", "Country", "Author", "URLS",
    "ArticleType", "RetractionDate", "RetractionDOI", "RetractionPubMedID", "OriginalPaperDate",
    "OriginalPaperDOI", "OriginalPaperPubMedID", "RetractionNature", "Reason", "Paywalled", "Notes",
)
REQUIRED = ("Record ID", "Title", "Journal", "RetractionDate", "OriginalPaperDOI", "OriginalPaperPubMedID",
            "RetractionNature")
RETRACTION = "Retraction"
CONCERN = "Expression of concern"
CORRECTION = "Correction"
REINSTATEMENT = "Reinstatement"
_RANK = {RETRACTION: 3, CONCERN: 2, CORRECTION: 1}
_NATURES = {n.casefold(): n for n in (RETRACTION, CONCERN, CORRECTION, REINSTATEMENT)}


@dataclass(frozen=True)
class Notice:
    notice_id: str
    title: str
    journal: str
    nature: str
    reason: str
    retraction_date: date | None
    retraction_doi: str
    retraction_pmid: str
    original_doi: str
    original_pmid: str


def nature_of(text: str) -> str:
    """The dataset's spelling of a notice's nature ('expression of concern' -> 'Expression of concern')."""
    return _NATURES.get(" ".join(text.split()).casefold(), text.strip())


def _date(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    head = text.split()[0]
    for fmt in ("%m/%d/%Y", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(head, fmt).date()
        except ValueError:
            continue
    return None


def read_retraction_csv(data: str) -> list[Notice]:
    """Every notice of the CSV; ReferenceFileError names a missing column or the line of a broken row."""
    reader = csv.reader(io.StringIO(data, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise ReferenceFileError(message("import.empty")) from None
    except csv.Error as exc:
        raise at_line(1, message("reffile.csv-header", problem=str(exc))) from exc
    header = [h.strip().lstrip("\ufeff") for h in header]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise at_line(1, message("reffile.rw-columns", columns=", ".join(missing)))
    at = {name: header.index(name) for name in COLUMNS if name in header}
    width = len(header)
    reason_at = at.get("Reason")
    notices: list[Notice] = []
    try:
        for row in reader:
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(row) != width:
                raise at_line(reader.line_num, message("reffile.csv-width", count=len(row), width=width))
            doi = normalise_doi(row[at["OriginalPaperDOI"]])
            pmid = normalise_pmid(row[at["OriginalPaperPubMedID"]])
            if not (doi or pmid):
                continue  # a notice about a paper with neither identifier cannot be matched offline
            notices.append(Notice(
                notice_id=row[at["Record ID"]].strip(),
                title=row[at["Title"]].strip(),
                journal=row[at["Journal"]].strip(),
                nature=nature_of(row[at["RetractionNature"]]),
                reason=row[reason_at].strip().strip(";") if reason_at is not None else "",
                retraction_date=_date(row[at["RetractionDate"]]),
                retraction_doi=normalise_doi(row[at["RetractionDOI"]]) if "RetractionDOI" in at else "",
                retraction_pmid=normalise_pmid(row[at["RetractionPubMedID"]]) if "RetractionPubMedID" in at else "",
                original_doi=doi,
                original_pmid=pmid,
            ))
    except csv.Error as exc:
        raise at_line(reader.line_num, message("reffile.csv-broken", problem=str(exc))) from exc
    return notices


def governing(notices: Iterable[Notice]) -> Notice | None:
    """The notice that stands for a paper: the gravest, unless a later reinstatement lifted it."""
    current: Notice | None = None
    for notice in sorted(notices, key=lambda n: (n.retraction_date or date.min, n.notice_id)):
        if notice.nature == REINSTATEMENT:
            current = None
        elif notice.nature in _RANK and (current is None or _RANK[notice.nature] >= _RANK[current.nature]):
            current = notice
    return current
