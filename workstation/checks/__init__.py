"""Automated checks: what a reviewer should look at before approving an article.

:func:`run_checks` reads an article (title, Markdown body, audience, references) and
returns :class:`Finding` objects sorted by position. It is pure Python — no database,
no Qt — and analyses the body once. Each rule lives in its own module and is listed in
:data:`RULES`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from workstation.checks import (
    attribution,
    citations,
    lead_in,
    markup,
    promotional,
    reading_level,
    retracted,
    uncited,
)
from workstation.checks.context import ArticleContext
from workstation.checks.finding import ERROR, INFO, SEVERITIES, WARNING, Finding, fingerprint
from workstation.model import ReferenceData
from workstation.references.retractions import Notice

Rule = Callable[[ArticleContext], Iterable[Finding]]

# (code, rule) in the order findings at the same position are listed.
RULES: tuple[tuple[str, Rule], ...] = (
    (markup.CODE, markup.check),
    (citations.UNRESOLVED, citations.check_unresolved),
    (attribution.CODE, attribution.check),
    (uncited.CODE, uncited.check),
    (lead_in.CODE, lead_in.check),
    (promotional.CODE, promotional.check),
    (citations.UNCITED, citations.check_uncited),
    (retracted.CODE, retracted.check),
    (reading_level.CODE, reading_level.check),
)
CODES: tuple[str, ...] = tuple(code for code, _ in RULES)
_CODE_ORDER = {code: index for index, code in enumerate(CODES)}

__all__ = [
    "CODES",
    "ERROR",
    "INFO",
    "RULES",
    "SEVERITIES",
    "WARNING",
    "Finding",
    "fingerprint",
    "run_checks",
]


def _position(finding: Finding) -> tuple[bool, int, int, int, int]:
    # Body findings by offset; title-, reference- and article-level ones after them.
    return (
        finding.start is None,
        finding.start or 0,
        finding.end or 0,
        _CODE_ORDER.get(finding.code, len(_CODE_ORDER)),
        finding.reference or 0,
    )


def run_checks(
    *, title: str, body: str, audience: str, references: Sequence[ReferenceData],
    retractions: Mapping[int, Notice] | None = None,
) -> list[Finding]:
    """Run every rule on one article and return its findings sorted by position.

    ``retractions`` maps a reference number to the retraction notice that governs
    the cited work (looked up in the database by the caller).
    """
    ctx = ArticleContext.build(title=title, body=body, audience=audience, references=references,
                               retractions=retractions)
    findings: list[Finding] = []
    for _, rule in RULES:
        findings.extend(rule(ctx))
    findings.sort(key=_position)
    return findings
