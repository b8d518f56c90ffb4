"""Rendering, with `render.Output` built directly: plain text, Rich and JSON.

FAQ text and questions are data: control characters and escape sequences are removed,
and Rich markup in them is shown as text, never interpreted.
"""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from helpers import minimal_faq
from hypothesis import given, settings
from hypothesis import strategies as st

from ketacli.ask import Answer, answer
from ketacli.faq import Faq, parse_faq
from ketacli.match import Candidate, Explanation, matcher_for
from ketacli.render import (
    CAVEAT_MARKERS,
    MAX_TEXT_WIDTH,
    MIN_WIDTH,
    JsonView,
    MarkdownView,
    Output,
    PlainView,
    RichView,
    clean,
    clean_line,
    print_answer,
    print_show,
    print_topics,
    view_for,
)

ANSI = re.compile(r"\x1b\[|\x1b\]|\x9b")
# Anything a terminal may act on, other than a newline.
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
BOX = re.compile(r"[\u2500-\u257f]")  # box drawing: Rich's panels

MARKUP = "[bold red]x[/]"
HOSTILE = f"{MARKUP}\x1b[31mRED\x1b[0m\x07\x9b2J"  # markup, a CSI colour, a bell, a C1 CSI
HOSTILE_SHOWN = clean_line(HOSTILE)


class FakeTTY(io.StringIO):
    def isatty(self) -> bool:
        return True


def hostile_faq() -> Faq:
    """The minimal FAQ with hostile text in every field that is printed."""
    data = minimal_faq()
    data["title"] = f"Title {HOSTILE}"
    data["disclaimer"] = f"Disclaimer {HOSTILE}"
    data["crisis"] = {
        "message": f"Crisis {HOSTILE}",
        "resources": [{"region": f"Region {HOSTILE}", "name": f"Name {HOSTILE}", "contact": f"Contact {HOSTILE}"}],
    }
    data["topics"][0].update(name=f"Topic {HOSTILE}", description=f"About {HOSTILE}")
    second = data["entries"][1]
    second.update(
        question=f"Question {HOSTILE}\u2028?",
        answer=f"Answer {HOSTILE}\rOVERWRITE\n- item {MARKUP}",
        attribution=f"Credit {HOSTILE}",
        caveats=[{"kind": "truncated", "text": f"Caveat {HOSTILE}"}, {"kind": "dated", "text": "Checked 2025."}],
    )
    return parse_faq(json.dumps(data), "hostile")


def candidate(faq: Faq, entry_id: str, score: float) -> Candidate:
    """A real candidate from the matcher for one entry, with the score the test wants."""
    entry = faq.get(entry_id)
    assert entry is not None
    for found in matcher_for(faq).rank(entry.question, limit=len(faq)):
        if found.entry.id == entry_id:
            return found._replace(score=score)
    raise AssertionError(f"the matcher does not rank {entry_id!r} for its own question")


def explained(faq: Faq, query: str, *candidates: Candidate) -> tuple[Explanation, ...]:
    """What `answer(..., explain=True)` adds: why each candidate scored as it did."""
    return tuple(matcher_for(faq).explain(query, found.entry) for found in candidates)


def answered(faq: Faq, *, crisis: bool = False, query: str = "what is the second thing") -> Answer:
    match, related = candidate(faq, "second", 0.9), candidate(faq, "first", 0.4)
    return Answer(query, match, (related,), crisis, explanations=explained(faq, query, match, related))


def unanswered(faq: Faq, *, crisis: bool = False, query: str = "nothing like it") -> Answer:
    closest = candidate(faq, "first", 0.3)
    return Answer(query, None, (closest,), crisis, explanations=explained(faq, query, closest))


@pytest.fixture
def small() -> Faq:
    return parse_faq(json.dumps(minimal_faq()), "small")


def plain(answer_: Answer, faq: Faq, width: int = 80, *, explain: bool = False) -> str:
    return PlainView(Output(width=width)).answer(answer_, faq, explain=explain)


def rich_text(answer_: Answer, faq: Faq, *, stream: io.StringIO | None = None, explain: bool = False) -> str:
    stream = stream if stream is not None else io.StringIO()
    print_answer(answer_, faq, Output(rich=True, width=100), explain=explain, stream=stream)
    return stream.getvalue()


def json_text(answer_: Answer, faq: Faq) -> str:
    stream = io.StringIO()
    print_answer(answer_, faq, Output(json=True), stream=stream)
    return stream.getvalue()


# ---------------------------------------------------------------------------- plain text


def test_plain_answer_has_no_escape_codes(small: Faq) -> None:
    text = plain(answered(small), small)
    assert not ANSI.search(text)
    assert not CONTROL.search(text)


