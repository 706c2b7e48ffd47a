"""Learner page benchmark: one JSON line a figure, {"name", "value", "unit", "target"}.

    python benchmarks/learner_page.py [--learners 100000] [--open 21] [--keep-data DIR]

Opens ``--open`` learners spread over a demo caseload of ``--learners`` in the real window
(offscreen), as a double-click does, each timed from the request to the learner page's
paint (``probes/learner_page.py``):

* ``learner_page.open_first``: the first opening, which also builds the page;
* ``learner_page.open_median`` / ``open_p95`` / ``open_max``: the others.

No target was set for this figure by the issues; it is reported for information, beside the
bare-window floor when run through ``benchmarks/all.py``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import datasets
from bench.figures import Figure, median, percentile
from bench.spawn import run_probe


def figures(data_dir: Path, learners: int, openings: int) -> list[Figure]:
    events = run_probe("learner_page", "--data-dir", str(data_dir), "--learners", str(openings))
    samples = events["openings"].data["samples"]
    first = samples[0]
    rest = [s["painted_ms"] for s in samples[1:]] or [first["painted_ms"]]
    common = {"openings": len(samples)}
    return [
        Figure("learner_page.open_first", first["painted_ms"], "ms", learners,
               extra={"opened_ms": first["opened_ms"], **common}),
        Figure("learner_page.open_median", median(rest), "ms", learners, extra=common),
        Figure("learner_page.open_p95", percentile(rest, 95), "ms", learners, extra=common),
        Figure("learner_page.open_max", max(rest), "ms", learners,
               extra={"rss_mb": events["openings"].data["rss_mb"], **common}),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--open", type=int, default=21, help="learners opened (default 21)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep-data", metavar="DIR", type=Path, help="cache the demo database")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="larsam-bench-") as scratch:
        root = args.keep_data.resolve() if args.keep_data else Path(scratch)
        folder, generated = datasets.prepare(root, args.learners, args.seed)
        if generated is not None:
            print(f"generated {args.learners:,} learners in {generated:.1f} s", file=sys.stderr)
        for figure in figures(folder, args.learners, args.open):
            print(figure.as_json(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
