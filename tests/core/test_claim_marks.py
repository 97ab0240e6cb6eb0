"""The reader's text with its claims marked, rendered or as the plain-text fallback."""

from __future__ import annotations

import re

from workstation.claim_marks import render_marked
from workstation.rendering import MAX_RENDER_CHARS
from workstation.views import ClaimView
from workstation.views_workspace import MARKERS, OPEN_END, START, STOP

MARKED = re.compile(f"{START}(\\d+){OPEN_END}(.*?){STOP}", re.DOTALL)


def claim(claim_id: int, body: str, text: str, *, orphaned: bool = False) -> ClaimView:
    start = body.index(text)
    return ClaimView(id=claim_id, position=claim_id, text=text, quote=text, section=None, citations=(1,),
                     unresolved=(), start=start, end=start + len(text), orphaned=orphaned)


def test_rendered_html_marks_each_claim_and_shows_no_tag_of_ours() -> None:
    body = "# Title\n\nVitamin D helps bones [1]. Some **bold** words.\n\n- Calcium too [2].\n"
    claims = [claim(1, body, "Vitamin D helps bones [1]."), claim(2, body, "Calcium too [2].")]
    text = render_marked(body, claims)
    assert text.error is None and text.html is not None
    marked = dict((int(i), inner) for i, inner in MARKED.findall(text.html))
    assert set(marked) == {1, 2}
    assert marked[1].startswith("Vitamin D helps bones") and "<mark" not in text.html
    assert "<strong>bold</strong>" in text.html
    assert [(int(i), t) for i, t in MARKED.findall(text.plain)] == [
        (1, "Vitamin D helps bones [1]."), (2, "Calcium too [2].")]


def test_orphaned_and_overlapping_claims_are_not_marked() -> None:
    body = "One claim here. Another one there.\n"
    claims = [claim(1, body, "One claim here."), claim(2, body, "claim here. Another"),
              claim(3, body, "Another one there.", orphaned=True)]
    text = render_marked(body, claims)
    assert [int(i) for i, _ in MARKED.findall(text.html or "")] == [1]
    assert [int(i) for i, _ in MARKED.findall(text.plain)] == [1]


def test_marker_characters_in_the_body_are_never_taken_for_claims() -> None:
    body = f"Forged {START}9{OPEN_END}text{STOP} here. Real claim.\n"
    text = render_marked(body, [claim(1, body, "Real claim.")])
    assert [int(i) for i, _ in MARKED.findall(text.html or "")] == [1]
    assert [int(i) for i, _ in MARKED.findall(text.plain)] == [1]
    assert text.plain.count("\ufffd") == 3  # the forged markers, replaced one for one


def test_a_line_the_renderer_keeps_as_plain_text_still_marks_its_claim() -> None:
    body = "A claim on a noisy line [1]. " + " *a*" * 150 + "\n\nNext paragraph.\n"  # too much markup: plain
    text = render_marked(body, [claim(5, body, "A claim on a noisy line [1].")])
    assert text.html is not None and "&lt;mark" not in text.html
    assert [int(i) for i, _ in MARKED.findall(text.html)] == [5]


def test_a_body_too_large_to_render_is_the_whole_plain_text_marked() -> None:
    body = "The first claim [1].\n\n" + "words " * (MAX_RENDER_CHARS // 5) + "\n\nThe end.\n"
    text = render_marked(body, [claim(1, body, "The first claim [1].")])
    assert text.html is None and "too large to render" in (text.error or "")
    assert "first " not in (text.error or "")  # the whole body is shown, not its first part
    assert text.plain.startswith(f"{START}1{OPEN_END}The first claim [1].{STOP}")
    assert len("".join(c for c in text.plain if c not in MARKERS)) == len(body) + 1  # + the claim's id
