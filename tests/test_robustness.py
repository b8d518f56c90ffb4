"""Robustness: hostile and malformed input, hostile FAQ data, pipes, signals, terminals.

Most tests run in-process (`ketacli.cli.main`, Typer's CliRunner, or `ketacli.render`
directly); a real process (the installed `ketacli` script) is used only where the
behaviour belongs to a process: pipes, signals, pseudo-terminals, a closed or full stdout.

Tests marked xfail(strict=True) with a reason starting "BUG:" document real bugs that
these tests found; they turn into failures (XPASS) once the bug is fixed, so that the
mark is removed with the fix.
"""

from __future__ import annotations

import builtins
import copy
import errno
import io
import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from helpers import CONTROL, SCRIPT, assert_one_error_line, check_contract, minimal_faq, needs_script, run, run_main
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ketacli import render
from ketacli.ask import answer
from ketacli.cli import main
from ketacli.faq import Faq, load_faq
from ketacli.safety import is_crisis

DATA = Path(__file__).resolve().parent / "data"
HOSTILE_FAQ = DATA / "robustness" / "hostile_faq.json"
LABELLED = DATA / "labelled.jsonl"

# Every C0 and C1 control character except the newline: a terminal may act on any of them.
# Select Graphic Rendition: the colour and style codes Rich writes on a terminal.
SGR = re.compile(r"\x1b\[[0-9;]*m")
BOX = re.compile(r"[\u2500-\u257f]")

# The hostile text in tests/data/robustness/hostile_faq.json, as it must be shown: Rich markup
# and emoji codes as text, escape sequences without their ESC (and without BEL, C1, NUL, ...).
MARKUP = "[bold red]MARKUP[/]"
LINK_MARKUP = "[link=https://evil.example]click[/link]"
EMOJI_CODE = ":warning:"
DEFANGED_CSI = "[31mRED[0m"
VISIBLE = (MARKUP, LINK_MARKUP, EMOJI_CODE, DEFANGED_CSI)
HOSTILE_QUESTION = "what does the hostile entry say"

TIMEOUT = 30


# ---------------------------------------------------------------------------- helpers


def run_main_bytes(
    args: Sequence[str], monkeypatch: pytest.MonkeyPatch, *, errors: str = "strict"
) -> tuple[int, bytes, str]:
    """`main` with a UTF-8 stdout as a real process has one; `errors` is what the locale picks.

    Python gives stdout errors="strict" under a UTF-8 locale such as en_US.UTF-8 (or with
    PYTHONIOENCODING=utf-8), and "surrogateescape" under the C or C.UTF-8 locale.
    """
    raw, stderr = io.BytesIO(), io.StringIO()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(raw, encoding="utf-8", errors=errors, write_through=True))
    monkeypatch.setattr(sys, "stderr", stderr)
    with pytest.raises(SystemExit) as caught:
        main(list(args))
    code = caught.value.code
    return (int(code) if isinstance(code, int) else 0 if code is None else 1), raw.getvalue(), stderr.getvalue()


def flat(text: str) -> str:
    """Text as a reader sees it: no colour codes, no box drawing, whitespace folded."""
    return " ".join(BOX.sub(" ", SGR.sub("", text)).split())


def assert_literal(text: str) -> None:
    """Hostile data printed as text: nothing a terminal acts on, markup and codes visible."""
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text, repr(text[:300])
    assert not CONTROL.search(text), repr(CONTROL.search(text))
    shown = flat(text)
    for piece in VISIBLE:
        assert piece in shown, piece


def hostile_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(HOSTILE_FAQ.read_text(encoding="utf-8"))
    return data


# Real processes: the installed console script (SCRIPT, needs_script: helpers).
posix = pytest.mark.skipif(os.name != "posix", reason="pipes, signals and pseudo-terminals as POSIX has them")


def script() -> str:
    assert SCRIPT is not None
    return SCRIPT


