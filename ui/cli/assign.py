"""Commands of working as a team: assign a review, read one's notifications."""

from __future__ import annotations

import argparse

from ui.cli.common import add_command, info, open_workstation, print_json, print_list
from ui.cli.text import clean


def register(commands: argparse._SubParsersAction) -> None:
    """Add this area's commands to the parser."""
    p = add_command(commands, "assign", assign_command,
                    "assign an article's reviewer, approver and due date (approvers and admins; audited)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--reviewer", metavar="NAME", required=True, help="the reviewer ('' to leave it unassigned)")
    p.add_argument("--approver", metavar="NAME", help="the approver (unchanged when not given; '' clears it)")
    p.add_argument("--due", metavar="DATE", help="the due date, YYYY-MM-DD (unchanged when not given; '' clears it)")

    p = add_command(commands, "notifications", notifications_command,
                    "the --as user's notifications, newest first")
    p.add_argument("--unread", action="store_true", help="only the unread ones")
    p.add_argument("--mark-read", action="store_true", help="then mark them all read")


def assign_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        result = ws.workflow.assign(article_id=args.id, user=args.user, reviewer=args.reviewer, approver=args.approver,
                                    due=args.due, clear_due=args.due == "")
    if args.json:
        print_json(result.as_json())
        return 0
    approver = f", approver {result.approver}" if result.approver else ""
    due = f", due {result.due.isoformat()}" if result.due else ""
    info(f"article {args.id}: reviewer {result.reviewer or '(none)'}{approver}{due}")
    return 0


def notifications_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        if not args.user:
            raise SystemExit(_usage("notifications needs --as USER"))
        items = ws.notifications.for_user(user=args.user, unread_only=args.unread)
        if args.mark_read and items:
            ws.notifications.mark_read(user=args.user)
    return print_list(
        args, items, lambda n: f"{' ' if n.read else '*'} {n.created_at.astimezone():%Y-%m-%d %H:%M}  {n.label:<18}  "
                               f"{clean(n.message)}",
        empty="no notifications",
    )


def _usage(message: str) -> int:
    info(f"workstation: {message}")
    return 2
