"""The matcher: normalisation, synonyms, typos, abstention, explanation, bounded input."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from ketacli.ask import answer
from ketacli.faq import Faq
from ketacli.match import Matcher, matcher_for, slots_of, stem, words_of

DATA = Path(__file__).resolve().parent / "data"


def best_id(faq: Faq, question: str) -> str | None:
    result = answer(faq, question)
    return result.match.entry.id if result.match else None


def test_words_are_folded_for_case_accents_apostrophes_and_british_spelling() -> None:
    assert words_of("Kétamine: ANAESTHETIC notes, it's") == ["ketamine", "anesthetic", "notes", "its"]


@pytest.mark.parametrize(("word", "stemmed"), [("receptors", "receptor"), ("working", "work"), ("studies", "study")])
def test_stem(word: str, stemmed: str) -> None:
    assert stem(word) == stemmed


def test_phrases_become_one_slot_with_their_concept() -> None:
    slots = slots_of("is the nasal spray fast")
    assert [slot.word for slot in slots] == ["nasal spray", "fast"]
    assert "@esketamine" in slots[0].terms and "@speed" in slots[1].terms


# Each probe tests one mechanism, so it must not be an alias (it would pass whatever the
# mechanism does) nor a shared-set query (test_data.py).
PROBES = [
    ("is it the kind of drug you get hooked on", "addictive"),  # synonym: hooked ~ addictive
    ("is spravato made from ketamine", "esketamine-nasal-spray"),  # brand name ~ esketamine
    ("ketamine as an anaesthetic in humans", "anesthetic"),  # British spelling
    ("is ketamnie adictive at all", "addictive"),  # typos
    ("one ketamine drip lasts for how many days", "infusion-duration"),  # drip ~ infusion
]


def test_probes_are_not_aliases(faq: Faq) -> None:
    """(test_data.py checks that no question here is a shared-set query.)"""

    def folded(text: str) -> str:
        return " ".join(words_of(text))

    texts = {folded(text) for entry in faq.entries for text in (entry.question, *entry.aliases)}
    assert not [probe for probe, _ in PROBES if folded(probe) in texts]


@pytest.mark.parametrize(("question", "entry_id"), PROBES)
def test_answers_how_people_ask(faq: Faq, question: str, entry_id: str) -> None:
    result = answer(faq, question)
    # "hooked" fits addictive and club-drug equally: both are then shown (a near tie).
    shown = {candidate.entry.id for candidate in (result.match, result.close_second) if candidate}
    assert entry_id in shown


@pytest.mark.parametrize(
    "question",
    [
        "how much does a ketamine session cost",
        "does insurance pay for ketamine infusions",
        "am I allowed to drive once a ketamine session ends",
        "is ketamine safe when pregnant",
        "will it rain in the city on saturday",
        "xyzzy plugh",
    ],
)
def test_abstains_when_no_answer_covers_the_question(faq: Faq, question: str) -> None:
    result = answer(faq, question)
    assert result.match is None
    assert all(candidate.score < matcher_for(faq).threshold for candidate in result.alternatives)


def test_chatter_around_a_question_does_not_hide_it(faq: Faq) -> None:
    # Everyday words (where one heard of it, how one feels, when) say nothing of what is asked.
    for plain, chatty in (
        ("can one get hooked on it", "can one get hooked on it? saw a video on youtube this morning, a bit scared lol"),
        ("when do the effects begin", "when do the effects begin? everyone online says it is amazing"),
    ):
        assert answer(faq, chatty).match == answer(faq, plain).match


def test_boilerplate_is_never_offered(faq: Faq) -> None:
    result = answer(faq, "top medications for depression", candidates=20)
    offered = [c.entry.id for c in (result.match, *result.alternatives) if c]
    assert "top-medications" not in offered


def test_scores_are_between_0_and_1_and_ranked(faq: Faq) -> None:
    ranked = matcher_for(faq).rank("ketamine onset in hours or in days", limit=10)
    scores = [candidate.score for candidate in ranked]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= score <= 1.0 for score in scores)


def test_explanation_names_matched_and_missing_words(faq: Faq) -> None:
    matcher = matcher_for(faq)
    question = "do patients in canada get hooked on ketamine"
    why = matcher.explain(question, matcher.rank(question, limit=1)[0].entry)
    assert "hooked (~addiction)" in why.matched
    assert "canada" in why.missing
    assert set(why.signals) == {"coverage", "specificity"}


def test_typo_corrections_are_reported(faq: Faq) -> None:
    matcher = matcher_for(faq)
    top = matcher.rank("ketamne efects on the body", limit=1)[0]
    assert matcher.explain("ketamne efects on the body", top.entry).corrections == (
        "ketamne -> ketamine",
        "efects -> effects",
    )


def test_short_words_are_not_corrected_into_other_words(faq: Faq) -> None:
    slots, corrections, _ = matcher_for(faq).analyse("can i drive home")
    assert corrections == []
    assert [slot.word for slot in slots] == ["drive", "home"]


@pytest.mark.parametrize(
    ("word", "corrected"),
    [
        ("irregular", None),  # not "regular": a prefix is not a typo
        ("uncontrolled", None),
        ("fewest", None),  # not "newest": a typo seldom changes the first letter
        ("kteamine", "ketamine"),  # a swap of the first two letters is a typo
        ("ketamnie", "ketamine"),
    ],
)
def test_corrections_keep_the_first_letter_and_the_prefix(faq: Faq, word: str, corrected: str | None) -> None:
    assert matcher_for(faq)._closest_word(word) == corrected


def test_crisis_message_is_matched_on_its_question(faq: Faq) -> None:
    result = answer(faq, "I want to kill myself. Is ketamine addictive?")
    assert result.crisis and result.match is not None and result.match.entry.id == "addictive"


def test_crisis_statement_without_a_question_gets_no_entry(faq: Faq) -> None:
    result = answer(faq, "my family would be happier if i were gone")
    assert result.crisis and result.match is None and result.alternatives == ()


def test_crisis_question_about_amounts_gets_no_entry(faq: Faq) -> None:
    result = answer(faq, "what dose of ketamine would make sure i never wake up")
    assert result.crisis and result.match is None and result.alternatives == ()


def test_huge_question_is_matched_in_bounded_time(faq: Faq) -> None:
    question = "is ketamine habit forming " + "word " * 200_000
    started = time.perf_counter()
    answer(faq, question)
    assert time.perf_counter() - started < 2.0


def test_matcher_works_on_any_faq(faq: Faq) -> None:
    import json

    from helpers import minimal_faq

    from ketacli.faq import parse_faq

    small = parse_faq(json.dumps(minimal_faq()))
    ranked = Matcher(small).rank("what is the second thing", limit=2)
    assert ranked[0].entry.id == "second"


def test_huge_faq_questions_do_not_stall_the_matcher() -> None:
    """A FAQ's questions and aliases are capped as the user's are (tie-breaks compare their words)."""
    import json

    from helpers import minimal_faq

    from ketacli.faq import parse_faq

    data = minimal_faq()
    for entry in data["entries"]:  # two equal entries: their tie is broken by wording
        entry["aliases"] = ["zebra grazing " * 100_000]
    matcher = Matcher(parse_faq(json.dumps(data)))
    started = time.perf_counter()
    ranked = matcher.rank("zebras graze " + "zebra grazing " * 60, limit=2)
    assert time.perf_counter() - started < 2.0
    assert len(ranked) == 2 and ranked[0].score == ranked[1].score


def test_every_word_of_a_long_answer_is_indexed() -> None:
    """Only questions are capped (MAX_QUESTION_CHARS); an answer's last words count too."""
    import json

    from helpers import minimal_faq

    from ketacli.faq import parse_faq
    from ketacli.text import MAX_QUESTION_CHARS

    data = minimal_faq()
    long_answer = "The second thing follows. " * (MAX_QUESTION_CHARS // 20) + "Zebras graze at dawn."
    data["entries"][1].update(answer=long_answer, source_text=long_answer)
    matcher = Matcher(parse_faq(json.dumps(data)))
    ranked = matcher.rank("the second thing: when do zebras graze", limit=1)
    assert ranked[0].entry.id == "second"
    missing = matcher.explain("the second thing: when do zebras graze", ranked[0].entry).missing
    assert missing == ()  # zebras and graze found, past the cap


@pytest.mark.parametrize(
    ("word", "corrected"),
    [
        ("ketamnie", "ketamine"),  # 8 letters, one swap: corrected
        ("ketmaine", "ketamine"),
        ("kteamnie", None),  # 8 letters, two edits: too far below 9 letters
        ("ketmain", None),
    ],
)
def test_typo_correction_allows_two_edits_only_from_nine_letters(faq: Faq, word: str, corrected: str | None) -> None:
    assert matcher_for(faq)._closest_word(word) == corrected


def test_the_top_few_are_the_true_best(faq: Faq) -> None:
    """rank(limit=3) returns what ranking every entry would put first: no better entry is left out."""
    matcher = matcher_for(faq)
    questions = [
        json.loads(line)["query"]
        for name in ("real-style.jsonl", "own-questions.jsonl")
        for line in (DATA / name).read_text().splitlines()
    ]
    questions += ["does ketamine really help people with depression at all", "what is it"]
    for question in questions:
        few = [(c.entry.id, c.score) for c in matcher.rank(question, limit=3)]
        every = [(c.entry.id, c.score) for c in matcher.rank(question, limit=len(faq))]
        assert [score for _, score in few] == [score for _, score in every[:3]], question
