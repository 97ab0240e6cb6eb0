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
        "overdue_by_kind": {"re_review": d.overdue.re_reviews, "assignment": d.overdue.assignments},
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
    yield "overdue", "assignment", "articles", d.overdue.assignments
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


def _table(title: str, header: tuple[str, ...], rows: list[tuple[object, ...]], empty: str) -> list[str]:
    """A titled table: the first column left-aligned, the others right-aligned, widths to fit."""
    if not rows:
        return [title, f"  {empty}", ""]
    cells = [tuple(str(c) for c in header)] + [tuple(f"{c:,}" if isinstance(c, int) else str(c) for c in row)
                                                 for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = [title]
    for row in cells:
        first = row[0].ljust(widths[0])
        rest = "".join(cell.rjust(width + 3) for cell, width in zip(row[1:], widths[1:], strict=True))
        lines.append(f"  {first}{rest}".rstrip())
    return [*lines, ""]


def as_text(d: Dashboard) -> str:
    """A plain-text report for a terminal."""
    lines = [f"Review board figures as of {d.as_of:%Y-%m-%d %H:%M} UTC; period: the {WEEKS} weeks "
             f"from {d.period_start:%Y-%m-%d}", ""]
    lines += _table("Articles by status", ("status", "articles"), [*d.by_status, ("total", d.articles)], "")
    lines += [f"Overdue: {d.overdue.total:,} ({d.overdue.re_reviews:,} due for re-review, "
              f"{d.overdue.assignments:,} assignment(s) past their due date)", ""]
    spreads = [("submitted to approved", d.cycle_time)]
    spreads += [(f"  in {status}", spread) for status, spread in d.time_in_state]
    lines += _table(
        "Days from submission to first approval (articles first approved in the period)",
        ("", "articles", "median", "p90", "mean"),
        [(label, s.count, _text_days(s.median), _text_days(s.p90), _text_days(s.mean)) for label, s in spreads],
        "",
    )
    cycles = d.review_cycles
    mean = "—" if cycles.mean is None else f"{cycles.mean:.2f}"
    lines += _table(f"Review cycles before first approval (mean {mean}; {cycles.more_than_once:,} of "
                    f"{cycles.articles:,} went round more than once)",
                    ("changes requested", "articles"), list(cycles.distribution), "none approved in the period")
    lines += _table("Throughput per week", ("week of", "approved", "submitted"),
                    [(w.week.isoformat(), w.approved, w.submitted) for w in d.throughput], "")
    lines += _table("Workload", ("user", "role", "open reviews", "approvals signed"),
                    [(p.name, p.role, p.open_reviews, p.approvals_signed) for p in d.workload], "nobody reviews yet")
    lines += _table("Open findings by code", ("code", "findings"), [(f.code, f.findings) for f in d.findings],
                    "none open")
    return "\n".join(lines).rstrip()
