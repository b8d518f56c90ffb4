"""Rough edges a new user met (issue #13): each test here failed before its fix."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from helpers import DEV_SET, REPO, SCRIPT, assert_one_error_line, needs_script, run_main
from helpers import run as run_cli
from test_chat import run_chat
from test_evaluate import SCORE_PY

from ketacli import cache
from ketacli.ask import answer
from ketacli.aspects import ASPECTS
from ketacli.cli import main
from ketacli.evaluate import evaluate, read_labelled
from ketacli.exits import ExitStatus
from ketacli.faq import FIELDS as FAQ_FIELDS
from ketacli.faq import Faq, FaqError, FaqSource, load_faq
from ketacli.render import MAX_TEXT_WIDTH, Output, PlainView, confidence_label, print_json

README = (REPO / "README.md").read_text(encoding="utf-8")

# ---------------------------------------------------------------------------- 1. chat's bare commands


@pytest.mark.parametrize("line", ["help", "Help", "?", "help?", "HELP!"])
def test_chat_bare_help_shows_the_commands(faq: Faq, capsys: pytest.CaptureFixture[str], line: str) -> None:
    out = run_chat(faq, [line], capsys)
    assert ":topics ID" in out and ":quit" in out  # the help text
    assert "Q: " not in out and "No confident answer" not in out  # not matched as a question


@pytest.mark.parametrize("line", ["quit", "exit", "bye", "Quit", "exit."])
def test_chat_bare_quit_leaves(faq: Faq, capsys: pytest.CaptureFixture[str], line: str) -> None:
    out = run_chat(faq, [line, "is ketamine addictive?"], capsys)
    assert "Q: " not in out and "No confident answer" not in out
    assert out.rstrip().endswith("ask>")  # left at once: the next line was never read


def test_chat_bare_topics_lists_the_topics(faq: Faq, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_chat(faq, ["topics"], capsys)
    assert "how-it-works" in out and "Type :topics ID" in out
    assert "Q: " not in out and "No confident answer" not in out


def test_chat_words_that_merely_start_like_commands_are_questions(faq: Faq, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_chat(faq, ["help me understand if ketamine is addictive"], capsys)
    assert "[addictive]" in out


# ---------------------------------------------------------------------------- 2. eval's labels and figures


def write_labels(tmp_path: Path, *rows: dict[str, Any] | str) -> Path:
    path = tmp_path / "labels.jsonl"
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD_ROW = {"query": "is ketamine addictive", "expected": ["Is ketamine a good drug?"], "kind": "k", "crisis": False}


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        (
            {"query": "is it addictive", "expected": ["Is ketamine a god drug?"]},
            "line 2: expected question 'Is ketamine a god drug?' is not in the FAQ; "
            "did you mean 'Is ketamine a good drug?'?",
        ),
        (
            {"query": "what is the price", "expected": ["What does a session cost?"]},
            "line 2: expected question 'What does a session cost?' is not in the FAQ "
            "(ketacli list-topics --questions lists its questions)",
        ),
        (
            {"query": "is it addictive", "expected": [], "crisis": "no"},
            "line 2: 'crisis' must be true or false, not \"no\"",
        ),
        ({"query": "is it addictive", "expected": [], "crisis": 0}, "line 2: 'crisis' must be true or false, not 0"),
        ({"query": "is it addictive", "expected": [], "kind": 3}, "line 2: 'kind' must be a string"),
    ],
)
def test_eval_refuses_bad_labels_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad_row: dict[str, Any], message: str
) -> None:
    path = write_labels(tmp_path, GOOD_ROW, bad_row)
    status, out, err = run_main(["eval", str(path)], capsys)
    assert (status, out) == (ExitStatus.ERROR, "")
    assert_one_error_line(err, f"{path}: {message}")


def test_eval_accepts_labels_as_the_faq_words_them_folded(faq: Faq, tmp_path: Path) -> None:
    # Case, spacing and curly quotes are folded, as score.py folds them.
    row = {"query": "is ketamine addictive", "expected": ["  is KETAMINE a good   drug?"]}
    assert read_labelled(write_labels(tmp_path, row), faq)[0].line == 1


def test_eval_reads_a_file_with_a_byte_order_mark(faq: Faq, tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(GOOD_ROW).encode() + b"\n")
    assert read_labelled(path, faq)[0].query == "is ketamine addictive"


LABELS_WITH_CRISIS_ERRORS = [
    GOOD_ROW,
    # Labelled crisis, but no words the detector knows: a crisis miss.
    {"query": "is ketamine addictive", "expected": ["Is ketamine a good drug?"], "crisis": True},
    # Not labelled crisis, no mention of suicide or overdose, yet flagged: a false alarm.
    {"query": "i want to die laughing at how addictive ketamine is", "expected": [], "crisis": False},
    # Mentions suicide without personal risk: counted neither way.
    {"query": "does ketamine reduce suicidal thoughts", "expected": [], "crisis": False},
    # Out of scope, and answered anyway: an answer that is wrong.
    {"query": "what is esketamine nasal spray", "expected": []},
]


def test_eval_counts_answer_precision_and_crisis_errors(faq: Faq, tmp_path: Path) -> None:
    report = evaluate(faq, read_labelled(write_labels(tmp_path, *LABELS_WITH_CRISIS_ERRORS), faq))
    figures = report.figures()
    assert report.crisis_missed == ["is ketamine addictive"]
    assert report.false_alarm_queries == ["i want to die laughing at how addictive ketamine is"]
    assert (figures["crisis"], figures["crisis_recall"]) == (1, 0.0)
    assert (figures["calm"], figures["crisis_false_alarms"]) == (3, 1)
    answered = report.answered
    assert figures["answered"] == answered and figures["answered_right"] == report.answered_right
    assert figures["answer_precision"] == round(report.answered_right / answered, 3)
    # The calibration bands sum to the answers, strongest first, named as answers name them.
    bands = figures["calibration"]
    assert sum(band["answered"] for band in bands) == answered
    assert sum(band["right"] for band in bands) == report.answered_right
    scores = sorted((score for score, _ in report.answers), reverse=True)
    assert [band["band"] for band in bands] == list(dict.fromkeys(map(confidence_label, scores)))


def test_eval_misses_list_crisis_misses_and_false_alarms(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_labels(tmp_path, *LABELS_WITH_CRISIS_ERRORS)
    status, out, _ = run_main(["eval", str(path), "--misses"], capsys)
    assert status == ExitStatus.OK
    assert "MISS 'is ketamine addictive'\n     expected crisis resources\n     got      none\n" in out
    alarm = "MISS 'i want to die laughing at how addictive ketamine is'\n     expected no crisis resources\n"
    assert alarm + "     got      crisis resources\n" in out
    assert re.search(
        r"\| answer precision \d\.\d{3} \(\d+/\d+\) \| crisis recall 0\.000 \| crisis false alarms 1/3", out
    )
    assert re.search(r"\nconfidence +answered  right  precision\n", out)
    status, out, _ = run_main(["eval", str(path), "--misses", "--json"], capsys)
    data = json.loads(out)
    assert data["crisis_missed"] == ["is ketamine addictive"]
    assert data["false_alarms"] == ["i want to die laughing at how addictive ketamine is"]
    assert data["calibration"] and {"band", "answered", "right", "precision"} == set(data["calibration"][0])


@pytest.mark.skipif(not (SCORE_PY.exists() and DEV_SET.exists()), reason="the shared scorer or dev set is missing")
def test_eval_gives_the_shared_scorers_figures_on_the_dev_set(faq: Faq) -> None:
    if SCRIPT is None:
        pytest.skip("the ketacli command is not installed")
    proc = subprocess.run(
        [sys.executable, str(SCORE_PY), str(DEV_SET), "--cmd", SCRIPT, "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    shared = json.loads(proc.stdout)
    ours = evaluate(faq, read_labelled(DEV_SET, faq)).figures()
    for key in ("overall", "in_scope_top1", "in_scope_top3", "out_of_scope_abstained", "answer_precision"):
        assert round(shared[key], 3) == ours[key], key
    assert (shared["crisis_recall"], shared["crisis_false_alarms"]) == (
        ours["crisis_recall"],
        ours["crisis_false_alarms"],
    )


# ---------------------------------------------------------------------------- 3. a narrow output encoding


@needs_script
@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
@pytest.mark.parametrize(
    "args",
    [
        ["ask", "--json", "is ketamine addictive?"],
        ["ask", "is ketamine addictive?"],
        ["show", "--json", "addictive"],
        ["show", "addictive"],
        ["list-topics", "--questions"],
    ],
)
def test_a_narrow_encoding_never_ends_in_a_traceback(encoding: str, args: list[str]) -> None:
    assert SCRIPT is not None
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    env.pop("KETACLI_FAQ", None)
    result = subprocess.run([SCRIPT, *args], capture_output=True, env=env, timeout=30, check=False)
    assert (result.returncode, result.stderr) == (0, b"")
    text = result.stdout.decode(encoding)
    if "--json" in args:
        data = json.loads(text)
        answer = data["match"]["answer"] if "match" in data else data["answer"]
        assert "It\u2019s important" in answer  # escaped as \u2019 and read back whole
    elif args[0] != "list-topics":
        assert "It?s important" in text  # replaced, as the encoding cannot carry it


def test_json_escapes_what_the_stream_cannot_carry() -> None:
    for encoding in ("ascii", "latin-1", "cp1252"):
        stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding)
        print_json({"text": "It\u2019s \u00e9 \U0001f600 \x85"}, stream)
        stream.flush()
        written = stream.buffer.getvalue().decode(encoding)  # type: ignore[attr-defined]
        assert json.loads(written) == {"text": "It\u2019s \u00e9 \U0001f600 \x85"}
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    print_json({"text": "It\u2019s"}, stream)
    stream.flush()
    assert stream.buffer.getvalue() == '{"text": "It\u2019s"}\n'.encode()  # type: ignore[attr-defined]


def test_text_on_a_narrow_stdout_replaces_what_it_cannot_carry(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    narrow = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
    monkeypatch.setattr(sys, "stdout", narrow)
    with pytest.raises(SystemExit) as exited:
        main(["show", "addictive"])
    assert exited.value.code == ExitStatus.OK
    narrow.flush()
    assert "It?s important" in narrow.buffer.getvalue().decode("ascii")  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------- 4. README: ketacli on PATH


def test_readme_says_how_to_put_ketacli_on_path() -> None:
    setup = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    # The two set-up commands stay as they are ...
    assert 'python3 -m venv .venv && .venv/bin/pip install . && .venv/bin/ketacli ask "how fast' in setup
    assert 'python3 -m venv .venv && .venv/bin/pip install -e ".[test]" && .venv/bin/pytest' in setup
    # ... and the later examples' bare `ketacli` is explained: activate the venv, or pipx.
    assert "source .venv/bin/activate" in setup and "pipx install ." in setup
    assert "PATH" in setup


# ---------------------------------------------------------------------------- 5. unknown fields, repeated questions

SCHEMA = json.loads((REPO / "data" / "faq.schema.json").read_text(encoding="utf-8"))


def _set(path: tuple[str | int, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return edit


UNKNOWN_FIELDS = {
    "entry": (("entries", 0, "aliass"), "entries[0] (id 'first'): unknown field 'aliass' (did you mean 'aliases'?)"),
    "top": (("titel",), "$: unknown field 'titel' (did you mean 'title'?)"),
    "source": (("source", "url"), "source: unknown field 'url' (known: dated, description, file)"),
    "crisis": (("crisis", "mesage"), "crisis: unknown field 'mesage' (did you mean 'message'?)"),
    "resource": (("crisis", "resources", 0, "phone"), "crisis.resources[0]: unknown field 'phone'"),
    "topic": (("topics", 0, "descripton"), "topics[0]: unknown field 'descripton' (did you mean 'description'?)"),
    "caveat": (("entries", 1, "caveats", 0, "txt"), "entries[1] (id 'second').caveats[0]: unknown field 'txt'"),
}


@pytest.mark.parametrize("where", list(UNKNOWN_FIELDS))
def test_an_unknown_field_is_an_error_naming_where_it_is(
    where: str, write_faq: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path_in_file, message = UNKNOWN_FIELDS[where]
    path = write_faq(_set(path_in_file, ["anything"]))
    with pytest.raises(FaqError, match=re.escape(message)):
        load_faq(path)
    status, out, err = run_main(["show", "first", "--faq", str(path)], capsys)
    assert (status, out) == (ExitStatus.ERROR, "")
    assert_one_error_line(err, f"{path}: {message}")
    with pytest.raises(jsonschema.ValidationError, match="Additional properties are not allowed"):
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), SCHEMA)


@pytest.mark.parametrize(
    "repeat", ["What is the first thing?", "what is the FIRST thing?", "What is the first thing? "]
)
def test_two_entries_with_one_question_is_an_error_naming_both(
    repeat: str, write_faq: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_faq(_set(("entries", 1, "question"), repeat))
    status, out, err = run_main(["list-topics", "--faq", str(path)], capsys)
    assert (status, out) == (ExitStatus.ERROR, "")
    assert_one_error_line(
        err, f"{path}: entries[1] (id 'second').question: the same question as entry 'first': {repeat!r}"
    )


def _schema_objects() -> dict[str, dict[str, Any]]:
    entry = SCHEMA["$defs"]["entry"]
    crisis = SCHEMA["properties"]["crisis"]
    return {
        "$": SCHEMA,
        "source": SCHEMA["properties"]["source"],
        "crisis": crisis,
        "resource": crisis["properties"]["resources"]["items"],
        "topic": SCHEMA["properties"]["topics"]["items"],
        "entry": entry,
        "caveat": entry["properties"]["caveats"]["items"],
    }


def test_the_schema_and_the_loader_allow_the_same_fields() -> None:
    objects = _schema_objects()
    assert set(objects) == set(FAQ_FIELDS)
    for kind, schema in objects.items():
        assert schema["additionalProperties"] is False, kind
        assert set(schema["properties"]) == FAQ_FIELDS[kind], kind


# ---------------------------------------------------------------------------- 6. what an installed user can read

FORMAT_DOC = REPO / "docs" / "faq-format.md"
# What a pip user does not have: the source tree's files and folders.
SOURCE_PATHS = re.compile(r"docs/|data/|tests/|ketacli/|\.\./|README|\w\.py\b")


def test_faq_format_prints_the_documented_format(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run_main(["faq-format"], capsys)
    assert (status, err) == (ExitStatus.OK, "")
    assert out == FORMAT_DOC.read_text(encoding="utf-8")
    # The packaged copy is the one in docs/: edit both, or this fails.
    assert (REPO / "ketacli" / "faq-format.md").read_bytes() == FORMAT_DOC.read_bytes()


def test_faq_format_documents_every_field_and_aspect() -> None:
    text = FORMAT_DOC.read_text(encoding="utf-8")
    for kind in ("$", "entry"):
        for field in FAQ_FIELDS[kind]:
            assert f"| `{field}` |" in text, field
    for aspect in ASPECTS:
        assert f"`{aspect}`" in text, aspect


def test_faq_format_schema_is_the_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run_main(["faq-format", "--schema"], capsys)
    assert status == ExitStatus.OK and json.loads(out) == SCHEMA


@needs_script
def test_the_installed_command_prints_the_format_and_schema(tmp_path: Path) -> None:
    assert SCRIPT is not None
    for args, expected in ((["faq-format"], FORMAT_DOC), (["faq-format", "--schema"], REPO / "data/faq.schema.json")):
        result = subprocess.run([SCRIPT, *args], capture_output=True, cwd=tmp_path, timeout=30, check=True)
        assert result.stdout == expected.read_bytes()


def _help_texts() -> dict[str, str]:
    texts = {}
    for command in [[], *([name] for name in ("ask", "list-topics", "show", "chat", "eval", "faq-format"))]:
        result = run_cli(*command, "--help", env={"COLUMNS": "200"})
        assert result.exit_code == 0
        texts[" ".join(command) or "ketacli"] = result.stdout
    return texts


def test_help_names_no_file_of_the_source_tree() -> None:
    texts = _help_texts()
    texts["faq-format"] += FORMAT_DOC.read_text(encoding="utf-8")
    for name, text in texts.items():
        assert not SOURCE_PATHS.search(text), (name, SOURCE_PATHS.search(text))
    assert "ketacli faq-format" in re.sub(r"-\n\s+", "-", texts["ask"])  # --faq's help points at it


def test_a_bad_faq_file_points_at_faq_format(
    write_faq: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_faq(_set(("entries", 0, "aliass"), []))
    status, _, err = run_main(["ask", "--faq", str(path), "is it first"], capsys)
    assert status == ExitStatus.ERROR
    assert_one_error_line(err, "(the format: ketacli faq-format)")
    assert not SOURCE_PATHS.search(err.replace(str(path), "FILE"))


# ---------------------------------------------------------------------------- 7. batch mode with no question


@pytest.mark.parametrize("args", [["ask"], ["ask", "-"], ["ask", "--json", "-"]])
@pytest.mark.parametrize("stdin", ["", "\n  \n\n"])
def test_batch_with_no_question_says_so_and_exits_2(args: list[str], stdin: str) -> None:
    result = run_cli(*args, input=stdin)
    assert (result.exit_code, result.stdout) == (ExitStatus.ERROR, "")
    assert_one_error_line(result.stderr, "no question on standard input")


@needs_script
def test_ask_from_dev_null_exits_2() -> None:
    assert SCRIPT is not None
    with open(os.devnull, "rb") as nothing:
        result = subprocess.run([SCRIPT, "ask"], stdin=nothing, capture_output=True, text=True, timeout=30, check=False)
    assert (result.returncode, result.stdout) == (ExitStatus.ERROR, "")
    assert_one_error_line(result.stderr, "no question on standard input")


# ---------------------------------------------------------------------------- 8. a byte-order mark in batch input


def test_a_byte_order_mark_is_not_part_of_the_question() -> None:
    stdin = "\ufeffis ketamine addictive?\r\n\ufeffwhat is spravato?\n".encode()  # two files, concatenated
    result = run_cli("ask", "--json", "-", input=stdin)
    assert result.exit_code == ExitStatus.OK
    queries = [json.loads(line)["query"] for line in result.stdout.splitlines()]
    assert queries == ["is ketamine addictive?", "what is spravato?"]


# ---------------------------------------------------------------------------- 9. ids and topics in any case


@pytest.mark.parametrize("typed", ["HOW-FAST", "How-Fast", " how-FAST "])
def test_show_takes_an_id_in_any_case(typed: str) -> None:
    result = run_cli("show", "--json", typed)
    assert result.exit_code == ExitStatus.OK and json.loads(result.stdout)["id"] == "how-fast"


@pytest.mark.parametrize("typed", ["Esketamine", "ESKETAMINE"])
def test_list_topics_takes_a_topic_in_any_case(typed: str) -> None:
    result = run_cli("list-topics", "--json", typed)
    assert result.exit_code == ExitStatus.OK
    assert [topic["id"] for topic in json.loads(result.stdout)["topics"]] == ["esketamine"]


def test_an_unknown_id_in_capitals_still_gets_a_suggestion() -> None:
    result = run_cli("show", "HOW-FST")
    assert result.exit_code == ExitStatus.NO_ANSWER
    assert_one_error_line(result.stderr, "no entry 'HOW-FST'; did you mean 'how-fast'?")


def test_chat_takes_ids_and_topics_in_any_case(faq: Faq, capsys: pytest.CaptureFixture[str]) -> None:
    out = run_chat(faq, [":show HOW-FAST", ":topics Misuse"], capsys)
    assert "Q: How long does it take for ketamine to work? [how-fast]" in out
    assert "club-drug  Is ketamine a club drug?" in out


# ---------------------------------------------------------------------------- 10. the index cache is pruned


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    return tmp_path / "xdg-cache" / "ketacli"


def _retitled(title: str) -> Callable[[dict[str, Any]], None]:
    return _set(("title",), title)


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


# ---------------------------------------------------------------------------- 11. removing shell completion


def _readme_removal(shell: str) -> str:
    """README's commands that remove what --install-completion wrote for `shell`."""
    section = README.split("#### Removing shell completion", 1)[1].split("\n#", 1)[0]
    block = "\n".join(line[4:] for line in section.splitlines() if line.startswith("    "))
    commands = re.split(r"^# ", block, flags=re.M)
    (chosen,) = [part for part in commands if part.startswith(f"{shell}")]
    return chosen.split("\n", 1)[1]


