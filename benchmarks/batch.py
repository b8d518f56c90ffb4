"""Batch: 10,000 distinct questions through `ketacli ask --json -` in one process.

    python benchmarks/batch.py [--questions 10000] [--faq PATH]

The questions are the labelled queries of ../shared/eval/dev.jsonl when present (else
tests/data/own-questions.jsonl), each with a few random words of the FAQ and a number
appended, so that no answer can be reused. A reference process that loads the FAQ and
runs RapidFuzz `process.extractOne` over its questions for each line, printing JSON,
reads the same input in the same run. Prints questions per second for both, and the ratio.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from _common import REPO, ketacli_command, labelled_questions, run_once

REFERENCE = """
import json, sys
from rapidfuzz import process

faq = json.load(open(sys.argv[1], encoding="utf-8"))
questions = [entry["question"] for entry in faq["entries"]]
for line in sys.stdin:
    line = line.strip()
    if line:
        found = process.extractOne(line, questions)
        print(json.dumps({"query": line, "question": found[0], "score": found[1]}), flush=True)
"""


def make_questions(count: int, faq_path: Path, seed: int = 7) -> list[str]:
    base = [row["query"] for row in labelled_questions()]
    faq = json.loads(faq_path.read_text(encoding="utf-8"))
    words = sorted({word for entry in faq["entries"][:2000] for word in entry["answer"].split() if word.isalpha()})
    rng = random.Random(seed)
    return [f"{base[i % len(base)]} {' '.join(rng.sample(words, 3))} {i}" for i in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    parser.add_argument("--faq", type=Path, help="a FAQ file (default: the bundled data/faq.json)")
    args = parser.parse_args()
    faq_path = args.faq or REPO / "data" / "faq.json"
    questions = make_questions(args.questions, faq_path)
    stdin = ("\n".join(questions) + "\n").encode("utf-8")
    ketacli = [*ketacli_command(), "ask", "--json", "-"] + (["--faq", str(args.faq)] if args.faq else [])
    reference = [sys.executable, "-c", REFERENCE, str(faq_path)]
    ours, rss, output = run_once(ketacli, stdin)
    lines = output.decode("utf-8").splitlines()
    if len(lines) != len(questions):
        sys.exit(f"benchmark: sent {len(questions)} questions, got {len(lines)} lines back")
    theirs, their_rss, _ = run_once(reference, stdin)
    answered = sum(json.loads(line)["answered"] for line in lines)
    print(f"{len(questions)} distinct questions, FAQ {faq_path.name}")
    for name, seconds, peak in (("ketacli ask --json -", ours, rss), ("extractOne reference", theirs, their_rss)):
        rate = len(questions) / seconds
        print(f"{name:<22} {rate:>8.0f} questions/s  ({seconds:.2f} s, peak RSS {peak / 1024:.0f} MiB)")
    print(f"ratio (reference time / ketacli time) {theirs / ours:.2f}; answered {answered / len(questions):.0%}")


if __name__ == "__main__":
    main()
