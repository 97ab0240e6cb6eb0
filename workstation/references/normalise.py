"""Identifiers and titles in one canonical form, so the same work is found whatever wrote it.

DOIs are case-insensitive by definition (the DOI Handbook, 3.4): lower case,
without a resolver prefix ("https://doi.org/", "doi:") or the punctuation a
sentence leaves after one. A PMID is digits only. A title key keeps letters
and digits, folded and accent-free, so "The MMR paper." and "the MMR paper"
are one key.
"""

from __future__ import annotations

import re
import unicodedata

_DOI_PREFIX_RE = re.compile(
    r"^(?:(?:https?://)?(?:dx\.)?doi\.org/|https?://(?:www\.)?doi\.org/|doi\s*:\s*|doi\s+)",
    re.IGNORECASE,
)
_DOI_RE = re.compile(r"^10\.\d{4,9}/\S+$")
_PMID_PREFIX_RE = re.compile(r"^(?:pmid\s*:?\s*|https?://(?:www\.)?(?:pubmed\.ncbi\.nlm\.nih\.gov|ncbi\.nlm\.nih\.gov/pubmed)/)",
                             re.IGNORECASE)
_PMID_RE = re.compile(r"^\d{1,9}$")
_TRAILING = ".,;: \t\"'>]"
_WORD_RE = re.compile(r"[^\W_]+")
_PAGE_DASH_RE = re.compile(r"\s*(?:--|[-\u2010-\u2015\u2212])\s*")
_ARTICLES = ("the ", "a ", "an ")


def normalise_doi(text: str | None) -> str:
    """'https://doi.org/10.1016/S0140-6736(97)11096-0.' -> '10.1016/s0140-6736(97)11096-0'; '' if none."""
    if not text:
        return ""
    doi = text.strip()
    for _ in range(2):  # "doi: https://doi.org/…" happens
        doi = _DOI_PREFIX_RE.sub("", doi).strip()
    doi = doi.rstrip(_TRAILING)
    # A closing bracket belongs to the DOI only when the DOI opened one.
    while doi.endswith(")") and doi.count(")") > doi.count("("):
        doi = doi[:-1].rstrip(_TRAILING)
    doi = doi.lower()
    return doi if _DOI_RE.match(doi) else ""


def normalise_pmid(text: str | int | None) -> str:
    """'PMID: 9500320' -> '9500320'; '' for anything that is not a PubMed id (including '0')."""
    if text is None:
        return ""
    pmid = _PMID_PREFIX_RE.sub("", str(text).strip()).strip().rstrip("/").rstrip(_TRAILING)
    if not _PMID_RE.match(pmid):
        return ""
    pmid = pmid.lstrip("0")
    return pmid


def fold(text: str) -> str:
    """Lower case, accents removed, white space collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def title_key(title: str | None) -> str:
    """Letters and digits of a title, folded, without a leading article: the dedupe key."""
    if not title:
        return ""
    folded = fold(title)
    for article in _ARTICLES:
        if folded.startswith(article):
            folded = folded[len(article):]
            break
    return " ".join(_WORD_RE.findall(folded))


def normalise_pages(pages: str | None) -> str:
    """'637--641', '637 – 641' and MEDLINE's '637-41' -> '637-641'."""
    if not pages:
        return ""
    pages = _PAGE_DASH_RE.sub("-", pages.strip())
    first, sep, last = pages.partition("-")
    if sep and first.isdigit() and last.isdigit() and len(last) < len(first):
        last = first[: len(first) - len(last)] + last  # the digits MEDLINE leaves out
    return f"{first}{sep}{last}"


def year_of(value: str | int | None) -> int | None:
    """The first four-digit year in a date written any way ('1998 Feb 28', '2020-06-05', 1998)."""
    if value is None:
        return None
    if isinstance(value, int):
        return value if 1000 <= value <= 2999 else None
    match = re.search(r"(?<!\d)([12]\d{3})(?!\d)", str(value))
    return int(match.group(1)) if match else None


def author_key(name: str) -> tuple[str, str]:
    """(family name, initials) of 'Family, Given' or 'Family GI', for comparing author lists."""
    name = fold(name).replace(".", " ")
    if "," in name:
        family, _, given = name.partition(",")
        initials = "".join(part[0] for part in re.split(r"[\s-]+", given.strip()) if part)
    else:
        parts = name.split()
        if len(parts) > 1 and parts[-1].isalpha() and len(parts[-1]) <= 3:
            family, initials = " ".join(parts[:-1]), parts[-1]  # MEDLINE 'Wakefield AJ'
        else:
            family, initials = name, ""
    return family.strip(), initials[:1]
