"""The command line, through Typer's CliRunner (and `ketacli.cli.main` for usage errors).

Exit statuses: 0 answered or found, 1 no confident answer or not found, 2 usage or data error.
Under CliRunner stdin and stdout are not terminals, so text output is plain.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import assert_one_error_line, check_contract, run, run_main

import ketacli
from ketacli import render
from ketacli.faq import Faq

ANSWERED = "is ketamine addictive"
UNANSWERED = "is ketamine used for migraine headaches"
NONSENSE = "xyzzy plugh"
CRISIS = "I feel suicidal, is ketamine addictive?"


def json_lines(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


# ---------------------------------------------------------------------------- ask


def test_ask_answers_in_plain_text(faq: Faq) -> None:
    result = run("ask", ANSWERED)
    assert result.exit_code == 0, result.output
    assert "[addictive]" in result.stdout
    assert "Caveats:" in result.stdout and "[off-question]" in result.stdout
    assert " ".join(faq.disclaimer.split()) in " ".join(result.stdout.split())
    assert "\x1b" not in result.stdout
    assert result.stderr == ""


def test_ask_how_fast() -> None:
    result = run("ask", "--json", "how fast does ketamine work")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["match"]["id"] == "how-fast"


@pytest.mark.parametrize("question", [UNANSWERED, NONSENSE])
def test_ask_without_a_confident_answer_exits_1(question: str) -> None:
    result = run("ask", question)
    assert result.exit_code == 1, result.output
    assert "No confident answer" in result.stdout
    assert result.stderr == ""


def test_ask_takes_an_unquoted_question_as_its_words() -> None:
    result = run("ask", "--json", "is", "ketamine", "habit", "forming")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["query"] == "is ketamine habit forming"


def test_ask_takes_the_dash_alone() -> None:
    result = run("ask", "-", "extra", input="")
    assert result.exit_code == 2
    assert result.stderr.startswith("ketacli: error: '-' reads the questions from standard input")


def test_batch_does_not_repeat_a_crisis_message_before_its_resources() -> None:
    result = run("ask", "-", input=f"{ANSWERED}\nI keep thinking I'd be better off dead\n")
    second = result.stdout.split("-" * 20, 1)[1]
    assert second.lstrip().startswith("[2]\n") and "better off dead" not in second


def test_ask_refuses_two_formats_at_once() -> None:
    result = run("ask", "--json", "--format", "markdown", ANSWERED)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("ketacli: error: --json and --format markdown")


def test_a_crisis_message_that_asks_nothing_else_exits_1_with_the_resources() -> None:
    result = run("ask", "--json", "I keep thinking I'd be better off dead")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["crisis"] is True and data["answered"] is False and data["crisis_resources"]


def test_ask_json_answered() -> None:
    result = run("ask", "--json", ANSWERED)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 1, "one JSON document on one line"
    data = json.loads(lines[0])
    assert data["query"] == ANSWERED
    assert data["answered"] is True
    assert data["match"]["id"] == "addictive"


@pytest.mark.parametrize("question", [UNANSWERED, NONSENSE])
def test_ask_json_unanswered(question: str) -> None:
    result = run("ask", "--json", question)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["answered"] is False and data["match"] is None


def test_ask_top_limits_the_candidates() -> None:
    one = json.loads(run("ask", "--json", "--top", "1", ANSWERED).stdout)
    assert one["match"]["id"] == "addictive"
    assert one["alternatives"] == []
    default = json.loads(run("ask", "--json", ANSWERED).stdout)
    assert default["match"]["id"] == "addictive"
    assert len(default["alternatives"]) == 2, "README: 3 candidates in all by default"
    four = json.loads(run("ask", "--json", "--top", "4", ANSWERED).stdout)
    assert len(four["alternatives"]) == 3
    assert four["alternatives"][:2] == default["alternatives"], "the same ranking, cut later"
    ids = [four["match"]["id"], *(alternative["id"] for alternative in four["alternatives"])]
    assert len(ids) == len(set(ids)), "no entry listed twice"


def test_ask_top_when_unanswered_counts_every_suggestion() -> None:
    # Two related entries, neither an answer: "used in" a war is a use the FAQ does not name.
    data = json.loads(run("ask", "--json", "--top", "2", "was ketamine used in the vietnam war").stdout)
    assert data["match"] is None
    assert len(data["alternatives"]) == 2


def test_ask_top_in_text_mode() -> None:
    result = run("ask", "--top", "1", ANSWERED)
    assert result.exit_code == 0
    assert "Related:" not in result.stdout


@pytest.mark.parametrize("top", ["0", "21", "-1", "many"])
def test_ask_top_out_of_range_is_a_usage_error(top: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(["ask", "--top", top, ANSWERED], capsys)
    assert code == 2
    assert out == ""
    assert "--top" in assert_one_error_line(err)


def test_ask_explain_in_text() -> None:
    result = run("ask", "--explain", ANSWERED)
    assert result.exit_code == 0
    assert "Why:" in result.stdout
    assert "matched:" in result.stdout
    assert "addictive: score" in result.stdout


def test_ask_explain_in_json() -> None:
    data = json.loads(run("ask", "--json", "--explain", ANSWERED).stdout)
    explanation = data["match"]["explanation"]
    assert isinstance(explanation, dict)
    assert isinstance(explanation["signals"], dict) and explanation["signals"]
    assert all(isinstance(value, (int, float)) for value in explanation["signals"].values())
    assert "addictive" in json.dumps(explanation), "the matched term is reported"
    assert all("explanation" in alternative for alternative in data["alternatives"])


def test_ask_json_without_explain_has_no_explanation() -> None:
    data = json.loads(run("ask", "--json", ANSWERED).stdout)
    assert "explanation" not in data["match"]


def test_ask_explain_when_unanswered_still_exits_1() -> None:
    result = run("ask", "--explain", UNANSWERED)
    assert result.exit_code == 1
    assert "Why:" in result.stdout


def test_crisis_block_comes_first_in_text(faq: Faq) -> None:
    result = run("ask", CRISIS)
    out = result.stdout
    assert faq.crisis_message in " ".join(out.split())
    for resource in faq.crisis_resources:
        assert resource.name in out
    body = out.find("Q: ") if "Q: " in out else out.find("No confident answer")
    assert out.startswith("!! ") and body > 0


def test_crisis_never_blocks_the_answer(faq: Faq) -> None:
    question = "how fast does ketamine work? I feel suicidal"
    data = json.loads(run("ask", "--json", question).stdout)
    assert data["crisis"] is True
    assert data["answered"] is True and data["match"]["id"] == "how-fast"
    out = run("ask", question).stdout
    assert out.startswith("!! ") and out.find("[how-fast]") > 0


def test_crisis_in_json_lists_the_resources(faq: Faq) -> None:
    data = json.loads(run("ask", "--json", CRISIS).stdout)
    assert data["crisis"] is True
    assert data["crisis_resources"] == [
        {"region": r.region, "name": r.name, "contact": r.contact} for r in faq.crisis_resources
    ]


def test_ordinary_question_has_no_crisis_block(faq: Faq) -> None:
    result = run("ask", ANSWERED)
    assert faq.crisis_message not in result.stdout
    assert json.loads(run("ask", "--json", ANSWERED).stdout)["crisis"] is False


# ---------------------------------------------------------------------------- --no-color


@pytest.fixture
def fake_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make Output.detect believe stdout is a terminal (CliRunner's stdout is not)."""
    monkeypatch.setattr(render, "_isatty", lambda stream: True)


