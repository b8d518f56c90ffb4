"""Docs that can drift from the code: README's commands, JSON contract, exit statuses, caveats."""

from __future__ import annotations

import json
import re
import shlex

import pytest
from helpers import REPO

from ketacli import crisis_model
from ketacli.ask import coverage
from ketacli.cli import app
from ketacli.exits import ExitStatus
from ketacli.faq import CAVEAT_KINDS, load_faq
from ketacli.reading import FORM_SPECIFIC
from ketacli.render import CAVEAT_MARKERS

README = (REPO / "README.md").read_text(encoding="utf-8")
FORMAT_DOC = (REPO / "docs" / "faq-format.md").read_text(encoding="utf-8")


def command_names() -> list[str]:
    return [command.name or command.callback.__name__ for command in app.registered_commands]  # type: ignore[union-attr]


def test_every_command_is_documented() -> None:
    names = command_names()
    assert {"ask", "list-topics", "show", "eval"} <= set(names)
    for name in names:
        assert f"### `ketacli {name}" in README, f"README has no section for `ketacli {name}`"


def test_every_command_has_examples_first_in_its_help() -> None:
    for command in app.registered_commands:
        help_text = command.callback.__doc__ or ""  # type: ignore[union-attr]
        paragraphs = [p.strip() for p in help_text.split("\n\n")]
        assert paragraphs[1].startswith("\b\n") and "Examples:" in paragraphs[1], command.name


def test_the_readme_table_and_the_published_schema_name_the_same_fields() -> None:
    table = README.split("## JSON output", 1)[1].split("###", 1)[0]
    documented = set(re.findall(r"^\| `(\w+)`(?:, `(\w+)`)? \|", table, re.M))
    named = {name for pair in documented for name in pair if name}
    schema = json.loads((REPO / "data" / "answer.schema.json").read_text(encoding="utf-8"))
    assert named | {"reading"} == set(schema["properties"])  # `reading` is documented under --explain
    assert "data/answer.schema.json" in README


def test_the_schema_rejects_what_scripts_must_not_get() -> None:
    import jsonschema

    schema = json.loads((REPO / "data" / "answer.schema.json").read_text(encoding="utf-8"))
    good = {
        "query": "q",
        "answered": False,
        "match": None,
        "alternatives": [],
        "crisis": False,
        "not_covered": None,
        "disclaimer": "d",
    }
    jsonschema.validate(good, schema)
    for bad in (
        {**good, "answered": True},  # answered without a match
        {**good, "crisis": True},  # a crisis without its resources
        {**good, "alternatives": [{"id": "x", "question": "y", "score": 1.5}]},
        {**good, "extra": 1},
    ):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)


def test_exit_statuses_match_the_readme() -> None:
    table = README.split("## Exit status", 1)[1].split("##", 1)[0]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.M)}
    assert documented == {status.value for status in ExitStatus}


def test_caveat_kinds_are_documented() -> None:
    assert list(CAVEAT_MARKERS) == list(CAVEAT_KINDS)
    for kind, marker in CAVEAT_MARKERS.items():
        assert f"| {kind} | {marker} |" in README, kind
        assert f"| `{kind}` |" in FORMAT_DOC, kind


def test_readme_setup_commands_are_the_ones_ci_runs() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert 'python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && .venv/bin/pytest' in README
    assert 'install --quiet -e ".[test]"' in ci and ".venv/bin/pytest" in ci


# How README names each aspect that the spray's own questions ask (reading.FORM_SPECIFIC).
README_NAMES_OF_FORM_SPECIFIC = {
    "onset": "onset",
    "duration": "how long its effect lasts",
    "schedule": "schedule",
    "dose": "dose",
    "risks": "side effects",
    "effectiveness": "how well it works",
    "eligibility": "who it suits",
    "long-term": "how long one stays on",
    "experience": "what a session is like",
    "monitoring": "monitoring",
}


def test_readme_names_the_spray_s_own_questions_that_the_faq_answers_of_ketamine_only() -> None:
    # Those no entry answers at all are declined as not covered for any subject, so README
    # need name only those some entry answers of ketamine in general or of IV ketamine.
    assert set(README_NAMES_OF_FORM_SPECIFIC) == FORM_SPECIFIC
    sentence = " ".join(README.split("So is Spravato's own", 1)[1].split("does not answer", 1)[0].split())
    for aspect in FORM_SPECIFIC & coverage(load_faq()).aspects:
        assert README_NAMES_OF_FORM_SPECIFIC[aspect] in sentence, aspect


def readme_examples() -> list[tuple[str, list[str]]]:
    """README's `$ ketacli ...` examples (but chat, which waits for input), each with the
    lines it shows; a line "..." stands for lines left out."""
    examples = []
    lines = README.splitlines()
    for number, line in enumerate(lines):
        command = re.match(r"^    \$ ketacli (.*)$", line)
        if not command or command.group(1) == "chat":
            continue
        shown = []
        for following in lines[number + 1 :]:
            if not following.startswith("    ") or following.startswith("    $ "):
                break
            shown.append(following[4:])
        examples.append((command.group(1), shown))
    return examples


@pytest.mark.parametrize(("command", "shown"), readme_examples())
def test_readme_examples_show_what_the_command_prints(command: str, shown: list[str]) -> None:
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, shlex.split(command), env={"COLUMNS": None, "NO_COLOR": "1"})
    printed = (result.stdout + result.stderr).splitlines()
    at = 0
    for line in (line for line in shown if not line.lstrip().startswith("...")):
        assert line in printed[at:], f"README shows {line!r} for `ketacli {command}`"
        at = printed.index(line, at) + 1


def test_readme_gives_the_second_reader_s_threshold() -> None:
    assert f"the resources from a score of {crisis_model.THRESHOLD}," in " ".join(README.split())
