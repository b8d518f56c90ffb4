"""Text into words, the one way matching and reading both see it."""

import re

from ketacli.lexicon import SPELLINGS

# Questions are capped before matching so that pasted text cannot stall the matcher.
MAX_QUESTION_CHARS = 1000

_WORD = re.compile(r"[a-z0-9]+")


def words_of(text: str) -> list[str]:
    """A text's words: lower case, no accents, straight apostrophes removed, spelling variants folded."""
    plain = text.casefold()
    if not plain.isascii():
        import unicodedata

        # Accents come apart from their letters, then everything outside ASCII goes:
        # only [a-z0-9] makes words below anyway.
        plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode("ascii")
    plain = plain.replace("'", "").replace("\u2019", "")
    return [SPELLINGS.get(word, word) for word in _WORD.findall(plain)]


def question_words(text: str) -> list[str]:
    """The words of a question (the user's, or a FAQ question or alias), of its first
    MAX_QUESTION_CHARS characters: pasted text cannot stall the matcher."""
    return words_of(text[:MAX_QUESTION_CHARS])
