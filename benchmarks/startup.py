"""Start-up: ketacli's commands against a no-op Typer app, run by run, on this interpreter.

    python benchmarks/startup.py [--runs 20] [--faq PATH]

Each ketacli command is alternated run by run with a no-op Typer app (one command,
no work) under the same Python, stdout a pipe. Prints median wall time, peak RSS and
the ratio of each to the no-op app's. The index cache lives in a temporary
XDG_CACHE_HOME, filled by one warm-up run of each command (README: Index cache).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

from _common import NOOP_TYPER_APP, ketacli_command, run_once


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--faq", help="a FAQ file to pass with --faq")
    args = parser.parse_args()
    ketacli = ketacli_command() + (["--faq", args.faq] if args.faq else [])
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "XDG_CACHE_HOME": folder}
        noop = Path(folder) / "noop.py"
        noop.write_text(NOOP_TYPER_APP, encoding="utf-8")
        commands = {
            "ask (text)": [*ketacli[:1], "ask", *ketacli[1:], "how fast does ketamine work?"],
            "ask --json": [*ketacli[:1], "ask", *ketacli[1:], "--json", "how fast does ketamine work?"],
            "list-topics --json": [*ketacli[:1], "list-topics", *ketacli[1:], "--json"],
        }
        print(f"python {sys.version.split()[0]}, {args.runs} runs each, alternated with a no-op Typer app")
        heading = ("command", "median s", "no-op s", "ratio", "peak RSS MiB", "no-op MiB", "ratio")
        print("{:<20} {:>9} {:>8} {:>6} {:>13} {:>10} {:>6}".format(*heading))
        for name, argv in commands.items():
            ours: list[tuple[float, int]] = []
            floor: list[tuple[float, int]] = []
            run_once(argv, env=env)  # warm the file cache and the index cache before measuring
            for _ in range(args.runs):
                ours.append(run_once(argv, env=env)[:2])
                floor.append(run_once([sys.executable, str(noop)], env=env)[:2])
            wall, base = statistics.median([t for t, _ in ours]), statistics.median([t for t, _ in floor])
            rss, base_rss = (
                statistics.median([r for _, r in ours]) / 1024,
                statistics.median([r for _, r in floor]) / 1024,
            )
            print(
                f"{name:<20} {wall:>9.3f} {base:>8.3f} {wall / base:>6.2f} {rss:>13.1f} {base_rss:>10.1f} "
                f"{rss / base_rss:>6.2f}"
            )


if __name__ == "__main__":
    main()
