"""Generated articles for the benchmarks: captured pages of about 1,000 words and 10 references."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

WORDS = ["patients", "treatment", "therapy", "clinical", "study", "trial", "outcomes", "risk", "disease", "immune", "stem", "cell", "transplantation", "inflammation", "evidence", "guideline", "dose", "response", "survival", "mortality", "quality", "life", "symptoms", "diagnosis", "chronic", "acute", "severe", "moderate", "mild", "reduction", "improvement", "analysis", "cohort", "randomized", "controlled", "systematic", "review", "meta", "follow", "years", "months", "data", "results"]
HEADINGS = ["Key Considerations", "Recent Evidence", "Clinical Implications", "Key Findings", "Safety and Risks"]


def sentence(rng: random.Random, refs: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 22))]
    text = " ".join(words).capitalize()
    cites = sorted(rng.sample(range(1, refs + 1), rng.randint(1, 2)))
    return f"{text} {', '.join(map(str, cites))}."


def page(index: int, rng: random.Random, refs: int = 10) -> str:
    parts = [
        f"Article {index}: {' '.join(rng.choice(WORDS) for _ in range(6))}?",
        "",
        "Article Review Status\nSubmitted\nUnder Review\nApproved",
        "",
        "Last updated: May 2, 2025View editorial policy",
        "",
        "From the Guidelines",
        "",
    ]
    words = 0
    while words < 450:
        s = " ".join(sentence(rng, refs) for _ in range(3))
        parts += [s, ""]
        words += len(s.split())
    parts += ["From the Research", ""]
    for heading in rng.sample(HEADINGS, 3):
        parts += [heading, ""]
        for _ in range(6):
            s = sentence(rng, refs)
            parts.append("  \u2022 " + s)
            words += len(s.split())
        parts.append("")
    parts += ["References", ""]
    for n in range(1, refs + 1):
        kind = "Guideline" if n == 1 else "Research"
        parts += [kind, "", f"Reference title {n} on {rng.choice(WORDS)} {rng.choice(WORDS)}.", "",
                  f"Journal of {rng.choice(WORDS).capitalize()}, {rng.randint(1990, 2025)}", ""]
    parts += ["Professional Medical Disclaimer", "", "This information is intended for healthcare professionals.", ""]
    return "\n".join(parts)


def write_pages(folder: Path, count: int, seed: int = 7,
                make: Callable[[int, random.Random], str] | None = None) -> list[Path]:
    """``count`` captured pages in ``folder``, each made by ``make`` (this module's ``page`` unless given)."""
    make = make or page
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        path = folder / f"article_{i:05d}.txt"
        path.write_text(make(i, rng), encoding="utf-8")
        paths.append(path)
    return paths
