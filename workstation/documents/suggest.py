"""Which passages of a reference's document bear on a claim: BM25 over its sentences, weighted.

Each sentence of the document is a BM25 "document" (Okapi BM25 with Lucene's
always-positive idf, :class:`Bm25`: a few lines, and unlike rank_bm25's Okapi it
still ranks the sentences of a short abstract, where a word in half of them
would get no weight at all). The claim's words are the query, each weighted by what it is: a number (a dose, a
percentage, a count) counts most, then a drug name and an outcome; a few
synonyms ("lowered" for "reduced", "mortality" for "death") count for less than
the word itself. A sentence's score is then weighted by the part of the paper it
stands in: a result or a conclusion is evidence, while a methods sentence that
repeats the claim's words ("The primary outcome was stroke …") only says what was
measured, and a reference list says nothing. Offline, no model, a few
milliseconds per claim once a document's sentences are known.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from workstation.documents.locate import page_of
from workstation.documents.passages import (
    BACKGROUND,
    CONCLUSIONS,
    METHODS,
    OTHER,
    REFERENCES,
    RESULTS,
    Sentence,
    sentences,
)

ROLE_WEIGHTS = {RESULTS: 1.0, CONCLUSIONS: 0.95, OTHER: 0.7, BACKGROUND: 0.55, METHODS: 0.45, REFERENCES: 0.05}
NUMBER_WEIGHT = 3.0
DRUG_WEIGHT = 2.5
OUTCOME_WEIGHT = 2.0
SYNONYM_WEIGHT = 0.5  # of the word it stands in for
MIN_CHARS = 25  # shorter "sentences" (a heading, a page number) are never suggested
MAX_CHARS = 1_200  # a run of table cells without a full stop is not a passage

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['-][^\W\d_]+)*")
_STOPWORDS = frozenset(["a", "an", "the", "and", "or", "but", "if", "of", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "then", "once", "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very", "can", "will", "just", "should", "now", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having", "do", "does", "did", "doing", "it", "its", "it's", "this", "that", "these", "those", "i", "we", "you", "he", "she", "they", "them", "their", "our", "your", "his", "her", "my", "me", "us", "which", "who", "whom", "what", "as", "also", "may", "might", "could", "would", "shall", "must", "per", "vs", "versus", "than", "within", "without", "people", "patients", "person", "adults", "study", "studies", "trial", "found", "shows", "showed", "show", "according", "research", "researchers", "new"])
_DRUG_SUFFIXES = (
    "mab", "nib", "pril", "sartan", "olol", "statin", "azole", "mycin", "cillin", "floxacin", "vir", "glutide",
    "gliflozin", "gliptin", "tide", "parin", "dipine", "prazole", "oxetine", "azepam", "triptan", "lukast",
    "semide", "thiazide", "profen", "cycline", "dronate", "xaban", "gatran", "grel", "platin", "taxel", "rubicin",
    "lamide", "formin", "zumab", "ximab", "umab", "tinib", "parib", "setron", "terol", "sone", "olone", "caine",
)
_OUTCOMES = frozenset(["mortality", "death", "deaths", "died", "die", "dying", "survival", "stroke", "strokes", "infarction", "myocardial", "attack", "attacks", "failure", "hospitalization", "hospitalisation", "admission", "admissions", "events", "event", "risk", "incidence", "cancer", "cancers", "tumor", "tumour", "fracture", "fractures", "relapse", "remission", "recurrence", "progression", "bleeding", "hemorrhage", "haemorrhage", "adverse", "harms", "harm", "symptoms", "symptom", "pain", "dementia", "cognitive", "weight", "bmi", "hba1c", "glucose", "cholesterol", "ldl", "pressure", "systolic", "diastolic", "hypertension", "diabetes", "depression", "anxiety", "asthma", "exacerbation", "exacerbations", "infection", "infections", "vaccine", "efficacy", "effectiveness", "cardiovascular", "coronary", "kidney", "renal", "liver", "quality", "life", "disability", "fall", "falls", "birth", "preterm"])
_SYNONYMS = {  # a stem of the claim -> words a paper says it with
    "reduc": ("lower", "decrease", "fewer", "decline", "less"),
    "lower": ("reduce", "reduction", "decrease", "fewer"),
    "decreas": ("reduce", "reduction", "lower", "fewer"),
    "cut": ("reduce", "reduction", "lower"),
    "increas": ("higher", "raise", "greater", "elevated", "more"),
    "rais": ("increase", "higher", "elevated"),
    "higher": ("increase", "greater", "elevated"),
    "death": ("mortality", "died", "fatal"),
    "die": ("death", "mortality"),
    "mortality": ("death", "died"),
    "heart": ("cardiac", "cardiovascular", "coronary", "myocardial"),
    "attack": ("infarction",),
    "risk": ("hazard", "odds", "incidence", "rate"),
    "chanc": ("risk", "odds", "probability"),
    "weight": ("bmi", "obesity"),
    "sugar": ("glucose", "glycemic", "glycaemic", "hba1c"),
    "kidney": ("renal",),
    "cancer": ("carcinoma", "tumor", "tumour", "malignancy"),
    "vaccin": ("immunization", "immunisation", "vaccination"),
    "effectiv": ("efficacy", "effectiveness"),
    "saf": ("safety", "adverse"),
    "sid": ("adverse",),
    "children": ("child", "pediatric", "paediatric"),
    "older": ("elderly", "aged"),
    "pregnan": ("pregnancy", "pregnant", "gestation", "maternal"),
    "quit": ("abstinence", "cessation", "abstinent"),
    "stop": ("cessation", "abstinence", "discontinued"),
    "likely": ("odds", "likelihood", "probability"),
    "admit": ("admission", "hospitalization", "hospitalisation"),
    "admitt": ("admission", "hospitalization", "hospitalisation"),
    "fainting": ("syncope",),
    "bleed": ("hemorrhage", "haemorrhage", "bleeding"),
}
NEGATION = "¬"  # the term every negation ("not", "no", "n't", "without" …) stands for
NEGATION_WEIGHT = 1.5
_NEGATIONS = frozenset({"not", "no", "never", "neither", "nor", "without", "none", "n't", "cannot"})
STATISTICS_BONUS = 0.1  # per statistic in a sentence (up to 3), when the claim itself gives a figure
_STATISTIC = re.compile(r"\d\s?%|\b(?:CI|HR|RR|OR|hazard ratio|risk ratio|odds ratio)\b|\b[Pp]\s?[<=>≤]")
# "The primary composite outcome was myocardial infarction, stroke …", "Major hemorrhage was defined as …":
# a paper names an outcome once and reports it later by that name.
_OUTCOME_NAMED = re.compile(
    r"\b(?P<name>(?:(?:primary|secondary|key|main|coprimary|composite|efficacy|safety|exploratory)[\s-]+){1,3}"
    r"(?:outcome|end[\s-]?point)s?)\s+(?:was|were|included|comprised)\s+(?P<meaning>[^.;]+)",
    re.IGNORECASE,
)
_DEFINED = re.compile(r"^(?:the\s+)?(?P<name>[\w][\w\s-]{2,50}?)\s+(?:was|were)\s+defined\s+as\s+(?P<meaning>[^.;]+)",
                      re.IGNORECASE)
_CITATION = re.compile(r"\[\s*\d+(?:\s*[,;\-\u2013]\s*\d+)*\s*\]")
_PERCENT = re.compile(r"(\d{1,2})(?:\.\d+)?\s?(?:%|per ?cent)", re.IGNORECASE)


def stem(word: str) -> str:
    """A light stem: plurals and -ed/-ing/-ion endings, enough to match "reduced" and "reduction"."""
    w = word.lower()
    if w[:1].isdigit():
        return w.replace(",", "")
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ations", ""), ("ation", ""), ("tions", ""), ("tion", ""),
                         ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not (suffix == "s" and w.endswith(("ss", "us", "is"))):
            w = w[: len(w) - len(suffix)] + keep
            break
    return w[:-1] if len(w) > 3 and w.endswith("e") else w


def tokens(text: str) -> list[str]:
    out = []
    for raw in _TOKEN.findall(text):
        low = raw.lower()
        if low in _NEGATIONS or low.endswith("n't"):
            out.append(NEGATION)
        elif low not in _STOPWORDS:
            out.append(stem(raw))
    return out


def term_weights(claim: str) -> dict[str, float]:
    """The claim's terms and how much each counts."""
    weights: dict[str, float] = {}
    claim = _CITATION.sub(" ", claim)  # "[1, 2]" names the reference, not a figure of the claim

    def add(term: str, weight: float) -> None:
        weights[term] = max(weights.get(term, 0.0), weight)

    for raw in _TOKEN.findall(claim):
        low = raw.lower()
        if low in _NEGATIONS or low.endswith("n't"):
            add(NEGATION, NEGATION_WEIGHT)  # "did not lower": the paper's "did not" matters
            continue
        if low in _STOPWORDS:
            continue
        term = stem(raw)
        if raw[:1].isdigit():
            weight = NUMBER_WEIGHT
        elif low.endswith(_DRUG_SUFFIXES) and len(low) > 6:
            weight = DRUG_WEIGHT
        elif low in _OUTCOMES or term in _OUTCOMES:
            weight = OUTCOME_WEIGHT
        else:
            weight = 1.0
        add(term, weight)
        for key, alternatives in _SYNONYMS.items():
            if term.startswith(key):
                for alternative in alternatives:
                    add(stem(alternative), weight * SYNONYM_WEIGHT)
    # "cut the risk by 25%" is how an article says what a paper reports as a ratio of 0.75
    for match in _PERCENT.finditer(claim):
        percent = int(match.group(1))
        if 0 < percent < 100:
            add(f"{(100 - percent) / 100:.2f}", NUMBER_WEIGHT * SYNONYM_WEIGHT)
    return weights


