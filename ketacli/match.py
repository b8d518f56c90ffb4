"""Matching: rank the FAQ's entries for a question, and decide whether the best one answers it.

A question and each entry's texts are reduced to slots: content words (stemmed; filler
and narrative words dropped) and lexicon phrases, each also carrying its synonym
concept (lexicon.py), so "hooked" meets "addictive". Misspelt words are corrected
first, against the FAQ's own words (RapidFuzz, optimal string alignment distance).
Two signals, both weighted by how rare a word is across entries (IDF):
- coverage: how much of the question the entry (question, aliases and answer) speaks
  of. "ketamine", in nearly every entry, weighs little; "addictive" weighs much; a word
  the FAQ never uses weighs more still, and most of all a word for something the FAQ
  does not cover ("cost", "pregnant"): that is what makes abstention work.
- specificity: how much of the entry's closest question or alias the question covers.
The score is their F-beta (coverage counting more), 0..1; equal scores are ordered by
how closely the wording matches the closest question or alias. The best entry is given as the
answer when its score reaches THRESHOLD; below it, the closest entries are suggestions.
The constants were calibrated on labelled questions (`ketacli eval`).
"""

import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Container, Iterable, Mapping, Sequence
from functools import cached_property, lru_cache
from operator import itemgetter
from typing import NamedTuple, TypeVar

from ketacli.faq import Entry, Faq
from ketacli.lexicon import IGNORED, IGNORED_CONCEPT, SYNONYMS, UNCOVERED
from ketacli.reading import cue_words, read
from ketacli.text import question_words, words_of

THRESHOLD = 0.5
# How much more coverage of the question counts than specificity (an F-beta's beta).
RECALL_EMPHASIS = 1.5
# A word the FAQ never uses weighs this share of the rarest possible word.
UNKNOWN_WORD_WEIGHT = 0.6
# A word for something people ask that the FAQ does not cover (lexicon.UNCOVERED) weighs
# more than the rarest word: the question is about that, whatever else it mentions.
UNCOVERED_WORD_WEIGHT = 1.5
# A synonym (through the lexicon) earns this share of an exact word's credit.
CONCEPT_CREDIT = 0.9
# A word that asked an aspect the entry declares (reading.py) earns this share.
ASPECT_CREDIT = 0.7
MIN_CORRECTABLE = 6
MIN_SLIP = 4  # shorter words are never corrected
# At most this many entries, those with the most first-pass credit, are scored in full: the
# true best few are among them (tests/test_match.py checks it on the project's questions).
SHORTLIST = 25
# A question of common words only is scored against every entry that holds one, up to
# this many; past it (a large FAQ), against those holding its rarest word.
MAX_COMMON_CANDIDATES = 2000
# The first pass skips terms held by more entries than this (in a large FAQ).
FIRST_PASS_MAX_HOLDERS = 1000
# What is worked out on first use is kept for this many entries, and terms (or words, or
# slots) at most: a batch over a huge FAQ, or of endless new words, stays bounded.
MAX_REMEMBERED_ENTRIES = 20_000
MAX_REMEMBERED_TERMS = 50_000
_POSTING_TYPE = "I"  # unsigned int: at least 4 bytes, entry numbers up to 4 billion
_POSTING_SIZE = array(_POSTING_TYPE).itemsize
_CONCEPT_PREFIX = "@"
# An entry holds "@aspect:X" for each aspect X it declares; a question's word that cued
# aspect X (reading.py) holds it too, so the entry that answers that aspect covers the word.
_ASPECT_PREFIX = _CONCEPT_PREFIX + "aspect:"
_by_score = itemgetter(0)  # sort key for (score, ...) tuples: scored entries, and what a slot is worth


class Slot(NamedTuple):
    """One word (or lexicon phrase) of a text: its stem and, when it has one, its concept."""

    word: str
    terms: frozenset[str]


class Explanation(NamedTuple):
    """Why an entry scored as it did: for `ask --explain`."""

    matched: tuple[str, ...]
    missing: tuple[str, ...]
    corrections: tuple[str, ...]
    closest_text: str
    signals: dict[str, float]


