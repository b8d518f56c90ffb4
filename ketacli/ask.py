"""Answering one question: crisis check, reading, candidates and the decision, as plain data.

question -> safety.screen   crisis? and what of the message to match
         -> reading.read    the aspects asked (cost, onset, ...) and the subjects named
         -> decide          an aspect no entry answers: "not covered", with who can answer;
                            nothing asked and nothing named ("help"): no answer
         -> ranker.rank     candidates among the entries whose declared aspects fit
         -> decide          the best candidate, if its score reaches the threshold
"""

from collections.abc import Callable, Collection, Mapping, Sequence
from functools import cache, lru_cache
from typing import NamedTuple, Protocol

from ketacli.aspects import ASPECTS, OWN_FORMS, SUBJECTS
from ketacli.faq import Entry, Faq
from ketacli.lexicon import IGNORED
from ketacli.match import Candidate, Explanation, matcher_for
from ketacli.reading import FORM_SPECIFIC, KETAMINE_FORMS, Reading, asks_which_is_better, read
from ketacli.safety import screen

DEFAULT_CANDIDATES = 3
# Two answers whose scores are this close are both shown: picking one would be a guess.
NEAR_TIE = 0.02
# With no confident answer, entries scoring below this are not worth suggesting.
SUGGESTION_MIN = 0.3


class Ranker(Protocol):
    """What the decision needs of a ranker: the best entries for a question, among those that fit.

    match.Matcher is the one ketacli uses; another (an embedding model, say) can be tried
    behind the same decision by passing it to `answer`.
    """

    threshold: float

    def corrected(self, question: str) -> Sequence[str]: ...

    def rank(
        self,
        question: str,
        limit: int = 3,
        *,
        fit: Callable[[Entry], float] | None = None,
        cues: Mapping[str, Collection[str]] | None = None,
    ) -> list[Candidate]: ...

    def explain(
        self, question: str, entry: Entry, cues: Mapping[str, Collection[str]] | None = None
    ) -> Explanation: ...


class NotCovered(NamedTuple):
    """An aspect the question asks that no entry of the FAQ answers, and who can answer it."""

    aspect: str
    name: str  # "cost, insurance or payment"
    who_can_answer: str


class Answer(NamedTuple):
    """The outcome for one question: the matched candidate (or None), the others, the crisis flag."""

    query: str
    match: Candidate | None
    alternatives: tuple[Candidate, ...]
    crisis: bool
    # A second entry that also reaches the threshold, within NEAR_TIE of the match: shown
    # beside it, as picking one would be a guess. It is also the first alternative.
    close_second: Candidate | None = None
    reading: Reading = Reading((), (), {})
    not_covered: NotCovered | None = None
    # Why each of (match, *alternatives) scored as it did: only when asked (`explain=True`).
    explanations: tuple[Explanation, ...] = ()
    # Whose risk a crisis speaks of: "self" (the asker, or no one named) or "other"; None without a crisis.
    crisis_for: str | None = None
    # Declined as asking nothing and naming nothing ("help"): see too_vague.
    vague: bool = False

    @property
    def answered(self) -> bool:
        return self.match is not None


class Coverage(NamedTuple):
    """What a FAQ's entries declare that they answer."""

    aspects: frozenset[str]
    # For each form with its own use (the spray, ketamine by mouth): the aspects some entry
    # answers of that form itself.
    own_form_aspects: dict[str, frozenset[str]]

    @property
    def declared(self) -> bool:
        return bool(self.aspects)


@cache
def coverage(faq: Faq) -> Coverage:
    if not any(entry.aspects for entry in faq.entries):  # most FAQs of one's own: quick
        return Coverage(frozenset(), {})
    offerable = [entry for entry in faq.entries if entry.offerable]
    return Coverage(
        frozenset(aspect for entry in offerable for aspect in entry.aspects),
        {
            form: frozenset(aspect for entry in offerable if _about_itself(entry, form) for aspect in entry.aspects)
            for form in OWN_FORMS
        },
    )