@dataclass(frozen=True)
class Passage:
    start: int
    end: int
    text: str
    score: float
    page: int
    section: str  # the part of the paper it reads as

    def as_json(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "score": self.score,
                "page": self.page, "section": self.section}


class Bm25:
    """Okapi BM25 over tokenised sentences; idf = ln(1 + (N - n + 0.5) / (n + 0.5)), as Lucene has it."""

    K1 = 1.2
    B = 0.75

    def __init__(self, corpus: Sequence[Sequence[str]]) -> None:
        self.counts = [Counter(doc) for doc in corpus]
        self.lengths = [len(doc) for doc in corpus]
        self.average = (sum(self.lengths) / len(corpus)) if corpus else 0.0
        frequency: Counter[str] = Counter()
        for counts in self.counts:
            frequency.update(counts.keys())
        total = len(corpus)
        self.idf = {term: math.log(1 + (total - n + 0.5) / (n + 0.5)) for term, n in frequency.items()}

    def score(self, term: str, index: int) -> float:
        tf = self.counts[index].get(term, 0)
        if not tf:
            return 0.0
        norm = self.K1 * (1 - self.B + self.B * self.lengths[index] / (self.average or 1.0))
        return self.idf[term] * tf * (self.K1 + 1) / (tf + norm)


def _phrase(text: str) -> str:
    return " ".join(re.split(r"[\s-]+", text.lower())).strip()


