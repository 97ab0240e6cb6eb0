"""The rows of the claims and findings lists, worked out on the op runner's thread.

An article may hold 60,000 claims, or one claim of a million characters: the text
of each card is shortened and its second line composed here, so the GUI thread
only puts finished rows into the list (:mod:`ui.card_fill`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from ui.core_messages import core_text
from ui.theme import STATE_LABELS
from workstation.views import ClaimView

CARD_TEXT_CHARS = 600  # a longer claim or excerpt shows its beginning (it is read in full in the reader)
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


class CardRow(NamedTuple):
    """One card: its text, its muted second line, what colours it, and what it stands for.

    A tuple, so that comparing 60,000 rows with the ones shown runs in C.
    """

    text: str
    meta: str
    kind: str
    data: Any = None


def shortened(text: str, limit: int = CARD_TEXT_CHARS) -> str:
    """``text`` on one line, at most ``limit`` characters (an ellipsis says it goes on)."""
    flat = " ".join(text[: limit * 4].split())
    return flat if len(flat) <= limit and len(text) <= limit * 4 else flat[: limit - 1].rstrip() + "…"


def claim_meta(claim: ClaimView) -> str:
    """A claim's second line: its citations and its review state."""
    if claim.citations:
        parts = [QCoreApplication.translate("ReviewRows", "Cites [{0}]").format(', '.join(str(n) for n in claim.citations))]
    else:
        parts = [QCoreApplication.translate("ReviewRows", "Needs a citation") if claim.needs_citation else QCoreApplication.translate("ReviewRows", "No citation")]
    parts.append(QCoreApplication.translate("Theme", STATE_LABELS[claim.state]) if claim.state in STATE_LABELS
                     else claim.state)
    if claim.unresolved:
        parts.append(QCoreApplication.translate("ReviewRows", "[{0}] not in the reference list").format(', '.join(str(n) for n in claim.unresolved)))
    if any(v.needs_recheck for v in claim.verdicts):
        parts.append(QCoreApplication.translate("ReviewRows", "text changed: re-check the verdict"))
    if claim.orphaned:
        parts.append(QCoreApplication.translate("ReviewRows", "lost its place in the text"))
    return " · ".join(parts)


def claim_rows(claims: Sequence[ClaimView]) -> tuple[CardRow, ...]:
    return tuple(CardRow(f"{c.position + 1}. {shortened(c.text)}", claim_meta(c), c.state, c.id) for c in claims)


def finding_rows(findings: Sequence[Any]) -> tuple[CardRow, ...]:
    """Open findings first, errors before warnings before notes."""
    rows = []
    for finding in sorted(findings, key=lambda f: (f.dismissed, SEVERITY_ORDER.get(f.severity, 3))):
        lines = [f"{finding.severity.capitalize()} · {finding.code}"]
        if finding.excerpt:
            lines.append(f"“{shortened(finding.excerpt, 200)}”")
        if finding.dismissed:
            lines.append(QCoreApplication.translate("ReviewRows", "Dismissed by {dismissed_by}: {dismissed_reason}").format(dismissed_by=finding.dismissed_by, dismissed_reason=finding.dismissed_reason))
        rows.append(CardRow(core_text(finding.message), "\n".join(lines), "dismissed" if finding.dismissed else finding.severity,
                            finding))
    return tuple(rows)
