"""reference-retracted: the article cites a work on the retraction list.

The list (the Retraction Watch dataset, imported offline) is looked up by the
services before the checks run; this rule turns each reference's governing
notice into a finding: a retraction is an error, an expression of concern a
warning, a correction information worth a look.
"""

from __future__ import annotations

from collections.abc import Iterator

from workstation.checks.citations import citing_passages
from workstation.checks.context import ArticleContext, describe_reference
from workstation.checks.finding import ERROR, INFO, WARNING, Finding, make_finding, shorten
from workstation.messages import message
from workstation.references.retractions import CONCERN, CORRECTION, RETRACTION, Notice

CODE = "reference-retracted"
SEVERITY = {RETRACTION: ERROR, CONCERN: WARNING, CORRECTION: INFO}


def _nature(notice: Notice) -> str:
    return "retracted" if notice.nature == RETRACTION else "concern" if notice.nature == CONCERN else "corrected"


def _what(notice: Notice) -> str:
    when = message("retraction.on", date=notice.retraction_date.isoformat()) if notice.retraction_date else ""
    return message(f"retraction.{_nature(notice)}", when=when)


def _advice(notice: Notice) -> str:
    return message(f"retraction.advice-{_nature(notice)}")


def check(ctx: ArticleContext) -> Iterator[Finding]:
    """One finding per cited reference that has a retraction, concern or correction notice."""
    if not ctx.retractions:
        return
    citing: dict[int, int] = {}
    for passage in citing_passages(ctx):
        for number in passage.citations:
            citing[number] = citing.get(number, 0) + 1
    for number in sorted(ctx.retractions):
        notice = ctx.retractions[number]
        severity = SEVERITY.get(notice.nature)
        ref = ctx.by_number.get(number)
        if severity is None or ref is None:
            continue
        reason = message("retraction.reason", reason=shorten(notice.reason, 160)) if notice.reason else ""
        cited = citing.get(number, 0)
        uses = message("retraction.uses", count=cited) if cited else ""
        text = message("finding.reference-retracted", number=number, reference=describe_reference(ref),
                       what=_what(notice), record=notice.notice_id or "?", reason=reason, uses=uses,
                       advice=_advice(notice))
        excerpt = shorten(ref.title, 400) if ref.title.strip() else f"Reference {number}"
        yield make_finding(CODE, severity, text, excerpt, None, None, number)
