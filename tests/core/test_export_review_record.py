"""An export reads the review record (claims, verdicts, findings) only for the formats whose files show it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlmodel import Session

from tests.review_helpers import add_team, approve
from workstation.export.bulk import RENDERERS, REVIEW_FORMATS, render_files
from workstation.export.model import ExportArticle
from workstation.facade.export_data import export_data

try:
    from xss_vectors import export_article, seed_draft
except ImportError:  # tests/core imported as a package
    from .xss_vectors import export_article, seed_draft


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_a_format_shows_the_review_record_exactly_when_it_is_listed(fmt: str) -> None:
    article = export_article(seed_draft("004"))
    assert article.claims and article.findings
    without = replace(article, claims=(), findings=())
    # Listed and not showing it: read for nothing; showing it and not listed: a file without it.
    assert (render_files(article, [fmt]) != render_files(without, [fmt])) == (fmt in REVIEW_FORMATS)


def test_without_the_review_record_the_same_articles_are_read_and_refused(seeded) -> None:  # type: ignore[no-untyped-def]
    add_team(seeded)
    for article_id in (1, 2, 5):  # 3 and 4 stay unapproved
        approve(seeded, article_id)
    ids = [5, 4, 1, 99, 3, 2, 1]
    with Session(seeded.engine) as session:
        full = export_data(session, ids)
    with Session(seeded.engine) as session:
        bare = export_data(session, ids, review=False)
    assert [type(item) for item in bare] == [type(item) for item in full]
    assert [str(item) for item in bare if not isinstance(item, ExportArticle)] == [
        str(item) for item in full if not isinstance(item, ExportArticle)
    ]
    articles = [(a, b) for a, b in zip(full, bare, strict=True) if isinstance(a, ExportArticle)]
    assert len(articles) == 4 and all(a.claims and a.findings for a, _ in articles)
    assert any(verdict for a, _ in articles for claim in a.claims for verdict in claim.verdicts)
    assert all(b == replace(a, claims=(), findings=()) for a, b in articles)