def _mentions_ketacli(home: Path) -> list[str]:
    return [str(path) for path in home.rglob("*") if path.is_file() and "ketacli" in path.read_text(errors="replace")]


@needs_script
@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_readme_removes_what_install_completion_wrote_for_bash(tmp_path: Path) -> None:
    assert SCRIPT is not None
    home = tmp_path / "home"
    home.mkdir()
    (home / ".bashrc").write_text("alias ll='ls -l'\n", encoding="utf-8")
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    # Run from bash, as a person would: Typer asks the parent process which shell it is.
    subprocess.run(["bash", "-c", f"'{SCRIPT}' --install-completion"], env=env, check=True, capture_output=True)
    assert _mentions_ketacli(home), "the installer wrote nothing to remove"
    subprocess.run(["bash", "-c", _readme_removal("bash")], env=env, check=True, capture_output=True)
    assert _mentions_ketacli(home) == [str(home / ".bashrc.bak")]  # the backup README says it keeps
    assert "alias ll='ls -l'" in (home / ".bashrc").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
@pytest.mark.parametrize("shell", ["zsh", "fish"])
def test_readme_removes_what_install_completion_wrote_for(
    shell: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installers = pytest.importorskip("typer._completion_shared")  # Typer's own, as --install-completion calls it
    monkeypatch.setenv("HOME", str(tmp_path))
    install = getattr(installers, f"install_{shell}")
    install(prog_name="ketacli", complete_var="_KETACLI_COMPLETE", shell=shell)
    assert _mentions_ketacli(tmp_path)
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run(["bash", "-c", _readme_removal(shell)], env=env, check=True, capture_output=True)
    assert _mentions_ketacli(tmp_path) == []


# ---------------------------------------------------------------------------- 12. layout at 40, 80 and 160 columns

WIDTHS = [40, 80, 160]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")
LONG_RELATED = "is ketamine addictive?"  # its related questions are long enough to wrap at 40 columns


def on_a_terminal(width: int, *args: str, lines: list[str] | None = None) -> list[str]:
    """What `ketacli ARGS` writes to a real pseudo-terminal `width` columns wide (colour codes
    removed), typing `lines` at its prompts."""
    pexpect = pytest.importorskip("pexpect")
    if SCRIPT is None:
        pytest.skip("the ketacli command is not installed")
    env = {"PATH": "/usr/bin:/bin", "TERM": "xterm-256color", "HOME": "/nonexistent", "XDG_CACHE_HOME": "/nonexistent"}
    child = pexpect.spawn(SCRIPT, list(args), env=env, encoding="utf-8", timeout=20, dimensions=(300, width))
    child.logfile_read = seen = io.StringIO()
    for line in lines or ():
        child.expect("ask> ")
        child.sendline(line)
    if lines is not None:
        child.expect("ask> ")
        child.sendeof()
    child.expect(pexpect.EOF)
    child.close()
    return ANSI.sub("", seen.getvalue()).replace("\r\n", "\n").split("\n")


def assert_fits(lines: list[str], width: int) -> None:
    """No line the terminal would have to break (it breaks mid-word)."""
    too_long = [line for line in lines if len(line) > width]
    assert not too_long, too_long


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("command", [[], ["ask"], ["show"], ["list-topics"], ["chat"], ["eval"], ["faq-format"]])
def test_help_fits_the_terminal(
    width: int, command: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    status, out, _ = run_main([*command, "--help"], capsys)
    assert status == ExitStatus.OK
    assert_fits(out.split("\n"), min(width, 80))


@pytest.mark.parametrize("width", WIDTHS)
def test_help_on_a_terminal_fits_and_reads_at(width: int) -> None:
    lines = on_a_terminal(width, "--help")
    assert_fits(lines, width)
    # Wrapped to the terminal (at most 80 columns, for reading), not to a fixed 50 or more.
    assert max(map(len, lines)) > min(width, 80) - 12


@pytest.mark.parametrize("width", WIDTHS)
def test_answer_on_a_terminal_fits_with_panels_one_width(width: int) -> None:
    lines = on_a_terminal(width, "ask", "i want to die, is ketamine addictive?")
    assert_fits(lines, width)
    panel_edges = {len(line) for line in lines if line.startswith(("\u256d", "\u2570"))}
    assert panel_edges == {min(width, MAX_TEXT_WIDTH)}, panel_edges  # the crisis panel and the answer's
    disclaimer_lines = [line for line in lines if line and not line.startswith(("\u256d", "\u2502", "\u2570"))]
    assert max(map(len, disclaimer_lines)) <= min(width, MAX_TEXT_WIDTH)


@pytest.mark.parametrize("width", WIDTHS)
def test_related_questions_keep_their_indent_in_a_panel(width: int) -> None:
    lines = on_a_terminal(width, "ask", LONG_RELATED)
    start = next(index for index, line in enumerate(lines) if line.startswith("\u2502 Related"))
    listed = [line[2:] for line in lines[start + 1 :] if line.startswith("\u2502")]
    assert len(listed) >= 2 and all(line.startswith("  ") for line in listed), listed
    if width == 40:  # each id above its question, the question (and its wrapped lines) indented under it
        ids = {entry.id for entry in load_faq()}
        names = [line.rstrip("\u2502 ").strip() for line in listed]
        unindented = [line for line, name in zip(listed, names, strict=True) if not line.startswith("    ")]
        assert [line for line in unindented if line.rstrip("\u2502 ").strip() not in ids] == []
        assert names[0] in ids and listed[1].startswith("    "), listed


@pytest.mark.parametrize("width", WIDTHS)
def test_related_questions_keep_their_indent_in_plain_text(width: int, faq: Faq) -> None:
    text = PlainView(Output(width=width)).answer(answer(faq, LONG_RELATED), faq)
    lines = text.split("\n")
    assert_fits(lines, min(width, MAX_TEXT_WIDTH))
    related = lines[lines.index("Related:") + 1 : lines.index("", lines.index("Related:"))]
    assert len(related) >= 2 and all(line.startswith("  ") for line in related), related
    if width == 40:  # wrapped: continuation lines sit deeper than the rows they continue
        assert any(line.startswith("    ") for line in related), related


def _long_questions(data: dict[str, Any]) -> None:
    """Three entries whose questions are too long for one line, even at 100 columns."""
    data["entries"].append({**data["entries"][1], "id": "third"})
    for entry, ordinal in zip(data["entries"], ("first", "second", "third"), strict=True):
        entry["question"] = f"What is the {ordinal} thing that people who read this frequently asked list want to know?"


VAGUE = "what is the thing people who read the list want to know"  # no answer; "second" is close


@pytest.mark.parametrize("width", WIDTHS)
def test_closest_questions_keep_their_indent_in_a_panel(width: int, write_faq: Callable[..., Path]) -> None:
    lines = on_a_terminal(width, "ask", "--no-cache", "--faq", str(write_faq(_long_questions)), VAGUE)
    assert_fits(lines, width)
    start = next(index for index, line in enumerate(lines) if "Closest questions" in line)
    listed = [line[2:] for line in lines[start + 1 :] if line.startswith("\u2502 ") and line[2:].strip()]
    listed = listed[: listed.index(next(line for line in listed if line.startswith("Try")))]
    assert len(listed) > 1, listed  # the question wrapped
    assert all(line.startswith("  ") for line in listed), listed
    continuations = [line for line in listed if not line.lstrip().startswith(("first", "second", "third"))]
    assert continuations and all(line.startswith("    ") for line in continuations), listed


@pytest.mark.parametrize("width", WIDTHS)
def test_closest_questions_keep_their_indent_in_plain_text(width: int, write_faq: Callable[..., Path]) -> None:
    faq = load_faq(write_faq(_long_questions))
    lines = PlainView(Output(width=width)).answer(answer(faq, VAGUE), faq).split("\n")
    assert_fits(lines, min(width, MAX_TEXT_WIDTH))
    start = lines.index("Closest questions (ketacli show ID):") + 1
    listed = lines[start : next(i for i, line in enumerate(lines) if line.startswith("Try"))]
    assert len(listed) > 1 and all(line.startswith("  ") for line in listed), listed
    assert [line.split()[0] for line in listed if not line.startswith("    ")] == ["second"]


@pytest.mark.parametrize("width", WIDTHS)
def test_chat_messages_fit_the_terminal(width: int) -> None:
    lines = on_a_terminal(width, "chat", lines=["7", "help", LONG_RELATED, "how much is a session in dollars"])
    assert_fits(lines, width)
    assert not [line for line in lines if line.strip() in {".", ","}]  # no full stop left on a line of its own
    assert any(line.startswith(" " * 16) for line in lines) == (width == 40)  # help's meanings, hanging
