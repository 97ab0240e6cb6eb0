"""Commands on the library: import, list, show, seed."""

from __future__ import annotations

import argparse

from ui.cli.common import CommandFailed, add_command, info, open_workstation, print_json, print_list
from ui.cli.text import clean
from workstation.views import ArticleSummary


def register(commands: argparse._SubParsersAction) -> None:
    p = add_command(commands, "import", import_command, "import articles (captured pages or Markdown)")
    p.add_argument("files", nargs="+", metavar="FILE")

    p = add_command(commands, "list", list_command, "list articles")
    p.add_argument("--status", metavar="S", help="Submitted, 'Under Review', Approved, due (for re-review), overdue (assignments); or, with --as USER, assigned (to USER) or approval (awaiting USER's)")
    p.add_argument("--search", metavar="Q", default="", help="full-text search over title and body")
    p.add_argument("--sort", default="id", help="id, title, status, audience, findings, last_updated, updated …")
    p.add_argument("--desc", action="store_true", help="sort descending")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--offset", type=int, default=0)

    p = add_command(commands, "show", show_command, "show one article in full")
    p.add_argument("id", type=int, metavar="ID")

    p = add_command(commands, "seed", seed_command, "load the sample articles into an empty database")


def import_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        report = ws.library.import_files(paths=args.files, user=args.user)
    for article in report.imported:
        info(f"imported {clean(article.file)} as article {article.id}: {clean(article.title)}")
    for warning in report.warnings:
        info(f"warning: {clean(warning)}")
    for failure in report.failed:
        info(f"failed {clean(failure.file)}: {clean(failure.error)}")
    if args.json:
        print_json(report.as_json())
    if report.failed:
        info(f"{len(report.failed)} of {len(args.files)} file(s) failed")
        return 1
    return 0


def list_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        rows = ws.library.list_articles(
            status=args.status, search=args.search, sort=args.sort, descending=args.desc,
            offset=args.offset, limit=args.limit, user=args.user,
        )
    return print_list(args, rows, _article_line, empty="no articles")


def _article_line(r: ArticleSummary) -> str:
    due = "  DUE" if r.due else ""
    return f"{r.id:>6}  {r.status:<12}  {r.findings:>3} findings  {r.claims:>3} claims  {clean(r.title[:70])}{due}"


def show_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        detail = ws.library.get_article(article_id=args.id)
    if args.json:
        print_json(detail.as_json())
        return 0
    s = detail.summary
    print(f"{clean(s.title)}\n  id {s.id} · {s.status} · audience {s.audience} · last updated {s.last_updated or '—'}")
    print(f"  revision {detail.revision_number} · {len(detail.claims)} claims · {len(detail.references)} references")
    for claim in detail.claims:
        cites = ", ".join(map(str, claim.citations)) or "—"
        print(f"  claim {claim.id} [{cites}] {clean(claim.text[:100])}")
    for ref in detail.references:
        flag = f"  [{ref.retraction.upper()}]" if ref.retraction else ""
        print(f"  ref {ref.number}. ({clean(ref.type)}) {clean(ref.title)} — {clean(ref.source)}, {ref.year or ''}{flag}")
    return 0


def seed_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        count = ws.library.seed_if_empty()
    info(f"seeded {count} article(s)" if count else "the database was seeded before or is not empty")
    if args.json:
        print_json({"seeded": count})
    return 0


__all__ = ["register", "CommandFailed"]
