"""reading.py: which aspects a question asks, and of which subjects. Questions here are
written for these tests from the aspects' general cues, not taken from any labelled set."""

from __future__ import annotations

import pytest

from ketacli.aspects import ASPECTS, SUBJECTS
from ketacli.reading import CUES, SUBJECT_CUES, asks_which_is_better, read


@pytest.mark.parametrize(
    ("question", "aspect"),
    [
        ("what would a course of infusions set me back in dollars", "cost"),
        ("does my insurer pay for it", "cost"),
        ("should i skip breakfast before my infusion", "preparation"),
        ("my clinic books me in twice a week, is that usual", "schedule"),
        ("what if i come off the spray after a few months", "long-term"),
        ("is it safe to just stop ketamine", "long-term"),
        ("do people get withdrawals from the spray", "addiction"),
        ("is fasting needed", "preparation"),
        ("can i drive home after my session", "aftercare"),
        ("is it ok to take it with my lithium", "interactions"),
        ("do i have to come off my antidepressants first", "interactions"),
        ("what does the nasal spray feel like", "experience"),
        ("how quickly will i notice anything", "onset"),
        ("how long do the effects of one infusion last", "duration"),
        ("how many sessions does a course take", "schedule"),
        ("is it safe while pregnant", "pregnancy"),
        ("can my teenager have it", "age"),
        ("will it show up on a drug test at work", "drug-tests"),
        ("what does ketamine do to the brain", "mechanism"),
        ("can you get hooked", "addiction"),
        ("is it fda approved", "regulation"),
        ("is it a schedule iii controlled substance", "controls"),
        ("why is there a rems for the spray", "controls"),
        ("what is the usual starting dose for an adult", "dose"),
        ("is it safe with postpartum depression", "pregnancy"),
        ("how long do they monitor you after the spray", "monitoring"),
        ("what qualifications does the doctor giving it need", "access"),
        ("can i do it at home through telehealth", "access"),
        ("will the spray make me drowsy", "risks"),
        ("how long does it stay in your body", "drug-tests"),
        ("does ketamine work better if you also do therapy at the same time", "effectiveness"),
        ("is the spray approved in new zealand", "elsewhere"),
        ("does the infusion hurt", "experience"),
        ("how long is each infusion", "experience"),
        ("can i go to the office the day after", "aftercare"),
        ("what happens with an overdose", "dose"),
        ("is there a generic", "cost"),
        ("do people get high on it", "experience"),
        ("is it safe to take with my lithium", "interactions"),
        ("who should not be given ketamine, is anyone not a good candidate", "risks"),
        ("is it a good treatment for low mood", "effectiveness"),
        ("can i have a glass of wine the day after my infusion", "aftercare"),
        ("i sneezed right after the spray, did i waste the dose", "dose"),
        ("is talk therapy or ketamine the better option for me", "comparison"),
        ("is depression getting more common these days", "prevalence"),
        ("could ketamine help my nephew", "effectiveness"),
        ("is the treatment overrated", "effectiveness"),
        ("how long can someone expect to feel good after one drip", "duration"),
        ("what is known about it in the long run", "long-term"),
        ("is it any faster than the tablets", "onset"),
        ("could it lift my mood within a day", "onset"),
        ("i am ten years sober, would it be a bad idea", "eligibility"),
        ("how long is the whole infusion, start to finish", "experience"),
        ("what does a typical session look like", "experience"),
        ("first infusion on monday, any tips", "preparation"),
        ("what happens if it simply does not work on me", "effectiveness"),
        ("where can a friend of mine find help with quitting", "access"),
        ("am i able to work the next day", "aftercare"),
        ("my mum skipped a dose, does that matter", "dose"),
        ("what should i do after my first spray", "aftercare"),
        ("is it ok to do ketamine on lithium", "interactions"),
        ("how is esketamine different from an ssri", "comparison"),
    ],
)
def test_reads_the_aspect_asked(question: str, aspect: str) -> None:
    assert aspect in read(question).aspects


@pytest.mark.parametrize(
    ("question", "not_asked"),
    [
        ("so how fast can the drug act on low mood", "preparation"),  # "fast" is speed here, not fasting
        ("how soon after an infusion might it help", "aftercare"),  # "after an infusion" alone is not aftercare
        ("should ketamine be combined with talk therapy", "interactions"),  # therapy is not a medicine
        ("how many people have depression", "schedule"),
        ("my son has tried two antidepressants, is ketamine an option", "age"),  # a relative, not an age
        ("after a first dose of ketamine how soon do people improve", "dose"),  # a first dose is not a dose asked
        ("has the safety of repeated dosing over years been studied", "dose"),
        ("i self harm, can ketamine help quickly", "risks"),
        ("i have been on two oral antidepressants, is it time for ketamine", "administration"),
        ("what will my schedule of infusions look like", "experience"),
        ("does it work after the first infusion", "aftercare"),  # whether it works, not what to do after
    ],
)
def test_does_not_read_what_is_not_asked(question: str, not_asked: str) -> None:
    assert not_asked not in read(question).aspects


def test_subjects_named() -> None:
    assert read("is the spravato nasal spray like an iv drip").subjects == ("esketamine", "iv-ketamine")
    assert read("is ketamine better than my ssri").subjects == ("ketamine", "other-treatments")
    assert read("what helps").subjects == ()
    assert read("can ketamine ease chronic pain").subjects == ("ketamine", "other-conditions")
    # A name inside a longer name of another subject is part of it: the lozenges are the subject.
    assert read("how fast do ketamine lozenges work").subjects == ("oral-ketamine",)


def test_cues_record_the_words_that_asked() -> None:
    reading = read("what do the infusions cost per session")
    assert reading.aspects == ("cost",) and reading.cues["cost"] == frozenset({"cost"})


def test_filler_words_do_not_break_a_cue() -> None:
    assert "definition" in read("what even is esketamine").aspects
    assert "effectiveness" in read("does it usually work").aspects


def test_the_groups_of_a_rule_must_stand_close_together() -> None:
    near = "is ketamine safe to take with my usual antidepressant"
    far = "i quit drinking years ago and my pharmacist said ketamine might suit someone with my kind of story"
    assert "interactions" in read(near).aspects
    assert "interactions" not in read(far).aspects  # "drinking" stands far from "with my"


@pytest.mark.parametrize(
    ("question", "which_is_better"),
    [
        ("is an ssri or ketamine the better choice for me", True),
        ("which works better, spravato or electroconvulsive therapy", True),
        ("what is the difference between an ssri and ketamine", False),
        ("how does spravato differ from the infusion", False),
        ("is the spray different from the drip", False),
        ("is the nasal spray painful", False),  # no comparison at all
    ],
)
def test_a_comparison_asks_which_is_better_or_how_they_differ(question: str, which_is_better: bool) -> None:
    assert asks_which_is_better(read(question)) is which_is_better


def test_every_cue_names_a_known_aspect() -> None:
    assert set(CUES) <= set(ASPECTS)
    assert set(SUBJECT_CUES) == set(SUBJECTS)


def test_i_feel_like_is_a_hedge_not_a_question_about_the_experience() -> None:
    assert "experience" not in read("i feel like nothing works, is ketamine habit forming").aspects
    assert "experience" in read("what does the spray feel like").aspects
