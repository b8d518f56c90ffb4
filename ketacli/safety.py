"""Crisis detection: does a message speak of a risk of suicide or self-harm, and whose?

Independent of matching, and it never blocks an answer: a message that trips it gets
the FAQ's crisis resources first and then its answer as usual. The whole message is
read, however long. It errs towards showing the resources: a question that merely
mentions suicide (about research, say) shows them too, as safe-messaging guidance
allows. Standard library only.

The phrases are data, by warning sign, in ketacli/crisis_phrases.py. Each phrase is
compiled to a regular expression, and each has one or two sets of anchors: words of
which any text it matches must contain one from each set. A message is searched only
with the phrases whose anchor sets it holds, and those are compiled on first need, so
start-up pays for reading the phrases and nothing more (tests/test_safety.py checks the
anchors against text generated from every phrase). A message that no phrase matches goes
to a second reader: weights over its warning-sign words, learnt from tests/data
(crisis_model.py).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from ketacli import crisis_phrases
from ketacli.text import fold

# Words for suicide and self-harm, misspellings included: a question that uses them,
# even about research, gets the resources; its words stay in the question matched.
_MENTIONS = [
    r"\b[s5][u*][ie1!*]?c+[ie1!*y]?d",  # suicide, suicidal, sucide, su1c1de, s*icide
    r"\b(suiciad|suisid|suside|sucid|sucidal)",
    r"\bsuizid",  # German
    r"\bself ?(harm|injur|hurt|mutilat)",
    r"\bselbstmord",
    r"\b(automutil|autoles|autolesion|scarif)",  # Spanish, Portuguese, French
    r"\b(killed|hanged|shot|hung) (himself|herself|themselves|themself)\b",
    r"\btook (his|her|their) (own )?life\b",
]
# Every mention holds one of these (tests/test_safety.py checks): a message with none of
# them is not searched, and most starts never compile the mentions' regex.
_MENTION_HINTS = ("su", "s*", "5u", "5*", "self", "selbst", "auto", "scarif", "himself", "herself", "themsel", "life")


@cache
def _mention() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in _MENTIONS))


def _mentions(text: str) -> list[tuple[int, int]]:
    """Where a normalised text mentions suicide or self-harm."""
    if not any(map(text.__contains__, _MENTION_HINTS)):
        return []
    return [match.span() for match in _mention().finditer(text)]


# Hyphens, commas, brackets and quotes are spaces (text.fold drops apostrophes: "dont").
_SPACES = str.maketrans(dict.fromkeys('-\u2010,:"()[]{}<>\u201c\u201d', " "))
_WORDS = re.compile(r"\w+").findall
# Up to six words, within one sentence.
_GAP = r"(?: [^ .?!;]+){0,6}"
_ANY_WORD = r"[^ .?!;]+"
_NUMBER = r"\d+(?:st|nd|rd|th)?"
_MANY = r"[1-9]\d+"  # ten or more
_SENTENCE_END = r"(?=\W*(?:$|[.!?;]))"
# How often a word turns up in an ordinary question, roughly: a phrase is anchored on the
# words that make it least often worth searching for. Everything else counts 1.
_VERY_FREQUENT = (
    "the to i a and it of is in you my me for that on be do can this with have what how if not no so but are "
    "was or at as an will would just get go all about out up when why who there they he she his her them their "
    "we your from by more any some one after like want know feel take make did does am has had been were should "
    "could much many long time now then than also even still really very too need help work use new way well back "
    "only over into off here good better first other im ive id dont cant its whats"
)
_FREQUENT_WORDS = (
    "ketamine esketamine spravato depression treatment infusion infusions dose doses brain effect effects side "
    "people patients years day days week weeks life think keep see say said try tried going gonna wanna thing things "
    "everything something anything nothing someone again never always last end live living feeling felt tired sure "
    "ok okay lot lol today tonight tomorrow soon hope wish ready give find found doctor clinic start stop safe risk "
    "mg pill pills meds drug drugs body mind head anxiety pain feels being having doing getting made told tell "
    "come came went left right year month night morning home family friend friends kids wife husband mom dad son "
    "daughter partner care cares alone best worst bad hard down away through before while where which"
)


@cache
def _frequency() -> dict[str, int]:
    return dict.fromkeys(_FREQUENT_WORDS.split(), 20) | dict.fromkeys(_VERY_FREQUENT.split(), 100)


def _cost(anchors: frozenset[str]) -> tuple[int, int, list[str]]:
    """How many questions an anchor set would send to its phrase for nothing: the sum of its words'
    frequencies (then, to break ties the same way in every process, its shortest word and its words)."""
    frequency = _frequency()
    return sum(frequency.get(a, 1) for a in anchors), -min(map(len, anchors)), sorted(anchors)


def _best_two(sets: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
    """The one or two anchor sets that together pick a phrase out of the fewest questions, the rarer first."""
    ranked = sorted(set(sets), key=_cost)  # a set's order is the process's: sorted, it is not
    if len(ranked) < 2:
        return tuple(ranked)
    pairs = [(a, b) for i, a in enumerate(ranked) for b in ranked[i + 1 :]]
    return min(pairs, key=lambda pair: (_cost(pair[0])[0] * _cost(pair[1])[0], _cost(pair[0]), _cost(pair[1])))


NOT_CRISIS = "not a crisis"  # the kind of crisis_phrases.NOT_CRISIS's phrases


class Screening(NamedTuple):
    """What screen() found: a crisis, who is at risk, and what of the message to match."""

    crisis: bool
    asked: str | None  # the text to match against the FAQ, or None when nothing else is asked
    crisis_for: str | None = None  # "self" (the writer, or no one named) or "other"; None without a crisis


# ------------------------------------------------------------------ the phrase language


# Plain classes, not NamedTuples: defining those costs every start a little.
class Phrase:
    __slots__ = ("anchors", "kind", "pattern", "text")

    def __init__(self, text: str, kind: str, pattern: str, anchors: tuple[frozenset[str], ...]) -> None:
        self.text = text  # the line as written
        self.kind = kind
        self.pattern = pattern  # its regular expression
        # Words (or, ending in "*", beginnings of words): any match holds one word of each set.
        self.anchors = anchors


class _Part:
    __slots__ = ("anchors", "gap", "optional", "pattern", "sets")

    def __init__(
        self,
        pattern: str,
        anchors: frozenset[str] | None,  # None: a match need not contain any fixed word from it
        optional: bool = False,
        gap: bool = False,
        sets: tuple[frozenset[str], ...] = (),  # of a sequence: the anchors of each part it must contain
    ) -> None:
        self.pattern, self.anchors, self.optional, self.gap, self.sets = pattern, anchors, optional, gap, sets


_TOKEN = r"\.\.\.|<n>|<many>|[()|?{}$]|[a-z0-9]+\*?|_|\S"  # compiled when a phrase is first parsed


class PhraseError(ValueError):
    pass


class _Parser:
    """Phrase lines (crisis_phrases' mini-language) to regular expressions and anchors."""

    def __init__(self, slots: dict[str, str]) -> None:
        self.slots = slots
        self.expanded: dict[str, _Part] = {}

    def phrase(self, text: str) -> tuple[str, tuple[frozenset[str], ...]]:
        tokens = re.findall(_TOKEN, text)
        part, rest = self._sequence(tokens, 0, text)
        if rest != len(tokens):
            raise PhraseError(f"unexpected {tokens[rest]!r} in phrase: {text}")
        if part.anchors is None:
            raise PhraseError(f"phrase has no word that every match must contain: {text}")
        if part.pattern.count(_SENTENCE_END) > part.pattern.endswith(_SENTENCE_END):
            raise PhraseError(f"'$' must end the phrase, outside any group: {text}")
        end = "" if part.pattern.endswith(_SENTENCE_END) else r"\b"
        return rf"\b{part.pattern}{end}", _best_two(part.sets or (part.anchors,))

    def _sequence(self, tokens: list[str], at: int, text: str) -> tuple[_Part, int]:
        parts: list[_Part] = []
        while at < len(tokens) and tokens[at] not in ("|", ")"):
            part, at = self._item(tokens, at, text)
            parts.append(part)
        if not parts:
            return _Part("", None, optional=True), at
        if parts[0].pattern == _GAP or parts[-1].pattern == _GAP:
            raise PhraseError(f"'...' must stand between words: {text}")
        pattern, spaced = "", False  # spaced: the next part needs a space before it
        for part in parts:
            if part.gap:
                pattern += part.pattern
            elif part.optional:
                pattern += f"(?: {part.pattern})?" if spaced else f"(?:{part.pattern} )?"
            else:
                pattern += (" " if spaced else "") + part.pattern
                spaced = True
        if not spaced:  # only optional parts: a trailing space would be required; drop it
            pattern = "(?:" + "|".join(p.pattern for p in parts) + ")?"
        mandatory = tuple(p.anchors for p in parts if not p.optional and not p.gap and p.anchors)
        best = min(mandatory, key=_cost) if mandatory else None
        return _Part(pattern, best, optional=not spaced, sets=mandatory), at

    def _item(self, tokens: list[str], at: int, text: str) -> tuple[_Part, int]:
        token = tokens[at]
        if token == "(":
            alternatives: list[_Part] = []
            at += 1
            while True:
                part, at = self._sequence(tokens, at, text)
                alternatives.append(part)
                if at >= len(tokens):
                    raise PhraseError(f"unclosed '(' in phrase: {text}")
                if tokens[at] == ")":
                    break
                at += 1  # "|"
            at += 1
            optional = at < len(tokens) and tokens[at] == "?"
            if optional:
                at += 1
            return self._choice(alternatives, optional), at
        if token == "{":
            if at + 2 >= len(tokens) or tokens[at + 2] != "}":
                raise PhraseError(f"bad slot in phrase: {text}")
            return self._slot(tokens[at + 1], text), at + 3
        if token == "...":
            return _Part(_GAP, None, gap=True), at + 1
        if token == "$":
            if at + 1 != len(tokens) and tokens[at + 1] not in ("|", ")"):
                raise PhraseError(f"'$' must end the phrase: {text}")
            return _Part(_SENTENCE_END, None, gap=True), at + 1
        if token == "_":
            return _Part(_ANY_WORD, None), at + 1
        if token == "<n>":
            return _Part(_NUMBER, None), at + 1
        if token == "<many>":
            return _Part(_MANY, None), at + 1
        if re.fullmatch(r"[a-z0-9]+\*?", token):
            if token.endswith("*"):
                return _Part(token[:-1] + r"\w*", frozenset([token])), at + 1
            return _Part(token, frozenset([token])), at + 1
        raise PhraseError(f"unexpected {token!r} in phrase: {text}")

    @staticmethod
    def _choice(alternatives: list[_Part], optional: bool) -> _Part:
        optional = optional or any(part.optional for part in alternatives)
        patterns = [part.pattern for part in alternatives if part.pattern]
        pattern = "(?:" + "|".join(patterns) + ")"
        anchors: frozenset[str] | None = None
        if not optional and all(part.anchors for part in alternatives):
            anchors = frozenset().union(*(part.anchors or () for part in alternatives))
        return _Part(pattern, anchors, optional=optional)

    def _slot(self, name: str, text: str) -> _Part:
        if name not in self.expanded:
            if name not in self.slots:
                raise PhraseError(f"no slot {{{name}}} in phrase: {text}")
            choices = self.slots[name]
            self.expanded[name] = self._item(re.findall(_TOKEN, f"({choices})"), 0, choices)[0]
        return self.expanded[name]


def _lines(phrases: str) -> list[str]:
    return [line.strip() for line in phrases.splitlines() if line.strip() and not line.strip().startswith("#")]


@cache
def phrase_lines() -> tuple[tuple[str, str], ...]:
    """Every crisis phrase as written, (kind, line), then the phrases that are NOT a crisis."""
    crisis = [(kind.name, line) for kind in crisis_phrases.KINDS for line in _lines(kind.phrases)]
    return (*crisis, *((NOT_CRISIS, line) for line in _lines(crisis_phrases.NOT_CRISIS)))


@cache
def _parser() -> _Parser:
    return _Parser(crisis_phrases.SLOTS)


@cache
def phrase(number: int) -> Phrase:
    """One crisis phrase, parsed on first need: its kind, regular expression and anchors."""
    kind, line = phrase_lines()[number]
    pattern, anchors = _parser().phrase(line)
    return Phrase(line, kind, pattern, anchors)


def source_checksum() -> int:
    """A checksum of the phrases, slots and word frequencies: says whether crisis_index.py was made from them.

    Taken over the strings as written (no parsing, no splitting): it is paid at every start.
    """
    import zlib

    crc = 0
    for kind in crisis_phrases.KINDS:
        crc = zlib.crc32(f"{kind.name}\n{kind.phrases}\n".encode(), crc)
    for name, choices in crisis_phrases.SLOTS.items():
        crc = zlib.crc32(f"{name}: {choices}\n".encode(), crc)
    # How anchors are chosen is part of what the index was made from.
    for text in (crisis_phrases.NOT_CRISIS, _VERY_FREQUENT, _FREQUENT_WORDS):
        crc = zlib.crc32(text.encode(), crc)
    return crc


def build_index() -> tuple[dict[str, tuple[int, ...]], tuple[tuple[str, ...], ...]]:
    """Which phrases each anchor picks out, from parsing every phrase (tens of milliseconds).

    A phrase is listed under the words of its rarer anchor set; its other set (or none)
    is kept with it, to be checked once the first has picked it out.
    """
    by_anchor: dict[str, list[int]] = {}
    second = []
    for number in range(len(phrase_lines())):
        first, *other = phrase(number).anchors
        second.append(tuple(sorted(other[0])) if other else ())
        for anchor in sorted(first):
            by_anchor.setdefault(anchor, []).append(number)
    return {anchor: tuple(numbers) for anchor, numbers in sorted(by_anchor.items())}, tuple(second)


class _Index:
    __slots__ = ("beginnings", "by_anchor", "second", "words")

    def __init__(
        self,
        by_anchor: dict[str, tuple[int, ...]],  # the phrases whose first anchor set holds each word
        second: tuple[tuple[str, ...], ...],  # each phrase's second anchor set, or ()
        words: frozenset[str],  # all whole-word anchors
        beginnings: tuple[str, ...],  # all word-beginning anchors ("unaliv*")
    ) -> None:
        self.by_anchor, self.second, self.words, self.beginnings = by_anchor, second, words, beginnings


@cache
def _index() -> _Index:
    """The anchors: read from crisis_index.py, made by `python scripts/make_crisis_index.py`,
    so that no start has to parse the phrases; when the phrases changed since, built here."""
    from ketacli import crisis_index

    if source_checksum() == crisis_index.SOURCE:
        return _Index(crisis_index.ANCHORS, crisis_index.SECOND, crisis_index.WORDS, crisis_index.BEGINNINGS)
    by_anchor, second = build_index()
    words, beginnings = anchor_words(by_anchor, second)
    return _Index(by_anchor, second, words, beginnings)


def anchor_words(
    by_anchor: dict[str, tuple[int, ...]], second: tuple[tuple[str, ...], ...]
) -> tuple[frozenset[str], tuple[str, ...]]:
    """Every anchor: the whole words, and the word beginnings ("unaliv*")."""
    every = {*by_anchor, *(word for words in second for word in words)}
    return frozenset(a for a in every if not a.endswith("*")), tuple(sorted(a for a in every if a.endswith("*")))


def anchors_in(text: str) -> frozenset[str]:
    """The anchors a normalised text holds."""
    index = _index()
    found = index.words.intersection(_WORDS(text))
    beginnings = [a for a in index.beginnings if a[:-1] in text]
    return found.union(beginnings) if beginnings else found


def _candidates(text: str) -> list[int]:
    """The phrases whose every anchor set the text holds: the only ones that can match it."""
    index = _index()
    held = anchors_in(text)
    picked = {number for anchor in held if anchor in index.by_anchor for number in index.by_anchor[anchor]}
    return sorted(n for n in picked if not index.second[n] or not held.isdisjoint(index.second[n]))


@cache
def _search(number: int) -> re.Pattern[str]:
    """One phrase's regular expression, compiled on first need."""
    return re.compile(phrase(number).pattern)


_SELF = frozenset(crisis_phrases.SELF_WORDS.split())
_OTHER = frozenset(crisis_phrases.OTHER_WORDS.split())
_RELATIONS = frozenset(crisis_phrases.RELATIONS.split())
_POSSESSIVES = frozenset(crisis_phrases.POSSESSIVES.split())
_SUBJECTS = frozenset("i im ive id me".split())
_ABOUT = {kind.name: kind.about for kind in crisis_phrases.KINDS} | {NOT_CRISIS: None}
_REFLEXIVE = {word: "self" for word in crisis_phrases.SLOTS["myself"].split("|") if " " not in word} | {
    word: "other" for word in crisis_phrases.SLOTS["themselves"].split("|") if " " not in word
}


def _person_at(words: list[str], at: int) -> str | None:
    """Whom words[at] names: "self", "other", or None."""
    word = words[at]
    if word in _SELF:
        return "self"
    if word in _OTHER or (word in _RELATIONS and _POSSESSIVES.intersection(words[max(at - 2, 0) : at])):
        return "other"  # "my son", "my teenage son"; not "a mom who"
    return None


def _person(words: list[str]) -> str | None:
    """Whose words these are, nearest (last) first: "self", "other", or None."""
    return next((who for at in reversed(range(len(words))) if (who := _person_at(words, at))), None)


def _whose(text: str, start: int, end: int, kind: str) -> tuple[str, bool]:
    """Whose risk the match text[start:end] speaks of, and whether the words say so.

    The kind may say (crisis_phrases.Kind.about). Else, in order: a "myself" or
    "himself" in the match; "I" or "me" in it; the nearest person word before it in the
    sentence (its subject, mostly); "he", "she" or "they" in it ("end his life"). A
    relation in the match is mostly its object ("called my mom to say goodbye"), so it
    does not count. With no word to go by, the writer.
    """
    about = _ABOUT[kind]
    if about:
        return about, True
    inside = _WORDS(text[start:end])
    reflexive = [_REFLEXIVE[word] for word in inside if word in _REFLEXIVE]
    if reflexive:
        return reflexive[0], True
    if _SUBJECTS.intersection(inside):
        return "self", True
    sentence_start = max(text.rfind(mark, 0, start) for mark in ".?!;\n")
    who = _person(_WORDS(text[sentence_start + 1 : start])[-8:])
    if who is None and _OTHER.intersection(inside):
        who = "other"
    return (who, True) if who else ("self", False)


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < other_end and other_start < end for other_start, other_end in spans)


