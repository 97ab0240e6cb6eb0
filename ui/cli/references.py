"""Commands on the reference library and the retraction list."""

from __future__ import annotations

import argparse

from ui.cli.common import add_command, info, open_workstation, print_json, print_list
from ui.cli.documents import register_reference_commands
from workstation.facade import REFERENCE_FORMATS as EXPORT_FORMATS
from workstation.views_references import LibraryRecordView as RecordView


def register(commands: argparse._SubParsersAction) -> None:
    references = commands.add_parser("references", help="the reference library shared by all articles")
    actions = references.add_subparsers(dest="references_command", metavar="ACTION", required=True)
    p = add_command(actions, "import", import_command,
                    "read RIS, BibTeX, PubMed/MEDLINE (.nbib) or CSL-JSON files into the library")
    p.add_argument("files", nargs="+", metavar="FILE")

    p = add_command(actions, "list", list_command, "list the library's records")
    p.add_argument("--search", metavar="Q", default="", help="words in the title, authors, journal, DOI or PMID")
    p.add_argument("--sort", default="title", help="title, year, container, authors, doi, pmid, id, updated")
    p.add_argument("--desc", action="store_true", help="sort descending")

    p = add_command(actions, "export", export_command, "write the library as CSL-JSON, RIS or BibTeX")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    p.add_argument("--out", required=True, metavar="FILE")

    p = add_command(actions, "merge", merge_command, "merge one record into another by hand")
    p.add_argument("keep", type=int, metavar="KEEP_ID")
    p.add_argument("merge", type=int, metavar="MERGE_ID")

    p = add_command(actions, "link", link_command,
                    "accept (or with --reject, decline) a library record for reference N of an article")
    p.add_argument("article", type=int, metavar="ARTICLE_ID")
    p.add_argument("number", type=int, metavar="N")
    p.add_argument("record", type=int, metavar="RECORD_ID")
    p.add_argument("--reject", action="store_true", help="decline the suggestion instead")
    register_reference_commands(actions)

    retractions = commands.add_parser("retractions", help="the retraction list (Retraction Watch dataset)")
    actions = retractions.add_subparsers(dest="retractions_command", metavar="ACTION", required=True)
    p = add_command(actions, "import", retractions_command,
                    "read the Retraction Watch CSV so that checks flag cited works that were retracted")
    p.add_argument("file", metavar="FILE")


def import_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        report = ws.references.import_references(paths=args.files, user=args.user)
    info(f"{len(report.records)} record(s) read, {report.merged} merged into existing ones, "
         f"{report.conflicts} conflicting value(s) kept, {len(report.linked)} reference(s) linked, "
         f"{report.suggested} match(es) suggested")
    for failure in report.failed:
        info(f"failed {failure.file}: {failure.error}")
    if args.json:
        print_json(report.as_json())
    return 1 if report.failed else 0


def list_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        rows = ws.references.list_references(search=args.search, sort=args.sort, descending=args.desc)
    return print_list(args, rows, _record_line,
                      empty="the reference library is empty" if not args.search else "no record matches")


def _record_line(r: RecordView) -> str:
    flag = f"  [{r.retraction.upper()}]" if r.retraction else ""
    ident = r.doi or (f"PMID {r.pmid}" if r.pmid else "")
    return f"{r.id:>6}  {r.year or '':>4}  {r.title[:70]}  {ident}{flag}"


def export_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        report = ws.references.export_references(path=args.out, fmt=args.format)
    info(f"wrote {report.records} record(s) to {report.file}")
    if args.json:
        print_json(report.as_json())
    return 0


def merge_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        ws.references.merge_references(keep_id=args.keep, merge_id=args.merge, user=args.user)
    info(f"merged record {args.merge} into {args.keep}")
    if args.json:
        print_json({"id": args.keep, "merged": args.merge})
    return 0


def link_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        ws.references.decide_reference_match(article_id=args.article, number=args.number, record_id=args.record,
                                             accept=not args.reject, user=args.user)
    state = "rejected" if args.reject else "linked"
    info(f"reference {args.number} of article {args.article} {state}: record {args.record}")
    if args.json:
        print_json({"article": args.article, "reference": args.number, "record": args.record, "state": state})
    return 0


def retractions_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        report = ws.references.import_retractions(path=args.file, user=args.user)
    info(f"{report.records} notice(s) read; {len(report.flagged)} cited work(s) flagged")
    for article, number, nature in report.flagged:
        info(f"  article {article}, reference {number}: {nature}")
    if args.json:
        print_json(report.as_json())
    return 0
