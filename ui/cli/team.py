"""Commands on a team database: team init."""

from __future__ import annotations

import argparse

from ui.cli.common import add_command, info, open_workstation, print_json


def register(commands: argparse._SubParsersAction) -> None:
    team = commands.add_parser("team", help="a team database on PostgreSQL").add_subparsers(
        dest="team_command", metavar="ACTION", required=True
    )
    add_command(
        team, "init", init_command,
        "with a URL naming the database owner or a superuser: create or upgrade the schema, the group roles, "
        "grants, triggers and functions with which PostgreSQL itself enforces the rules (safe to run again)",
        acting="not needed: the database owner's own PostgreSQL login is the authority here",
    )


def init_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        setup = ws.team.init()
    info(f"team mode is set up in schema {setup.schema}; group roles {setup.role_prefix}member, "
         f"{setup.role_prefix}author, {setup.role_prefix}reviewer, {setup.role_prefix}approver, "
         f"{setup.role_prefix}admin")
    if setup.users_without_login:
        info("users who cannot connect from a desk until an admin sets their password "
             f"('workstation users passwd NAME --as ADMIN'): {', '.join(setup.users_without_login)}")
    if args.json:
        print_json({"ok": True, "role_prefix": setup.role_prefix, "schema": setup.schema,
                    "users_without_login": list(setup.users_without_login)})
    return 0
