"""The `ketacli` console script run as a real process (pipes, and a pseudo-terminal); that the suite
tests the working tree; and the wheel built from it, installed as a user gets it."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import sysconfig
import time
import zipfile
from pathlib import Path

import pytest
from helpers import REPO, SCRIPT, needs_script

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


# ---------------------------------------------------------------------------- the working tree, and the wheel


def test_the_suite_imports_the_working_tree() -> None:
    """README's test set-up installs editable: an installed copy would be tested as it was when installed."""
    assert Path(ketacli.__file__).resolve().parent == REPO / "ketacli", (
        f"the tests import {ketacli.__file__}, not this tree: pip install -e '.[test]'"
    )


@needs_script
def test_the_script_runs_the_working_tree() -> None:
    assert SCRIPT is not None
    first_line = Path(SCRIPT).read_bytes().split(b"\n", 1)[0]
    if not first_line.startswith(b"#!"):
        pytest.skip(f"{SCRIPT} does not start with a #! line naming its interpreter")
    interpreter = first_line[2:].decode().strip()
    where = subprocess.run(
        [interpreter, "-c", "import ketacli; print(ketacli.__file__)"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=True,
        env=environment(),
    ).stdout.strip()
    assert Path(where).resolve().parent == REPO / "ketacli", f"{SCRIPT} runs {where}, not this tree"


def pip_supports_python_option() -> bool:
    from importlib.metadata import version

    major, minor = (int(part) for part in version("pip").split(".")[:2])
    return (major, minor) >= (22, 3)


@pytest.mark.skipif(importlib.util.find_spec("hatchling") is None, reason="hatchling (a test extra) builds the wheel")
@pytest.mark.skipif(not pip_supports_python_option(), reason="pip 22.3 or newer installs into another venv")
def test_the_built_wheel_installed_in_a_fresh_venv(tmp_path: Path) -> None:
    """The wheel as `pip install .` builds it, installed into an empty venv, answers from its own
    bundled FAQ. Offline: the build uses the installed hatchling, and the venv reuses this
    environment's Typer, Rich and RapidFuzz (a .pth file) instead of downloading them. About 2 s."""
    started = time.perf_counter()
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input", "--quiet"]
    dist = tmp_path / "dist"
    build = [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "--wheel-dir", str(dist), str(REPO)]
    subprocess.run(build, check=True, timeout=120, env=environment())
    (wheel,) = dist.glob("ketacli-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    shipped = {
        "ketacli/cli.py",
        "ketacli/data/faq.json",
        "ketacli/data/faq.schema.json",
        "ketacli/data/answer.schema.json",
    }
    assert shipped <= names
    assert not any(name.startswith(("tests/", "data/")) for name in names)

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=60)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = next(path for path in (bin_dir / "python.exe", bin_dir / "python") if path.exists())
    subprocess.run([*pip, "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)], check=True)
    site_packages = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    ours = {sysconfig.get_paths()[key] for key in ("purelib", "platlib")}
    (site_packages / "dependencies-from-the-test-environment.pth").write_text("\n".join(sorted(ours)) + "\n")

    probe = "import ketacli.faq as f; print(f.__file__); print(f.bundled_faq_path())"
    # Run from outside the checkout: `python -c` would import ./ketacli first.
    module, faq_file = subprocess.run(
        [str(python), "-c", probe], capture_output=True, text=True, check=True, env=environment(), cwd=tmp_path
    ).stdout.split()
    assert Path(module).parent == site_packages / "ketacli"
    assert Path(faq_file) == site_packages / "ketacli" / "data" / "faq.json"

    script = str(bin_dir / ("ketacli.exe" if os.name == "nt" else "ketacli"))
    asked = subprocess.run(
        [script, "ask", "--json", "how fast does ketamine work"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        env=environment(),
        cwd=tmp_path,
    )
    assert (asked.returncode, asked.stderr) == (0, "")
    assert json.loads(asked.stdout)["match"]["id"] == "how-fast"
    version = subprocess.run(
        [script, "--version"], capture_output=True, text=True, timeout=TIMEOUT, env=environment(), cwd=tmp_path
    )
    assert version.stdout == f"ketacli {ketacli.__version__}\n"
    assert time.perf_counter() - started < 30, "building and installing the wheel should take seconds"


# ---------------------------------------------------------------------------- the console script


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
