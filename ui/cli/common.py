"""Helpers shared by the command modules: opening the database, printing results."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from workstation.facade import Workstation


class CommandFailed(Exception):
    """Exit 1 with this message (and, under --json, this payload)."""

    def __init__(self, message: str, payload: Any = None) -> None:
        super().__init__(message)
        self.payload = payload


def add_command(
    commands: argparse._SubParsersAction, name: str, handler: Callable[[argparse.Namespace], int], help: str
) -> argparse.ArgumentParser:
    parser = commands.add_parser(name, help=help, description=help)
    parser.add_argument("--json", action="store_true", help="print exactly one JSON document on standard output")
    parser.set_defaults(handler=handler)
    return parser


def open_workstation(args: argparse.Namespace) -> Workstation:
    return Workstation.open(args.db)


def print_json(document: Any) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def info(message: str) -> None:
    """Human messages go to standard error, so --json output stays one document."""
    print(message, file=sys.stderr)


def emit_error(args: argparse.Namespace, message: str, payload: Any) -> int:
    print(f"workstation: {message}", file=sys.stderr)
    if getattr(args, "json", False):
        print_json(payload if payload is not None else {"error": message})
    return 1