def _statements(text: str) -> tuple[list[tuple[int, int, str, bool]], bool, list[tuple[int, int]]]:
    """Where a normalised text states a risk, (start, end, whose, said) for each match;
    whether it mentions suicide or self-harm; and where NOT_CRISIS matches, which counts
    for neither."""
    found = [
        (match.start(), match.end(), phrase(number).kind)
        for number in _candidates(text)
        for match in _search(number).finditer(text)
    ]
    mentions = _mentions(text)
    if not found:
        return [], bool(mentions), []
    idioms = [(start, end) for start, end, kind in found if kind == NOT_CRISIS]
    # Where a phrase about someone else matches, another reading of the same words gives way
    # ("I found pills in my son's room" is not the writer's own stockpile).
    theirs = [(start, end) for start, end, kind in found if _ABOUT[kind] == "other"]
    statements = [
        (start, end, *_whose(text, start, end, kind))
        for start, end, kind in found
        if kind != NOT_CRISIS
        and not _overlaps(start, end, idioms)
        and (_ABOUT[kind] == "other" or not _overlaps(start, end, theirs))
    ]
    return statements, any(not _overlaps(start, end, idioms) for start, end in mentions), idioms


# ------------------------------------------------------------------ screening


_REPEATS = re.compile(r"([a-z])\1{2,}")  # "dieee" is "die"