def _about_itself(entry: Entry, form: str) -> bool:
    """The entry speaks of the form itself, not of IV ketamine too (a comparison, say)."""
    return form in entry.subjects and "iv-ketamine" not in entry.subjects


def _one_own_form(subjects: Collection[str]) -> str | None:
    """The form asked about, when it is one with a use of its own and the only form named."""
    named = KETAMINE_FORMS.intersection(subjects)
    form = next(iter(named)) if len(named) == 1 else None
    return form if form in OWN_FORMS else None


def not_covered(reading: Reading, covered: Coverage) -> NotCovered | None:
    """The first aspect asked that no entry answers (for the spray alone: of the spray)."""
    if not covered.declared:
        return None  # a FAQ that declares nothing is matched on words alone
    for aspect in reading.aspects:
        if aspect not in covered.aspects:
            return NotCovered(aspect, ASPECTS[aspect].name, ASPECTS[aspect].who_can_answer)
    form = _one_own_form(reading.subjects)
    if form:
        for aspect in reading.aspects:
            if aspect in FORM_SPECIFIC and aspect not in covered.own_form_aspects[form]:
                return NotCovered(aspect, f"{ASPECTS[aspect].name} for {SUBJECTS[form]}", OWN_FORMS[form])
    return None


# Words that ask for help without saying with what.
ASKING_FOR_HELP = frozenset({"help", "helps", "info", "information", "advice"})
# Aspects that say little of what is asked when another aspect is asked too: "what is the
# cost" asks the cost.
_WEAK = frozenset({"definition"})
# An entry that answers only some of the aspects asked scores this much less per share missed.
PARTIAL_FIT_PENALTY = 0.5


def fit(reading: Reading) -> Callable[[Entry], float] | None:
    """How well each entry fits what is asked (0..1): the share of the asked aspects that
    it declares, and 0 when it declares none of them or speaks of other subjects."""
    if not reading.aspects and not reading.subjects:
        return None
    return _fit(reading.aspects, reading.subjects, asks_which_is_better(reading))


def _subjects_needed(
    asked: frozenset[str], named: frozenset[str], which_is_better: bool
) -> list[frozenset[str]] | None:
    """Subject groups an entry must each share to answer; None when no entry can.

    The most specific subject named must be the entry's: a ketamine form (ketamine in
    general is not the spray alone, and text about IV ketamine alone says nothing of the
    spray), else each other treatment and other drug named ("is Xanax addictive?" asks of
    Xanax, not of ketamine), else depression. A comparison needs every thing compared,
    except that which of ketamine and another treatment works better is answered by what the
    FAQ says of the other; "alternatives to ketamine" asks of other treatments.
    """
    forms = KETAMINE_FORMS.intersection(named)
    if "alternatives" in asked:
        return [frozenset({"other-treatments"})]
    if forms:
        needed = [KETAMINE_FORMS]
        if "oral-ketamine" in forms:
            needed.append(frozenset({"ketamine", "oral-ketamine"}))
        elif "esketamine" not in forms:
            needed.append(frozenset({"ketamine", "iv-ketamine"}))
        elif "iv-ketamine" not in forms:
            needed.append(frozenset({"ketamine", "esketamine"}))
    else:
        needed = [frozenset({subject}) for subject in ("other-treatments", "other-substances") if subject in named]
        if not needed and "depression" in named:
            needed = [frozenset({"depression"})]
    if "other-conditions" in named:
        needed.append(frozenset({"other-conditions"}))  # "does ketamine help with pain" asks of pain
    if "comparison" in asked:
        compared = named - {"depression"}
        if len(compared) < 2 and forms:
            return None  # ketamine compared with something no entry names ("ketamine vs psilocybin")
        if which_is_better and "other-treatments" in compared:
            # "ketamine or ECT, which works better?": what the FAQ says of ECT ("the most effective") answers it.
            return [frozenset({"other-treatments"})]
        needed.extend(frozenset({subject}) if subject != "ketamine" else KETAMINE_FORMS for subject in compared)
    return needed


