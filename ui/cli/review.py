"""Commands of the review area: check, dismiss, verdict."""

from __future__ import annotations

import argparse

from ui.cli.common import add_command, info, open_workstation, print_json
from ui.cli.text import clean
from workstation.model import VERDICTS

REOPEN_HELP = "if the article is Approved (and so frozen), reopen it first for this reason (supersedes its signature)"


def register(commands: argparse._SubParsersAction) -> None:
    """Add this area's commands to the parser."""
    p = add_command(commands, "check", check_command, "run the automated checks on an article's current revision")
    p.add_argument("id", type=int, metavar="ID")

    p = add_command(commands, "dismiss", dismiss_command, "dismiss a finding, with a reason (audited)")
    p.add_argument("finding_id", type=int, metavar="FINDING_ID")
    p.add_argument("--reason", metavar="R", required=True)
    p.add_argument("--reopen", metavar="REASON", default="", help=REOPEN_HELP)

    p = add_command(commands, "verdict", verdict_command, "record a reviewer's verdict on a claim and a reference")
    p.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    p.add_argument("--reference", type=int, metavar="N", required=True)
    p.add_argument("--verdict", metavar="V", required=True, help=", ".join(VERDICTS))
    p.add_argument("--evidence", metavar="TEXT", default="")
    p.add_argument("--note", metavar="TEXT", default="")
    p.add_argument("--reopen", metavar="REASON", default="", help=REOPEN_HELP)


def check_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        report = ws.review.run_checks(article_id=args.id, user=args.user)
    if args.json:
        print_json(report.as_json())
        return 0
    if not report.findings:
        info(f"article {args.id}: no findings")
    for f in report.findings:
        where = f" (claim {f.claim_id})" if f.claim_id else ""
        state = "  [dismissed]" if f.dismissed else ""
        print(f"{f.id:>6}  {f.severity:<7}  {f.code:<22}{where} {clean(f.message)}{state}")
    return 0


def dismiss_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        ws.review.dismiss_finding(finding_id=args.finding_id, user=args.user, reason=args.reason, reopen=args.reopen)
    info(f"dismissed finding {args.finding_id}")
    if args.json:
        print_json({"id": args.finding_id, "dismissed": True})
    return 0


def verdict_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        ws.review.set_verdict(
            claim_id=args.claim_id, reference=args.reference, verdict=args.verdict, user=args.user,
            evidence=args.evidence, note=args.note, reopen=args.reopen,
        )
        source = ws.review.evidence_source(claim_id=args.claim_id, reference=args.reference) if args.evidence else None
    verdict = args.verdict.strip().lower()
    info(f"claim {args.claim_id}, reference {args.reference}: {verdict}")
    anchor = source.evidence if source is not None and source.document is not None else None
    if anchor is not None and source is not None and source.document is not None:
        name = source.document.summary.file_name
        info(f"  evidence found on page {anchor.page} of {name}" if anchor.start is not None
             else f"  the evidence is not in {name}: kept as quoted, without a place in the document")
    if args.json:
        document = {"claim_id": args.claim_id, "reference": args.reference, "verdict": verdict}
        if source is not None and source.document is not None:  # where the evidence stands in it
            document["evidence_anchor"] = anchor.as_json() if anchor is not None else None
        print_json(document)
    return 0
