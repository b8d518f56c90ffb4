"""Shared fixtures: a private HOME for every test, the bundled FAQ, and a writer for small FAQ files.

Helpers that tests import (paths, the console script, ways to run the app, shared checks) are in
helpers.py."""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import minimal_faq

from ketacli.faq import Faq, bundled_faq_path, load_faq

# Where ketacli (and readline, in chat) would look for the user's files.
XDG_DIRECTORIES = {
    "XDG_CACHE_HOME": ".cache",
    "XDG_CONFIG_HOME": ".config",
    "XDG_DATA_HOME": ".local/share",
    "XDG_STATE_HOME": ".local/state",
}


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own empty HOME and XDG directories, in-process and in every process it
    starts (they inherit the environment): the index cache a test writes is its own, and nothing
    reaches the user's ~/.cache/ketacli or their other files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for variable, folder in XDG_DIRECTORIES.items():
        monkeypatch.setenv(variable, str(home / folder))
    monkeypatch.delenv("INPUTRC", raising=False)  # readline's settings file: ~/.inputrc, in the private HOME
    return home


@pytest.fixture(scope="session")
def faq() -> Faq:
    return load_faq()


@pytest.fixture(scope="session")
def faq_data() -> dict[str, Any]:
    return json.loads(bundled_faq_path().read_text(encoding="utf-8"))


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


@pytest.fixture(autouse=True)
def fresh_caches_under_mutation_testing() -> None:
    """Under mutmut (README "Development"), every test starts with ketacli's caches empty: a
    result cached before a mutant was switched on would hide the mutant."""
    if not os.environ.get("MUTANT_UNDER_TEST"):
        return
    import sys

    for name, module in list(sys.modules.items()):
        if name.startswith("ketacli"):
            for value in list(vars(module).values()):
                if hasattr(value, "cache_clear") and callable(value):
                    value.cache_clear()
