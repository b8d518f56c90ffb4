"""Crisis detection: does a question express suicidal thoughts or self-harm?

Independent of matching, and it never blocks an answer: a question that trips it gets
the FAQ's crisis resources first and then its answer as usual. It errs towards showing
the resources: a question that merely mentions suicide (about research, say) shows
them too, as safe-messaging guidance allows. Standard library only.
"""

from __future__ import annotations

import re
from functools import cache

# Written as regular expressions over a normalised question: lower case, no accents,
# apostrophes dropped ("don't" -> "dont"), whitespace folded.
#
# Words for suicide and self-harm, misspellings included: a question that uses them,
# even about research, gets the resources; its words stay in the question matched.
_MENTIONS = [
    r"\bsu[ie]?c+[iey]?d",  # suicide, suicidal, sucide, suiside
    r"\b(suiciad|suisid|suside)",
    r"\bsuizid",  # German
    r"\bself[- ]?(harm|injur|hurt|mutilat)",
    r"\bselbstmord",
]
# Statements of one's own distress: the resources, and these words are taken out
# before matching, so that what is left is what the person asks.
_STATEMENTS = [
    r"\b(i am|im|i feel|feel|feeling|felt|been|getting|having|have|had|get)( so| very| really| quite)? "
    r"(suicidal|self[- ]?harming)( thoughts)?( again| lately| tonight| today)?\b",
    r"\b(thinking|thought|thoughts) (about|of) (suicide|killing myself|ending it)\b",
    r"\bsewer ?slide",
    r"\bunaliv\w*( myself)?",
    r"\bkms\b",
    r"\bkys\b",
    # Killing or hurting oneself.
    r"\b(kill|kil|killing|hurt|hurting|harm|harming|cut|cutting|off|offing|end|ending|shoot|hang|drown|poison)(ing)? "
    r"(my ?self|meself|myslef|mysefl|myelf|mysel)\b",
    r"\b(been|started|keep|kept|am) cutting( myself)?( again)?\b",
    r"\b(would|will|could|enough to|going to) kill me\b",
    r"\b(end|ending|take|taking|end ?ing) (my|my own) (life|lyfe)\b",
    r"\b(end|ending) (it|it all|everything|things)( now| tonight| today)?$",
    r"\b(end|ending|finish|finishing) (it all|everything)\b",
    r"\b(want|wanna|wnat|wamt|going|gonna|ready|plan|planning|thinking about|think about|tempted) "
    r"(to )?(die|be dead)\b",
    r"\b(done|finished) with (life|living|it all|everything)\b",
    r"\b(want|wish|need) (it all|everything|this|the pain) to (end|stop)\b",
    r"\b(stop|stopped) existing\b",
    r"\b(not|never) (exist|existed|be born)\b",
    r"\b(want|wish|wishing|hope|hoping|rather) (i was|i were|i could be|to be|to) (dead|die|gone|not here|not alive)\b",
    r"\bwish i (was|were) (never born|dead|gone)\b",
    r"\b(rather|prefer to) (be dead|die|not be here|not exist|not wake up)\b",
    r"\b(dont want to|do not want to|cant|cannot) (keep|go on|carry on) (living|like this)\b",
    r"\b(dont|do not|no longer|not) want to (live|be alive|be here|exist|go on|wake up|keep going|carry on)\b",
    r"\b(cant|cannot|can not) (go on|keep going|do this anymore|take (it|this) anymore|live like this)\b",
    r"\bnot (wake|waking) up\b",
    r"\b(i|to) (dont|do not|never|wont|will not|would not|wouldnt) wake up\b",
    r"\b(never|not) wake up again\b",
    r"\bsleep (forever|and never wake)\b",
    r"\b(better off|happier|fine) (without me|if i (was|were) (gone|dead|not here))\b",
    r"\b(nobody|no one|noone) would (miss|notice|care) (me|if i)\b",
    r"\b(tired|sick) of (living|being alive|life|existing)\b",
    r"\b(no|any|what is the|whats the) (reason|point) (to|in|of) (live|living|life|go on|going on|being alive)\b",
    r"\b(life|living) (is|feels) (not worth|pointless|meaningless)\b",
    r"\bpoint (in|of) (living|life|going on|being alive|carrying on|being here)\b",
    r"\bnot worth living\b",
    r"\b(overdose|od)\b[^.?!]{0,40}\bon purpose\b",
    r"\b(lethal|fatal|deadly) (dose|amount|overdose)\b",
    r"\b(saved|saving|stockpiled|stockpiling|hoarded|hoarding|collecting) (up )?"
    r"(my |all my |the )?(pills|tablets|meds)\b",
    r"\b(take|swallow|taking|swallowing) "
    r"(them all|all of them|all (my|the|of my) (pills|tablets|meds)|the whole bottle)\b",
    r"\bgoodbye (note|letter)\b",
    r"\b(disappear|vanish) forever\b",
    # Other languages' most common phrasings.
    r"\b(quiero|quisiera) (morir|morirme|matarme|suicidarme)\b",
    r"\b(matarme|suicidarme|quitarme la vida)\b",
    r"\bno quiero (vivir|seguir viviendo|despertar)\b",
    r"\bganas de (morir|morirme|matarme)\b",
    r"\bje (veux|voudrais) (mourir|me tuer|en finir)\b",
    r"\benvie de (mourir|me tuer|en finir)\b",
    r"\bje ne veux plus vivre\b",
    r"\bme (suicider|tuer)\b",
    r"\bich (will|mochte|moechte) (sterben|nicht mehr leben)\b",
    r"\bmich (umbringen|toten|tote)\b",
    r"\b(quero|queria) (morrer|me matar|tirar minha vida)\b",
    r"\bnao quero (mais )?viver\b",
    r"\b(pensando em|vou) me matar\b",
    r"\bvoglio (morire|uccidermi)\b",
    r"\b(uccidermi|suicidarmi)\b",
]


