"""Helpers the tests import (`from helpers import ...`): paths, the console script, ways to run
the app, and the checks several test files share. Fixtures live in conftest.py."""

from __future__ import annotations

import functools
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
from ketacli.faq import Faq

REPO = Path(__file__).resolve().parent.parent
# Control characters a terminal may act on (newline allowed).
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def shared_path(*parts: str) -> Path:
    """A file of the project's shared folder, kept beside the repository (../shared), not in it:
    the labelled sets and their scorer, the source document. Tests that need one skip without it."""
    return REPO.parent.joinpath("shared", *parts)


SEED = shared_path("seed", "000_323e0bfa92f59c34.txt")
DEV_SET = shared_path("eval", "dev.jsonl")
REAL_DEV_SET = shared_path("eval", "real_dev.jsonl")
SCORE_PY = shared_path("eval", "score.py")
# RapidFuzz's fuzz.ratio (0..100) at or above which two questions count as the same one reworded a little.
NEAR = 80


def folded(text: str) -> str:
    return " ".join(text.casefold().split())


def labelled_queries(path: Path) -> list[str]:
    import json

    return [json.loads(line)["query"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def shared_queries() -> list[str]:
    """The shared sets' queries, folded; never printed (the held-out set stays unseen)."""
    return [folded(query) for path in (DEV_SET, REAL_DEV_SET) for query in labelled_queries(path)]


def nearness_to_shared(text: str, shared: list[str]) -> float | None:
    """fuzz.ratio of the closest shared query, when it is at least NEAR."""
    from rapidfuzz import fuzz, process

    hit = process.extractOne(folded(text), shared, scorer=fuzz.ratio, score_cutoff=NEAR)
    return None if hit is None else float(hit[1])


needs_shared_sets = pytest.mark.skipif(
    not (DEV_SET.exists() and REAL_DEV_SET.exists()), reason=f"shared labelled sets not found in {DEV_SET.parent}"
)


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
    """README, "JSON output": `ask --json` output is valid against the published schema
    (data/answer.schema.json, shipped in the package), and alternatives never repeat the match."""
    _answer_validator().validate(data)
    if data["match"] is not None:
        assert all(alternative["id"] != data["match"]["id"] for alternative in data["alternatives"])


@functools.cache
def _answer_validator() -> Any:
    """The published schema's validator, checked and built once (jsonschema.validate would
    do both for every output)."""
    import json

    import jsonschema

    schema = json.loads((REPO / "data" / "answer.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    return validator(schema)


def run_chat(faq: Faq, lines: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """`ketacli chat` in-process, fed `lines` as if typed: everything it printed."""
    from ketacli import chat
    from ketacli.match import matcher_for
    from ketacli.render import Output

    feed = iter(lines)

    def read(prompt: str) -> str:
        print(prompt, end="")
        try:
            return next(feed)
        except StopIteration:
            raise EOFError from None

    chat.run(faq, matcher_for(faq), Output(width=80), read)
    return capsys.readouterr().out


def _holder(data: dict[str, Any], path: tuple[str | int, ...]) -> Any:
    """What holds the value at `path` in the FAQ's JSON."""
    target: Any = data
    for step in path[:-1]:
        target = target[step]
    return target


def set_field(path: tuple[str | int, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    """An edit for `write_faq`: the value at `path` in the FAQ's JSON becomes `value`."""

    def edit(data: dict[str, Any]) -> None:
        _holder(data, path)[path[-1]] = value

    return edit


def pop_field(path: tuple[str | int, ...]) -> Callable[[dict[str, Any]], object]:
    """An edit for `write_faq`: the value at `path` in the FAQ's JSON goes."""

    def edit(data: dict[str, Any]) -> object:
        return _holder(data, path).pop(path[-1])

    return edit
