"""Text into words, the one way matching and reading both see it."""

import re

from ketacli.lexicon import SPELLINGS

# Questions are capped before matching so that pasted text cannot stall the matcher.
MAX_QUESTION_CHARS = 1000

_WORD = re.compile(r"[a-z0-9]+")


_APOSTROPHES = str.maketrans("", "", "'\u2019\u2018`")


def fold(text: str) -> str:
    """The one normal form that matching, reading and the crisis screen read: lower case, no
    accents, no apostrophes ("don't" is "dont"), whitespace folded to single spaces."""
    plain = text.casefold()
    if not plain.isascii():
        import unicodedata  # here: most text is ASCII

        plain = "".join(char for char in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(char))
    return " ".join(plain.translate(_APOSTROPHES).split())


def words_of(text: str) -> list[str]:
    """A text's words, as `fold` reads it: letters and digits only, spelling variants folded."""
    return [SPELLINGS.get(word, word) for word in _WORD.findall(fold(text))]


def question_words(text: str) -> list[str]:
    """The words of a question (the user's, or a FAQ question or alias), of its first
    MAX_QUESTION_CHARS characters: pasted text cannot stall the matcher."""
    return words_of(text[:MAX_QUESTION_CHARS])
