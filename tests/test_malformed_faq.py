"""Malformed FAQ files: each is one error line and exit 2, never a traceback."""

from __future__ import annotations

import builtins
import errno
import io
import json
import os
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import assert_one_error_line, minimal_faq, needs_script, pop_field, run_main, set_field
from robustness import (
    LABELLED,
    TIMEOUT,
    edited,
    process_env,
    run_main_bytes,
    script,
)


def _pop(*path: str | int) -> Callable[[dict[str, Any]], object]:
    return pop_field(path)


def _set(value: Any, *path: str | int) -> Callable[[dict[str, Any]], object]:
    return set_field(path, value)


VALID = json.dumps(minimal_faq()).encode("utf-8")

MALFORMED: dict[str, tuple[bytes, str]] = {
    # (file content, what the one-line error must say)
    "invalid-json": (b"{", "invalid JSON"),
    "truncated-json": (VALID[:-20], "invalid JSON"),
    "trailing-garbage": (VALID + b" x", "invalid JSON"),
    "two-documents": (VALID + VALID, "invalid JSON"),
    "empty-file": (b"", "invalid JSON"),
    "whitespace-only": (b" \n\t\r\n", "invalid JSON"),
    "nul-bytes": (b"\x00" * 64, "invalid JSON"),
    "top-level-list": (b"[]", "expected a JSON object"),
    "top-level-null": (b"null", "expected a JSON object"),
    "top-level-string": (b'"faq"', "expected a JSON object"),
    "version-nan": (VALID.replace(b'"schema_version": 1', b'"schema_version": NaN'), "schema_version"),
    "version-string": (edited(_set("1", "schema_version")), "expected an integer"),
    "version-true": (edited(_set(True, "schema_version")), "expected an integer"),
    "version-2": (edited(_set(2, "schema_version")), "unsupported version"),
    "entries-an-object": (edited(_set({}, "entries")), "expected a list"),
    "entries-empty": (edited(_set([], "entries")), "no entries"),
    "entry-a-string": (edited(_set("x", "entries", 0)), "expected an object"),
    "answer-a-number": (edited(_set(5, "entries", 0, "answer")), "expected a string"),
    "answer-null": (edited(_set(None, "entries", 0, "answer")), "expected a string"),
    "answer-blank": (edited(_set("   ", "entries", 0, "answer")), "must not be empty"),
    "aliases-a-string": (edited(_set("first", "entries", 0, "aliases")), "expected a list"),
    "alias-a-number": (edited(_set([1], "entries", 0, "aliases")), "non-empty string"),
    "caveats-null": (edited(_set(None, "entries", 0, "caveats")), "expected a list"),
    "caveat-a-string": (edited(_set(["x"], "entries", 0, "caveats")), "expected an object"),
    "caveat-unknown-kind": (edited(_set([{"kind": "spicy", "text": "t"}], "entries", 0, "caveats")), "caveat kind"),
    "question-inferred-a-string": (edited(_set("yes", "entries", 0, "question_inferred")), "true or false"),
    "attribution-a-number": (edited(_set(3, "entries", 0, "attribution")), "expected a string"),
    "missing-answer": (edited(_pop("entries", 0, "answer")), "missing field 'answer'"),
    "missing-question": (edited(_pop("entries", 0, "question")), "missing field 'question'"),
    "missing-id": (edited(_pop("entries", 0, "id")), "missing field 'id'"),
    "missing-topic": (edited(_pop("entries", 0, "topic")), "missing field 'topic'"),
    "missing-entries": (edited(_pop("entries")), "missing field 'entries'"),
    "missing-crisis": (edited(_pop("crisis")), "missing field 'crisis'"),
    "missing-disclaimer": (edited(_pop("disclaimer")), "missing field 'disclaimer'"),
    "no-crisis-resources": (edited(_set([], "crisis", "resources")), "at least one resource"),
    "no-topics": (edited(_set([], "topics")), "at least one topic"),
    "duplicate-entry-id": (edited(_set("first", "entries", 1, "id")), "duplicate entry id 'first'"),
    "duplicate-topic-id": (
        edited(lambda data: data["topics"].append(dict(data["topics"][0]))),
        "duplicate topic id 'basics'",
    ),
    "unknown-topic": (edited(_set("nowhere", "entries", 0, "topic")), "unknown topic 'nowhere'"),
    "id-not-a-slug": (edited(_set("First Entry", "entries", 0, "id")), "slug"),
    "bad-date": (edited(_set("yesterday", "last_reviewed")), "YYYY-MM-DD"),
    "latin-1": (VALID.replace(b"The first thing", b"Caf\xe9 first thing"), "not UTF-8"),
    "utf-16": (json.dumps(minimal_faq()).encode("utf-16"), "not UTF-8"),
    "binary": (bytes(range(256)) * 8, "not UTF-8"),
}


