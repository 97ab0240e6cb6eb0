"""Reference identifiers (DOI, PMID, web address) checked before they become links."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from workstation.model import ReferenceData

# Crossref's recommended pattern for modern DOIs.
_DOI_RE = re.compile(r"10\.\d{4,9}/[-._;()/:A-Za-z0-9]+")
_DOI_PREFIX_RE = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.IGNORECASE)
_PMID_RE = re.compile(r"[1-9]\d{0,8}")
_PMID_PREFIX_RE = re.compile(r"^pmid:\s*", re.IGNORECASE)
_URL_FORBIDDEN_RE = re.compile(r"[\x00-\x20\x7f-\x9f\"'<>\\`]")
MAX_DOI = 200
MAX_URL = 2000


def normalized_doi(text: str) -> str | None:
    """'doi:10.1000/x' or 'https://doi.org/10.1000/x' -> '10.1000/x'; None if not a DOI."""
    doi = _DOI_PREFIX_RE.sub("", text.strip())
    if len(doi) > MAX_DOI or not _DOI_RE.fullmatch(doi):
        return None
    return doi


def doi_url(text: str) -> str | None:
    doi = normalized_doi(text)
    return None if doi is None else "https://doi.org/" + quote(doi, safe="/:;()._-")


def normalized_pmid(text: str) -> str | None:
    pmid = _PMID_PREFIX_RE.sub("", text.strip())
    return pmid if _PMID_RE.fullmatch(pmid) else None


def pubmed_url(text: str) -> str | None:
    pmid = normalized_pmid(text)
    return None if pmid is None else f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/"


def web_url(text: str) -> str | None:
    """An http(s) address with a host, or None; nothing else becomes a link."""
    url = text.strip()
    if not url or len(url) > MAX_URL or _URL_FORBIDDEN_RE.search(url):
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    url = parts.scheme.lower() + url[len(parts.scheme):]
    # Non-ASCII characters are percent-encoded; everything else is kept as written.
    return quote(url, safe=":/?#[]@!$&()*+,;=%~-._")


def reference_links(ref: ReferenceData) -> dict[str, str]:
    """The links a reference may carry: 'doi', 'pubmed', 'url' (only those that are valid)."""
    links = {"doi": doi_url(ref.doi), "pubmed": pubmed_url(ref.pmid), "url": web_url(ref.url)}
    return {key: value for key, value in links.items() if value}
