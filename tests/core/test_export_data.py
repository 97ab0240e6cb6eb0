"""JSON export against its schema, and Markdown export read back by the importer."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from workstation.export import render_json, render_markdown_export
from workstation.export.json_export import load_schema
from workstation.importers.markdown_file import parse_markdown
from workstation.model import ReferenceData

try:
    from xss_vectors import VECTORS, export_article, hostile_draft, seed_draft
except ImportError:  # tests/core imported as a package
    from .xss_vectors import VECTORS, export_article, hostile_draft, seed_draft

SEED_NAMES = ("000", "001", "002", "003", "004")
VALIDATOR = Draft202012Validator(load_schema(), format_checker=FormatChecker())


def test_the_schema_is_valid_draft_2020_12() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_exports_validate(name: str) -> None:
    article = export_article(seed_draft(name))
    VALIDATOR.validate(json.loads(render_json(article)))


def test_json_content_of_seed_004() -> None:
    article = export_article(seed_draft("004"))
    doc = json.loads(render_json(article))
    assert doc["id"] == 4 and doc["revision_id"] == 7 and doc["status"] == "Approved"
    assert doc["content_hash"] == article.draft.content_hash()
    assert doc["last_updated"] == "2025-04-23" and doc["next_review"] == "2026-05-02"
    assert doc["approved_at"] == "2025-05-02T14:03:09+00:00"
    assert doc["body_markdown"] == article.draft.body
    assert 'href="#ref-1"' in doc["body_html"] and doc["body_html_error"] is None
    kinds = [s["kind"] for s in doc["sections"]]
    assert kinds[0] == "guidelines" and kinds[-1] == "disclaimer"
    first = doc["sections"][0]
    assert article.draft.body[first["start"]:first["end"]].startswith("## From the Guidelines")
    assert [r["number"] for r in doc["references"]] == [1, 2, 3]
    assert doc["claims"][0]["citations"] == [1, 2]
    assert doc["claims"][0]["verdicts"][0]["verdict"] == "supported"
    assert doc["signature"]["printed_name"] == "Dr. Ada Approver"
    assert doc["signature"]["signed_at"] == "2025-05-02T14:03:09+00:00"
    assert doc["audit_head_hash"] == "ab" * 32


def test_reference_links_in_json() -> None:
    refs = (
        ReferenceData(1, "research", "T", "S", 2020, "doi:10.1000/abc", "PMID: 42", "https://e.org"),
        ReferenceData(2, "other", "U", "", None, "bad doi", "x", "javascript:alert(1)"),
    )
    doc = json.loads(render_json(export_article(replace(seed_draft("001"), references=refs))))
    VALIDATOR.validate(doc)
    good, bad = doc["references"]
    assert good["links"] == {
        "doi": "https://doi.org/10.1000/abc",
        "pubmed": "https://pubmed.ncbi.nlm.nih.gov/42/",
        "url": "https://e.org",
    }
    assert good["doi_normalized"] == "10.1000/abc" and good["pmid_normalized"] == "42"
    assert bad["links"] == {} and bad["doi_normalized"] is None and bad["url"] == "javascript:alert(1)"


def test_json_without_signature_and_dates_validates() -> None:
    draft = replace(seed_draft("001"), last_updated=None)
    article = replace(export_article(draft), signature=None, next_review=None, claims=())
    doc = json.loads(render_json(article))
    VALIDATOR.validate(doc)
    assert doc["signature"] is None and doc["last_updated"] is None and doc["claims"] == []


@pytest.mark.parametrize("vector", VECTORS[::7])
def test_hostile_exports_validate(vector: str) -> None:
    article = export_article(hostile_draft(vector), text=vector)
    doc = json.loads(render_json(article))
    VALIDATOR.validate(doc)
    assert doc["title"] == f"T {vector}"  # JSON keeps text as written; consumers escape


def test_schema_rejects_a_broken_export() -> None:
    doc = json.loads(render_json(export_article(seed_draft("004"))))
    broken = {**doc, "status": "Submitted", "content_hash": "xyz"}
    assert len(list(VALIDATOR.iter_errors(broken))) == 2
    assert not VALIDATOR.is_valid({**doc, "unexpected": 1})


@pytest.mark.parametrize("name", SEED_NAMES)
def test_markdown_export_round_trips(name: str) -> None:
    article = export_article(seed_draft(name))
    text = render_markdown_export(article)
    assert text.startswith("---\n") and "\nstatus: Approved\n" in text
    again = parse_markdown(text)
    assert again == replace(article.draft, status="Approved", source_format="markdown")


def test_markdown_export_round_trips_references_and_metadata() -> None:
    refs = (
        ReferenceData(3, "guideline", "G: a title", "Src", 2024, "10.1000/x", "1", "https://e.org"),
        ReferenceData(7, "other", "Only a title"),
    )
    draft = replace(seed_draft("004"), authors=("A. One", "B. Two"), topic="Rheumatology",
                    last_updated=date(2024, 2, 29), audience="caregiver", references=refs)
    again = parse_markdown(render_markdown_export(export_article(draft)))
    assert again == replace(draft, status="Approved", source_format="markdown")


PRINTABLE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"),
    max_size=60,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=PRINTABLE.filter(lambda t: t.strip()), topic=PRINTABLE,
       body=PRINTABLE.filter(lambda t: t.strip()), ref_title=PRINTABLE)
def test_markdown_export_round_trips_any_text(title: str, topic: str, body: str,
                                              ref_title: str) -> None:
    draft = replace(seed_draft("001"), title=title, topic=topic, body=body,
                    references=(ReferenceData(1, "research", ref_title),))
    again = parse_markdown(render_markdown_export(export_article(draft)))
    assert again == replace(draft, status="Approved", source_format="markdown")