class Candidate(NamedTuple):
    """An entry ranked for a question, with its 0..1 score (why: `Matcher.explain`)."""

    entry: Entry
    score: float


class IndexState(NamedTuple):
    """The index as plain data (tuples, dicts, strings, numbers): what the cache stores."""

    positions: tuple[int, ...]  # the offerable entries' places in the FAQ
    # term -> the offerable entries that hold it, as packed unsigned ints: loads fast
    # from the cache, and only the question's own terms are ever unpacked.
    postings: dict[str, bytes]
    word_counts: dict[str, int]  # the FAQ's own words, for typos
    correctable: tuple[str, ...]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light, conservative stemmer: plurals and common verb endings."""
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, replacement, min_length in (
        ("ies", "y", 5),
        ("sses", "ss", 5),
        ("ness", "", 7),
        ("ing", "", 6),
        ("ed", "", 5),
        ("es", "e", 5),
        ("s", "", 4),
    ):
        if word.endswith(suffix) and len(word) >= min_length and not word.endswith(("ss", "us", "is")):
            word = word[: -len(suffix)] + replacement
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def _build_lexicon() -> tuple[dict[tuple[str, ...], str], dict[str, str], frozenset[str]]:
    """Phrases and words of the synonym groups, each to its concept; and every word they use."""
    phrases: dict[tuple[str, ...], str] = {}
    words: dict[str, str] = {}
    for concept, names in SYNONYMS.items():
        for name in names:
            tokens = tuple(words_of(name))
            if len(tokens) > 1:
                phrases[tokens] = concept
            else:
                words[tokens[0]] = concept
                words.setdefault(stem(tokens[0]), concept)
    return phrases, words, frozenset(word for phrase in phrases for word in phrase) | frozenset(words)


_PHRASES, _WORD_CONCEPTS, _LEXICON_WORDS = _build_lexicon()
_KNOWN = _LEXICON_WORDS | IGNORED  # words never corrected, as are the FAQ's own


def _lengths_by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """For each word that starts a phrase, the phrases' lengths, longest first."""
    lengths: defaultdict[str, set[int]] = defaultdict(set)
    for phrase in phrases:
        lengths[phrase[0]].add(len(phrase))
    return {first: tuple(sorted(found, reverse=True)) for first, found in lengths.items()}


_PHRASE_LENGTHS = _lengths_by_first_word(_PHRASES)


def slots_of(text: str) -> list[Slot]:
    """A text's content words as slots; a lexicon phrase ("nasal spray") is one slot."""
    return _slots(words_of(text))


def _slots(tokens: list[str]) -> list[Slot]:
    slots: list[Slot] = []
    position = 0
    while position < len(tokens):
        for length in _PHRASE_LENGTHS.get(tokens[position], ()):
            phrase = tokens[position : position + length]
            concept = _PHRASES.get(tuple(phrase))
            if concept == IGNORED_CONCEPT:  # "last week": when, not what
                position += length
                break
            if concept:
                # The phrase itself (credited in full) or its concept; not its single words,
                # so "long term" does not match every "how long".
                exact = " ".join(stem(token) for token in phrase)
                slots.append(Slot(" ".join(phrase), frozenset({_CONCEPT_PREFIX + concept, exact})))
                position += length
                break
        else:
            token = tokens[position]
            position += 1
            if token not in IGNORED and len(token) > 1:
                slots.append(_word_slot(token))
    return _unique(slots)


@lru_cache(maxsize=1 << 16)
def _word_slot(word: str) -> Slot:
    stemmed = stem(word)
    concept = _WORD_CONCEPTS.get(word) or _WORD_CONCEPTS.get(stemmed)
    return Slot(word, frozenset({stemmed, _CONCEPT_PREFIX + concept} if concept else {stemmed}))


def _unique(slots: list[Slot]) -> list[Slot]:
    seen: set[frozenset[str]] = set()
    unique = []
    for slot in slots:
        if slot.terms not in seen:
            seen.add(slot.terms)
            unique.append(slot)
    return unique


class _Text(NamedTuple):
    """One question or alias of an entry, ready for scoring."""

    text: str
    words: tuple[str, ...]  # folded, for comparing wordings
    weights: tuple[float, ...]  # each slot's weight
    mass: float  # the slots' weights added up