# Every statement above contains one of these strings (tests/test_safety.py checks this
# against text generated from each pattern). A question with none of them is not
# searched for statements: that regex takes milliseconds to compile, a cost that every
# start would pay though few questions need it.
_STATEMENT_WORDS = (
    "suicid", "harming", "kill", "ending it", "end it", "sewer", "unaliv", "kms", "kys",
    "mysel", "my sel", "meself", "myslef", "mysefl", "myelf", "cutting", "life", "lyfe",
    "everything", "things", "it all", "die", "dead", "done with", "finished with", "to end",
    "to stop", "exist", "be born", "gone", "not here", "not alive", "wish i", "rather",
    "prefer to", "living", "like this", "want to", "go on", "keep going", "anymore", "live like",
    "not wak", "wake up", "sleep and never", "without me", "if i was", "if i were", "would miss",
    "would notice", "would care", "tired of", "sick of", "reason", "point", "on purpose", "lethal",
    "fatal", "pills", "tablets", "meds", "them all", "all of them", "whole bottle", "goodbye", "forever",
    "morir", "matarme", "quitarme", "no quiero", "mourir", "me tuer", "en finir", "plus vivre",
    "sterben", "mehr leben", "umbringen", "mich tot", "morrer", "me matar", "minha vida",
    "nao quero", "uccidermi",
)  # fmt: skip


def _alternatives(patterns: list[str]) -> str:
    # Groups made non-capturing: nothing reads them, and the regex compiles faster.
    return "|".join(f"(?:{re.sub(r'[(](?![?])', '(?:', pattern)})" for pattern in patterns)


_MENTION = re.compile(_alternatives(_MENTIONS))
_APOSTROPHES = str.maketrans("", "", "'\u2019\u2018`")


@cache
def _statement() -> re.Pattern[str]:
    """The statements, compiled on first need."""
    return re.compile(_alternatives(_STATEMENTS))


def _states(text: str) -> bool:
    """Whether a normalised text states distress (one of _STATEMENTS)."""
    return any(map(text.__contains__, _STATEMENT_WORDS)) and _statement().search(text) is not None


def normalise_for_crisis(text: str) -> str:
    plain = text.casefold()
    if not plain.isascii():
        import unicodedata

        plain = "".join(char for char in unicodedata.normalize("NFKD", plain) if not unicodedata.combining(char))
    return " ".join(plain.translate(_APOSTROPHES).split())


def is_crisis(question: str) -> bool:
    """True when the question expresses (or speaks of) suicide or self-harm."""
    return screen(question)[0]


# In a crisis, a question about amounts or overdoses is never matched to an answer:
# safe-messaging guidance says never to describe means.
_MEANS = r"\b(how (much|many)|dose|doses|dosage|amount|mg|milligrams?|overdose|od|lethal|fatal|deadly)\b"
# What makes the rest of a message a question: an interrogative word, a question mark,
# or an opening auxiliary ("is it", "can i", "will ketamine").
_QUESTION = (
    r"\?|\b(what|how|why|which|who|where)\b"
    r"|^\W*(is|are|can|could|does|do|did|will|would|should|when|has|have)\b"
    r"|\b(is|are|can|could|does|do|will|would|should)\s+(it|i|ketamine|esketamine|spravato|this|that|there|you)\b"
)


def screen(question: str) -> tuple[bool, str | None]:
    """Whether the question is a crisis, and what of it to match against the FAQ.

    An ordinary question, or one that only mentions suicide (about research, say), is
    matched as it is. A statement of distress is taken out and what is left is matched;
    when nothing else is asked, or the message asks about amounts or overdoses, there
    is nothing to match (None) and the crisis resources stand alone.
    """
    text = normalise_for_crisis(question)
    if not _states(text):
        return _MENTION.search(text) is not None, question
    if re.search(_MEANS, text):  # these two regexes: compiled on first use, then cached by re
        return True, None
    rest = " ".join(_statement().sub(" ", text).split())
    return True, rest if re.search(_QUESTION, rest) else None
