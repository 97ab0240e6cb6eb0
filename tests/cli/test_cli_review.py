"""check, dismiss and verdict through the command line, in process."""

from __future__ import annotations

import json

import pytest

from tests.cli.runner import run_cli
from tests.people import add_person
from ui.cli import main

SEED = 5


@pytest.fixture
def db(seeded, db_url):  # type: ignore[no-untyped-def]
    add_person(seeded, "rita", "reviewer")
    add_person(seeded, "alan", "author")
    return db_url


def run(capsys, db: str, *argv: str) -> tuple[int, object, str]:  # type: ignore[no-untyped-def]
    code, out, err = run_cli(capsys, "--db", db, *argv)
    return code, (json.loads(out) if out.strip() else None), err


def test_check_dismiss(capsys, db: str) -> None:  # type: ignore[no-untyped-def]
    code, doc, _ = run(capsys, db, "check", str(SEED), "--json")
    assert code == 0 and doc["article"] == SEED and doc["findings"]
    for f in doc["findings"]:
        assert set(f) == {"id", "code", "severity", "message", "excerpt", "claim_id", "reference", "dismissed"}
    target = doc["findings"][0]["id"]
    code, doc, err = run(capsys, db, "dismiss", str(target), "--as", "alan", "--reason", "no", "--json")
    assert code == 1 and "alan" in err
    code, doc, _ = run(capsys, db, "dismiss", str(target), "--as", "rita", "--reason", "not applicable", "--json")
    assert code == 0 and doc == {"id": target, "dismissed": True}
    code, doc, _ = run(capsys, db, "check", str(SEED), "--json")
    assert next(f for f in doc["findings"] if f["id"] == target)["dismissed"]
    code, _, err = run(capsys, db, "dismiss", "999999", "--as", "rita", "--reason", "x")
    assert code == 1 and "999999" in err
    code, _, _ = run(capsys, db, "check", "999999")
    assert code == 1


def test_dismiss_needs_a_reason(capsys, db: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db, "dismiss", "1", "--as", "rita"])
    assert exit_info.value.code == 2


def test_verdict(capsys, db: str, seeded) -> None:  # type: ignore[no-untyped-def]
    claim = next(c for c in seeded.library.get_article(article_id=SEED).claims if 1 in c.citations)
    code, doc, _ = run(
        capsys, db, "verdict", str(claim.id), "--reference", "1", "--verdict", "supported", "--as", "rita",
        "--evidence", "Table 2", "--json",
    )
    assert code == 0 and doc == {"claim_id": claim.id, "reference": 1, "verdict": "supported"}
    code, _, err = run(capsys, db, "verdict", str(claim.id), "--reference", "1", "--verdict", "great", "--as", "rita")
    assert code == 1 and "verdict" in err
    code, _, _ = run(capsys, db, "verdict", str(claim.id), "--reference", "1", "--verdict", "supported", "--as", "alan")
    assert code == 1
    code, _, _ = run(capsys, db, "verdict", str(claim.id), "--reference", "77", "--verdict", "supported", "--as", "rita")
    assert code == 1
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", db, "verdict", str(claim.id), "--verdict", "supported", "--as", "rita"])
    assert exit_info.value.code == 2
