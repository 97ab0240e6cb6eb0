"""The small cited article the workflow tests import, each copy under a title of its own."""

from __future__ import annotations

from pathlib import Path

ARTICLE_MD = """---
title: Vitamin D and bone health{tag}
audience: caregiver
last_updated: 2025-03-01
references:
  - {type: research, title: Vitamin D trial, source: NEJM, year: 2019}
  - {type: guideline, title: Bone health guideline, source: NOF, year: 2021}
---
Vitamin D supports calcium absorption in adults [1].

Older adults who took vitamin D had fewer fractures in a 2019 trial [1, 2].
"""


def write_article(folder: Path, tag: str) -> Path:
    """The article as ``folder/article-TAG.md``, titled after ``tag``.

    A title of its own: the same content would be recognised as already stored.
    """
    path = folder / f"article-{tag}.md"
    path.write_text(ARTICLE_MD.replace("{tag}", f" ({tag})"), encoding="utf-8")
    return path
