"""Answering one question: crisis check, matching and the decision, as plain data."""

from typing import NamedTuple

from ketacli.faq import Faq
from ketacli.match import Candidate, Matcher, matcher_for
from ketacli.safety import screen

DEFAULT_CANDIDATES = 3
# Two answers whose scores are this close are both shown: picking one would be a guess.
NEAR_TIE = 0.02


class Answer(NamedTuple):
    """The outcome for one question: the matched candidate (or None), the others, the crisis flag."""

    query: str
    match: Candidate | None
    alternatives: tuple[Candidate, ...]
    crisis: bool
    # A second entry that also reaches the threshold, within NEAR_TIE of the match: shown
    # beside it, as picking one would be a guess. It is also the first alternative.
    close_second: Candidate | None = None
    # Whose risk a crisis speaks of: "self" (the asker, or no one named) or "other"; None without a crisis.
    crisis_for: str | None = None

    @property
    def answered(self) -> bool:
        return self.match is not None


def answer(faq: Faq, question: str, *, candidates: int = DEFAULT_CANDIDATES, matcher: Matcher | None = None) -> Answer:
    """Answer a question from the FAQ: the best entry if it is a confident match.

    `candidates` is how many entries are reported in all: the match and its related
    questions when answered, the closest suggestions when not. `matcher` is an index of
    this FAQ built elsewhere (the CLI's cache); by default one is built on first use.
    """
    matcher = matcher or matcher_for(faq)
    crisis, asked, crisis_for = screen(question)
    ranked = matcher.rank(asked, limit=max(candidates, 1)) if asked else []
    if not ranked or not matcher.answers(ranked[0]):
        return Answer(question, None, tuple(ranked), crisis, crisis_for=crisis_for)
    best, others = ranked[0], tuple(ranked[1:])
    second = others[0] if others and matcher.answers(others[0]) and others[0].score >= best.score - NEAR_TIE else None
    return Answer(question, best, others, crisis, second, crisis_for)
