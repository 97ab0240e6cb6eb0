"""Benchmark: all automated checks on a realistic ~1,000-word article.

Prints the median and 95th percentile per run, in wall-clock time and in CPU time
(the latter is steadier on a busy machine), and ratios against two baselines measured
in the same run: ``structure.analyze`` alone (which the checks call once) and one plain
regular-expression pass over the body. The body changes slightly on every iteration
so that neither the structure cache nor textstat's caches help.

Then the CPU time of each rule per article on generated seed-like pages (the import
benchmark's, ``bench/seed_like_pages.py``), beside ``structure.analyze`` of the same pages.

    .venv/bin/python bench/checks_bench.py [--runs N] [--pages N]
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import seed_like_pages  # noqa: E402

from workstation import structure  # noqa: E402
from workstation.checks import RULES, run_checks  # noqa: E402
from workstation.checks.context import ArticleContext  # noqa: E402
from workstation.importers import read_article  # noqa: E402
from workstation.model import ReferenceData  # noqa: E402

TARGET_MS = 20.0

SECTION = """## {heading}

Autologous haematopoietic stem cell transplantation (AHSCT) is used for people with highly
active relapsing MS who keep having relapses despite treatment [{a}]. The procedure collects
the patient's own stem cells, gives chemotherapy to remove the faulty immune cells, and then
returns the stored cells so that a new immune system can grow [{b}].

A {year} randomized trial published in {journal} found a longer time to disability
progression in the transplant group than with continued disease-modifying therapy [{a}].
Between 2005 and 2016, the trial enrolled 110 patients, and 54-month follow-up showed a
sustained benefit (p < 0.05) [{a}, {b}].

Key points for patients include:

- who may benefit: younger people with active inflammation on MRI [{b}]
- what it involves: several weeks in hospital and months of recovery [{c}]
- the risks: infections, infertility and, rarely, death [{c}]
- the follow-up: regular visits and vaccinations after the transplant [{c}]

Treatment-related mortality has fallen below 1% in experienced centres [{c}]. The
decision should be shared between the patient, the neurologist and the transplant team,
and it should weigh the expected benefit against these risks [{a}-{c}]. Patients are
usually asked to stay near the centre for several weeks after discharge.
"""

JOURNALS = ("JAMA", "Neurology", "Lancet Neurology", "Brain", "Mult Scler")


def build_article() -> tuple[str, list[ReferenceData]]:
    """A ~1,000-word body with five sections, bullets, citations and 10 references."""
    references = [
        ReferenceData(
            n,
            "research" if n % 3 else "guideline",
            f"Autologous HSCT in multiple sclerosis: report {n}",
            JOURNALS[n % len(JOURNALS)],
            2015 + n,
        )
        for n in range(1, 11)
    ]
    parts = []
    for index, heading in enumerate(("Overview", "Evidence", "Selection", "Risks", "Follow-up")):
        a, b, c = 2 * index + 1, 2 * index + 2, min(2 * index + 3, 10)
        ref = references[a - 1]
        parts.append(
            SECTION.format(heading=heading, a=a, b=b, c=c, year=ref.year, journal=ref.source)
        )
    return "\n".join(parts), references


def _summary(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[min(len(times) - 1, int(0.95 * len(times)))]


def measure(label: str, runs: int, call: Callable[[int], object]) -> tuple[float, float]:
    """Run ``call`` ``runs`` times; print wall and CPU figures; return the medians."""
    wall: list[float] = []
    cpu: list[float] = []
    for i in range(runs):
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        call(i)
        cpu.append((time.process_time() - start_cpu) * 1000)
        wall.append((time.perf_counter() - start_wall) * 1000)
    wall_median, wall_p95 = _summary(wall)
    cpu_median, cpu_p95 = _summary(cpu)
    print(
        f"{label:30} wall median {wall_median:7.3f} ms  p95 {wall_p95:7.3f} ms   "
        f"cpu median {cpu_median:7.3f} ms  p95 {cpu_p95:7.3f} ms"
    )
    return wall_median, cpu_median


def rule_by_rule(count: int) -> None:
    """CPU ms per article of each rule on ``count`` seed-like pages (each page read and analysed
    once, outside the timing), and of ``structure.analyze`` on the same bodies."""
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for index in range(count):
            path = Path(tmp) / f"page{index}.txt"
            path.write_text(seed_like_pages.page(index, rng), encoding="utf-8")
            paths.append(path)
        drafts = [read_article(path) for path in paths]
    for draft in drafts[:3]:  # warm: the vocabulary and the hyphenation dictionary load once
        run_checks(title=draft.title, body=draft.body, audience=draft.audience, references=draft.references)
    spent = {code: 0.0 for code, _ in RULES}
    context = analysed = 0.0
    clock = time.process_time
    for draft in drafts:
        structure._body_cache.clear()
        start = clock()
        structure.analyze(draft.body)
        analysed += clock() - start
        start = clock()
        ctx = ArticleContext.build(title=draft.title, body=draft.body, audience=draft.audience,
                                   references=draft.references)
        context += clock() - start  # (the structure is cached by now)
        for code, rule in RULES:
            start = clock()
            for _ in rule(ctx):
                pass
            spent[code] += clock() - start
    per = 1000 / len(drafts)
    print(f"rule by rule, CPU ms per article on {len(drafts)} seed-like pages:")
    for code, took in spent.items():
        print(f"  {code:22s} {took * per:6.3f}")
    print(f"  {'(context)':22s} {context * per:6.3f}")
    print(f"  {'all rules':22s} {(sum(spent.values()) + context) * per:6.3f}   "
          f"baseline structure.analyze {analysed * per:6.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--pages", type=int, default=200, help="seed-like pages timed rule by rule (0: none)")
    args = parser.parse_args()

    body, references = build_article()
    words = len(body.split())
    bodies = [body + f"\nRevision note {i}: wording checked.\n" for i in range(args.runs)]
    word_re = re.compile(r"\b\w+\b")
    print(f"article: {words} words, {len(references)} references, {args.runs} runs")

    # Warm up imports, compiled patterns and dictionaries once.
    run_checks(title="Warm-up", body=body, audience="patient", references=references)

    def checks(i: int) -> object:
        return run_checks(
            title="AHSCT for MS", body=bodies[i], audience="patient", references=references
        )

    def analyze_only(i: int) -> object:
        structure._body_cache.clear()
        return structure.analyze(bodies[i])

    def regex_pass(i: int) -> object:
        return word_re.findall(bodies[i])

    structure._body_cache.clear()
    checks_wall, checks_cpu = measure("all checks (run_checks)", args.runs, checks)
    analyze_wall, analyze_cpu = measure("baseline: structure.analyze", args.runs, analyze_only)
    regex_wall, regex_cpu = measure("baseline: one regex pass", args.runs, regex_pass)
    findings = checks(0)
    print(f"findings per run: {len(findings)}")
    print(
        f"ratio checks / analyze:    wall {checks_wall / analyze_wall:6.1f}x   "
        f"cpu {checks_cpu / analyze_cpu:6.1f}x"
    )
    print(
        f"ratio checks / regex pass: wall {checks_wall / regex_wall:6.1f}x   "
        f"cpu {checks_cpu / max(regex_cpu, 1e-6):6.1f}x"
    )
    verdict = "within" if checks_wall <= TARGET_MS else "OVER"
    print(f"target {TARGET_MS:.0f} ms median (wall): {verdict} ({checks_wall:.2f} ms)")
    if args.pages:
        rule_by_rule(args.pages)


if __name__ == "__main__":
    main()
