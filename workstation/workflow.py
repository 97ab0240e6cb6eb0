"""The review workflow: states, the transition table, role permissions and approval guards.

Everything here is plain data and small pure functions, so the state machine is
tested without a database; the guards that need data take a session and return
the open items a reviewer must clear, as sentences.

Roles: an *author* writes articles and takes no workflow step; a *reviewer*
starts reviews, requests changes and reopens; an *approver* does all that and
signs approvals; an *admin* manages users and has an approver's rights, but,
like everyone, never approves an article they authored or last edited
(separation of duties is checked after the role, whatever the role).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, select
from sqlmodel import Session, col

from db.tables import Citation, Claim, Finding, Verdict
from workstation.messages import Message, from_stored, message
from workstation.model import ROLES, STATUSES

SUBMITTED, UNDER_REVIEW, APPROVED = STATUSES
# What an approval signature means (21 CFR Part 11 §11.50): the one list the signature
# dialog offers; the first is recorded when no meaning is given.
SIGNATURE_MEANINGS = ("Approved as medically accurate", "Approved for publication", "Reviewed and approved")
DEFAULT_MEANING = SIGNATURE_MEANINGS[0]
DEFAULT_REVIEW_INTERVAL_MONTHS = 12
REVIEW_INTERVAL_KEY = "review_interval_months"
NEGATIVE_VERDICTS = ("not-supported", "contradicted")

# Rule names: every refusal message starts with one, so the audit trail's
# ``reason`` says which rule refused the step.
RULE_STEP = "workflow"
RULE_ROLE = "role"
RULE_SEPARATION = "separation of duties"
RULE_REASON = "reason required"
RULE_APPROVAL = "approval blocked"
RULE_SIGNATURE = "electronic signature"
RULE_VERSION = "concurrent change"


@dataclass(frozen=True)
class Action:
    """One step of the state machine."""

    name: str
    label: str
    source: str
    target: str
    roles: frozenset[str]
    needs_reason: bool = False
    needs_signature: bool = False


REVIEWERS = frozenset({"reviewer", "approver", "admin"})
APPROVERS = frozenset({"approver", "admin"})

ACTIONS: tuple[Action, ...] = (
    Action("start_review", "Start review", SUBMITTED, UNDER_REVIEW, REVIEWERS),
    Action("request_changes", "Request changes", UNDER_REVIEW, SUBMITTED, REVIEWERS, needs_reason=True),
    Action("approve", "Approve", UNDER_REVIEW, APPROVED, APPROVERS, needs_signature=True),
    Action("reopen", "Reopen", APPROVED, UNDER_REVIEW, REVIEWERS, needs_reason=True),
)
ACTIONS_BY_NAME = {a.name: a for a in ACTIONS}


def action_for(source: str, target: str) -> Action | None:
    """The step from ``source`` to ``target``, or None when the table has none."""
    for action in ACTIONS:
        if action.source == source and action.target == target:
            return action
    return None


def either(statuses: list[str]) -> str:
    """'Approved', 'Submitted or Approved', 'nowhere' (the table has at most two steps from a status)."""
    if not statuses:
        return message("workflow.nowhere")
    if len(statuses) == 2:
        return message("workflow.either", first=statuses[0], second=statuses[1])
    return " or ".join(statuses)


def step_refusal(source: str, target: str) -> Message | None:
    """Why there is no step from source to target (None when there is one)."""
    if action_for(source, target) is not None:
        return None
    if source == target:
        return message("workflow.already", status=source)
    possible = [a.target for a in ACTIONS if a.source == source]
    return message("workflow.no-step", source=source, target=target, targets=either(possible))


def role_refusal(action: Action, role: str) -> Message | None:
    """Why this role may not take the step (None when it may)."""
    if role in action.roles:
        return None
    allowed = ", ".join(r for r in ROLES if r in action.roles)
    code = "workflow.role-an" if role[:1] in ("a", "e", "i", "o", "u") else "workflow.role-a"
    return message(code, role=role, step=action.label.lower(), allowed=allowed)


def separation_refusal(
    action: Action, *, user_id: int | None, created_by_id: int | None, last_edited_by_id: int | None
) -> Message | None:
    """Nobody approves an article they authored or last edited, whatever their role."""
    if action.target != APPROVED or user_id is None:
        return None
    if created_by_id == user_id:
        return message("workflow.authored")
    if last_edited_by_id == user_id:
        return message("workflow.last-edited")
    return None


def reason_refusal(action: Action, reason: str) -> Message | None:
    if action.needs_reason and not reason.strip():
        return message("workflow.reason", step=action.label.lower())
    return None


def permission_refusal(
    action: Action, *, role: str, user_id: int | None, created_by_id: int | None,
    last_edited_by_id: int | None,
) -> Message | None:
    """The first rule of role and separation of duties that refuses the step."""
    return role_refusal(action, role) or separation_refusal(
        action, user_id=user_id, created_by_id=created_by_id, last_edited_by_id=last_edited_by_id
    )


# ---------------------------------------------------------------- approval guards


@dataclass(frozen=True)
class ApprovalGuard:
    """A named check whose open items block approval; ``summary`` reads '3 <summary>' (message ``code``)."""

    name: str
    summary: str
    code: str
    check: Callable[[Session, int, int | None], list[str]]


def _live_claims(article_id: int) -> ColumnElement[bool]:
    return and_(col(Claim.article_id) == article_id, col(Claim.orphaned).is_(False))


def missing_verdicts(session: Session, article_id: int, revision_id: int | None) -> list[str]:
    """Every citation of every live claim needs a verdict."""
    rows = session.execute(
        select(Claim.id, Citation.number)
        .join(Citation, Citation.claim_id == Claim.id)
        .outerjoin(Verdict, and_(Verdict.claim_id == Claim.id, Verdict.reference_number == Citation.number))
        .where(_live_claims(article_id), col(Verdict.id).is_(None))
        .order_by(Claim.position, Claim.id, Citation.number)
        .execution_options(yield_per=2_000)  # 60,000 of them are fetched a batch at a time
    )
    return [message("guard.missing-verdict", claim=claim_id, reference=number) for claim_id, number in rows]


def open_error_findings(session: Session, article_id: int, revision_id: int | None) -> list[str]:
    """No error-level finding of the current revision may stay open."""
    rows = session.execute(
        select(Finding.id, Finding.code, Finding.message, Finding.message_params)
        .where(
            Finding.article_id == article_id, Finding.revision_id == revision_id,
            Finding.severity == "error", col(Finding.dismissed).is_(False),
        )
        .order_by(Finding.id)
    ).all()
    return [message("guard.open-error", finding=fid, code=code, message=from_stored(text, params))
            for fid, code, text, params in rows]


def unresolved_negative_verdicts(session: Session, article_id: int, revision_id: int | None) -> list[str]:
    """A not-supported or contradicted verdict blocks until the claim's text changes."""
    rows = session.execute(
        select(Claim.id, Verdict.reference_number, Verdict.verdict)
        .join(Verdict, Verdict.claim_id == Claim.id)
        .where(
            _live_claims(article_id), col(Verdict.verdict).in_(NEGATIVE_VERDICTS),
            col(Verdict.needs_recheck).is_(False),
        )
        .order_by(Claim.position, Claim.id, Verdict.reference_number)
    ).all()
    return [
        message("guard.negative-verdict", claim=claim_id, verdict=verdict, reference=number)
        for claim_id, number, verdict in rows
    ]


