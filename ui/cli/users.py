"""Commands on people: users add, list, set-role, deactivate, unlock, passwd."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from ui.cli.common import CommandFailed, add_command, info, open_workstation, print_json
from ui.cli.text import clean
from workstation.facade import UserView
from workstation.model import ROLES

NEW_PASSWORD_ENV = "WORKSTATION_NEW_PASSWORD"
ADMIN_ACTING = "the admin doing this (signs in with WORKSTATION_PASSWORD, else asks on a terminal)"


def register(commands: argparse._SubParsersAction) -> None:
    users = commands.add_parser("users", help="manage users").add_subparsers(
        dest="users_command", metavar="ACTION", required=True
    )
    p = add_command(users, "add", add_command_, "create a user (the first user of a database must be an admin)",
                    acting=ADMIN_ACTING)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--password", metavar="P", help="the new user's password (8 characters or more, not a common one)")
    p.add_argument("--display-name", default="", help="the printed name shown on signatures")
    p.add_argument("--must-change", action="store_true", help="the user chooses a new password at first sign-in")

    add_command(users, "list", list_command, "list users: role, active, locked, last sign-in")

    p = add_command(users, "set-role", set_role_command, "change a user's role", acting=ADMIN_ACTING)
    p.add_argument("name", metavar="NAME")
    p.add_argument("role", choices=ROLES, metavar="ROLE")

    p = add_command(users, "deactivate", deactivate_command, "stop a user from signing in (kept in the trail)",
                    acting=ADMIN_ACTING)
    p.add_argument("name", metavar="NAME")

    p = add_command(users, "reactivate", reactivate_command, "let a deactivated user sign in again",
                    acting=ADMIN_ACTING)
    p.add_argument("name", metavar="NAME")

    p = add_command(users, "unlock", unlock_command, "unlock an account locked by failed sign-ins",
                    acting=ADMIN_ACTING)
    p.add_argument("name", metavar="NAME")

    p = add_command(users, "passwd", passwd_command,
                    "change your own password, or (an admin) reset another user's, who must then change it")
    p.add_argument("name", metavar="NAME", nargs="?", help="whose password (default: the --as user)")
    p.add_argument("--new-password", metavar="P", help=f"the new password (default: ${NEW_PASSWORD_ENV}, else asked)")


def _json(view: UserView) -> dict:
    return {"name": view.name, "role": view.role, "active": view.active, "locked": view.locked,
            "display_name": view.display_name, "must_change_password": view.must_change_password,
            "last_sign_in": view.last_sign_in.isoformat() if view.last_sign_in else None}


def _done(args: argparse.Namespace, view: UserView, message: str) -> int:
    info(message)
    if args.json:
        print_json(_json(view))
    return 0


def add_command_(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        view = ws.users.add_user(name=args.name, role=args.role, password=args.password,
                                 display_name=args.display_name, by=args.user,
                                 must_change_password=args.must_change).user
    return _done(args, view, f"added {view.name} ({view.role})")


def list_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        users = ws.users.list_users()
    if args.json:
        print_json([_json(u) for u in users])
        return 0
    for u in users:
        state = "active" if u.active else "deactivated"
        if u.locked:
            state += ", locked"
        last = f"{u.last_sign_in:%Y-%m-%d %H:%M} UTC" if u.last_sign_in else "never signed in"
        print(f"{clean(u.name):<20} {u.role:<10} {state:<20} {last:<22} {clean(u.display_name)}")
    return 0


def set_role_command(args: argparse.Namespace) -> int:
    with open_workstation(args) as ws:
        view = ws.users.set_role(name=args.name, role=args.role, by=args.user).user
    return _done(args, view, f"{view.name} is now {view.role}")


def _admin_step(args: argparse.Namespace, step: str, says: str) -> int:
    """An admin's one-user step (``ws.users.<step>(name=, by=)``), then ``says`` about that user."""
    with open_workstation(args) as ws:
        view = getattr(ws.users, step)(name=args.name, by=args.user).user
    return _done(args, view, f"{view.name} {says}")


def deactivate_command(args: argparse.Namespace) -> int:
    return _admin_step(args, "deactivate_user", "is deactivated")


def reactivate_command(args: argparse.Namespace) -> int:
    return _admin_step(args, "reactivate_user", "may sign in again")


def unlock_command(args: argparse.Namespace) -> int:
    return _admin_step(args, "unlock_user", "is unlocked")


def _new_password(args: argparse.Namespace) -> str:
    if args.new_password is not None:
        return args.new_password
    from_env = os.environ.get(NEW_PASSWORD_ENV)
    if from_env is not None:
        return from_env
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass("new password: ")
        if first != getpass.getpass("repeat the new password: "):
            raise CommandFailed("the two passwords differ; nothing was changed")
        return first
    raise CommandFailed(f"give the new password with --new-password or {NEW_PASSWORD_ENV}")


def passwd_command(args: argparse.Namespace) -> int:
    if not args.user:
        raise CommandFailed("sign-in required: say who you are with --as USER")
    target = args.name or args.user
    new = _new_password(args)
    with open_workstation(args) as ws:
        if target == args.user:
            from ui.cli.common import acting_password

            view = ws.users.change_password(name=target, old_password=acting_password(args), new_password=new).user
            message = f"{view.name}'s password is changed"
        else:
            view = ws.users.reset_password(name=target, new_password=new, by=args.user).user
            message = f"{view.name}'s password is reset; they choose a new one at their next sign-in"
    return _done(args, view, message)
