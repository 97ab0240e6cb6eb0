"""A small library shaped like a large one for search: a word in most articles, some in half, a few rare.

lupus in about nine articles of ten, "stem cell" in seven, remission in one of two,
scleroderma in three, "Sjögren's syndrome" (an accent folded away) every
``sjogren_every`` articles; the rest filler words.
"""

from __future__ import annotations

import random
from datetime import date

from workstation.model import ArticleDraft

FILLER = ["trial", "cohort", "dose", "risk", "outcome", "therapy", "immune", "guideline"]


def search_drafts(count: int, *, seed: int, sjogren_every: int) -> list[ArticleDraft]:
    rng = random.Random(seed)
    drafts = []
    for n in range(count):
        words = [rng.choice(FILLER) for _ in range(12)]
        if rng.random() < 0.9:
            words.insert(rng.randrange(len(words)), "lupus")
        if n % 2:
            words.append("remission")
        if n in (7, 31, 52):
            words.append("scleroderma")
        if n % sjogren_every == 3:
            words.append("Sjögren's syndrome")
        if rng.random() < 0.7:
            words.insert(rng.randrange(len(words)), "stem cell")
        title = f"Article {n}: " + " ".join(rng.choice(FILLER) for _ in range(3))
        drafts.append(
            ArticleDraft(
                title=title,
                body="## Summary\n\n" + " ".join(words) + ".\n",
                last_updated=date(2025, 1 + n % 12, 1 + n % 28),
            )
        )
    return drafts
