"""Matching: rank the FAQ's entries for a question, and decide whether the best one answers it.

Three signals, each good at one thing:
- coverage: how much of the question's meaning (its terms weighted by rarity, IDF) the
  entry's question, aliases and answer contain. Words every entry uses ("ketamine")
  weigh little; rare ones ("addictive", "nasal spray") weigh much, and words the FAQ
  never uses ("cost", "insurance") weigh most, which is what makes abstention work.
- specificity: how much of the entry's question or best alias the question covers.
- fuzzy: RapidFuzz similarity to the entry's question and aliases, for near-verbatim
  questions.
Terms are normalised first: case, accents, British spellings, simple word endings,
typos corrected against the FAQ's own vocabulary, and synonyms folded into concepts
(lexicon.py). The score shown to users is the weighted blend, 0..1; an entry is
given as the answer when its score reaches `THRESHOLD`, calibrated on labelled questions.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from ketacli.faq import Entry, Faq
from ketacli.lexicon import SPELLINGS, STOPWORDS, SYNONYMS

THRESHOLD = 0.5
WEIGHTS = {"coverage": 0.6, "specificity": 0.2, "fuzzy": 0.2}
# Where in an entry a term is found: its question and aliases say what it answers;
# its answer text supports that, a little less.
FIELD_WEIGHT = {"question": 1.0, "answer": 0.8}
# Questions are capped before matching so that pasted text cannot stall the matcher.
MAX_QUESTION_CHARS = 1000

_WORD = re.compile(r"[a-z0-9]+")
_CONCEPT_PREFIX = "@"


@dataclass(frozen=True)
class Explanation:
    """Why an entry scored as it did: for `ask --explain`."""

    matched_terms: tuple[str, ...]
    missing_terms: tuple[str, ...]
    corrections: tuple[str, ...]
    closest_text: str
    signals: dict[str, float]


@dataclass(frozen=True)
class Candidate:
    entry: Entry
    score: float
    explanation: Explanation


@dataclass(frozen=True)
class Analysis:
    """A question as the matcher sees it: its terms, each with the words it came from."""

    terms: dict[str, str]
    corrections: tuple[str, ...] = ()
    normalised: str = ""


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
_LONGEST_PHRASE = max(len(phrase) for phrase in _PHRASES)


def terms_of(text: str) -> dict[str, str]:
    """The terms of a text (stems and @concepts), each mapped to the words it came from."""
    tokens = fold(text).split()
    terms: dict[str, str] = {}
    for start in range(len(tokens)):
        for length in range(min(_LONGEST_PHRASE, len(tokens) - start), 1, -1):
            concept = _PHRASES.get(tuple(tokens[start : start + length]))
            if concept:
                terms.setdefault(_CONCEPT_PREFIX + concept, " ".join(tokens[start : start + length]))
                break
    for token in tokens:
        if token in STOPWORDS or len(token) < 2:
            continue
        terms.setdefault(stem(token), token)
        concept = _WORD_CONCEPTS.get(token) or _WORD_CONCEPTS.get(stem(token))
        if concept:
            terms.setdefault(_CONCEPT_PREFIX + concept, token)
    return terms


@dataclass
class _Doc:
    entry: Entry
    question_terms: set[str]
    answer_terms: set[str]
    texts: list[str]  # folded question and aliases, for fuzzy matching
    text_terms: list[set[str]] = field(default_factory=list)


class Matcher:
    """An index over one FAQ's offerable entries; `rank` scores them for a question."""

    def __init__(self, faq: Faq, threshold: float = THRESHOLD) -> None:
        self.threshold = threshold
        self.docs: list[_Doc] = []
        for entry in faq:
            if not entry.offerable:
                continue
            asked = [entry.question, *entry.aliases]
            question_terms: set[str] = set()
            text_terms = []
            for text in asked:
                terms = set(terms_of(text))
                text_terms.append(terms)
                question_terms |= terms
            answer_terms = set(terms_of(entry.answer))
            self.docs.append(_Doc(entry, question_terms, answer_terms, [fold(t) for t in asked], text_terms))
        document_frequency: dict[str, int] = defaultdict(int)
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, doc in enumerate(self.docs):
            for term in doc.question_terms | doc.answer_terms:
                document_frequency[term] += 1
                weight = FIELD_WEIGHT["question"] if term in doc.question_terms else FIELD_WEIGHT["answer"]
                self.postings[term].append((index, weight))
        count = len(self.docs)
        self.idf = {term: _idf(count, df) for term, df in document_frequency.items()}
        self.unknown_idf = _idf(count, 0)
        self.vocabulary = sorted(term for term in self.idf if not term.startswith(_CONCEPT_PREFIX))

    def analyse(self, question: str) -> Analysis:
        """The question's terms, with typos corrected against the FAQ's vocabulary."""
        terms = terms_of(question)
        corrections = []
        for term, word in list(terms.items()):
            if term in self.idf or term.startswith(_CONCEPT_PREFIX) or len(term) < 4 or term.isdigit():
                continue
            fixed = self._correct(term)
            if fixed:
                del terms[term]
                terms.setdefault(fixed, word)
                concept = _WORD_CONCEPTS.get(fixed)
                if concept:
                    terms.setdefault(_CONCEPT_PREFIX + concept, word)
                corrections.append(f"{word} -> {fixed}")
        return Analysis(terms, tuple(corrections), fold(question))

    def _correct(self, term: str) -> str | None:
        from rapidfuzz import fuzz, process

        cutoff = 80 if len(term) >= 6 else 75
        found = process.extractOne(term, self.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff)
        return found[0] if found else None

    def rank(self, question: str, limit: int = 3) -> list[Candidate]:
        """The best `limit` entries for a question, best first, each with a 0..1 score."""
        analysis = self.analyse(question)
        weights = {term: self.idf.get(term, self.unknown_idf) for term in analysis.terms}
        total = sum(weights.values())
        if not total:
            return []
        covered: dict[int, float] = defaultdict(float)
        for term, weight in weights.items():
            for index, field_weight in self.postings.get(term, ()):
                covered[index] += weight * field_weight
        # Only entries that share a term with the question can be candidates.
        shortlist = sorted(covered, key=covered.__getitem__, reverse=True)[: max(limit * 4, 20)]
        candidates = [self._score(index, analysis, weights, covered[index] / total) for index in shortlist]
        candidates.sort(key=lambda candidate: candidate.score, reverse=True)
        return candidates[:limit]

    def _score(self, index: int, analysis: Analysis, weights: dict[str, float], coverage: float) -> Candidate:
        from rapidfuzz import fuzz

        doc = self.docs[index]
        # Specificity: the share of the closest question or alias that the question covers.
        query_terms = set(weights)
        specificity, closest = 0.0, 0
        for position, terms in enumerate(doc.text_terms):
            mass = sum(self.idf.get(term, 0.0) for term in terms)
            share = sum(self.idf.get(term, 0.0) for term in terms & query_terms) / mass if mass else 0.0
            if share > specificity:
                specificity, closest = share, position
        fuzzy_scores = [fuzz.token_sort_ratio(analysis.normalised, text) / 100 for text in doc.texts]
        fuzzy = max(fuzzy_scores)
        signals = {
            "coverage": WEIGHTS["coverage"] * coverage,
            "specificity": WEIGHTS["specificity"] * specificity,
            "fuzzy": WEIGHTS["fuzzy"] * fuzzy,
        }
        all_terms = doc.question_terms | doc.answer_terms
        explanation = Explanation(
            matched_terms=tuple(_show(term, analysis) for term in analysis.terms if term in all_terms),
            missing_terms=tuple(_show(term, analysis) for term in analysis.terms if term not in all_terms),
            corrections=analysis.corrections,
            closest_text=([doc.entry.question, *doc.entry.aliases])[
                closest if specificity else fuzzy_scores.index(fuzzy)
            ],
            signals={name: round(value, 3) for name, value in signals.items()},
        )
        return Candidate(doc.entry, round(min(1.0, sum(signals.values())), 3), explanation)

    def answers(self, candidate: Candidate | None) -> bool:
        return candidate is not None and candidate.score >= self.threshold


def _idf(count: int, document_frequency: int) -> float:
    return math.log(1 + (count - document_frequency + 0.5) / (document_frequency + 0.5))


def _show(term: str, analysis: Analysis) -> str:
    word = analysis.terms[term]
    if term.startswith(_CONCEPT_PREFIX):
        return f"{word} (~{term[1:]})"
    return word


@lru_cache(maxsize=8)
def matcher_for(faq: Faq) -> Matcher:
    """One matcher per loaded FAQ (a Faq hashes by identity)."""
    return Matcher(faq)
