"""Export benchmark: 1,000 approved articles (~1,000 words each) to standalone HTML.

Prints the time (target <= 10 s) and the ratio against a baseline measured in
the same run: plain python-markdown rendering and writing of the same bodies.
The export is measured cold, as a user runs it: a fresh facade, and the worker
processes that render a large export start inside the measured call.

    .venv/bin/python bench/export_bench.py [--count 1000]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import markdown
from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generate import write_pages  # noqa: E402

from workstation.export.bulk import BulkRenderer  # noqa: E402
from workstation.facade import Workstation  # noqa: E402
from workstation.rendering import shutdown_renderer  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ws = Workstation.open(str(folder / "bench.db"))
        ws.library.import_files(paths=write_pages(folder / "pages", args.count))
        with ws.engine.begin() as c:  # approval itself is measured elsewhere; mark them approved
            c.execute(text("UPDATE article SET status = 'Approved', approved_revision_id = current_revision_id, "
                           "approved_at = updated_at"))
        bodies = [ws.library.get_article(article_id=i).body for i in ws.export.approved_article_ids()]

        start = time.perf_counter()
        (folder / "plain").mkdir()
        for i, body in enumerate(bodies):
            (folder / "plain" / f"{i}.html").write_text(markdown.markdown(body), encoding="utf-8")
        baseline = time.perf_counter() - start

        start = time.perf_counter()
        report = ws.export.export_articles(formats=["html"], out_dir=folder / "out")
        elapsed = time.perf_counter() - start
        assert not report.refused and len(report.exported) == len(bodies)
        print(f"baseline  python-markdown + write: {baseline:6.2f} s for {len(bodies)} articles")
        workers = BulkRenderer(["html"], count=len(bodies)).workers
        print(f"workstation export to HTML (approved revision, references, stamp, sanitized, atomic): "
              f"{elapsed:6.2f} s  target <= 10 s  ({workers} render process{'es' if workers > 1 else ''})")
        print(f"ratio workstation / baseline: {elapsed / baseline:.1f}x")
        ws.close()
        shutdown_renderer()


if __name__ == "__main__":
    main()
