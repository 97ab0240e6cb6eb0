"""Facade operations on claims: verdicts, citations, and adding, splitting, merging claims."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlmodel import Session, col

from db.tables import Article, Citation, Claim, Verdict
from workstation.audit import EventData
from workstation.changes import OpChanges
from workstation.errors import NotFound, ValidationError
from workstation.facade.review_base import ReviewBase
from workstation.messages import message
from workstation.reference_documents import verdict_evidence_anchor
from workstation.review import (
    REVIEW_ROLES,
    cited_numbers,
    claim_snapshots,
    claim_unchanged,
    current_revision,
    delete_claims,
    get_article,
    get_claim,
    refresh_counters,
    renumber_claims,
    restore_claims,
    restore_verdict,
    section_at,
    validate_verdict,
    verdict_row,
    verdict_snapshot,
    verdict_unchanged,
)
from workstation.store import text_hash
from workstation.structure import ANCHOR_CONTEXT, citations_in, display_text
from workstation.undo import Step, UndoEntry, compare_and_swap


class ClaimOps(ReviewBase):
    def set_verdict(
        self, *, claim_id: int, reference: int, verdict: str, user: str, evidence: str = "", note: str = "",
        reopen: str = "", evidence_span: tuple[int, int] | None = None,
    ) -> OpChanges:
        """Record a reviewer's verdict on one claim–reference pair (replacing an earlier one).

        When the reference has a document, the evidence is anchored in it: at ``evidence_span`` (a passage
        selected in the document, which must hold exactly the evidence), else where the document contains
        the quote. On an Approved article this is refused, unless ``reopen`` gives the reason to reopen it first.
        """
        value = validate_verdict(verdict)
        with self._write() as session:
            acting = self._reviewer(session, user, "record verdicts")
            claim = get_claim(session, claim_id)
            article_id = claim.article_id
            reopened = self._unfreeze(session, article_id, acting, reopen, "verdicts")
            if reference not in cited_numbers(session, claim_id):
                raise ValidationError(
                    f"claim {claim_id} does not cite reference {reference}: link it first"
                )
            before = verdict_snapshot(verdict_row(session, claim_id, reference))
            after = {
                "verdict": value, "evidence": evidence.strip(), "note": note.strip(), "user_id": acting.id,
                "claim_text_hash": claim.text_hash, "needs_recheck": False,
                **verdict_evidence_anchor(session, article_id, reference, evidence, evidence_span, before),
            }
            changes = self._apply_verdict(session, acting.name, claim_id, reference, after, "")
        step_undo = self._verdict_step(claim_id, reference, before)
        step_redo = self._verdict_step(claim_id, reference, after)
        return self._record(self._reopened(changes, reopened), UndoEntry(
            "Set verdict", step_undo, step_redo, "verdict", claim_id, article_id, REVIEW_ROLES,
            verdict_unchanged(claim_id, reference, before, after),
        ))

    def clear_verdict(self, *, claim_id: int, reference: int, user: str, reopen: str = "") -> OpChanges:
        """Remove the verdict on one claim–reference pair (an Approved article: see ``set_verdict``)."""
        with self._write() as session:
            acting = self._reviewer(session, user, "clear verdicts")
            claim = get_claim(session, claim_id)
            reopened = self._unfreeze(session, claim.article_id, acting, reopen, "verdicts")
            before = verdict_snapshot(verdict_row(session, claim_id, reference))
            if before is None:
                raise NotFound(message("claim.no-verdict", claim=claim_id, reference=reference))
            changes = self._apply_verdict(session, acting.name, claim_id, reference, None, "")
        return self._record(self._reopened(changes, reopened), UndoEntry(
            "Clear verdict", self._verdict_step(claim_id, reference, before),
            self._verdict_step(claim_id, reference, None), "verdict", claim_id, claim.article_id, REVIEW_ROLES,
            verdict_unchanged(claim_id, reference, before, None),
        ))

    def _apply_verdict(
        self, session: Session, actor: str, claim_id: int, reference: int, snap: dict | None, reason: str
    ) -> OpChanges:
        claim = get_claim(session, claim_id)
        old = verdict_snapshot(verdict_row(session, claim_id, reference))
        restore_verdict(session, claim_id, reference, snap)
        article = get_article(session, claim.article_id)
        refresh_counters(session, article)
        ids = self._audit(session, EventData(
            actor=actor, action="verdict.set" if snap else "verdict.clear", entity="claim", entity_id=claim_id,
            article_id=claim.article_id, field=f"reference {reference}",
            old_value=old["verdict"] if old else "", new_value=snap["verdict"] if snap else "",
            reason=reason or (snap["note"] if snap else ""),
        ))
        return OpChanges(articles=frozenset({claim.article_id}), claims=frozenset({claim_id}), event_ids=ids)

    def _verdict_step(self, claim_id: int, reference: int, snap: dict | None) -> Step:
        return lambda session, actor: self._apply_verdict(session, actor, claim_id, reference, snap, "undo/redo")

    # ------------------------------------------------------------------ citations
    def link_reference(self, *, claim_id: int, reference: int, user: str, reopen: str = "") -> OpChanges:
        """A reviewer links a claim to a reference it does not cite in its text (Approved: see ``set_verdict``)."""
        with self._write() as session:
            acting = self._reviewer(session, user, "link references")
            claim = get_claim(session, claim_id)
            reopened = self._unfreeze(session, claim.article_id, acting, reopen, "citations")
            if reference < 1:
                raise ValidationError(message("claim.reference-positive"))
            if reference in cited_numbers(session, claim_id):
                raise ValidationError(message("invalid.already-cites", claim=claim_id, reference=reference))
            changes = self._apply_link(session, acting.name, claim_id, reference, True)
        return self._record(self._reopened(changes, reopened), UndoEntry(
            "Link reference", self._link_step(claim_id, reference, False), self._link_step(claim_id, reference, True),
            "claim", claim_id, claim.article_id, REVIEW_ROLES,
            compare_and_swap(lambda session: reference in cited_numbers(session, claim_id), False, True),
        ))

    def _apply_link(self, session: Session, actor: str, claim_id: int, reference: int, linked: bool) -> OpChanges:
        claim = get_claim(session, claim_id)
        row = session.execute(
            select(Citation).where(Citation.claim_id == claim_id, Citation.number == reference)
        ).scalar_one_or_none()
        if linked and row is None:
            session.add(Citation(claim_id=claim_id, number=reference, origin="reviewer"))
        elif not linked and row is not None:
            if row.origin != "reviewer":
                raise ValidationError(message("invalid.cited-in-text", reference=reference))
            session.delete(row)
        session.flush()
        refresh_counters(session, get_article(session, claim.article_id))
        ids = self._audit(session, EventData(
            actor=actor, action="citation.link" if linked else "citation.unlink", entity="claim",
            entity_id=claim_id, article_id=claim.article_id, field="citation",
            old_value="" if linked else str(reference), new_value=str(reference) if linked else "",
        ))
        return OpChanges(articles=frozenset({claim.article_id}), claims=frozenset({claim_id}), event_ids=ids)

    def _link_step(self, claim_id: int, reference: int, linked: bool) -> Step:
        return lambda session, actor: self._apply_link(session, actor, claim_id, reference, linked)

    def mark_needs_citation(self, *, claim_id: int, user: str, needed: bool = True, reopen: str = "") -> OpChanges:
        """Flag (or unflag) a claim that should cite a source and does not (Approved: see ``set_verdict``)."""
        with self._write() as session:
            acting = self._reviewer(session, user, "flag claims")
            claim = get_claim(session, claim_id)
            reopened = self._unfreeze(session, claim.article_id, acting, reopen, "claims")
            before = claim.needs_citation
            changes = self._apply_needs(session, acting.name, claim_id, needed)
        return self._record(self._reopened(changes, reopened), UndoEntry(
            "Mark needs citation" if needed else "Clear needs citation",
            self._needs_step(claim_id, before), self._needs_step(claim_id, needed),
            "claim", claim_id, claim.article_id, REVIEW_ROLES,
            compare_and_swap(lambda session: get_claim(session, claim_id).needs_citation, before, needed),
        ))

    def _apply_needs(self, session: Session, actor: str, claim_id: int, needed: bool) -> OpChanges:
        claim = get_claim(session, claim_id)
        old = claim.needs_citation
        claim.needs_citation = needed
        session.add(claim)
        session.flush()
        ids = self._audit(session, EventData(
            actor=actor, action="claim.needs_citation", entity="claim", entity_id=claim_id,
            article_id=claim.article_id, field="needs_citation", old_value=str(old).lower(),
            new_value=str(needed).lower(),
        ))
        return OpChanges(articles=frozenset({claim.article_id}), claims=frozenset({claim_id}), event_ids=ids)

    def _needs_step(self, claim_id: int, needed: bool) -> Step:
        return lambda session, actor: self._apply_needs(session, actor, claim_id, needed)

    # ------------------------------------------------------------------ claims
    def add_claim(self, *, article_id: int, start: int, end: int, user: str, reopen: str = "") -> OpChanges:
        """A reviewer marks a span of the current body as a claim (Approved: see ``set_verdict``)."""
        with self._write() as session:
            acting = self._reviewer(session, user, "add claims")
            reopened = self._unfreeze(session, article_id, acting, reopen, "claims")
            article = get_article(session, article_id)
            revision = current_revision(session, article)
            body = revision.body
            if not 0 <= start < end <= len(body):
                raise ValidationError(message("claim.selection-outside", start=start, end=end, length=len(body)))
            while start < end and body[start].isspace():
                start += 1
            while end > start and body[end - 1].isspace():
                end -= 1
            if start == end:
                raise ValidationError(message("invalid.empty-selection"))
            duplicate = session.execute(select(Claim.id).where(
                Claim.article_id == article_id, Claim.revision_id == revision.id,
                col(Claim.orphaned).is_(False), Claim.start == start, Claim.end == end,
            )).first()
            if duplicate:
                raise ValidationError(message("invalid.already-covered", claim=duplicate[0]))
            claim_id = self._insert_claim(session, article_id, revision.id, body, start, end, "manual")  # type: ignore[arg-type]
            renumber_claims(session, article_id)
            after = claim_snapshots(session, [claim_id])
            changes = self._finish_claims(session, acting.name, article, "claim.add", [], [claim_id])
        return self._record(self._reopened(changes, reopened), self._structural_entry("Add claim", article_id, [], after))

    def split_claim(self, *, claim_id: int, at: int, user: str, reopen: str = "") -> OpChanges:
        """Split a claim in two at a body offset inside it; verdicts follow the part citing their reference."""
        with self._write() as session:
            acting = self._reviewer(session, user, "split claims")
            claim = get_claim(session, claim_id)
            reopened = self._unfreeze(session, claim.article_id, acting, reopen, "claims")
            article = get_article(session, claim.article_id)
            revision = current_revision(session, article)
            if claim.orphaned or claim.revision_id != revision.id:
                raise ValidationError(message("claim.not-anchored", claim=claim_id))
            body = revision.body
            left_end, right_start = at, at
            while left_end > claim.start and body[left_end - 1].isspace():
                left_end -= 1
            while right_start < claim.end and body[right_start].isspace():
                right_start += 1
            if not (claim.start < left_end and right_start < claim.end):
                raise ValidationError(message("claim.offset-outside", at=at, claim=claim_id, start=claim.start, end=claim.end))
            before = claim_snapshots(session, [claim_id])
            verdicts = before[0]["verdicts"]
            reviewer_links = [n for n, o in before[0]["citations"] if o == "reviewer"]
            article_id, old_end, origin = claim.article_id, claim.end, claim.origin
            _strip_claim(session, claim_id)
            left = claim_id
            self._set_span(session, left, body, claim.start, left_end)
            right = self._insert_claim(session, article_id, revision.id, body, right_start, old_end, origin)  # type: ignore[arg-type]
            for part in (left, right):
                numbers = set(cited_numbers(session, part))
                if part == left:
                    for n in reviewer_links:
                        if n not in numbers:
                            session.add(Citation(claim_id=part, number=n, origin="reviewer"))
                            numbers.add(n)
                session.flush()
                for v in verdicts:
                    if v["reference_number"] in numbers:
                        restore_verdict(session, part, v["reference_number"], {
                            k: v[k] for k in v if k != "reference_number"
                        } | {"needs_recheck": True})
            renumber_claims(session, article_id)
            after = claim_snapshots(session, [left, right])
            changes = self._finish_claims(session, acting.name, article, "claim.split", [claim_id], [left, right])
        return self._record(
            self._reopened(changes, reopened), self._structural_entry("Split claim", article_id, before, after)
        )

    def merge_claims(self, *, claim_ids: list[int], user: str, reopen: str = "") -> OpChanges:
        """Merge adjacent claims of one article into one; consistent verdicts are kept, others dropped."""
        if len(set(claim_ids)) < 2:
            raise ValidationError(message("claim.merge-two"))
        with self._write() as session:
            acting = self._reviewer(session, user, "merge claims")
            claims = sorted((get_claim(session, i) for i in set(claim_ids)), key=lambda c: c.start)
            reopened = self._unfreeze(session, claims[0].article_id, acting, reopen, "claims")
            article = get_article(session, claims[0].article_id)
            revision = current_revision(session, article)
            for c in claims:
                if c.article_id != article.id:
                    raise ValidationError(message("claim.merge-articles"))
                if c.orphaned or c.revision_id != revision.id:
                    raise ValidationError(message("claim.not-anchored", claim=c.id))
            chosen = {c.id for c in claims}
            start, end = claims[0].start, max(c.end for c in claims)
            between = session.execute(select(Claim.id).where(
                Claim.article_id == article.id, Claim.revision_id == revision.id, col(Claim.orphaned).is_(False),
                Claim.start >= start, Claim.end <= end,
            )).scalars().all()
            if set(between) - chosen:
                raise ValidationError(message("claim.merge-adjacent"))
            before = claim_snapshots(session, [c.id for c in claims])  # type: ignore[misc]
            by_reference: dict[int, list[dict]] = {}
            for snap in before:
                for v in snap["verdicts"]:
                    by_reference.setdefault(v["reference_number"], []).append(v)
            links = {n for snap in before for n, o in snap["citations"] if o == "reviewer"}
            merged = claims[0].id
            assert merged is not None
            delete_claims(session, [c.id for c in claims[1:]])  # type: ignore[misc]
            _strip_claim(session, merged)
            self._set_span(session, merged, revision.body, start, end)
            numbers = set(cited_numbers(session, merged))
            for n in sorted(links - numbers):
                session.add(Citation(claim_id=merged, number=n, origin="reviewer"))
                numbers.add(n)
            session.flush()
            events = []
            new_hash = get_claim(session, merged).text_hash
            for reference, found in sorted(by_reference.items()):
                values = {v["verdict"] for v in found}
                if len(values) == 1 and reference in numbers:
                    kept = {k: found[0][k] for k in found[0] if k != "reference_number"}
                    kept |= {"claim_text_hash": new_hash, "needs_recheck": any(v["needs_recheck"] for v in found)}
                    restore_verdict(session, merged, reference, kept)
                else:
                    events.append(EventData(
                        actor=acting.name, action="verdict.drop", entity="claim", entity_id=merged,
                        article_id=article.id, field=f"reference {reference}",
                        old_value=", ".join(sorted(values)), reason="claims merged with conflicting verdicts",
                    ))
            renumber_claims(session, article.id)
            after = claim_snapshots(session, [merged])
            article_id = article.id
            changes = self._finish_claims(
                session, acting.name, article, "claim.merge", sorted(chosen), [merged], extra=events  # type: ignore[arg-type]
            )
        return self._record(
            self._reopened(changes, reopened), self._structural_entry("Merge claims", article_id, before, after)  # type: ignore[arg-type]
        )

    def _insert_claim(
        self, session: Session, article_id: int, revision_id: int, body: str, start: int, end: int, origin: str
    ) -> int:
        claim = Claim(article_id=article_id, revision_id=revision_id, text="", quote="", origin=origin)
        session.add(claim)
        session.flush()
        assert claim.id is not None
        self._set_span(session, claim.id, body, start, end)
        return claim.id

    @staticmethod
    def _set_span(session: Session, claim_id: int, body: str, start: int, end: int) -> None:
        claim = get_claim(session, claim_id)
        quote = body[start:end]
        claim.start, claim.end, claim.quote = start, end, quote
        claim.prefix = body[max(0, start - ANCHOR_CONTEXT):start]
        claim.suffix = body[end:end + ANCHOR_CONTEXT]
        claim.text = display_text(quote) or quote.strip()
        claim.text_hash = text_hash(claim.text)
        claim.section_id = section_at(session, claim.revision_id, start)
        claim.anchor_score, claim.orphaned = 1.0, False
        session.add(claim)
        session.flush()
        existing = set(cited_numbers(session, claim_id))
        for n in citations_in(quote):
            if n not in existing:
                session.add(Citation(claim_id=claim_id, number=n, origin="text"))
        session.flush()

    def _finish_claims(
        self, session: Session, actor: str, article: Article, action: str, removed: list[int], added: list[int],
        extra: Sequence[EventData] = (),
    ) -> OpChanges:
        refresh_counters(session, article)
        ids = self._audit(session, EventData(
            actor=actor, action=action, entity="claim", entity_id=added[0] if added else None,
            article_id=article.id, field="claims", old_value=",".join(map(str, removed)),
            new_value=",".join(map(str, added)),
        ), *extra)
        return OpChanges(
            articles=frozenset({article.id}), content=True,  # type: ignore[arg-type]
            claims=frozenset(removed) | frozenset(added), event_ids=ids,
        )

    def _structural_entry(self, label: str, article_id: int, before: list[dict], after: list[dict]) -> UndoEntry:
        state = {"before": before, "after": after}

        def swap(remove_key: str, restore_key: str) -> Step:
            def step(session: Session, actor: str) -> OpChanges:
                removed = [s["claim"]["id"] for s in state[remove_key]]
                for claim_id in removed:
                    get_claim(session, claim_id)
                delete_claims(session, removed)
                added = restore_claims(session, state[restore_key])
                state[restore_key] = [
                    s | {"claim": s["claim"] | {"id": i}} for s, i in zip(state[restore_key], added, strict=True)
                ]
                renumber_claims(session, article_id)
                article = get_article(session, article_id)
                return self._finish_claims(session, actor, article, "claim.restore", removed, added)
            return step

        def unchanged(session: Session, undoing: bool) -> bool:
            return all(claim_unchanged(session, snap) for snap in state["after" if undoing else "before"])

        return UndoEntry(label, swap("after", "before"), swap("before", "after"), "article", article_id,
                         article_id, REVIEW_ROLES, unchanged)

    # ------------------------------------------------------------------ comments

def _strip_claim(session: Session, claim_id: int) -> None:
    """Drop a claim's citations and verdicts before its span is set anew (the row and its links stay)."""
    session.flush()
    session.execute(delete(Verdict).where(Verdict.claim_id == claim_id))
    session.execute(delete(Citation).where(Citation.claim_id == claim_id))
    session.expire_all()


