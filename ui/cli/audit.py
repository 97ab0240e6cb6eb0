"""Commands on the audit trail."""

from __future__ import annotations

import argparse

from ui.cli.common import add_command, info, open_workstation, print_json


def register(commands: argparse._SubParsersAction) -> None:
    audit = commands.add_parser("audit", help="the audit trail").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    add_command(audit, "verify", verify_command, "check the audit trail's hash chain")


def verify_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        result = ws.verify_audit()
    if result.ok:
        info(f"the audit trail is intact: {result.events} events")
    else:
        info(f"the audit trail is broken at event {result.first_bad}: {result.problem}")
    if args.json:
        print_json({"ok": result.ok, "events": result.events, "first_bad": result.first_bad})
    return 0 if result.ok else 1
