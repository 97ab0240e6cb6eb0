"""Benchmark: a 50,000-row Retraction Watch CSV and a 5,000-record RIS file into a fresh database.

Both files are generated in the shape of the real ones (the dataset's 20 columns,
reasons and dates as it writes them; RIS records with 6 authors, a journal, pages,
a DOI and an abstract; one in ten RIS records a duplicate spelled differently, to
exercise the merge). Each import is timed end to end through the facade, and
against a baseline measured in the same run: the plain parse alone (``csv.reader``
over the CSV, ``rispy.loads`` over the RIS text), so the ratio shows what
validation, normalisation, dedupe and storage add.

    .venv/bin/python bench/references_bench.py [--rows 50000] [--records 5000] [--db URL]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import rispy  # noqa: E402

from workstation.facade import Workstation  # noqa: E402
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
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
