"""Scale: start-up and batch figures for synthetic FAQs of 1,000, 10,000 and 100,000 entries.

    python benchmarks/scale.py [--sizes 1000 10000 100000] [--runs 10] [--questions 2000]

For each size: writes a FAQ with make_faq.py, times the first `ask` (which builds and
caches the index), then `ask` with the index cached, alternated with a no-op Typer app
(median and ratio), and a batch of distinct questions through `ask --json -` (questions
per second); peak RSS throughout.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

from _common import NOOP_TYPER_APP, ketacli_command, run_once
from batch import make_questions
from make_faq import synthetic_faq


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--questions", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "XDG_CACHE_HOME": folder}
        noop = Path(folder) / "noop.py"
        noop.write_text(NOOP_TYPER_APP, encoding="utf-8")
        print(f"python {sys.version.split()[0]}; ask: median of {args.runs} runs with the index cached")
        print(
            f"{'entries':>8} {'MiB':>5} {'first ask s':>11} {'ask s':>6} {'no-op s':>7} {'ratio':>5} "
            f"{'ask RSS MiB':>11} {'batch q/s':>9} {'batch RSS MiB':>13}"
        )
        for size in args.sizes:
            faq = Path(folder) / f"faq-{size}.json"
            faq.write_text(json.dumps(synthetic_faq(size)), encoding="utf-8")
            ask = [*ketacli_command(), "ask", "--json", "--faq", str(faq), "is lithium addictive?"]
            first, _, _ = run_once(ask, env=env)
            ours, floor, peaks = [], [], []
            for _ in range(args.runs):
                seconds, peak, _ = run_once(ask, env=env)
                ours.append(seconds)
                peaks.append(peak)
                floor.append(run_once([sys.executable, str(noop)], env=env)[0])
            questions = make_questions(args.questions, faq)
            stdin = ("\n".join(questions) + "\n").encode("utf-8")
            batch = [*ketacli_command(), "ask", "--json", "--faq", str(faq), "-"]
            batch_seconds, batch_peak, output = run_once(batch, stdin, env=env)
            if len(output.splitlines()) != len(questions):
                sys.exit(f"benchmark: batch on {size} entries returned {len(output.splitlines())} lines")
            wall, base = statistics.median(ours), statistics.median(floor)
            print(
                f"{size:>8} {faq.stat().st_size / 2**20:>5.0f} {first:>11.2f} {wall:>6.3f} {base:>7.3f} "
                f"{wall / base:>5.2f} {max(peaks) / 1024:>11.0f} {len(questions) / batch_seconds:>9.0f} "
                f"{batch_peak / 1024:>13.0f}"
            )


if __name__ == "__main__":
    main()
