"""Markdown with YAML front matter: the import format and the export format.

    ---
    title: Stem cell transplants for MS
    audience: patient            # patient | caregiver | clinician
    last_updated: 2025-04-23
    authors: [A. Author]
    topic: Neurology
    status: Submitted            # optional
    references:
      - {type: research, title: ..., source: ..., year: 2024, doi: ..., pmid: ..., url: ...}
    ---
    Body in Markdown, citations written [1], [1, 3] or [2-4].

:func:`write_markdown` and :func:`parse_markdown` are inverses: writing an
article and reading it back gives the same article.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import yaml

from workstation.errors import ImportFailed
from workstation.importers.html_superscripts import link_html_superscripts
from workstation.importers.markdown_reference_section import split_reference_section
from workstation.importers.parenthesised_citations import link_named_citations
from workstation.importers.superscript_citations import link_superscript_citations
from workstation.messages import message, message_of
from workstation.model import (
    AUDIENCES,
    REFERENCE_TYPES,
    ArticleDraft,
    ReferenceData,
    normalize_status,
)

_FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_H1_RE = re.compile(r"^[ ]{0,3}#[ \t]+(.+)$", re.MULTILINE)  # closing hashes stripped in Python
# How far into a page with no front matter its title heading may stand: a kicker line ("PRESS
# RELEASE", a date line) may come before it, a whole section may not.
_TITLE_WITHIN = 600
# audit_head: the audit-trail anchor an export carries; not part of the article.
_KNOWN_KEYS = {"title", "audience", "last_updated", "authors", "topic", "status", "references", "audit_head"}
_REFERENCE_KEYS = {"type", "title", "source", "year", "doi", "pmid", "url", "number"}
MAX_REFERENCES = 2000
_YAML_LINE_BREAKS = ("\x85", "\u2028", "\u2029")


class _Dumper(yaml.SafeDumper):
    """Double-quotes text holding Unicode line breaks, which plain YAML would read as new lines."""


def _represent_text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = '"' if any(ch in value for ch in _YAML_LINE_BREAKS) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_text)


def has_front_matter(text: str) -> bool:
    return text.startswith("---\n") or text.startswith("---\r\n") or text.startswith("--- \n")


def _closed(title: str) -> str:
    """An ATX heading's text without its closing hashes ("# Title ##" is "Title")."""
    text = title.rstrip(" \t")
    return text.rstrip("#").rstrip(" \t") or text[:1]


def _title_heading(text: str) -> re.Match[str] | None:
    """The level-1 heading that titles a page with no front matter: the first heading of the page,
    within its first few lines (None when another heading or a long text comes first)."""
    first = re.search(r"^[ ]{0,3}#{1,6}[ \t]", text[:_TITLE_WITHIN + 1], re.MULTILINE)
    if first is None:
        return None
    return _H1_RE.match(text, first.start())


def parse_markdown(text: str) -> ArticleDraft:
    """Read Markdown with YAML front matter; every error names the field at fault."""
    match = _FRONT_MATTER_RE.match(text)
    warnings: list[str] = []
    listed: tuple[ReferenceData, ...] = ()
    if match is None:
        if has_front_matter(text):
            raise ImportFailed(message("import.unclosed-front-matter"))
        heading = _title_heading(text)
        if heading is None:
            raise ImportFailed(message("import.no-title"))
        meta: dict[str, Any] = {"title": _closed(heading.group(1))}
        # what stood above the title (a kicker line) stays at the top of the body
        above, below = text[:heading.start()].strip(), text[heading.end():].lstrip("\n")
        # with no front matter to hold it, the list of works is the body's References section
        body, listed = split_reference_section(f"{above}\n\n{below}" if above else below)
        warnings.append("no front matter: the title was taken from the first heading")
    else:
        try:
            loaded = yaml.safe_load(match.group(1) or "")
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = message("import.yaml-at", line=mark.line + 2, column=mark.column + 1) if mark else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            raise ImportFailed(message("import.malformed-yaml", where=where, problem=problem)) from exc
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise ImportFailed(message("import.not-pairs", found=_type_name(loaded)))
        meta = loaded
        body = text[match.end():]
        if meta.get("references") is None:
            # no list in front matter: the list of works is the body's section that prints it
            body, listed = split_reference_section(body)
            if listed:
                # its marks, printed as a page prints them ("… to crash³", "<sup>3</sup>",
                # "(Ref. 3)"), become citations
                numbers = frozenset(ref.number for ref in listed)
                body = link_html_superscripts(body, numbers)
                body = link_superscript_citations(link_named_citations(body, numbers), numbers)
        unknown = sorted(str(k) for k in meta if k not in _KNOWN_KEYS)
        if unknown:
            warnings.append("front matter: ignored unknown field(s) " + ", ".join(unknown))
    if not body.strip():
        raise ImportFailed(message("import.no-body"))
    return ArticleDraft(
        title=_required_text(meta, "title"),
        body=body,
        audience=_audience(meta.get("audience")),
        last_updated=_date(meta.get("last_updated"), "last_updated"),
        authors=_authors(meta.get("authors")),
        topic=_optional_text(meta.get("topic"), "topic"),
        status=_status(meta.get("status")),
        references=listed or _references(meta.get("references")),
        source_format="markdown",
        warnings=tuple(warnings),
    )


