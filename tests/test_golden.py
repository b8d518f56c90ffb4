"""Golden files: the plain output of representative commands, byte for byte.

A change to what these print shows up here as a diff to read. When the change is meant,
regenerate every file with one command and commit them with it:

    KETACLI_REGENERATE_GOLDEN=1 pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import REPO, run_main

GOLDEN = Path(__file__).resolve().parent / "golden"
REGENERATE = os.environ.get("KETACLI_REGENERATE_GOLDEN") == "1"
# Each file's command line (after `ketacli`), and the exit status it documents.
CASES: dict[str, tuple[list[str], int]] = {
    "ask-answer": (["ask", "is ketamine habit forming?"], 0),
    "ask-no-confident-answer": (["ask", "is ketamine used for migraine headaches?"], 1),
    "ask-not-covered": (["ask", "will my insurance pay for the infusions?"], 1),
    "ask-spravato-not-covered": (["ask", "how soon does spravato start working?"], 1),
    "ask-near-tie": (["ask", "is it the kind of drug you get hooked on"], 0),
    "ask-crisis": (["ask", "i feel like ending it all, is ketamine habit forming?"], 0),
    "ask-explain": (["ask", "--explain", "do I have to fast the night before my ketamine drip?"], 1),
    "list-topics": (["list-topics"], 0),
    "list-topics-questions": (["list-topics", "esketamine"], 0),
    "show": (["show", "how-fast"], 0),
    "eval": (["eval", str(Path("tests") / "data" / "labelled.jsonl")], 0),
    "ask-markdown": (["ask", "--format", "markdown", "is ketamine habit forming?"], 0),
    "ask-crisis-markdown": (
        ["ask", "--format", "markdown", "i feel like ending it all, is ketamine habit forming?"],
        0,
    ),
    "list-topics-markdown": (["list-topics", "--format", "markdown", "esketamine"], 0),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_plain_output_is_the_golden_file(
    name: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)  # eval names its file as given
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.delenv("KETACLI_FAQ", raising=False)
    args, status = CASES[name]
    code, out, err = run_main(args, capsys)
    assert (code, err) == (status, ""), name
    golden = GOLDEN / f"{name}.txt"
    if REGENERATE:
        golden.write_bytes(out.encode("utf-8"))
    assert out == golden.read_bytes().decode("utf-8"), f"{golden.name}: see this file's docstring"


def test_every_golden_file_has_a_case() -> None:
    assert sorted(path.stem for path in GOLDEN.glob("*.txt")) == sorted(CASES)