class _Doc(NamedTuple):
    entry: Entry
    texts: tuple[_Text, ...]
    slots_with: dict[str, tuple[tuple[int, int], ...]]  # term -> (text, slot) positions of its questions


class _Term(NamedTuple):
    """What ranking needs of one term."""

    entries: Sequence[int]  # the offerable entries that hold it, ascending
    holders: Container[int]  # the same, for `in`
    # False for a term in more than half the entries ("ketamine"), or in very many: such
    # terms are left out of the first pass that picks candidates, as they hardly tell
    # entries apart and their lists are the longest. They still count in scoring.
    telling: bool
    credit: float  # what finding it is worth: the word itself 1, a synonym's concept less

    @classmethod
    def of(cls, term: str, packed: bytes, count: int) -> "_Term":
        entries = array(_POSTING_TYPE, packed)
        held_by = len(entries)
        return cls(
            entries,
            set(entries) if held_by <= _SortedEntries.SET_LIMIT else _SortedEntries(entries),
            held_by * 2 <= count and held_by <= FIRST_PASS_MAX_HOLDERS,
            _credit(term),
        )


class _SortedEntries:
    """A long list of entries tested for `in` by bisection: no set built of a list that long."""

    __slots__ = ("_bisect", "entries")
    SET_LIMIT = 4096  # shorter lists become sets, the fastest test

    def __init__(self, entries: Sequence[int]) -> None:
        from bisect import bisect_left  # imported here: only a large FAQ needs it

        self.entries = entries
        self._bisect = bisect_left

    def __contains__(self, index: object) -> bool:
        if not isinstance(index, int):
            return False
        found = self._bisect(self.entries, index)
        return found < len(self.entries) and self.entries[found] == index


class _Query(NamedTuple):
    slots: list[Slot]
    weights: list[float]  # each slot's
    total: float
    terms: dict[str, _Term]
    words: tuple[str, ...]  # folded
    # Per slot, what an entry earns for it, by the first of its terms that the entry
    # holds: (slot weight x term credit, the term's holders), best first.
    coverage_options: list[list[tuple[float, Container[int]]]]
    corrections: tuple[str, ...]  # "ketamne -> ketamine"


def _coverage_options(
    slots: list[Slot], weights: list[float], terms: dict[str, _Term]
) -> list[list[tuple[float, Container[int]]]]:
    options = []
    for slot, weight in zip(slots, weights, strict=True):
        found = [(weight * terms[term].credit, terms[term].holders) for term in slot.terms]
        if len(found) > 1:
            found.sort(key=_by_score, reverse=True)
        options.append(found)
    return options


def _credit(term: str) -> float:
    """What finding a term is worth: the word itself 1, a synonym's concept or an aspect less."""
    if term.startswith(_ASPECT_PREFIX):
        return ASPECT_CREDIT
    return CONCEPT_CREDIT if term.startswith(_CONCEPT_PREFIX) else 1.0


K = TypeVar("K")
V = TypeVar("V")


class _Remembered(dict[K, V]):
    """Values worked out on first use and kept (the questions of a batch share words and
    entries); emptied when it holds `limit`, so that it stays bounded whatever the input."""

    def __init__(self, work_out: Callable[[K], V], limit: int) -> None:
        super().__init__()
        self.work_out = work_out
        self.limit = limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.work_out(key)
        return value


