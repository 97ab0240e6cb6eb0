"""``workstation report``: the dashboard's figures on standard output (a table, JSON or CSV)."""

from __future__ import annotations

import argparse
import csv
import sys

from ui.cli.common import add_command, open_workstation, print_json
from workstation.facade import CSV_HEADER, csv_rows
from workstation.facade import dashboard_json as as_json
from workstation.facade import dashboard_text as as_text


def register(commands: argparse._SubParsersAction) -> None:
    p = add_command(commands, "report", report_command,
                    "the dashboard's figures: counts by status, overdue, cycle times, review cycles, "
                    "throughput, workload, open findings")
    p.add_argument("--csv", action="store_true", help="print CSV (figure,key,measure,value) with a header row")


def report_command(args: argparse.Namespace) -> int:
    if args.csv and args.json:
        print("workstation report: give --csv or --json, not both", file=sys.stderr)
        return 2
    with open_workstation(args) as ws:
        dashboard = ws.workflow.dashboard()
    if args.json:
        print_json(as_json(dashboard))
    elif args.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        writer.writerows(csv_rows(dashboard))
    else:
        print(as_text(dashboard))
    return 0
