"""settings.py: --faq, else $KETACLI_FAQ, else the bundled FAQ; decided once."""

from __future__ import annotations

from pathlib import Path

from ketacli.settings import Settings


def test_the_option_wins_over_the_environment() -> None:
    settings = Settings.resolve(Path("mine.json"), environ={"KETACLI_FAQ": "theirs.json"})
    assert settings == Settings(Path("mine.json"), "--faq", True)


def test_the_environment_names_a_faq_when_no_option_does() -> None:
    assert Settings.resolve(environ={"KETACLI_FAQ": "theirs.json"}) == Settings(Path("theirs.json"), "KETACLI_FAQ")


def test_nothing_given_means_the_bundled_faq() -> None:
    assert Settings.resolve(environ={"KETACLI_FAQ": ""}, no_cache=True) == Settings(None, None, use_cache=False)
