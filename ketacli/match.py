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
string similarity (RapidFuzz) to the closest question or alias. The best entry is given as the
answer when its score reaches THRESHOLD; below it, the closest entries are suggestions.
The constants were calibrated on labelled questions (`ketacli eval`).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from ketacli.faq import Entry, Faq
from ketacli.lexicon import NARRATIVE, SPELLINGS, STOPWORDS, SYNONYMS, UNCOVERED

THRESHOLD = 0.48
# How much more coverage of the question counts than specificity (an F-beta's beta).
RECALL_EMPHASIS = 1.5
# A word the FAQ never uses weighs this share of the rarest possible word.
UNKNOWN_WORD_WEIGHT = 0.6
# A word for something people ask that the FAQ does not cover (lexicon.UNCOVERED) weighs
# more than the rarest word: the question is about that, whatever else it mentions.
UNCOVERED_WORD_WEIGHT = 1.5
# A synonym (through the lexicon) earns this share of an exact word's credit.
CONCEPT_CREDIT = 0.9
MIN_CORRECTABLE = 6
# Questions are capped before matching so that pasted text cannot stall the matcher.
MAX_QUESTION_CHARS = 1000

_WORD = re.compile(r"[a-z0-9]+")
_CONCEPT_PREFIX = "@"


@dataclass(frozen=True)
class Slot:
    """One word (or lexicon phrase) of a text: its stem and, when it has one, its concept."""

    word: str
    terms: frozenset[str]


@dataclass(frozen=True)
class Explanation:
    """Why an entry scored as it did: for `ask --explain`."""

    matched: tuple[str, ...]
    missing: tuple[str, ...]
    corrections: tuple[str, ...]
    closest_text: str
    signals: dict[str, float]


@dataclass(frozen=True)
class Candidate:
    entry: Entry
    score: float
    explanation: Explanation
    similarity: float = 0.0  # 0..100, wording of the closest question or alias: breaks ties


