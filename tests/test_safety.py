"""Crisis detection: suicidal thoughts or self-harm in any wording get the crisis resources.

tests/data/crisis-kinds.jsonl holds messages written for these tests, at least ten for
each kind of warning sign in ketacli/crisis_phrases.py and for someone else at risk, and
hard negatives that must not show the resources: idioms of killing and dying,
clinicians' and researchers' questions, grief without risk, titles of songs and films,
questions about overdose risk asked for information, ordinary questions.
"""

from __future__ import annotations

import io
import json
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from helpers import DEV_SET, REPO
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ketacli import crisis_index, crisis_model, crisis_phrases, safety
from ketacli.safety import PhraseError, Screening, is_crisis, screen

LABELLED = Path(__file__).parent / "data" / "crisis-kinds.jsonl"
ROWS: list[dict[str, Any]] = [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines()]
KIND_NAMES = [kind.name for kind in crisis_phrases.KINDS]
SOMEONE_ELSE = next(kind.name for kind in crisis_phrases.KINDS if kind.about == "other")


def test_the_labelled_file_covers_every_kind_in_varied_numbers() -> None:
    counts: dict[str, int] = defaultdict(int)
    for row in ROWS:
        counts[row["kind"]] += 1
        assert row["crisis"] is (not row["kind"].startswith("negative")), row
        assert row.get("crisis_for") == ("other" if row["kind"] == SOMEONE_ELSE else "self" if row["crisis"] else None)
    assert all(counts[name] >= 10 for name in KIND_NAMES), counts
    assert sum(not row["crisis"] for row in ROWS) >= 80
    assert len({row["query"] for row in ROWS}) == len(ROWS)


def test_recall_per_kind_and_false_alarms_on_the_labelled_file(capsys: pytest.CaptureFixture[str]) -> None:
    """Every kind is caught, with the right person, and no hard negative shows the resources."""
    right: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    wrong = []
    for row in ROWS:
        found = screen(row["query"])
        ok = found.crisis is row["crisis"] and found.crisis_for == row.get("crisis_for")
        right[row["kind"]] += ok
        total[row["kind"]] += 1
        if not ok:
            wrong.append((row["kind"], row["query"], found))
    with capsys.disabled():
        print("\ncrisis kinds (right / messages):")
        for kind in total:
            measure = "recall" if not kind.startswith("negative") else "no alarm"
            print(f"  {right[kind] / total[kind]:.2f} {measure}  {right[kind]}/{total[kind]}  {kind}")
    assert not wrong, "\n".join(map(str, wrong))


WRITTEN_BLIND = Path(__file__).parent / "data" / "crisis-written-blind.jsonl"


def test_messages_written_blind_of_every_warning_sign() -> None:
    """A helper who never saw the phrases wrote these: half of 250, less one negative near a
    shared query. Phrases were then written with this half in view, so it is a regression
    floor, not a measure of what the phrases catch in wording they were not written for:
    the other half is kept out of the tests for that. The only alarms on its hard negatives
    are questions that mention suicide, which show the resources by design. Whose risk is
    not checked here: quoted speech ("he says 'if I die I die'") is not always read as
    someone else's."""
    rows = [json.loads(line) for line in WRITTEN_BLIND.read_text(encoding="utf-8").splitlines()]
    at_risk = [row["query"] for row in rows if row["crisis"]]
    caught = sum(screen(message).crisis for message in at_risk)
    assert caught / len(at_risk) >= 0.94, f"{caught} of {len(at_risk)}"
    alarms = [row["query"] for row in rows if not row["crisis"] and screen(row["query"]).crisis]
    assert all(re.search(r"suicid", message, re.I) for message in alarms), alarms


WRITTEN_BLIND_2 = Path(__file__).parent / "data" / "crisis-written-blind-2.jsonl"


def test_a_second_set_written_blind_that_the_second_reader_learns_from() -> None:
    """399 messages of every warning sign and 400 ordinary ones (a third of them hard
    negatives), written blind by helpers in two rounds. Before each round was added, the
    phrases and the second reader caught 90 of its 200 at-risk messages, then 97 of 200: in
    wording no one here chose, about half of what is at risk is still missed. The floor is
    what is caught once the second reader has learnt from them; of the ordinary messages,
    only those that mention suicide show the resources (by design)."""
    rows = [json.loads(line) for line in WRITTEN_BLIND_2.read_text(encoding="utf-8").splitlines()]
    caught = sum(screen(row["query"]).crisis for row in rows if row["crisis"])
    assert caught >= 240
    alarms = [row["query"] for row in rows if not row["crisis"] and screen(row["query"]).crisis]
    assert all(re.search(r"suicid", message, re.I) for message in alarms), alarms


