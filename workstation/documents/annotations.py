"""The review of an article as a W3C Web Annotation collection (JSON-LD), from plain values.

https://www.w3.org/TR/annotation-model/ : claims are ``assessing`` annotations
on the article's text; each verdict is an ``assessing`` annotation whose body is
the verdict and the reviewer's note and whose targets are the claim's text and
the evidence in the reference's document; comments are ``commenting`` and
replies ``replying`` (their target is the comment replied to). Text is selected
by a TextQuoteSelector (exact, with 32 characters of prefix and suffix) and a
TextPositionSelector (character offsets, counting the text the workstation
holds: the revision's Markdown body, a document's extracted text). A PDF's
passage also gets its page: a FragmentSelector (RFC 3778 ``page=N``) refined by
the quote. An anchor that lost its place keeps only its quote.

Identifiers are IRIs that stay the same from one export to the next: ``urn:uuid``
(UUIDv5 of the database's identity and the record's id) for the workstation's own
records, and ``ni:///sha-256;…`` (RFC 6920) for an attached file, named by its hash.
"""

from __future__ import annotations

import base64
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from workstation.documents.locate import page_of
from workstation.structure import ANCHOR_CONTEXT

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
PDF_PAGE = "http://tools.ietf.org/rfc/rfc3778"


@dataclass(frozen=True)
class Person:
    name: str
    display_name: str


@dataclass(frozen=True)
class ClaimNote:
    id: int
    text: str
    start: int | None  # None: lost its place in the text (orphaned)
    end: int | None
    quote: str
    prefix: str
    suffix: str
    created: datetime | None


@dataclass(frozen=True)
class DocumentNote:
    file_name: str
    media_type: str
    sha256: str
    text: str
    pages: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class ReferenceNote:
    number: int
    title: str
    doi: str = ""
    url: str = ""
    document: DocumentNote | None = None


@dataclass(frozen=True)
class VerdictNote:
    claim_id: int
    reference: int
    verdict: str
    note: str
    evidence: str
    evidence_start: int | None
    evidence_end: int | None
    evidence_prefix: str
    evidence_suffix: str
    evidence_orphaned: bool
    reviewer: Person | None
    created: datetime | None
    modified: datetime | None


@dataclass(frozen=True)
class CommentNote:
    id: int
    parent_id: int | None
    claim_id: int | None
    body: str
    author: Person | None
    created: datetime | None
    quote: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    resolved: bool


@dataclass(frozen=True)
class ArticleNotes:
    """What the export reads from the database, in one transaction."""

    database: str  # an identity of the database that stays put (its first audit event's hash)
    article_id: int
    title: str
    revision_id: int
    revision_number: int
    body: str
    claims: Sequence[ClaimNote] = ()
    verdicts: Sequence[VerdictNote] = ()
    references: dict[int, ReferenceNote] = field(default_factory=dict)
    comments: Sequence[CommentNote] = ()


class Iris:
    def __init__(self, database: str, article_id: int) -> None:
        self._root = f"review-workstation:{database}/article/{article_id}"

    def __call__(self, *path: object) -> str:
        return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, "/".join([self._root, *map(str, path)])))


def file_iri(sha256_hex: str) -> str:
    """RFC 6920 named information: the file by its SHA-256."""
    digest = base64.urlsafe_b64encode(bytes.fromhex(sha256_hex)).decode("ascii").rstrip("=")
    return f"ni:///sha-256;{digest}"


def text_selectors(text: str, start: int, end: int, *, page: int | None = None) -> list[dict]:
    exact = text[start:end]
    quote = {"type": "TextQuoteSelector", "exact": exact, "prefix": text[max(0, start - ANCHOR_CONTEXT):start],
             "suffix": text[end:end + ANCHOR_CONTEXT]}
    selectors = [quote, {"type": "TextPositionSelector", "start": start, "end": end}]
    if page is not None:
        selectors.append({"type": "FragmentSelector", "conformsTo": PDF_PAGE, "value": f"page={page}",
                          "refinedBy": dict(quote)})
    return selectors


def quote_selector(exact: str, prefix: str = "", suffix: str = "") -> dict:
    selector = {"type": "TextQuoteSelector", "exact": exact}
    if prefix:
        selector["prefix"] = prefix
    if suffix:
        selector["suffix"] = suffix
    return selector