def test_plain_answer_shows_question_answer_caveats_and_disclaimer(small: Faq) -> None:
    text = plain(answered(small), small)
    lines = text.splitlines()
    assert lines[0].startswith("Q: What is the second thing?") and lines[0].endswith("[second]")
    assert "Topic: Basics" in text and "Match:" in text and "90%" in text
    assert "The second thing follows." in lines
    assert "Source credited: Someone" in lines
    assert "Caveats:" in lines
    assert f"  [{CAVEAT_MARKERS['truncated']}] Cut off." in lines
    assert "Related:" in text and "first" in text
    assert lines[-1] == "Not medical advice."


def test_plain_entry_without_caveats_has_no_caveats_heading(small: Faq) -> None:
    text = plain(Answer("first thing", candidate(small, "first", 0.9), (), False), small)
    assert "Caveats:" not in text
    assert "Source credited" not in text


@pytest.mark.parametrize("kind", sorted(CAVEAT_MARKERS))
def test_every_caveat_kind_has_a_marker(kind: str) -> None:
    data = minimal_faq()
    data["entries"][0]["caveats"] = [{"kind": kind, "text": f"About {kind}."}]
    faq = parse_faq(json.dumps(data))
    entry = faq.get("first")
    assert entry is not None
    text = PlainView(Output()).show(entry, faq)
    assert f"[{CAVEAT_MARKERS[kind]}] About {kind}." in text


def test_plain_unanswered_lists_the_closest_questions(small: Faq) -> None:
    text = plain(unanswered(small), small)
    assert "No confident answer in the FAQ for: nothing like it" in text
    assert "Closest questions (ketacli show ID):" in text
    assert "  first  What is the first thing?  (30%)" in text
    assert text.splitlines()[-1] == "Not medical advice."


@pytest.mark.parametrize("make", [answered, unanswered])
def test_plain_crisis_block_comes_before_the_answer(small: Faq, make: Any) -> None:
    text = plain(make(small, crisis=True), small)
    assert text.startswith("!! Help is available.")
    crisis = text.index("Help is available.")
    assert crisis < text.index("Anywhere: Helpline: Call 000")
    body = text.index("Q: ") if "Q: " in text else text.index("Questions the FAQ does answer")
    assert text.index("Anywhere: Helpline: Call 000") < body
    assert text.splitlines()[-1] == "Not medical advice."


def test_plain_no_crisis_block_without_crisis(small: Faq) -> None:
    assert "Help is available." not in plain(answered(small), small)


def test_plain_explain(small: Faq) -> None:
    text = plain(answered(small), small, explain=True)
    assert "Why:" in text
    assert "second" in text[text.index("Why:") :]
    assert text.index("Why:") < text.index("Not medical advice.")
    assert "Why:" not in plain(answered(small), small)


def test_plain_wraps_to_the_width(faq: Faq) -> None:
    for width in (MIN_WIDTH, 40, 60):
        for entry_id in ("how-fast", "addictive", "types-of-ketamine"):
            entry = faq.get(entry_id)
            assert entry is not None
            text = PlainView(Output(width=width)).show(entry, faq)
            assert max(len(line) for line in text.splitlines()) <= width, (entry_id, width)


def test_plain_width_is_capped(faq: Faq) -> None:
    entry = faq.get("how-fast")
    assert entry is not None
    text = PlainView(Output(width=400)).show(entry, faq)
    assert max(len(line) for line in text.splitlines()) <= MAX_TEXT_WIDTH


def test_plain_crisis_block_wraps_to_the_width(faq: Faq) -> None:
    text = plain(answer(faq, "I want to kill myself"), faq, width=60)
    assert max(len(line) for line in text.splitlines()) <= 60


def test_plain_list_items_keep_a_hanging_indent() -> None:
    data = minimal_faq()
    data["entries"][0]["answer"] = "Intro:\n- " + "word " * 30 + "\n1. second item"
    faq = parse_faq(json.dumps(data))
    entry = faq.get("first")
    assert entry is not None
    lines = PlainView(Output(width=40)).show(entry, faq).splitlines()
    start = lines.index("Intro:")
    assert lines[start + 1].startswith("- word")
    assert lines[start + 2].startswith("  word")
    assert any(line.startswith("1. second item") for line in lines)