def normalise_for_crisis(text: str) -> str:
    """text.fold, punctuation inside sentences as spaces, and a letter written three or
    more times in a row once ("dieee" is "die")."""
    return _REPEATS.sub(r"\1", fold(text.translate(_SPACES)))


def is_crisis(question: str) -> bool:
    """True when the question expresses (or speaks of) suicide or self-harm."""
    return screen(question).crisis


# In a crisis, a question about amounts or overdoses is never matched to an answer:
# safe-messaging guidance says never to describe means.
_MEANS = (
    r"\b(dose|doses|dosage|mg|milligrams?|overdose|od|lethal|fatal|deadly)\b|\b(amount|quantity) of\b"
    r"|\bhow (much|many) (\w+ ){0,3}(ketamine|esketamine|spravato|pills?|tablets?|meds|medications?|sprays?|would|"
    r"to take|does it take|it takes|of (it|them|my|the))\b"
)
# What makes the rest of a message a question: an interrogative word, a question mark,
# or an opening auxiliary ("is it", "can i", "will ketamine").
_QUESTION = (
    r"\?|\b(what|how|why|which|who|where)\b"
    r"|^\W*(is|are|can|could|does|do|did|will|would|should|when|has|have)\b"
    r"|\b(is|are|can|could|does|do|will|would|should)\s+(it|i|ketamine|esketamine|spravato|this|that|there|you)\b"
)