def fold(text: str) -> str:
    """Lower case, no accents, straight apostrophes removed, spelling variants folded."""
    decomposed = unicodedata.normalize("NFKD", text[:MAX_QUESTION_CHARS].casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    plain = plain.replace("'", "").replace("\u2019", "")
    return " ".join(SPELLINGS.get(word, word) for word in _WORD.findall(plain))


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


def _build_lexicon() -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    phrases: dict[tuple[str, ...], str] = {}
    words: dict[str, str] = {}
    for concept, names in SYNONYMS.items():
        for name in names:
            tokens = tuple(fold(name).split())
            if len(tokens) > 1:
                phrases[tokens] = concept
            else:
                words[tokens[0]] = concept
                words.setdefault(stem(tokens[0]), concept)
    return phrases, words


_PHRASES, _WORD_CONCEPTS = _build_lexicon()
_IGNORED = STOPWORDS | NARRATIVE
_LEXICON_WORDS = frozenset(word for names in SYNONYMS.values() for name in names for word in fold(name).split())
_LONGEST_PHRASE = max(len(phrase) for phrase in _PHRASES)


def slots_of(text: str) -> list[Slot]:
    """A text's content words as slots; a lexicon phrase ("nasal spray") is one slot."""
    return _slots(fold(text).split())


def _slots(tokens: list[str]) -> list[Slot]:
    slots: list[Slot] = []
    position = 0
    while position < len(tokens):
        for length in range(min(_LONGEST_PHRASE, len(tokens) - position), 1, -1):
            phrase = tokens[position : position + length]
            concept = _PHRASES.get(tuple(phrase))
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
            if token not in _IGNORED and len(token) > 1:
                slots.append(_word_slot(token, stem(token)))
    return _unique(slots)


def _word_slot(word: str, stemmed: str) -> Slot:
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


@dataclass(frozen=True)
class _Doc:
    entry: Entry
    texts: tuple[str, ...]  # the question and aliases, as written
    folded: tuple[str, ...]  # the same, folded, for string similarity
    text_slots: tuple[list[Slot], ...]
    terms: frozenset[str]  # every term of its question, aliases and answer


class Matcher:
    """An index over one FAQ's offerable entries; `rank` scores them for a question."""

    def __init__(self, faq: Faq, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.docs: list[_Doc] = []
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.word_counts: Counter[str] = Counter()
        for entry in faq:
            if not entry.offerable:
                continue
            texts = (entry.question, *entry.aliases)
            text_slots = tuple(slots_of(text) for text in texts)
            terms = frozenset(
                term for slots in (*text_slots, slots_of(entry.answer)) for slot in slots for term in slot.terms
            )
            for term in terms:
                self.postings[term].append(len(self.docs))
            self.docs.append(_Doc(entry, texts, tuple(fold(text) for text in texts), text_slots, terms))
            self.word_counts.update(fold(" ".join((*texts, entry.answer))).split())
        count = len(self.docs)
        self.idf = {term: _idf(count, len(postings)) for term, postings in self.postings.items()}
        self.unknown_idf = _idf(count, 0) * UNKNOWN_WORD_WEIGHT
        self.uncovered_idf = _idf(count, 0) * UNCOVERED_WORD_WEIGHT
        surface = set(self.word_counts)
        self.correctable = sorted(word for word in surface if len(word) >= MIN_CORRECTABLE - 1 and word not in _IGNORED)
        # Words never corrected: the FAQ's own, the lexicon's, and filler.
        self.known_words = surface | _LEXICON_WORDS | _IGNORED

    def analyse(self, question: str) -> tuple[list[Slot], list[str]]:
        """The question's slots, with misspelt words corrected against the FAQ's own words."""
        tokens, corrections = fold(question).split(), []
        for position, token in enumerate(tokens):
            if token in self.known_words or len(token) < MIN_CORRECTABLE - 1 or token.isdigit():
                continue
            fixed = self._correct(token)
            if fixed:
                corrections.append(f"{token} -> {fixed}")
                tokens[position] = fixed
        return _slots(tokens), corrections

    def _correct(self, word: str) -> str | None:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        # One edit (a swap of neighbours counts as one) in a word of 6+ letters, two in 9+;
        # a 5-letter word only for a doubled or swapped letter ("comon"), since one edit
        # there turns many words into others ("drive", "derive").
        allowed = 2 if len(word) >= 9 else 1
        found = process.extract(word, self.correctable, scorer=OSA.distance, score_cutoff=allowed, limit=10)
        if not found:
            return None
        # Closest first; then a word with the same first letter, then the FAQ's more common word.
        best = min(found, key=lambda hit: (hit[1], hit[0][0] != word[0], -self.word_counts[hit[0]]))[0]
        return best if len(word) >= MIN_CORRECTABLE or _is_slip(word, best) else None

    def weight(self, slot: Slot) -> float:
        """How much a slot of the question matters: its rarest term's IDF (unknown words weigh most)."""
        if slot.word in UNCOVERED:
            return self.uncovered_idf
        return max(self.idf.get(term, self.unknown_idf) for term in slot.terms)

    def rank(self, question: str, limit: int = 3) -> list[Candidate]:
        """The best `limit` entries for a question, best first, each with a 0..1 score."""
        slots, corrections = self.analyse(question)
        weights = [self.weight(slot) for slot in slots]
        total = sum(weights)
        if not total:
            return []
        credit: dict[int, float] = defaultdict(float)
        for slot, weight in zip(slots, weights, strict=True):
            best: dict[int, float] = {}
            for term in slot.terms:
                factor = CONCEPT_CREDIT if term.startswith(_CONCEPT_PREFIX) else 1.0
                for index in self.postings.get(term, ()):
                    best[index] = max(best.get(index, 0.0), factor)
            for index, share in best.items():
                credit[index] += weight * share
        shortlist = sorted(credit, key=credit.__getitem__, reverse=True)[: max(limit * 4, 20)]
        query = _Query(slots, frozenset().union(*(slot.terms for slot in slots)), tuple(corrections), fold(question))
        candidates = [self._score(index, query, credit[index] / total) for index in shortlist]
        # Equal scores are told apart by how closely the wording matches (RapidFuzz).
        candidates.sort(key=lambda candidate: (candidate.score, candidate.similarity), reverse=True)
        return candidates[:limit]

    def _score(self, index: int, query: _Query, coverage: float) -> Candidate:
        from rapidfuzz import fuzz

        doc = self.docs[index]
        # Specificity: the share of the closest question or alias that the question speaks of;
        # among equals, the closest is the one worded most like the question (RapidFuzz).
        best = (0.0, 0.0)
        closest = 0
        for position, slots in enumerate(doc.text_slots):
            mass = sum(self.weight(slot) for slot in slots)
            covered = sum(self.weight(slot) for slot in slots if slot.terms & query.terms)
            share = covered / mass if mass else 0.0
            if share >= best[0]:
                key = (share, fuzz.ratio(query.folded, doc.folded[position]))
                if key > best:
                    best, closest = key, position
        specificity, similarity = best
        beta2 = RECALL_EMPHASIS**2
        fit = (1 + beta2) * specificity * coverage / (beta2 * specificity + coverage) if coverage else 0.0
        terms = doc.terms
        explanation = Explanation(
            matched=tuple(_describe(slot, terms) for slot in query.slots if slot.terms & terms),
            missing=tuple(slot.word for slot in query.slots if not slot.terms & terms),
            corrections=query.corrections,
            closest_text=doc.texts[closest],
            signals={"coverage": round(coverage, 3), "specificity": round(specificity, 3)},
        )
        return Candidate(doc.entry, round(fit, 3), explanation, similarity)

    def answers(self, candidate: Candidate | None) -> bool:
        return candidate is not None and candidate.score >= self.threshold


@dataclass(frozen=True)
class _Query:
    slots: list[Slot]
    terms: frozenset[str]
    corrections: tuple[str, ...]
    folded: str


def _is_slip(word: str, correction: str) -> bool:
    """A doubled letter dropped or added, or two neighbours swapped."""
    undoubled = re.compile(r"(.)\1")
    return undoubled.sub(r"\1", word) == undoubled.sub(r"\1", correction) or sorted(word) == sorted(correction)


def _idf(count: int, document_frequency: int) -> float:
    return math.log(1 + (count - document_frequency + 0.5) / (document_frequency + 0.5))


def _describe(slot: Slot, terms: frozenset[str]) -> str:
    concepts = [term[1:] for term in slot.terms & terms if term.startswith(_CONCEPT_PREFIX)]
    exact = any(not term.startswith(_CONCEPT_PREFIX) for term in slot.terms & terms)
    return slot.word if exact or not concepts else f"{slot.word} (~{concepts[0]})"


@lru_cache(maxsize=8)
def matcher_for(faq: Faq) -> Matcher:
    """One matcher per loaded FAQ (a Faq hashes by identity)."""
    return Matcher(faq)