def write_markdown(article: ArticleDraft) -> str:
    """The Markdown-with-front-matter form of an article (what :func:`parse_markdown` reads)."""
    meta: dict[str, Any] = {"title": article.title, "audience": article.audience}
    if article.last_updated is not None:
        meta["last_updated"] = article.last_updated
    if article.authors:
        meta["authors"] = list(article.authors)
    if article.topic:
        meta["topic"] = article.topic
    if article.status:
        meta["status"] = article.status
    if article.references:
        meta["references"] = [_reference_mapping(r, i) for i, r in enumerate(article.references, 1)]
    front = yaml.dump(meta, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    return f"---\n{front}---\n{article.body}"


def _reference_mapping(ref: ReferenceData, position: int) -> dict[str, Any]:
    out: dict[str, Any] = {"type": ref.type, "title": ref.title}
    if ref.number != position:
        out["number"] = ref.number
    for key in ("source", "year", "doi", "pmid", "url"):
        value = getattr(ref, key)
        if value not in ("", None):
            out[key] = value
    return out


def _type_name(value: Any) -> str:
    code = {list: "type.list", str: "type.text", int: "type.number", float: "type.number", bool: "type.bool"}.get(
        type(value)
    )
    return message(code) if code else type(value).__name__


def _required_text(meta: dict, key: str) -> str:
    if key not in meta or meta[key] is None:
        raise ImportFailed(message("import.required", key=key))
    value = meta[key]
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ImportFailed(message("import.must-be-text", key=key, found=_type_name(value)))
    text = str(value)
    if not text.strip():
        raise ImportFailed(message("import.empty-key", key=key))
    if "\x00" in text:
        raise ImportFailed(message("import.nul-in-key", key=key))
    return text


def _optional_text(value: Any, key: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ImportFailed(message("import.must-be-text", key=key, found=_type_name(value)))
    return str(value)


def _audience(value: Any) -> str:
    if value is None:
        return "patient"
    if not isinstance(value, str) or value.strip().lower() not in AUDIENCES:
        raise ImportFailed(message("import.audience", audiences=", ".join(AUDIENCES), given=repr(value)))
    return value.strip().lower()


def _status(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ImportFailed(message("import.must-be-text", key="status", found=_type_name(value)))
    try:
        return normalize_status(value)
    except ValueError as exc:
        raise ImportFailed(message("import.status", problem=message_of(exc) or str(exc))) from exc


def _date(value: Any, key: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ImportFailed(message("import.date", key=key, given=repr(value)))


def _authors(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(a, str) for a in value):
        raise ImportFailed(message("import.authors"))
    return tuple(value)


def _with_authors(authors: Any, title: str, where: str) -> str:
    """A reference's title with the authors its entry names before it, as a list of works
    prints them ("Corey L, Wald A, et al. Once-daily valacyclovir …"): a reference keeps no
    authors of its own, and a citation by author and year ("(Corey et al., 2004)") is read
    against the words its entry begins with."""
    if authors is None:
        return title
    if isinstance(authors, list) and all(isinstance(a, str) for a in authors):
        authors = ", ".join(a.strip() for a in authors if a.strip())
    if not isinstance(authors, str):
        raise ImportFailed(message("import.item-text", where=where, key="authors", found=_type_name(authors)))
    authors = authors.strip().rstrip(".")
    if not authors or title.startswith(authors):
        return title
    return f"{authors}. {title}" if title else authors


def _references(value: Any) -> tuple[ReferenceData, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ImportFailed(message("import.references-list", found=_type_name(value)))
    if len(value) > MAX_REFERENCES:
        raise ImportFailed(message("import.references-many", count=MAX_REFERENCES))
    refs: list[ReferenceData] = []
    for position, item in enumerate(value, 1):
        where = message("import.reference-item", position=position)
        if not isinstance(item, dict):
            raise ImportFailed(message("import.item-mapping", where=where, found=_type_name(item)))
        ref_type = item.get("type", "other")
        if not isinstance(ref_type, str) or ref_type.strip().lower() not in REFERENCE_TYPES:
            raise ImportFailed(message("import.item-type", where=where, types=", ".join(REFERENCE_TYPES), given=repr(ref_type)))
        number = item.get("number", position)
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise ImportFailed(message("import.item-number", where=where, given=repr(number)))
        year = item.get("year")
        if year is not None and (isinstance(year, bool) or not isinstance(year, int) or not 0 < year < 10000):
            raise ImportFailed(message("import.item-year", where=where, given=repr(year)))
        texts = {}
        for key in ("title", "source", "doi", "pmid", "url"):
            raw = item.get(key)
            if raw is None:
                texts[key] = ""
            elif isinstance(raw, bool) or not isinstance(raw, (str, int)):
                raise ImportFailed(message("import.item-text", where=where, key=key, found=_type_name(raw)))
            else:
                texts[key] = str(raw)
        texts["title"] = _with_authors(item.get("authors"), texts["title"], where)
        refs.append(ReferenceData(number=number, type=ref_type.strip().lower(), year=year, **texts))
    numbers = [r.number for r in refs]
    if len(set(numbers)) != len(numbers):
        raise ImportFailed(message("import.references-unique"))
    return tuple(refs)
