"""ketacli writes nothing but its index cache: no history, no logs."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import needs_script, run
from robustness import (
    HOSTILE_FAQ,
    HOSTILE_QUESTION,
    LABELLED,
    TIMEOUT,
    hostile_labelled_file,
    posix,
    process_env,
    script,
)


def _no_cache_flag(command: str) -> list[str]:
    """`--no-cache`, if this ketacli command has it (a documented index cache for --faq files)."""
    return ["--no-cache"] if "--no-cache" in run(command, "--help").stdout else []


def _tree(directory: Path) -> list[str]:
    return sorted(str(path.relative_to(directory)) for path in directory.rglob("*"))


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Path]]:
    """An empty HOME (the XDG directories and TMPDIR point into it) and an empty working directory."""
    home, cwd, faq_dir = tmp_path / "home", tmp_path / "cwd", tmp_path / "faq"
    for directory in (home, cwd, faq_dir):
        directory.mkdir()
    shutil.copy(HOSTILE_FAQ, faq_dir / "faq.json")
    shutil.copy(LABELLED, faq_dir / "labelled.jsonl")
    monkeypatch.chdir(cwd)
    yield {"home": home, "cwd": cwd, "faq": faq_dir}


def assert_untouched(sandbox: dict[str, Path]) -> None:
    assert _tree(sandbox["home"]) == [], "nothing in HOME, the XDG directories or TMPDIR"
    assert _tree(sandbox["cwd"]) == [], "nothing in the working directory"
    assert _tree(sandbox["faq"]) == ["faq.json", "labelled.jsonl"], "nothing beside the FAQ file"


def _sandbox_env(home: Path) -> dict[str, str]:
    return {
        "HOME": str(home),
        "XDG_CACHE_HOME": str(home),
        "XDG_CONFIG_HOME": str(home),
        "XDG_DATA_HOME": str(home),
        "XDG_STATE_HOME": str(home),
        "TMPDIR": str(home),
    }


# `ask` and `eval` keep a documented index cache (README: Index cache): --no-cache skips it.
BUNDLED_RUNS = {
    "ask": (["ask", "--no-cache", "--json", "--explain", "is ketamine addictive"], None),
    "batch": (["ask", "--no-cache", "-"], "is ketamine addictive\nI want to die\n"),
    "eval": (["eval", "--no-cache", "LABELLED"], None),
    "list-topics": (["list-topics", "--questions"], None),
    "show": (["show", "how-fast"], None),
}


@pytest.mark.parametrize("command", list(BUNDLED_RUNS))
def test_bundled_faq_writes_nothing(command: str, sandbox: dict[str, Path]) -> None:
    args, stdin = BUNDLED_RUNS[command]
    args = [str(sandbox["faq"] / "labelled.jsonl") if arg == "LABELLED" else arg for arg in args]
    result = run(*args, input=stdin, env={**_sandbox_env(sandbox["home"])})
    assert result.exit_code == 0, result.stderr
    assert_untouched(sandbox)


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["ask", HOSTILE_QUESTION], None),
        (["ask", "--json", "-"], f"{HOSTILE_QUESTION}\nxyzzy\n"),
        (["eval", "LABELLED"], None),
        (["list-topics"], None),
        (["show", "hostile-entry"], None),
    ],
    ids=["ask", "batch", "eval", "list-topics", "show"],
)
def test_faq_option_writes_nothing_with_no_cache(args: list[str], stdin: str | None, sandbox: dict[str, Path]) -> None:
    if "LABELLED" in args:
        hostile_labelled_file(sandbox["faq"])  # labels naming this FAQ's questions, in place of the bundled FAQ's
    args = [str(sandbox["faq"] / "labelled.jsonl") if arg == "LABELLED" else arg for arg in args]
    faq = ["--faq", str(sandbox["faq"] / "faq.json"), *_no_cache_flag(args[0])]
    result = run(*args, *faq, input=stdin, env={**_sandbox_env(sandbox["home"])})
    assert result.exit_code == 0, result.stderr
    assert_untouched(sandbox)


@needs_script
@posix
@pytest.mark.parametrize("faq", [False, True], ids=["bundled-no-cache", "faq-option-no-cache"])
def test_a_fresh_process_writes_nothing(faq: bool, sandbox: dict[str, Path]) -> None:
    """A new interpreter too (imports, Rich, Typer's completion): batch through a pipe."""
    args = ["ask", "--json", "--no-cache", "-"]
    if faq:
        args += ["--faq", str(sandbox["faq"] / "faq.json")]
    result = subprocess.run(
        [script(), *args],
        input=f"is ketamine addictive\n{HOSTILE_QUESTION}\n",
        capture_output=True,
        text=True,
        cwd=sandbox["cwd"],
        env=process_env(**_sandbox_env(sandbox["home"])),
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert_untouched(sandbox)