# ---------------------------------------------------------------------- the second reader


def _model_script() -> dict[str, Any]:
    import runpy

    return runpy.run_path(str(REPO / "scripts" / "make_crisis_model.py"))


def test_the_second_reader_s_weights_and_threshold_are_current() -> None:
    """Run `python scripts/make_crisis_model.py` after changing RISK_WORDS or tests/data."""
    written = (REPO / "ketacli" / "crisis_model.py").read_text(encoding="utf-8")
    assert written == _model_script()["model"]()


def test_a_message_without_a_warning_sign_word_is_not_scored() -> None:
    # second_reader_alarms skips such a message: the bias alone must stay below the threshold.
    assert safety.risk_score("how fast does the spray work") < crisis_model.THRESHOLD
    assert safety.risk_features("how fast does the spray work") == []
    assert not safety.second_reader_alarms("how fast does the spray work")


def test_the_threshold_keeps_cross_validated_alarms_within_the_bar() -> None:
    script = _model_script()
    scored = script["cross_validated"](script["examples"]())
    assert script["rates"](scored, crisis_model.THRESHOLD)[1] <= script["MAX_ALARMS"]


def test_the_second_reader_catches_what_no_phrase_foresaw() -> None:
    text = safety.normalise_for_crisis("i've sorted my affairs and written the letters")
    assert safety._statements(text)[0] == [], "a phrase catches it: pick a message none does"
    assert safety.risk_score(text) >= crisis_model.THRESHOLD
    found = screen("i've sorted my affairs and written the letters")
    assert (found.crisis, found.crisis_for) == (True, "self")


def test_the_second_reader_leaves_the_question_asked_beside_it_to_be_answered() -> None:
    found = screen("i've sorted my affairs and written the letters. how fast does spravato work?")
    assert found.crisis and found.asked is not None and "how fast does spravato work" in found.asked


def test_an_idiom_or_a_fear_is_out_of_the_second_reader_s_sight() -> None:
    message = "i don't want to die, i'm just scared of the drip"  # a fear, not a wish
    text = safety.normalise_for_crisis(message)
    idioms = safety._statements(text)[2]
    assert safety.risk_score(text) >= crisis_model.THRESHOLD > safety.risk_score(safety._without(text, idioms))
    assert not screen(message).crisis


@pytest.mark.parametrize(
    ("message", "crisis_for"),
    [
        ("I want to die", "self"),
        ("my brother keeps saying he wants to die", "other"),
        ("my wife tried to end her life, can esketamine help her?", "other"),
        ("my son is suicidal and honestly I want to die too", "self"),  # the writer's own risk comes first
        ("my kids would be happier without me", "self"),  # being a burden is the writer's own feeling
        ("I found pills hidden under my daughter's bed", "other"),
        ("is ketamine used for suicidal depression in trials", "self"),  # a mention: the general wording
    ],
)
def test_whose_risk(message: str, crisis_for: str) -> None:
    assert screen(message).crisis_for == crisis_for


def test_screen_returns_what_to_match() -> None:
    assert screen("is ketamine addictive") == Screening(False, "is ketamine addictive", None)
    assert screen("I want to die") == Screening(True, None, "self")
    crisis, asked, crisis_for = screen("I want to kill myself. Is ketamine addictive?")
    assert crisis and crisis_for == "self" and asked is not None and "addictive" in asked and "kill" not in asked
    # A question that only mentions suicide is matched as it is.
    assert screen("does esketamine reduce suicidal thoughts?") == Screening(
        True, "does esketamine reduce suicidal thoughts?", "self"
    )


@pytest.mark.parametrize(
    "message",
    [
        "I want to die, how much ketamine would it take",
        "I'm going to overdose tonight, is 200 mg enough",
        "kms, what's the lethal dose of spravato",
    ],
)
def test_means_questions_in_a_crisis_are_never_matched(message: str) -> None:
    assert screen(message) == Screening(True, None, "self")


def test_a_cost_question_in_a_crisis_is_still_matched() -> None:
    crisis, asked, _ = screen("I feel like a burden to everyone. How much does a session cost?")
    assert crisis and asked is not None and "cost" in asked


