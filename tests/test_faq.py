"""The bundled FAQ against its schema and its source, and the loader's validation errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from helpers import REPO, SEED

from ketacli.faq import CAVEAT_KINDS, Faq, FaqError, bundled_faq_path, load_faq, parse_faq

SCHEMA = json.loads((REPO / "data" / "faq.schema.json").read_text(encoding="utf-8"))


def test_bundled_file_passes_the_schema(faq_data: dict[str, Any]) -> None:
    jsonschema.validate(faq_data, SCHEMA)


def test_schema_caveat_vocabulary_matches_the_loader() -> None:
    kinds = SCHEMA["$defs"]["entry"]["properties"]["caveats"]["items"]["properties"]["kind"]["enum"]
    assert kinds == list(CAVEAT_KINDS)


def test_bundled_file_loads_as_typed_objects(faq: Faq) -> None:
    assert len(faq) == 38
    assert 6 <= len(faq.topics) <= 10
    assert all(faq.entries_in(topic.id) for topic in faq.topics), "every topic has entries"
    entry = faq.get("how-fast")
    assert entry is not None and entry.question == "How long does it take for ketamine to work?"
    assert faq.crisis_resources and "988" in faq.crisis_resources[0].contact


def test_only_the_lead_question_is_inferred(faq: Faq) -> None:
    inferred = [entry.question for entry in faq if entry.question_inferred]
    assert inferred == ["How does ketamine work?"]


@pytest.mark.skipif(not SEED.exists(), reason=f"source document not found at {SEED}")
def test_every_source_line_is_kept_verbatim_in_order(faq: Faq) -> None:
    """Questions plus source_text, in file order, rebuild the source's non-blank lines exactly."""
    source_lines = [line for line in SEED.read_text(encoding="utf-8").split("\n") if line.strip()]
    rebuilt: list[str] = []
    for entry in faq:
        if not entry.question_inferred:
            rebuilt.append(entry.question)
        rebuilt.extend(entry.source_text.split("\n"))
    assert rebuilt == source_lines


def test_every_repaired_answer_records_its_repairs(faq: Faq) -> None:
    for entry in faq:
        if entry.answer != entry.source_text:
            assert entry.repairs, f"{entry.id}: answer differs from source_text without a recorded repair"


def test_caveats_that_the_source_calls_for(faq: Faq) -> None:
    def kinds(entry_id: str) -> set[str]:
        entry = faq.get(entry_id)
        assert entry is not None
        return {caveat.kind for caveat in entry.caveats}

    assert "mismatch" in kinds("addictive")  # "Is ketamine a good drug?" answered with addiction
    assert "boilerplate" in kinds("top-medications")
    assert "duplicate" in kinds("esketamine-name") and "duplicate" in kinds("esketamine-nasal-spray")
    assert "dated" in kinds("types-of-ketamine")
    assert any("2019" in c.text for c in faq.get("types-of-ketamine").caveats)  # type: ignore[union-attr]
    assert {e.id for e in faq if not e.offerable} == {"top-medications"}
    # Every answer cut off with an ellipsis is marked truncated.
    for entry in faq:
        if entry.source_text.rstrip().endswith(("...", "…")):
            assert "truncated" in kinds(entry.id), entry.id


def test_duplicate_caveats_name_an_existing_entry(faq: Faq) -> None:
    for entry in faq:
        for caveat in entry.caveats:
            if caveat.kind == "duplicate":
                assert any(f"({other.id})" in caveat.text for other in faq if other.id != entry.id)


def test_loads_a_named_file(write_faq: Callable[..., Path]) -> None:
    path = write_faq()
    faq = load_faq(path)
    assert [entry.id for entry in faq] == ["first", "second"]
    assert faq.path == str(path)


def test_bundled_path_exists() -> None:
    assert bundled_faq_path().is_file()


def _drop(path: list[Any]) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return edit


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (_drop(["entries", 0, "answer"]), "entries[0] (id 'first'): missing field 'answer'"),
        (
            _set(["entries", 1, "question"], 42),
            "entries[1] (id 'second').question: expected a string, got a number",
        ),
        (_set(["entries", 1, "id"], "first"), "entries: duplicate entry id 'first'"),
        (_set(["entries", 0, "topic"], "nope"), "entries[0] (id 'first').topic: unknown topic 'nope'"),
        (
            _set(["entries", 1, "caveats", 0, "kind"], "rumour"),
            "entries[1] (id 'second').caveats[0].kind: unknown caveat kind 'rumour'",
        ),
        (_set(["entries"], []), "entries: the FAQ has no entries"),
        (
            _set(["entries", 0, "aliases"], ["ok", ""]),
            "entries[0] (id 'first').aliases[1]: expected a non-empty string",
        ),
        (_set(["entries", 0, "id"], "Not A Slug"), "id must be a lowercase slug"),
        (_drop(["disclaimer"]), "$: missing field 'disclaimer'"),
        (_set(["schema_version"], 2), "schema_version: unsupported version 2"),
        (_set(["last_reviewed"], "yesterday"), "last_reviewed: expected a date as YYYY-MM-DD"),
        (_set(["topics", 0], "basics"), "topics[0]: expected an object, got a string"),
    ],
)
def test_validation_errors_name_file_place_and_problem(
    write_faq: Callable[..., Path], edit: Callable[[dict[str, Any]], None], expected: str
) -> None:
    path = write_faq(edit)
    with pytest.raises(FaqError) as caught:
        load_faq(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    assert expected in message
    assert "\n" not in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"title": "x",\n  "entries": [}', "invalid JSON at line 2, column 15"),
        (b"", "invalid JSON at line 1, column 1"),
        (b"[]", "expected a JSON object at the top level, got a list"),
        (b'{"title": "caf\xe9"}', "not UTF-8 text (invalid byte at offset 14)"),
    ],
)
def test_unreadable_content(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(FaqError, match=r"^.*bad\.json: ") as caught:
        load_faq(path)
    assert expected in str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FaqError, match=r"missing\.json: file not found$"):
        load_faq(tmp_path / "missing.json")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(FaqError, match="is a directory"):
        load_faq(tmp_path)


def test_unreadable_file(write_faq: Callable[..., Path], monkeypatch: pytest.MonkeyPatch) -> None:
    # Root (as in CI) reads any file whatever its mode, so the denial is simulated.
    def deny(self: Path, *args: object, **kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied")

    path = write_faq()
    monkeypatch.setattr(Path, "open", deny)
    with pytest.raises(FaqError, match=r"permission denied$"):
        load_faq(path)


def test_parse_faq_accepts_text() -> None:
    from helpers import minimal_faq

    assert len(parse_faq(json.dumps(minimal_faq()))) == 2