APPROVAL_GUARDS: list[ApprovalGuard] = [
    ApprovalGuard("missing_verdicts", "citation(s) without a verdict", "guard.missing-verdicts", missing_verdicts),
    ApprovalGuard("open_error_findings", "open error finding(s)", "guard.open-errors", open_error_findings),
    ApprovalGuard(
        "unresolved_negative_verdicts", "unresolved not-supported/contradicted verdict(s)",
        "guard.negative-verdicts", unresolved_negative_verdicts,
    ),
]


def run_guards(
    session: Session, article_id: int, revision_id: int | None, guards: list[ApprovalGuard] | None = None
) -> list[tuple[ApprovalGuard, list[str]]]:
    """Each guard with its open items (only guards that have some)."""
    results = []
    for guard in APPROVAL_GUARDS if guards is None else guards:
        items = guard.check(session, article_id, revision_id)
        if items:
            results.append((guard, items))
    return results


def blockers_summary(results: list[tuple[ApprovalGuard, list[str]]]) -> Message:
    """'approval blocked: 2 citation(s) without a verdict; 1 open error finding(s)'."""
    return message("workflow.blocked", summary=[message(guard.code, count=len(items)) for guard, items in results])


def blockers_refusal(results: list[tuple[ApprovalGuard, list[str]]], shown: int = 5) -> Message:
    """The summary and the first ``shown`` open items: what a refused approval says."""
    items = [item for _guard, found in results for item in found]
    more = message("workflow.and-more", count=len(items) - shown) if len(items) > shown else ""
    return message("workflow.blocked-items", summary=blockers_summary(results), items=items[:shown], more=more)


def meaning_refusal(meaning: str | None) -> Message | None:
    """A signature means one of the configured meanings, never free text (§11.50(a)(3))."""
    given = (meaning or "").strip()
    if not given or any(given.casefold() == m.casefold() for m in SIGNATURE_MEANINGS):
        return None
    return message("signature.meaning", meanings="; ".join(SIGNATURE_MEANINGS), given=repr(given))


def signature_meaning(meaning: str | None) -> str:
    """The configured meaning a user chose (case-insensitive), the default when none is given."""
    given = (meaning or "").strip()
    return next((m for m in SIGNATURE_MEANINGS if given.casefold() == m.casefold()), DEFAULT_MEANING)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))

