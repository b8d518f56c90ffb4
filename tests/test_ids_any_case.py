"""Entry and topic ids are taken in any case."""

from __future__ import annotations

import json

import pytest
from helpers import REPO, assert_one_error_line, run_chat
from helpers import run as run_cli

from ketacli.exits import ExitStatus
from ketacli.faq import Faq

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("typed", ["HOW-FAST", "How-Fast", " how-FAST "])
def test_show_takes_an_id_in_any_case(typed: str) -> None:
    result = run_cli("show", "--json", typed)
    assert result.exit_code == ExitStatus.OK and json.loads(result.stdout)["id"] == "how-fast"


@pytest.mark.parametrize("typed", ["Esketamine", "ESKETAMINE"])
def test_list_topics_takes_a_topic_in_any_case(typed: str) -> None:
    result = run_cli("list-topics", "--json", typed)
    assert result.exit_code == ExitStatus.OK
    assert [topic["id"] for topic in json.loads(result.stdout)["topics"]] == ["esketamine"]


def test_an_unknown_id_in_capitals_still_gets_a_suggestion() -> None:
    result = run_cli("show", "HOW-FST")
    assert result.exit_code == ExitStatus.NO_ANSWER
    assert_one_error_line(result.stderr, "no entry 'HOW-FST'; did you mean 'how-fast'?")


def test_chat_takes_ids_and_topics_in_any_case(faq: Faq, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_chat(faq, [":show HOW-FAST", ":topics Misuse"], capsys)
    assert "Q: How long does it take for ketamine to work? [how-fast]" in out
    assert "club-drug  Is ketamine a club drug?" in out
