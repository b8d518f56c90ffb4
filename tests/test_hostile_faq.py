"""A FAQ whose text is hostile (markup, escape codes, controls) is printed as text, in every mode."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import CONTROL, check_contract, needs_script, run
from robustness import (
    DEFANGED_CSI,
    HOSTILE_FAQ,
    HOSTILE_QUESTION,
    MARKUP,
    SGR,
    VISIBLE,
    assert_literal,
    flat,
    hostile_data,
    hostile_labelled_file,
    on_a_terminal,
    posix,
)

from ketacli import render
from ketacli.ask import answer
from ketacli.faq import Faq, load_faq

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


def test_hostile_faq_and_labels_in_eval_text(tmp_path: Path) -> None:
    result = run("eval", str(hostile_labelled_file(tmp_path)), "--misses", "--faq", str(HOSTILE_FAQ))
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "\x1b" not in text and not CONTROL.search(text)
    assert MARKUP in text and DEFANGED_CSI in text
    assert "What does the hostile entry say?" in text  # the FAQ's question, as what was got


def test_hostile_faq_and_labels_in_eval_json(tmp_path: Path) -> None:
    result = run("eval", str(hostile_labelled_file(tmp_path)), "--misses", "--json", "--faq", str(HOSTILE_FAQ))
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