def process_env(**changes: str) -> dict[str, str]:
    """This environment without anything that sets ketacli's output, plus `changes`."""
    dropped = {"KETACLI_FAQ", "NO_COLOR", "COLUMNS", "LINES", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"}
    env = {key: value for key, value in os.environ.items() if key not in dropped}
    env.update(changes)
    return env


def on_a_terminal(*args: str, columns: int = 100, **env: str) -> tuple[int | None, str]:
    """Run ketacli with a pseudo-terminal for stdin and stdout: its status and output."""
    pexpect = pytest.importorskip("pexpect")
    child = pexpect.spawn(
        script(),
        list(args),
        env=process_env(**{"TERM": "xterm-256color", **env}),
        dimensions=(40, columns),
        encoding="utf-8",
        codec_errors="replace",
        timeout=TIMEOUT,
    )
    output = child.read()
    child.close()
    return child.exitstatus, output.replace("\r\n", "\n")


def read_line(stream: Any, timeout: float = 10.0) -> bytes:
    """One line from a pipe, or fail after `timeout` seconds (never hang the test run)."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        ready, _, _ = select.select([stream], [], [], max(left, 0))
        assert ready, f"no complete line within {timeout}s; got {data[:200]!r}"
        chunk = os.read(stream.fileno(), 1)
        assert chunk, f"end of output before a complete line; got {data[:200]!r}"
        data += chunk
    return data


# ============================================================================ 1. input


@pytest.mark.parametrize(
    "question",
    ["", " ", "\t", "\n", " \t\r\n ", "\u00a0", "\u2003\u3000", "\x1c\x1d\x1e\x1f"],
    ids=["empty", "space", "tab", "newline", "mixed", "nbsp", "em-and-ideographic-space", "separators"],
)
@pytest.mark.parametrize("mode", [[], ["--json"]], ids=["text", "json"])
def test_empty_or_whitespace_question_is_a_usage_error(
    question: str, mode: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_main(["ask", *mode, "--", question], capsys)
    assert code == 2
    assert out == ""
    assert_one_error_line(err, "empty")


@pytest.mark.parametrize(
    "question",
    ["\x1b", "\x00", "\u200b", "\ufeff", "[/]", "[", "]", "\\", "%s%n%x", "{0}{}", "' OR 1=1 --", "-x", "--json"],
)
def test_odd_but_not_empty_questions_are_declined(question: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Not whitespace, so not a usage error: no word the FAQ knows, so no confident answer (1),
    and nothing a terminal acts on."""
    code, out, err = run_main(["ask", "--", question], capsys)
    assert (code, err) == (1, "")
    assert out.startswith("No confident answer in the FAQ for:")
    assert not CONTROL.search(out)


@pytest.mark.parametrize("mode", [[], ["--json"]], ids=["text", "json"])
def test_one_megabyte_question_is_handled_in_bounded_time(mode: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    question = ("is ketamine addictive or " * 50_000)[: 1 << 20]
    start = time.perf_counter()
    code, out, err = run_main(["ask", *mode, question], capsys)
    assert time.perf_counter() - start < 10
    assert (code, err) == (0, "")  # its first 1,000 characters ask one question again and again
    if mode:
        data = json.loads(out)
        assert data["query"] == question and data["match"]["id"] == "addictive"
    else:
        assert out.startswith("Q: Is ketamine a good drug? [addictive]\n")


def test_long_question_with_a_crisis_at_the_end(capsys: pytest.CaptureFixture[str]) -> None:
    """The crisis check reads the whole question, not only what the matcher reads."""
    question = "ketamine " * 30_000 + "I want to die"
    start = time.perf_counter()
    code, out, _ = run_main(["ask", "--json", question], capsys)
    assert time.perf_counter() - start < 10
    data = json.loads(out)
    assert data["crisis"] is True
    assert code == (0 if data["answered"] else 1)


def test_question_of_100000_lines_is_handled_in_bounded_time(capsys: pytest.CaptureFixture[str]) -> None:
    question = "what is ketamine\n" * 100_000
    start = time.perf_counter()
    code, out, err = run_main(["ask", "--json", question], capsys)
    assert time.perf_counter() - start < 10
    assert err == ""
    data = json.loads(out)
    check_contract(data)
    assert code == (0 if data["answered"] else 1)


def test_batch_of_100000_lines_is_handled_in_bounded_time() -> None:
    lines = ["x", "", "   ", "\x1b[2J", "\t", "[/]", "", " \r"]
    text = "".join(lines[number % len(lines)] + "\n" for number in range(100_000))
    start = time.perf_counter()
    result = run("ask", "--json", "-", input=text)
    assert time.perf_counter() - start < 15
    assert result.exit_code == 0, result.stderr
    records = result.stdout.splitlines()
    assert len(records) == 100_000 * 3 // 8  # blank and whitespace-only lines are skipped
    for record in records[:50] + records[-50:]:
        check_contract(json.loads(record))


def test_batch_line_of_one_megabyte() -> None:
    line = "does ketamine help depression " * 35_000
    start = time.perf_counter()
    result = run("ask", "--json", "-", input=line + "\nis ketamine addictive\n")
    assert time.perf_counter() - start < 10
    assert result.exit_code == 0
    first, second = (json.loads(record) for record in result.stdout.splitlines())
    assert first["query"] == line.strip()
    assert second["match"]["id"] == "addictive"


NON_UTF8 = {
    "latin-1": b"caf\xe9 ketamine\n",
    "lone-continuation": b"\x80\x81 is ketamine addictive\n",
    "ff-fe": b"\xff\xfe\xff\n",
    "overlong-slash": b"\xc0\xaf\xe0\x80\xaf\n",
    "utf8-encoded-surrogate": b"\xed\xa0\x80 ketamine\n",
    "beyond-u10ffff": b"\xf4\x90\x80\x80\n",
    "truncated-sequence": b"ketamine \xe2\x82\n",
    "windows-1252-quotes": b"\x93is ketamine addictive\x94\n",
    "utf-16-with-bom": "is ketamine addictive\n".encode("utf-16"),
    "nul-bytes": b"is\x00ketamine\x00addictive\n",
    "crlf-and-no-final-newline": b"is ketamine addictive\r\nhow fast does it work",
}


@pytest.mark.parametrize("data", list(NON_UTF8.values()), ids=list(NON_UTF8))
def test_batch_decodes_bad_bytes_with_replacement(data: bytes) -> None:
    result = run("ask", "--json", "-", input=data)
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    # One question per line (split on the newline byte), decoded with replacement, blanks skipped.
    expected = [text for raw in data.split(b"\n") if (text := raw.decode("utf-8", "replace").strip())]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(expected)
    for record, line in zip(records, expected, strict=True):
        check_contract(record)
        assert record["query"] == line
        record["query"].encode("utf-8")  # no lone surrogates: replaced, not escaped
    if b"\xff" in data or b"\x80" in data or b"\xe9" in data:
        assert "\ufffd" in records[0]["query"]


def test_batch_text_mode_survives_bad_bytes() -> None:
    result = run("ask", "-", input=b"\xff\xfe\x00\x1b[31m\n\xc3\x28 ketamine\n")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "\ufffd" in result.stdout


HOSTILE_QUERY = "xyzzy [bold red]MARKUP[/] \x1b[31mRED\x1b[0m\x07 \x9b2J :warning: \x1b]0;pwned\x07 [/]"
HOSTILE_QUERY_SHOWN = "xyzzy [bold red]MARKUP[/] [31mRED[0m 2J :warning: ]0;pwned [/]"


def test_hostile_question_is_echoed_literally_in_text() -> None:
    result = run("ask", "--", HOSTILE_QUERY)
    assert result.exit_code == 1
    assert not CONTROL.search(result.stdout)
    assert f"No confident answer in the FAQ for: {HOSTILE_QUERY_SHOWN}" in flat(result.stdout)


def test_hostile_question_is_echoed_literally_in_batch_text() -> None:
    result = run("ask", "-", input=f"{HOSTILE_QUERY}\nplugh {MARKUP}\n")
    assert result.exit_code == 0
    assert not CONTROL.search(result.stdout)
    assert HOSTILE_QUERY_SHOWN in flat(result.stdout) and f"plugh {MARKUP}" in result.stdout


def test_hostile_question_is_kept_exactly_in_json() -> None:
    result = run("ask", "--json", "--", HOSTILE_QUERY)
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout and "\x9b" not in result.stdout
    assert json.loads(result.stdout)["query"] == HOSTILE_QUERY


@pytest.mark.parametrize("query", [HOSTILE_QUERY, "[/]", "[/bold]", "[", "[link=]x", "\\[bold]x", ":smile: [i]"])
def test_hostile_question_is_echoed_literally_by_rich(query: str, faq: Faq) -> None:
    stream = io.StringIO()
    render.print_answer(answer(faq, query), faq, render.Output(rich=True, width=100), stream=stream)
    text = stream.getvalue()
    assert "\x1b" not in text and not CONTROL.search(text)
    assert render.clean_line(query) in flat(text)


@needs_script
@posix
def test_hostile_question_on_a_terminal() -> None:
    status, output = on_a_terminal("ask", "--", HOSTILE_QUERY, columns=120)
    assert status == 1
    assert "\x1b[31mRED" not in output and "\x07" not in output and "\x9b" not in output
    assert "\x1b]" not in output  # no OSC (window title, hyperlink) from the data
    assert HOSTILE_QUERY_SHOWN in flat(output)


# ============================================================================ 2. data: hostile FAQ text


# Shares words with both entries of the hostile FAQ, answered by neither: both are suggested.
UNANSWERED_HOSTILE = "what does the hostile one hold"
# Each run on the hostile FAQ, with its exit status: 1 only for the question it does not answer.
HOSTILE_PLAIN = {
    "ask-answered": (["ask", HOSTILE_QUESTION], 0),
    "ask-explain": (["ask", "--explain", HOSTILE_QUESTION], 0),
    "ask-unanswered": (["ask", UNANSWERED_HOSTILE], 1),
    "ask-crisis": (["ask", "I want to die. " + HOSTILE_QUESTION + "?"], 0),
    "show": (["show", "hostile-entry"], 0),
    "list-topics": (["list-topics"], 0),
    "list-topics-questions": (["list-topics", "--questions"], 0),
    "list-topics-one": (["list-topics", "hostile"], 0),
}


@pytest.mark.parametrize(("args", "status"), list(HOSTILE_PLAIN.values()), ids=list(HOSTILE_PLAIN))
def test_hostile_faq_in_plain_text(args: list[str], status: int) -> None:
    result = run(*args, "--faq", str(HOSTILE_FAQ))
    assert result.exit_code == status, result.stderr
    assert result.stderr == ""
    assert_literal(result.stdout)


def test_hostile_faq_answer_is_offered_and_crisis_comes_first() -> None:
    result = run("ask", "I want to die. " + HOSTILE_QUESTION + "?", "--faq", str(HOSTILE_FAQ))
    assert result.exit_code == 0
    text = flat(result.stdout)
    assert text.index(f"Crisis {MARKUP}") < text.index(f"Region {MARKUP}") < text.index(f"Answer {MARKUP}")


def _labelled(tmp_path: Path) -> Path:
    hostile = "\x1b[31mRED\x1b[0m [bold red]MARKUP[/] \x07"
    second = hostile_data()["entries"][1]["question"]  # expected questions must be the FAQ's
    rows = [
        {"query": HOSTILE_QUESTION, "expected": [second], "kind": f"kind {hostile}"},
        {"query": f"plugh {hostile}", "expected": [], "kind": "oos", "crisis": False},
    ]
    path = tmp_path / "labelled.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_hostile_faq_and_labels_in_eval_text(tmp_path: Path) -> None:
    result = run("eval", str(_labelled(tmp_path)), "--misses", "--faq", str(HOSTILE_FAQ))
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "\x1b" not in text and not CONTROL.search(text)
    assert MARKUP in text and DEFANGED_CSI in text
    assert "What does the hostile entry say?" in text  # the FAQ's question, as what was got


def test_hostile_faq_and_labels_in_eval_json(tmp_path: Path) -> None:
    result = run("eval", str(_labelled(tmp_path)), "--misses", "--json", "--faq", str(HOSTILE_FAQ))
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    figures = json.loads(result.stdout)
    question = hostile_data()["entries"][0]["question"]
    assert figures["misses"][0]["got"] == question


# Each run, with its exit status and, for `ask`, whether it answers and whether it is a crisis.
HOSTILE_JSON = {
    "ask": (["ask", "--json", "I want to die. " + HOSTILE_QUESTION + "?"], 0, True, True),
    "ask-unanswered": (["ask", "--json", UNANSWERED_HOSTILE], 1, False, False),
    "ask-explain": (["ask", "--json", "--explain", HOSTILE_QUESTION], 0, True, False),
    "show": (["show", "--json", "hostile-entry"], 0, None, None),
    "list-topics": (["list-topics", "--json"], 0, None, None),
    "list-topics-one": (["list-topics", "--json", "hostile"], 0, None, None),
}


@pytest.mark.parametrize(("args", "status", "answered", "crisis"), list(HOSTILE_JSON.values()), ids=list(HOSTILE_JSON))
def test_hostile_faq_in_json_is_escaped_and_exact(
    args: list[str], status: int, answered: bool | None, crisis: bool | None
) -> None:
    result = run(*args, "--faq", str(HOSTILE_FAQ))
    assert result.exit_code == status, result.stderr
    raw = result.stdout
    assert raw.count("\n") == 1
    assert not CONTROL.search(raw) and "\u2028" not in raw, "JSON escapes what a terminal acts on"
    data = json.loads(raw)
    source = hostile_data()
    entry = source["entries"][0]
    if args[0] == "ask":
        check_contract(data)
        assert (data["answered"], data["crisis"]) == (answered, crisis)
        assert data["disclaimer"] == source["disclaimer"]
        if crisis:
            assert data["crisis_message"] == source["crisis"]["message"]
            assert data["crisis_resources"] == source["crisis"]["resources"]
        else:
            assert "crisis_message" not in data and "crisis_resources" not in data
        if answered:
            assert data["match"]["id"] == entry["id"]
            assert data["match"]["answer"] == entry["answer"]
            assert data["match"]["attribution"] == entry["attribution"]
            assert data["match"]["caveats"] == entry["caveats"]
        else:
            suggested = [alternative["question"] for alternative in data["alternatives"]]
            # Suggestions are only the related entries (here one), exactly as the file words them.
            assert suggested == [source["entries"][0]["question"]]
    elif args[0] == "show":
        for key in ("question", "answer", "source_text", "repairs", "aliases", "attribution", "caveats"):
            assert data[key] == entry[key], key
    else:
        assert data["topics"][0]["name"] == source["topics"][0]["name"]
        assert data["topics"][0]["description"] == source["topics"][0]["description"]
        assert data["topics"][0]["entries"][0]["question"] == entry["question"]


@pytest.fixture(scope="module")
def hostile() -> Faq:
    return load_faq(HOSTILE_FAQ)


RICH_ANSWERS = {
    "answered": HOSTILE_QUESTION,
    "unanswered": UNANSWERED_HOSTILE,
    "crisis-answered": "I want to die. " + HOSTILE_QUESTION + "?",
    "crisis-only": "I want to die",
}


@pytest.mark.parametrize("explain", [False, True], ids=["plain", "explain"])
@pytest.mark.parametrize("question", list(RICH_ANSWERS.values()), ids=list(RICH_ANSWERS))
def test_hostile_faq_rendered_by_rich(hostile: Faq, question: str, explain: bool) -> None:
    stream = io.StringIO()
    result = answer(hostile, question)
    render.print_answer(result, hostile, render.Output(rich=True, width=200), explain=explain, stream=stream)
    assert_literal(stream.getvalue())


@pytest.mark.parametrize(
    "show",
    [
        lambda faq, out: render.print_show(faq.get("hostile-entry"), faq, out),
        lambda faq, out: render.print_topics(faq, out, questions=False),
        lambda faq, out: render.print_topics(faq, out, questions=True),
        lambda faq, out: render.print_topics(faq, out, questions=False, only=faq.topic("hostile")),
    ],
    ids=["show", "list-topics", "list-topics-questions", "list-topics-one"],
)
def test_hostile_faq_show_and_topics_rendered_by_rich(
    hostile: Faq, show: Callable[[Faq, render.Output], None], capsys: pytest.CaptureFixture[str]
) -> None:
    show(hostile, render.Output(rich=True, width=250))
    assert_literal(capsys.readouterr().out)


@needs_script
@posix
@pytest.mark.parametrize(
    "args",
    [["ask", "I want to die. " + HOSTILE_QUESTION + "?"], ["show", "hostile-entry"], ["list-topics"]],
    ids=["ask", "show", "list-topics"],
)
def test_hostile_faq_on_a_terminal(args: list[str]) -> None:
    status, output = on_a_terminal(*args, "--faq", str(HOSTILE_FAQ), columns=250)
    assert status == 0, output[-500:]
    assert SGR.search(output), "Rich colours its own text on a terminal"
    assert "\x1b[31mRED" not in output, "the data's colour code is not passed through"
    rest = SGR.sub("", output)
    assert "\x1b" not in rest and "\x07" not in rest and "\x9b" not in rest, repr(rest[:300])
    for piece in VISIBLE:
        assert piece in flat(output), piece


# ============================================================================ 2. data: malformed FAQ files


def _edited(edit: Callable[[dict[str, Any]], object]) -> bytes:
    data = copy.deepcopy(minimal_faq())
    edit(data)
    return json.dumps(data).encode("utf-8")


def _pop(*path: Any) -> Callable[[dict[str, Any]], object]:
    def edit(data: dict[str, Any]) -> object:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        return target.pop(path[-1])

    return edit


def _set(value: Any, *path: Any) -> Callable[[dict[str, Any]], object]:
    def edit(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return edit


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
    "version-string": (_edited(_set("1", "schema_version")), "expected an integer"),
    "version-true": (_edited(_set(True, "schema_version")), "expected an integer"),
    "version-2": (_edited(_set(2, "schema_version")), "unsupported version"),
    "entries-an-object": (_edited(_set({}, "entries")), "expected a list"),
    "entries-empty": (_edited(_set([], "entries")), "no entries"),
    "entry-a-string": (_edited(_set("x", "entries", 0)), "expected an object"),
    "answer-a-number": (_edited(_set(5, "entries", 0, "answer")), "expected a string"),
    "answer-null": (_edited(_set(None, "entries", 0, "answer")), "expected a string"),
    "answer-blank": (_edited(_set("   ", "entries", 0, "answer")), "must not be empty"),
    "aliases-a-string": (_edited(_set("first", "entries", 0, "aliases")), "expected a list"),
    "alias-a-number": (_edited(_set([1], "entries", 0, "aliases")), "non-empty string"),
    "caveats-null": (_edited(_set(None, "entries", 0, "caveats")), "expected a list"),
    "caveat-a-string": (_edited(_set(["x"], "entries", 0, "caveats")), "expected an object"),
    "caveat-unknown-kind": (_edited(_set([{"kind": "spicy", "text": "t"}], "entries", 0, "caveats")), "caveat kind"),
    "question-inferred-a-string": (_edited(_set("yes", "entries", 0, "question_inferred")), "true or false"),
    "attribution-a-number": (_edited(_set(3, "entries", 0, "attribution")), "expected a string"),
    "missing-answer": (_edited(_pop("entries", 0, "answer")), "missing field 'answer'"),
    "missing-question": (_edited(_pop("entries", 0, "question")), "missing field 'question'"),
    "missing-id": (_edited(_pop("entries", 0, "id")), "missing field 'id'"),
    "missing-topic": (_edited(_pop("entries", 0, "topic")), "missing field 'topic'"),
    "missing-entries": (_edited(_pop("entries")), "missing field 'entries'"),
    "missing-crisis": (_edited(_pop("crisis")), "missing field 'crisis'"),
    "missing-disclaimer": (_edited(_pop("disclaimer")), "missing field 'disclaimer'"),
    "no-crisis-resources": (_edited(_set([], "crisis", "resources")), "at least one resource"),
    "no-topics": (_edited(_set([], "topics")), "at least one topic"),
    "duplicate-entry-id": (_edited(_set("first", "entries", 1, "id")), "duplicate entry id 'first'"),
    "duplicate-topic-id": (
        _edited(lambda data: data["topics"].append(dict(data["topics"][0]))),
        "duplicate topic id 'basics'",
    ),
    "unknown-topic": (_edited(_set("nowhere", "entries", 0, "topic")), "unknown topic 'nowhere'"),
    "id-not-a-slug": (_edited(_set("First Entry", "entries", 0, "id")), "slug"),
    "bad-date": (_edited(_set("yesterday", "last_reviewed")), "YYYY-MM-DD"),
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
    path.write_bytes(_edited(edit))
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


# ============================================================================ 3. pipes and signals


def _pipe_to_head(args: Sequence[str], stdin: Any = subprocess.DEVNULL) -> tuple[int, str, bytes]:
    """`ketacli ARGS | head -1`: ketacli's status and stderr, and what head printed."""
    head = shutil.which("head")
    if head is None:
        pytest.skip("needs head(1)")
    ketacli = subprocess.Popen(
        [script(), *args], stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=process_env()
    )
    reader = subprocess.Popen([head, "-1"], stdin=ketacli.stdout, stdout=subprocess.PIPE)
    assert ketacli.stdout is not None and ketacli.stderr is not None
    ketacli.stdout.close()  # only head holds the read end now
    first, _ = reader.communicate(timeout=TIMEOUT)
    err = ketacli.stderr.read().decode("utf-8", "replace")
    ketacli.stderr.close()
    return ketacli.wait(timeout=TIMEOUT), err, first


def _assert_quiet(err: str) -> None:
    assert "Traceback" not in err and "BrokenPipe" not in err and "Exception ignored" not in err, err


@needs_script
@posix
def test_list_topics_into_head_ends_quietly() -> None:
    status, err, first = _pipe_to_head(["list-topics"])
    assert first.startswith(b"TOPIC")
    _assert_quiet(err)
    assert err == ""
    # The table fits in the pipe's buffer, so ketacli usually finishes before head leaves (0);
    # when it does not, the status is 1, as README's table says.
    assert status in (0, 1)


@needs_script
@posix
def test_long_list_into_head_gets_a_broken_pipe_and_ends_quietly(tmp_path: Path) -> None:
    def many(data: dict[str, Any]) -> None:
        template = data["entries"][0]
        data["entries"] = [
            {**template, "id": f"entry-{n}", "question": f"What is thing number {n}? " + "words " * 30}
            for n in range(10_000)
        ]

    path = tmp_path / "big-faq.json"
    path.write_bytes(_edited(many))
    status, err, first = _pipe_to_head(["list-topics", "--questions", "--faq", str(path)])
    assert first.startswith(b"Basics [basics]")
    _assert_quiet(err)
    assert status == 1, "README: 1 when the reader of the output goes away"


@needs_script
@posix
@pytest.mark.parametrize("mode", [[], ["--json"]], ids=["text", "json"])
def test_batch_into_head_ends_quietly(mode: list[str], tmp_path: Path) -> None:
    questions = tmp_path / "many-questions.txt"
    questions.write_text("is ketamine addictive\nhow fast does it work\n" * 2000, encoding="utf-8")
    with questions.open("rb") as stdin:
        status, err, first = _pipe_to_head(["ask", *mode, "-"], stdin=stdin)
    _assert_quiet(err)
    assert err == ""
    assert status == 1
    if mode:
        assert json.loads(first)["match"]["id"] == "addictive"
    else:
        assert first.startswith(b"Q: ")


@needs_script
@posix
@pytest.mark.parametrize("mode", [["--json"], []], ids=["json", "text"])
def test_batch_output_is_flushed_per_question_and_ctrl_c_exits_130(mode: list[str]) -> None:
    process = subprocess.Popen(
        [script(), "ask", *mode, "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=process_env(),
    )
    assert process.stdin is not None and process.stdout is not None and process.stderr is not None
    try:
        process.stdin.write(b"is ketamine addictive\n")
        process.stdin.flush()
        first = read_line(process.stdout)  # before stdin is closed: the answer was flushed
        if mode:
            assert json.loads(first)["match"]["id"] == "addictive"
            process.stdin.write(b"how fast does ketamine work\n")
            process.stdin.flush()
            assert json.loads(read_line(process.stdout))["match"]["id"] == "how-fast"
        else:
            assert first.startswith(b"Q: Is ketamine a good drug?")
        # Now it waits on stdin: Ctrl-C.
        process.send_signal(signal.SIGINT)
        status = process.wait(timeout=TIMEOUT)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    err = process.stderr.read().decode("utf-8", "replace")
    assert status == 130
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err
    assert err.count("\n") <= 1


@needs_script
@posix
def test_batch_ends_with_0_when_stdin_closes() -> None:
    process = subprocess.Popen(
        [script(), "ask", "--json", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=process_env(),
    )
    out, err = process.communicate(b"is ketamine addictive\n\n   \nxyzzy\n", timeout=TIMEOUT)
    assert process.returncode == 0, err
    assert [json.loads(line)["answered"] for line in out.splitlines()] == [True, False]


@needs_script
@posix
def test_closed_stdout_is_not_a_traceback() -> None:
    result = subprocess.run(
        ["/bin/sh", "-c", 'exec "$0" list-topics >&-', script()],
        capture_output=True,
        text=True,
        env=process_env(),
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 2
    assert_one_error_line(result.stderr, "standard output is closed")


@needs_script
@posix
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("args", [["ask", "is ketamine addictive"], ["ask", "--json", "-"]], ids=["ask", "batch"])
def test_full_disk_is_one_error_line(args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [script(), *args],
            input=b"is ketamine addictive\n",
            stdout=full,
            stderr=subprocess.PIPE,
            env=process_env(),
            timeout=TIMEOUT,
            check=False,
        )
    assert result.returncode == 2
    assert_one_error_line(result.stderr.decode("utf-8", "replace"), "cannot write the output")


# ============================================================================ 4. terminals


TERMINAL_COMMANDS = {
    "ask": (["ask", "is ketamine addictive"], ["addictive", "Misuse and addiction"]),
    "list-topics": (["list-topics"], ["how-it-works", "misuse", "research"]),
    "show": (["show", "how-fast"], ["how-fast", "The effects of ketamine are typically very fast."]),
}
TERMINAL_SETTINGS = {
    "NO_COLOR": ({"NO_COLOR": "1"}, 80, False),
    "TERM=dumb": ({"TERM": "dumb"}, 80, False),
    "COLUMNS=20": ({"COLUMNS": "20"}, 20, True),
    "COLUMNS=300": ({"COLUMNS": "300"}, 300, True),
}


@needs_script
@posix
@pytest.mark.parametrize(
    ("setting", "command"),
    [
        (setting, command)
        for setting in TERMINAL_SETTINGS
        for command in TERMINAL_COMMANDS
        # show prints what ask prints: the narrowest terminal is where it may differ.
        if command != "show" or setting == "COLUMNS=20"
    ],
)
def test_on_a_terminal(setting: str, command: str) -> None:
    env, columns, colour = TERMINAL_SETTINGS[setting]
    args, shown = TERMINAL_COMMANDS[command]
    status, output = on_a_terminal(*args, columns=columns, **env)
    assert status == 0, output[-500:]
    assert "Traceback" not in output
    if colour:
        assert SGR.search(output)
        assert "\x1b" not in SGR.sub("", output)
        widest = max(len(line) for line in SGR.sub("", output).splitlines())
        assert widest <= columns
    else:
        assert "\x1b" not in output, "no escape codes when colour is off"
        assert not CONTROL.search(output)
    words = flat(output).replace("-", "")
    for text in shown:
        # Narrow panels wrap long ids and words; compare without the breaks.
        assert text.replace("-", "").replace(" ", "") in words.replace(" ", ""), text


@needs_script
@pytest.mark.parametrize("command", ["ask", "list-topics"])
def test_stdout_not_a_terminal_is_plain(command: str) -> None:
    args, shown = TERMINAL_COMMANDS[command]
    result = subprocess.run(
        [script(), *args],
        capture_output=True,
        text=True,
        env=process_env(TERM="xterm-256color", COLUMNS="300"),
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout and not CONTROL.search(result.stdout)
    assert "\u256d" not in result.stdout, "no panels off a terminal"
    for text in shown:
        assert text in flat(result.stdout)


@pytest.mark.parametrize("width", [20, 300])
def test_plain_text_at_extreme_widths(width: int) -> None:
    result = run("ask", "is ketamine addictive", env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    paragraph = [line for line in result.stdout.splitlines() if "opioids" in line]
    assert paragraph and all(len(line) <= min(width, render.MAX_TEXT_WIDTH) for line in paragraph)
    assert "Like opioids, ketamine has addictive properties." in flat(result.stdout)


def test_rich_topics_at_twenty_columns_keep_their_names(faq: Faq, capsys: pytest.CaptureFixture[str]) -> None:
    render.print_topics(faq, render.Output(rich=True, width=20), questions=False)
    text = flat(capsys.readouterr().out)
    for topic in faq.topics:
        for word in topic.name.split():
            if len(word) >= 4:
                assert re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I), (topic.id, word)


@pytest.mark.parametrize("command", ["ask", "show"])
def test_rich_panel_at_twenty_columns_keeps_the_question(
    command: str, faq: Faq, capsys: pytest.CaptureFixture[str]
) -> None:
    result = answer(faq, "is ketamine addictive")
    assert result.match is not None
    out = render.Output(rich=True, width=20)
    if command == "ask":
        render.print_answer(result, faq, out)
    else:
        render.print_show(result.match.entry, faq, out)
    assert result.match.entry.question in flat(capsys.readouterr().out)


# ============================================================================ 5. properties


SPECIAL_QUESTIONS = [
    "\u0647\u0644 \u0627\u0644\u0643\u064a\u062a\u0627\u0645\u064a\u0646 \u0622\u0645\u0646\u061f",  # Arabic, RTL
    "\u05d4\u05d0\u05dd \u05e7\u05d8\u05de\u05d9\u05df \u05de\u05de\u05db\u05e8?",  # Hebrew, RTL
    "\u202eis ketamine addictive\u202c",  # right-to-left override
    "is ke\u0301tamine\u0301\u0308\u0323 addictive",  # combining marks
    "\u0301\u0301\u0301",  # combining marks alone
    "\U0001f469\u200d\U0001f469\u200d\U0001f467 ketamine \U0001f1fa\U0001f1f8 \U0001f48a?",  # ZWJ, flags, emoji
    "is\x00ketamine\x00addictive",  # NUL
    "\x00",
    "I want to die \U0001f622",
    "[bold red]is ketamine addictive[/]",
    "\x1b[2J\x1b[H is ketamine addictive",
    "\uff49\uff53 \uff4b\uff45\uff54\uff41\uff4d\uff49\uff4e\uff45",  # full-width letters
    "\ufdfd" * 50,  # one of the widest characters
    "is ketamine addictive\n\n\nhow fast",
]
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=150)
QUESTIONS = st.one_of(
    ANY_TEXT,
    st.sampled_from(SPECIAL_QUESTIONS),
    st.tuples(st.sampled_from(SPECIAL_QUESTIONS), ANY_TEXT).map("".join),
    st.tuples(ANY_TEXT, st.sampled_from(["is ketamine addictive", "how fast does it work", "I want to die"])).map(
        " ".join
    ),
).filter(lambda question: question != "-")  # "-" means: read questions from stdin
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def refused_as_empty(question: str, code: int, out: str, err: str) -> bool:
    """A blank question is a usage error (status 2, one line, no output); True when it was one."""
    if question.strip():
        return False
    assert code == 2 and out == ""
    assert_one_error_line(err)
    return True


@PROPERTY
@given(question=QUESTIONS)
def test_ask_json_with_any_text(question: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(["ask", "--json", "--", question], capsys)
    if refused_as_empty(question, code, out, err):
        return
    assert err == ""
    assert out.count("\n") == 1
    data = json.loads(out)
    check_contract(data)
    assert data["query"] == question
    assert code == (0 if data["answered"] else 1)
    assert data["answered"] is (data["match"] is not None)


@PROPERTY
@given(question=QUESTIONS)
def test_ask_text_with_any_text(question: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(["ask", "--", question], capsys)
    if refused_as_empty(question, code, out, err):
        return
    assert err == ""
    assert not CONTROL.search(out), repr(CONTROL.search(out))
    assert out.startswith(("Q: ", "No confident answer", "This FAQ does not cover", "!! ", "Two entries match"))
    declined = "No confident answer in the FAQ for:" in out or out.startswith("This FAQ does not cover")
    assert code == (1 if declined else 0)


def _render_everything(faq: Faq, question: str) -> list[str]:
    """The answer to `question` in every output mode: JSON, plain text, Rich, Rich explained."""
    result = answer(faq, question)
    assert result.answered is (result.match is not None)
    outputs = [render.dumps(render.answer_json(result, faq, explain=True))]
    outputs.append(render.PlainView(render.Output(width=60)).answer(result, faq, explain=True))
    for explain in (False, True):
        stream = io.StringIO()
        render.print_answer(result, faq, render.Output(rich=True, width=60), explain=explain, stream=stream)
        outputs.append(stream.getvalue())
    data = json.loads(outputs[0])
    check_contract(data)
    # Lone surrogates (not text: undecodable bytes) come out as U+FFFD; everything else as given.
    assert data["query"] == re.sub("[\ud800-\udfff]", "\ufffd", question)
    return outputs


@PROPERTY
@given(question=QUESTIONS)
def test_answer_and_render_any_unicode(question: str, faq: Faq) -> None:
    as_json, *as_text = _render_everything(faq, question)
    for output in (as_json, *as_text):
        output.encode("utf-8")  # what stdout will do with it
        assert "\x1b" not in output and "\x9b" not in output
    for output in as_text:
        assert not CONTROL.search(output), repr(CONTROL.search(output))


@PROPERTY
@given(question=st.text(st.characters(), max_size=60).map(lambda text: text + "\udce9"))
@example(question="\ud800")
@example(question="is ketamine \udcff addictive")
def test_answer_and_render_lone_surrogates(question: str, faq: Faq) -> None:
    for output in _render_everything(faq, question):
        output.encode("utf-8")


@pytest.mark.parametrize(
    ("args", "errors"),
    [
        pytest.param(
            ["ask", "--json", "caf\udce9 ketamine"],
            "strict",
        ),
        pytest.param(
            ["ask", "--json", "caf\udce9 ketamine"],
            "surrogateescape",
        ),
        pytest.param(
            ["ask", "caf\udce9 ketamine"],
            "strict",
        ),
        (["ask", "caf\udce9 ketamine"], "surrogateescape"),
        (["show", "how\udcff"], "strict"),
        (["list-topics", "\udcff"], "strict"),
    ],
    ids=["json-strict", "json-surrogateescape", "text-strict", "text-surrogateescape", "show", "list-topics"],
)
def test_non_utf8_bytes_in_argv(args: list[str], errors: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """On POSIX, argv bytes that are not UTF-8 reach Python as lone surrogates (U+DC80..U+DCFF)."""
    code, out, err = run_main_bytes(args, monkeypatch, errors=errors)
    assert code == 1  # no confident answer, no such entry, no such topic
    if "--json" in args:
        data = json.loads(out.decode("utf-8"))
        check_contract(data)
        assert (data["query"], data["answered"]) == ("caf\ufffd ketamine", False)
    elif args[0] == "ask":
        assert out.startswith("No confident answer in the FAQ for: caf\ufffd ketamine\n".encode())
    else:
        assert out == b""
        assert_one_error_line(err, "\ufffd")


# ============================================================================ 6. crisis phrasings

# Phrasings written for these tests, none of them in tests/test_safety.py.
CRISIS_DETECTED = [
    "I'm going to kill myself tonight",
    "I plan to end my life this weekend",
    "I've decided to commit suicide",
    "I keep thinking about taking my own life",
    "I have a plan to kill myself",
    "gonna kms fr",
    "i wanna unalive",
    "thinking about unaliving myself",
    "I WANT TO UNALIVE MYSELF",
    "I want to sewer slide",
    "i hope i don't wake up tomorrow",
    "I'd rather not wake up tomorrow",
    "I want to go to sleep forever",
    "I want to disappear forever",
    "I don't want to be here anymore",
    "everyone would be better off if I was dead",
    "I have a plan to end things",
    "I'm going to end it tonight",
    "I want to hurt myself",
    "i wanna kil my self",
    "gonna unalive myslef",
    "want to end my lyfe",
    "thinking of commiting sucide",
    "I want to kill myself \U0001f622",
    "me quiero suicidar",  # Spanish
    "pienso en matarme",
    "je veux me suicider",  # French
    "j'ai des pens\u00e9es suicidaires",
    "je veux en finir",
    "ich will nicht mehr leben",  # German
    "ich m\u00f6chte sterben",
    "quero morrer",  # Portuguese
    "quero me matar",
    "penso em suic\u00eddio",
    "tenho pensamentos suicidas",
]

CRISIS_MISSED = [
    "I'm done with life",
    "I want it all to end",
    "I want to stop existing",
    "I wish I could just not exist",
    "I've been cutting again",
    "suiciadal thoughts again",
    "i wnat to die",
    "i want to kill mysefl",
    "I'm going to OD on my meds on purpose",
    "how many spravato doses would kill me",
    "quiero morirme",  # Spanish: I want to die
    "quiero quitarme la vida",  # Spanish: I want to take my own life
    "no quiero despertar",  # Spanish: I don't want to wake up
    "tengo ganas de morir",  # Spanish: I feel like dying
    "je ne veux plus vivre",  # French: I don't want to live any more
    "ich will mich t\u00f6ten",  # German: I want to kill myself
    "ich habe Selbstmordgedanken",  # German: I have suicidal thoughts
    "n\u00e3o quero mais viver",  # Portuguese: I don't want to live any more
    "quero tirar minha vida",  # Portuguese: I want to take my life
    "estou pensando em me matar",  # Portuguese: I'm thinking of killing myself
]


@pytest.mark.parametrize("phrase", CRISIS_DETECTED)
def test_more_crisis_phrasings(phrase: str) -> None:
    assert is_crisis(phrase)


@pytest.mark.parametrize("phrase", CRISIS_MISSED)
def test_crisis_phrasings_once_missed(phrase: str) -> None:
    assert is_crisis(phrase)


@pytest.mark.parametrize("phrase", ["quero me matar", "je veux en finir", "gonna kms fr"])
def test_crisis_resources_come_first_for_new_phrasings(phrase: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_main(["ask", "--json", phrase], capsys)
    data = json.loads(out)
    assert data["crisis"] is True and data["crisis_resources"]
    _, out, _ = run_main(["ask", phrase], capsys)
    assert out.startswith("!! ")


# ============================================================================ 7. writes nothing


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
        _labelled(sandbox["faq"])  # labels naming this FAQ's questions, in place of the bundled FAQ's
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
