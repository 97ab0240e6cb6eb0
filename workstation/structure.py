"""The structure of a Markdown article body: sections, blocks, sentences, claims.

Both importers store the body as Markdown, so this one reader serves every
later feature (claim review, checks, anchoring, export). It is a line scanner,
not a Markdown renderer: it must be fast (thousands of articles a second) and
total (no input makes it raise).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from workstation.citations import CITATION_RE, parse_citation_list

ANCHOR_CONTEXT = 32

_HEADING_RE = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")
_BULLET_RE = re.compile(r"^[ \t]{0,12}(?:[-*+\u2022]|\d{1,9}[.)])[ \t]+")
_FENCE_RE = re.compile(r"^[ \t]{0,3}(```|~~~)")
_QUOTE_RE = re.compile(r"^[ \t]{0,3}>[ \t]?")
_HTML_START_RE = re.compile(r"\s*<[A-Za-z/!?]")  # "<5% of patients" is text, not markup
_TABLE_RULE_RE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}")

# A sentence ends at . ! or ? (optionally closed by quotes or brackets) followed
# by white space and something that can start a sentence.
# (a citation mark printed straight after the full stop, "… in adults.[2] The …", or with a
# caret, "… in adults.^2 The …", or a Markdown footnote's, "… in adults.[^2] The …", is the
# sentence's own: it ends there too)
_SENTENCE_END_RE = re.compile(
    r"[.!?](?:\[\d{1,3}(?:[,\u2013-] ?\d{1,3})*\]|\^\d{1,3}(?:,\d{1,3})*|(?:\[\^\d{1,3}\])+)?"
    r"[\"'\u201d\u2019)\]]*[ \t\n]+(?=[\"'\u201c\u2018(\[*_]*\^?[A-Z0-9])"
)
_ABBREVIATIONS = {
    "dr", "mr", "mrs", "ms", "st", "vs", "e.g", "i.e", "al", "fig", "no", "approx",
    "u.s", "u.k", "inc", "jr", "sr", "prof", "etc", "ca", "cf", "vol", "pp", "ed",
    "dept", "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mg", "resp", "ref", "refs",
}
# A citation mark after a sentence's full stop, before the next sentence or the paragraph's end.
# ("… for all women. [2]", or a Markdown footnote's: "… for all women. [^2]")
_MARK_AFTER_END_RE = re.compile(r"(\[\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\]|(?:\[\^\d{1,3}\])+)(?:[ \t\n]+|$)")
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z.]*)$")

_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|`)")
_LINK_RE = re.compile(r"\[([^\[\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")
_SPACES_RE = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+([.,;:!?])")

_CALL_TO_ACTION_RE = re.compile(
    r"^(?:please\s+)?(?:talk|learn|share|ask|sign|become|get|subscribe|join|read|see|visit|"
    r"call|click|contact|consult|speak|discuss|download|follow|find out|tell|check out|"
    r"start|connect|register|order|buy|try|discover|explore)\b",
    re.IGNORECASE,
)
_CALL_TO_ACTION_ANYWHERE_RE = re.compile(
    r"\b(?:talk (?:with|to) your|ask your (?:doctor|neurologist|physician|pharmacist)|"
    r"speak (?:with|to) your|consult (?:with )?your)\b",
    re.IGNORECASE,
)
_BYLINE_RE = re.compile(r"^(?:this (?:post|article|page) (?:was )?(?:written|reviewed|edited) by)", re.I)


@dataclass(frozen=True)
class Section:
    position: int
    heading: str | None
    level: int
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Block:
    """A paragraph, bullet, heading, code or HTML block, with its span in the body."""

    kind: str  # "heading" | "paragraph" | "bullet" | "code" | "html" | "table"
    start: int
    end: int
    text: str
    section: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    quote: str  # the exact body text
    text: str  # display text: citation markers and emphasis removed
    citations: tuple[int, ...]
    section: int
    block: int
    is_claim: bool
    is_lead_in: bool


@dataclass(frozen=True)
class ExtractedClaim:
    text: str
    quote: str
    start: int
    end: int
    prefix: str
    suffix: str
    citations: tuple[int, ...]
    section: int


@dataclass(frozen=True)
class BodyStructure:
    sections: tuple[Section, ...]
    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...]


_body_cache: dict[str, BodyStructure] = {}
CACHED_BODY_CHARS = 200_000


def section_kind(heading: str, parent_kind: str | None) -> str:
    lowered = heading.lower()
    if "disclaimer" in lowered:
        return "disclaimer"
    if lowered.strip() in {"references", "reference list", "sources", "bibliography"}:
        return "references"
    if "guideline" in lowered:
        return "guidelines"
    if "research" in lowered:
        return "research"
    return parent_kind or "body"


def _the_mark(match: re.Match[str]) -> str:
    """The punctuation mark alone, as the template r"\\1" gives it (which Python expands, for
    each match, in Python code: most sentences have one, after their citation is taken out)."""
    return match.group(1)


def display_text(quote: str, *, keep_marks: bool = False) -> str:
    """The claim as a reviewer reads it: no citation markers, emphasis or link targets.

    With ``keep_marks`` the citation markers stay, as printed: a finding about a marker
    shows the sentence with it ("… run in families [6].").
    """
    text = quote
    if "[" in text:
        if not keep_marks:
            text = CITATION_RE.sub("", text)
        if "](" in text:  # a link's text and its target's bracket
            text = _LINK_RE.sub(r"\1", text)
    if "*" in text or "_" in text or "`" in text:
        text = _EMPHASIS_RE.sub("", text)
    if "  " in text or "\n" in text or "\t" in text or text != text.strip():
        text = _SPACES_RE.sub(" ", text).strip()
    if text is not quote:
        # "update ." left by a removed marker before the full stop
        text = _SPACE_BEFORE_PUNCT_RE.sub(_the_mark, text)
    return text


def citations_in(quote: str) -> tuple[int, ...]:
    if "[" not in quote:
        return ()
    numbers: list[int] = []
    for match in CITATION_RE.finditer(quote):
        for n in parse_citation_list(match.group(1)):
            if n not in numbers:
                numbers.append(n)
    return tuple(numbers)


def is_claim_text(text: str, *, has_citation: bool) -> bool:
    """Does this sentence or bullet state something a reviewer must check?"""
    stripped = text.strip()
    if not stripped:
        return False
    if stripped.endswith("?") or stripped.endswith(":"):
        return False
    # At most five pieces: a sentence of megabytes is not split whole in one call.
    if len(stripped.split(None, 4)) < 4 and not has_citation:
        return False
    if _CALL_TO_ACTION_RE.match(stripped) or (
        "your" in stripped.lower() and _CALL_TO_ACTION_ANYWHERE_RE.search(stripped)
    ):
        return False
    if _BYLINE_RE.match(stripped):
        return False
    return any(ch.isalpha() for ch in stripped)


# Words that open a sentence and never a name: after "vitamin D." one of them starts anew.
_SENTENCE_OPENERS = frozenset(
    {
        "The", "This", "That", "These", "Those", "It", "Its", "In", "On", "At", "For", "From",
        "If", "When", "While", "But", "And", "So", "Our", "Your", "We", "You", "They", "A", "An",
        "Most", "Many", "Some", "Each", "Every", "Here", "There", "What", "How", "Why",
    }
)
_WORD_AFTER_RE = re.compile(r"[\"'\u201c\u2018(]*([A-Za-z]+)\b")


def _labelled_letter(text: str, at: int, raw: str, following: int) -> bool:
    """Is a single capital the letter of a lower-case word ("vitamin D", "hepatitis B"),
    not an initial, and does a sentence's opening word follow ("… much vitamin D. In this
    month's letter …")? An initial stands before a name ("said J. Smith")."""
    if len(raw) != 1 or not raw.isupper():
        return False
    before = re.search(r"([A-Za-z]+)\s+$", text[max(0, at - 30) : at])
    after = _WORD_AFTER_RE.match(text, following)
    return (
        before is not None
        and before.group(1).islower()
        and after is not None
        and after.group(1) in _SENTENCE_OPENERS
    )


