"""Hostile and malformed questions: empty, huge, binary, surrogates, control characters."""

from __future__ import annotations

import io
import json
import time

import pytest
from helpers import CONTROL, assert_one_error_line, check_contract, needs_script, run, run_main
from robustness import (
    MARKUP,
    flat,
    on_a_terminal,
    posix,
)

from ketacli import render
from ketacli.ask import answer
from ketacli.faq import Faq


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