def screen(question: str) -> Screening:
    """Whether the message speaks of a crisis, whose, and what of it to match against the FAQ.

    An ordinary question, or one that only mentions suicide (about research, say), is
    matched as it is. A statement of risk is taken out and what is left is matched; a
    message that only the second reader finds at risk is matched whole. When nothing else
    is asked, or the message asks about amounts or overdoses, there is nothing to match
    (None) and the crisis resources stand alone.
    """
    text = normalise_for_crisis(question)
    found, mentioned, idioms = _statements(text)
    if found:
        # The writer's own risk first; someone else's when the words say so and nothing says it is the writer's.
        said = {who for _, _, who, certain in found if certain}
        whose = "other" if said == {"other"} else "self"
        kept, at = [], 0
        for start, end, _, _ in sorted(found):
            kept.append(text[at:start])
            at = max(at, end)
        rest = " ".join(" ".join([*kept, text[at:]]).split())
    elif mentioned:
        return Screening(True, question, "self")
    elif second_reader_alarms(_without(text, idioms)):
        whose, rest = _subject(_WORDS(text)), text
    else:
        return Screening(False, question)
    if re.search(_MEANS, text):  # these two regexes: compiled on first use, then cached by re
        return Screening(True, None, whose)
    return Screening(True, rest if re.search(_QUESTION, rest) else None, whose)