@pytest.mark.usefixtures("fake_tty")
def test_terminal_output_uses_rich_panels() -> None:
    result = run("ask", ANSWERED)
    assert result.exit_code == 0
    assert "\u256d" in result.stdout  # a panel's rounded corner
    assert not result.stdout.startswith("Q: ")


@pytest.mark.usefixtures("fake_tty")
@pytest.mark.parametrize("command", [["ask", ANSWERED], ["show", "addictive"], ["list-topics"]])
def test_no_color_gives_plain_text_on_a_terminal(command: list[str]) -> None:
    result = run(*command, "--no-color")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    assert "\u256d" not in result.stdout and "\u2500" not in result.stdout


@pytest.mark.usefixtures("fake_tty")
@pytest.mark.parametrize("env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}])
def test_no_color_environment_gives_plain_text(env: dict[str, str]) -> None:
    result = run("ask", ANSWERED, env=env)
    assert result.stdout.startswith("Q: ")
    assert "\x1b" not in result.stdout


def test_no_color_off_a_terminal_is_the_same_plain_text() -> None:
    assert run("ask", "--no-color", ANSWERED).stdout == run("ask", ANSWERED).stdout


def test_columns_sets_the_plain_width() -> None:
    narrow = run("show", "how-fast", env={"COLUMNS": "40"}).stdout
    assert max(len(line) for line in narrow.splitlines()) <= 40
    wide = run("show", "how-fast", env={"COLUMNS": "100"}).stdout
    assert max(len(line) for line in wide.splitlines()) > 40


# ---------------------------------------------------------------------------- --faq and KETACLI_FAQ


def test_faq_option_uses_another_file(write_faq: Callable[..., Path]) -> None:
    path = write_faq()
    result = run("ask", "--faq", str(path), "--json", "what is the first thing?")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["match"]["id"] == "first"
    assert data["disclaimer"] == "Not medical advice."


def test_faq_option_for_show_and_list_topics(write_faq: Callable[..., Path]) -> None:
    path = str(write_faq())
    shown = run("show", "second", "--faq", path)
    assert shown.exit_code == 0
    assert "What is the second thing?" in shown.stdout and "[cut off] Cut off." in shown.stdout
    listed = json.loads(run("list-topics", "--json", "--faq", path).stdout)
    assert [topic["id"] for topic in listed["topics"]] == ["basics"]
    assert run("show", "how-fast", "--faq", path).exit_code == 1, "the bundled entries are not used"


def test_ketacli_faq_environment_variable(write_faq: Callable[..., Path]) -> None:
    path = write_faq(lambda data: data.update(disclaimer="From the environment."))
    env = {"KETACLI_FAQ": str(path)}
    result = run("ask", "--json", "second thing", env=env)
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["match"]["id"] == "second" and data["disclaimer"] == "From the environment."
    assert run("show", "first", env=env).exit_code == 0
    assert "basics" in run("list-topics", env=env).stdout


def test_faq_option_overrides_the_environment(write_faq: Callable[..., Path], tmp_path: Path) -> None:
    path = write_faq()
    result = run("show", "first", "--faq", str(path), env={"KETACLI_FAQ": str(tmp_path / "missing.json")})
    assert result.exit_code == 0


def test_empty_ketacli_faq_means_the_bundled_file() -> None:
    result = run("show", "how-fast", env={"KETACLI_FAQ": ""})
    assert result.exit_code == 0


# ---------------------------------------------------------------------------- invalid FAQ files


def _bad_files(tmp_path: Path, write_faq: Callable[..., Path]) -> dict[str, Path]:
    invalid_json = tmp_path / "broken.json"
    invalid_json.write_text('{"title": ', encoding="utf-8")
    return {
        "missing": tmp_path / "missing.json",
        "invalid JSON": invalid_json,
        "directory": tmp_path,
        "invalid content": write_faq(lambda data: data.update(entries=[]), name="empty.json"),
    }


@pytest.mark.parametrize("kind", ["missing", "invalid JSON", "directory", "invalid content"])
@pytest.mark.parametrize(
    "command", [["ask", ANSWERED], ["ask", "--json", ANSWERED], ["ask", "-"], ["show", "first"], ["list-topics"]]
)
def test_invalid_faq_file_is_a_data_error(
    tmp_path: Path, write_faq: Callable[..., Path], kind: str, command: list[str]
) -> None:
    path = _bad_files(tmp_path, write_faq)[kind]
    result = run(*command, "--faq", str(path), input=ANSWERED + "\n")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert str(path) in assert_one_error_line(result.stderr)


def test_invalid_faq_from_the_environment_is_a_data_error(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.json"
    result = run("ask", ANSWERED, env={"KETACLI_FAQ": str(path)})
    assert result.exit_code == 2
    assert str(path) in assert_one_error_line(result.stderr)


@pytest.mark.parametrize(
    "edit",
    [
        lambda data: data["entries"][0].update(id="bad\nid\x1b[31m"),
        lambda data: data["entries"][0].update(topic="nope\x1b]0;title\x07\nsecond line"),
        lambda data: data["entries"][1]["caveats"][0].update(kind="odd\r\nkind"),
    ],
    ids=["id", "topic", "caveat-kind"],
)
def test_invalid_faq_error_with_control_characters_is_one_clean_line(
    write_faq: Callable[..., Path], edit: Callable[[dict[str, Any]], None]
) -> None:
    path = write_faq(edit)
    result = run("ask", "--faq", str(path), ANSWERED)
    assert result.exit_code == 2
    assert_one_error_line(result.stderr)
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr and "\r" not in result.stderr


# ---------------------------------------------------------------------------- empty questions


@pytest.mark.parametrize("question", ["", "   ", "\t\n"])
def test_empty_question_is_a_usage_error(question: str) -> None:
    result = run("ask", question)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "empty" in assert_one_error_line(result.stderr)


def test_empty_question_through_main(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(["ask", ""], capsys)
    assert code == 2 and out == ""
    assert_one_error_line(err)


def test_very_long_question_is_matched_on_its_first_1000_characters() -> None:
    """README, Limits: the question is matched on its first 1,000 characters and echoed whole."""
    # Past the first 1,000 characters, words that would turn the answer into "no confident answer".
    question = (ANSWERED + " ") * 50 + UNANSWERED * 5000
    result = run("ask", "--json", question)
    data = json.loads(result.stdout)
    assert data["query"] == question
    head = json.loads(run("ask", "--json", question[:1000]).stdout)
    assert {key: data[key] for key in ("answered", "match", "alternatives")} == {
        key: head[key] for key in ("answered", "match", "alternatives")
    }
    assert (result.exit_code, data["match"]["id"]) == (0, "addictive")


# ---------------------------------------------------------------------------- batch mode


def test_batch_json_lines_in_order_blank_lines_skipped() -> None:
    questions = [ANSWERED, NONSENSE, "how fast does ketamine work"]
    text = f"\n{questions[0]}\n\n   \n{questions[1]}\r\n\t\n{questions[2]}"  # no final newline
    result = run("ask", "--json", "-", input=text)
    assert result.exit_code == 0, "batch mode is 0 unless an error stops it"
    records = json_lines(result.stdout)
    assert [record["query"] for record in records] == questions
    assert [record["answered"] for record in records] == [True, False, True]
    assert records[0]["match"]["id"] == "addictive"
    assert records[2]["match"]["id"] == "how-fast"


def test_batch_without_dash_reads_piped_input() -> None:
    result = run("ask", "--json", input=f"{ANSWERED}\n{NONSENSE}\n")
    assert result.exit_code == 0
    assert [record["query"] for record in json_lines(result.stdout)] == [ANSWERED, NONSENSE]


def test_batch_text_separates_answers() -> None:
    result = run("ask", "-", input=f"{ANSWERED}\n\n{UNANSWERED}\n")
    assert result.exit_code == 0
    out = result.stdout
    assert "[addictive]" in out and "No confident answer" in out
    assert out.index("[addictive]") < out.index("-" * 20) < out.index("No confident answer")
    assert out.startswith(f"[1] {ANSWERED}\n")
    assert out.index("-" * 20) < out.index(f"[2] {UNANSWERED}\n") < out.index("No confident answer")


def test_batch_markdown_heads_each_answer_with_its_question() -> None:
    result = run("ask", "--format", "markdown", "-", input=f"{ANSWERED}\n{UNANSWERED}\n")
    assert result.stdout.startswith("## 1. ")
    assert "\n## 2. " in result.stdout


def test_batch_options_apply_to_every_line() -> None:
    result = run("ask", "--json", "--top", "1", "--explain", "-", input=f"{ANSWERED}\nhow fast does ketamine work\n")
    records = json_lines(result.stdout)
    assert len(records) == 2
    for record in records:
        assert record["alternatives"] == []
        assert "explanation" in record["match"]


def test_batch_flags_crisis_per_line() -> None:
    records = json_lines(run("ask", "--json", "-", input=f"{ANSWERED}\n{CRISIS}\n").stdout)
    assert [record["crisis"] for record in records] == [False, True]
    assert "crisis_resources" in records[1]


def test_batch_survives_invalid_utf8() -> None:
    result = run("ask", "--json", "-", input=b"is ketamine addictive\n\xff\xfe caf\xe9\n")
    assert result.exit_code == 0
    records = json_lines(result.stdout)
    assert len(records) == 2
    assert "\ufffd" in records[1]["query"]


# ---------------------------------------------------------------------------- list-topics


def test_list_topics_table(faq: Faq) -> None:
    result = run("list-topics")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["TOPIC", "NAME", "ENTRIES"]
    for topic in faq.topics:
        row = next(line for line in lines if line.startswith(topic.id + " "))
        assert topic.name in row
        assert f" {len(faq.entries_in(topic.id))} " in row


@pytest.mark.parametrize("flag", ["--questions", "-q"])
def test_list_topics_questions_lists_every_entry(faq: Faq, flag: str) -> None:
    result = run("list-topics", flag)
    assert result.exit_code == 0
    for entry in faq:
        assert f"  {entry.id}  " in result.stdout, entry.id
    for topic in faq.topics:
        assert f"[{topic.id}]" in result.stdout


def test_list_topics_one_topic(faq: Faq) -> None:
    result = run("list-topics", "esketamine")
    assert result.exit_code == 0
    inside = {entry.id for entry in faq.entries_in("esketamine")}
    assert inside
    for entry_id in inside:
        assert f"  {entry_id}  " in result.stdout
    for entry in faq:
        if entry.id not in inside:
            assert f"  {entry.id}  " not in result.stdout, entry.id


def test_list_topics_unknown_topic_suggests_close_ids() -> None:
    result = run("list-topics", "esketamin")
    assert result.exit_code == 1
    assert result.stdout == ""
    line = assert_one_error_line(result.stderr)
    assert "esketamin" in line and "did you mean" in line and "'esketamine'" in line


def test_list_topics_far_off_topic_points_to_the_list(faq: Faq) -> None:
    result = run("list-topics", "zzzzzz")
    assert result.exit_code == 1
    line = assert_one_error_line(result.stderr)
    assert "ketacli list-topics" in line


def test_list_topics_unknown_topic_is_printed_safely() -> None:
    result = run("list-topics", "bad\x1b[31m\ntopic")
    assert result.exit_code == 1
    line = assert_one_error_line(result.stderr)
    assert "\x1b" not in line


def test_list_topics_json(faq: Faq) -> None:
    result = run("list-topics", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [topic["id"] for topic in data["topics"]] == [topic.id for topic in faq.topics]
    for topic in data["topics"]:
        assert isinstance(topic["name"], str) and isinstance(topic["description"], str)
        assert [entry["id"] for entry in topic["entries"]] == [e.id for e in faq.entries_in(topic["id"])]
        assert all(isinstance(entry["question"], str) for entry in topic["entries"])


def test_list_topics_one_topic_json(faq: Faq) -> None:
    data = json.loads(run("list-topics", "esketamine", "--json").stdout)
    assert [topic["id"] for topic in data["topics"]] == ["esketamine"]


# ---------------------------------------------------------------------------- show


def test_show_text(faq: Faq) -> None:
    entry = faq.get("how-fast")
    assert entry is not None
    result = run("show", "how-fast")
    assert result.exit_code == 0
    out = result.stdout
    assert "[how-fast]" in out and entry.question in out
    assert "Caveats:" in out and "[unsupported]" in out
    assert " ".join(entry.answer.split()) in " ".join(out.split())
    assert " ".join(faq.disclaimer.split()) in " ".join(out.split())
    assert "Match:" not in out, "show has no match score"


def test_show_json(faq: Faq) -> None:
    result = run("show", "how-fast", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    entry = faq.get("how-fast")
    assert entry is not None
    assert data["id"] == "how-fast" and data["question"] == entry.question and data["answer"] == entry.answer
    assert data["topic"] == entry.topic
    assert data["caveats"] == [{"kind": c.kind, "text": c.text} for c in entry.caveats]
    assert data["source_text"] == entry.source_text
    assert data["offered_as_answer"] is True
    assert isinstance(data["question_inferred"], bool)
    assert isinstance(data["repairs"], list) and isinstance(data["aliases"], list)
    assert data["disclaimer"] == faq.disclaimer


def test_show_boilerplate_entry_says_it_is_never_offered() -> None:
    result = run("show", "top-medications")
    assert result.exit_code == 0
    assert "never offers it" in result.stdout
    assert json.loads(run("show", "top-medications", "--json").stdout)["offered_as_answer"] is False


def test_show_trims_the_id() -> None:
    assert run("show", " how-fast ").exit_code == 0


def test_show_unknown_close_id_suggests_it() -> None:
    result = run("show", "how-fst")
    assert result.exit_code == 1
    assert result.stdout == ""
    line = assert_one_error_line(result.stderr)
    assert "how-fst" in line and "did you mean" in line and "'how-fast'" in line


def test_show_unknown_far_id() -> None:
    result = run("show", "qqqqqqqqqqqq")
    assert result.exit_code == 1
    line = assert_one_error_line(result.stderr)
    assert "did you mean" not in line
    assert "list-topics --questions" in line


def test_show_unknown_id_is_printed_safely() -> None:
    result = run("show", "x\x1b[2J\ny")
    assert result.exit_code == 1
    assert "\x1b" not in assert_one_error_line(result.stderr)


# ---------------------------------------------------------------------------- version and help


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"ketacli {ketacli.__version__}"


def test_version_through_main(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_main(["--version"], capsys)
    assert code == 0 and out.strip() == f"ketacli {ketacli.__version__}"


def test_no_command_prints_help() -> None:
    result = run()
    assert result.exit_code == 0
    assert "ask" in result.stdout and "list-topics" in result.stdout and "show" in result.stdout


@pytest.mark.parametrize("flag", ["--help", "-h"])
@pytest.mark.parametrize(
    "command",
    [
        pytest.param([], id="ketacli"),
        pytest.param(["ask"], id="ask"),
        pytest.param(["list-topics"], id="list-topics"),
        pytest.param(["show"], id="show"),
    ],
)
def test_help_has_examples(command: list[str], flag: str) -> None:
    result = run(*command, flag)
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    example = " ".join(["ketacli", *command[:1]]) + " "
    assert any(line.strip().startswith(example) for line in result.stdout.splitlines()), result.stdout


def test_ask_help_documents_exit_statuses() -> None:
    help_text = " ".join(run("ask", "--help").stdout.split())
    assert "Exit status: 0 answered, 1 no confident answer (or not covered, or a crisis message" in help_text
    assert "2 usage or data error" in help_text


# ---------------------------------------------------------------------------- main(): statuses and usage errors


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["ask", ANSWERED], 0),
        (["ask", UNANSWERED], 1),
        (["ask", NONSENSE], 1),
        (["show", "how-fast"], 0),
        (["show", "nope-nope"], 1),
        (["list-topics"], 0),
        (["list-topics", "nope-nope"], 1),
        (["--help"], 0),
    ],
)
def test_main_exit_statuses(args: list[str], status: int, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run_main(args, capsys)
    assert code == status


@pytest.mark.parametrize(
    ("args", "mentions"),
    [
        (["ask", "--bogus", ANSWERED], "--bogus"),
        (["ask", "--jsn", ANSWERED], "--jsn"),
        (["list-topics", "--nope"], "--nope"),
        (["show"], "ID"),
        (["show", "a", "b"], "b"),
        (["frobnicate"], "frobnicate"),
        (["--nope"], "--nope"),
    ],
)
def test_usage_errors_are_one_line(args: list[str], mentions: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(args, capsys)
    assert code == 2
    assert out == ""
    line = assert_one_error_line(err)
    assert mentions in line
    assert "--help" in line


def test_interrupt_exits_130(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(render, "print_answer", interrupted)
    code, _, err = run_main(["ask", ANSWERED], capsys)
    assert code == 130
    assert "Traceback" not in err


# ---------------------------------------------------------------------------- the JSON contract


@pytest.mark.parametrize(
    ("question", "answered", "crisis"),
    [
        (ANSWERED, True, False),
        (UNANSWERED, False, False),
        (NONSENSE, False, False),
        (CRISIS, None, True),  # answered or not, the contract holds
        ("I want to kill myself", False, True),
    ],
)
def test_json_contract(question: str, answered: bool | None, crisis: bool) -> None:
    result = run("ask", "--json", question)
    data = json.loads(result.stdout)
    check_contract(data)
    assert data["query"] == question
    assert data["crisis"] is crisis
    if answered is not None:
        assert data["answered"] is answered
    assert result.exit_code == (0 if data["answered"] else 1)


def test_json_contract_with_an_attribution_and_caveats(write_faq: Callable[..., Path]) -> None:
    data = json.loads(run("ask", "--json", "--faq", str(write_faq()), "what is the second thing?").stdout)
    check_contract(data)
    assert data["match"]["attribution"] == "Someone"
    assert data["match"]["caveats"] == [{"kind": "truncated", "text": "Cut off."}]


def test_json_contract_in_batch_mode() -> None:
    result = run("ask", "--json", "-", input=f"{ANSWERED}\n{UNANSWERED}\n{CRISIS}\n")
    records = json_lines(result.stdout)
    assert len(records) == 3
    for record in records:
        check_contract(record)
