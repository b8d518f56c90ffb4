"""`ketacli chat`: in-process with scripted input, and through a pseudo-terminal as a person types."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import SCRIPT, run_chat

from ketacli.faq import Faq

NO_ANSWER = "is ketamine used for migraine headaches"


def test_asks_picks_a_suggestion_shows_and_leaves(faq: Faq, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_chat(faq, ["is ketamine addictive?", NO_ANSWER, "1", ":show how-fast", ":help"], capsys)
    assert "Q: Is ketamine a good drug? [addictive]" in out
    assert "Closest questions (pick a number):" in out and "  1. other-uses" in out
    assert out.count("Q: Other Uses for Ketamine [other-uses]") == 1
    assert "Q: How long does it take for ketamine to work? [how-fast]" in out
    assert ":topics" in out and ":quit" in out  # the help text
    assert out.rstrip().endswith("ask>")  # Ctrl-D (EOF) ends it at the prompt


def test_commands_and_mistakes(faq: Faq, capsys: pytest.CaptureFixture[str]) -> None:
    lines = [":topics", ":topics misuse", ":topics nope", ":show", ":show nope", ":bogus", "7", NO_ANSWER, "9"]
    out = run_chat(faq, [*lines, ":quit", "never read"], capsys)
    assert "how-it-works" in out and "Type :topics ID" in out
    assert "club-drug  Is ketamine a club drug?" in out
    assert "No topic 'nope'" in out
    assert "Usage: :show ID" in out
    assert "No entry 'nope'" in out
    assert "Unknown command ':bogus'" in out
    assert "Nothing to pick" in out
    # The range is the number of suggestions listed for NO_ANSWER (however many the FAQ offers).
    suggestions = out.split("Closest questions (pick a number):", 1)[1].split("Try other words", 1)[0]
    listed = sum(1 for line in suggestions.splitlines() if line.startswith("  ") and ". " in line)
    assert listed >= 1 and f"Pick a number from 1 to {listed}, or ask another question." in out
    assert "never read" not in out


def test_numbers_pick_related_questions_after_an_answer(faq: Faq, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_chat(faq, ["is ketamine addictive?", "1"], capsys)
    assert "Related (pick a number):" in out and "  1. club-drug" in out
    assert "Q: Is ketamine a club drug? [club-drug]" in out


def test_crisis_in_chat_shows_resources_first(faq: Faq, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_chat(faq, ["i want to die, is ketamine addictive"], capsys)
    assert out.index("988") < out.index("[addictive]")


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Any]:
    pexpect = pytest.importorskip("pexpect")
    if SCRIPT is None:
        pytest.skip("the ketacli command is not installed")
    env = {"PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "NO_COLOR": "1", "XDG_CACHE_HOME": str(tmp_path)}
    child = pexpect.spawn(SCRIPT, ["chat"], env=env, encoding="utf-8", timeout=20, dimensions=(40, 100))
    yield child
    child.close(force=True)


def test_chat_through_a_terminal(terminal: Any) -> None:
    child = terminal
    child.expect("ask> ")
    child.sendline("is ketamine addictive?")
    child.expect(r"Is ketamine a good drug\?")
    child.expect("ask> ")
    child.sendline(NO_ANSWER)
    child.expect("pick a number")
    child.expect("ask> ")
    child.sendline("1")
    child.expect("Other Uses for Ketamine")
    child.expect("ask> ")
    child.sendline(":show how-fast")
    child.expect(r"How long does it take for ketamine to work\?")
    child.expect("ask> ")
    child.sendeof()  # Ctrl-D
    child.expect(pytest.importorskip("pexpect").EOF)
    child.close()
    assert child.exitstatus == 0


def test_no_command_on_a_terminal_starts_chat(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    if SCRIPT is None:
        pytest.skip("the ketacli command is not installed")
    env = {"PATH": "/usr/bin:/bin", "TERM": "dumb", "XDG_CACHE_HOME": str(tmp_path)}
    child = pexpect.spawn(SCRIPT, [], env=env, encoding="utf-8", timeout=20)
    child.expect("starting `ketacli chat`")
    child.expect("ask> ")
    child.sendline(":quit")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
