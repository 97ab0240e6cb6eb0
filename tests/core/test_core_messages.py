"""The core's sentences as code, parameters and English text (workstation.messages), and their German entries.

The window translates a core sentence by its code (ui/core_messages.py); a code added here without an
entry there and a finished German translation fails these tests.
"""

from __future__ import annotations

import ast
import pickle
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from sqlalchemy import update

from db.engine import write_session
from db.tables import Finding
from tests.conftest import ROOT, SEEDS
from tests.core.checks_support import run
from tests.core.test_translations import PLACEHOLDER, translations
from workstation.errors import WorkflowError
from workstation.facade import Workstation
from workstation.message_texts import TEMPLATES
from workstation.messages import Message, from_stored, message, message_of, stored_params
from workstation.model import ReferenceData as R
from workstation.workflow import ACTIONS_BY_NAME, blockers_summary, role_refusal, step_refusal


def window_templates() -> dict[str, str]:
    """ui/core_messages.py's TEMPLATES, read without Qt: code -> the English given to QT_TRANSLATE_NOOP."""
    tree = ast.parse((ROOT / "ui" / "core_messages.py").read_text(encoding="utf-8"))
    table = next(node.value for node in tree.body if isinstance(node, ast.AnnAssign)
                 and isinstance(node.target, ast.Name) and node.target.id == "TEMPLATES")
    assert isinstance(table, ast.Dict)
    out = {}
    for key, value in zip(table.keys, table.values, strict=True):
        assert isinstance(key, ast.Constant) and isinstance(value, ast.Call)
        context, text = (arg.value for arg in value.args)  # type: ignore[attr-defined]
        assert context == "CoreMessage"
        out[key.value] = text
    return out


def test_every_core_code_has_the_same_template_in_the_window() -> None:
    shown = window_templates()
    assert sorted(set(TEMPLATES) - set(shown)) == [], "add the code to ui/core_messages.py TEMPLATES"
    assert sorted(set(shown) - set(TEMPLATES)) == [], "a code the core no longer has"
    assert {code: text for code, text in shown.items() if TEMPLATES[code] != text} == {}


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_core_code_has_a_finished_translation(language: str) -> None:
    root = ET.parse(translations.ts_file(language)).getroot()
    entries = {message.findtext("source"): message.find("translation")
               for context in root.iter("context") if context.findtext("name") == "CoreMessage"
               for message in context.iter("message")}
    missing, unfinished, broken = [], [], []
    for code, template in TEMPLATES.items():
        translation = entries.get(template)
        if translation is None:
            missing.append(code)
        elif translation.get("type") or not (translation.text or "").strip():
            unfinished.append(code)
        elif sorted(PLACEHOLDER.findall(template)) != sorted(PLACEHOLDER.findall(translation.text or "")):
            broken.append(code)
    assert missing == [], "run make translations and translate them"
    assert unfinished == []
    assert broken == []


def test_the_english_text_is_what_it_always_was() -> None:
    """The command line, --json, the audit trail and the exports read these sentences unchanged."""
    assert step_refusal("Submitted", "Approved") == (
        "workflow: no step from Submitted to Approved; from Submitted the article can go to Under Review")
    assert step_refusal("Under Review", "Under Review") == "workflow: the article is already Under Review"
    assert step_refusal("Under Review", "Nowhere") == (
        "workflow: no step from Under Review to Nowhere; from Under Review the article can go to Submitted or Approved")
    assert role_refusal(ACTIONS_BY_NAME["approve"], "author") == (
        "role: an author may not approve; only approver, admin may")
    assert role_refusal(ACTIONS_BY_NAME["start_review"], "reviewer") is None
    refusal = role_refusal(ACTIONS_BY_NAME["start_review"], "author")
    assert isinstance(refusal, Message) and refusal.code == "workflow.role-an"
    assert refusal.params == {"role": "author", "step": "start review", "allowed": "reviewer, approver, admin"}


def test_nested_and_listed_values_write_out_as_before() -> None:
    guard = type("Guard", (), {"code": "guard.missing-verdicts"})()
    summary = blockers_summary([(guard, ["a", "b"]), (guard, ["c"])])  # type: ignore[list-item]
    assert summary == "approval blocked: 2 citation(s) without a verdict; 1 citation(s) without a verdict"
    assert [m.code for m in summary.params["summary"]] == ["guard.missing-verdicts"] * 2


