"""`ketacli faq-format`, and help and errors that point only to what an installed user has."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import REPO, SCRIPT, assert_one_error_line, needs_script, run_main, set_field
from helpers import run as run_cli

from ketacli.aspects import ASPECTS
from ketacli.exits import ExitStatus
from ketacli.faq import FIELDS as FAQ_FIELDS

README = (REPO / "README.md").read_text(encoding="utf-8")

FAQ_SCHEMA = json.loads((REPO / "data" / "faq.schema.json").read_text(encoding="utf-8"))


FORMAT_DOC = REPO / "docs" / "faq-format.md"
# What a pip user does not have: the source tree's files and folders.
SOURCE_PATHS = re.compile(r"docs/|data/|tests/|ketacli/|\.\./|README|\w\.py\b")


def test_faq_format_prints_the_documented_format(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(["faq-format"], capsys)
    assert (status, err) == (ExitStatus.OK, "")
    assert out == FORMAT_DOC.read_text(encoding="utf-8")
    # The packaged copy is the one in docs/: edit both, or this fails.
    assert (REPO / "ketacli" / "faq-format.md").read_bytes() == FORMAT_DOC.read_bytes()


def test_faq_format_documents_every_field_and_aspect() -> None:
    text = FORMAT_DOC.read_text(encoding="utf-8")
    for kind in ("$", "entry"):
        for field in FAQ_FIELDS[kind]:
            assert f"| `{field}` |" in text, field
    for aspect in ASPECTS:
        assert f"`{aspect}`" in text, aspect


def test_faq_format_schema_is_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(["faq-format", "--schema"], capsys)
    assert status == ExitStatus.OK and json.loads(out) == FAQ_SCHEMA


@needs_script
def test_the_installed_command_prints_the_format_and_schema(tmp_path: Path) -> None:
    assert SCRIPT is not None
    for args, expected in ((["faq-format"], FORMAT_DOC), (["faq-format", "--schema"], REPO / "data/faq.schema.json")):
        result = subprocess.run([SCRIPT, *args], capture_output=True, cwd=tmp_path, timeout=30, check=True)
        assert result.stdout == expected.read_bytes()


def _help_texts() -> dict[str, str]:
    texts = {}
    for command in [[], *([name] for name in ("ask", "list-topics", "show", "chat", "eval", "faq-format"))]:
        result = run_cli(*command, "--help", env={"COLUMNS": "200"})
        assert result.exit_code == 0
        texts[" ".join(command) or "ketacli"] = result.stdout
    return texts


def test_help_names_no_file_of_the_source_tree() -> None:
    texts = _help_texts()
    texts["faq-format"] += FORMAT_DOC.read_text(encoding="utf-8")
    for name, text in texts.items():
        assert not SOURCE_PATHS.search(text), (name, SOURCE_PATHS.search(text))
    assert "ketacli faq-format" in re.sub(r"-\n\s+", "-", texts["ask"])  # --faq's help points at it


def test_a_bad_faq_file_points_at_faq_format(
    write_faq: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_faq(set_field(("entries", 0, "aliass"), []))
    status, _, err = run_main(["ask", "--faq", str(path), "is it first"], capsys)
    assert status == ExitStatus.ERROR
    assert_one_error_line(err, "(the format: ketacli faq-format)")
    assert not SOURCE_PATHS.search(err.replace(str(path), "FILE"))
