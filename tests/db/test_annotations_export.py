"""W3C Web Annotations out: the model's required fields, and selectors that find their text again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.documents import RESULT, sprint_pdf, write_article
from tests.people import add_person
from tests.review_helpers import REVIEWER, add_team

IRI_SCHEMES = ("urn:uuid:", "ni:///sha-256;", "https://")
MOTIVATIONS = {"assessing", "commenting", "replying"}


@pytest.fixture
def reviewed(ws, tmp_path: Path) -> tuple:  # type: ignore[no-untyped-def]
    add_team(ws)
    add_person(ws, "alan", "author")
    article = ws.library.import_files(paths=[write_article(tmp_path)], user="admin").imported[0].id
    ws.review.attach_document(article_id=article, number=1, path=sprint_pdf(tmp_path), user=REVIEWER)
    guideline = tmp_path / "guideline.html"
    guideline.write_text("<html><body><h1>Guideline</h1><p>Measure blood pressure at least once a year in "
                         "every adult.</p></body></html>", encoding="utf-8")
    ws.review.attach_document(article_id=article, number=2, path=guideline, user=REVIEWER)
    first, second, third = ws.library.get_article(article_id=article).claims
    ws.review.set_verdict(claim_id=second.id, reference=1, verdict="supported", user=REVIEWER, evidence=RESULT,
                          note="hazard ratio 0.73")
    ws.review.set_verdict(claim_id=third.id, reference=2, verdict="partially-supported", user=REVIEWER,
                          evidence="Measure blood pressure at least once a year")
    ws.review.set_verdict(claim_id=first.id, reference=1, verdict="unverifiable", user=REVIEWER, evidence="Table 2")
    body = ws.library.get_article(article_id=article).body
    at = body.index("less likely")
    ws.review.add_comment(article_id=article, body="Say which trial.", user=REVIEWER, start=at, end=at + 11)
    ws.review.add_comment(article_id=article, body="Check the dose.", user="alan", claim_id=first.id)
    thread = ws.review.comments(article_id=article)[0]
    ws.review.add_comment(article_id=article, body="Done: SPRINT, 2015.", user="alan", parent_id=thread.id)
    return article, tmp_path


def test_the_collection_has_what_the_model_requires(ws, reviewed: tuple) -> None:  # type: ignore[no-untyped-def]
    article, folder = reviewed
    out = folder / "annotations.jsonld"
    result = ws.export.export_annotations(article_id=article, path=out)
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection" and collection["id"].startswith("urn:uuid:")
    page = collection["first"]
    assert page["type"] == "AnnotationPage" and page["partOf"] == collection["id"] and page["startIndex"] == 0
    items = page["items"]
    assert collection["total"] == len(items) == result.annotations == 3 + 3 + 3
    ids = [a["id"] for a in items]
    assert len(set(ids)) == len(ids)
    for annotation in items:
        assert annotation["type"] == "Annotation" and annotation["id"].startswith("urn:uuid:")
        assert annotation["motivation"] in MOTIVATIONS and annotation["target"]
        for body in _list(annotation.get("body")):
            assert body["type"] == "TextualBody" and isinstance(body["value"], str)
        for target in _list(annotation["target"]):
            source = target if isinstance(target, str) else target["source"]
            iri = source if isinstance(source, str) else source["id"]
            assert iri.startswith(IRI_SCHEMES)
        if "created" in annotation:
            assert annotation["created"].endswith("Z")
    # the same records keep the same identifiers from one export to the next
    assert [a["id"] for a in ws.export.annotations(article_id=article)["first"]["items"]] == ids


def test_claims_verdicts_and_comments_carry_their_motivations(ws, reviewed: tuple) -> None:  # type: ignore[no-untyped-def]
    article, _ = reviewed
    items = ws.export.annotations(article_id=article)["first"]["items"]
    by_id = {a["id"]: a for a in items}
    verdicts = [a for a in items if isinstance(a["body"], list)]
    assert {v["body"][0]["value"] for v in verdicts} == {"supported", "partially-supported", "unverifiable"}
    assert all(v["body"][0]["purpose"] == "assessing" and v["motivation"] == "assessing" for v in verdicts)
    supported = next(v for v in verdicts if v["body"][0]["value"] == "supported")
    assert supported["body"][1] == {"type": "TextualBody", "purpose": "commenting", "format": "text/plain",
                                    "value": "hazard ratio 0.73"}
    assert supported["creator"]["nickname"] == REVIEWER and supported["creator"]["type"] == "Person"
    evidence = supported["target"][-1]
    assert evidence["source"]["format"] == "application/pdf" and evidence["source"]["title"] == "sprint.pdf"
    page = next(s for s in evidence["selector"] if s["type"] == "FragmentSelector")
    assert page["value"] == "page=2" and page["refinedBy"]["type"] == "TextQuoteSelector"
    free = next(v for v in verdicts if v["body"][0]["value"] == "unverifiable")["target"][-1]
    # not in the document: the quote stands for the cited work, without a place
    assert free["selector"] == {"type": "TextQuoteSelector", "exact": "Table 2"}
    assert free["source"]["id"].startswith("urn:uuid:") and "format" not in free["source"]
    comments = [a for a in items if a["motivation"] == "commenting"]
    replies = [a for a in items if a["motivation"] == "replying"]
    assert {c["body"]["value"] for c in comments} == {"Say which trial.", "Check the dose."}
    (reply,) = replies
    assert by_id[reply["target"]]["body"]["value"] == "Say which trial."
    on_claim = next(c for c in comments if c["body"]["value"] == "Check the dose.")
    assert by_id[on_claim["target"]]["motivation"] == "assessing"  # it targets the claim's annotation


def test_every_selector_finds_its_text_again(ws, reviewed: tuple) -> None:  # type: ignore[no-untyped-def]
    article, _ = reviewed
    body = ws.library.get_article(article_id=article).body
    texts = {}
    for number in (1, 2):
        document = ws.review.reference_document(article_id=article, number=number)
        from workstation.documents.annotations import file_iri

        texts[file_iri(document.summary.sha256)] = document.text
    items = ws.export.annotations(article_id=article)["first"]["items"]
    checked = 0
    for annotation in items:
        for target in _list(annotation["target"]):
            if isinstance(target, str) or "selector" not in target:
                continue
            source = target["source"]["id"]
            text = body if source.startswith("urn:uuid:") and target["source"].get("format") == "text/markdown" \
                else texts.get(source)
            if text is None:
                continue  # a quote without a document: nothing to find it in
            selectors = _list(target["selector"])
            quote = next(s for s in selectors if s["type"] == "TextQuoteSelector")
            position = next((s for s in selectors if s["type"] == "TextPositionSelector"), None)
            assert position is not None, target  # a quote on a text we hold has its place in it
            assert text.count(quote["prefix"] + quote["exact"] + quote["suffix"]) == 1
            assert text[position["start"]:position["end"]] == quote["exact"]
            checked += 1
    assert checked >= 3 + 1 + 2 + 3  # claims, the comment on a passage, two evidence passages, verdicts' claims


def _list(value):  # type: ignore[no-untyped-def]
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