def test_a_message_survives_pickling_json_and_an_error() -> None:
    text = message("conflict.version", article=3, expected=4, now=message("conflict.now-version", current=5))
    assert text == ("concurrent change: article 3 was changed by someone else since version 4 (now version 5); "
                    "reload it and try again")
    again = pickle.loads(pickle.dumps(text))
    assert (again, again.code, again.params["now"].code) == (text, "conflict.version", "conflict.now-version")
    assert from_stored(str(text), stored_params(text)) == text
    assert isinstance(from_stored(str(text), stored_params(text)), Message)
    error = WorkflowError(text)
    assert str(error) == text and message_of(error) is text
    assert message_of(WorkflowError("plain")) is None


def test_stored_values_that_do_not_rebuild_the_text_are_shown_as_stored() -> None:
    text = message("import.empty")
    assert type(from_stored("the file was empty", stored_params(text))) is str  # a different sentence
    assert type(from_stored("x", '{"code": "no.such-code", "params": {}}')) is str  # a newer program's code
    assert type(from_stored("x", "not json")) is str
    assert type(from_stored("x", "")) is str
    assert stored_params("plain") == ""


def test_findings_keep_their_code_and_values_beside_the_english_message(tmp_path: Path) -> None:
    with Workstation.open(str(tmp_path / "f.db")) as ws:
        (imported,) = ws.library.import_files(paths=[next(SEEDS.glob("003_*"))]).imported
        findings = ws.review.findings(article_id=imported.id)
        promotional = next(f for f in findings if f.code == "promotional-language")
        assert isinstance(promotional.message, Message) and promotional.message.code == "finding.promotional-sentence"
        assert promotional.message.startswith("This sentence uses promotional or absolute wording (")
        with write_session(ws.engine) as session:  # a finding stored before the values were kept
            session.execute(update(Finding).where(Finding.id == promotional.id).values(message_params=""))
        before = next(f for f in ws.review.findings(article_id=imported.id) if f.id == promotional.id)
        assert type(before.message) is str and before.message == promotional.message


# Findings composed of many pieces: the English each wrote before it carried its code and values.
COMPOSED = {
  "attr-one": ("As stated in the 2023 EULAR recommendations update [1], patients benefit.",
               (R(1, "guideline", "Treatment of gout: an ACR guideline", "Arthritis Care Res", 2020),), "An article"),
  "attr-many": ("As stated in the 2023 EULAR recommendations update [1, 2], patients benefit.",
                (R(1, "guideline", "Treatment of gout: an ACR guideline", "Arthritis Care Res", 2020),
                 R(2, "guideline", "Gout management by the BSR", "Rheumatology", 2017)), "An article"),
  "attr-noyear": ("A 2023 study [1] showed benefit.", (R(1, "research", "A study of gout", "Lancet", 0),), "An article"),
  "markup-body": ('Hi <img src="javascript:x" onerror=alert(1)> <b>x</b> <!-- c --> <i>y</i> <u>z</u> [l](javascript:a) <em>q</em>.', (), "An article"),
  "markup-refs": ("A claim [1, 2].", (R(1, "other", "A <b>bold</b> title", "<i>Clinic</i>", 2024, url="javascript:alert(1)"),
                                     R(2, "other", "Plain", "Clinic", 2024, url="https://example.org/<b>x</b>")),
                  "<script>x</script>News"),
}
COMPOSED_ENGLISH = {
    "attr-one": [
        "This claim names the year 2023 and “EULAR” as its source, but the cited reference 1, “Treatment of gout: an ACR guideline” (Arthritis Care Res, 2020), does not bear that out: it is from 2020 and its title and source do not mention “EULAR”. Cite the source the sentence names, or reword the sentence to match reference 1.",
    ],
    "attr-many": [
        "This claim names the year 2023 and “EULAR” as its source, but none of the cited references (1: “Treatment of gout: an ACR guideline” (Arthritis Care Res, 2020); 2: “Gout management by the BSR” (Rheumatology, 2017)) bears that out: they are from 2017 and 2020 and their title and source do not mention “EULAR”. Cite the source the sentence names, or reword the sentence to match the cited references.",
    ],
    "attr-noyear": [
        "This claim names the year 2023 as its source, but the cited reference 1, “A study of gout” (Lancet), does not bear that out: it gives another year. Cite the source the sentence names, or reword the sentence to match reference 1.",
    ],
    "markup-body": [
        "Unsafe markup in the article body: <img> tag with an onerror= event handler with a javascript: address, <b> tag, <!-- markup, <i> tag, 3 more. Articles are plain Markdown: remove the HTML or rewrite it as Markdown, and link only to http(s) addresses (scripts, event handlers and javascript: links could run when the article is published).",
    ],
    "markup-refs": [
        "Unsafe markup in the title: <script> tag. The title is plain text: remove the markup.",
        "Unsafe markup in reference 1: its title contains <b> tag; its source contains <i> tag; its url uses a javascript: address. Give the reference as plain text with an http(s) link.",
        "Unsafe markup in reference 2: its url uses <b> tag. Give the reference as plain text with an http(s) link.",
    ],
}


