"""Commands on the audit trail."""

from __future__ import annotations

import argparse

from ui.cli.common import add_command, info, open_workstation, print_json


def register(commands: argparse._SubParsersAction) -> None:
    audit = commands.add_parser("audit", help="the audit trail").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True
    )
    p = add_command(audit, "verify", verify_command, "check the audit trail's hash chain")
    p.add_argument(
        "--against", metavar="FILE",
        help="also prove that nothing up to the head recorded in FILE (a saved 'audit verify --json' "
             "document or any exported file) was removed or rewritten",
    )


def verify_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        result = ws.audit.verify(against=args.against)
    if result.ok:
        anchored = f"; it extends the head in {args.against}" if args.against else ""
        info(f"the audit trail is intact: {result.events} events, head {result.head}{anchored}")
    else:
        info(f"the audit trail is broken at event {result.first_bad}: {result.problem}")
    if args.json:
        # head and events together are an anchor: save this document to check against later.
        print_json({
            "ok": result.ok, "events": result.events, "first_bad": result.first_bad, "head": result.head,
            "problem": result.problem or None, "against": args.against,
        })
    return 0 if result.ok else 1
