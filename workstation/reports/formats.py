"""The dashboard's figures as JSON (CONTRACT.md's shape), as CSV rows and as a plain-text table.

The CSV is long-form, one figure per row under the header
``figure,key,measure,value``, so a spreadsheet's pivot table or a script reads
every figure the same way, whatever its shape in JSON.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from workstation.reports.figures import WEEKS, Dashboard, Spread

CSV_HEADER = ("figure", "key", "measure", "value")
DAYS = 2  # decimals of a duration in days


def _days(value: float | None) -> float | None:
    return None if value is None else round(value, DAYS)


def _spread(spread: Spread, count_name: str) -> dict[str, Any]:
    return {count_name: spread.count, "median": _days(spread.median), "p90": _days(spread.p90),
            "mean": _days(spread.mean)}


def as_json(d: Dashboard) -> dict[str, Any]:
    """The contract's keys (by_status, overdue, cycle_time_days, review_cycles, workload) and more."""
    cycles = d.review_cycles
    return {
        "as_of": d.as_of.isoformat().replace("+00:00", "Z"),
        "period": {"start": d.period_start.date().isoformat(), "weeks": WEEKS},
        "by_status": dict(d.by_status),
        "overdue": d.overdue.total,
        "overdue_by_kind": {"re_review": d.overdue.re_reviews},
        "cycle_time_days": _spread(d.cycle_time, "articles"),
        "time_in_state_days": {status: _spread(spread, "articles") for status, spread in d.time_in_state},
        "review_cycles": {
            "articles": cycles.articles,
            "mean": None if cycles.mean is None else round(cycles.mean, 2),
            "more_than_once": cycles.more_than_once,
            "distribution": {str(times): n for times, n in cycles.distribution},
        },
        "throughput": [{"week": w.week.isoformat(), "approved": w.approved, "submitted": w.submitted}
                       for w in d.throughput],
        "workload": [{"user": p.name, "display_name": p.display_name, "role": p.role,
                      "open_reviews": p.open_reviews, "approvals_signed": p.approvals_signed} for p in d.workload],
        "findings_by_code": {f.code: f.findings for f in d.findings},
    }


def csv_rows(d: Dashboard) -> Iterator[tuple[str, str, str, Any]]:
    """Rows under CSV_HEADER; an unknown figure (no approvals yet) is an empty cell."""
    yield "as_of", "", "utc", d.as_of.isoformat().replace("+00:00", "Z")
    yield "period", d.period_start.date().isoformat(), "weeks", WEEKS
    for status, n in d.by_status:
        yield "by_status", status, "articles", n
    yield "overdue", "total", "articles", d.overdue.total
    yield "overdue", "re_review", "articles", d.overdue.re_reviews
    for key, spread, count_name in [("submitted_to_approved", d.cycle_time, "articles"),
                                    *((status, s, "articles") for status, s in d.time_in_state)]:
        figure = "cycle_time_days" if key == "submitted_to_approved" else "time_in_state_days"
        yield figure, key, count_name, spread.count
        for measure in ("median", "p90", "mean"):
            yield figure, key, measure, _blank(_days(getattr(spread, measure)))
    cycles = d.review_cycles
    yield "review_cycles", "all", "articles", cycles.articles
    yield "review_cycles", "all", "mean", _blank(None if cycles.mean is None else round(cycles.mean, 2))
    yield "review_cycles", "all", "more_than_once", cycles.more_than_once
    for times, n in cycles.distribution:
        yield "review_cycles", str(times), "articles", n
    for week in d.throughput:
        yield "throughput", week.week.isoformat(), "approved", week.approved
        yield "throughput", week.week.isoformat(), "submitted", week.submitted
    for person in d.workload:
        yield "workload", person.name, "open_reviews", person.open_reviews
        yield "workload", person.name, "approvals_signed", person.approvals_signed
    for finding in d.findings:
        yield "findings_by_code", finding.code, "findings", finding.findings


def _blank(value: float | None) -> float | str:
    return "" if value is None else value


def _text_days(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} d"


def as_text(d: Dashboard) -> str:
    """A plain-text report for a terminal."""
    lines = [f"Review board figures as of {d.as_of:%Y-%m-%d %H:%M} UTC "
             f"(period: {WEEKS} weeks from {d.period_start:%Y-%m-%d})", ""]
    lines.append("Articles by status")
    lines += [f"  {status:<14}{n:>8,}" for status, n in d.by_status]
    lines += [f"  {'total':<14}{d.articles:>8,}", "",
              f"Overdue re-reviews  {d.overdue.re_reviews:,}   (assignments carry no due date yet)", ""]
    lines.append(f"{'Days':<24}{'count':>8}{'median':>10}{'p90':>10}{'mean':>10}")
    rows = [("submitted → approved", d.cycle_time)]
    rows += [(f"  of which {status}", spread) for status, spread in d.time_in_state]
    for label, s in rows:
        lines.append(f"  {label:<22}{s.count:>8,}{_text_days(s.median):>10}{_text_days(s.p90):>10}"
                     f"{_text_days(s.mean):>10}")
    cycles = d.review_cycles
    mean = "—" if cycles.mean is None else f"{cycles.mean:.2f}"
    lines += ["", f"Review cycles (changes requested before first approval; {cycles.articles:,} articles, "
                  f"mean {mean})"]
    lines += [f"  {times:>2} × {n:>8,}" for times, n in cycles.distribution] or ["  none approved in the period"]
    lines += ["", f"Throughput per week{'approved':>14}{'submitted':>11}"]
    lines += [f"  {w.week:%Y-%m-%d}{w.approved:>25,}{w.submitted:>11,}" for w in d.throughput]
    lines += ["", f"Workload{'role':>22}{'open reviews':>15}{'approvals signed':>18}"]
    lines += [f"  {p.name:<18}{p.role:>10}{p.open_reviews:>15,}{p.approvals_signed:>18,}" for p in d.workload] \
        or ["  nobody reviews yet"]
    lines += ["", f"Open findings by code{'findings':>19}"]
    lines += [f"  {f.code:<28}{f.findings:>10,}" for f in d.findings] or ["  none open"]
    return "\n".join(lines)
