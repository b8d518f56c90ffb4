"""Crisis detection: does a message speak of a risk of suicide or self-harm, and whose?

Independent of matching, and it never blocks an answer: a message that trips it gets
the FAQ's crisis resources first and then its answer as usual. The whole message is
read, however long. It errs towards showing the resources: a question that merely
mentions suicide (about research, say) shows them too, as safe-messaging guidance
allows. Standard library only.

The phrases are data, by warning sign, in ketacli/crisis_phrases.py. Each phrase is
compiled to a regular expression, and each has anchors: words one of which any text it
matches must contain. A message is searched only with the phrases whose anchors it
holds, and those are compiled on first need, so start-up pays for reading the phrases
and nothing more (tests/test_safety.py checks the anchors against text generated from
every phrase).
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from ketacli import crisis_phrases

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
_MENTION = re.compile("|".join(f"(?:{pattern})" for pattern in _MENTIONS))
# Apostrophes go ("don't" is "dont"); hyphens, commas, brackets and quotes are spaces.
_APOSTROPHES = str.maketrans(
    {"'": None, "\u2019": None, "\u2018": None, "`": None, **dict.fromkeys('-\u2010,:"()[]{}<>\u201c\u201d', " ")}
)
_WORD = r"\w+"
# Up to six words, within one sentence.
_GAP = r"(?: [^ .?!;]+){0,6}"
_ANY_WORD = r"[^ .?!;]+"
_NUMBER = r"\d+(?:st|nd|rd|th)?"
_MANY = r"[1-9]\d+"  # ten or more
_SENTENCE_END = r"(?=\W*(?:$|[.!?;]))"
# Words too common to pick a phrase out: a phrase is anchored on its other words when it can.
_COMMON = frozenset(
    "i im id ill ive me my to a an the it is be am are was were been being of in on at for and or so if that "
    "this just not no dont do can cant will would want feel like have has had get go all any you he she they "
    "his her him them their with more how when after again never out into here what why who way up off now "
    "then there from by as but some one one too very really take took make made".split()
)


class Screening(NamedTuple):
    """What screen() found: a crisis, who is at risk, and what of the message to match."""

    crisis: bool
    asked: str | None  # the text to match against the FAQ, or None when nothing else is asked
    crisis_for: str | None = None  # "self" (the writer, or no one named) or "other"; None without a crisis


# ------------------------------------------------------------------ the phrase language


class Phrase(NamedTuple):
    text: str  # the line as written
    kind: str
    pattern: str  # its regular expression
    anchors: frozenset[str]  # whole words (or, ending in "*", beginnings of words) any match contains


class _Part(NamedTuple):
    pattern: str
    anchors: frozenset[str] | None  # None: a match need not contain any fixed word from it
    optional: bool = False
    gap: bool = False


_TOKEN = re.compile(r"\.\.\.|<n>|<many>|[()|?{}$]|[a-z0-9]+\*?|_|\S")


class PhraseError(ValueError):
    pass


def _cost(anchors: frozenset[str]) -> tuple[int, int]:
    """How many questions an anchor set would wrongly send to the phrase: common or short words cost more."""
    return sum(10 if a in _COMMON or len(a) < 3 else 1 for a in anchors), -min(map(len, anchors))


class _Parser:
    """Phrase lines (crisis_phrases' mini-language) to regular expressions and anchors."""

    def __init__(self, slots: dict[str, str]) -> None:
        self.slots = slots
        self.expanded: dict[str, _Part] = {}

    def phrase(self, text: str) -> tuple[str, frozenset[str]]:
        tokens = _TOKEN.findall(text)
        part, rest = self._sequence(tokens, 0, text)
        if rest != len(tokens):
            raise PhraseError(f"unexpected {tokens[rest]!r} in phrase: {text}")
        if part.anchors is None:
            raise PhraseError(f"phrase has no word that every match must contain: {text}")
        end = "" if part.pattern.endswith(_SENTENCE_END) else r"\b"
        return rf"\b{part.pattern}{end}", part.anchors

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
        mandatory = [p.anchors for p in parts if not p.optional and not p.gap and p.anchors]
        return _Part(pattern, min(mandatory, key=_cost) if mandatory else None, optional=not spaced), at

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
            self.expanded[name] = self._item(_TOKEN.findall(f"({choices})"), 0, choices)[0]
        return self.expanded[name]


def _lines(phrases: str) -> list[str]:
    return [line.strip() for line in phrases.splitlines() if line.strip() and not line.strip().startswith("#")]


@cache
def phrase_lines() -> tuple[tuple[str, str], ...]:
    """Every crisis phrase as written: (kind, line)."""
    return tuple((kind.name, line) for kind in crisis_phrases.KINDS for line in _lines(kind.phrases))


@cache
def _parser() -> _Parser:
    return _Parser(crisis_phrases.SLOTS)


@cache
def phrase(number: int) -> Phrase:
    """One crisis phrase, parsed on first need: its kind, regular expression and anchors."""
    kind, line = phrase_lines()[number]
    return Phrase(line, kind, *_parser().phrase(line))


def source_checksum() -> int:
    """A checksum of the phrases and slots: says whether crisis_index.py was made from them."""
    import zlib

    slots = "\n".join(f"{name}: {choices}" for name, choices in crisis_phrases.SLOTS.items())
    lines = "\n".join(line for _, line in phrase_lines())
    return zlib.crc32(f"{slots}\n{lines}".encode())


def build_index() -> dict[str, tuple[int, ...]]:
    """Which phrases each anchor picks out, from parsing every phrase (tens of milliseconds)."""
    by_anchor: dict[str, list[int]] = {}
    for number in range(len(phrase_lines())):
        for anchor in sorted(phrase(number).anchors):
            by_anchor.setdefault(anchor, []).append(number)
    return {anchor: tuple(numbers) for anchor, numbers in sorted(by_anchor.items())}


@cache
def _index() -> tuple[dict[str, tuple[int, ...]], frozenset[str], tuple[str, ...]]:
    """Which phrases each anchor picks out; the whole-word anchors; the word-beginning anchors.

    Read from crisis_index.py, made by `python scripts/make_crisis_index.py`, so that no
    start has to parse the phrases; when the phrases changed since, built here instead.
    """
    from ketacli import crisis_index

    by_anchor = crisis_index.ANCHORS if source_checksum() == crisis_index.SOURCE else build_index()
    words = frozenset(a for a in by_anchor if not a.endswith("*"))
    beginnings = tuple(a for a in by_anchor if a.endswith("*"))
    return by_anchor, words, beginnings


def anchors_in(text: str) -> list[str]:
    """The anchors a normalised text holds: which groups of phrases to search it with."""
    _, words, beginnings = _index()
    found = list(words.intersection(re.findall(_WORD, text)))
    found += [a for a in beginnings if a[:-1] in text]
    return found


@cache
def _ordered(anchor: str) -> tuple[int, ...]:
    """An anchor's phrases, those about someone else first: where two match at one place, the first wins."""
    by_anchor, _, _ = _index()
    return tuple(sorted(by_anchor[anchor], key=lambda number: (_ABOUT[phrase(number).kind] != "other", number)))


@cache
def _search(anchor: str) -> re.Pattern[str]:
    """The phrases one anchor picks out, as one regular expression (a group each), compiled on first need."""
    # Every phrase starts at a word boundary: tested once for all, not once for each phrase.
    return re.compile(r"\b(?:" + "|".join(f"({phrase(number).pattern[2:]})" for number in _ordered(anchor)) + ")")


@cache
def _not_crisis() -> re.Pattern[str]:
    return re.compile("|".join(_parser().phrase(line)[0] for line in _lines(crisis_phrases.NOT_CRISIS)))


_SELF = frozenset(crisis_phrases.SELF_WORDS.split())
_OTHER = frozenset(crisis_phrases.OTHER_WORDS.split())
_RELATIONS = frozenset(crisis_phrases.RELATIONS.split())
_POSSESSIVES = frozenset(crisis_phrases.POSSESSIVES.split())
_SUBJECTS = frozenset("i im ive id me".split())
_ABOUT = {kind.name: kind.about for kind in crisis_phrases.KINDS}
_REFLEXIVE = {word: "self" for word in crisis_phrases.SLOTS["myself"].split("|") if " " not in word} | {
    word: "other" for word in crisis_phrases.SLOTS["themselves"].split("|") if " " not in word
}


def _person(words: list[str]) -> str | None:
    """Whose words these are, nearest (last) first: "self", "other", or None."""
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if word in _SELF:
            return "self"
        if word in _OTHER or (word in _RELATIONS and at and words[at - 1] in _POSSESSIVES):
            return "other"
    return None


def _whose(text: str, start: int, end: int, kind: str) -> tuple[str, bool]:
    """Whose risk the match text[start:end] speaks of, and whether the words say so.

    The kind may say (crisis_phrases.Kind.about). Else, in order: a "myself" or
    "himself" in the match; "I" or "me" in it; the nearest person word before it in the
    sentence; a person word in it ("my son"). With no word to go by, the writer.
    """
    about = _ABOUT[kind]
    if about:
        return about, True
    inside = re.findall(_WORD, text[start:end])
    reflexive = [_REFLEXIVE[word] for word in inside if word in _REFLEXIVE]
    if reflexive:
        return reflexive[0], True
    if _SUBJECTS.intersection(inside):
        return "self", True
    sentence_start = max(text.rfind(mark, 0, start) for mark in ".?!;\n")
    who = _person(re.findall(_WORD, text[sentence_start + 1 : start])[-6:]) or _person(inside[::-1])
    return (who, True) if who else ("self", False)


def _statements(text: str) -> list[tuple[int, int, str, bool]]:
    """Where a normalised text states a risk: (start, end, whose, said) for each match."""
    found = []
    for anchor in anchors_in(text):
        search = _search(anchor)
        for match in search.finditer(text):
            number = _phrase_of(anchor, match)
            found.append((match.start(), match.end(), *_whose(text, match.start(), match.end(), phrase(number).kind)))
    return found


def _phrase_of(anchor: str, match: re.Match[str]) -> int:
    """Which of an anchor's phrases made the match (each phrase is one group of its regex)."""
    return _ordered(anchor)[(match.lastindex or 1) - 1]


# ------------------------------------------------------------------ screening


_REPEATS = re.compile(r"([a-z])\1{2,}")


def normalise_for_crisis(text: str) -> str:
    plain = text.casefold()
    if not plain.isascii():
        import unicodedata

        plain = "".join(char for char in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(char))
    return _REPEATS.sub(r"\1", " ".join(plain.translate(_APOSTROPHES).split()))


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
    matched as it is. A statement of risk is taken out and what is left is matched;
    when nothing else is asked, or the message asks about amounts or overdoses, there
    is nothing to match (None) and the crisis resources stand alone.
    """
    text = normalise_for_crisis(question)
    found = _statements(text)
    mentioned = _MENTION.search(text) is not None
    if found or mentioned:  # idioms and "I don't want to die" are taken out, and the text read again
        text = _not_crisis().sub(" , ", text)
        found = _statements(text)
        mentioned = _MENTION.search(text) is not None
    if not found:
        return Screening(True, question, "self") if mentioned else Screening(False, question)
    # The writer's own risk first; someone else's when the words say so and nothing says it is the writer's.
    said = {who for _, _, who, certain in found if certain}
    whose = "other" if said == {"other"} else "self"
    if re.search(_MEANS, text):  # these two regexes: compiled on first use, then cached by re
        return Screening(True, None, whose)
    kept, at = [], 0
    for start, end, _, _ in sorted(found):
        kept.append(text[at:start])
        at = max(at, end)
    rest = " ".join(" ".join([*kept, text[at:]]).split())
    return Screening(True, rest if re.search(_QUESTION, rest) else None, whose)
