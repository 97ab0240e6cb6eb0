"""The fixed frame of every exported HTML page, and the escaping all field values go through.

Article fields are escaped with :func:`text`; the body is rendered and
sanitized by :mod:`workstation.rendering`; the assembled page body is then
sanitized once more. Only the head built here (meta tags, our own style
sheet) is outside the sanitizer, and it holds no article text except the
escaped title.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from functools import cache
from importlib import resources

from workstation.export.model import ExportArticle
from workstation.export.references import reference_links
from workstation.model import ReferenceData, as_utc
from workstation.rendering import sanitize_html
from workstation.structure import section_kind

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES_RE = re.compile(r"\s+")
_HEADING_RE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+([^\n]*)$", re.MULTILINE)
DISCLAIMERS = {
    "clinician": (
        "This information is intended for healthcare professionals and does not replace "
        "clinical judgement. Verify it against primary literature and current guidelines "
        "before applying it in patient care."
    ),
    "default": (
        "This article is for general information only. It does not replace advice from a "
        "doctor or other qualified health professional who knows your situation; talk to "
        "your healthcare team about your own health and treatment."
    ),
}
SEPARATOR = " \u00b7 "


def text(value: object) -> str:
    """An article field as HTML text: control characters dropped, markup escaped."""
    return html.escape(_CONTROL_RE.sub("", str(value)), quote=True)


def line(value: object) -> str:
    """Like :func:`text`, with all white space (newlines included) collapsed."""
    return text(_SPACES_RE.sub(" ", str(value)).strip())


def format_date(day: date | datetime | None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = as_utc(day).date()
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_datetime(moment: datetime) -> str:
    moment = as_utc(moment)
    return f"{format_date(moment)}, {moment:%H:%M} UTC"


def iso_datetime(moment: datetime) -> str:
    return as_utc(moment).isoformat()


@cache
def stylesheet() -> str:
    """The package's own style sheet (page.css), read once."""
    css = resources.files("workstation.export").joinpath("page.css").read_text("utf-8")
    return css.replace("</", "<\\/")  # can never close the <style> element early


def review_stamp(article: ExportArticle) -> str:
    """'Reviewed by the Medical Advisory Board · approved on … by … · …' as escaped HTML."""
    parts = [
        "Reviewed by the Medical Advisory Board",
        f"approved on {format_date(article.approved_at)} by {line(article.approved_by)}",
    ]
    if article.draft.last_updated is not None:
        parts.append(f"last updated {format_date(article.draft.last_updated)}")
    if article.next_review is not None:
        parts.append(f"next review {format_date(article.next_review)}")
    return SEPARATOR.join(parts)


def has_disclaimer(body: str) -> bool:
    """Does the body have its own disclaimer section (then the page adds none)?"""
    # Headings only: this stays linear on any body, unlike a full structure analysis.
    return any(
        section_kind(match.group(1), None) == "disclaimer" for match in _HEADING_RE.finditer(body)
    )


def standard_disclaimer(audience: str) -> str:
    return DISCLAIMERS.get(audience, DISCLAIMERS["default"])


def reference_items(references: tuple[ReferenceData, ...], styled: tuple[str, ...] = ()) -> str:
    """The ``<li id="ref-N">`` items of a numbered reference list (in a citation style when ``styled``)."""
    if styled and len(styled) == len(references):
        return "\n".join(
            f'<li id="ref-{int(ref.number)}" value="{int(ref.number)}">{entry}</li>'
            for ref, entry in zip(references, styled, strict=True)
        )
    return "\n".join(_reference_item(ref) for ref in references)


def _reference_item(ref: ReferenceData) -> str:
    number = int(ref.number)
    details = ""
    for value, css in ((ref.title, "ref-title"), (ref.source, "ref-source")):
        value = _SPACES_RE.sub(" ", value).strip()
        if value:
            end = "" if value[-1] in ".?!" else "."
            details += f'<span class="{css}">{text(value)}</span>{end} '
    if ref.year is not None:
        details += f'<span class="ref-year">{int(ref.year)}</span>. '
    if ref.type:
        details += f'<span class="ref-type">({line(ref.type)})</span> '
    links = reference_links(ref)
    ids = []
    for label, key, value in (("DOI: ", "doi", ref.doi), ("PMID: ", "pubmed", ref.pmid),
                              ("", "url", ref.url)):
        if key in links:
            ids.append(f'{label}<a href="{text(links[key])}">{line(value)}</a>')
        elif value.strip():
            ids.append(label + line(value))
    if ids:
        details += f'<span class="ref-ids">{SEPARATOR.join(ids)}</span>'
    return f'<li id="ref-{number}" value="{number}">{details.strip()}</li>'


def standalone_page(*, title: str, body: str, kind: str) -> str:
    """A complete page: fixed head (charset, CSP, our style sheet) and the sanitized body."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{line(title)}</title>\n"
        f"<style>\n{stylesheet()}</style>\n"
        f'</head>\n<body class="{text(kind)}">\n'
        f"{sanitize_html(body, layout=True)}\n"
        "</body>\n</html>\n"
    )
