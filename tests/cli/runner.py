"""Running the command line in process as a signed-in user would."""

from __future__ import annotations

import os

import pytest

from tests.people import ADMIN, ADMIN_PASSWORD, password_for
from ui.cli import main
from ui.cli.common import PASSWORD_ENV


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str, password: str | None = None) -> tuple[int, str, str]:
    """Exit code, standard output and error of ``workstation ARGV``.

    The ``--as`` user's password goes in WORKSTATION_PASSWORD, as a script would
    set it: ``password``, else that user's test password.
    """
    args = list(argv)
    saved = os.environ.pop(PASSWORD_ENV, None)
    if "--as" in args:
        user = args[args.index("--as") + 1]
        os.environ[PASSWORD_ENV] = password or (ADMIN_PASSWORD if user == ADMIN else password_for(user))
    try:
        capsys.readouterr()
        code = main(args)
    finally:
        os.environ.pop(PASSWORD_ENV, None)
        if saved is not None:
            os.environ[PASSWORD_ENV] = saved
    out, err = capsys.readouterr()
    return code, out, err