def definitions(text: str, candidates: Sequence[Sentence]) -> list[tuple[str, list[str], int]]:
    """(name, the terms it stands for, the defining sentence's index) for the outcomes a paper defines."""
    out = []
    for index, sentence in enumerate(candidates):
        piece = text[sentence.start:sentence.end]
        for match in (*_OUTCOME_NAMED.finditer(piece), *[m for m in [_DEFINED.match(piece)] if m]):
            name = _phrase(match.group("name"))
            if len(name) >= 6:
                out.append((name, tokens(match.group("meaning")), index))
    return out


def rank_passages(claim: str, text: str, pages: Sequence[tuple[int, int]] = (), *, limit: int = 5) -> list[Passage]:
    """The ``limit`` sentences of ``text`` that bear most on ``claim``, best first (none when nothing matches)."""
    candidates: list[Sentence] = [s for s in sentences(text) if MIN_CHARS <= s.end - s.start <= MAX_CHARS]
    weights = term_weights(claim)
    if not candidates or not weights:
        return []
    corpus = [tokens(text[s.start:s.end]) or ["\x00"] for s in candidates]
    # A sentence that reports an outcome by the name the paper gave it also speaks of what the name stands for.
    for name, meaning, defining in definitions(text, candidates):
        for index, sentence in enumerate(candidates):
            if index != defining and name in _phrase(text[sentence.start:sentence.end]):
                corpus[index] = corpus[index] + meaning
    bm25 = Bm25(corpus)
    totals = [sum(weight * bm25.score(term, i) for term, weight in weights.items()) for i in range(len(corpus))]
    figures = any(t[:1].isdigit() for t in weights)

    def weighted(total: float, s: Sentence) -> float:
        score = total * ROLE_WEIGHTS.get(s.role, ROLE_WEIGHTS[OTHER])
        if figures:  # a claim that gives a figure is borne out by a sentence that reports one
            score *= 1 + STATISTICS_BONUS * min(3, len(_STATISTIC.findall(text, s.start, s.end)))
        return score

    scored = [(weighted(total, s), s) for total, s in zip(totals, candidates, strict=True) if total > 0]
    scored.sort(key=lambda pair: (-pair[0], pair[1].start))
    return [
        Passage(s.start, s.end, text[s.start:s.end], round(score, 2), page_of(pages, s.start), s.role)
        for score, s in scored[:limit]
    ]
