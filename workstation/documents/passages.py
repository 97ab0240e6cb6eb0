"""A document's sentences, each with the part of the paper it stands in.

Sentences come from syntok (MIT), a rule-based segmenter that knows
abbreviations, decimals and "et al." and gives character offsets. The part of
the paper (background, methods, results, conclusions, references) is read from
headings on a line of their own ("Results", "2. Methods") and from the labels
of structured abstracts ("RESULTS: …"); where a paper has neither, the wording
of the sentence decides (:func:`role_of`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

BACKGROUND, METHODS, RESULTS, CONCLUSIONS, REFERENCES, OTHER = (
    "background", "methods", "results", "conclusions", "references", "other",
)
_LABELS = {
    BACKGROUND: r"abstract|summary|background|introduction|context|objectives?|aims?|purpose|rationale",
    METHODS: (r"methods?|materials and methods|patients and methods|methodology|study design|design|setting|"
              r"participants|patients|population|interventions?|main outcome measures?|outcome measures|"
              r"measurements|data sources|study selection|data extraction|statistical analysis|procedures"),
    RESULTS: r"results?|findings|main results|outcomes",
    CONCLUSIONS: r"conclusions?|discussion|interpretation|comment|implications|relevance|summary of findings",
    REFERENCES: r"references|bibliography|works cited|literature cited",
    OTHER: r"limitations|funding|acknowledg(?:e)?ments?|disclosures?|conflicts? of interest|trial registration",
}
_LABEL_RE = "|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _LABELS.items())
# "Results", "2.1 Study design" or "Methods of guideline development" alone on a line, or "RESULTS:"
# (or "Results.") opening a sentence of a structured abstract.
_HEADING = re.compile(
    rf"^[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?(?:{_LABEL_RE})(?:[ \t]+(?:of|and|for|in)[ \t]+[^\n.:]{{1,40}})?"
    r"[ \t]*[:.]?[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
_INLINE_LABEL = re.compile(rf"^[ \t]*(?:{_LABEL_RE})[ \t]*(?::|\.(?=[ \t]+[A-Z0-9]))[ \t]*", re.IGNORECASE)

_METHODS_CUES = re.compile(
    r"\b(?:(?:were|was) (?:randomly )?(?:assigned|allocated|randomi[sz]ed|enrolled|recruited|included|eligible|"
    r"excluded|followed(?: up)?|measured|assessed|analy[sz]ed|defined|calculated|recorded|screened|"
    r"stratified|adjusted)|we (?:searched|enrolled|recruited|conducted|performed|designed|randomi[sz]ed|"
    r"assigned|included|used|analy[sz]ed|assessed|measured|compared|examined|evaluated|aimed|sought|"
    r"investigated|studied)|primary (?:outcome|end ?point|efficacy outcome)s? (?:was|were|is)|"
    r"secondary (?:outcome|end ?point)s? (?:was|were|included)|inclusion criteria|exclusion criteria|"
    r"eligible|(?:the )?(?:aim|objective|purpose) (?:of|was)|to (?:assess|determine|evaluate|compare|examine|"
    r"investigate) (?:whether|the)|(?:a|this) (?:multicent(?:er|re) |double-blind |open-label )*"
    r"(?:randomi[sz]ed|prospective|retrospective|cohort|cross-sectional|case-control) (?:trial|study))",
    re.IGNORECASE,
)
_RESULT_CUES = re.compile(
    r"(?:\d(?:[.,]\d+)?\s?%|\b(?:HR|RR|OR|aOR|aHR|IRR|CI|NNT|SMD|MD|RRR|ARR)\b|hazard ratio|relative risk|"
    r"odds ratio|risk ratio|confidence interval|\b[Pp]\s?[<=>≤]|\bvs\.?\s|\bversus\b|"
    r"\b(?:reduced|lowered|decreased|increased|improved|worsened|fewer|lower|higher|occurred|"
    r"(?:was|were) associated|did not (?:differ|reduce|increase|improve|lower)|no significant|"
    r"significantly|died|deaths?)\b)",
    re.IGNORECASE,
)
_CONCLUSION_CUES = re.compile(
    r"\b(?:in conclusion|we conclude|conclud|these (?:findings|results|data)|our (?:findings|results)|"
    r"(?:suggest|indicate|support|show|demonstrate)s? that|should be|is recommended|we recommend)\b",
    re.IGNORECASE,
)

_ENDS_SENTENCE = re.compile(r"[.!?:;)\]\d%]\W*$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    section: str  # the part of the paper by its headings, or "" where it has none
    role: str  # what the sentence reads as: the section when known, else by its wording


def role_of(text: str, section: str = "") -> str:
    """The part of a paper a sentence reads as (its section's, when the paper names one)."""
    if section:
        return section
    if not _ENDS_SENTENCE.search(text):
        return OTHER  # a title, a heading, a table's cells: no sentence
    if _CONCLUSION_CUES.search(text):
        return CONCLUSIONS
    results = len(_RESULT_CUES.findall(text))
    if _METHODS_CUES.search(text) and results < 2:
        return METHODS
    return RESULTS if results else OTHER


def _label_kind(match: re.Match[str]) -> str:
    return next(kind for kind, value in match.groupdict().items() if value)


@lru_cache(maxsize=16)
def sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of a document's text, in order (cached: suggestions ask again for the same text)."""
    import syntok.segmenter as segmenter

    out: list[Sentence] = []
    section = ""
    for paragraph in segmenter.analyze(text):
        for tokens in paragraph:
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            # A heading on its own line, or a structured abstract's label, opens a section.
            while start < end:
                piece = text[start:end]
                match = _HEADING.match(piece) or _INLINE_LABEL.match(piece)
                if not match:
                    break
                section = _label_kind(match)
                start += match.end()
                while start < end and text[start].isspace():
                    start += 1
            if end - start < 2:
                continue
            out.append(Sentence(start, end, section, role_of(text[start:end], section)))
    return tuple(out)