def test_plain_topics(faq: Faq) -> None:
    view = PlainView(Output())
    table = view.topics(faq, questions=False)
    assert table.splitlines()[0].startswith("TOPIC")
    assert all(topic.id in table for topic in faq.topics)
    listed = view.topics(faq, questions=True)
    assert all(f"  {entry.id}  " in listed for entry in faq)
    esketamine = faq.topic("esketamine")
    only = view.topics(faq, questions=False, only=esketamine)
    listed_ids = {line.split()[0] for line in only.splitlines() if line.startswith("  ")}
    assert listed_ids == {e.id for e in faq.entries_in("esketamine")}


# ---------------------------------------------------------------------------- hostile data: plain


def test_plain_prints_hostile_faq_data_literally() -> None:
    faq = hostile_faq()
    for text in (
        plain(answered(faq, crisis=True), faq, width=100, explain=True),
        plain(unanswered(faq, crisis=True), faq, width=100),
    ):
        assert not ANSI.search(text)
        assert not CONTROL.search(text)
        assert "\r" not in text
        assert HOSTILE_SHOWN in text  # the escape characters are gone, the rest is text
        assert "[bold red]x[/][31mRED[0m2J" in text
    full = plain(answered(faq, crisis=True), faq, width=100)
    words = " ".join(full.split())  # long lines wrap
    for label in (
        "Crisis",
        "Region",
        "Name",
        "Contact",
        "Topic",
        "Question",
        "Answer",
        "Credit",
        "Caveat",
        "Disclaimer",
    ):
        assert f"{label} {HOSTILE_SHOWN}" in words, label
    assert "OVERWRITE" in full
    assert f"- item {MARKUP}" in full


def test_plain_prints_a_hostile_query_literally(small: Faq) -> None:
    query = f"why {HOSTILE}\x00\x1b]8;;http://evil\x1b\\link"
    text = plain(unanswered(small, query=query), small, width=100)
    assert not ANSI.search(text) and not CONTROL.search(text)
    assert MARKUP in text
    assert "\x1b" not in text


def test_plain_show_and_topics_print_hostile_data_literally() -> None:
    faq = hostile_faq()
    entry = faq.get("second")
    assert entry is not None
    view = PlainView(Output(width=100))
    for text in (view.show(entry, faq), view.topics(faq, questions=False), view.topics(faq, questions=True)):
        assert not ANSI.search(text) and not CONTROL.search(text)
        assert MARKUP in text


# ---------------------------------------------------------------------------- Rich


def test_rich_answer_layout(small: Faq) -> None:
    text = rich_text(answered(small), small)
    assert "\u256d" in text  # a panel
    assert "What is the second thing?" in text
    assert "The second thing follows." in text
    assert "Caveats" in text and CAVEAT_MARKERS["truncated"] in text and "Cut off." in text
    assert "Source credited" in text and "Someone" in text
    assert "90%" in text
    assert "Not medical advice." in text.splitlines()[-1]


def test_rich_crisis_panel_comes_first(small: Faq) -> None:
    for make in (answered, unanswered):
        text = rich_text(make(small, crisis=True), small)
        assert text.index("Help is available now") < text.index("Help is available.")
        body = "What is the second thing?" if make is answered else "Questions the FAQ does answer"
        assert text.index("Anywhere") < text.index(body)


def test_rich_unanswered(small: Faq) -> None:
    text = rich_text(unanswered(small), small)
    assert "No confident answer" in text
    assert "first" in text and "What is the first thing?" in text


def test_rich_explain(small: Faq) -> None:
    assert "Why:" in rich_text(answered(small), small, explain=True)


def test_rich_prints_hostile_data_literally() -> None:
    faq = hostile_faq()
    crisis = ("Crisis", "Region", "Name", "Contact", "Disclaimer")
    printed = {
        answered: (*crisis, "Question", "Answer", "Caveat", "Topic", "Credit"),
        unanswered: crisis,  # in a crisis the person's own words are never shown back as a title
    }
    for make, labels in printed.items():
        text = rich_text(make(faq, crisis=True, query=f"query {HOSTILE}"), faq, explain=True)
        assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
        words = " ".join(BOX.sub(" ", text).split())  # without the panels' borders, lines joined
        for label in labels:  # each field, where it is printed, with its markup as text
            assert f"{label} {HOSTILE_SHOWN}" in words, (make.__name__, label)
        assert f"query {HOSTILE_SHOWN}" not in words  # the question is not echoed as a title in a crisis


