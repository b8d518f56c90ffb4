"""Matching speed in one process: one question over the bundled FAQ, and a labelled set in one go.

    python benchmarks/match.py [--repeats 20]

Times `ketacli.ask.answer` (crisis check, matching and the decision) for every labelled
question (../shared/eval/dev.jsonl when present, else tests/data/own-questions.jsonl),
after one warm-up pass, and prints the median and 99th-percentile time per question and
the time for the whole set.
"""

from __future__ import annotations

import argparse
import statistics
import time

from _common import labelled_questions

from ketacli.ask import answer
from ketacli.faq import load_faq
from ketacli.match import Matcher


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    questions = [str(row["query"]) for row in labelled_questions()]
    started = time.perf_counter()
    faq = load_faq()
    matcher = Matcher(faq)
    setup = time.perf_counter() - started
    for question in questions:  # warm-up: what a long batch has learnt by then
        answer(faq, question, matcher=matcher)
    per_question: list[float] = []
    whole: list[float] = []
    for _ in range(args.repeats):
        begun = time.perf_counter()
        for question in questions:
            one = time.perf_counter()
            answer(faq, question, matcher=matcher)
            per_question.append(time.perf_counter() - one)
        whole.append(time.perf_counter() - begun)
    per_question.sort()
    print(f"{len(questions)} labelled questions, bundled FAQ ({len(faq)} entries); load + index {setup * 1000:.1f} ms")
    print(
        f"per question: median {statistics.median(per_question) * 1e6:.0f} us, "
        f"99th percentile {per_question[int(len(per_question) * 0.99)] * 1e6:.0f} us"
    )
    print(f"whole set in one process: median {statistics.median(whole) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
