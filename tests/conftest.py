"""Shared fixtures: the bundled FAQ, the seed document, and a writer for small FAQ files."""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from ketacli.cli import app, main
from ketacli.faq import Faq, bundled_faq_path, load_faq

REPO = Path(__file__).resolve().parent.parent
SEED = REPO.parent / "shared" / "seed" / "000_323e0bfa92f59c34.txt"
DEV_SET = REPO.parent / "shared" / "eval" / "dev.jsonl"
# Control characters a terminal may act on (newline allowed).
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def _installed_script() -> str | None:
    """The `ketacli` console script beside this interpreter, else on PATH."""
    beside = Path(sys.executable).parent / ("ketacli.exe" if os.name == "nt" else "ketacli")
    if beside.is_file():
        return str(beside)
    return shutil.which("ketacli")


SCRIPT = _installed_script()
needs_script = pytest.mark.skipif(
    SCRIPT is None,
    reason="the `ketacli` console script is not installed (not next to sys.executable, not on PATH)",
)


@pytest.fixture(scope="session")
def faq() -> Faq:
    return load_faq()


@pytest.fixture(scope="session")
def faq_data() -> dict[str, Any]:
    return json.loads(bundled_faq_path().read_text(encoding="utf-8"))


def minimal_faq() -> dict[str, Any]:
    """The smallest valid FAQ: one topic, two entries."""
    return {
        "schema_version": 1,
        "title": "Test FAQ",
        "source": {"description": "Written for the tests."},
        "last_reviewed": "2026-01-01",
        "disclaimer": "Not medical advice.",
        "crisis": {
            "message": "Help is available.",
            "resources": [{"region": "Anywhere", "name": "Helpline", "contact": "Call 000"}],
        },
        "topics": [{"id": "basics", "name": "Basics", "description": "The basics."}],
        "entries": [
            {
                "id": "first",
                "question": "What is the first thing?",
                "topic": "basics",
                "answer": "The first thing is first.",
                "source_text": "The first thing is first.",
                "aliases": ["first thing"],
                "attribution": None,
                "caveats": [],
            },
            {
                "id": "second",
                "question": "What is the second thing?",
                "topic": "basics",
                "answer": "The second thing follows.",
                "source_text": "The second thing follows.",
                "attribution": "Someone",
                "caveats": [{"kind": "truncated", "text": "Cut off."}],
            },
        ],
    }


@pytest.fixture
def write_faq(tmp_path: Path) -> Callable[..., Path]:
    """Write a FAQ (the minimal one, changed by `edit`) to a file and return its path."""

    def write(edit: Callable[[dict[str, Any]], object] | None = None, name: str = "faq.json") -> Path:
        data = copy.deepcopy(minimal_faq())
        if edit is not None:
            edit(data)
        path = tmp_path / name
        path.write_text(json.dumps(data), encoding="utf-8")
        return path

    return write


def run(*args: str, input: str | bytes | None = None, env: Mapping[str, str | None] | None = None) -> Result:
    """The app through Typer's CliRunner, with the settings ketacli reads cleared."""
    environment: dict[str, str | None] = {"KETACLI_FAQ": None, "NO_COLOR": None, "COLUMNS": None}
    environment.update(env or {})
    return CliRunner().invoke(app, list(args), input=input, env=environment)


def run_main(args: Sequence[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """`ketacli.cli.main` as the console script calls it (it always ends with SystemExit): status, stdout, stderr."""
    with pytest.raises(SystemExit) as caught:
        main(list(args))
    captured = capsys.readouterr()
    code = caught.value.code
    return (code if isinstance(code, int) else 0 if code is None else 1), captured.out, captured.err


def assert_one_error_line(stderr: str, *mentions: str) -> str:
    """The error contract: one line on stderr, `ketacli: error: ...`, naming what it must."""
    assert stderr.startswith("ketacli: error: "), stderr[:500]
    assert stderr.count("\n") == 1 and stderr.endswith("\n"), repr(stderr[:500])
    assert not CONTROL.search(stderr), repr(stderr[:500])
    assert "Traceback" not in stderr
    for mention in mentions:
        assert mention in stderr, (mention, stderr[:500])
    return stderr


def check_contract(data: dict[str, Any]) -> None:
    """README, "JSON output": every field of `ask --json`, with its type."""
    assert isinstance(data["query"], str)
    assert isinstance(data["answered"], bool)
    assert isinstance(data["crisis"], bool)
    assert isinstance(data["disclaimer"], str) and data["disclaimer"]
    match = data["match"]
    assert data["answered"] is (match is not None)
    if match is not None:
        assert isinstance(match, dict)
        for key in ("id", "question", "answer", "topic"):
            assert isinstance(match[key], str) and match[key], key
        assert isinstance(match["score"], float) and 0.0 <= match["score"] <= 1.0
        assert isinstance(match["caveats"], list)
        for caveat in match["caveats"]:
            assert set(caveat) == {"kind", "text"}
            assert isinstance(caveat["kind"], str) and isinstance(caveat["text"], str)
        assert match["attribution"] is None or isinstance(match["attribution"], str)
    assert isinstance(data["alternatives"], list)
    for alternative in data["alternatives"]:
        assert isinstance(alternative["id"], str) and isinstance(alternative["question"], str)
        assert isinstance(alternative["score"], float) and 0.0 <= alternative["score"] <= 1.0
        if match is not None:
            assert alternative["id"] != match["id"]
    if data["crisis"]:
        assert data["crisis_for"] in ("self", "other")
        assert isinstance(data["crisis_message"], str)
        resources = data["crisis_resources"]
        assert isinstance(resources, list) and resources
        for resource in resources:
            assert all(isinstance(resource[key], str) for key in ("region", "name", "contact"))
    else:
        assert not {"crisis_for", "crisis_message", "crisis_resources"} & set(data)
