"""``workstation report`` as CONTRACT.md fixes it: the dashboard's figures as a table, JSON or CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.board_history import NOW, Clock, write_history
from tests.cli.runner import run_cli
from workstation.reports.formats import as_json

CONTRACT_KEYS = {"by_status", "overdue", "cycle_time_days", "review_cycles", "workload"}


@pytest.fixture
def board_db(ws, db_url: str, monkeypatch: pytest.MonkeyPatch) -> str:  # type: ignore[no-untyped-def]
    write_history(ws, Clock(monkeypatch))  # the clock stays at NOW for the command too
    return db_url


def test_json_has_the_contract_keys_and_the_dashboards_figures(board_db: str, ws, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli(capsys, "--db", board_db, "report", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert set(report) >= CONTRACT_KEYS
    assert report == json.loads(json.dumps(as_json(ws.workflow.dashboard(now=NOW))))
    assert report["by_status"] == {"Submitted": 2, "Under Review": 1, "Approved": 5}
    assert report["overdue"] == 3
    assert report["overdue_by_kind"] == {"re_review": 1, "assignment": 2}
    assert report["cycle_time_days"] == {"articles": 3, "median": 11.5, "p90": 14.3, "mean": 11.17}
    assert report["review_cycles"] == {"articles": 3, "mean": 1.0, "more_than_once": 2,
                                       "distribution": {"0": 1, "1": 1, "2": 1}}
    assert [(w["user"], w["open_reviews"], w["approvals_signed"]) for w in report["workload"]] == [
        ("rita", 1, 0), ("rob", 1, 0), ("ana", 0, 3), ("admin", 0, 1)]
    assert report["findings_by_code"] == {"claim-uncited": 1, "promotional-language": 1}
    assert len(report["throughput"]) == 26 and report["throughput"][3] == {
        "week": "2025-10-13", "approved": 1, "submitted": 0}


def test_csv_has_a_header_row_and_one_figure_per_row(board_db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli(capsys, "--db", board_db, "report", "--csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["figure", "key", "measure", "value"]
    assert all(len(row) == 4 for row in rows)
    values = {(figure, key, measure): value for figure, key, measure, value in rows[1:]}
    assert values["by_status", "Approved", "articles"] == "5"
    assert values["overdue", "total", "articles"] == "3"
    assert values["overdue", "re_review", "articles"] == "1"
    assert values["overdue", "assignment", "articles"] == "2"
    assert values["cycle_time_days", "submitted_to_approved", "median"] == "11.5"
    assert values["time_in_state_days", "Under Review", "p90"] == "9.7"
    assert values["review_cycles", "2", "articles"] == "1"
    assert values["throughput", "2026-02-09", "approved"] == "1"
    assert values["workload", "ana", "approvals_signed"] == "3"
    assert values["findings_by_code", "promotional-language", "findings"] == "1"


def test_the_table_reads_in_a_terminal(board_db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli(capsys, "--db", board_db, "report")
    assert code == 0, err
    assert "Overdue: 3 (1 due for re-review, 2 assignment(s) past their due date)" in out
    assert "submitted to approved          3   11.5 d   14.3 d   11.2 d" in out
    assert "  rita    reviewer              1                  0" in out


def test_csv_and_json_together_is_a_usage_error(board_db: str, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli(capsys, "--db", board_db, "report", "--csv", "--json")
    assert code == 2 and out == "" and "--csv or --json" in err
