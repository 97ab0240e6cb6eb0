"""Commands on the documents attached to references: attach, suggested evidence, search, W3C annotations."""

from __future__ import annotations

import argparse

from ui.cli.common import add_command, info, open_workstation, print_json, print_list
from ui.cli.text import clean

REOPEN_HELP = "if the article is Approved (and so frozen), reopen it first for this reason (supersedes its signature)"


def register_reference_commands(actions: argparse._SubParsersAction) -> None:
    """``references attach`` (the ``references`` group is made by ui.cli.references)."""
    p = add_command(actions, "attach", attach_command,
                    "attach a document (PDF, HTML or text) to reference N of an article; its text is extracted "
                    "and indexed, and the reference's evidence anchored in it")
    p.add_argument("article", type=int, metavar="ARTICLE_ID")
    p.add_argument("number", type=int, metavar="N")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--reopen", metavar="REASON", default="", help=REOPEN_HELP)


def register(commands: argparse._SubParsersAction) -> None:
    """The ``evidence`` and ``annotations`` groups."""
    evidence = commands.add_parser("evidence", help="evidence in the documents attached to references")
    actions = evidence.add_subparsers(dest="evidence_command", metavar="ACTION", required=True)
    p = add_command(actions, "suggest", suggest_command,
                    "the passages of reference N's document that bear most on the claim, best first")
    p.add_argument("claim_id", type=int, metavar="CLAIM_ID")
    p.add_argument("--reference", type=int, metavar="N", required=True)
    p.add_argument("--limit", type=int, default=5, metavar="K", help="how many passages (default 5)")
    p = add_command(actions, "search", search_command, "the pages of attached documents that hold these words")
    p.add_argument("query", metavar="WORDS")
    p.add_argument("--limit", type=int, default=20, metavar="K")

    annotations = commands.add_parser("annotations", help="the review as W3C Web Annotations")
    actions = annotations.add_subparsers(dest="annotations_command", metavar="ACTION", required=True)
    p = add_command(actions, "export", export_command,
                    "write the article's claims, verdicts with their evidence and comments as a W3C "
                    "AnnotationCollection (JSON-LD)")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE")


def attach_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        result = ws.review.attach_document(article_id=args.article, number=args.number, path=args.file, user=args.user,
                                           reopen=args.reopen)
    d = result.document
    if result.unchanged:
        info(f"{d.file_name} is already attached to reference {d.reference} of article {d.article_id}; "
             "nothing changed")
    else:
        verb = f"replaced {result.replaced} with" if result.replaced else "attached"
        info(f"article {d.article_id}, reference {d.reference}: {verb} {d.file_name} "
             f"({d.characters:,} characters, {d.pages} page{'s' if d.pages != 1 else ''})")
    if d.empty_pages:
        info(f"  no text on page(s) {', '.join(map(str, d.empty_pages))}: scanned pages need OCR to be searched")
    if result.anchored:
        info(f"  evidence found in it for claim(s) {', '.join(map(str, result.anchored))}")
    for claim_id, quote in result.orphaned:
        info(f"  claim {claim_id}: its evidence is not in the new document (kept as quoted): “{clean(quote[:80])}”")
    if args.json:
        print_json(result.as_json())
    return 0


def suggest_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        result = ws.review.suggest_evidence(claim_id=args.claim_id, reference=args.reference, limit=args.limit)
    if args.json:
        print_json(result.as_json())
        return 0
    if not result.passages:
        info(f"nothing in reference {args.reference}'s document bears on claim {args.claim_id}")
    for p in result.passages:
        print(f"{p.score:>7.2f}  p. {p.page:<4} {p.section:<12} {clean(' '.join(p.text.split()))}")
    return 0


def search_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        hits = ws.review.search_documents(query=args.query, limit=args.limit)
    return print_list(
        args, hits, lambda h: f"article {h.article_id} [{h.reference}] {clean(h.file_name)} p. {h.page}: {clean(h.snippet)}",
        empty="no attached document holds these words",
    )


def export_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        result = ws.export.export_annotations(article_id=args.id, path=args.out)
    info(f"wrote {result.annotations} annotation(s) to {result.file}")
    if args.json:
        print_json(result.as_json())
    return 0
