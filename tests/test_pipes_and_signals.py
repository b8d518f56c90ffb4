"""Pipes and signals: a reader that leaves, a full disk, Ctrl-C, batches through a pipe."""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from helpers import assert_one_error_line, needs_script
from robustness import (
    TIMEOUT,
    edited,
    posix,
    process_env,
    read_line,
    script,
)


def _pipe_to_head(args: Sequence[str], stdin: Any = subprocess.DEVNULL) -> tuple[int, str, bytes]:
    """`ketacli ARGS | head -1`: ketacli's status and stderr, and what head printed."""
    head = shutil.which("head")
    if head is None:
        pytest.skip("needs head(1)")
    ketacli = subprocess.Popen(
        [script(), *args], stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=process_env()
    )
    reader = subprocess.Popen([head, "-1"], stdin=ketacli.stdout, stdout=subprocess.PIPE)
    assert ketacli.stdout is not None and ketacli.stderr is not None
    ketacli.stdout.close()  # only head holds the read end now
    first, _ = reader.communicate(timeout=TIMEOUT)
    err = ketacli.stderr.read().decode("utf-8", "replace")
    ketacli.stderr.close()
    return ketacli.wait(timeout=TIMEOUT), err, first


def _assert_quiet(err: str) -> None:
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err, err


@needs_script
@posix
def test_list_topics_into_head_ends_quietly() -> None:
    status, err, first = _pipe_to_head(["list-topics"])
    assert first.startswith(b"TOPIC")
    _assert_quiet(err)
    assert err == ""
    # The table fits in the pipe's buffer, so ketacli usually finishes before head leaves (0);
    # when it does not, the status is 1, as README's table says.
    assert status in (0, 1)


@needs_script
@posix
def test_long_list_into_head_gets_a_broken_pipe_and_ends_quietly(tmp_path: Path) -> None:
    def many(data: dict[str, Any]) -> None:
        template = data["entries"][0]
        data["entries"] = [
            {**template, "id": f"entry-{n}", "question": f"What is thing number {n}? " + "words " * 30}
            for n in range(10_000)
        ]

    path = tmp_path / "big-faq.json"
    path.write_bytes(edited(many))
    status, err, first = _pipe_to_head(["list-topics", "--questions", "--faq", str(path)])
    assert first.startswith(b"Basics [basics]")
    _assert_quiet(err)
    assert status == 1, "README: 1 when the reader of the output goes away"


@needs_script
@posix
@pytest.mark.parametrize("mode", [[], ["--json"]], ids=["text", "json"])
def test_batch_into_head_ends_quietly(mode: list[str], tmp_path: Path) -> None:
    questions = tmp_path / "many-questions.txt"
    questions.write_text("is ketamine addictive\nhow fast does it work\n" * 2000, encoding="utf-8")
    with questions.open("rb") as stdin:
        status, err, first = _pipe_to_head(["ask", *mode, "-"], stdin=stdin)
    _assert_quiet(err)
    assert err == ""
    assert status == 1
    if mode:
        assert json.loads(first)["match"]["id"] == "addictive"
    else:
        assert first == b"[1] is ketamine addictive\n"


@needs_script
@posix
@pytest.mark.parametrize("mode", [["--json"], []], ids=["json", "text"])
def test_batch_output_is_flushed_per_question_and_ctrl_c_exits_130(mode: list[str]) -> None:
    process = subprocess.Popen(
        [script(), "ask", *mode, "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=process_env(),
    )
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    try:
        process.stdin.write(b"is ketamine addictive\n")
        process.stdin.flush()
        first = read_line(process.stdout)  # before stdin is closed: the answer was flushed
        if mode:
            assert json.loads(first)["match"]["id"] == "addictive"
            process.stdin.write(b"how fast does ketamine work\n")
            process.stdin.flush()
            assert json.loads(read_line(process.stdout))["match"]["id"] == "how-fast"
        else:
            assert first == b"[1] is ketamine addictive\n"
            read_line(process.stdout)  # the blank line under the heading
            assert read_line(process.stdout).startswith(b"Q: Is ketamine a good drug?")
        # Now it waits on stdin: Ctrl-C.
        process.send_signal(signal.SIGINT)
        status = process.wait(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    err = process.stderr.read().decode("utf-8", "replace")
    assert status == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert err.count("\n") <= 1


@needs_script
@posix
def test_batch_ends_with_0_when_stdin_closes() -> None:
    process = subprocess.Popen(
        [script(), "ask", "--json", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=process_env(),
    )
    out, err = process.communicate(b"is ketamine addictive\n\n   \nxyzzy\n", timeout=TIMEOUT)
    assert process.returncode == 0, err
    assert [json.loads(line)["answered"] for line in out.splitlines()] == [True, False]


@needs_script
@posix
def test_closed_stdout_is_not_a_traceback() -> None:
    result = subprocess.run(
        ["/bin/sh", "-c", 'exec "$0" list-topics >&-', script()],
        capture_output=True,
        text=True,
        env=process_env(),
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 2
    assert_one_error_line(result.stderr, "standard output is closed")


@needs_script
@posix
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["ask", "is ketamine addictive"], ["ask", "--json", "-"]], ids=["ask", "batch"])
def test_full_disk_is_one_error_line(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [script(), *args],
            input=b"is ketamine addictive\n",
            stdout=full,
            stderr=subprocess.PIPE,
            env=process_env(),
            timeout=TIMEOUT,
            check=False,
        )
    assert result.returncode == 2
    assert_one_error_line(result.stderr.decode("utf-8", "replace"), "cannot write the output")
