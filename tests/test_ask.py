"""ask.py: the decision. Not covered (named, with who can answer), form-specific questions,
entries that fit what is asked, related suggestions only, and a FAQ without declarations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ketacli.ask import SUGGESTION_MIN, answer, coverage, fit
from ketacli.faq import Faq, load_faq
from ketacli.match import Candidate
from ketacli.reading import read


def test_an_uncovered_aspect_is_named_with_who_can_answer(faq: Faq) -> None:
    result = answer(faq, "what does a course of ketamine infusions cost")
    assert result.match is None and result.alternatives == ()
    assert result.not_covered is not None and result.not_covered.aspect == "cost"
    assert "clinic" in result.not_covered.who_can_answer


def test_preparation_is_not_onset(faq: Faq) -> None:
    result = answer(faq, "must I fast the night before a ketamine drip")
    assert result.not_covered is not None and result.not_covered.aspect == "preparation"


def test_spravato_onset_is_not_answered_by_text_about_iv_ketamine(faq: Faq) -> None:
    result = answer(faq, "how quickly does spravato start working")
    assert result.match is None
    assert result.not_covered is not None and result.not_covered.aspect == "onset"
    assert "Medication Guide" in result.not_covered.who_can_answer
    # The same question of ketamine in general is answered.
    general = answer(faq, "after a first dose of ketamine how quickly do people feel better")
    assert general.match is not None and general.match.entry.id in {"how-fast", "rapid-acting"}


def test_who_the_spray_is_for_is_answered_by_text_about_the_spray(faq: Faq) -> None:
    result = answer(faq, "what sort of patient qualifies for esketamine")
    assert result.reading.aspects == ("eligibility",)
    assert result.match is not None and result.match.entry.id in {"esketamine-nasal-spray", "not-first-line"}
    # By mouth, no entry says who it is for: not covered, rather than the IV list.
    lozenges = answer(faq, "what sort of patient qualifies for ketamine lozenges")
    assert lozenges.not_covered is not None and lozenges.not_covered.aspect == "eligibility"


def test_how_long_one_can_stay_on_the_spray_is_the_sprays_own_question(faq: Faq) -> None:
    result = answer(faq, "what is known about esketamine in the long run")
    assert result.not_covered is not None and result.not_covered.aspect == "long-term"
    assert answer(faq, "what is known about ketamine in the long run").match is not None


def test_a_question_about_the_spray_alone_is_not_answered_by_text_about_iv_ketamine_alone(faq: Faq) -> None:
    iv_only = next(entry for entry in faq.entries if entry.subjects == ("iv-ketamine",))
    assert fit(read("tell me about the spravato nasal spray"))(iv_only) == 0  # type: ignore[misc]
    assert fit(read("tell me about ketamine infusions"))(iv_only) > 0  # type: ignore[misc]


def test_controlled_drug_rules_are_not_answered_by_approval_text(faq: Faq) -> None:
    result = answer(faq, "is esketamine a controlled substance under the DEA's schedules")
    assert result.match is None
    assert result.not_covered is not None and result.not_covered.aspect == "controls"
    assert result.not_covered.who_can_answer == "the prescriber or a pharmacist"


def test_ketamine_by_mouth_has_its_own_onset_as_the_spray_does(faq: Faq) -> None:
    # Text about IV ketamine does not say how soon lozenges work.
    result = answer(faq, "how soon do ketamine troches start to work")
    assert result.match is None
    assert result.not_covered is not None and result.not_covered.aspect == "onset"
    assert result.not_covered.name.endswith("for ketamine taken by mouth (lozenges, troches, tablets)")
    assert answer(faq, "can ketamine be taken orally").match is not None  # the anesthetic entry says it can


def test_who_should_not_have_it_asks_who_it_is_for_and_its_risks(faq: Faq) -> None:
    result = answer(faq, "which people are not good candidates for ketamine")
    assert {"eligibility", "risks"} <= set(result.reading.aspects)
    assert result.match is not None and result.match.entry.id == "addictive"  # a history of substance abuse


def test_approval_outside_the_united_states_is_not_covered(faq: Faq) -> None:
    # The FAQ's approval statements are the FDA's; another country's are not in it.
    result = answer(faq, "has ketamine been approved for depression in australia")
    assert result.match is None
    assert result.not_covered is not None and result.not_covered.aspect == "elsewhere"


def test_another_condition_is_answered_only_by_text_about_other_conditions(faq: Faq) -> None:
    fitness = fit(read("could ketamine ease my chronic pain"))
    assert fitness is not None
    assert fitness(faq.get("new-uses")) > 0.0  # type: ignore[arg-type]
    assert fitness(faq.get("rapid-acting")) == 0.0  # type: ignore[arg-type]
    for question in ("is ketamine being tried for tinnitus", "does ketamine help epilepsy", "could it cure my acne"):
        assert answer(faq, question).match is None
    depression_only = {entry.id for entry in faq.entries if "other-conditions" not in entry.subjects}
    for question in ("could ketamine help my arthritis", "is ketamine any good for nerve pain"):
        result = answer(faq, question)
        assert result.match is None or result.match.entry.id not in depression_only


def test_which_works_better_of_ketamine_and_another_treatment_is_answered_by_what_the_faq_says_of_it(
    faq: Faq,
) -> None:
    better = answer(faq, "which works better, ketamine or TMS?")
    assert better.match is not None and better.match.entry.id == "ect-most-effective"
    differ = answer(faq, "how do ketamine and TMS differ")  # how they differ: the FAQ does not say
    assert differ.match is None


def test_help_with_another_condition_asks_what_ketamine_is_used_for(faq: Faq) -> None:
    result = answer(faq, "does ketamine help with anxiety")
    assert result.match is not None and result.match.entry.id == "new-uses"


@pytest.mark.parametrize(
    "question",
    ["how quickly does sertraline kick in", "are benzos habit forming", "is weed a club drug"],
)
def test_a_question_about_another_drug_alone_is_not_answered_by_text_about_ketamine(faq: Faq, question: str) -> None:
    assert answer(faq, question).match is None


def test_another_drug_beside_ketamine_does_not_stop_the_answer(faq: Faq) -> None:
    result = answer(faq, "is ketamine habit forming the way opioids are")
    assert result.match is not None and result.match.entry.id == "addictive"


@pytest.mark.parametrize(
    ("question", "aspect"),
    [
        ("how many sprays are in a normal spravato session", "dose"),
        ("can i drink after spravato", "aftercare"),
    ],
)
def test_the_spray_s_dose_and_aftercare_are_not_covered(faq: Faq, question: str, aspect: str) -> None:
    result = answer(faq, question)
    assert result.not_covered is not None and result.not_covered.aspect == aspect


def test_stopping_the_spray_is_its_own_question(faq: Faq) -> None:
    result = answer(faq, "am i allowed to quit spravato whenever i like")
    assert result.not_covered is not None and result.not_covered.aspect == "long-term"
    assert "Medication Guide" in result.not_covered.who_can_answer


def test_too_much_of_something_else_is_not_a_question_about_the_dose(faq: Faq) -> None:
    assert answer(faq, "i worry too much, will ketamine help").not_covered is None


@pytest.mark.parametrize("question", ["help", "please help", "help me"])
def test_a_question_with_nothing_to_go_on_gets_no_answer_and_no_suggestions(faq: Faq, question: str) -> None:
    result = answer(faq, question)
    assert result.match is None and result.alternatives == () and result.not_covered is None


def test_only_fitting_entries_are_candidates(faq: Faq) -> None:
    reading = read("by what mechanism does ketamine act on brain cells")
    fitness = fit(reading)
    assert fitness is not None
    assert fitness(faq.get("how-ketamine-works")) == 1.0  # type: ignore[arg-type]
    assert fitness(faq.get("how-fast")) == 0.0  # type: ignore[arg-type]


def test_a_partial_fit_scores_less(faq: Faq) -> None:
    fitness = fit(read("is ketamine safe and does it work fast"))
    assert fitness is not None
    both, one = faq.get("need-for-caution"), faq.get("how-fast")
    assert both is not None and one is not None
    assert 0 < fitness(one) < 1


def test_suggestions_are_only_related(faq: Faq) -> None:
    result = answer(faq, "is ketamine used for migraine headaches")
    assert result.match is None and result.alternatives
    assert all(candidate.score >= SUGGESTION_MIN for candidate in result.alternatives)


def test_a_faq_without_declarations_is_matched_on_words(tmp_path: Path) -> None:
    data = json.loads(Path(load_faq().path if False else "data/faq.json").read_text(encoding="utf-8"))
    for entry in data["entries"]:
        entry.pop("aspects", None)
        entry.pop("subjects", None)
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps(data), encoding="utf-8")
    undeclared = load_faq(plain)
    assert not coverage(undeclared).declared
    result = answer(undeclared, "could a person become hooked on ketamine")
    assert result.match is not None and result.match.entry.id == "addictive"
    assert answer(undeclared, "what do the infusions cost per session").not_covered is None


def test_every_alias_asks_what_its_answer_answers(faq: Faq) -> None:
    """An alias that the decision would not let its entry answer (it asks an aspect the entry
    does not declare, or of another subject) promises more than the answer gives."""
    wrong = []
    for entry in faq.entries:
        for alias in entry.aliases:
            reading = read(alias)
            fitness = fit(reading)
            if fitness is not None and fitness(entry) == 0.0:
                wrong.append(f"{entry.id}: {alias!r} asks {list(reading.aspects)} of {list(reading.subjects)}")
    assert not wrong, "\n".join(wrong)


def test_every_offerable_entry_declares_what_it_answers(faq: Faq) -> None:
    assert all(entry.aspects and entry.subjects for entry in faq.entries if entry.offerable)


class FixedRanker:
    """A ranker that gives one entry a set score: the decision stage's boundary, tested alone."""

    threshold = 0.5

    def __init__(self, faq: Faq, entry_id: str, score: float) -> None:
        from ketacli.match import matcher_for

        self.matcher = matcher_for(faq)
        self.entry_id, self.score = entry_id, score

    def corrected(self, question: str) -> str:
        return question  # read as text

    def rank(self, question: str, limit: int = 3, **_: object) -> list[Candidate]:
        found = next(c for c in self.matcher.rank(question, limit=10) if c.entry.id == self.entry_id)
        return [found._replace(score=self.score)]


@pytest.mark.parametrize(("score", "answered"), [(0.5, True), (0.499, False)])
def test_an_entry_is_given_from_the_threshold_on(faq: Faq, score: float, answered: bool) -> None:
    result = answer(faq, "is it habit forming", matcher=FixedRanker(faq, "addictive", score))
    assert result.answered is answered
