"""Authors and teams a sentence names as the ones behind the work it cites: "Tuomilehto and
colleagues found …", "Petersen and colleagues' Danish trial", "a review by Foley et al.", "In
2023, a team at Harvard Medical School published a study". An author is compared with an entry
that prints its authors ("Smith JA, Lee K. …", "van Dyk N, Behan FP, …") or the study group
that wrote it ("Diabetes Prevention Program Research Group. …"): one that names neither first
contradicts it. An entry with no authors printed (a title and a journal), or a body's own page
("NHS. Hamstring injuries. 2023."), which may report anyone's finding, says nothing of them; a
citation by author and year ("(Smith et al., 2021)") is the author-year reader's. A team's year
is compared as a study's is."""

from __future__ import annotations

import re

from workstation.importers.works_lists import AUTHOR_ENTRY, work_entry
from workstation.model import ReferenceData
from workstation.references.normalise import fold

# "Tuomilehto", "van Dyk", "McDonald", "Peters-Veluthamaningal"
_SURNAME = r"(?:(?:van|von|de|der|den|da|du|la|le|del|di)\s+)*[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00ff][\w'\u2019-]*"
# "Tuomilehto and colleagues", "Foley et al.", "Smith and co-workers", "Lee and her team"; not
# one cited by author and year ("(Smith et al., 2021)", "Smith et al. (2021)")
_AUTHORS_RE = re.compile(
    rf"(?<![\w('\u2019-])(?P<name>{_SURNAME})\s+(?:and\s+(?:colleagues|co-?workers|co-?authors|(?:his|her|their)\s+team)|et\s+al\b\.?)"
    r"(?:['\u2019]s?)?(?![.\s]*[,(]?\s*(?:19|20)\d\d)"
)
# A body that wrote the study it reports: "Diabetes Prevention Program Research Group", "the
# RECOVERY Collaborative Group", "SPRINT Investigators".
_STUDY_GROUP_RE = re.compile(r"\b(?:Group|Investigators|Collaborat\w*|Consortium|Trialists)\b")
# A finder's year: "In 2023, a team at … published", "Tuomilehto and colleagues found … in 2001".
_TEAM_IN_YEAR_RE = re.compile(
    r"^In\s+(?P<year>(?:19|20)\d\d),\s+(?:a|the)\s+(?:research\s+)?(?:team|group)\s+(?:of\s+[a-z]+\s+)?"
    r"(?:at|from|led\s+by|in)\s+[^.;:]{0,120}?\s(?:published|reported|found|showed|described)\b"
)
_FOUND_IN_YEAR_RE = re.compile(
    r"\b(?:colleagues|co-?workers|et\s+al\.?|team)\s+(?:found|reported|showed|published|described)\b"
    r"[^.;:\[(]{0,60}?\bin\s+(?P<year>(?:19|20)\d\d)\b(?![\w-])"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_CUES = ("colleagues", "co-workers", "coworkers", "co-authors", "coauthors", "et al", "team")


def _cued(text: str) -> bool:
    return any(cue in text for cue in _CUES)


def authors_named(text: str) -> list[str]:
    """The surnames the sentence names as its work's authors, as written."""
    if "et al" not in text and " and " not in text or not _cued(text):
        return []
    return list(dict.fromkeys(match.group("name") for match in _AUTHORS_RE.finditer(text)))


def finders_years(text: str) -> list[int]:
    """The years the sentence gives for what its named authors or team did."""
    if not (_cued(text) or (text.startswith("In ") and "group" in text)):
        return []
    years = [int(m.group("year")) for pattern in (_TEAM_IN_YEAR_RE, _FOUND_IN_YEAR_RE) for m in pattern.finditer(text)]
    return list(dict.fromkeys(years))


def _as_printed(ref: ReferenceData) -> str:
    """The entry as a list of works prints it, its source and year after its title."""
    return f"{ref.title.strip().rstrip('.')}. {ref.source.strip() or '-'}. {ref.year}."


def reference_bears_author(ref: ReferenceData, surname: str) -> bool | None:
    """True/False when the entry prints its authors (or the study group that wrote it) and
    they name the surname or not; None when it prints none, or opens with a body's name."""
    title = ref.title.strip()
    if not work_entry(title):
        # its year kept apart ("Okafor N, Lind P. Title" of 2019): read as the list prints it
        title = _as_printed(ref) if ref.year is not None else ""
        if not work_entry(title):
            return None
    authors = title.split(". ", 1)[0]
    if AUTHOR_ENTRY.match(title) is None and _STUDY_GROUP_RE.search(authors) is None:
        return None  # a body's own page ("NHS. Hamstring injuries. 2023.")
    words = _WORD_RE.findall(fold(authors))
    wanted = _WORD_RE.findall(fold(surname))
    return bool(wanted) and all(word in words for word in wanted)
