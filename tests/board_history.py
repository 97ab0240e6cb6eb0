"""A board's history written at known times through the real facade, for the dashboard's tests.

The facade stamps imports, transitions and audit events with ``datetime.now``;
:class:`Clock` stands in for that clock in the modules that read it, so every
step below happens at the time the script says and lands in the same tables,
hash chain included, as a reviewer's would.

The history (times UTC; the dashboard is read at NOW, a Wednesday, so the
26-week period starts on Monday 2025-09-22):

====  =========================================================  ==============
A1    submitted 10-06 09:00, due 10-10 (assigned by ana 10-06),  cycle 7.0 d:
      review 10-08 09:00 (rita), approved 10-13 09:00 (ana)       2.0 Sub, 5.0 UR;
                                                                  approved: not overdue
A2    submitted 11-03 09:00, review 11-04 (rita), changes 11-06,  cycle 11.5 d:
      review 11-10 09:00 (rob), approved 11-14 21:00 (ana)        5.0 Sub, 6.5 UR
A3    submitted 2026-01-05 09:00, review 21:00 (rob), changes      cycle 15.0 d:
      01-07, review 01-08, changes 01-09, review 01-12,           4.5 Sub, 10.5 UR
      approved 01-20 09:00 (admin)
A4    submitted 2024-12-02, approved 2025-01-06 (ana):            due for re-review
      before the period; next review 2026-01-06                   since 2026-01-06
A5    submitted 2025-03-03, approved 2025-03-10 (ana), reopened   a re-approval in
      2026-02-02 (rita), approved again 2026-02-09 (ana)          the period
A6    submitted 2026-03-16 10:00, due 03-18 (today)               Submitted; due
                                                                  today: not overdue
A7    submitted 2026-02-23, review 02-24 (rob), due 03-10;        Under Review,
      checks find promotional language (one dismissed) and an     assignment
      uncited claim                                               overdue
A8    submitted 2026-03-02 with the same text, checked, review    Submitted, rita's;
      03-03 (rita), due 03-17, changes 03-05, revised without     no open findings;
      it 03-06                                                    assignment overdue
====  =========================================================  ==============
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.people import add_person, password_for
from workstation.facade.base import FacadeBase
from workstation.model import ArticleDraft

NOW = datetime(2026, 3, 18, 12, 0, tzinfo=UTC)
CLOCKED_MODULES = ("workstation.audit", "workstation.store", "workstation.facade.workflow_ops",
                   "workstation.revisions", "workstation.facade.dashboard_ops",
                   "workstation.facade.assignment_ops", "workstation.notifications")
PROMOTIONAL = ("This breakthrough therapy is guaranteed to work. It has no side effects at all.\n\n"
               "In a 2021 trial, 45% of patients improved within a month.")
PLAIN = "A plain summary with nothing to check."


def at(text: str) -> datetime:
    """'2025-10-06 09:00' as a UTC time."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


class Clock:
    """The time the facade reads while a script runs."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = NOW
        clock = self

        class Frozen(datetime):
            @classmethod
            def now(cls, tz=None):  # type: ignore[no-untyped-def, override]
                return clock.now if tz is None else clock.now.astimezone(tz)

        for module in CLOCKED_MODULES:
            monkeypatch.setattr(f"{module}.datetime", Frozen)
        # The library's "due for re-review" and "overdue" filters, and assigning, ask the facade for today's date.
        monkeypatch.setattr(FacadeBase, "_today", staticmethod(lambda: clock.now.date()))

    def set(self, text: str) -> None:
        self.now = at(text)


def write_history(ws, clock: Clock) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """The board above; returns the articles' ids by name (A1 … A8)."""
    for name, role in (("rita", "reviewer"), ("rob", "reviewer"), ("ana", "approver"), ("alan", "author")):
        add_person(ws, name, role)
    ids: dict[str, int] = {}

    def submit(name: str, when: str, body: str = PLAIN) -> None:
        clock.set(when)
        ids[name] = ws.library.import_drafts(drafts=[ArticleDraft(title=f"Article {name}", body=body)], user="alan").ids[0]

    def due(name: str, when: str, day: str) -> None:
        clock.set(when)  # a due date may not lie in the past when it is set
        ws.workflow.assign(article_id=ids[name], user="ana", due=day)

    def step(name: str, when: str, to: str, user: str, reason: str = "") -> None:
        clock.set(when)
        password = password_for(user) if to == "Approved" else None  # an approval is signed
        ws.workflow.transition(article_id=ids[name], to=to, user=user, reason=reason, password=password)

    submit("A4", "2024-12-02 09:00")
    step("A4", "2024-12-03 09:00", "Under Review", "rita")
    step("A4", "2025-01-06 09:00", "Approved", "ana")
    submit("A5", "2025-03-03 09:00")
    step("A5", "2025-03-04 09:00", "Under Review", "rob")
    step("A5", "2025-03-10 09:00", "Approved", "ana")
    submit("A1", "2025-10-06 09:00")
    due("A1", "2025-10-06 10:00", "2025-10-10")
    step("A1", "2025-10-08 09:00", "Under Review", "rita")
    step("A1", "2025-10-13 09:00", "Approved", "ana")
    submit("A2", "2025-11-03 09:00")
    step("A2", "2025-11-04 09:00", "Under Review", "rita")
    step("A2", "2025-11-06 09:00", "Submitted", "rita", "the dosage table needs sources")
    step("A2", "2025-11-10 09:00", "Under Review", "rob")
    step("A2", "2025-11-14 21:00", "Approved", "ana")
    submit("A3", "2026-01-05 09:00")
    step("A3", "2026-01-05 21:00", "Under Review", "rob")
    step("A3", "2026-01-07 09:00", "Submitted", "rob", "cite the 2024 guideline")
    step("A3", "2026-01-08 09:00", "Under Review", "rob")
    step("A3", "2026-01-09 09:00", "Submitted", "rob", "the guideline is cited wrongly")
    step("A3", "2026-01-12 09:00", "Under Review", "rob")
    step("A3", "2026-01-20 09:00", "Approved", "admin")
    step("A5", "2026-02-02 09:00", "Under Review", "rita", "yearly re-review")
    step("A5", "2026-02-09 09:00", "Approved", "ana")
    submit("A7", "2026-02-23 09:00", PROMOTIONAL)
    step("A7", "2026-02-24 09:00", "Under Review", "rob")
    due("A7", "2026-02-24 10:00", "2026-03-10")
    clock.set("2026-02-25 09:00")
    findings = ws.review.run_checks(article_id=ids["A7"], user="rob").findings
    promotional = [f for f in findings if f.code == "promotional-language"]
    ws.review.dismiss_finding(finding_id=promotional[0].id, user="rob", reason="quoted from a patient, not a claim")
    submit("A8", "2026-03-02 09:00", PROMOTIONAL)
    clock.set("2026-03-02 10:00")
    ws.review.run_checks(article_id=ids["A8"], user="rita")  # findings on revision 1, which the author then replaces
    step("A8", "2026-03-03 09:00", "Under Review", "rita")
    due("A8", "2026-03-03 10:00", "2026-03-17")
    step("A8", "2026-03-05 09:00", "Submitted", "rita", "the title overstates the finding")
    clock.set("2026-03-06 09:00")
    ws.review.save_revision(article_id=ids["A8"], body=PLAIN, user="alan")
    submit("A6", "2026-03-16 10:00")
    due("A6", "2026-03-16 11:00", "2026-03-18")
    clock.now = NOW
    return ids