# ------------------------------------------------------------------ the second reader


# What the phrases miss is often said in words no phrase foresaw ("I've sorted my affairs and
# written the letters"). The second reader weighs the warning-sign words a message uses
# (crisis_phrases.RISK_WORDS), alone and with the word beside each, with weights learnt
# from tests/data (scripts/make_crisis_model.py writes crisis_model.py).
_RISK_WORDS = frozenset(crisis_phrases.RISK_WORDS.split())


def risk_features(text: str) -> list[str]:
    """What the second reader sees of a normalised text: its warning-sign words, and each
    pair of neighbouring words of which one is such a word."""
    return _features(_WORDS(text))


def _features(words: list[str]) -> list[str]:
    found = {word for word in words if word in _RISK_WORDS}
    found.update(f"{a} {b}" for a, b in pairwise(words) if a in _RISK_WORDS or b in _RISK_WORDS)
    return sorted(found)


def probability(bias: float, weights: Mapping[str, float], features: list[str]) -> float:
    """The logistic regression's probability for a message's features (0..1)."""
    import math

    logit = bias + sum(weights.get(feature, 0.0) for feature in features)
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, logit))))


def risk_score(text: str) -> float:
    """How likely the second reader finds a normalised text to show a warning sign, 0..1."""
    from ketacli import crisis_model  # here: most messages hold no warning-sign word

    return probability(crisis_model.BIAS, crisis_model.WEIGHTS, risk_features(text))


def second_reader_alarms(text: str) -> bool:
    """The second reader's verdict on a normalised text. With no warning-sign word, the
    score is the bias alone, far below the threshold: nothing to load."""
    words = _WORDS(text)
    if _RISK_WORDS.isdisjoint(words):
        return False
    from ketacli import crisis_model

    return probability(crisis_model.BIAS, crisis_model.WEIGHTS, _features(words)) >= crisis_model.THRESHOLD


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans (idioms: "dying to know") blanked out."""
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + " " + text[end:]
    return text


def _subject(words: list[str]) -> str:
    """Whose risk a message speaks of, from its first person word ("I ...", "my son ..."):
    with none, the writer's."""
    return next((who for at in range(len(words)) if (who := _person_at(words, at))), "self")
