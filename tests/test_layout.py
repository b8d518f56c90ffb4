"""Layout at 40, 80 and 160 columns: help, panels, related questions and chat fit the terminal."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import REPO, SCRIPT, run_main

from ketacli.ask import answer
from ketacli.exits import ExitStatus
from ketacli.faq import Faq, load_faq
from ketacli.render import MAX_TEXT_WIDTH, Output, PlainView

README = (REPO / "README.md").read_text(encoding="utf-8")


WIDTHS = [40, 80, 160]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
LONG_RELATED = "is ketamine addictive?"  # its related questions are long enough to wrap at 40 columns


def on_a_terminal(width: int, *args: str, lines: list[str] | None = None) -> list[str]:
    """What `ketacli ARGS` writes to a real pseudo-terminal `width` columns wide (colour codes
    removed), typing `lines` at its prompts."""
    pexpect = pytest.importorskip("pexpect")
    if SCRIPT is None:
        pytest.skip("the ketacli command is not installed")
    env = {"PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "HOME": "/nonexistent", "XDG_CACHE_HOME": "/nonexistent"}
    child = pexpect.spawn(SCRIPT, list(args), env=env, encoding="utf-8", timeout=20, dimensions=(300, width))
    child.logfile_read = seen = io.StringIO()
    for line in lines or ():
        child.expect("ask> ")
        child.sendline(line)
    if lines is not None:
        child.expect("ask> ")
        child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    return ANSI.sub("", seen.getvalue()).replace("\r\n", "\n").split("\n")


def assert_fits(lines: list[str], width: int) -> None:
    """No line the terminal would have to break (it breaks mid-word)."""
    too_long = [line for line in lines if len(line) > width]
    assert not too_long, too_long


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", [[], ["ask"], ["show"], ["list-topics"], ["chat"], ["eval"], ["faq-format"]])
def test_help_fits_the_terminal(
    width: int, command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    status, out, _ = run_main([*command, "--help"], capsys)
    assert status == ExitStatus.OK
    assert_fits(out.split("\n"), min(width, 80))


@pytest.mark.parametrize("width", WIDTHS)
def test_help_on_a_terminal_fits_and_reads_at(width: int) -> None:
    lines = on_a_terminal(width, "--help")
    assert_fits(lines, width)
    # Wrapped to the terminal (at most 80 columns, for reading), not to a fixed 50 or more.
    assert max(map(len, lines)) > min(width, 80) - 12


@pytest.mark.parametrize("width", WIDTHS)
def test_answer_on_a_terminal_fits_with_panels_one_width(width: int) -> None:
    lines = on_a_terminal(width, "ask", "i want to die, is ketamine addictive?")
    assert_fits(lines, width)
    panel_edges = {len(line) for line in lines if line.startswith(("\u256d", "\u2570"))}
    assert panel_edges == {min(width, MAX_TEXT_WIDTH)}, panel_edges  # the crisis panel and the answer's
    disclaimer_lines = [line for line in lines if line and not line.startswith(("\u256d", "\u2502", "\u2570"))]
    assert max(map(len, disclaimer_lines)) <= min(width, MAX_TEXT_WIDTH)


@pytest.mark.parametrize("width", WIDTHS)
def test_related_questions_keep_their_indent_in_a_panel(width: int) -> None:
    lines = on_a_terminal(width, "ask", LONG_RELATED)
    start = next(index for index, line in enumerate(lines) if line.startswith("\u2502 Related"))
    listed = [line[2:] for line in lines[start + 1 :] if line.startswith("\u2502")]
    assert len(listed) >= 2 and all(line.startswith("  ") for line in listed), listed
    if width == 40:  # each id above its question, the question (and its wrapped lines) indented under it
        ids = {entry.id for entry in load_faq()}
        names = [line.rstrip("\u2502 ").strip() for line in listed]
        unindented = [line for line, name in zip(listed, names, strict=True) if not line.startswith("    ")]
        assert [line for line in unindented if line.rstrip("\u2502 ").strip() not in ids] == []
        assert names[0] in ids and listed[1].startswith("    "), listed


@pytest.mark.parametrize("width", WIDTHS)
def test_related_questions_keep_their_indent_in_plain_text(width: int, faq: Faq) -> None:
    text = PlainView(Output(width=width)).answer(answer(faq, LONG_RELATED), faq)
    lines = text.split("\n")
    assert_fits(lines, min(width, MAX_TEXT_WIDTH))
    related = lines[lines.index("Related:") + 1 : lines.index("", lines.index("Related:"))]
    assert len(related) >= 2 and all(line.startswith("  ") for line in related), related
    if width == 40:  # wrapped: continuation lines sit deeper than the rows they continue
        assert any(line.startswith("    ") for line in related), related


def _long_questions(data: dict[str, Any]) -> None:
    """Three entries whose questions are too long for one line, even at 100 columns."""
    data["entries"].append({**data["entries"][1], "id": "third"})
    for entry, ordinal in zip(data["entries"], ("first", "second", "third"), strict=True):
        entry["question"] = f"What is the {ordinal} thing that people who read this frequently asked list want to know?"


VAGUE = "what is the thing people who read the list want to know"  # no answer; "second" is close


@pytest.mark.parametrize("width", WIDTHS)
def test_closest_questions_keep_their_indent_in_a_panel(width: int, write_faq: Callable[..., Path]) -> None:
    lines = on_a_terminal(width, "ask", "--no-cache", "--faq", str(write_faq(_long_questions)), VAGUE)
    assert_fits(lines, width)
    start = next(index for index, line in enumerate(lines) if "Closest questions" in line)
    listed = [line[2:] for line in lines[start + 1 :] if line.startswith("\u2502 ") and line[2:].strip()]
    listed = listed[: listed.index(next(line for line in listed if line.startswith("Try")))]
    assert len(listed) > 1, listed  # the question wrapped
    assert all(line.startswith("  ") for line in listed), listed
    continuations = [line for line in listed if not line.lstrip().startswith(("first", "second", "third"))]
    assert continuations and all(line.startswith("    ") for line in continuations), listed


@pytest.mark.parametrize("width", WIDTHS)
def test_closest_questions_keep_their_indent_in_plain_text(width: int, write_faq: Callable[..., Path]) -> None:
    faq = load_faq(write_faq(_long_questions))
    lines = PlainView(Output(width=width)).answer(answer(faq, VAGUE), faq).split("\n")
    assert_fits(lines, min(width, MAX_TEXT_WIDTH))
    start = lines.index("Closest questions (ketacli show ID):") + 1
    listed = lines[start : next(i for i, line in enumerate(lines) if line.startswith("Try"))]
    assert len(listed) > 1 and all(line.startswith("  ") for line in listed), listed
    assert [line.split()[0] for line in listed if not line.startswith("    ")] == ["second"]


@pytest.mark.parametrize("width", WIDTHS)
def test_chat_messages_fit_the_terminal(width: int) -> None:
    lines = on_a_terminal(width, "chat", lines=["7", "help", LONG_RELATED, "how much is a session in dollars"])
    assert_fits(lines, width)
    assert not [line for line in lines if line.strip() in {".", ","}]  # no full stop left on a line of its own
    assert any(line.startswith(" " * 16) for line in lines) == (width == 40)  # help's meanings, hanging
