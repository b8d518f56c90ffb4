"""Crisis detection: suicidal thoughts or self-harm in any wording get the crisis resources.

The phrasings here are written for these tests. Detection errs towards showing the
resources, so the negative cases are ordinary questions about ketamine treatment,
including some that use words like "end", "kill" or "die" in passing.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ketacli import safety
from ketacli.safety import is_crisis

DIRECT = [
    "I want to kill myself",
    "I'm thinking about suicide",
    "I feel suicidal tonight",
    "I have been self-harming again",
    "i keep hurting myself on purpose",
    "I want to end my life",
    "I am going to take my own life",
    "I just want to die",
    "I wish I were dead",
    "I'm thinking of ending it all",
    "I WANT TO DIE",
    "i want to die!!!",
    "does ketamine work if i already tried to commit suicide?",
]

SLANG = [
    "kms lol ketamine isn't working",
    "kms",
    "i might just unalive myself",
    "been thinking about unaliving",
    "I want to off myself",
    "i think i'm gonna end it",
    "sewerslide",
]

INDIRECT = [
    "I don't want to wake up tomorrow",
    "I don\u2019t want to be alive anymore",
    "everyone would be better off without me",
    "I can't go on like this anymore",
    "there's no reason to live anymore",
    "what's the point of living",
    "I just want to go to sleep and never wake up",
    "I've been saving up my pills",
    "I wrote a goodbye letter to my kids",
    "how much ketamine would be a lethal dose",
    "I'm tired of living",
    "my family would be better off if I was gone",
    "nobody would miss me if I was gone",
]

MISSPELLED = [
    "im suicidle",
    "having sucidal thoughts",
    "feeling suiside",
    "wanna kill my self",
    "I dont want to live anymore",
    "selfharm",
    "i want to kil myself",
]

OTHER_LANGUAGES = [
    "quiero morir",  # Spanish
    "me quiero morir",
    "quiero matarme",
    "pienso en suicidarme",
    "tengo pensamientos suicidas",
    "je veux mourir",  # French
    "je pense au suicide",
    "je vais me suicider",
    "j'ai envie de me tuer",
    "ich will sterben",  # German
    "ich möchte nicht mehr leben",
    "ich denke an Selbstmord",
    "ich will mich umbringen",
    "ya no quiero vivir",
    "j'ai envie de mourir",
    "Ich habe Suizidgedanken",
]

ORDINARY = [
    "how fast does ketamine work",
    "is ketamine addictive",
    "what is the end of treatment",
    "what happens at the end of my ketamine course",
    "how do I end my treatment safely",
    "can ketamine kill brain cells?",
    "is ketamine a killer drug",
    "I'm dying to know how fast ketamine works",
    "what's the point of maintenance infusions",
    "does the infusion hurt",
    "do I need to fast before a ketamine infusion",
    "is self-administered ketamine safe at home",
    "will I wake up during the infusion",
    "is it safe to stop taking ketamine",
    "side effects of esketamine nasal spray",
    "how long does a ketamine infusion last",
    "can I drive home after my session",
    "can I take my meds with ketamine",
    "what is the dose of spravato",
    "does ketamine wear off in the end",
    "how do I stop ketamine cravings",
    "my dog died, can ketamine help with grief",
    "is ketamine a party drug",
    "la ketamina es adictiva",
    "est-ce que la kétamine est addictive",
    "wie schnell wirkt Ketamin",
    "I started a course of esketamine, should I finish it",
]


@pytest.mark.parametrize("phrase", DIRECT)
def test_direct_statements(phrase: str) -> None:
    assert is_crisis(phrase)


@pytest.mark.parametrize("phrase", SLANG)
def test_slang(phrase: str) -> None:
    assert is_crisis(phrase)


@pytest.mark.parametrize("phrase", INDIRECT)
def test_indirect_phrasing(phrase: str) -> None:
    assert is_crisis(phrase)


@pytest.mark.parametrize("phrase", MISSPELLED)
def test_misspellings(phrase: str) -> None:
    assert is_crisis(phrase)


@pytest.mark.parametrize("phrase", OTHER_LANGUAGES)
def test_other_languages(phrase: str) -> None:
    assert is_crisis(phrase)


@pytest.mark.parametrize("phrase", ORDINARY)
def test_ordinary_ketamine_questions_are_not_a_crisis(phrase: str) -> None:
    assert not is_crisis(phrase)


def test_crisis_inside_a_longer_question() -> None:
    assert is_crisis("Honestly I want to die. Would ketamine help, and how fast does it work?")
    assert is_crisis("Is ketamine addictive? asking because kms")


@pytest.mark.parametrize("phrase", ["I  want   to\tdie", "I WANT TO KILL MYSELF", "I want to kill myself."])
def test_case_and_spacing_do_not_matter(phrase: str) -> None:
    assert is_crisis(phrase)


def test_empty_and_blank_are_not_a_crisis() -> None:
    assert not is_crisis("")
    assert not is_crisis("   \n\t")


def test_long_input_is_checked_quickly() -> None:
    text = "ketamine " * 50_000 + "I want to die"
    start = time.perf_counter()
    assert is_crisis(text)
    assert not is_crisis("a " * 100_000)
    assert time.perf_counter() - start < 2.0


@pytest.mark.parametrize("pattern", safety._STATEMENTS)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_statement_contains_a_word_that_lets_it_be_searched(pattern: str, data: st.DataObject) -> None:
    """The statements are only searched in text with one of _STATEMENT_WORDS in it: text
    that a statement matches must always have one, or that statement would be skipped."""
    text = data.draw(st.from_regex(pattern))
    assert any(word in text for word in safety._STATEMENT_WORDS), text
