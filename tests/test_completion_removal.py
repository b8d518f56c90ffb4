"""README says how to remove what `--install-completion` added, and it works."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import REPO, SCRIPT, needs_script

README = (REPO / "README.md").read_text(encoding="utf-8")


def _readme_removal(shell: str) -> str:
    """README's commands that remove what --install-completion wrote for `shell`."""
    section = README.split("#### Removing shell completion", 1)[1].split("\n#", 1)[0]
    block = "\n".join(line[4:] for line in section.splitlines() if line.startswith("    "))
    commands = re.split(r"^# ", block, flags=re.M)
    (chosen,) = [part for part in commands if part.startswith(f"{shell}")]
    return chosen.split("\n", 1)[1]


def _mentions_ketacli(home: Path) -> list[str]:
    return [str(path) for path in home.rglob("*") if path.is_file() and "ketacli" in path.read_text(errors="replace")]


@needs_script
@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_readme_removes_what_install_completion_wrote_for_bash(tmp_path: Path) -> None:
    assert SCRIPT is not None
    home = tmp_path / "home"
    home.mkdir()
    (home / ".bashrc").write_text("alias ll='ls -l'\n", encoding="utf-8")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    # Run from bash, as a person would: Typer asks the parent process which shell it is.
    subprocess.run(["bash", "-c", f"'{SCRIPT}' --install-completion"], env=env, check=True, capture_output=True)
    assert _mentions_ketacli(home), "the installer wrote nothing to remove"
    subprocess.run(["bash", "-c", _readme_removal("bash")], env=env, check=True, capture_output=True)
    assert _mentions_ketacli(home) == [str(home / ".bashrc.bak")]  # the backup README says it keeps
    assert "alias ll='ls -l'" in (home / ".bashrc").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_readme_removes_what_install_completion_wrote_for(
    shell: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installers = pytest.importorskip("typer._completion_shared")  # Typer's own, as --install-completion calls it
    monkeypatch.setenv("HOME", str(tmp_path))
    install = getattr(installers, f"install_{shell}")
    install(prog_name="ketacli", complete_var="_KETACLI_COMPLETE", shell=shell)
    assert _mentions_ketacli(tmp_path)
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run(["bash", "-c", _readme_removal(shell)], env=env, check=True, capture_output=True)
    assert _mentions_ketacli(tmp_path) == []
