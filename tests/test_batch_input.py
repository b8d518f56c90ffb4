"""Batch input: no question at all is an error; a byte-order mark is not part of the question."""

from __future__ import annotations

import json
import os
import subprocess

import pytest
from helpers import REPO, SCRIPT, assert_one_error_line, needs_script
from helpers import run as run_cli

from ketacli.exits import ExitStatus

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("args", [["ask"], ["ask", "-"], ["ask", "--json", "-"]])
@pytest.mark.parametrize("stdin", ["", "\n  \n\n"])
def test_batch_with_no_question_says_so_and_exits_2(args: list[str], stdin: str) -> None:
    result = run_cli(*args, input=stdin)
    assert (result.exit_code, result.stdout) == (ExitStatus.ERROR, "")
    assert_one_error_line(result.stderr, "no question on standard input")


@needs_script
def test_ask_from_dev_null_exits_2() -> None:
    assert SCRIPT is not None
    with open(os.devnull, "rb") as nothing:
        result = subprocess.run([SCRIPT, "ask"], stdin=nothing, capture_output=True, text=True, timeout=30, check=False)
    assert (result.returncode, result.stdout) == (ExitStatus.ERROR, "")
    assert_one_error_line(result.stderr, "no question on standard input")


def test_a_byte_order_mark_is_not_part_of_the_question() -> None:
    stdin = "\ufeffis ketamine addictive?\r\n\ufeffwhat is spravato?\n".encode()  # two files, concatenated
    result = run_cli("ask", "--json", "-", input=stdin)
    assert result.exit_code == ExitStatus.OK
    queries = [json.loads(line)["query"] for line in result.stdout.splitlines()]
    assert queries == ["is ketamine addictive?", "what is spravato?"]
