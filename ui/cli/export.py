"""Commands of the export area: approved articles to HTML, Markdown, JSON, PDF and review reports."""

from __future__ import annotations

import argparse

from ui.cli.common import add_command, info, open_workstation, print_json
from workstation.facade import EXPORT_FORMATS as FORMATS
from workstation.facade import STYLES

STYLE_NAMES = tuple(STYLES)


def register(commands: argparse._SubParsersAction) -> None:
    p = add_command(commands, "export", export_command, "export approved articles")
    p.add_argument("ids", nargs="*", type=int, metavar="ID", help="articles to export (default: every approved one)")
    p.add_argument("--format", action="append", choices=FORMATS, required=True,
                   help="html, md, json, pdf, report (review report HTML) or report-pdf; repeat for several")
    p.add_argument("--out", required=True, metavar="DIR", help="the folder to write to")
    p.add_argument("--style", choices=STYLE_NAMES, default=None,
                   help="set the HTML and PDF reference lists in AMA or Vancouver style (default: as written)")


def export_command(args: argparse.Namespace) -> int:
    pdf_writer = None
    if any(f.endswith("pdf") for f in args.format):
        from ui.export_pdf import write_pdf

        pdf_writer = write_pdf
    with open_workstation(args) as ws:
        report = ws.export.export_articles(
            ids=args.ids or None, formats=args.format, out_dir=args.out, user=args.user, pdf_writer=pdf_writer,
            style=args.style,
        )
    for item in report.exported:
        info(f"exported article {item.id}: {item.file}")
    if not report.exported and not report.refused:
        info("no approved articles to export")
    else:
        info(report.summary())
    if args.json:
        print_json(report.as_json())
    return 1 if report.refused or report.not_written else 0
