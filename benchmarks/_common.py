"""Shared by the benchmark scripts: finding the installed CLI, timing a process, the questions."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV_SET = REPO.parent / "shared" / "eval" / "dev.jsonl"
OWN_SET = REPO / "tests" / "data" / "own-questions.jsonl"

# The floor: a Typer app with one command and one argument that does nothing. Typer
# builds a pydantic adapter for every parameter it parses, so any real Typer command pays
# for importing pydantic; an app with no parameter at all would not.
NOOP_TYPER_APP = """
import typer

app = typer.Typer()


@app.command()
def main(question: str = "") -> None:
    pass


app()
"""


def ketacli_command() -> list[str]:
    """The installed console script beside this interpreter (else on PATH)."""
    beside = Path(sys.executable).with_name("ketacli")
    found = str(beside) if beside.exists() else shutil.which("ketacli")
    if not found:
        sys.exit("benchmark: install the project first (pip install .): no ketacli command found")
    return [found]


def run_once(argv: list[str], stdin: bytes = b"", env: dict[str, str] | None = None) -> tuple[float, int, bytes]:
    """Wall seconds, peak RSS (KiB) and stdout of one run, its stdout a pipe as a script reads it."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    assert process.stdin is not None and process.stdout is not None

    # Feed (from a thread, so a full output pipe cannot deadlock us) and read by hand, then
    # reap with wait4, which reports this one child's peak RSS.
    def feed() -> None:
        with process.stdin:  # type: ignore[union-attr]
            process.stdin.write(stdin)  # type: ignore[union-attr]

    feeder = threading.Thread(target=feed)
    feeder.start()
    output = process.stdout.read()
    feeder.join()
    process.stdout.close()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - started, usage.ru_maxrss, output


def labelled_questions() -> list[dict[str, object]]:
    """The shared labelled questions when present beside the repository, else the project's own."""
    import json

    source = DEV_SET if DEV_SET.exists() else OWN_SET
    return [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