def test_rich_on_a_terminal_styles_its_own_text_but_not_the_data(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    faq = hostile_faq()
    stream = FakeTTY()
    text = rich_text(answered(faq, crisis=True, query=f"query {HOSTILE}"), faq, stream=stream)
    assert "\x1b[" in text, "Rich colours its own text on a terminal"
    assert "\x1b[31mRED" not in text and "\x07" not in text and "\x9b" not in text
    assert MARKUP in text
    # Rich did not turn the data's markup into a style: the 'x' is not wrapped in bold red.
    assert "[bold red]x[/]" in re.sub(r"\x1b\[[0-9;]*m", "", text)


def test_rich_show_and_topics_print_hostile_data_literally() -> None:
    faq = hostile_faq()
    entry = faq.get("second")
    assert entry is not None
    view = RichView(Output(rich=True, width=100))
    for render in (
        lambda stream: view.print_show(entry, faq, stream=stream),
        lambda stream: view.print_topics(faq, questions=False, stream=stream),
        lambda stream: view.print_topics(faq, questions=True, stream=stream),
    ):
        stream = io.StringIO()
        render(stream)
        text = stream.getvalue()
        assert "\x1b" not in text and "\x07" not in text
        assert MARKUP in text


def test_print_show_and_topics_dispatch_on_output(small: Faq, capsys: pytest.CaptureFixture[str]) -> None:
    entry = small.get("second")
    assert entry is not None
    print_show(entry, small, Output())
    assert capsys.readouterr().out.startswith("Q: What is the second thing?")
    print_show(entry, small, Output(json=True))
    assert json.loads(capsys.readouterr().out)["id"] == "second"
    print_show(entry, small, Output(rich=True, width=80))
    assert "\u256d" in capsys.readouterr().out
    print_topics(small, Output(json=True), questions=False)
    assert json.loads(capsys.readouterr().out)["topics"][0]["id"] == "basics"
    print_topics(small, Output(), questions=False)
    assert capsys.readouterr().out.startswith("TOPIC")


# ---------------------------------------------------------------------------- JSON


def test_json_is_one_line_with_the_contract(small: Faq) -> None:
    text = json_text(answered(small, crisis=True), small)
    assert text.endswith("\n") and text.count("\n") == 1
    data = json.loads(text)
    assert data["answered"] is True and data["crisis"] is True
    assert data["match"]["id"] == "second"
    assert data["match"]["caveats"] == [{"kind": "truncated", "text": "Cut off."}]
    assert data["match"]["attribution"] == "Someone"
    assert data["alternatives"] == [{"id": "first", "question": "What is the first thing?", "score": 0.4}]
    assert data["crisis_resources"] == [{"region": "Anywhere", "name": "Helpline", "contact": "Call 000"}]
    assert data["disclaimer"] == "Not medical advice."


def test_json_unanswered(small: Faq) -> None:
    data = json.loads(json_text(unanswered(small), small))
    assert data["answered"] is False and data["match"] is None
    assert data["alternatives"][0]["id"] == "first"
    assert "crisis_resources" not in data


def test_json_keeps_hostile_data_exactly_but_escapes_it() -> None:
    faq = hostile_faq()
    query = f"query {HOSTILE}"
    text = json_text(answered(faq, crisis=True, query=query), faq)
    body = text.rstrip("\n")
    assert "\n" not in body
    assert not CONTROL.search(body), "no raw control characters"
    assert "\u2028" not in body and "\u2029" not in body
    data = json.loads(body)
    assert data["query"] == query
    assert data["match"]["question"] == f"Question {HOSTILE}\u2028?"
    assert data["match"]["answer"].startswith(f"Answer {HOSTILE}\r")
    assert data["crisis_resources"][0]["name"] == f"Name {HOSTILE}"
    assert data["disclaimer"] == f"Disclaimer {HOSTILE}"


def test_json_keeps_non_ascii_readable(small: Faq) -> None:
    text = json_text(unanswered(small, query="¿la ketamina es adictiva? café"), small)
    assert "¿la ketamina es adictiva? café" in text


# ---------------------------------------------------------------------------- Output.detect


@pytest.mark.parametrize(
    ("kwargs", "environ", "rich"),
    [
        ({}, {}, True),
        ({}, {"TERM": "xterm-256color"}, True),
        ({}, {"NO_COLOR": "1"}, False),
        ({}, {"NO_COLOR": "anything"}, False),
        ({}, {"TERM": "dumb"}, False),
        ({"no_color": True}, {}, False),
        ({"json": True}, {}, False),
    ],
)
def test_detect_on_a_terminal(kwargs: dict[str, bool], environ: dict[str, str], rich: bool) -> None:
    out = Output.detect(stream=FakeTTY(), environ=environ, **kwargs)
    assert out.rich is rich
    assert out.json is kwargs.get("json", False)


def test_detect_empty_no_color_is_ignored() -> None:
    assert Output.detect(stream=FakeTTY(), environ={"NO_COLOR": ""}).rich is True


def test_detect_off_a_terminal_is_plain() -> None:
    assert Output.detect(stream=io.StringIO(), environ={"TERM": "xterm-256color"}).rich is False
    assert Output.detect(stream=io.StringIO(), environ={"FORCE_COLOR": "1"}).rich is False


def test_detect_on_a_closed_stream_is_plain() -> None:
    stream = io.StringIO()
    stream.close()
    assert Output.detect(stream=stream, environ={}).rich is False


def test_detect_json() -> None:
    out = Output.detect(json=True, stream=io.StringIO(), environ={})
    assert out.json is True and out.rich is False


@pytest.mark.parametrize(
    ("environ", "tty", "width"),
    [
        ({"COLUMNS": "123"}, False, 123),
        ({"COLUMNS": "123"}, True, 123),
        ({"COLUMNS": "5"}, False, MIN_WIDTH),
        ({"COLUMNS": "wide"}, False, 80),
        ({"COLUMNS": ""}, False, 80),
        ({}, False, 80),
    ],
)
def test_detect_width(environ: dict[str, str], tty: bool, width: int) -> None:
    stream = FakeTTY() if tty else io.StringIO()
    assert Output.detect(stream=stream, environ=environ).width == width


def test_detect_width_on_a_terminal_without_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import shutil

    monkeypatch.setattr(shutil, "get_terminal_size", lambda *args, **kwargs: os.terminal_size((132, 40)))
    assert Output.detect(stream=FakeTTY(), environ={}).width == 132


def test_detect_defaults_to_the_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "99")
    out = Output.detect()
    assert out.rich is False and out.width == 99


