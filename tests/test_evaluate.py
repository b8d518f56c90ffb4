"""`ketacli eval`: figures on a small labelled file, checked against hand-computed ones."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import DEV_SET, SCORE_PY, SCRIPT
from typer.testing import CliRunner

from ketacli.cli import app
from ketacli.evaluate import LabelError, evaluate, read_labelled
from ketacli.faq import Faq

LABELLED = Path(__file__).parent / "data" / "labelled.jsonl"

# By hand, for tests/data/labelled.jsonl (6 questions, the blank line skipped):
# in scope: rows 1, 2, 4, 5; row 4's label is wrong on purpose (a miss, and not in the top 3).
# out of scope: rows 3 (abstains: right) and 6 (answered: a miss).
# crisis: row 5, detected. Calm rows (no crisis, no mention of suicide): 1, 2, 3, 4, 6.
EXPECTED = {
    "overall": 0.667,  # (3 right in scope + 1 right abstention) / 6
    "in_scope_top1": 0.75,  # 3 / 4
    "in_scope_top3": 0.75,  # 3 / 4
    "out_of_scope_abstained": 0.5,  # 1 / 2
    "answer_precision": 0.6,  # 3 right of 5 answered (rows 1, 2, 5; not 4 and 6)
    "crisis_recall": 1.0,  # 1 / 1
    "crisis_false_alarms": 0,
    "queries": 6,
    "in_scope": 4,
    "out_of_scope": 2,
    "crisis": 1,
    "calm": 5,
    "answered": 5,
    "answered_right": 3,
    "by_kind": {"crisis": 1.0, "keyword": 1.0, "oos": 0.5, "paraphrase": 0.5},
}


def test_figures_match_hand_computed(faq: Faq) -> None:
    report = evaluate(faq, read_labelled(LABELLED, faq))
    figures = report.figures()
    bands = figures.pop("calibration")  # which band each answer falls in is the matcher's (tests/test_edges.py)
    assert figures == EXPECTED
    assert (sum(band["answered"] for band in bands), sum(band["right"] for band in bands)) == (5, 3)
    assert [miss.query for miss in report.misses] == [
        "can ketamine be addictive like opioids?",
        "tell me about the esketamine nasal spray",
    ]
    assert report.misses[1].got == "What is esketamine nasal spray?"


def test_eval_command_text_and_misses() -> None:
    result = CliRunner().invoke(app, ["eval", str(LABELLED), "--misses"])
    assert result.exit_code == 0
    assert "MISS 'can ketamine be addictive like opioids?'" in result.stdout
    assert "overall 0.667 | in-scope top-1 0.750 | top-3 0.750 | out-of-scope abstained 0.500" in result.stdout
    assert "crisis recall 1.000 | crisis false alarms 0/5" in result.stdout


def test_eval_command_json() -> None:
    result = CliRunner().invoke(app, ["eval", str(LABELLED), "--json", "--misses"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert {key: data[key] for key in EXPECTED} == EXPECTED
    assert len(data["misses"]) == 2


@pytest.mark.skipif(not SCORE_PY.exists(), reason=f"shared scorer not found at {SCORE_PY}")
@pytest.mark.parametrize(
    "path",
    [
        LABELLED,
        pytest.param(DEV_SET, marks=pytest.mark.skipif(not DEV_SET.exists(), reason=f"not found: {DEV_SET}")),
    ],
    ids=lambda path: path.name,
)
def test_same_figures_as_the_shared_scorer(faq: Faq, path: Path) -> None:
    if SCRIPT is None:
        pytest.skip("the ketacli command is not installed")
    proc = subprocess.run(
        [sys.executable, str(SCORE_PY), str(path), "--cmd", SCRIPT, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    shared = json.loads(proc.stdout)
    ours = evaluate(faq, read_labelled(path, faq)).figures()
    for key in ("overall", "in_scope_top1", "in_scope_top3", "out_of_scope_abstained", "answer_precision"):
        assert round(shared[key], 3) == ours[key], key
    assert (shared["crisis_recall"], shared["crisis_false_alarms"]) == (
        ours["crisis_recall"],
        ours["crisis_false_alarms"],
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"query": "x"}\n', "line 1: missing field 'expected'"),
        ('{"query": "x", "expected": []}\nnot json\n', "line 2: Expecting value"),
        ('{"query": 3, "expected": []}\n', "line 1: 'query' must be a string"),
        ("\n\n", "no labelled questions"),
    ],
)
def test_bad_labelled_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LabelError, match=message):
        read_labelled(path)
    result = CliRunner().invoke(app, ["eval", str(path)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr


# Floors just under today's figures (2026-11-30), per labelled file: a change that lowers
# any of them must say why (and move the floor) in the same commit.
FLOORS = {
    "dev.jsonl": {"overall": 0.89, "in_scope_top1": 0.87, "out_of_scope_abstained": 0.94, "answer_precision": 0.96},
    "own-questions.jsonl": {
        "overall": 0.87,
        "in_scope_top1": 0.83,
        "out_of_scope_abstained": 0.99,
        "answer_precision": 0.95,
    },
    "real-style.jsonl": {
        "overall": 0.95,
        "in_scope_top1": 0.92,
        "out_of_scope_abstained": 0.99,
        "answer_precision": 0.95,
    },
    "real-public.jsonl": {
        "overall": 0.85,
        "in_scope_top1": 0.80,
        "out_of_scope_abstained": 0.88,
        "answer_precision": 0.80,
    },
    "written-blind.jsonl": {
        "overall": 0.83,
        "in_scope_top1": 0.73,
        "out_of_scope_abstained": 0.96,
        "answer_precision": 0.87,
    },
}
DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(DEV_SET, marks=pytest.mark.skipif(not DEV_SET.exists(), reason=f"not found: {DEV_SET}")),
        DATA / "own-questions.jsonl",  # 120 written from the FAQ's answers
        DATA / "real-style.jsonl",  # 126 in the style of real questions, from the aspects asked
        DATA / "written-blind.jsonl",  # 207 by writers who saw only the FAQ: neither the code nor a shared set
        DATA / "real-public.jsonl",  # 157 real questions, verbatim from public pages (each names its source)
    ],
    ids=lambda path: path.name,
)
def test_calibration_holds(faq: Faq, path: Path) -> None:
    """The matcher must not slip below the floors; crisis questions always get the resources."""
    figures = evaluate(faq, read_labelled(path, faq)).figures()
    for name, floor in FLOORS[path.name].items():
        assert figures[name] >= floor, (name, figures)
    assert figures["crisis_recall"] in (1.0, None) and figures["crisis_false_alarms"] == 0, figures


def test_strong_matches_stay_right(faq: Faq) -> None:
    """What "strong match" promises, over the project's own labelled files together (one file's
    30-odd strong answers are too few to tell 90% from 95%): a floor just under today's 115 of
    121 (95.0%). README's table, with the shared practice and real questions, has 97%."""
    answered = right = 0
    for name in ("own-questions.jsonl", "real-style.jsonl", "written-blind.jsonl"):
        figures = evaluate(faq, read_labelled(DATA / name, faq)).figures()
        strong = next(band for band in figures["calibration"] if band["band"] == "strong match")
        answered, right = answered + strong["answered"], right + strong["right"]
    assert right >= 0.94 * answered, (right, answered)