def _time(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC (SQLite hands back naive times, which are UTC)."""
    if moment is None:
        return None
    moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return moment.isoformat().replace("+00:00", "Z")


def _agent(person: Person | None, iris: Iris) -> dict | None:
    if person is None:
        return None
    return {"id": iris("person", person.name), "type": "Person", "name": person.display_name,
            "nickname": person.name}


def _dated(annotation: dict, *, creator: dict | None, created: datetime | None,
           modified: datetime | None = None) -> dict:
    for key, value in (("creator", creator), ("created", _time(created)), ("modified", _time(modified))):
        if value is not None:
            annotation[key] = value
    return annotation


def annotation_collection(notes: ArticleNotes, *, generated: datetime | None = None) -> dict:
    """The article's review annotations as one AnnotationCollection with its items on one embedded page."""
    iris = Iris(notes.database, notes.article_id)
    article = {"id": iris("revision", notes.revision_id), "type": "Text", "format": "text/markdown",
               "title": f"{notes.title} (revision {notes.revision_number})"}
    claim_iris = {c.id: iris("claim", c.id) for c in notes.claims}
    claims_by_id = {c.id: c for c in notes.claims}
    items: list[dict] = []

    def claim_target(claim: ClaimNote) -> dict:
        if claim.start is None or claim.end is None:
            return {"source": article, "selector": quote_selector(claim.quote, claim.prefix, claim.suffix)}
        return {"source": article, "selector": text_selectors(notes.body, claim.start, claim.end)}

    for claim in notes.claims:
        items.append(_dated({
            "id": claim_iris[claim.id], "type": "Annotation", "motivation": "assessing",
            "body": {"type": "TextualBody", "purpose": "describing", "format": "text/plain", "value": claim.text},
            "target": claim_target(claim),
        }, creator=None, created=claim.created))

    for verdict in notes.verdicts:
        claim = claims_by_id.get(verdict.claim_id)
        reference = notes.references.get(verdict.reference)
        body = [{"type": "TextualBody", "purpose": "assessing", "format": "text/plain", "value": verdict.verdict}]
        if verdict.note:
            body.append({"type": "TextualBody", "purpose": "commenting", "format": "text/plain",
                         "value": verdict.note})
        targets: list[dict | str] = [claim_target(claim)] if claim is not None else []
        if claim is not None:
            targets.append(claim_iris[claim.id])
        evidence = _evidence_target(verdict, reference, iris)
        if evidence is not None:
            targets.append(evidence)
        items.append(_dated({
            "id": iris("verdict", verdict.claim_id, verdict.reference), "type": "Annotation",
            "motivation": "assessing", "body": body, "target": targets,
        }, creator=_agent(verdict.reviewer, iris), created=verdict.created, modified=verdict.modified))

    comment_iris = {c.id: iris("comment", c.id) for c in notes.comments}
    for comment in notes.comments:
        body = {"type": "TextualBody", "format": "text/plain", "value": comment.body}
        if comment.parent_id is not None and comment.parent_id in comment_iris:
            annotation = {"id": comment_iris[comment.id], "type": "Annotation", "motivation": "replying",
                          "body": body, "target": comment_iris[comment.parent_id]}
        else:
            if comment.start is not None and comment.end is not None:
                target: dict | str = {"source": article, "selector": text_selectors(notes.body, comment.start,
                                                                                    comment.end)}
            elif comment.quote:
                target = {"source": article, "selector": quote_selector(comment.quote, comment.prefix,
                                                                        comment.suffix)}
            elif comment.claim_id in claim_iris:
                target = claim_iris[comment.claim_id]  # type: ignore[index]
            else:
                target = article
            annotation = {"id": comment_iris[comment.id], "type": "Annotation", "motivation": "commenting",
                          "body": body, "target": target}
        items.append(_dated(annotation, creator=_agent(comment.author, iris), created=comment.created))

    collection: dict = {
        "@context": CONTEXT, "id": iris("annotations"), "type": "AnnotationCollection",
        "label": f"Review annotations: {notes.title}", "total": len(items),
    }
    if generated is not None:
        collection["generated"] = _time(generated)
    if items:
        collection["first"] = {"id": iris("annotations", "page", 1), "type": "AnnotationPage",
                               "partOf": collection["id"], "startIndex": 0, "items": items}
    return collection


def _evidence_target(verdict: VerdictNote, reference: ReferenceNote | None, iris: Iris) -> dict | None:
    if not verdict.evidence.strip():
        return None
    document = reference.document if reference is not None else None
    if document is None or (verdict.evidence_start is None and not verdict.evidence_orphaned):
        # no document, or one that does not hold the quote: the quote stands for the cited work
        source: dict = {"id": _reference_iri(reference, verdict.reference, iris), "type": "Text"}
        if reference is not None and reference.title:
            source["title"] = reference.title
        return {"source": source, "selector": quote_selector(verdict.evidence)}
    source = {"id": file_iri(document.sha256), "type": "Text", "format": document.media_type,
              "title": document.file_name}
    start, end = verdict.evidence_start, verdict.evidence_end
    if start is None or end is None:  # lost its place when the document was replaced: the quote as it stood
        return {"source": source, "selector": quote_selector(verdict.evidence, verdict.evidence_prefix,
                                                             verdict.evidence_suffix)}
    page = page_of(document.pages, start) if document.media_type == "application/pdf" else None
    return {"source": source, "selector": text_selectors(document.text, start, end, page=page)}


def _reference_iri(reference: ReferenceNote | None, number: int, iris: Iris) -> str:
    if reference is not None and reference.doi:
        return f"https://doi.org/{reference.doi}"
    if reference is not None and reference.url.startswith(("http://", "https://")):
        return reference.url
    return iris("reference", number)
