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
from workstation.references.retractions import CONCERN, CORRECTION, RETRACTION, Notice

CODE = "reference-retracted"
SEVERITY = {RETRACTION: ERROR, CONCERN: WARNING, CORRECTION: INFO}


def _what(notice: Notice) -> str:
    when = f" on {notice.retraction_date.isoformat()}" if notice.retraction_date else ""
    if notice.nature == RETRACTION:
        return f"was retracted{when}"
    if notice.nature == CONCERN:
        return f"is the subject of an expression of concern{when}"
    return f"was corrected{when}"


def _advice(notice: Notice) -> str:
    if notice.nature == RETRACTION:
        return "Remove it, or cite it only as a retracted work, and check every claim it supports."
    if notice.nature == CONCERN:
        return "Check whether the claims it supports can rest on other evidence."
    return "Check the claims it supports against the corrected version."


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
        reason = f" Reason given: {shorten(notice.reason, 160)}." if notice.reason else ""
        cited = citing.get(number, 0)
        uses = f" {cited} passage(s) cite it." if cited else ""
        message = (f"Reference {number}, {describe_reference(ref)}, {_what(notice)} "
                   f"(Retraction Watch record {notice.notice_id or '?'}).{reason}{uses} {_advice(notice)}")
        excerpt = shorten(ref.title, 400) if ref.title.strip() else f"Reference {number}"
        yield make_finding(CODE, severity, message, excerpt, None, None, number)