# ---------------------------------------------------------------------------- clean, for any text


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_clean_leaves_no_control_characters(text: str) -> None:
    assert not CONTROL.search(clean(text))
    line = clean_line(text)
    assert not CONTROL.search(line) and "\n" not in line
    assert line == line.strip()


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_any_query_renders_safely(faq: Faq, text: str) -> None:
    result = answer(faq, text)
    shown = PlainView(Output()).answer(result, faq)
    assert not CONTROL.search(shown)
    body = json_text(result, faq).rstrip("\n")
    assert "\n" not in body and not CONTROL.search(body)
    assert json.loads(body)["query"] == text


def test_near_tie_shows_both_entries(faq: Faq) -> None:
    """Two entries that match almost equally are both shown: a 'did you mean', not a guess."""
    result = answer(faq, "how fast does ketamine work")
    assert result.close_second is not None
    text = PlainView(Output(width=80)).answer(result, faq)
    assert text.startswith("Two entries match almost equally")
    assert f"[{result.match.entry.id}]" in text and f"[{result.close_second.entry.id}]" in text  # type: ignore[union-attr]


def test_clear_winner_shows_one_entry(faq: Faq) -> None:
    result = answer(faq, "is ketamine addictive")
    assert result.close_second is None
    assert PlainView(Output(width=80)).answer(result, faq).startswith("Q: Is ketamine a good drug?")


def test_every_caveat_is_shown_in_order_in_plain_and_rich() -> None:
    data = minimal_faq()
    caveats = [{"kind": "truncated", "text": "First caveat."}, {"kind": "dated", "text": "Second caveat."}]
    data["entries"][1]["caveats"] = caveats
    faq = parse_faq(json.dumps(data), "two caveats")
    result = Answer("the second thing", candidate(faq, "second", 0.9), (), False)
    text = plain(result, faq)
    assert text.index("[cut off] First caveat.") < text.index("[dated] Second caveat.")
    shown = rich_text(result, faq)
    assert shown.index("First caveat.") < shown.index("Second caveat.")


# ---------------------------------------------------------------------------- Markdown


def test_markdown_prints_hostile_data_as_literal_text(capsys: pytest.CaptureFixture[str]) -> None:
    faq = hostile_faq()
    MarkdownView().print_answer(answered(faq, crisis=True), faq, explain=False, numbered=False, stream=None)
    text = capsys.readouterr().out
    assert not CONTROL.search(text) and "\x1b" not in text
    assert "\\[bold red\\]x\\[/\\]" in text  # Rich markup, and Markdown's own brackets, escaped
    assert "[bold red]" not in text.replace("\\[bold red\\]", "")
    assert text.startswith("> **") and "### Question" in text  # the resources first, then the entry


def test_every_format_is_a_view_chosen_in_one_place() -> None:
    assert type(view_for(Output(json=True))) is JsonView
    assert type(view_for(Output(markdown=True))) is MarkdownView
    assert type(view_for(Output(rich=True))) is RichView
    assert type(view_for(Output())) is PlainView