def _split_sentences(text: str, offset: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) inside one paragraph's text."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        end_of_punct = match.start() + 1
        before = text[max(start, match.start() - 24):match.start()]
        word = _WORD_BEFORE_RE.search(before)
        if text[match.start()] == "." and word:
            raw = word.group(1).rstrip(".")
            token = raw.lower()
            # initials ("J. Smith") and known abbreviations do not end a sentence;
            # an acronym does ("… for MS. Dr. Smith …").
            acronym = len(raw) > 1 and raw.isupper() and "." not in raw
            # (a letter after digits ends a word, not an initial: "for the over-60s.", "the 1990s.")
            at = max(start, match.start() - 24) + word.start(1)
            after_digits = at > 0 and text[at - 1].isdigit()
            initial = token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha() and not after_digits)
            if (
                not acronym
                and initial
                and not _labelled_letter(
                    text, word.start(1) + max(start, match.start() - 24), raw, match.end()
                )
            ):
                continue
        closing = match.group(0).rstrip(" \t\n")
        end = match.start() + len(closing) if closing else end_of_punct
        following = match.end()
        mark = _MARK_AFTER_END_RE.match(text, following) if text[following] == "[" else None
        if mark is not None:
            # "… for all women. [2]": the mark printed after the full stop is this sentence's
            end = mark.end(1)
            following = mark.end()
        spans.append((offset + start, offset + end))
        start = following
    if text[start:].strip():
        tail = text[start:].rstrip()
        spans.append((offset + start, offset + start + len(tail)))
    return spans