@pytest.mark.parametrize("case", sorted(COMPOSED))
def test_composed_findings_write_the_same_english_and_rebuild_from_their_values(case: str) -> None:
    body, refs, title = COMPOSED[case]
    found = [f.message for f in run(body, refs, title=title) if f.code in ("attribution-mismatch", "unsafe-markup")]
    assert found == COMPOSED_ENGLISH[case]
    for text in found:
        assert isinstance(text, Message) and text.code.startswith(("finding.attribution", "finding.unsafe-markup"))
        again = from_stored(str(text), stored_params(text))
        assert isinstance(again, Message) and again == text and again.params == text.params



def test_user_administration_refusals_keep_their_english() -> None:
    from workstation.errors import NotFound, ValidationError
    from workstation.model import ROLES
    from workstation.users import validate_name, validate_role

    with pytest.raises(ValidationError) as bad_role:
        validate_role("Boss")
    assert str(bad_role.value) == f"role: one of {', '.join(ROLES)}, not 'boss'"
    assert message_of(bad_role.value).code == "users.bad-role"  # type: ignore[union-attr]
    with pytest.raises(ValidationError) as bad_name:
        validate_name("o'neil")
    assert str(bad_name.value) == "user name: 1 to 63 characters on one line, without quotes or backslashes"
    assert str(NotFound(message("users.not-found", name=repr("zoe")))) == (
        "no user named 'zoe': an admin adds one with 'workstation users add NAME --role ROLE'")
    assert message("users.admin-only", task="add users", name="rev", role="reviewer") == (
        "role: only an admin may add users; rev is reviewer")


REFERENCE_FILES = {  # a broken reference file -> the English it is refused with, as before it carried a code
    "a.ris": (b"TY  - JOUR\nTI  - A\n", "line 1: this record is never closed (no 'ER  -' line)"),
    "b.ris": (b"TY  - JOUR\nER  - \nxx\n", "line 3: expected 'TY  - ' to start the next record, found 'xx'"),
    "c.nbib": (b"PMID- abc\nTI  - x\n", "record 1 (line 1): the PMID 'abc' is not a PubMed id"),
    "e.bib": (b"@article{k, title={A}}\n@article{k, title={B}}\n",
              "line 2: the key 'k' is used by an earlier entry ('@article{k, title={B}}')"),
    "f.json": (b"[1]", "item 1: a CSL-JSON item is an object, not int"),
    "l.ris": (b"\xff\xfe", "line 1: not valid UTF-8 (byte 0: 0xff); export the file as UTF-8"),
    "m.txt": (b"hello", "not a reference file: expected RIS (.ris), BibTeX (.bib), PubMed/MEDLINE (.nbib) or "
                        "CSL-JSON (.json)"),
}


@pytest.mark.parametrize("name", sorted(REFERENCE_FILES))
def test_reference_file_refusals_keep_their_english(name: str, tmp_path: Path) -> None:
    from workstation.references.errors import ReferenceFileError
    from workstation.references.files import read_reference_file

    content, english = REFERENCE_FILES[name]
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ReferenceFileError) as refused:
        read_reference_file(tmp_path / name)
    assert str(refused.value) == english
    said = message_of(refused.value)
    assert said is not None and from_stored(english, stored_params(said)) == english


