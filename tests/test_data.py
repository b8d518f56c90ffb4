"""The project's own test questions are its own: none is a copy or near-copy of a query of the
shared labelled sets (../shared/eval), which measure the matcher and must stay unseen by it.
That holds for every labelled file in tests/data, and for the questions the matching tests ask."""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import labelled_queries, nearness_to_shared, needs_shared_sets, shared_queries

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"
# Test files whose string literals are questions put to the matcher.
QUESTION_TESTS = ("test_reading.py", "test_ask.py", "test_match.py", "test_golden.py")


def test_there_are_labelled_files_to_check() -> None:
    names = sorted(path.name for path in DATA.rglob("*.jsonl"))
    assert names == [
        "crisis-kinds.jsonl",
        "crisis-written-blind-2.jsonl",
        "crisis-written-blind.jsonl",
        "labelled.jsonl",
        "own-questions.jsonl",
        "real-public.jsonl",
        "real-style.jsonl",
        "written-blind.jsonl",
    ]


@needs_shared_sets
def test_no_row_is_near_a_query_of_the_shared_sets() -> None:
    shared = shared_queries()
    near = []  # only scores and our own rows are reported: the held-out set's queries are never shown
    for path in sorted(DATA.rglob("*.jsonl")):
        for number, query in enumerate(labelled_queries(path), 1):
            ratio = nearness_to_shared(query, shared)
            if ratio is not None:
                near.append(f"{path.name} question {number} {query!r}: ratio {ratio:.0f}")
    assert near == []


@needs_shared_sets
def test_no_question_of_the_matching_tests_is_near_a_shared_query() -> None:
    shared = shared_queries()
    near = []
    for name in QUESTION_TESTS:
        for node in ast.walk(ast.parse((TESTS / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value.split()) > 2:
                ratio = nearness_to_shared(node.value, shared)
                if ratio is not None:
                    near.append(f"{name}:{node.lineno} {node.value!r}: ratio {ratio:.0f}")
    assert near == []
