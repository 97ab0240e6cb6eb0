"""Helpers shared by the command modules: opening the database, printing results."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from ui.cli.text import clean
from workstation.facade import Workstation


class CommandFailed(Exception):
    """Exit 1 with this message (and, under --json, this payload)."""

    def __init__(self, message: str, payload: Any = None) -> None:
        super().__init__(message)
        self.payload = payload


PASSWORD_ENV = "WORKSTATION_PASSWORD"


def add_command(
    commands: argparse._SubParsersAction, name: str, handler: Callable[[argparse.Namespace], int], help: str,
    *, acting: str = "the acting user (signs in with WORKSTATION_PASSWORD, else asks on a terminal)",
) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help, description=help)
    parser.add_argument("--json", action="store_true", help="print exactly one JSON document on standard output")
    parser.add_argument("--as", dest="user", metavar="USER", help=acting)
    parser.set_defaults(handler=handler)
    return parser


def acting_password(args: argparse.Namespace) -> str:
    """The ``--as`` user's password: $WORKSTATION_PASSWORD, else a signer's ``--password``, else a prompt."""
    password = os.environ.get(PASSWORD_ENV)
    if password is not None:
        return password
    fallback = getattr(args, "signin_password", None)
    if fallback is not None:
        return fallback
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"password for {args.user}: ")
    raise CommandFailed(f"sign-in required: give {args.user}'s password in {PASSWORD_ENV} (no terminal to ask on)")


def open_workstation(args: argparse.Namespace) -> Workstation:
    """The database named by ``--db``, signed in as the ``--as`` user when one is named."""
    ws = Workstation.open(args.db, create=getattr(args, "create", False))
    user = getattr(args, "user", None)
    if user:
        try:
            ws.users.sign_in(name=user, password=acting_password(args))
        except BaseException:
            ws.close()
            raise
    return ws


def print_json(document: Any) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_list(args: argparse.Namespace, items: Sequence[Any], line: Callable[[Any], str], *, empty: str) -> int:
    """A listing: a JSON array under --json, else a line an item (``empty`` on standard error when none)."""
    if args.json:
        print_json([item.as_json() for item in items])
        return 0
    if not items:
        info(empty)
    for item in items:
        print(line(item))
    return 0


def info(message: str) -> None:
    """Human messages go to standard error, so --json output stays one document."""
    print(message, file=sys.stderr)


def emit_error(args: argparse.Namespace, message: str, payload: Any) -> int:
    print(f"workstation: {clean(message)}", file=sys.stderr)
    if getattr(args, "json", False):
        print_json(payload if payload is not None else {"error": message})
    return 1
