"""The reader's text with each claim marked: rendered HTML, or the plain-text fallback.

A claim is wrapped in ``<mark class="claim" data-claim="ID">`` before the body is
rendered; the sanitizer keeps exactly these marks (its only use of them), and after
sanitizing they become the private-use markers of
:mod:`workstation.views_workspace`, which the reader removes as it tints each claim.
Rendering stays bounded (:func:`workstation.rendering.render_markdown`: the size limit,
the time limit); whatever cannot be rendered is shown as the body as written, whole,
its claims marked the same way and no tag of ours visible.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workstation.messages import Message, message
from workstation.rendering import MAX_RENDER_CHARS, render_markdown
from workstation.sanitize import MAX_PLAIN_CHARS
from workstation.views import ClaimView
from workstation.views_workspace import MARKERS, OPEN_END, START, STOP, MarkedText

RENDER_TIMEOUT_S = 2.0

_OPEN_TAG_RE = re.compile(r'<mark\b[^>]*\bdata-claim="(\d+)"[^>]*>')
# A line the renderer shows as plain text (it is too long or too markup-heavy to parse) carries
# the marks as escaped text: what :func:`mark_claims` wrote, escaped (the sanitizer unescapes quotes).
_ESCAPED_MARK_RE = re.compile('&lt;mark class=(?:&quot;|")claim(?:&quot;|") data-claim=(?:&quot;|")(\\d+)(?:&quot;|")&gt;'
                              "(.*?)&lt;/mark&gt;", re.DOTALL)

Span = tuple[int, int, int]  # start, end, claim id


def claim_spans(body: str, claims: Sequence[ClaimView]) -> list[Span]:
    """The anchored claims' places in ``body``, in order; of overlapping ones the first is kept."""
    spans = sorted((c.start, c.end, c.id) for c in claims if not c.orphaned and 0 <= c.start < c.end <= len(body))
    kept: list[Span] = []
    for span in spans:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def mark_claims(body: str, spans: Sequence[Span]) -> str:
    """The Markdown body with each claim wrapped in ``<mark class="claim" data-claim="ID">``."""
    out: list[str] = []
    position = 0
    for start, end, claim_id in spans:
        out += [body[position:start], f'<mark class="claim" data-claim="{claim_id}">', body[start:end], "</mark>"]
        position = end
    out.append(body[position:])
    return "".join(out)


def claim_sentinels(html: str) -> str:
    """Sanitized HTML with the claim marks replaced by markers (markers already in it are dropped)."""
    html = html.replace(START, "").replace(OPEN_END, "").replace(STOP, "")
    if "&lt;mark class=" in html:
        html = _ESCAPED_MARK_RE.sub(lambda m: f"{START}{m.group(1)}{OPEN_END}{m.group(2)}{STOP}", html)
    return _OPEN_TAG_RE.sub(lambda m: f"{START}{m.group(1)}{OPEN_END}", html).replace("</mark>", STOP)


def mark_plain(body: str, spans: Sequence[Span]) -> str:
    """The body as plain text with each claim between markers (marker characters in the body are replaced)."""
    for marker in MARKERS:
        body = body.replace(marker, "\ufffd")  # same length: the claims' offsets still hold
    out: list[str] = []
    position = 0
    for start, end, claim_id in spans:
        out += [body[position:start], f"{START}{claim_id}{OPEN_END}", body[start:end], STOP]
        position = end
    out.append(body[position:])
    return "".join(out)


def render_marked(body: str, claims: Sequence[ClaimView] = (), *, timeout: float = RENDER_TIMEOUT_S) -> MarkedText:
    """What the reader shows of ``body``: sanitized HTML with the claims marked, or why it is plain text."""
    spans = claim_spans(body, claims)
    plain = mark_plain(body, spans)
    if len(body) > MAX_RENDER_CHARS:
        return MarkedText(None, plain, message("render.too-large", chars=len(body), limit=MAX_RENDER_CHARS))
    result = render_markdown(mark_claims(body, spans), timeout=timeout)
    if result.error is None:
        return MarkedText(claim_sentinels(result.html), plain)
    # The whole body is shown, not the first part the renderer's own fallback keeps.
    error = result.error
    if isinstance(error, Message) and error.code == "render.first-chars":
        return MarkedText(None, plain, error.params["notice"])
    return MarkedText(None, plain, error.removesuffix(f" (the first {MAX_PLAIN_CHARS:,} characters)"))


__all__ = ["claim_sentinels", "claim_spans", "mark_claims", "mark_plain", "render_marked"]
