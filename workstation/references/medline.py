"""PubMed's MEDLINE format (``.nbib``, "Save → PubMed format"): a small, strict reader.

Why not a library: the only MEDLINE reader on PyPI that is kept up is
Biopython's ``Bio.Medline``, and Biopython (3 MB, plus numpy) is far more than
a tag-per-line format needs; ``nbib`` has had no release since 2021. The
format is simple and fixed by the NLM: a tag of up to four characters padded
to four, ``- ``, the value; continuation lines start with six spaces; a blank
line ends a record, which starts with ``PMID-``. What the reader does not
understand it refuses with the line number rather than guesses.
"""

from __future__ import annotations

import re

from workstation.messages import message
from workstation.references.errors import at_line, at_record
from workstation.references.model import RecordData
from workstation.references.normalise import year_of

_TAG_RE = re.compile(r"^([A-Z][A-Z0-9]{1,3}) {0,2}- ?(.*)$")
_CONTINUATION = "      "
_BOOK_TYPES = {"Book", "Books and Documents"}
_FAU_SUFFIX_RE = re.compile(r"\s+(Jr|Sr|II|III|IV)$")  # "Wright, Jackson T Jr" -> "Wright, Jackson T, Jr"


def looks_like_medline(text: str) -> bool:
    head = text[:4096]
    if "PMID-" not in head:  # most texts are not split into lines to look
        return False
    first = next((line for line in head.splitlines() if line.strip()), "")
    return first.startswith("PMID-")


def _records(text: str) -> list[tuple[int, dict[str, list[str]]]]:
    """(first line, {tag: [values]}) per record, continuation lines joined."""
    records: list[tuple[int, dict[str, list[str]]]] = []
    current: dict[str, list[str]] | None = None
    last_tag = ""
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            current = None
            continue
        if line.startswith(_CONTINUATION) and current is not None:
            values = current[last_tag]
            values[-1] = f"{values[-1]} {line.strip()}".strip()
            continue
        match = _TAG_RE.match(line)
        if match is None or len(line) < 5 or line[4] != "-":
            raise at_line(number, message("reffile.medline-expected", found=repr(line[:60])))
        tag, value = match.group(1), match.group(2).strip()
        if current is None:
            if tag != "PMID":
                raise at_line(number, message("reffile.medline-start", tag=repr(tag)))
            current = {}
            records.append((number, current))
        current.setdefault(tag, []).append(value)
        last_tag = tag
    if not records:
        raise at_line(1, message("reffile.medline-none"))
    return records


def _tagged(values: list[str], kind: str) -> str:
    """'10.1016/x [doi]' from LID/AID values marked with [kind]."""
    for value in values:
        if value.endswith(f"[{kind}]"):
            return value[: -len(kind) - 2].strip()
    return ""


def _record(index: int, line: int, tags: dict[str, list[str]]) -> RecordData:
    def one(*keys: str) -> str:
        for key in keys:
            if tags.get(key):
                return tags[key][0]
        return ""

    kinds = set(tags.get("PT", []))
    record = RecordData(
        type="book" if kinds & _BOOK_TYPES or "BTI" in tags and "TI" not in tags else "article-journal",
        title=one("TI", "BTI"),
        authors=tuple(_FAU_SUFFIX_RE.sub(r", \1", a) if "," in a else a for a in tags.get("FAU") or tags.get("AU") or ())
        + tuple(tags.get("CN", ())),
        container=one("TA", "JT"),
        year=year_of(one("DP", "DEP")),
        volume=one("VI"),
        issue=one("IP"),
        pages=one("PG"),
        doi=_tagged(tags.get("LID", []) + tags.get("AID", []), "doi"),
        pmid=one("PMID"),
        abstract=one("AB"),
        origin=f"record {index} (line {line})",
    ).cleaned()
    if not record.pmid:
        raise at_record(index, line, message("reffile.medline-pmid", pmid=repr(one("PMID"))))
    return record


def read_medline(text: str) -> list[RecordData]:
    """Every record of a MEDLINE/.nbib file, or ReferenceFileError naming the line at fault."""
    return [_record(i, line, tags) for i, (line, tags) in enumerate(_records(text), 1)]
