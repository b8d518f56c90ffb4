"""Shell completion (Typer's) in bash: commands, options, topic ids and entry ids."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import SCRIPT

BASH = shutil.which("bash")
pytestmark = pytest.mark.skipif(BASH is None or SCRIPT is None, reason="needs bash and the installed ketacli command")


def complete(words: str) -> list[str]:
    """What bash offers after `words` (the last one being completed), via the installed completion."""
    program = f"""
        source <("{SCRIPT}" --show-completion bash)
        COMP_WORDS=({words})
        COMP_CWORD=$(( ${{#COMP_WORDS[@]}} - 1 ))
        [[ "{words}" == *" " ]] && COMP_WORDS+=("") && COMP_CWORD=$(( COMP_CWORD + 1 ))
        _ketacli_completion ketacli  # bash passes the command name
        printf '%s\\n' "${{COMPREPLY[@]}}"
    """
    env = {"PATH": f"{Path(str(SCRIPT)).parent}:/usr/bin:/bin", "HOME": "/nonexistent"}
    result = subprocess.run([BASH, "-c", program], capture_output=True, text=True, env=env, check=True, timeout=30)
    return result.stdout.split()


def test_completes_commands() -> None:
    assert set(complete("ketacli li")) == {"list-topics"}
    assert {"ask", "chat", "eval", "list-topics", "show"} <= set(complete("ketacli "))


def test_completes_options() -> None:
    assert {"--no-cache", "--no-color"} == set(complete("ketacli ask --no"))


def test_completes_entry_ids() -> None:
    assert set(complete("ketacli show how")) == {"how-fast", "how-ketamine-works"}


def test_completes_topic_ids() -> None:
    assert set(complete("ketacli list-topics e")) == {"effectiveness", "esketamine"}


def test_install_completion_is_offered() -> None:
    help_text = subprocess.run([str(SCRIPT), "--help"], capture_output=True, text=True, check=True).stdout
    assert "--install-completion" in help_text
