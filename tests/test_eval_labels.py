"""`ketacli eval` checks its labels, and reports answer precision and a calibration table."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from helpers import REPO, assert_one_error_line, run_main

from ketacli.evaluate import evaluate, read_labelled
from ketacli.exits import ExitStatus
from ketacli.faq import Faq
from ketacli.render import confidence_label

README = (REPO / "README.md").read_text(encoding="utf-8")


def write_labels(tmp_path: Path, *rows: dict[str, Any] | str) -> Path:
    path = tmp_path / "labels.jsonl"
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD_ROW = {"query": "is ketamine addictive", "expected": ["Is ketamine a good drug?"], "kind": "k", "crisis": False}


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        (
            {"query": "is it addictive", "expected": ["Is ketamine a god drug?"]},
            "line 2: expected question 'Is ketamine a god drug?' is not in the FAQ; "
            "did you mean 'Is ketamine a good drug?'?",
        ),
        (
            {"query": "what is the price", "expected": ["What does a session cost?"]},
            "line 2: expected question 'What does a session cost?' is not in the FAQ "
            "(ketacli list-topics --questions lists its questions)",
        ),
        (
            {"query": "is it addictive", "expected": [], "crisis": "no"},
            "line 2: 'crisis' must be true or false, not \"no\"",
        ),
        ({"query": "is it addictive", "expected": [], "crisis": 0}, "line 2: 'crisis' must be true or false, not 0"),
        ({"query": "is it addictive", "expected": [], "kind": 3}, "line 2: 'kind' must be a string"),
    ],
)
def test_eval_refuses_bad_labels_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad_row: dict[str, Any], message: str
) -> None:
    path = write_labels(tmp_path, GOOD_ROW, bad_row)
    status, out, err = run_main(["eval", str(path)], capsys)
    assert (status, out) == (ExitStatus.ERROR, "")
    assert_one_error_line(err, f"{path}: {message}")


def test_eval_accepts_labels_as_the_faq_words_them_folded(faq: Faq, tmp_path: Path) -> None:
    # Case, spacing and curly quotes are folded, as score.py folds them.
    row = {"query": "is ketamine addictive", "expected": ["  is KETAMINE a good   drug?"]}
    assert read_labelled(write_labels(tmp_path, row), faq)[0].line == 1


def test_eval_reads_a_file_with_a_byte_order_mark(faq: Faq, tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD_ROW).encode() + b"\n")
    assert read_labelled(path, faq)[0].query == "is ketamine addictive"


LABELS_WITH_CRISIS_ERRORS = [
    GOOD_ROW,
    # Labelled crisis, but no words the detector knows: a crisis miss.
    {"query": "is ketamine addictive", "expected": ["Is ketamine a good drug?"], "crisis": True},
    # Mislabelled (someone else at risk is a crisis too): flagged, and so counted as a false alarm.
    {"query": "my sister keeps saying she wants to die, is ketamine addictive", "expected": [], "crisis": False},
    # Mentions suicide without personal risk: counted neither way.
    {"query": "does ketamine reduce suicidal thoughts", "expected": [], "crisis": False},
    # Out of scope, and answered anyway: an answer that is wrong.
    {"query": "what is esketamine nasal spray", "expected": []},
]


def test_eval_counts_answer_precision_and_crisis_errors(faq: Faq, tmp_path: Path) -> None:
    report = evaluate(faq, read_labelled(write_labels(tmp_path, *LABELS_WITH_CRISIS_ERRORS), faq))
    figures = report.figures()
    assert report.crisis_missed == ["is ketamine addictive"]
    assert report.false_alarm_queries == ["my sister keeps saying she wants to die, is ketamine addictive"]
    assert (figures["crisis"], figures["crisis_recall"]) == (1, 0.0)
    assert (figures["calm"], figures["crisis_false_alarms"]) == (3, 1)
    answered = report.answered
    assert figures["answered"] == answered and figures["answered_right"] == report.answered_right
    assert figures["answer_precision"] == round(report.answered_right / answered, 3)
    # The calibration bands sum to the answers, strongest first, named as answers name them.
    bands = figures["calibration"]
    assert sum(band["answered"] for band in bands) == answered
    assert sum(band["right"] for band in bands) == report.answered_right
    scores = sorted((score for score, _ in report.answers), reverse=True)
    assert [band["band"] for band in bands] == list(dict.fromkeys(map(confidence_label, scores)))


def test_eval_misses_list_crisis_misses_and_false_alarms(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_labels(tmp_path, *LABELS_WITH_CRISIS_ERRORS)
    status, out, _ = run_main(["eval", str(path), "--misses"], capsys)
    assert status == ExitStatus.OK
    assert "MISS 'is ketamine addictive'\n     expected crisis resources\n     got      none\n" in out
    alarm = "MISS 'my sister keeps saying she wants to die, is ketamine addictive'\n     expected no crisis resources\n"
    assert alarm + "     got      crisis resources\n" in out
    assert re.search(
        r"\| answer precision \d\.\d{3} \(\d+/\d+\) \| crisis recall 0\.000 \| crisis false alarms 1/3", out
    )
    assert re.search(r"\nconfidence +answered  right  precision\n", out)
    status, out, _ = run_main(["eval", str(path), "--misses", "--json"], capsys)
    data = json.loads(out)
    assert data["crisis_missed"] == ["is ketamine addictive"]
    assert data["false_alarms"] == ["my sister keeps saying she wants to die, is ketamine addictive"]
    assert data["calibration"] and {"band", "answered", "right", "precision"} == set(data["calibration"][0])
