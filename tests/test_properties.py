"""Properties (Hypothesis): any question, any text, never a traceback, always a documented status."""

from __future__ import annotations

import io
import json
import re

import pytest
from helpers import CONTROL, assert_one_error_line, check_contract, run_main
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from robustness import (
    run_main_bytes,
)

from ketacli import render
from ketacli.ask import answer
from ketacli.faq import Faq

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
    answered = "\nQ: " in f"\n{out}"  # an entry is shown (after the crisis resources, if any)
    assert code == (0 if answered else 1)


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