@lru_cache(maxsize=1024)  # a batch asks the same few combinations again and again
def _fit(aspects: tuple[str, ...], subjects: tuple[str, ...], which_is_better: bool) -> Callable[[Entry], float]:
    asked = frozenset(aspects) - _WEAK if len(aspects) > 1 else frozenset(aspects)
    if "other-conditions" in subjects and "effectiveness" in asked:
        asked = asked - {"effectiveness"} | {"uses"}  # "does it help with pain" asks what it is used for
    needed = _subjects_needed(asked, frozenset(subjects), which_is_better)
    # Spravato's own onset, schedule, side effects...: only text about the spray itself.
    form_itself = _one_own_form(subjects) if not FORM_SPECIFIC.isdisjoint(asked) else None
    known: dict[str, float] = {}

    def fitness(entry: Entry) -> float:
        if not entry.aspects:
            return 1.0  # undeclared: words decide
        if entry.id not in known:
            known[entry.id] = entry_fitness(entry)
        return known[entry.id]

    def entry_fitness(entry: Entry) -> float:
        if needed is None or any(need.isdisjoint(entry.subjects) for need in needed):
            return 0.0
        if form_itself and not _about_itself(entry, form_itself):
            return 0.0
        if not asked:
            return 1.0
        share = len(asked.intersection(entry.aspects)) / len(asked)
        return 0.0 if not share else 1 - PARTIAL_FIT_PENALTY * (1 - share)

    return fitness


def too_vague(words: Sequence[str], reading: Reading, covered: Coverage) -> bool:
    """Nothing to go on: no aspect asked, no subject named, and no word but filler and
    "help" ("help", "please help", "help me"), which any entry using it matches fully. A
    FAQ that declares nothing is matched on words alone: "help" may be its topic."""
    return (
        covered.declared
        and not reading.aspects
        and not reading.subjects
        and all(word in IGNORED or word in ASKING_FOR_HELP for word in words)
    )


def answer(
    faq: Faq,
    question: str,
    *,
    candidates: int = DEFAULT_CANDIDATES,
    matcher: Ranker | None = None,
    explain: bool = False,
) -> Answer:
    """Answer a question from the FAQ: the best entry if it is a confident match.

    `candidates` is how many entries are reported in all: the match and its related
    questions when answered, the closest suggestions when not. `matcher` is a ranker of
    this FAQ built elsewhere (the CLI's cache); by default one is built on first use.
    `explain` adds why each candidate scored as it did.
    """
    ranker: Ranker = matcher or matcher_for(faq)
    crisis, asked, crisis_for = screen(question)
    if not asked:
        return Answer(question, None, (), crisis, crisis_for=crisis_for)
    words = ranker.corrected(asked)
    reading = read(words)
    covered = coverage(faq)
    gap = not_covered(reading, covered)
    if gap:
        return Answer(question, None, (), crisis, reading=reading, not_covered=gap, crisis_for=crisis_for)
    if too_vague(words, reading, covered):  # any answer or suggestion would be a guess
        return Answer(question, None, (), crisis, reading=reading, crisis_for=crisis_for, vague=True)
    ranked = ranker.rank(asked, limit=max(candidates, 1), fit=fit(reading), cues=reading.cues)
    if not ranked or ranked[0].score < ranker.threshold:
        best, second, others = None, None, tuple(c for c in ranked if c.score >= SUGGESTION_MIN)
    else:
        best, others = ranked[0], tuple(ranked[1:])
        second = others[0] if others and others[0].score >= max(ranker.threshold, best.score - NEAR_TIE) else None
    why: tuple[Explanation, ...] = ()
    if explain:
        why = tuple(ranker.explain(asked, c.entry, reading.cues) for c in (best, *others) if c)
    return Answer(question, best, others, crisis, second, reading, explanations=why, crisis_for=crisis_for)