@pytest.mark.parametrize(
    "message",
    [
        "I don't want to die, is ketamine safe?",  # saying one does not want to
        "I'd rather die than take SSRIs again",
        "what if I don't wake up after the infusion",
        "I'm scared I'm going to overdose by accident",
        "I nearly killed myself laughing",
        "that was career suicide",
        "Suicide Squad is on TV during my infusion",
        "I could sleep for 12 hours after an infusion",
        "I want to dye my hair before my appointment",
    ],
)
def test_idioms_and_fears_are_not_a_crisis(message: str) -> None:
    assert not is_crisis(message)


@pytest.mark.parametrize(
    "message",
    [
        "I  want   to\tdie",
        "I WANT TO KILL MYSELF",
        "i wanna dieeeee",
        "I don\u2019t want to be alive anymore",
        "quiero morir",
        "j'ai envie de mourir",
        "não quero mais viver",
        "ich möchte nicht mehr leben",
        "sewer-slide",
        "I want to kill myself \U0001f622",
        "Is ketamine addictive? asking because kms",
    ],
)
def test_spelling_case_spacing_and_language_do_not_matter(message: str) -> None:
    assert is_crisis(message)


def test_empty_and_blank_are_not_a_crisis() -> None:
    assert screen("") == Screening(False, "", None)
    assert not is_crisis("   \n\t")


def test_the_whole_message_is_screened_however_long() -> None:
    text = "ketamine " * 50_000 + "I want to die"
    start = time.perf_counter()
    assert is_crisis(text)
    assert is_crisis("how long does an infusion last? " * 5_000 + "everyone would be better off without me")
    assert not is_crisis("a " * 100_000)
    assert time.perf_counter() - start < 2.0


# ---------------------------------------------------------------------- the phrases as data


def test_every_kind_names_its_sources_and_has_phrases() -> None:
    assert len(KIND_NAMES) == len(set(KIND_NAMES)) >= 17
    for kind in crisis_phrases.KINDS:
        assert kind.sources and safety._lines(kind.phrases), kind.name
        assert kind.about in (None, "self", "other")


def test_every_phrase_parses() -> None:
    for number, (kind, line) in enumerate(safety.phrase_lines()):
        phrase = safety.phrase(number)
        assert (phrase.kind, phrase.text) == (kind, line)
        re.compile(phrase.pattern)
        assert 1 <= len(phrase.anchors) <= 2 and all(phrase.anchors)


def test_the_anchor_index_is_current() -> None:
    """Run `python scripts/make_crisis_index.py` after changing ketacli/crisis_phrases.py."""
    assert safety.source_checksum() == crisis_index.SOURCE
    assert safety.build_index() == (crisis_index.ANCHORS, crisis_index.SECOND)


def test_the_index_script_writes_what_is_there() -> None:
    import runpy

    script = runpy.run_path(str(REPO / "scripts" / "make_crisis_index.py"))
    assert script["render"]() == (REPO / "ketacli" / "crisis_index.py").read_text(encoding="utf-8")


@pytest.mark.parametrize("number", range(len(safety.phrase_lines())))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(data=st.data())
def test_every_match_holds_one_of_its_phrase_anchors(number: int, data: st.DataObject) -> None:
    """A message is only searched with the phrases whose anchor sets it holds: any text
    that a phrase matches must hold a word of each, or that phrase would be skipped."""
    phrase = safety.phrase(number)
    text = data.draw(st.from_regex(phrase.pattern))
    held = safety.anchors_in(text)
    assert all(held & anchor_set for anchor_set in phrase.anchors), (phrase.text, text)
    assert number in safety._candidates(text)


@pytest.mark.parametrize("pattern", safety._MENTIONS)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_every_mention_holds_a_hint(pattern: str, data: st.DataObject) -> None:
    """Mentions are only searched for in text with one of _MENTION_HINTS in it."""
    text = data.draw(st.from_regex(pattern))
    assert any(hint in text for hint in safety._MENTION_HINTS), text


@pytest.mark.parametrize(
    ("line", "matches", "misses"),
    [
        ("want (to)? die", ["want to die", "i want die"], ["want to dine", "wanted to die"]),
        ("(i|we) ... gone", ["i will soon be gone", "we gone"], ["i. gone", "i a b c d e f g gone"]),
        ("end it $", ["end it", "i will end it. ok", "end it!!"], ["end it all", "end items"]),
        ("unaliv* {myself}", ["unaliving myself", "unalive my self"], ["unlive myself"]),
        ("took <many> pills", ["took 40 pills"], ["took 2 pills"]),
    ],
)
def test_the_phrase_language(line: str, matches: list[str], misses: list[str]) -> None:
    pattern, _ = safety._Parser(crisis_phrases.SLOTS).phrase(line)
    for text in matches:
        assert re.search(pattern, text), (line, text)
    for text in misses:
        assert not re.search(pattern, text), (line, text)


