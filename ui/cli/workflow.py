"""Commands of the workflow area: transition, history, signatures."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from ui.cli.common import PASSWORD_ENV, add_command, info, open_workstation, print_json
from ui.cli.text import clean
from workstation.facade import DEFAULT_MEANING


def register(commands: argparse._SubParsersAction) -> None:
    """Add this area's commands to the parser."""
    p = add_command(commands, "transition", transition_command, "move an article to another workflow status")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--to", required=True, metavar="STATUS", help="Submitted, 'Under Review' (or under-review), Approved")
    p.add_argument("--reason", default="", metavar="R", help="why (required to request changes or reopen)")
    p.add_argument(
        "--password", metavar="P",
        help="the signer's password (approval is an electronic signature); asked for when omitted on a terminal",
    )
    p.add_argument("--meaning", metavar="TEXT", help=f"the signature's meaning (default: {DEFAULT_MEANING})")
    p.add_argument("--expected-version", type=int, metavar="N", help="refuse if the article changed since version N")

    p = add_command(commands, "history", history_command, "an article's audit history, oldest first")
    p.add_argument("id", type=int, metavar="ID")

    p = add_command(commands, "signatures", signatures_command, "an article's electronic signatures")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--verify", action="store_true", help="also check each signature against its revision")


def _wants_approval(target: str) -> bool:
    return target.strip().lower() == "approved"


def transition_command(args: argparse.Namespace) -> int:
    args.signin_password = args.password  # the signer's --password also signs them in
    password = args.password
    if password is None and _wants_approval(args.to):
        # Signing is re-entering the password now: this command's own sign-in password, else a prompt.
        password = os.environ.get(PASSWORD_ENV)
        if password is None and sys.stdin.isatty() and not args.json:
            password = getpass.getpass(f"password for {args.user} (signing the approval): ")
    with open_workstation(args) as ws:
        result = ws.workflow.transition(
            article_id=args.id, to=args.to, user=args.user, reason=args.reason, password=password,
            meaning=args.meaning, expected_version=args.expected_version,
        )
    info(f"article {result.article_id} is now {result.status} (event {result.event_id})")
    if args.json:
        print_json(result.as_json())
    return 0


def history_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        entries = ws.workflow.history(article_id=args.id)
    if args.json:
        print_json([e.as_json() for e in entries])
        return 0
    for e in entries:
        change = f"{clean(e.field)}: {clean(e.old) or '—'} → {clean(e.new) or '—'}" if e.field else ""
        why = f"  ({clean(e.reason)})" if e.reason else ""
        print(f"{e.at:%Y-%m-%d %H:%M:%S}Z  {clean(e.actor):<12} {clean(e.action):<20} {change}{why}")
        if e.signature:
            s = e.signature
            superseded = "  [superseded]" if s.superseded else ""
            print(f"    signed by {clean(s.printed_name)} ({clean(s.role)}): {clean(s.meaning)}; "
                  f"revision {s.revision_number} {s.content_hash[:12]}{superseded}")
    return 0


def signatures_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        signatures = ws.workflow.signatures(article_id=args.id)
        checks = {s.id: ws.workflow.check_signature(signature_id=s.id) for s in signatures} if args.verify else {}
    if args.json:
        rows = []
        for s in signatures:
            row = s.as_json()
            if args.verify:
                row["valid"] = checks[s.id].valid
                row["problem"] = checks[s.id].problem or None
            rows.append(row)
        print_json(rows)
    else:
        if not signatures:
            info("no signatures")
        for s in signatures:
            state = ("  valid" if checks[s.id].valid else "  INVALID") if args.verify else ""
            superseded = "  (superseded)" if s.superseded else ""
            print(
                f"{s.id:>4}  {s.signed_at:%Y-%m-%d %H:%M:%S} UTC  {clean(s.printed_name)} ({clean(s.role)})  "
                f"{clean(s.meaning)}  revision {s.revision_number} {s.content_hash[:12]}{state}{superseded}"
            )
    for check in checks.values():
        if not check.valid:
            info(check.problem)
    return 0 if all(c.valid for c in checks.values()) else 1
