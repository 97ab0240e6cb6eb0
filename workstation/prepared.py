"""An article worked out before it is stored: sections, claims and the automated checks' findings.

This is the CPU-heavy part of an import, done before the write transaction and, for a
large import, in worker processes: the module imports nothing of the database, so a
worker starts quickly. One parse of the body (:func:`structure.analyze`, cached by
body) serves the sections, the claims and the checks.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from workstation.checks import run_checks
from workstation.messages import stored_params
from workstation.model import ArticleDraft
from workstation.references.retractions import Notice
from workstation.structure import analyze, extract_claims

# (code, severity, message, message params as stored, excerpt, start, end, reference, fingerprint): plain
# values, cheap to send between processes (a Message's parts are written to JSON where the checks ran)
FindingTuple = tuple[str, str, str, str, str, int | None, int | None, int | None, str]


@dataclass(frozen=True)
class NewArticle:
    """A parsed article ready to store, with its structure worked out (possibly in another process)."""

    draft: ArticleDraft
    source_file: str = ""
    # Plain tuples, cheap to send between processes:
    # (position, heading, level, kind, start, end)
    sections: tuple[tuple, ...] = ()
    # (section, text, quote, prefix, suffix, start, end, text_hash, citations)
    claims: tuple[tuple, ...] = ()
    # what the automated checks find; None until prepared
    findings: tuple[FindingTuple, ...] | None = None


def prepare(draft: ArticleDraft, source_file: str = "") -> NewArticle:
    """Work out sections, claims and the checks' findings of a draft."""
    sections = tuple(
        (s.position, s.heading, s.level, s.kind, s.start, s.end) for s in analyze(draft.body).sections
    )
    claims = tuple(
        (c.section, c.text, c.quote, c.prefix, c.suffix, c.start, c.end, text_hash(c.text), c.citations)
        for c in extract_claims(draft.body)
    )
    draft.content_hash()  # kept with the draft (and sent with it): the writer looks duplicates up by it
    return NewArticle(draft, source_file, sections, claims, check_draft(draft))


def check_draft(draft: ArticleDraft, retractions: dict[int, Notice] | None = None) -> tuple[FindingTuple, ...]:
    """Every finding of a draft (the structure comes from :func:`structure.analyze`'s cache when just parsed)."""
    return tuple(
        (f.code, f.severity, str(f.message), stored_params(f.message), f.excerpt or "", f.start, f.end, f.reference,
         f.fingerprint or "")
        for f in run_checks(title=draft.title, body=draft.body, audience=draft.audience,
                            references=draft.references, retractions=retractions)
    )


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()
