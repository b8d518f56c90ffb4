"""README's set-up: the two commands, and how to put `ketacli` on PATH after them."""

from __future__ import annotations

from helpers import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_says_how_to_put_ketacli_on_path() -> None:
    setup = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    # The two set-up commands stay as they are ...
    assert 'python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/ketacli ask "how fast' in setup
    assert 'python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && .venv/bin/pytest' in setup
    # ... and the later examples' bare `ketacli` is explained: activate the venv, or pipx.
    assert "source .venv/bin/activate" in setup and "pipx install ." in setup
    assert "PATH" in setup
