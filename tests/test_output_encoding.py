"""A stdout that cannot carry every character: JSON escapes, text replaces, never a traceback."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from helpers import REPO, SCRIPT, needs_script

from ketacli.cli import main
from ketacli.exits import ExitStatus
from ketacli.render import print_json

README = (REPO / "README.md").read_text(encoding="utf-8")


@needs_script
@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize(
    "args",
    [
        ["ask", "--json", "is ketamine addictive?"],
        ["ask", "is ketamine addictive?"],
        ["show", "--json", "addictive"],
        ["show", "addictive"],
        ["list-topics", "--questions"],
    ],
)
def test_a_narrow_encoding_never_ends_in_a_traceback(encoding: str, args: list[str]) -> None:
    assert SCRIPT is not None
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    env.pop("KETACLI_FAQ", None)
    result = subprocess.run([SCRIPT, *args], capture_output=True, env=env, timeout=30, check=False)
    assert (result.returncode, result.stderr) == (0, b"")
    text = result.stdout.decode(encoding)
    if "--json" in args:
        data = json.loads(text)
        answer = data["match"]["answer"] if "match" in data else data["answer"]
        assert "It\u2019s important" in answer  # escaped as \u2019 and read back whole
    elif args[0] != "list-topics":
        assert "It?s important" in text  # replaced, as the encoding cannot carry it


def test_json_escapes_what_the_stream_cannot_carry() -> None:
    for encoding in ("ascii", "latin-1", "cp1252"):
        stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding)
        print_json({"text": "It\u2019s \u00e9 \U0001f600 \x85"}, stream)
        stream.flush()
        written = stream.buffer.getvalue().decode(encoding)  # type: ignore[attr-defined]
        assert json.loads(written) == {"text": "It\u2019s \u00e9 \U0001f600 \x85"}
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    print_json({"text": "It\u2019s"}, stream)
    stream.flush()
    assert stream.buffer.getvalue() == '{"text": "It\u2019s"}\n'.encode()  # type: ignore[attr-defined]


def test_text_on_a_narrow_stdout_replaces_what_it_cannot_carry(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    narrow = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", narrow)
    with pytest.raises(SystemExit) as exited:
        main(["show", "addictive"])
    assert exited.value.code == ExitStatus.OK
    narrow.flush()
    assert "It?s important" in narrow.buffer.getvalue().decode("ascii")  # type: ignore[attr-defined]
