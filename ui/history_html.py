"""HTML for the History tab: the audit timeline and the side-by-side diff of two revisions."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QPalette

from ui import theme

# Audit actions in the reviewers' words (the command line's `history` keeps the codes).
ACTION_LABELS = {
    "article.import": "Imported",
    "article.update": "Article updated",
    "article.export": "Exported",
    "revision.save": "Revision saved",
    "checks.run": "Checks run",
    "finding.dismiss": "Finding dismissed",
    "verdict.set": "Verdict",
    "verdict.drop": "Verdict cleared",
    "claim.text": "Claim changed",
    "claim.orphan": "Claim lost its place",
    "claim.needs_citation": "Needs citation",
    "citation.link": "Reference linked",
    "comment.add": "Comment",
    "comment.resolve": "Comment resolved",
    "comment.delete": "Comment removed",
    "transition": "Workflow step",
    "signature.sign": "Signed",
    "setting.change": "Setting changed",
    "user.add": "User added",
    "undo": "Undo",
}
CONTEXT_LINES = 1  # unchanged lines shown around each change
_LONG_TOKEN = re.compile(r"\S{33,}")
_WORDS = re.compile(r"\s+|[^\s]+")


def _short(value: str) -> str:
    """Long unbroken values (content hashes) cut to their first 12 characters."""
    return _LONG_TOKEN.sub(lambda m: m.group(0)[:12] + "…", value)


def history_html(entries: Sequence[Any]) -> str:
    """The audit timeline, newest first."""
    rows = []
    for e in reversed(entries):
        detail = ""
        if e.field:
            old, new = html.escape(_short(e.old or "")), html.escape(_short(e.new or ""))
            detail = f"{html.escape(e.field)}: {old} → {new}" if old else f"{html.escape(e.field)}: {new}"
        if e.reason:
            detail += f"<br><i>Reason:</i> {html.escape(_short(e.reason))}"
        sig = getattr(e, "signature", None)
        if sig is not None:
            detail += (f"<br><b>Signed</b> by {html.escape(sig.printed_name)} ({html.escape(sig.role)}), "
                       f"meaning “{html.escape(sig.meaning)}”, revision {sig.revision_number}, "
                       f"{sig.signed_at:%Y-%m-%d %H:%M} UTC")
        action = ACTION_LABELS.get(e.action, e.action)
        rows.append(f"<tr><td style='white-space:nowrap'>{e.at:%Y-%m-%d}<br>{e.at:%H:%M}</td>"
                    f"<td>{html.escape(e.actor)}</td><td>{html.escape(action)}</td><td>{detail}</td></tr>")
    if not rows:
        return "<p><i>Nothing recorded yet.</i></p>"
    return ("<table cellspacing=0 cellpadding=4 width='100%'><tr><th align=left>When (UTC)</th>"
            "<th align=left>Who</th><th align=left>What</th><th align=left>Detail</th></tr>"
            + "".join(rows) + "</table>")


def _words(old: str, new: str) -> tuple[str, str]:
    """Both lines as HTML with the words that differ marked (struck out on the old side, bold on the new)."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    left, right = [], []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        old_part, new_part = html.escape("".join(a[i1:i2])), html.escape("".join(b[j1:j2]))
        if tag == "equal":
            left.append(old_part)
            right.append(new_part)
            continue
        if old_part:
            left.append(f"<s>{old_part}</s>")
        if new_part:
            right.append(f"<b><u>{new_part}</u></b>")
    return "".join(left), "".join(right)


def diff_html(diff: Any, palette: QPalette) -> str:
    """Two columns, older and newer revision; changed lines tinted, changed words marked, runs of
    unchanged lines folded."""
    removed = theme.state_tint("not-supported", palette).name()
    added = theme.state_tint("supported", palette).name()
    muted = theme.muted_text(palette).name()
    rows: list[str] = []
    if diff.old_title != diff.new_title:
        old, new = _words(diff.old_title, diff.new_title)
        rows.append(f"<tr><td bgcolor='{removed}'>Title: {old}</td><td bgcolor='{added}'>Title: {new}</td></tr>")
    changed = [i for i, r in enumerate(diff.rows) if r.tag != "equal"]
    keep = {j for i in changed for j in range(i - CONTEXT_LINES, i + CONTEXT_LINES + 1)}
    folded = 0
    for i, row in enumerate(diff.rows):
        if row.tag == "equal" and i not in keep:
            folded += 1
            continue
        if folded:
            rows.append(f"<tr><td colspan=2 style='color:{muted}'><i>⋯ {folded} unchanged "
                        f"line{'s' if folded != 1 else ''}</i></td></tr>")
            folded = 0
        old, new = row.old_text, row.new_text
        if row.tag == "replace" and old is not None and new is not None:
            left, right = _words(old, new)
        else:
            left, right = html.escape(old or ""), html.escape(new or "")
        if row.tag == "equal":
            rows.append(f"<tr><td>{left}</td><td>{right}</td></tr>")
        else:
            left_bg = f" bgcolor='{removed}'" if old is not None else ""
            right_bg = f" bgcolor='{added}'" if new is not None else ""
            rows.append(f"<tr><td{left_bg}>{left}</td><td{right_bg}>{right}</td></tr>")
    if folded:
        rows.append(f"<tr><td colspan=2 style='color:{muted}'><i>⋯ {folded} unchanged "
                    f"line{'s' if folded != 1 else ''}</i></td></tr>")
    if not changed and diff.old_title == diff.new_title:
        return "<p><i>No differences.</i></p>"
    return (f"<table cellspacing=0 cellpadding=4 width='100%'><tr><th align=left width='50%'>Revision "
            f"{diff.old_number}</th><th align=left width='50%'>Revision {diff.new_number}</th></tr>"
            + "".join(rows) + "</table>")