@pytest.mark.parametrize(("content", "problem"), list(MALFORMED.values()), ids=list(MALFORMED))
def test_malformed_faq_is_one_line_naming_file_and_problem(
    content: bytes, problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad-faq.json"
    path.write_bytes(content)
    start = time.perf_counter()
    code, out, err = run_main(["ask", "is ketamine addictive", "--faq", str(path)], capsys)
    assert time.perf_counter() - start < 5
    assert code == 2
    assert out == ""
    assert_one_error_line(err, str(path), problem)


@pytest.mark.parametrize(
    "args",
    [
        ["ask", "x"],
        ["ask", "--json", "x"],
        ["ask", "-"],
        ["show", "first"],
        ["show", "--json", "first"],
        ["list-topics"],
        ["list-topics", "--json"],
        ["list-topics", "basics"],
        ["eval", str(LABELLED)],
        ["eval", "--json", str(LABELLED)],
    ],
    ids=lambda args: " ".join(a if a != str(LABELLED) else "FILE" for a in args),
)
@pytest.mark.parametrize(
    "kind", ["invalid-json", "unknown-topic", "duplicate-entry-id", "directory"], ids=lambda kind: kind
)
def test_malformed_faq_in_every_command(
    args: list[str], kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if kind == "directory":
        path, problem = tmp_path, "directory"
    else:
        path = tmp_path / "faq.json"
        content, problem = MALFORMED[kind]
        path.write_bytes(content)
    code, out, err = run_main([*args, "--faq", str(path)], capsys)
    assert code == 2
    assert out == ""
    assert_one_error_line(err, str(path), problem)


def test_missing_faq_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nowhere" / "faq.json"
    code, out, err = run_main(["list-topics", "--faq", str(path)], capsys)
    assert code == 2 and out == ""
    assert_one_error_line(err, str(path), "not found")


def test_faq_with_a_byte_order_mark_is_accepted(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + VALID)
    code, out, _ = run_main(["show", "first", "--faq", str(path)], capsys)
    assert code == 0 and "The first thing is first." in out


@pytest.fixture
def unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A FAQ file this process may not read: chmod 000, and, as root (who may read it
    anyway), every way of opening that path refuses with EACCES as the kernel would."""
    path = tmp_path / "secret-faq.json"
    path.write_bytes(VALID)
    path.chmod(0)
    target = os.path.realpath(path)

    def refused(file: Any) -> bool:
        return not isinstance(file, int) and os.path.realpath(os.fspath(file)) == target

    real_open, real_os_open = builtins.open, os.open

    def fake_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if refused(file):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(file))
        return real_open(file, *args, **kwargs)

    def fake_os_open(file: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if refused(file):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(file))
        return real_os_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    yield path
    path.chmod(0o600)


def test_unreadable_faq_file(unreadable: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(["ask", "is ketamine addictive", "--faq", str(unreadable)], capsys)
    assert code == 2 and out == ""
    assert_one_error_line(err, str(unreadable), "permission denied")


def test_fifty_megabyte_file_that_is_not_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "big.json"
    with path.open("wb") as file:  # an array that never closes: the parser reads to the end
        file.write(b"[" + b"1," * (25 * 1024 * 1024))
    assert path.stat().st_size >= 50 * 1024 * 1024
    start = time.perf_counter()
    code, out, err = run_main(["list-topics", "--faq", str(path)], capsys)
    assert time.perf_counter() - start < 15
    assert code == 2 and out == ""
    assert_one_error_line(err, str(path), "invalid JSON")


def test_faq_with_a_huge_integer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "faq.json"
    path.write_bytes(VALID.replace(b'"schema_version": 1', b'"schema_version": ' + b"9" * 5000))
    code, out, err = run_main(["ask", "x", "--faq", str(path)], capsys)
    assert code == 2 and out == ""
    assert_one_error_line(err, str(path))


@pytest.mark.parametrize("content", [b"[" * 100_000 + b"]" * 100_000, b'{"a":' * 100_000 + b"1" + b"}" * 100_000])
def test_faq_nested_too_deeply(content: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "faq.json"
    path.write_bytes(content)
    code, out, err = run_main(["ask", "x", "--faq", str(path)], capsys)
    assert code == 2 and out == ""
    assert_one_error_line(err, str(path))


@pytest.mark.parametrize(
    "args", [["show", "first"], ["ask", "--json", "what is the first thing"]], ids=["show", "json"]
)
def test_faq_with_a_lone_surrogate(args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "faq.json"
    path.write_bytes(VALID.replace(b"The first thing is first.", b"The first \\ud800 thing is first."))
    code, out, err = run_main_bytes([*args, "--faq", str(path)], monkeypatch)
    # Loaded; the lone surrogate (not text) is shown as U+FFFD, in the JSON too.
    assert (code, err) == (0, "")
    assert "The first \ufffd thing is first." in out.decode("utf-8")


@pytest.mark.parametrize("args", [["list-topics"], ["list-topics", "nope"]], ids=["table", "unknown-topic"])
def test_faq_with_a_hostile_topic_id_is_refused(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/faq-format.md: a topic id is a slug. (Hostile topic names: HOSTILE_FAQ.)"""
    topic = "bas\x1b[31mics\nsecond line"

    def edit(data: dict[str, Any]) -> None:
        data["topics"][0]["id"] = topic
        for entry in data["entries"]:
            entry["topic"] = topic

    path = tmp_path / "faq.json"
    path.write_bytes(edited(edit))
    code, out, err = run_main([*args, "--faq", str(path)], capsys)
    assert (code, out) == (2, "")
    assert_one_error_line(err, str(path), "topics[0].id", "slug")  # the id itself is not echoed


@needs_script
@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_faq_file_is_refused() -> None:
    resource = pytest.importorskip("resource")

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 29, 1 << 29))  # 512 MiB

    result = subprocess.run(
        [script(), "ask", "x", "--faq", "/dev/zero"],
        capture_output=True,
        text=True,
        errors="replace",
        env=process_env(),
        timeout=TIMEOUT,
        preexec_fn=limit_memory,
        check=False,
    )
    assert result.returncode == 2
    assert_one_error_line(result.stderr, "/dev/zero")


@pytest.mark.parametrize("expected", ["[1]", "[null]"])
def test_eval_labelled_file_with_non_string_expected(
    expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "labelled.jsonl"
    path.write_text('{"query": "is ketamine addictive", "expected": ' + expected + "}\n", encoding="utf-8")
    code, out, err = run_main(["eval", str(path)], capsys)
    assert code == 2 and out == ""
    assert_one_error_line(err, str(path))


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "no labelled questions"), (b"\xff\n", "cannot read"), (b"{\n", "line 1"), (b'["x"]\n', "line 1")],
    ids=["empty", "not-utf8", "invalid-json", "not-an-object"],
)
def test_eval_bad_labelled_file(
    content: bytes, problem: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "labelled.jsonl"
    path.write_bytes(content)
    code, out, err = run_main(["eval", str(path)], capsys)
    assert code == 2 and out == ""
    assert_one_error_line(err, str(path), problem)
