"""A file of a megabyte or more is parsed in a worker process and stored exactly as one parsed here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.review_helpers import IMPORTER, add_team
from workstation.importers import batch

FRONT = ("---\ntitle: A long article\nreferences:\n"
         "  - {type: research, title: Trial, source: NEJM, year: 2020}\n"
         "  - {type: guideline, title: Guideline, source: NOF, year: 2021}\n---\n")


def long_article(folder: Path, claims: int) -> Path:
    """Cited sentences, ten to a paragraph, then a long paragraph of filler up to a megabyte."""
    sentences = [f"Vitamin D helped bones in study {n} [{1 + n % 2}]." for n in range(claims)]
    body = "\n\n".join(" ".join(sentences[p:p + 10]) for p in range(0, claims, 10))
    filler = "and so on " * ((batch.LARGE_FILE_BYTES - len(body)) // 10 + 100)
    path = folder / "long.md"
    path.write_text(f"{FRONT}{body}\n\n{filler}\n", encoding="utf-8")
    assert batch.is_large(str(path))
    return path


def test_claims_sent_in_parts_come_back_whole_and_in_order(tmp_path: Path) -> None:
    path = long_article(tmp_path, batch.CLAIMS_PER_MESSAGE * 2 + 7)
    here = batch.prepare_file(str(path))
    packed = batch.prepare_packed(str(path))
    assert len(packed[1]) == 3  # two full parts and the rest
    assert batch.unpack(packed) == here


def test_a_large_file_is_parsed_in_another_process_and_stored_whole(ws, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    add_team(ws)
    path = long_article(tmp_path, 300)
    small = tmp_path / "small.md"
    small.write_text(FRONT.replace("A long article", "A short one") + "Vitamin D helped bones [1].\n", encoding="utf-8")
    expected = batch.prepare_file(str(path))
    parsed_here: list[str] = []
    real = batch.prepare_file
    monkeypatch.setattr(batch, "prepare_file", lambda name: parsed_here.append(Path(name).name) or real(name))

    report = ws.library.import_files(paths=[small, path, tmp_path / "missing.md"], user=IMPORTER)

    assert parsed_here == ["small.md", "missing.md"]  # the large one was parsed elsewhere
    assert [a.title for a in report.imported] == ["A short one", "A long article"]
    assert [Path(f.file).name for f in report.failed] == ["missing.md"]
    stored = ws.library.get_article(article_id=report.imported[1].id)
    assert stored.body == expected.draft.body
    assert [c.text for c in stored.claims] == [claim[1] for claim in expected.claims]
    assert len(stored.claims) > 300  # its cited sentences and more
