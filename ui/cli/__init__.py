"""The ``workstation`` command line (see CONTRACT.md for the stable names).

``--db`` goes before the command, ``--json`` after it. Exit codes: 0 success,
1 the operation was refused or failed (with a message on standard error),
2 usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from ui.cli import (
    assign,
    audit,
    backup,
    documents,
    export,
    library,
    references,
    report,
    review,
    team,
    users,
    workflow,
)
from ui.cli.common import PASSWORD_ENV, CommandFailed, emit_error
from ui.gui_options import LANGUAGES, REVIEW_TABS, THEMES
from workstation import __version__
from workstation.errors import WorkstationError

MODULES = (library, users, review, workflow, export, references, documents, audit, team, report, assign, backup)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workstation",
        description="Review Workstation: medical review of health articles.",
    )
    parser.add_argument(
        "--db",
        metavar="DB",
        help="a SQLite file or a SQLAlchemy URL (default: $WORKSTATION_DB, else the user data folder)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="print the program's version and exit")
    parser.add_argument(
        "--create", action="store_true",
        help="allow DB to be an existing empty file and make a new database in it (refused otherwise)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    gui = commands.add_parser("gui", help="open the main window")
    gui.add_argument("--screenshot", metavar="FILE.png", help="render the window offscreen to a PNG and exit")
    gui.add_argument("--article", type=int, metavar="ID", help="the article to show")
    gui.add_argument("--as", dest="user", metavar="USER",
                     help="sign in as this user (password from $WORKSTATION_PASSWORD, else the sign-in dialog)")
    gui.add_argument("--tab", choices=REVIEW_TABS, help="the review panel tab to show (default: claims)")
    gui.add_argument("--claim", type=int, metavar="CLAIM_ID", help="the claim to select in the claims tab")
    gui.add_argument("--dashboard", action="store_true", help="open on the dashboard (View → Dashboard)")
    gui.add_argument("--theme", choices=THEMES, default=None,
                     help="light or dark palette, or follow the system (default: $WORKSTATION_THEME, else system)")
    gui.add_argument("--lang", choices=LANGUAGES, default=None,
                     help="the window's language (default: the system's, from LC_ALL/LANG, else English); "
                          "the command line itself always speaks English")
    gui.set_defaults(handler=_gui)
    for module in MODULES:
        module.register(commands)
    return parser


def _gui(args: argparse.Namespace) -> int:
    from ui.app import run_gui

    password = os.environ.get(PASSWORD_ENV) if args.user else None
    return run_gui(db=args.db, screenshot=args.screenshot, article=args.article, user=args.user,
                   password=password, tab=args.tab, claim=args.claim, theme=args.theme, create=args.create,
                   dashboard=args.dashboard, language=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        args = parser.parse_args([*(argv or sys.argv[1:]), "gui"])
    try:
        return int(args.handler(args) or 0)
    except CommandFailed as exc:
        return emit_error(args, str(exc), exc.payload)
    except WorkstationError as exc:
        return emit_error(args, str(exc), None)
    except SQLAlchemyError as exc:
        # The database failed in a way no rule foresaw (a dropped server, a damaged file): say so, no traceback.
        detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return emit_error(args, f"the database failed: {detail}", None)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
