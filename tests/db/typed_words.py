"""What a word still being typed should find, worked out in plain Python.

Shared by the searches of articles (test_search_typed.py) and of attached documents
(test_document_search_typed.py): the words searched, words that share their stems or
first letters, and the items whose stored words begin with a prefix.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

WORDS = ("remission", "vaccination", "hypertension", "children", "studies")
# Words that share a stem or the first letters with those: each must be told apart.
KIN = ("remiss", "remissions", "vaccine", "vaccinated", "hypertensive", "hyper", "child", "childhood",
       "study", "studied", "studio")
FILLER = ["trial", "cohort", "dose", "risk", "outcome", "therapy", "immune", "guideline"]


def words_of(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def starting_with(stored: Mapping[K, set[str]], prefix: str) -> set[K]:
    """The keys whose words include one beginning with ``prefix``."""
    return {key for key, words in stored.items() if any(w.startswith(prefix) for w in words)}


def prefixes() -> Iterator[str]:
    """Every prefix of every word in WORDS, as typed a letter at a time."""
    for word in WORDS:
        for end in range(1, len(word) + 1):
            yield word[:end]
