"""The index cache: written on first use, read after, rebuilt on change, harmless when broken."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from ketacli import cache
from ketacli.ask import answer
from ketacli.faq import FaqSource


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "xdg-cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home / "ketacli"


def test_first_use_writes_one_file_then_reads_it(write_faq: Callable[..., Path], cache_home: Path) -> None:
    path = write_faq()
    faq, matcher = cache.load(path)
    files = list(cache_home.iterdir())
    assert len(files) == 1 and files[0].name.startswith("index-") and files[0].suffix == ".marshal"
    again, cached = cache.load(path)
    assert [e.id for e in again] == [e.id for e in faq]
    assert again.get("second") == faq.get("second")
    assert cached.state == matcher.state
    result = answer(again, "what is the second thing", matcher=cached)
    assert result.match is not None and result.match.entry.id == "second"


def test_changed_content_gets_a_new_index(write_faq: Callable[..., Path], cache_home: Path) -> None:
    path = write_faq()
    cache.load(path)

    def rename(data: dict[str, object]) -> None:
        data["entries"][0]["question"] = "What is the very first thing?"  # type: ignore[index]

    write_faq(rename)
    faq, _ = cache.load(path)
    assert faq.get("first").question == "What is the very first thing?"  # type: ignore[union-attr]
    assert len(list(cache_home.iterdir())) == 2


def test_corrupt_cache_is_ignored_and_replaced(write_faq: Callable[..., Path], cache_home: Path) -> None:
    path = write_faq()
    cache.load(path)
    cached = cache.cache_file(FaqSource.of(path))
    cached.write_bytes(b"\x00not marshal data")
    faq, matcher = cache.load(path)
    assert len(faq) == 2 and matcher.positions == (0, 1)
    faq, _ = cache.load(path)  # the rewritten file reads back
    assert len(faq) == 2


def test_unwritable_cache_directory_is_only_slower(
    write_faq: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache directory would go", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    faq, matcher = cache.load(write_faq())
    assert len(faq) == 2 and matcher.count == 2


def test_no_cache_neither_reads_nor_writes(write_faq: Callable[..., Path], cache_home: Path) -> None:
    cache.load(write_faq(), use_cache=False)
    assert not cache_home.exists()


def test_a_cache_hit_still_reports_file_errors(tmp_path: Path, cache_home: Path) -> None:
    from ketacli.faq import FaqError

    with pytest.raises(FaqError, match="file not found"):
        cache.load(tmp_path / "gone.json")


def test_cache_file_names_version_python_and_content(write_faq: Callable[..., Path], cache_home: Path) -> None:
    from ketacli import __version__

    path = write_faq()
    name = cache.cache_file(FaqSource.of(path)).name
    assert re.match(rf"index-[0-9a-f]{{8}}-{re.escape(__version__)}-py", name)  # the source first (pruning)
    other = path.with_name("other.json")
    other.write_text(json.dumps(json.loads(path.read_text(encoding="utf-8")) | {"title": "Other"}), encoding="utf-8")
    assert cache.cache_file(FaqSource.of(other)).name != name


def test_no_temporary_files_are_left(write_faq: Callable[..., Path], cache_home: Path) -> None:
    cache.load(write_faq())
    assert [p.name for p in cache_home.iterdir() if p.name.startswith(".")] == []
    assert all(os.access(p, os.R_OK) for p in cache_home.iterdir())


def test_each_test_has_a_private_home_and_cache(private_home: Path) -> None:
    """conftest's private_home: no test reads or writes the user's ~/.cache/ketacli."""
    assert Path.home() == private_home
    assert cache.cache_dir() == private_home / ".cache" / "ketacli"
    assert not cache.cache_dir().exists()


def test_a_cached_index_is_read_not_rebuilt(
    write_faq: Callable[..., Path], cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_faq()
    cache.load(path)  # writes the index

    def no_indexing(*_: object) -> None:
        raise AssertionError("the index was built again")

    monkeypatch.setattr("ketacli.match._index", no_indexing)
    faq, matcher = cache.load(path)
    assert len(faq) == 2 and matcher.positions == (0, 1)
