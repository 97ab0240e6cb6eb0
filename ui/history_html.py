"""HTML for the History tab: the audit timeline and the side-by-side diff of two revisions."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette

from ui import theme
from ui.i18n import numeric_date, timestamp
from workstation.views_workflow import HistoryEntry, RevisionDiff


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


# Audit actions in the reviewers' words (the command line's `history` keeps the codes).
ACTION_LABELS = {
    "article.import": QT_TRANSLATE_NOOP("History", "Imported"),
    "article.update": QT_TRANSLATE_NOOP("History", "Article updated"),
    "article.export": QT_TRANSLATE_NOOP("History", "Exported"),
    "revision.save": QT_TRANSLATE_NOOP("History", "Revision saved"),
    "checks.run": QT_TRANSLATE_NOOP("History", "Checks run"),
    "finding.dismiss": QT_TRANSLATE_NOOP("History", "Finding dismissed"),
    "verdict.set": QT_TRANSLATE_NOOP("History", "Verdict"),
    "verdict.drop": QT_TRANSLATE_NOOP("History", "Verdict cleared"),
    "claim.text": QT_TRANSLATE_NOOP("History", "Claim changed"),
    "claim.orphan": QT_TRANSLATE_NOOP("History", "Claim lost its place"),
    "claim.needs_citation": QT_TRANSLATE_NOOP("History", "Needs citation"),
    "citation.link": QT_TRANSLATE_NOOP("History", "Reference linked"),
    "comment.add": QT_TRANSLATE_NOOP("History", "Comment"),
    "comment.resolve": QT_TRANSLATE_NOOP("History", "Comment resolved"),
    "comment.delete": QT_TRANSLATE_NOOP("History", "Comment removed"),
    "transition": QT_TRANSLATE_NOOP("History", "Workflow step"),
    "signature.sign": QT_TRANSLATE_NOOP("History", "Signed"),
    "setting.change": QT_TRANSLATE_NOOP("History", "Setting changed"),
    "user.add": QT_TRANSLATE_NOOP("History", "User added"),
    "undo": QT_TRANSLATE_NOOP("History", "Undo"),
}
CONTEXT_LINES = 1  # unchanged lines shown around each change
_LONG_TOKEN = re.compile(r"\S{33,}")
_WORDS = re.compile(r"\s+|[^\s]+")


def _short(value: str) -> str:
    """Long unbroken values (content hashes) cut to their first 12 characters."""
    return _LONG_TOKEN.sub(lambda m: m.group(0)[:12] + "…", value)


def history_html(entries: Sequence[HistoryEntry]) -> str:
    """The audit timeline, newest first."""
    rows = []
    for e in reversed(entries):
        detail = ""
        if e.field:
            old, new = html.escape(_short(e.old or "")), html.escape(_short(e.new or ""))
            detail = f"{html.escape(e.field)}: {old} → {new}" if old else f"{html.escape(e.field)}: {new}"
        if e.reason:
            detail += QCoreApplication.translate("History", "<br><i>Reason:</i> {0}").format(html.escape(_short(e.reason)))
        sig = e.signature
        if sig is not None:
            detail += QCoreApplication.translate(
                "History", "<br><b>Signed</b> by {name} ({role}), meaning “{meaning}”, revision {revision}, {when} UTC"
            ).format(name=html.escape(sig.printed_name), role=html.escape(sig.role), meaning=html.escape(sig.meaning),
                     revision=sig.revision_number, when=timestamp(sig.signed_at))
        action = _tr(ACTION_LABELS[e.action]) if e.action in ACTION_LABELS else e.action
        rows.append(f"<tr><td style='white-space:nowrap'>{numeric_date(e.at)}<br>{e.at:%H:%M}</td>"
                    f"<td>{html.escape(e.actor)}</td><td>{html.escape(action)}</td><td>{detail}</td></tr>")
    if not rows:
        return QCoreApplication.translate("History", "<p><i>Nothing recorded yet.</i></p>")
    return ("<table cellspacing=0 cellpadding=4 width='100%'><tr><th align=left>"
            + QCoreApplication.translate("History", "When (UTC)") + "</th><th align=left>"
            + QCoreApplication.translate("History", "Who") + "</th><th align=left>"
            + QCoreApplication.translate("History", "What") + "</th><th align=left>"
            + QCoreApplication.translate("History", "Detail") + "</th></tr>" + "".join(rows) + "</table>")


def _unchanged(lines: int) -> str:
    if lines == 1:
        return QCoreApplication.translate("History", "{0} unchanged line").format(lines)
    return QCoreApplication.translate("History", "{0} unchanged lines").format(lines)


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


def diff_html(diff: RevisionDiff, palette: QPalette) -> str:
    """Two columns, older and newer revision; changed lines tinted, changed words marked, runs of
    unchanged lines folded."""
    removed = theme.state_tint("not-supported", palette).name()
    added = theme.state_tint("supported", palette).name()
    muted = theme.muted_text(palette).name()
    rows: list[str] = []
    if diff.old_title != diff.new_title:
        old, new = _words(diff.old_title, diff.new_title)
        title = QCoreApplication.translate("History", "Title: {0}")
        rows.append(f"<tr><td bgcolor='{removed}'>{title.format(old)}</td>"
                    f"<td bgcolor='{added}'>{title.format(new)}</td></tr>")
    changed = [i for i, r in enumerate(diff.rows) if r.tag != "equal"]
    keep = {j for i in changed for j in range(i - CONTEXT_LINES, i + CONTEXT_LINES + 1)}
    folded = 0
    for i, row in enumerate(diff.rows):
        if row.tag == "equal" and i not in keep:
            folded += 1
            continue
        if folded:
            rows.append(f"<tr><td colspan=2 style='color:{muted}'><i>⋯ {_unchanged(folded)}</i></td></tr>")
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
        rows.append(f"<tr><td colspan=2 style='color:{muted}'><i>⋯ {_unchanged(folded)}</i></td></tr>")
    if not changed and diff.old_title == diff.new_title:
        return QCoreApplication.translate("History", "<p><i>No differences.</i></p>")
    revision = QCoreApplication.translate("History", "Revision {0}")
    return (f"<table cellspacing=0 cellpadding=4 width='100%'><tr><th align=left width='50%'>"
            f"{revision.format(diff.old_number)}</th><th align=left width='50%'>{revision.format(diff.new_number)}"
            "</th></tr>" + "".join(rows) + "</table>")
