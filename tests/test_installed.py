"""The installed `ketacli` console script, run as a real process (pipes, and a pseudo-terminal)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import SCRIPT, needs_script

import ketacli

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
TIMEOUT = 30


def environment(**changes: str) -> dict[str, str]:
    """The current environment without the settings ketacli reads, plus `changes`."""
    env = {key: value for key, value in os.environ.items() if key not in {"KETACLI_FAQ", "NO_COLOR", "COLUMNS"}}
    env.update(changes)
    return env


def ketacli_run(*args: str, input: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    assert SCRIPT is not None
    return subprocess.run(
        [SCRIPT, *args],
        input=input,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment(**env),
        timeout=TIMEOUT,
        check=False,
    )


@needs_script
def test_text_output_to_a_pipe_has_no_escape_codes() -> None:
    # Even with settings that make many programs colour their output anyway.
    result = ketacli_run("ask", "is ketamine addictive", TERM="xterm-256color", FORCE_COLOR="1", CLICOLOR_FORCE="1")
    assert result.returncode == 0, result.stderr
    assert "[addictive]" in result.stdout
    assert not ANSI.search(result.stdout) and "\x1b" not in result.stdout
    assert result.stderr == ""


@needs_script
def test_ask_json_parses() -> None:
    result = ketacli_run("ask", "--json", "how fast does ketamine work")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["answered"] is True and data["match"]["id"] == "how-fast"


@needs_script
def test_unanswered_exits_1() -> None:
    result = ketacli_run("ask", "--json", "how much does a ketamine session cost in dollars")
    assert result.returncode == 1
    assert json.loads(result.stdout)["answered"] is False


def batch_process(**env: str) -> subprocess.Popen[bytes]:
    """`ketacli ask --json -` with its three streams piped to the test."""
    assert SCRIPT is not None
    return subprocess.Popen(
        [SCRIPT, "ask", "--json", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=environment(**env),
    )


@needs_script
def test_batch_over_a_pipe_gives_one_json_line_per_question() -> None:
    questions = ["is ketamine addictive", "xyzzy plugh", "how fast does ketamine work"]
    process = batch_process()
    stdin = ("\n".join([questions[0], "", questions[1], "   ", questions[2]]) + "\n").encode()
    out, err = process.communicate(stdin, timeout=TIMEOUT)
    assert process.returncode == 0, err
    records = [json.loads(line) for line in out.decode("utf-8").splitlines()]
    assert [record["query"] for record in records] == questions
    assert [record["answered"] for record in records] == [True, False, True]


@needs_script
@pytest.mark.parametrize("unbuffered", ["", "1"], ids=["buffered", "PYTHONUNBUFFERED"])
def test_batch_answers_each_question_before_the_next_arrives(unbuffered: str) -> None:
    """A program that talks to ketacli line by line gets each answer while the pipe stays open."""
    import select

    process = batch_process(PYTHONUNBUFFERED=unbuffered)
    assert process.stdin is not None and process.stdout is not None
    try:
        for question, entry_id in (("is ketamine addictive", "addictive"), ("what is spravato", "types-of-ketamine")):
            process.stdin.write(question.encode() + b"\n")
            process.stdin.flush()
            ready, _, _ = select.select([process.stdout], [], [], TIMEOUT)
            assert ready, f"no answer to {question!r} within {TIMEOUT} s"
            assert json.loads(process.stdout.readline())["match"]["id"] == entry_id
    finally:
        process.stdin.close()
        process.wait(timeout=TIMEOUT)
        process.stdout.close()
        if process.stderr:
            process.stderr.close()
    assert process.returncode == 0


@needs_script
def test_implicit_batch_when_stdin_is_piped() -> None:
    result = ketacli_run("ask", "--json", input="is ketamine addictive\n")
    assert result.returncode == 0
    assert json.loads(result.stdout)["match"]["id"] == "addictive"


@needs_script
def test_reader_closing_the_pipe_ends_quietly() -> None:
    """`ketacli ask - | head -1`: no traceback when the reader goes away."""
    process = batch_process()
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    process.stdin.write(b"is ketamine addictive\n" * 2000)
    process.stdin.close()
    first = process.stdout.readline()
    process.stdout.close()
    err = process.stderr.read().decode("utf-8", "replace")
    process.wait(timeout=TIMEOUT)
    assert json.loads(first)["match"]["id"] == "addictive"
    assert "Traceback" not in err and "BrokenPipeError" not in err
    assert process.returncode == 1, "the status Python uses for EPIPE"


@needs_script
def test_usage_error_is_one_line() -> None:
    result = ketacli_run("ask", "--bogus", "x")
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("ketacli: error: ") and result.stderr.count("\n") == 1


@needs_script
def test_invalid_faq_file_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "faq.json"
    path.write_text("{", encoding="utf-8")
    result = ketacli_run("ask", "x", KETACLI_FAQ=str(path))
    assert result.returncode == 2
    assert str(path) in result.stderr and result.stderr.count("\n") == 1


def test_python_dash_m_version() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ketacli", "--version"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
        env=environment(),
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"ketacli {ketacli.__version__}"


@needs_script
def test_script_version_matches_the_package() -> None:
    assert ketacli_run("--version").stdout.strip() == f"ketacli {ketacli.__version__}"


# ---------------------------------------------------------------------------- on a terminal (pexpect)


def on_a_terminal(*args: str, **env: str) -> tuple[int, str]:
    """Run ketacli with a pseudo-terminal for stdin and stdout; its output and status."""
    pexpect = pytest.importorskip("pexpect")
    assert SCRIPT is not None
    child = pexpect.spawn(
        SCRIPT, list(args), env=environment(**{"TERM": "xterm-256color", **env}), dimensions=(40, 100), encoding="utf-8"
    )
    output = child.read()
    child.close()
    return child.exitstatus, output


terminal = pytest.mark.skipif(os.name == "nt", reason="pseudo-terminals need POSIX")


@needs_script
@terminal
def test_terminal_output_is_coloured() -> None:
    status, output = on_a_terminal("ask", "is ketamine addictive")
    assert status == 0
    assert ANSI.search(output), "Rich colours the output on a terminal"


@needs_script
@terminal
@pytest.mark.parametrize(
    ("args", "env"),
    [(["--no-color"], {}), ([], {"NO_COLOR": "1"}), ([], {"TERM": "dumb"})],
    ids=["--no-color", "NO_COLOR", "TERM=dumb"],
)
def test_terminal_output_without_colour(args: list[str], env: dict[str, str]) -> None:
    status, output = on_a_terminal("ask", *args, "is ketamine addictive", **env)
    assert status == 0
    assert not ANSI.search(output)
    assert "[addictive]" in output


@needs_script
@terminal
def test_no_question_on_a_terminal_is_a_usage_error() -> None:
    status, output = on_a_terminal("ask")
    assert status == 2
    assert "no question given" in output
