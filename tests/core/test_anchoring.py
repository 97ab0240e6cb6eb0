"""Re-anchoring onto edited bodies: exact quotes first, fuzzy matches above a threshold, else orphans."""

from __future__ import annotations

import random

import pytest

from tests.conftest import SEEDS
from workstation.anchoring import THRESHOLD, Anchor, reanchor, similarity
from workstation.importers import read_article
from workstation.structure import analyze, extract_claims


def anchors_of(body: str) -> list[Anchor]:
    return [Anchor(i, c.quote, c.prefix, c.suffix, c.start, c.end) for i, c in enumerate(extract_claims(body))]


def test_unchanged_body_keeps_every_anchor() -> None:
    body = "First claim here [1]. Second claim follows [2].\n\nA third paragraph claim [3]."
    anchors = anchors_of(body)
    results = reanchor(body, body, anchors)
    assert [(r.start, r.end) for r in results] == [(a.start, a.end) for a in anchors]
    assert all(r.exact and r.score == 1.0 for r in results)


def test_exact_match_prefers_matching_context_and_nearest_position() -> None:
    old = "Intro text. Water is wet. Middle part. Water is wet. End."
    second = old.rindex("Water is wet.")
    anchor = Anchor("x", "Water is wet.", old[second - 13:second], old[second + 13:second + 20], second, second + 13)
    new = "New opening sentence. " + old
    (result,) = reanchor(old, new, [anchor])
    assert result.start == second + len("New opening sentence. ")
    assert new[result.start:result.end] == "Water is wet."


def test_small_edit_is_found_fuzzily_with_its_score() -> None:
    old = "Alpha beta. The drug lowered blood pressure in most adults studied [1]. Gamma delta."
    quote = "The drug lowered blood pressure in most adults studied [1]."
    start = old.index(quote)
    new = old.replace("most adults", "many adults")
    (result,) = reanchor(old, new, [Anchor(1, quote, old[:start], old[start + len(quote):], start, start + len(quote))])
    assert not result.orphaned and not result.exact
    assert result.quote == new[result.start:result.end]
    assert result.score >= THRESHOLD
    assert "many adults" in result.quote


def test_deleted_text_is_an_orphan_not_moved() -> None:
    old = "Keep this sentence about diet. Remove this unique statement on vaccines and autism."
    quote = "Remove this unique statement on vaccines and autism."
    start = old.index(quote)
    new = "Keep this sentence about diet."
    (result,) = reanchor(old, new, [Anchor(1, quote, "", "", start, start + len(quote))])
    assert result.orphaned and result.start is None


def test_snap_to_sentence() -> None:
    old = "One. The study enrolled 400 patients over two years [2]. Two."
    quote = "The study enrolled 400 patients over two years [2]."
    new = "One. The study enrolled 410 patients over two years [2]. Two."
    spans = [(s.start, s.end) for s in analyze(new).sentences]
    (result,) = reanchor(old, new, [Anchor(1, quote, "One. ", " Two.", 5, 5 + len(quote))], snap_spans=spans)
    assert result.quote == "The study enrolled 410 patients over two years [2]."


def _edit(rng: random.Random, body: str) -> str:
    paragraphs = body.split("\n\n")
    kind = rng.choice(["insert", "delete", "move", "typo", "delete_span", "insert_para"])
    if kind == "insert":
        at = rng.randrange(len(body) + 1)
        return body[:at] + rng.choice([" Extra words here.", "new text ", "\n\nA brand new paragraph.\n\n"]) + body[at:]
    if kind == "delete_span":
        at = rng.randrange(len(body))
        return body[:at] + body[at + rng.randint(1, 120):]
    if kind == "typo":
        at = rng.randrange(len(body))
        return body[:at] + rng.choice("xyz ") + body[at + 1:]
    if kind == "delete" and len(paragraphs) > 1:
        del paragraphs[rng.randrange(len(paragraphs))]
    elif kind == "move" and len(paragraphs) > 1:
        moved = paragraphs.pop(rng.randrange(len(paragraphs)))
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), moved)
    else:
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), "Inserted paragraph with a claim of 12% [9].")
    return "\n\n".join(paragraphs)


@pytest.fixture(scope="module")
def seed_bodies() -> list[str]:
    return [read_article(path).body for path in sorted(SEEDS.glob("*.txt"))]


def test_random_edits_never_move_an_anchor_silently(seed_bodies: list[str]) -> None:
    rng = random.Random(20261122)
    exact = fuzzy = orphaned = 0
    for _ in range(100):
        old = rng.choice(seed_bodies)
        anchors = anchors_of(old)
        new = old
        for _ in range(rng.randint(1, 4)):
            new = _edit(rng, new)
        spans = [(s.start, s.end) for s in analyze(new).sentences]
        results = reanchor(old, new, anchors, snap_spans=spans)
        assert len(results) == len(anchors)
        for anchor, result in zip(anchors, results, strict=True):
            assert result.key == anchor.key
            if result.orphaned:
                orphaned += 1
                assert result.start is None and result.end is None
                assert anchor.quote not in new  # an exact quote is always found
                continue
            assert result.start is not None and result.end is not None
            landed = new[result.start:result.end]
            assert landed == result.quote
            if result.exact:
                exact += 1
                assert landed == anchor.quote
            else:
                fuzzy += 1
                assert similarity(anchor.quote, landed) >= THRESHOLD
                assert result.score == pytest.approx(similarity(anchor.quote, landed), abs=1e-3)
    assert exact and fuzzy and orphaned  # the edits exercised every outcome
