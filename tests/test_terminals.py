"""Terminals: pseudo-terminals, narrow widths, NO_COLOR and TERM=dumb."""

from __future__ import annotations

import re
import subprocess

import pytest
from helpers import CONTROL, needs_script, run
from robustness import (
    SGR,
    TIMEOUT,
    flat,
    on_a_terminal,
    posix,
    process_env,
    script,
)

from ketacli import render
from ketacli.ask import answer
from ketacli.faq import Faq

TERMINAL_COMMANDS = {
    "ask": (["ask", "is ketamine addictive"], ["addictive", "Misuse and addiction"]),
    "list-topics": (["list-topics"], ["how-it-works", "misuse", "research"]),
    "show": (["show", "how-fast"], ["how-fast", "The effects of ketamine are typically very fast."]),
}
TERMINAL_SETTINGS = {
    "NO_COLOR": ({"NO_COLOR": "1"}, 80, False),
    "TERM=dumb": ({"TERM": "dumb"}, 80, False),
    "COLUMNS=20": ({"COLUMNS": "20"}, 20, True),
    "COLUMNS=300": ({"COLUMNS": "300"}, 300, True),
}


@needs_script
@posix
@pytest.mark.parametrize(
    ("setting", "command"),
    [
        (setting, command)
        for setting in TERMINAL_SETTINGS
        for command in TERMINAL_COMMANDS
        # show prints what ask prints: the narrowest terminal is where it may differ.
        if command != "show" or setting == "COLUMNS=20"
    ],
)
def test_on_a_terminal(setting: str, command: str) -> None:
    env, columns, colour = TERMINAL_SETTINGS[setting]
    args, shown = TERMINAL_COMMANDS[command]
    status, output = on_a_terminal(*args, columns=columns, **env)
    assert status == 0, output[-500:]
    assert "Traceback" not in output
    if colour:
        assert SGR.search(output)
        assert "\x1b" not in SGR.sub("", output)
        widest = max(len(line) for line in SGR.sub("", output).splitlines())
        assert widest <= columns
    else:
        assert "\x1b" not in output, "no escape codes when colour is off"
        assert not CONTROL.search(output)
    words = flat(output).replace("-", "")
    for text in shown:
        # Narrow panels wrap long ids and words; compare without the breaks.
        assert text.replace("-", "").replace(" ", "") in words.replace(" ", ""), text


@needs_script
@pytest.mark.parametrize("command", ["ask", "list-topics"])
def test_stdout_not_a_terminal_is_plain(command: str) -> None:
    args, shown = TERMINAL_COMMANDS[command]
    result = subprocess.run(
        [script(), *args],
        capture_output=True,
        text=True,
        env=process_env(TERM="xterm-256color", COLUMNS="300"),
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and not CONTROL.search(result.stdout)
    assert "\u256d" not in result.stdout, "no panels off a terminal"
    for text in shown:
        assert text in flat(result.stdout)


@pytest.mark.parametrize("width", [20, 300])
def test_plain_text_at_extreme_widths(width: int) -> None:
    result = run("ask", "is ketamine addictive", env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    paragraph = [line for line in result.stdout.splitlines() if "opioids" in line]
    assert paragraph and all(len(line) <= min(width, render.MAX_TEXT_WIDTH) for line in paragraph)
    assert "Like opioids, ketamine has addictive properties." in flat(result.stdout)


def test_rich_topics_at_twenty_columns_keep_their_names(faq: Faq, capsys: pytest.CaptureFixture[str]) -> None:
    render.print_topics(faq, render.Output(rich=True, width=20), questions=False)
    text = flat(capsys.readouterr().out)
    for topic in faq.topics:
        for word in topic.name.split():
            if len(word) >= 4:
                assert re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I), (topic.id, word)


@pytest.mark.parametrize("command", ["ask", "show"])
def test_rich_panel_at_twenty_columns_keeps_the_question(
    command: str, faq: Faq, capsys: pytest.CaptureFixture[str]
) -> None:
    result = answer(faq, "is ketamine addictive")
    assert result.match is not None
    out = render.Output(rich=True, width=20)
    if command == "ask":
        render.print_answer(result, faq, out)
    else:
        render.print_show(result.match.entry, faq, out)
    assert result.match.entry.question in flat(capsys.readouterr().out)
