"""Chat's own commands, typed without the colon, do what they say and are never matched as questions."""

from __future__ import annotations

import pytest
from helpers import REPO, run_chat

from ketacli.faq import Faq

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("line", ["help", "Help", "?", "help?", "HELP!"])
def test_chat_bare_help_shows_the_commands(faq: Faq, capsys: pytest.CaptureFixture[str], line: str) -> None:
    out = run_chat(faq, [line], capsys)
    assert ":topics ID" in out and ":quit" in out  # the help text
    assert "Q: " not in out and "No confident answer" not in out  # not matched as a question


@pytest.mark.parametrize("line", ["quit", "exit", "bye", "Quit", "exit."])
def test_chat_bare_quit_leaves(faq: Faq, capsys: pytest.CaptureFixture[str], line: str) -> None:
    out = run_chat(faq, [line, "is ketamine addictive?"], capsys)
    assert "Q: " not in out and "No confident answer" not in out
    assert out.rstrip().endswith("ask>")  # left at once: the next line was never read


def test_chat_bare_topics_lists_the_topics(faq: Faq, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_chat(faq, ["topics"], capsys)
    assert "how-it-works" in out and "Type :topics ID" in out
    assert "Q: " not in out and "No confident answer" not in out


def test_chat_words_that_merely_start_like_commands_are_questions(faq: Faq, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_chat(faq, ["help me understand if ketamine is addictive"], capsys)
    assert "[addictive]" in out
