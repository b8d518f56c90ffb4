"""The index cache prunes itself; README says where it is and how to clear it."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import REPO, set_field

from ketacli import cache
from ketacli.faq import FaqSource

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    return tmp_path / "xdg-cache" / "ketacli"


def _retitled(title: str) -> Callable[[dict[str, Any]], None]:
    return set_field(("title",), title)


def _indexes(directory: Path) -> list[str]:
    return sorted(path.name for path in directory.glob("index-*.marshal"))


def test_each_edit_of_a_faq_file_does_not_leave_another_index(write_faq: Callable[..., Path], cache_home: Path) -> None:
    other = write_faq(name="other.json")
    cache.load(other)
    (other_index,) = _indexes(cache_home)
    for edit in range(6):
        path = write_faq(_retitled(f"Edit {edit}"))
        cache.load(path)
    current = cache.cache_file(FaqSource.of(path)).name
    mine = [name for name in _indexes(cache_home) if name != other_index]
    assert len(mine) == cache.KEEP_PER_SOURCE and current in mine
    assert other_index in _indexes(cache_home)  # another file's index is its own


def test_the_cache_keeps_under_its_size_cap_oldest_first(
    write_faq: Callable[..., Path], cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = write_faq(name="faq-0.json")
    cache.load(first)
    size = cache.cache_file(FaqSource.of(first)).stat().st_size
    monkeypatch.setattr(cache, "MAX_CACHE_BYTES", int(size * 2.5))
    written = [cache.cache_file(FaqSource.of(first)).name]
    for number in range(1, 5):
        path = write_faq(name=f"faq-{number}.json")
        cache.load(path)
        os.utime(cache_home / written[-1], ns=(number, number))  # an older file, for certain
        written.append(cache.cache_file(FaqSource.of(path)).name)
    assert sum(path.stat().st_size for path in cache_home.iterdir()) <= cache.MAX_CACHE_BYTES
    assert written[-1] in _indexes(cache_home) and written[0] not in _indexes(cache_home)


def test_pruning_drops_old_layouts_and_left_over_temporary_files_only(
    write_faq: Callable[..., Path], cache_home: Path
) -> None:
    cache_home.mkdir(parents=True)
    old_layout = cache_home / "index-0.1.0-py311-0badc0de-bundled-1-2.marshal"  # before #13.10
    stale, fresh = cache_home / ".index-stale", cache_home / ".index-being-written"
    unrelated = cache_home / "notes.txt"
    for path in (old_layout, stale, fresh, unrelated):
        path.write_bytes(b"x")
    os.utime(stale, (0, 0))
    cache.load(write_faq())
    left = sorted(path.name for path in cache_home.iterdir())
    assert left == sorted([".index-being-written", "notes.txt", *_indexes(cache_home)])
    assert len(_indexes(cache_home)) == 1


def test_readme_says_where_the_cache_is_and_how_to_clear_it() -> None:
    section = README.split("## Index cache", 1)[1].split("\n## ", 1)[0]
    assert "~/.cache/ketacli" in section and "$XDG_CACHE_HOME/ketacli" in section
    assert 'rm -r "${XDG_CACHE_HOME:-$HOME/.cache}/ketacli"' in section
    assert f"newest {cache.KEEP_PER_SOURCE}" in section and f"{cache.MAX_CACHE_BYTES // 2**20} MiB" in section
