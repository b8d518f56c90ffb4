"""The labelled files in tests/data are the project's own: none is a copy or near-copy of a query of
the shared labelled sets (../shared/eval), which measure the matcher and must stay unseen by it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import DEV_SET, REAL_DEV_SET

DATA = Path(__file__).resolve().parent / "data"
# RapidFuzz's fuzz.ratio (0..100) at or above which two questions count as the same one reworded a little.
NEAR = 80


def folded(text: str) -> str:
    return " ".join(text.casefold().split())


def queries(path: Path) -> list[str]:
    return [json.loads(line)["query"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_there_are_labelled_files_to_check() -> None:
    assert sorted(path.name for path in DATA.rglob("*.jsonl")) == ["labelled.jsonl", "own-questions.jsonl", "real-style.jsonl"]


@pytest.mark.skipif(
    not (DEV_SET.exists() and REAL_DEV_SET.exists()), reason=f"shared labelled sets not found in {DEV_SET.parent}"
)
def test_no_row_is_near_a_query_of_the_shared_sets() -> None:
    from rapidfuzz import fuzz, process

    # Only scores and our own rows are reported: the held-out set's queries are never shown.
    shared = [folded(query) for path in (DEV_SET, REAL_DEV_SET) for query in queries(path)]
    near = []
    for path in sorted(DATA.rglob("*.jsonl")):
        for number, query in enumerate(queries(path), 1):
            hit = process.extractOne(folded(query), shared, scorer=fuzz.ratio, score_cutoff=NEAR)
            if hit is not None:
                near.append(f"{path.name} question {number} {query!r}: ratio {hit[1]:.0f}")
    assert near == []