@pytest.mark.parametrize("line", ["(a|b", "a ... ", "{nowhere} a", "a $ b", "a ($|b)", "(maybe)?", "a-b"])
def test_a_bad_phrase_is_an_error_that_names_it(line: str) -> None:
    with pytest.raises(PhraseError, match=re.escape(line.strip())):
        safety._Parser(crisis_phrases.SLOTS).phrase(line)


def test_no_shared_labelled_query_is_a_phrase() -> None:
    """Phrases are written from the kinds, never from the labelled sets."""
    if not DEV_SET.is_file():
        pytest.skip("../shared/eval/dev.jsonl is not beside the repository")
    queries = {safety.normalise_for_crisis(json.loads(line)["query"]) for line in DEV_SET.read_text().splitlines()}
    assert not queries & {line for _, line in safety.phrase_lines()}


# ---------------------------------------------------------------------- how a crisis is shown


def _shown(message: str, *args: str) -> str:
    from helpers import run

    return run("ask", *args, message).stdout


@pytest.mark.parametrize(
    "message",
    [
        "I wish I was dead",
        "I feel hopeless and want to stop existing. how much does a session cost?",
        "I want to die, how much ketamine would it take",
    ],
)
def test_a_crisis_is_never_met_with_no_answer_or_try_other_words(message: str) -> None:
    out = _shown(message)
    assert out.startswith("!! If you are thinking about suicide")
    assert "No confident answer" not in out and "Try other words" not in out and "Closest questions" not in out
    assert message not in out  # the person's own words are not set as a title


def test_resources_then_a_calm_line_then_the_answer() -> None:
    from ketacli.render import CALM

    out = " ".join(_shown("I want to die. Is ketamine addictive?").split())
    resources = out.index("988 Suicide & Crisis Lifeline")
    calm = out.index(CALM["self", "answer"])
    assert resources < calm < out.index("Q: Is ketamine a good drug? [addictive]")


def test_nothing_asked_gets_the_resources_and_a_calm_line_only() -> None:
    from ketacli.render import CALM

    out = " ".join(_shown("everyone would be better off without me").split())
    assert CALM["self", "nothing"] in out and "Q: " not in out and "Questions the FAQ" not in out


def test_someone_else_at_risk_gets_words_for_the_person_helping() -> None:
    from ketacli.render import HELPER_MESSAGE

    data = json.loads(_shown("my daughter says she wants to die, is spravato for teens?", "--json"))
    assert data["crisis"] is True and data["crisis_for"] == "other"
    assert data["crisis_message"] == HELPER_MESSAGE and data["crisis_resources"]
    assert " ".join(_shown("my husband tried to kill himself, can ketamine help him?").split()).startswith(
        f"!! {HELPER_MESSAGE}"
    )


def test_no_error_colour_in_a_crisis_on_a_terminal() -> None:
    """Neither the crisis block nor what follows it when there is no answer is red or yellow."""
    from rich.console import Console

    from ketacli.ask import answer
    from ketacli.faq import load_faq
    from ketacli.render import Output, RichView

    faq = load_faq()
    for message in ("I wish I was dead", "I want to die, what does it cost to park", "I want to die, is it addictive?"):
        console = Console(record=True, width=100, force_terminal=True, color_system="truecolor", file=io.StringIO())
        view, result = RichView(Output(width=100, rich=True), console), answer(faq, message)
        if result.match:  # an entry's caveat markers have colours of their own: only the crisis block here
            console.print(view.crisis(result, faq))
        else:
            view.print_answer(result, faq)
        html = console.export_html(inline_styles=True, clear=False)
        assert "Help is available now" in console.export_text() and "No confident answer" not in html
        # Rich's standard red and yellow, as the crisis and no-answer panels' borders once were.
        assert "#800000" not in html and "#808000" not in html, message


def test_chat_shows_a_crisis_with_care(capsys: pytest.CaptureFixture[str]) -> None:
    from ketacli import chat
    from ketacli.faq import load_faq
    from ketacli.match import matcher_for
    from ketacli.render import CALM, Output

    faq = load_faq()
    lines = ["I don't want to be here anymore"]

    def read(prompt: str) -> str:
        if not lines:
            raise EOFError  # Ctrl-D
        return lines.pop(0)

    chat.run(faq, matcher_for(faq), Output(width=100), read=read)
    out = " ".join(capsys.readouterr().out.split())
    assert "988" in out and CALM["self", "nothing"] in out
    assert "No confident answer" not in out and ":topics" not in out.split("988", 1)[1]