class Matcher:
    """An index over one FAQ's offerable entries; `rank` scores them for a question.

    The index proper (which entries hold which terms, and how rare each term is) is
    built once, and can be kept as plain data (`state`) by the cache. What scoring
    needs of one entry (its questions' weighted slots) is worked out the first time
    that entry is a candidate, and kept: a question looks at a dozen entries, not all.
    """

    def __init__(self, faq: Faq, state: IndexState | None = None) -> None:
        """Index `faq`; or, given the `state` of an index of the same FAQ, take it as it is."""
        self.threshold = THRESHOLD
        self.faq = faq
        self.state = state or _index(faq)
        self.positions, self.postings, self.word_counts, self.correctable = self.state
        self.count = len(self.positions)
        self.unknown_idf = _idf(self.count, 0) * UNKNOWN_WORD_WEIGHT
        self.uncovered_idf = _idf(self.count, 0) * UNCOVERED_WORD_WEIGHT
        self._corrections = _Remembered(self._closest_word, MAX_REMEMBERED_TERMS)
        self._docs = _Remembered(self._doc, MAX_REMEMBERED_ENTRIES)
        self._terms = _Remembered(self._term, MAX_REMEMBERED_TERMS)
        self._weights = _Remembered(self._weight, MAX_REMEMBERED_TERMS)
        self._last_analysis: tuple[str | None, tuple[list[Slot], list[str], tuple[str, ...]]] = (None, ([], [], ()))

    def _term(self, term: str) -> _Term:
        return _Term.of(term, self.postings.get(term, b""), self.count)

    def _doc(self, index: int) -> _Doc:
        """What scoring needs of the index-th offerable entry."""
        entry = self.faq.entries[self.positions[index]]
        texts, text_slots = _texts_and_slots(entry)
        if entry.aspects:  # a question or alias's words that ask a declared aspect hold its term
            declared = set(entry.aspects)
            for position, text in enumerate(texts):
                cues = {aspect: words for aspect, words in read(text).cues.items() if aspect in declared}
                text_slots[position] = _with_aspects(text_slots[position], cues)
        scored = []
        slots_with: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for position, (text, slots) in enumerate(zip(texts, text_slots, strict=True)):
            weights = tuple(self._weights[slot] for slot in slots)
            scored.append(_Text(text, tuple(question_words(text)), weights, sum(weights)))
            for slot_position, slot in enumerate(slots):
                for term in slot.terms:
                    slots_with[term].append((position, slot_position))
        return _Doc(entry, tuple(scored), {t: tuple(p) for t, p in slots_with.items()})

    def corrected(self, question: str) -> tuple[str, ...]:
        """The question's words with misspellings corrected against the FAQ's own words."""
        return self.analyse(question)[2]

    def analyse(self, question: str) -> tuple[list[Slot], list[str], tuple[str, ...]]:
        """The question's slots, the corrections made to misspelt words (against the FAQ's own
        words), and its words as read. The last question's are kept: reading and ranking
        both ask for them."""
        if self._last_analysis[0] != question:
            self._last_analysis = (question, self._analyse(question))
        return self._last_analysis[1]

    def _analyse(self, question: str) -> tuple[list[Slot], list[str], tuple[str, ...]]:
        tokens, corrections = question_words(question), []
        for position, token in enumerate(tokens):
            if token in self.word_counts or token in _KNOWN or len(token) < MIN_SLIP or token.isdigit():
                continue
            fixed = self._corrections[token]  # each unknown word is looked up once
            if fixed:
                corrections.append(f"{token} -> {fixed}")
                tokens[position] = fixed
        return _slots(tokens), corrections, tuple(tokens)

    def _closest_word(self, word: str) -> str | None:
        # One edit (a swap of neighbours counts as one) in a word of 6+ letters, two in 9+.
        # In shorter words one edit turns many words into others ("drive", "derive"), so a
        # 5-letter word is only corrected for a slip or a changed letter ("nasel"), and a
        # 4-letter word only for a slip ("wrok"): a doubled letter or swapped neighbours.
        if word in everyday_words():
            return None  # a word, not a typo ("drive"): what it means, the FAQ does not say
        from rapidfuzz import process  # here: most questions have no word to correct
        from rapidfuzz.distance import OSA

        allowed = 2 if len(word) >= 9 else 1
        found = process.extract(word, self._correction_targets, scorer=OSA.distance, score_cutoff=allowed, limit=10)
        if not found:
            return None
        # Closest first; then a word with the same first letter, then the FAQ's more common word.
        best = str(min(found, key=lambda hit: (hit[1], hit[0][0] != word[0], -self.word_counts.get(hit[0], 0)))[0])
        # A typo seldom changes a word's first letter ("cats" is not "acts", "ending" not
        # "sending") unless it swaps the first two, and never drops a prefix ("irregular").
        if (best[0] != word[0] and best[:2] != word[1::-1]) or word.endswith(best):
            return None
        if len(word) >= MIN_CORRECTABLE or _is_slip(word, best):
            return best
        changed_letter = len(word) == len(best) == MIN_CORRECTABLE - 1
        return best if changed_letter else None

    @cached_property
    def _correction_targets(self) -> tuple[str, ...]:
        """The FAQ's own words, and the everyday words that questions and cues are made of:
        "untill" is "until", not the FAQ word one edit away."""
        return tuple(sorted(set(self.correctable) | everyday_words()))

    def _weight(self, slot: Slot) -> float:
        """How much a slot matters: its rarest term's IDF; unknown words weigh more, uncovered topics most."""
        return self.uncovered_idf if slot.word in UNCOVERED else max(map(self.idf, slot.terms))

    def idf(self, term: str) -> float:
        """How rare a term is across entries; a term no entry holds weighs UNKNOWN_WORD_WEIGHT."""
        packed = self.postings.get(term)
        return _idf(self.count, len(packed) // _POSTING_SIZE) if packed else self.unknown_idf

    def rank(
        self,
        question: str,
        limit: int = 3,
        *,
        fit: Callable[[Entry], float] | None = None,
        cues: Mapping[str, Collection[str]] | None = None,
    ) -> list[Candidate]:
        """The best `limit` entries for a question, best first, each with a 0..1 score.

        `fit`, when given, says how well each entry fits what the question asks (0..1): an
        entry's score is multiplied by it, and entries that fit 0 are not ranked. `cues` maps
        an aspect the question asks to the words that asked it: an entry declaring that
        aspect covers those words."""
        query = self._query(question, cues)
        if not query.total:
            return []
        slots, weights, terms = query.slots, query.weights, query.terms
        # First pass: candidates are the entries that share a telling term with the question.
        credit: dict[int, float] = defaultdict(float)
        common_weight = 0.0  # the question's weight in common terms, which the first pass skips
        for slot, weight in zip(slots, weights, strict=True):
            telling = [terms[term] for term in slot.terms if terms[term].telling]
            if len(telling) < len(slot.terms):
                common_weight += weight
            if len(telling) == 1:  # most slots: one word, no synonym
                share = weight * telling[0].credit
                for index in telling[0].entries:
                    credit[index] += share
            elif telling:  # a word and its concept: an entry that holds both is credited once, for the better
                best: dict[int, float] = {}
                for found in telling:
                    for index in found.entries:
                        if best.get(index, 0.0) < found.credit:
                            best[index] = found.credit
                for index, share in best.items():
                    credit[index] += weight * share
        scored = self._best(credit, query, common_weight, limit, fit)
        if not scored:  # only common words ("is ketamine good"), or none that fits: the entries that hold them
            scored = self._best(dict.fromkeys(self._common_candidates(terms), 0.0), query, common_weight, limit, fit)
        del scored[limit + 1 :]  # one spare, to see a tie at the last place
        # Equal scores are told apart by how closely the wording matches.
        scores = [found[0] for found in scored]
        tied = {score for score in scores if scores.count(score) > 1}
        if tied:
            scored.sort(
                key=lambda found: (found[0], self._closest(query, found[1], found[2])[0] if found[0] in tied else 0.0),
                reverse=True,
            )
        return [
            Candidate(self._docs[index].entry, score)
            for score, index, _, _ in scored[:limit]
            if score > 0  # an entry that shares nothing with the question is no suggestion
        ]

    def _query(self, question: str, cues: Mapping[str, Collection[str]] | None) -> _Query:
        slots, corrections, words = self.analyse(question)
        if cues:
            slots = _with_aspects(slots, cues)
        weights = [self._weights[slot] for slot in slots]
        terms = {term: self._terms[term] for slot in slots for term in slot.terms}
        options = _coverage_options(slots, weights, terms)
        return _Query(slots, weights, sum(weights), terms, words, options, tuple(corrections))

    def explain(self, question: str, entry: Entry, cues: Mapping[str, Collection[str]] | None = None) -> Explanation:
        """Why an entry scores as it does for a question (ranked with the same `cues`)."""
        query = self._query(question, cues)
        index = self._offerable_index[entry.id]
        _, _, closest, specificity = self._score(index, query)
        held = [self._held(query, slot, index) for slot in query.slots]
        return Explanation(
            matched=tuple(_describe(slot, terms) for slot, terms in zip(query.slots, held, strict=True) if terms),
            missing=tuple(slot.word for slot, terms in zip(query.slots, held, strict=True) if not terms),
            corrections=query.corrections,
            closest_text=self._docs[index].texts[self._closest(query, index, closest)[1]].text,
            signals={"coverage": round(self._coverage(index, query), 3), "specificity": round(specificity, 3)},
        )

    @cached_property
    def _offerable_index(self) -> dict[str, int]:
        return {self.faq.entries[position].id: index for index, position in enumerate(self.positions)}

    def _closest(self, query: _Query, index: int, positions: tuple[int, ...]) -> tuple[float, int]:
        """Of an entry's equally close texts, the one worded most like the question: (similarity, position)."""
        texts = self._docs[index].texts
        similarity, position = max((_similarity(query.words, texts[p].words), -p) for p in positions)
        return similarity, -position

    def _held(self, query: _Query, slot: Slot, index: int) -> set[str]:
        """The slot's terms that the index-th entry holds."""
        return {term for term in slot.terms if index in query.terms[term].holders}

    def _coverage(self, index: int, query: _Query) -> float:
        """The share of the question's weight that the entry speaks of (a synonym earns less)."""
        covered = 0.0
        for options in query.coverage_options:
            for worth, holders in options:
                if index in holders:
                    covered += worth
                    break
        return covered / query.total if query.total else 0.0  # a question of filler words only

    def _common_candidates(self, terms: dict[str, _Term]) -> Iterable[int]:
        """Every entry that holds one of the question's terms, when they are few enough to score
        them all; else those of its rarest term. None when no entry holds any: all would score 0."""
        held = [found.entries for found in terms.values() if found.entries]
        if not held:
            return ()
        if sum(map(len, held)) <= MAX_COMMON_CANDIDATES:
            return sorted(set().union(*held))
        return min(held, key=len)

    def _best(
        self,
        credit: dict[int, float],
        query: _Query,
        common_weight: float,
        limit: int,
        fit: Callable[[Entry], float] | None,
    ) -> list[tuple[float, int, tuple[int, ...], float]]:
        """Score entries in order of first-pass credit, skipping those that do not fit, until
        SHORTLIST are scored or even a perfectly specific entry with this much coverage could
        not reach the current top `limit`: (score, entry index, closest texts, specificity)."""
        entries = self.faq.entries
        scored: list[tuple[float, int, tuple[int, ...], float]] = []
        for index in sorted(credit, key=credit.__getitem__, reverse=True):
            reachable = _fit(min(1.0, (credit[index] + common_weight) / query.total), 1.0)
            if len(scored) >= limit and reachable < scored[limit - 1][0]:
                break
            weight = 1.0 if fit is None else fit(entries[self.positions[index]])
            if not weight or (len(scored) >= limit and reachable * weight < scored[limit - 1][0]):
                continue
            scored.append(self._score(index, query, weight))
            scored.sort(key=_by_score, reverse=True)
            if len(scored) >= max(limit * 3, SHORTLIST):
                break
        return scored

    def _score(self, index: int, query: _Query, fit: float = 1.0) -> tuple[float, int, tuple[int, ...], float]:
        """(score, entry index, its closest texts, specificity), to sort candidates by."""
        doc = self._docs[index]
        coverage = self._coverage(index, query)
        # Specificity: the share of the closest question or alias that the question speaks of.
        covered_slots: set[tuple[int, int]] = set()
        for term in query.terms.keys() & doc.slots_with.keys():
            covered_slots.update(doc.slots_with[term])
        shares = [0.0] * len(doc.texts)
        for position, slot_position in sorted(covered_slots):  # in order: equal texts get equal sums
            shares[position] += doc.texts[position].weights[slot_position]
        shares = [share / (text.mass or 1) for share, text in zip(shares, doc.texts, strict=True)]
        specificity = max(shares)
        closest = tuple(position for position, share in enumerate(shares) if share == specificity)
        return round(_fit(coverage, specificity) * fit, 3), index, closest, specificity


def _texts_and_slots(entry: Entry) -> tuple[tuple[str, ...], list[list[Slot]]]:
    texts = (entry.question, *entry.aliases)
    return texts, [_slots(question_words(text)) for text in texts]


def _terms(text_slots: list[list[Slot]], entry: Entry) -> frozenset[str]:
    """Every term of an entry: its questions' and its answer's, and the aspects it declares."""
    words = (term for slots in (*text_slots, slots_of(entry.answer)) for slot in slots for term in slot.terms)
    return frozenset(words).union(_ASPECT_PREFIX + aspect for aspect in entry.aspects)


def _with_aspects(slots: list[Slot], cues: Mapping[str, Collection[str]]) -> list[Slot]:
    """The slots, each word that cued an aspect also holding that aspect's term."""
    by_word: defaultdict[str, set[str]] = defaultdict(set)
    for aspect, words in cues.items():
        for word in words:
            by_word[word].add(_ASPECT_PREFIX + aspect)
    return [Slot(slot.word, slot.terms | by_word[slot.word]) if slot.word in by_word else slot for slot in slots]


def _index(faq: Faq) -> IndexState:
    """Which offerable entries hold which terms, and the FAQ's own words (for typos)."""
    word_counts: Counter[str] = Counter()
    postings: dict[str, list[int]] = defaultdict(list)
    positions = [position for position, entry in enumerate(faq.entries) if entry.offerable]
    for index, position in enumerate(positions):
        entry = faq.entries[position]
        texts, text_slots = _texts_and_slots(entry)
        for term in _terms(text_slots, entry):
            postings[term].append(index)
        word_counts.update(words_of(" ".join((*texts, entry.answer))))
    return IndexState(
        tuple(positions),
        {term: array(_POSTING_TYPE, docs).tobytes() for term, docs in postings.items()},
        dict(word_counts),
        tuple(sorted(word for word in word_counts if len(word) >= MIN_SLIP and word not in IGNORED)),
    )


def _fit(coverage: float, specificity: float) -> float:
    """F-beta of coverage and specificity, coverage counting RECALL_EMPHASIS times as much."""
    beta2 = RECALL_EMPHASIS**2
    return (1 + beta2) * specificity * coverage / (beta2 * specificity + coverage) if coverage else 0.0


def _similarity(first: tuple[str, ...], second: tuple[str, ...]) -> float:
    """How alike two wordings are, word by word, 0..1: only to break ties between equal
    scores, so the standard library's difflib (already loaded by Typer) serves."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, first, second, autojunk=False).ratio()


def _is_slip(word: str, correction: str) -> bool:
    """A doubled letter dropped or added, or two neighbours swapped."""
    undoubled = re.compile(r"(.)\1")
    return undoubled.sub(r"\1", word) == undoubled.sub(r"\1", correction) or sorted(word) == sorted(correction)


def _idf(count: int, document_frequency: int) -> float:
    return math.log(1 + (count - document_frequency + 0.5) / (document_frequency + 0.5))


def _describe(slot: Slot, terms: set[str]) -> str:
    # A synonym's concept says more than the aspect the word asked: it comes first.
    found = sorted(
        (term for term in slot.terms & terms if term.startswith(_CONCEPT_PREFIX)),
        key=lambda term: term.startswith(_ASPECT_PREFIX),
    )
    concepts = [term.removeprefix(_CONCEPT_PREFIX) for term in found]
    exact = any(not term.startswith(_CONCEPT_PREFIX) for term in slot.terms & terms)
    return slot.word if exact or not concepts else f"{slot.word} (~{concepts[0]})"


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """Words a typo may stand for besides the FAQ's: filler, narrative and cue words."""
    return frozenset(word for word in IGNORED | cue_words() if len(word) >= MIN_SLIP)


@lru_cache(maxsize=8)
def matcher_for(faq: Faq) -> Matcher:
    """One matcher per loaded FAQ (a Faq hashes by identity)."""
    return Matcher(faq)
