"""Crisis phrasings through the CLI: the resources come first, in every mode."""

from __future__ import annotations

import json

import pytest
from helpers import run_main

from ketacli.safety import is_crisis

# Phrasings written for these tests, none of them in tests/test_safety.py.
CRISIS_DETECTED = [
    "I'm going to kill myself tonight",
    "I plan to end my life this weekend",
    "I've decided to commit suicide",
    "I keep thinking about taking my own life",
    "I have a plan to kill myself",
    "gonna kms fr",
    "i wanna unalive",
    "thinking about unaliving myself",
    "I WANT TO UNALIVE MYSELF",
    "I want to sewer slide",
    "i hope i don't wake up tomorrow",
    "I'd rather not wake up tomorrow",
    "I want to go to sleep forever",
    "I want to disappear forever",
    "I don't want to be here anymore",
    "everyone would be better off if I was dead",
    "I have a plan to end things",
    "I'm going to end it tonight",
    "I want to hurt myself",
    "i wanna kil my self",
    "gonna unalive myslef",
    "want to end my lyfe",
    "thinking of commiting sucide",
    "I want to kill myself \U0001f622",
    "me quiero suicidar",  # Spanish
    "pienso en matarme",
    "je veux me suicider",  # French
    "j'ai des pens\u00e9es suicidaires",
    "je veux en finir",
    "ich will nicht mehr leben",  # German
    "ich m\u00f6chte sterben",
    "quero morrer",  # Portuguese
    "quero me matar",
    "penso em suic\u00eddio",
    "tenho pensamentos suicidas",
]

CRISIS_MISSED = [
    "I'm done with life",
    "I want it all to end",
    "I want to stop existing",
    "I wish I could just not exist",
    "I've been cutting again",
    "suiciadal thoughts again",
    "i wnat to die",
    "i want to kill mysefl",
    "I'm going to OD on my meds on purpose",
    "how many spravato doses would kill me",
    "quiero morirme",  # Spanish: I want to die
    "quiero quitarme la vida",  # Spanish: I want to take my own life
    "no quiero despertar",  # Spanish: I don't want to wake up
    "tengo ganas de morir",  # Spanish: I feel like dying
    "je ne veux plus vivre",  # French: I don't want to live any more
    "ich will mich t\u00f6ten",  # German: I want to kill myself
    "ich habe Selbstmordgedanken",  # German: I have suicidal thoughts
    "n\u00e3o quero mais viver",  # Portuguese: I don't want to live any more
    "quero tirar minha vida",  # Portuguese: I want to take my life
    "estou pensando em me matar",  # Portuguese: I'm thinking of killing myself
]


@pytest.mark.parametrize("phrase", CRISIS_DETECTED)
def test_more_crisis_phrasings(phrase: str) -> None:
    assert is_crisis(phrase)


@pytest.mark.parametrize("phrase", CRISIS_MISSED)
def test_crisis_phrasings_once_missed(phrase: str) -> None:
    assert is_crisis(phrase)


@pytest.mark.parametrize("phrase", ["quero me matar", "je veux en finir", "gonna kms fr"])
def test_crisis_resources_come_first_for_new_phrasings(phrase: str, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_main(["ask", "--json", phrase], capsys)
    data = json.loads(out)
    assert data["crisis"] is True and data["crisis_resources"]
    _, out, _ = run_main(["ask", phrase], capsys)
    assert out.startswith("!! ")