def test_the_frozen_notice_of_an_undo_keeps_its_english() -> None:
    from workstation.freeze import frozen_message

    assert frozen_message(7, message("frozen.undo", label="Set verdict")) == (
        "approved record: article 7 is Approved and signed, so its review record (undo 'Set verdict') cannot change; "
        "reopen it first (give a reason), which supersedes the signature")
    assert message("undo.conflict-redo", label="Set verdict", why=message(
        "undo.changed-by", name="rev2", event_action="verdict.set", event=812, at="2026-03-02 10:14:03")) == (
        "cannot redo 'Set verdict': it was changed since by rev2 (verdict.set, event 812, 2026-03-02 10:14:03 UTC)")


def test_review_refusals_keep_their_english(tmp_path: Path) -> None:
    from tests.people import add_person
    from tests.review_helpers import APPROVER, REVIEWER, add_team
    from workstation.errors import WorkstationError

    with Workstation.open(str(tmp_path / "v.db")) as ws:
        add_team(ws)
        add_person(ws, "auth", "author")
        (article,) = ws.library.import_files(paths=[sorted(SEEDS.glob("*.txt"))[4]], user="admin").imported
        claims = ws.library.get_article(article_id=article.id).claims
        said = []
        for attempt in (
            lambda: ws.review.merge_claims(claim_ids=[claims[0].id, claims[2].id], user=REVIEWER),
            lambda: ws.review.set_verdict(claim_id=claims[0].id, reference=1, verdict="meh", user=REVIEWER),
            lambda: ws.review.set_verdict(claim_id=claims[0].id, reference=1, verdict="supported", user="auth"),
            lambda: ws.workflow.assign(article_id=article.id, user=APPROVER, reviewer="auth"),
            lambda: ws.workflow.assign(article_id=article.id, user=APPROVER, reviewer=REVIEWER, due="soon"),
        ):
            with pytest.raises(WorkstationError) as refused:
                attempt()
            assert message_of(refused.value) is not None
            said.append(str(refused.value))
    assert said == [
        "merge: only adjacent claims can be merged (another claim lies between)",
        "verdict: one of supported, partially-supported, not-supported, contradicted, unverifiable, not 'meh'",
        "auth is author: only reviewer, approver, admin may record verdicts",
        "reviewer: auth is author; the reviewer must be admin or approver or reviewer",
        "due: a date as YYYY-MM-DD, not 'soon'",
    ]


def test_backup_refusals_keep_their_english(tmp_path: Path) -> None:
    from workstation.errors import WorkstationError
    from workstation.facade.backup_ops import _check_target

    database = tmp_path / "board.db"
    existing = tmp_path / "copy.db"
    existing.write_bytes(b"")
    said = []
    for target in (database, tmp_path, tmp_path / "nowhere" / "copy.db", existing):
        with pytest.raises(WorkstationError) as refused:
            _check_target(database, target, overwrite=False)
        assert message_of(refused.value) is not None
        said.append(str(refused.value))
    assert said == [
        f"{database} is the database itself (or one of its files); choose another file",
        f"{tmp_path} is a folder; name the backup file to write",
        f"cannot write {tmp_path / 'nowhere' / 'copy.db'}: the folder {tmp_path / 'nowhere'} does not exist",
        f"{existing} already exists; say --force to replace it",
    ]


def test_refusals_to_open_a_database_or_make_an_export_folder_keep_their_english(tmp_path: Path) -> None:
    from workstation.errors import WorkstationError
    from workstation.facade import Workstation

    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    not_db = tmp_path / "notes.db"
    not_db.write_bytes(b"just some notes, not SQLite")
    said = []
    for path in (empty, not_db):
        with pytest.raises(WorkstationError) as refused:
            Workstation.open(str(path))
        assert message_of(refused.value) is not None
        said.append(str(refused.value))
    assert said == [
        f"{empty} is an empty file, not a Review Workstation database; to make a new database there, say --create",
        f"cannot open the database {not_db}: it is not a database (refused, left as it is)",
    ]
    in_the_way = tmp_path / "a file"
    in_the_way.write_text("x")
    with Workstation.open(str(tmp_path / "board.db")) as ws, pytest.raises(WorkstationError) as refused:
        ws.export.export_articles(out_dir=str(in_the_way / "out"), formats=("html",))
    assert message_of(refused.value).code == "export.folder"  # type: ignore[union-attr]
    assert str(refused.value).startswith(f"cannot create the folder {in_the_way / 'out'}: ")
    assert message("annotations.cannot-write", path="/srv/a.jsonld", reason="Permission denied") == (
        "cannot write /srv/a.jsonld: Permission denied")
