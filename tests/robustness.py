"""Helpers and hostile data shared by the robustness tests (hostile input and FAQs, pipes,
signals, terminals). A plain module: `from robustness import ...`."""

from __future__ import annotations

import copy
import io
import json
import os
import re
import select
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from helpers import CONTROL, SCRIPT, minimal_faq

from ketacli.cli import main

DATA = Path(__file__).resolve().parent / "data"
HOSTILE_FAQ = DATA / "robustness" / "hostile_faq.json"
LABELLED = DATA / "labelled.jsonl"

# Every C0 and C1 control character except the newline: a terminal may act on any of them.
# Select Graphic Rendition: the colour and style codes Rich writes on a terminal.
SGR = re.compile(r"\x1b\[[0-9;]*m")
BOX = re.compile(r"[\u2500-\u257f]")

# The hostile text in tests/data/robustness/hostile_faq.json, as it must be shown: Rich markup
# and emoji codes as text, escape sequences without their ESC (and without BEL, C1, NUL, ...).
MARKUP = "[bold red]MARKUP[/]"
LINK_MARKUP = "[link=https://evil.example]click[/link]"
EMOJI_CODE = ":warning:"
DEFANGED_CSI = "[31mRED[0m"
VISIBLE = (MARKUP, LINK_MARKUP, EMOJI_CODE, DEFANGED_CSI)
HOSTILE_QUESTION = "what does the hostile entry say"

TIMEOUT = 30


def run_main_bytes(
    args: Sequence[str], monkeypatch: pytest.MonkeyPatch, *, errors: str = "strict"
) -> tuple[int, bytes, str]:
    """`main` with a UTF-8 stdout as a real process has one; `errors` is what the locale picks.

    Python gives stdout errors="strict" under a UTF-8 locale such as en_US.UTF-8 (or with
    PYTHONIOENCODING=utf-8), and "surrogateescape" under the C or C.UTF-8 locale.
    """
    raw, stderr = io.BytesIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="utf-8", errors=errors, write_through=True))
    monkeypatch.setattr(sys, "stderr", stderr)
    with pytest.raises(SystemExit) as caught:
        main(list(args))
    code = caught.value.code
    return (int(code) if isinstance(code, int) else 0 if code is None else 1), raw.getvalue(), stderr.getvalue()


def flat(text: str) -> str:
    """Text as a reader sees it: no colour codes, no box drawing, whitespace folded."""
    return " ".join(BOX.sub(" ", SGR.sub("", text)).split())


def assert_literal(text: str) -> None:
    """Hostile data printed as text: nothing a terminal acts on, markup and codes visible."""
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text, repr(text[:300])
    assert not CONTROL.search(text), repr(CONTROL.search(text))
    shown = flat(text)
    for piece in VISIBLE:
        assert piece in shown, piece


def hostile_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(HOSTILE_FAQ.read_text(encoding="utf-8"))
    return data


# Real processes: the installed console script (SCRIPT, needs_script: helpers).
posix = pytest.mark.skipif(os.name != "posix", reason="pipes, signals and pseudo-terminals as POSIX has them")


def script() -> str:
    assert SCRIPT is not None
    return SCRIPT


def process_env(**changes: str) -> dict[str, str]:
    """This environment without anything that sets ketacli's output, plus `changes`."""
    dropped = {"KETACLI_FAQ", "NO_COLOR", "COLUMNS", "LINES", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"}
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    env.update(changes)
    return env


def on_a_terminal(*args: str, columns: int = 100, **env: str) -> tuple[int | None, str]:
    """Run ketacli with a pseudo-terminal for stdin and stdout: its status and output."""
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(
        script(),
        list(args),
        env=process_env(**{"TERM": "xterm-256color", **env}),
        dimensions=(40, columns),
        encoding="utf-8",
        codec_errors="replace",
        timeout=TIMEOUT,
    )
    output = child.read()
    child.close()
    return child.exitstatus, output.replace("\r\n", "\n")


def read_line(stream: Any, timeout: float = 10.0) -> bytes:
    """One line from a pipe, or fail after `timeout` seconds (never hang the test run)."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        ready, _, _ = select.select([stream], [], [], max(left, 0))
        assert ready, f"no complete line within {timeout}s; got {data[:200]!r}"
        chunk = os.read(stream.fileno(), 1)
        assert chunk, f"end of output before a complete line; got {data[:200]!r}"
        data += chunk
    return data


def edited(edit: Callable[[dict[str, Any]], object]) -> bytes:
    """The minimal FAQ as JSON bytes, after `edit`."""
    data = copy.deepcopy(minimal_faq())
    edit(data)
    return json.dumps(data).encode("utf-8")


def hostile_labelled_file(tmp_path: Path) -> Path:
    """A labelled file for `ketacli eval` whose kind and query carry hostile text."""
    hostile = "\x1b[31mRED\x1b[0m [bold red]MARKUP[/] \x07"
    second = hostile_data()["entries"][1]["question"]  # expected questions must be the FAQ's
    rows = [
        {"query": HOSTILE_QUESTION, "expected": [second], "kind": f"kind {hostile}"},
        {"query": f"plugh {hostile}", "expected": [], "kind": "oos", "crisis": False},
    ]
    path = tmp_path / "labelled.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path
