"""Benchmark: a 50,000-row Retraction Watch CSV and a 5,000-record RIS file into a fresh database.

Both files are generated in the shape of the real ones (the dataset's 20 columns,
reasons and dates as it writes them; RIS records with 6 authors, a journal, pages,
a DOI and an abstract; one in ten RIS records a duplicate spelled differently, to
exercise the merge). Each import is timed end to end through the facade, and
against a baseline measured in the same run: the plain parse alone (``csv.reader``
over the CSV, ``rispy.loads`` over the RIS text), so the ratio shows what
validation, normalisation, dedupe and storage add.

Then searching as a reviewer types: every prefix of a few words (one keystroke
each), in the reference library (the first page, ``list_references(limit=100)``, which the panel
shows first; then ``count_references``, the figures it shows under the table; and the full list, what
``references list`` prints) and
in the pages of ``--documents`` attached text documents of 20 pages each
(``search_documents``), each beside a plain Python scan of the same text.

    .venv/bin/python bench/references_bench.py [--rows 50000] [--records 5000] [--documents 100] [--db URL]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import rispy  # noqa: E402

from workstation.facade import Workstation  # noqa: E402
from workstation.model import ArticleDraft, ReferenceData  # noqa: E402
from workstation.references.retractions import COLUMNS  # noqa: E402

TARGET_S = 5.0
NATURES = ("Retraction",) * 8 + ("Expression of concern", "Correction")
REASONS = ("+Falsification/Fabrication of Data;+Investigation by Journal/Publisher;",
           "+Duplication of Image;+Concerns/Issues About Data;", "+Error in Analyses;+Paper Mill;")
WORDS = ["randomized", "trial", "cohort", "intensive", "blood", "pressure", "vaccine", "safety", "efficacy",
         "registry", "analysis", "outcomes", "mortality", "adults", "children", "obesity", "semaglutide", "statin",
         "therapy", "risk", "prevention", "screening"]


def retraction_csv(rows: int, rng: random.Random) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for i in range(rows):
        title = " ".join(rng.choices(WORDS, k=9)).capitalize()
        writer.writerow([
            str(10_000 + i), title, "(HSC) Medicine - Cardiology;", "A University Hospital, A City", "A Journal",
            "A Publisher", "United States", "A Author;B Author;C Author", "", "Research Article;",
            f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(2000, 2025)} 0:00",
            f"10.{1000 + i % 9000}/retraction.{i}", str(30_000_000 + i),
            f"{rng.randint(1, 12)}/{rng.randint(1, 28)}/{rng.randint(1990, 2024)} 0:00",
            f"10.{1000 + i % 9000}/original.{i}" if i % 10 else "unavailable", str(20_000_000 + i) if i % 7 else "0",
            rng.choice(NATURES), rng.choice(REASONS), "No", "",
        ])
    return out.getvalue()


def ris_text(records: int, rng: random.Random) -> str:
    lines = []
    for i in range(records):
        original = i if i % 10 else max(0, i - 5)  # every tenth record repeats an earlier work
        doi = f"10.{1000 + original % 9000}/work.{original}"
        lines += ["TY  - JOUR", f"TI  - {' '.join(rng.choices(WORDS, k=10)).capitalize()} {original}"]
        lines += [f"AU  - {rng.choice(WORDS).capitalize()}, {chr(65 + k)}." for k in range(6)]
        lines += [f"T2  - Journal of {rng.choice(WORDS).capitalize()}", f"PY  - {1990 + original % 35}",
                  f"VL  - {original % 400}", f"IS  - {original % 12}", f"SP  - {original % 900}",
                  f"EP  - {original % 900 + 9}",
                  f"DO  - {'https://doi.org/' + doi.upper() if i % 10 == 0 else doi}",
                  f"AB  - {' '.join(rng.choices(WORDS, k=60))}", "ER  - ", ""]
    return "\n".join(lines)


TYPED = ("semaglutide", "mortality", "remission", "vaccinated")  # each typed a letter at a time
PAGE_WORDS = [*WORDS, "remission", "remissions", "vaccinated", "vaccine", "hypertension", "hypertensive"]
PASSWORD = "bench-admin-passphrase"


def document_pages(rng: random.Random) -> list[str]:
    return [" ".join(rng.choices(PAGE_WORDS, k=300)).capitalize() + "." for _ in range(20)]


def keystrokes(label: str, search: Callable[[str], object], baseline: Callable[[str], object]) -> None:
    """Times every prefix of the TYPED words, through ``search`` and the plain ``baseline``."""
    took, plain = [], []
    for word in TYPED:
        for end in range(1, len(word) + 1):
            for action, into in ((search, took), (baseline, plain)):
                start = time.perf_counter()
                action(word[:end])
                into.append((time.perf_counter() - start) * 1000)
    print(f"  {label:<40} median {statistics.median(took):6.1f} ms, slowest {max(took):6.1f} ms "
          f"over {len(took)} keystrokes; plain Python scan median {statistics.median(plain):6.1f} ms")


def search_typing(ws: Workstation, folder: Path, documents: int, rng: random.Random) -> None:
    records = [(r.title + " " + " ".join(r.authors) + f" {r.container} {r.doi} {r.pmid}").lower()
               for r in ws.references.list_references()]
    print(f"searching as a reviewer types: {len(records):,} library records, "
          f"{documents:,} documents of 20 pages")
    scan = lambda q: [r for r in records if q in r]  # noqa: E731
    keystrokes("library, first page (limit 100)", lambda q: ws.references.list_references(search=q, limit=100), scan)
    keystrokes("library, counts (count_references)", lambda q: ws.references.count_references(search=q), scan)
    keystrokes("library, every match (list_references)", lambda q: ws.references.list_references(search=q), scan)
    if not ws.users.has_users():
        ws.users.add_user(name="admin", role="admin", password=PASSWORD)
    ws.users.sign_in(name="admin", password=PASSWORD)
    report = ws.library.import_drafts(drafts=[ArticleDraft(
        title=f"Article {n}", body="Intensive treatment lowered mortality [1].\n",
        references=(ReferenceData(number=1, type="research", title=f"Trial {n}"),)) for n in range(documents)],
        user="admin")
    pages: list[set[str]] = []
    for item in report.imported:
        text = document_pages(rng)
        pages += [set(re.findall(r"\w+", page.lower())) for page in text]
        path = folder / f"document-{item.id}.txt"
        path.write_text("\f".join(text), encoding="utf-8")
        ws.review.attach_document(article_id=item.id, number=1, path=path, user="admin")
    keystrokes("document pages (search_documents)", lambda q: ws.review.search_documents(query=q),
               lambda q: [p for p in pages if any(w.startswith(q) for w in p)])


def timed(label: str, action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    elapsed = time.perf_counter() - start
    print(f"  {label:<52} {elapsed:7.2f} s")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--records", type=int, default=5_000)
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--db", help="a database URL (default: a fresh SQLite file)")
    args = parser.parse_args()
    rng = random.Random(13)
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "retraction_watch.csv"
        csv_path.write_text(retraction_csv(args.rows, rng), encoding="utf-8")
        ris_path = Path(folder) / "library.ris"
        ris_path.write_text(ris_text(args.records, rng), encoding="utf-8")
        with Workstation.open(args.db or str(Path(folder) / "bench.db")) as ws:
            print(f"retraction list: {args.rows:,} rows ({csv_path.stat().st_size / 1e6:.1f} MB)")
            baseline = timed("baseline: csv.reader over the file", lambda: sum(1 for _ in csv.reader(
                io.StringIO(csv_path.read_text(encoding="utf-8")))))
            report = None

            def import_list() -> None:
                nonlocal report
                report = ws.references.import_retractions(path=csv_path)

            took = timed("workstation retractions import", import_list)
            assert report is not None and report.records > 0
            print(f"  {report.records:,} notices stored; {took / baseline:.1f}x the plain parse; "
                  f"target <= {TARGET_S:.0f} s: {'met' if took <= TARGET_S else 'MISSED'}")
            ok &= took <= TARGET_S

            print(f"RIS library: {args.records:,} records ({ris_path.stat().st_size / 1e6:.1f} MB)")
            baseline = timed("baseline: rispy.loads", lambda: rispy.loads(ris_path.read_text(encoding="utf-8")))
            imported = None

            def import_ris() -> None:
                nonlocal imported
                imported = ws.references.import_references(paths=[ris_path])

            took = timed("workstation references import", import_ris)
            assert imported is not None and not imported.failed, imported.failed if imported else None
            print(f"  {len(imported.records):,} records, {imported.merged:,} merged; "
                  f"{took / baseline:.1f}x rispy alone; target <= {TARGET_S:.0f} s: "
                  f"{'met' if took <= TARGET_S else 'MISSED'}")
            ok &= took <= TARGET_S
            search_typing(ws, Path(folder), args.documents, rng)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