def _scan_blocks(body: str) -> tuple[list[Section], list[Block]]:
    sections: list[Section] = []
    blocks: list[Block] = []
    current_top_kind: str | None = None
    section_start = 0
    section_heading: str | None = None
    section_level = 0
    section_kind_now = "body"

    def close_section(end: int) -> None:
        if section_heading is None and not any(b.section == len(sections) for b in blocks):
            return
        sections.append(
            Section(len(sections), section_heading, section_level, section_kind_now, section_start, end)
        )

    para_start = -1
    para_end = -1
    in_fence = False
    fence_start = 0
    pos = 0
    length = len(body)

    def flush_paragraph() -> None:
        nonlocal para_start
        if para_start >= 0:
            text = body[para_start:para_end]
            kind = "html" if _HTML_START_RE.match(text) else "paragraph"
            if _TABLE_RULE_RE.match(text.split("\n", 2)[1] if text.count("\n") >= 1 else ""):
                kind = "table"
            blocks.append(Block(kind, para_start, para_end, text, len(sections)))
            para_start = -1

    while pos < length:
        newline = body.find("\n", pos)
        line_end = length if newline < 0 else newline
        line = body[pos:line_end]
        next_pos = line_end + 1
        if in_fence:
            if _FENCE_RE.match(line):
                in_fence = False
                blocks.append(Block("code", fence_start, line_end, body[fence_start:line_end], len(sections)))
            pos = next_pos
            continue
        if _FENCE_RE.match(line):
            flush_paragraph()
            in_fence = True
            fence_start = pos
            pos = next_pos
            continue
        stripped = line.strip()
        if not stripped:
            flush_paragraph()
            pos = next_pos
            continue
        # a heading opens with "#", a bullet never with a letter: most lines are plain text
        heading = _HEADING_RE.match(line) if line[0] == "#" else None
        if heading:
            flush_paragraph()
            close_section(pos)
            level = len(heading.group(1))
            title = heading.group(2).strip()
            if level <= 2:
                current_top_kind = section_kind(title, None)
                kind = current_top_kind
            else:
                kind = section_kind(title, current_top_kind)
            section_start, section_heading, section_level, section_kind_now = pos, title, level, kind
            blocks.append(Block("heading", pos, line_end, title, len(sections)))
            pos = next_pos
            continue
        bullet = _BULLET_RE.match(line) if not line[0].isalpha() else None
        if bullet:
            flush_paragraph()
            start = pos + bullet.end()
            end = pos + len(line.rstrip())
            blocks.append(Block("bullet", start, end, body[start:end], len(sections)))
            pos = next_pos
            continue
        quote = _QUOTE_RE.match(line)
        content_start = pos + (quote.end() if quote else len(line) - len(line.lstrip()))
        if para_start < 0:
            para_start = content_start
        para_end = pos + len(line.rstrip())
        pos = next_pos
    if in_fence:
        blocks.append(Block("code", fence_start, length, body[fence_start:], len(sections)))
    flush_paragraph()
    close_section(length)
    return sections, blocks


def analyze(body: str) -> BodyStructure:
    """Read a Markdown body into sections, blocks and sentences (claims among them)."""
    cached = _body_cache.get(body)
    if cached is not None:
        return cached
    sections, blocks = _scan_blocks(body)
    kinds = {s.position: s.kind for s in sections}
    sentences: list[Sentence] = []
    for index, block in enumerate(blocks):
        if block.kind in ("heading", "code", "table"):
            continue
        kind = kinds.get(block.section, "body")
        if block.kind == "bullet":
            spans = [(block.start, block.end)]
        else:
            spans = _split_sentences(block.text, block.start)
        for start, end in spans:
            quote = body[start:end]
            if not quote.strip():
                continue
            cites = citations_in(quote)
            text = display_text(quote)
            lead_in = text.endswith(":")
            claim = (
                kind not in ("disclaimer", "references")
                and block.kind != "html"
                and is_claim_text(text, has_citation=bool(cites))
            )
            sentences.append(Sentence(start, end, quote, text, cites, block.section, index, claim, lead_in))
    structure = BodyStructure(tuple(sections), tuple(blocks), tuple(sentences))
    if len(body) <= CACHED_BODY_CHARS:  # a large body's sentences would stay alive for no one
        if len(_body_cache) > 256:
            _body_cache.clear()
        _body_cache[body] = structure
    return structure


def extract_claims(body: str) -> list[ExtractedClaim]:
    """Every sentence or bullet of the body that states something, with its anchor context."""
    structure = analyze(body)
    claims = []
    for s in structure.sentences:
        if not s.is_claim:
            continue
        claims.append(
            ExtractedClaim(
                text=s.text,
                quote=s.quote,
                start=s.start,
                end=s.end,
                prefix=body[max(0, s.start - ANCHOR_CONTEXT):s.start],
                suffix=body[s.end:s.end + ANCHOR_CONTEXT],
                citations=s.citations,
                section=s.section,
            )
        )
    return claims
