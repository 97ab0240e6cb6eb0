"""Changes to what an approval's signature covers, made from the window.

While an article is Approved its verdicts, claims, comments' resolution, dismissals and
references are frozen (:mod:`workstation.freeze`). The window does not just show the
refusal: it offers to reopen the article first (:class:`ReopenFirstDialog`, with the reason
for the refusal), and with the reason the reviewer gives the facade reopens it (an audited
transition that supersedes the signature) and makes the change in one transaction. The
window asks before trying when it knows the article is Approved; when it did not know (another
desk approved it meanwhile) the refusal is recorded in the trail and the same choice offered.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ui.core_messages import core_text, error_text
from ui.dialogs.reopen_first import ReopenFirstDialog
from ui.errors import report_error
from workstation.errors import FrozenRecord
from workstation.facade import APPROVED, frozen_message

if TYPE_CHECKING:
    from ui.desk import Desk


def change_record(desk: Desk, *, article_id: int, what: str, call: Callable[[str], Any], label: str = "") -> None:
    """Run ``call(reopen_reason)`` on the op runner ("" while the article is not Approved).

    ``what`` names the frozen part as the refusal does ("verdicts", "findings' dismissals" …).
    """
    shown = desk.selection.workspace
    if shown is not None and shown.id == article_id and shown.detail.summary.status == APPROVED:
        reason = ReopenFirstDialog.ask(desk.parent, core_text(frozen_message(article_id, what)))
        if reason:
            _attempt(desk, call, reason, label)
        return
    _attempt(desk, call, "", label)


def _attempt(desk: Desk, call: Callable[[str], Any], reason: str, label: str) -> None:
    def failed(error: BaseException) -> None:
        if isinstance(error, FrozenRecord) and not reason:  # approved meanwhile, at another desk
            again = ReopenFirstDialog.ask(desk.parent, error_text(error))
            if again:
                _attempt(desk, call, again, label)
        else:
            report_error(error, parent=desk.parent)

    desk.runner.mutate(lambda: call(reason), failure=failed, label=label)
