"""Output: Rich panels on a colour terminal, plain text elsewhere, JSON for scripts.

`Output` holds every output decision (JSON or text, Rich or plain, width), made once
from the flags and the environment; tests build one directly. Text that came from a
FAQ file or from the user is data: control characters are removed before printing
and Rich never parses it as markup (it is passed as `Text`, not as a markup string).
Rich is imported only when a Rich view is printed.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import textwrap
from collections.abc import Iterable, Mapping
from functools import cache
from typing import IO, TYPE_CHECKING, Any, NamedTuple, Protocol

from ketacli.faq import CrisisResource, Entry, Faq, Topic

if TYPE_CHECKING:
    import json

    from rich.console import Console, RenderableType

    from ketacli.ask import Answer, NotCovered
    from ketacli.evaluate import Report
    from ketacli.match import Candidate, Explanation

CAVEAT_MARKERS = {
    "truncated": "cut off",
    "mismatch": "off-question",
    "duplicate": "duplicate",
    "boilerplate": "no answer",
    "promotional": "marketing",
    "unsupported-claim": "unsupported",
    "dated": "dated",
}
CAVEAT_STYLES = {"dated": "cyan", "truncated": "yellow", "mismatch": "yellow", "promotional": "magenta"}
# Output is at most MAX_TEXT_WIDTH columns wide however wide the terminal (a reading width;
# README says so), panels included, so that a panel's border sits where its text ends.
MIN_WIDTH, MAX_TEXT_WIDTH = 20, 100
NARROW = 60  # below this many columns, tables give way to plain listings
# Words shared by the plain and the Rich views.
STRONG, GOOD = 0.85, 0.65  # confidence labels, calibrated (README: What the score means)
# How to browse what the FAQ covers: the command, or in chat (numbered lists) its own command.
BROWSE = {False: "`ketacli list-topics --questions`", True: ":topics"}
RELATED = {False: "Related", True: "Related (pick a number)"}
CLOSEST = {False: "Closest questions (ketacli show ID)", True: "Closest questions (pick a number)"}
NEAR_TIE = "Two entries match almost equally; both are shown. Did you mean:"
NO_ANSWER = "No confident answer in the FAQ for"
NEVER_OFFERED = "This entry is kept for completeness; ketacli never offers it as an answer."
# In a crisis (safe-messaging guidance, ../shared/facts.md): the resources first, then a
# calm line, then the answer if a question was asked. No "no confident answer", no
# "try other words", no colour that says something went wrong.
HELPER_MESSAGE = (
    "If someone you care about may be thinking about suicide or harming themselves, you do not have to "
    "help them alone, and help is available right now, for them and for you. If they are in immediate "
    "danger, call the local emergency number."
)
CALM = {
    # (whose risk, what follows): the line between the resources and the rest
    ("self", "answer"): "When you are ready, here is what the FAQ says about your question.",
    ("other", "answer"): "Here is what the FAQ says about your question.",
    ("self", "no answer"): "The FAQ has no clear answer to your question; a clinician who knows you can help with it.",
    (
        "other",
        "no answer",
    ): "The FAQ has no clear answer to your question; a clinician who knows them can help with it.",
    ("self", "nothing"): "You do not have to go through this alone. Talking to someone at one of these lines can help.",
    ("other", "nothing"): "You do not have to go through this alone either: you can call one of these lines yourself.",
}
ANSWERED_ELSEWHERE = {
    False: "Questions the FAQ does answer (ketacli show ID)",
    True: "Questions the FAQ does answer (pick a number)",
}


def not_covered_lines(gap: NotCovered) -> tuple[str, str]:
    """What the FAQ does not cover, and who can answer: no medical claim of our own."""
    return f"This FAQ does not cover {gap.name}.", f"Ask {gap.who_can_answer}."


# What clean() does to each character: C0 and C1 control characters (but newline) go, and
# so do the bidirectional controls that can reorder how a line reads; a tab becomes a space;
# a carriage return, or a line or paragraph separator (which end lines in some terminals
# and editors), a newline. A table, not a regex: it costs nothing to build at start-up.
_CLEAN: dict[int, str | None] = {
    **dict.fromkeys([*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]),
    **dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)]),
    ord("\t"): " ",
    ord("\r"): "\n",
    0x2028: "\n",
    0x2029: "\n",
}
# Lone surrogates (from JSON escapes or undecodable arguments) cannot be written as UTF-8.
# This and the next are only needed for text beyond ASCII: compiled on first use (re caches them).
_SURROGATE = r"[\ud800-\udfff]"
# Characters that are valid in JSON strings but that a terminal may act on: written as \u escapes.
_JSON_UNSAFE = r"[\x7f-\x9f\u2028\u2029]"


def clean(text: str) -> str:
    """Data made safe to print: no escape sequences, other control characters or surrogates."""
    text = text.replace("\r\n", "\n").translate(_CLEAN)
    return text if text.isascii() else re.sub(_SURROGATE, "\ufffd", text)


def clean_line(text: str) -> str:
    """Like clean, for text that must stay on one line (a question, an id)."""
    return " ".join(clean(text).split())


class Output(NamedTuple):
    """How to print: decided once from flags and environment."""

    json: bool = False
    rich: bool = False  # Rich panels and colour; otherwise plain text with no escape codes
    width: int = 80
    markdown: bool = False  # Markdown, for pasting into notes

    @classmethod
    def detect(
        cls,
        *,
        json: bool = False,
        markdown: bool = False,
        no_color: bool = False,
        stream: IO[str] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Output:
        stream = stream or sys.stdout
        environ = os.environ if environ is None else environ
        is_tty = _isatty(stream)
        # no-color.org: NO_COLOR counts when it is set and not empty.
        colour_allowed = not no_color and not environ.get("NO_COLOR") and environ.get("TERM") != "dumb"
        columns = environ.get("COLUMNS", "")
        if columns.isdigit():
            width = int(columns)
        elif is_tty:
            width = shutil.get_terminal_size().columns
        else:
            width = 80
        rich = is_tty and colour_allowed and not json and not markdown
        return cls(json=json, rich=rich, width=max(MIN_WIDTH, width), markdown=markdown and not json)


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


# ---------------------------------------------------------------------------- JSON


@cache
def _json_encoder(ensure_ascii: bool) -> json.JSONEncoder:
    import json  # here: text output does not need it

    return json.JSONEncoder(ensure_ascii=ensure_ascii)


def dumps(value: Any, *, ascii_only: bool = False) -> str:
    """One line of JSON; non-ASCII kept readable (or escaped, `ascii_only`), terminal-active characters escaped."""
    text = _json_encoder(ascii_only).encode(value)
    if text.isascii() and "\x7f" not in text:  # most output: nothing to replace or escape
        return text
    text = re.sub(_SURROGATE, "\ufffd", text)  # not text; not encodable
    return re.sub(_JSON_UNSAFE, lambda found: f"\\u{ord(found.group()):04x}", text)


def print_json(value: Any, stream: IO[str] | None = None) -> None:
    """One line of JSON on the stream, escaped as \\u where its encoding (ASCII, Latin-1) cannot carry a character."""
    stream = stream or sys.stdout
    text = dumps(value)
    if not text.isascii() and not can_carry(stream, text):
        text = dumps(value, ascii_only=True)
    print(text, file=stream)


def can_carry(stream: IO[str], text: str) -> bool:
    """Whether the stream's encoding can write the text as it is."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    if encoding.lower().replace("-", "").replace("_", "") in ("utf8", "utf16", "utf32"):
        return True
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    except LookupError:  # an encoding Python does not know: stay on the safe side
        return text.isascii()
    return True


def answer_json(answer: Answer, faq: Faq, *, explain: bool = False) -> dict[str, Any]:
    """The JSON contract of `ask --json` (README: "JSON output")."""
    why = dict(zip((c.entry.id for c in (answer.match, *answer.alternatives) if c), answer.explanations, strict=False))
    alternatives = []
    for candidate in answer.alternatives:
        alternative: dict[str, Any] = {
            "id": candidate.entry.id,
            "question": candidate.entry.question,
            "score": candidate.score,
        }
        if explain and candidate.entry.id in why:
            alternative["explanation"] = _explanation_json(candidate, why[candidate.entry.id])
        alternatives.append(alternative)
    match = None
    if answer.match:
        match = {**entry_json(answer.match.entry), "score": answer.match.score}
        if explain and answer.match.entry.id in why:
            match["explanation"] = _explanation_json(answer.match, why[answer.match.entry.id])
    result: dict[str, Any] = {
        "query": answer.query,
        "answered": answer.answered,
        "match": match,
        "alternatives": alternatives,
        "crisis": answer.crisis,
        "not_covered": answer.not_covered._asdict() if answer.not_covered else None,
    }
    if explain:
        result["reading"] = {"aspects": list(answer.reading.aspects), "subjects": list(answer.reading.subjects)}
    if answer.crisis:
        result["crisis_for"] = _whose(answer)
        result["crisis_message"] = crisis_message(answer, faq)
        result["crisis_resources"] = [resource_json(r) for r in faq.crisis_resources]
    result["disclaimer"] = faq.disclaimer
    return result


def entry_json(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "question": entry.question,
        "answer": entry.answer,
        "topic": entry.topic,
        "caveats": [{"kind": c.kind, "text": c.text} for c in entry.caveats],
        "attribution": entry.attribution,
    }


def _whose(answer: Answer) -> str:
    return "other" if answer.crisis_for == "other" else "self"


def crisis_message(answer: Answer, faq: Faq) -> str:
    """The FAQ's crisis message, or, when the message is about someone else, words for the person helping."""
    return HELPER_MESSAGE if _whose(answer) == "other" else faq.crisis_message


def calm_line(answer: Answer) -> str:
    """What follows the crisis resources: the answer, no clear answer, or nothing asked."""
    follows = "answer" if answer.match else "no answer" if answer.alternatives else "nothing"
    return CALM[_whose(answer), follows]


def resource_json(resource: CrisisResource) -> dict[str, str]:
    return {"region": resource.region, "name": resource.name, "contact": resource.contact}


def _explanation_json(candidate: Candidate, why: Explanation) -> dict[str, Any]:
    return {
        "signals": why.signals,
        "matched": list(why.matched),
        "missing": list(why.missing),
        "corrections": list(why.corrections),
        "closest_text": why.closest_text,
        "declared": {"aspects": list(candidate.entry.aspects), "subjects": list(candidate.entry.subjects)},
    }


def topics_json(faq: Faq, topic: Topic | None = None) -> dict[str, Any]:
    topics = _topics(faq, topic)
    return {
        "topics": [
            {
                "id": t.id,
                "name": t.name,
                "description": t.description,
                "entries": [{"id": e.id, "question": e.question} for e in faq.entries_in(t.id)],
            }
            for t in topics
        ]
    }


def show_json(entry: Entry, faq: Faq) -> dict[str, Any]:
    return {
        **entry_json(entry),
        "source_text": entry.source_text,
        "question_inferred": entry.question_inferred,
        "repairs": list(entry.repairs),
        "aliases": list(entry.aliases),
        "offered_as_answer": entry.offerable,
        "disclaimer": faq.disclaimer,
    }


# ---------------------------------------------------------------------------- plain text


def confidence_label(score: float) -> str:
    if score >= STRONG:
        return "strong match"
    if score >= GOOD:
        return "good match"
    return "possible match"


BAR_CELLS = 10  # the confidence bar, in every view that draws one


def _filled(score: float) -> int:
    return round(score * BAR_CELLS)


def _bar(score: float) -> str:
    return "#" * _filled(score) + "-" * (BAR_CELLS - _filled(score))


def _topics(faq: Faq, only: Topic | None) -> list[Topic]:
    """The topic asked for, or all of them."""
    return [only] if only else list(faq.topics)


def _paragraphs(text: str, width: int) -> list[str]:
    """Answer text wrapped to the width; list items keep a hanging indent."""
    lines: list[str] = []
    for line in clean(text).split("\n"):
        if not line.strip():
            lines.append("")
            continue
        bullet = re.match(r"^(\s*(?:[-*\u2022]|\d+[.)])\s+)", line)
        indent = " " * len(bullet.group(1)) if bullet else ""
        lines.extend(textwrap.wrap(line, width, subsequent_indent=indent, break_on_hyphens=False) or [""])
    return lines


class PlainView:
    """Plain text: no colour, no box drawing; lines a script or grep can use."""

    def __init__(self, out: Output) -> None:
        self.width = min(out.width, MAX_TEXT_WIDTH)

    def wrap(self, text: str, indent: str = "") -> list[str]:
        return textwrap.wrap(
            clean_line(text), self.width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
        ) or [indent]

    def crisis(self, answer: Answer, faq: Faq) -> list[str]:
        lines = self.wrap(f"!! {crisis_message(answer, faq)}")
        for resource in faq.crisis_resources:
            lines += self.wrap(f"{resource.region}: {resource.name}: {resource.contact}", "   ")
        return [*lines, "", *self.wrap(calm_line(answer)), ""]

    def entry(self, entry: Entry, faq: Faq, score: float | None = None) -> list[str]:
        lines = self.wrap(f"Q: {entry.question}  [{entry.id}]")
        topic = faq.topic(entry.topic)
        facts = [f"Topic: {topic.name if topic else entry.topic}"]
        if score is not None:
            facts.append(f"Match: {_bar(score)} {score:.0%} ({confidence_label(score)})")
        lines += self.wrap(" | ".join(facts))
        lines += ["", *_paragraphs(entry.answer, self.width), ""]
        if entry.attribution:
            lines += self.wrap(f"Source credited: {entry.attribution}")
        if entry.caveats:
            lines.append("Caveats:")
            for caveat in entry.caveats:
                lines += self.wrap(f"[{CAVEAT_MARKERS[caveat.kind]}] {caveat.text}", "  ")
        return lines

    def candidates(
        self, heading: str, candidates: Iterable[Candidate], *, numbered: bool = False, start: int = 1
    ) -> list[str]:
        rows = []
        for number, candidate in enumerate(candidates, start=start):
            marker = f"  {number}. " if numbered else "  "
            entry = candidate.entry
            row = f"{marker}{clean_line(entry.id)}  {clean_line(entry.question)}  ({candidate.score:.0%})"
            # Continuation lines stay indented under the row, not back at the margin.
            rows += textwrap.wrap(row, self.width, subsequent_indent=" " * (len(marker) + 2), break_on_hyphens=False)
        return [heading, *rows] if rows else []

    def explanation(self, answer: Answer) -> list[str]:
        reading = answer.reading
        lines = ["Why:"]
        lines += self.wrap(
            f"read as: asks {', '.join(reading.aspects) or 'nothing the cues know'}; "
            f"about {', '.join(reading.subjects) or 'nothing named'}",
            "  ",
        )
        if answer.not_covered:
            lines += self.wrap(f"declined: no entry declares that it answers '{answer.not_covered.aspect}'", "  ")
        elif answer.vague:
            lines += self.wrap("declined: nothing asked and nothing named, only words such as 'help'", "  ")
        elif not answer.match:
            lines += self.wrap("declined: no entry that fits reaches the threshold", "  ")
        candidates = (c for c in (answer.match, *answer.alternatives) if c)
        for candidate, why in zip(candidates, answer.explanations, strict=False):
            signals = ", ".join(f"{name} {value:.2f}" for name, value in why.signals.items())
            lines += self.wrap(f"{candidate.entry.id}: score {candidate.score:.2f} = {signals}", "  ")
            lines += self.wrap(f"matched: {', '.join(why.matched) or '-'}", "    ")
            if why.missing:
                lines += self.wrap(f"not in this entry: {', '.join(why.missing)}", "    ")
            if why.corrections:
                lines += self.wrap(f"typos read as: {', '.join(why.corrections)}", "    ")
            lines += self.wrap(f"closest wording: {why.closest_text}", "    ")
            declared = ", ".join(candidate.entry.aspects) or "nothing (matched on words alone)"
            lines += self.wrap(f"its answer answers: {declared}", "    ")
        return lines

    def answer(self, answer: Answer, faq: Faq, *, explain: bool = False, numbered: bool = False) -> str:
        lines = self.crisis(answer, faq) if answer.crisis else []
        second = answer.close_second
        if answer.match and second:
            lines += self.wrap(NEAR_TIE)
            lines += ["", *self.entry(answer.match.entry, faq, answer.match.score), "", "or:", ""]
            lines += self.entry(second.entry, faq, second.score)
            lines += self.candidates(f"{RELATED[numbered]}:", answer.alternatives[1:], numbered=numbered, start=2)
        elif answer.match:
            lines += self.entry(answer.match.entry, faq, answer.match.score)
            lines += self.candidates(f"{RELATED[numbered]}:", answer.alternatives, numbered=numbered)
        elif answer.not_covered:
            for line in not_covered_lines(answer.not_covered):
                lines += self.wrap(line)
            lines += self.wrap(f"Browse what it does cover with {BROWSE[numbered]}.")
        elif answer.crisis:
            lines += self.candidates(f"{ANSWERED_ELSEWHERE[numbered]}:", answer.alternatives, numbered=numbered)
            if not answer.alternatives:
                lines.pop()  # the blank line that would have stood before them
        else:
            lines += self.wrap(f"{NO_ANSWER}: {answer.query}")
            lines += self.candidates(f"{CLOSEST[numbered]}:", answer.alternatives, numbered=numbered)
            lines += self.wrap(f"Try other words, or browse with {BROWSE[numbered]}.")
        if explain:
            lines += self.explanation(answer)
        lines += ["", *self.wrap(faq.disclaimer)]
        return "\n".join(lines)

    def show(self, entry: Entry, faq: Faq) -> str:
        lines = self.entry(entry, faq)
        while lines and not lines[-1]:
            lines.pop()
        if not entry.offerable:
            lines += self.wrap(f"({NEVER_OFFERED})")
        return "\n".join([*lines, "", *self.wrap(faq.disclaimer)])

    def topics(self, faq: Faq, *, questions: bool, only: Topic | None = None) -> str:
        topics = _topics(faq, only)
        if not questions and not only:
            id_width = max(len(t.id) for t in topics)
            name_width = max(len(clean_line(t.name)) for t in topics)
            lines = [f"{'TOPIC':<{id_width}}  {'NAME':<{name_width}}  ENTRIES  DESCRIPTION"]
            for t in topics:
                count = len(faq.entries_in(t.id))
                lines.append(
                    f"{t.id:<{id_width}}  {clean_line(t.name):<{name_width}}  {count:>7}  {clean_line(t.description)}"
                )
            return "\n".join(lines)
        lines = []
        for t in topics:
            lines += self.wrap(f"{t.name} [{t.id}]: {t.description}")
            lines += [f"  {clean_line(e.id)}  {clean_line(e.question)}" for e in faq.entries_in(t.id)]
            lines.append("")
        return "\n".join(lines).rstrip("\n")

    # The View methods: the text above, printed.
    def print_answer(
        self, answer: Answer, faq: Faq, *, explain: bool = False, numbered: bool = False, stream: IO[str] | None = None
    ) -> None:
        print(self.answer(answer, faq, explain=explain, numbered=numbered), file=stream or sys.stdout)

    def print_show(self, entry: Entry, faq: Faq, stream: IO[str] | None = None) -> None:
        print(self.show(entry, faq), file=stream or sys.stdout)

    def print_topics(
        self, faq: Faq, *, questions: bool, only: Topic | None = None, stream: IO[str] | None = None
    ) -> None:
        print(self.topics(faq, questions=questions, only=only), file=stream or sys.stdout)


class JsonView:
    """One JSON object per answer (the contract in README, "JSON output")."""

    def print_answer(
        self, answer: Answer, faq: Faq, *, explain: bool = False, numbered: bool = False, stream: IO[str] | None = None
    ) -> None:
        print_json(answer_json(answer, faq, explain=explain), stream or sys.stdout)

    def print_show(self, entry: Entry, faq: Faq, stream: IO[str] | None = None) -> None:
        print_json(show_json(entry, faq), stream or sys.stdout)

    def print_topics(
        self, faq: Faq, *, questions: bool, only: Topic | None = None, stream: IO[str] | None = None
    ) -> None:
        print_json(topics_json(faq, only), stream or sys.stdout)


def markdown(text: str) -> str:
    """Text from a file or the user, made literal in Markdown: one line, its markup characters escaped."""
    return re.sub(r"([\\`*_\[\]{}<>#|!~])", r"\\\1", clean_line(text))


class MarkdownView:
    """Markdown, for pasting an answer into notes: the same content as plain text, as headings,
    paragraphs and lists. Data is escaped, so the FAQ's text cannot become links or markup."""

    def print_answer(
        self, answer: Answer, faq: Faq, *, explain: bool = False, numbered: bool = False, stream: IO[str] | None = None
    ) -> None:
        lines: list[str] = []
        if answer.crisis:
            lines += [f"> **{markdown(crisis_message(answer, faq))}**", ">"]
            lines += [
                f"> - {markdown(r.region)}: {markdown(r.name)}: {markdown(r.contact)}" for r in faq.crisis_resources
            ]
            lines += ["", markdown(calm_line(answer)), ""]
        shown = [answer.match, answer.close_second] if answer.match else []
        for candidate in (c for c in shown if c):
            lines += self.entry(candidate.entry, faq, candidate.score)
        related = answer.alternatives[1:] if answer.close_second else answer.alternatives
        if answer.not_covered:
            lines += [markdown(line) for line in not_covered_lines(answer.not_covered)]
            lines.append("")
        elif not answer.match and not answer.crisis:
            lines += [f"No confident answer in the FAQ for: *{markdown(answer.query)}*", ""]
        if related:
            heading = "Related" if answer.match else "Closest questions"
            lines += [f"**{heading}:**", ""]
            lines += [f"- `{markdown(c.entry.id)}` {markdown(c.entry.question)} ({c.score:.0%})" for c in related]
            lines.append("")
        if explain:
            lines += ["```", *PlainView(Output(width=MAX_TEXT_WIDTH)).explanation(answer), "```", ""]
        lines.append(f"*{markdown(faq.disclaimer)}*")
        print("\n".join(lines), file=stream or sys.stdout)

    def entry(self, entry: Entry, faq: Faq, score: float | None = None) -> list[str]:
        topic = faq.topic(entry.topic)
        facts = [f"Topic: {markdown(topic.name if topic else entry.topic)}"]
        if score is not None:
            facts.append(f"Match: {score:.0%} ({confidence_label(score)})")
        lines = [f"### {markdown(entry.question)} (`{markdown(entry.id)}`)", "", " | ".join(facts), ""]
        for paragraph in clean(entry.answer).split("\n"):
            if paragraph.strip():
                item = re.match(r"^\s*(?:[-*\u2022]|\d+[.)])\s+", paragraph)
                lines.append(f"- {markdown(paragraph[item.end() :])}" if item else markdown(paragraph))
        lines.append("")
        if entry.attribution:
            lines += [f"Source credited: {markdown(entry.attribution)}", ""]
        if entry.caveats:
            lines += ["**Caveats:**", ""]
            lines += [f"- *{CAVEAT_MARKERS[c.kind]}*: {markdown(c.text)}" for c in entry.caveats]
            lines.append("")
        return lines

    def print_show(self, entry: Entry, faq: Faq, stream: IO[str] | None = None) -> None:
        lines = self.entry(entry, faq)
        if not entry.offerable:
            lines += [f"*{markdown(NEVER_OFFERED)}*", ""]
        print("\n".join([*lines, f"*{markdown(faq.disclaimer)}*"]), file=stream or sys.stdout)

    def print_topics(
        self, faq: Faq, *, questions: bool, only: Topic | None = None, stream: IO[str] | None = None
    ) -> None:
        lines = []
        for t in _topics(faq, only):
            lines += [f"## {markdown(t.name)} (`{markdown(t.id)}`)", "", markdown(t.description), ""]
            if questions or only:
                lines += [f"- `{markdown(e.id)}` {markdown(e.question)}" for e in faq.entries_in(t.id)]
                lines.append("")
        print("\n".join(lines).rstrip("\n"), file=stream or sys.stdout)


# ---------------------------------------------------------------------------- Rich


class RichView:
    """Panels, colour and a confidence bar for a terminal. Imports Rich on first use."""

    def __init__(self, out: Output, console: Console | None = None) -> None:
        self.width = min(out.width, MAX_TEXT_WIDTH)  # answers and their panels: a reading width
        self.table_width = out.width  # tables of topics: as wide as the terminal
        self._console = console  # a given console (one that records, say) instead of stdout's

    def console(self, stream: IO[str] | None = None, width: int | None = None) -> Console:
        from rich.console import Console

        if self._console is not None:
            return self._console
        width = width or self.width
        return Console(file=stream or sys.stdout, width=width, highlight=False, emoji=False, markup=False)

    def crisis(self, answer: Answer, faq: Faq) -> RenderableType:
        from rich.console import Group
        from rich.panel import Panel
        from rich.text import Text

        body = Text().append(clean_line(crisis_message(answer, faq)) + "\n", style="bold")
        for resource in faq.crisis_resources:
            body.append(f"\n{clean_line(resource.region)}: ", style="bold")
            body.append(f"{clean_line(resource.name)}: {clean_line(resource.contact)}")
        # A calm colour: red or yellow would say that something went wrong.
        panel = Panel(body, title=Text("Help is available now", style="bold"), border_style="cyan")
        return Group(panel, Text(calm_line(answer)))

    def elsewhere(self, candidates: Iterable[Candidate], *, numbered: bool = False) -> RenderableType:
        """In a crisis with no clear answer: the closest questions, plainly, with no verdict on the asking."""
        from rich.text import Text

        body = Text().append(ANSWERED_ELSEWHERE[numbered] + ":")
        for number, candidate in enumerate(candidates, start=1):
            body.append(f"\n  {number}." if numbered else "\n")
            body.append(f"  {clean_line(candidate.entry.id)}", style="cyan")
            body.append(f"  {clean_line(candidate.entry.question)}")
        return body

    def entry(
        self,
        entry: Entry,
        faq: Faq,
        score: float | None,
        related: Iterable[Candidate] = (),
        *,
        numbered: bool = False,
        start: int = 1,
    ) -> RenderableType:
        from rich.console import Group
        from rich.panel import Panel
        from rich.table import Table
        from rich.text import Text

        parts: list[RenderableType] = [Text("\n".join(_paragraphs(entry.answer, self.width - 4)))]
        if entry.caveats:
            # A grid keeps each caveat's wrapped lines beside its marker, not under it.
            caveats = Table.grid(padding=(0, 1))
            caveats.add_column(no_wrap=True)
            caveats.add_column()
            for caveat in entry.caveats:
                style = f"reverse {CAVEAT_STYLES.get(caveat.kind, 'yellow')}"
                caveats.add_row(Text(f" {CAVEAT_MARKERS[caveat.kind]} ", style=style), Text(clean_line(caveat.text)))
            parts += [Text("\n").append("Caveats", style="bold"), caveats]
        facts = Text("\n")
        topic = faq.topic(entry.topic)
        facts.append("Topic: ", style="dim").append(clean_line(topic.name if topic else entry.topic))
        if entry.attribution:
            facts.append("   Source credited: ", style="dim").append(clean_line(entry.attribution))
        if score is not None:
            facts.append("\nMatch: ", style="dim")
            facts.append("\u2588" * _filled(score), style="green" if score >= GOOD else "yellow")
            facts.append("\u2591" * (BAR_CELLS - _filled(score)), style="dim")
            facts.append(f" {score:.0%} {confidence_label(score)}")
        parts.append(facts)
        related = list(related)
        if related:
            parts += [
                Text("\n").append(RELATED[numbered], style="bold"),
                _candidate_grid(related, numbered, start, width=self.width),
            ]
        question = Text(clean_line(entry.question), style="bold")
        subtitle = Text(clean_line(entry.id), style="dim")
        if len(question) > self.width - 6:  # a title would be cut off: the question opens the panel instead
            return Panel(Group(question, *parts), subtitle=subtitle)
        return Panel(Group(*parts), title=question, title_align="left", subtitle=subtitle)

    def candidates(self, query: str, candidates: Iterable[Candidate], *, numbered: bool = False) -> RenderableType:
        from rich.console import Group
        from rich.panel import Panel
        from rich.text import Text

        parts: list[RenderableType] = [Text(f"{NO_ANSWER} this question.", style="bold")]
        candidates = list(candidates)
        if candidates:
            parts += [
                Text(f"\n{CLOSEST[numbered]}:"),
                _candidate_grid(candidates, numbered, width=self.width, scores=True),
            ]
        browse = Text("\nTry other words, or browse with ", style="dim").append(BROWSE[numbered])
        title = Text(clean_line(query), style="bold")
        return Panel(Group(*parts, browse), title=title, title_align="left", border_style="yellow")

    def print_answer(
        self,
        answer: Answer,
        faq: Faq,
        *,
        explain: bool = False,
        numbered: bool = False,
        stream: IO[str] | None = None,
    ) -> None:
        from rich.text import Text

        console = self.console(stream)
        if answer.crisis:
            console.print(self.crisis(answer, faq))
        second = answer.close_second
        if answer.match and second:
            console.print(Text(NEAR_TIE, style="bold"))
            console.print(self.entry(answer.match.entry, faq, answer.match.score))
            console.print(Text("or:", style="bold"))
            related = answer.alternatives[1:]
            console.print(self.entry(second.entry, faq, second.score, related, numbered=numbered, start=2))
        elif answer.match:
            console.print(
                self.entry(answer.match.entry, faq, answer.match.score, answer.alternatives, numbered=numbered)
            )
        elif answer.not_covered:
            gap, ask = not_covered_lines(answer.not_covered)
            console.print(Text(gap, style="bold"))
            console.print(Text(ask))
            console.print(Text(f"Browse what it does cover with {BROWSE[numbered]}.", style="dim"))
        elif answer.crisis:
            if answer.alternatives:
                console.print(self.elsewhere(answer.alternatives, numbered=numbered))
        else:
            console.print(self.candidates(answer.query, answer.alternatives, numbered=numbered))
        if explain:
            plain = PlainView(Output(width=self.width))
            console.print(Text("\n".join(plain.explanation(answer))))
        console.print(Text(clean_line(faq.disclaimer), style="dim italic"))

    def print_show(self, entry: Entry, faq: Faq, stream: IO[str] | None = None) -> None:
        from rich.text import Text

        console = self.console(stream)
        console.print(self.entry(entry, faq, None))
        if not entry.offerable:
            console.print(Text(NEVER_OFFERED, style="yellow"))
        console.print(Text(clean_line(faq.disclaimer), style="dim italic"))

    def print_topics(
        self, faq: Faq, *, questions: bool, only: Topic | None = None, stream: IO[str] | None = None
    ) -> None:
        from rich import box
        from rich.table import Table
        from rich.text import Text

        console = self.console(stream, self.table_width)
        topics = _topics(faq, only)
        if self.table_width < NARROW:  # too narrow for a table's columns: a list reads better
            for t in topics:
                line = Text().append(clean_line(t.id), style="cyan").append(" ")
                line.append(clean_line(t.name), style="bold").append(f" ({len(faq.entries_in(t.id))})")
                console.print(line)
                for e in faq.entries_in(t.id) if questions or only else ():
                    console.print(
                        Text("  ").append(clean_line(e.id), style="cyan").append(f" {clean_line(e.question)}")
                    )
            return
        if not questions and not only:
            table = Table(title=Text(clean_line(faq.title)), title_justify="left", box=box.SIMPLE_HEAD)
            table.add_column("Topic", style="cyan", no_wrap=True)
            table.add_column("Name", style="bold")
            table.add_column("Entries", justify="right")
            table.add_column("Description")
            for t in topics:
                table.add_row(
                    clean_line(t.id), clean_line(t.name), str(len(faq.entries_in(t.id))), clean_line(t.description)
                )
            console.print(table)
            console.print(Text("See one topic's questions: ketacli list-topics TOPIC", style="dim"))
            return
        for t in topics:
            table = Table(
                title=Text(f"{clean_line(t.name)}: {clean_line(t.description)}"),
                title_justify="left",
                box=box.SIMPLE_HEAD,
            )
            table.add_column("Id", style="cyan", no_wrap=True)
            table.add_column("Question")
            for e in faq.entries_in(t.id):
                table.add_row(clean_line(e.id), clean_line(e.question))
            console.print(table)


def _candidate_grid(
    candidates: list[Candidate], numbered: bool, start: int = 1, *, width: int, scores: bool = False
) -> RenderableType:
    """Listed questions as a grid: a long question wraps within its column, under itself.
    In a narrow panel the id goes above its question, which then has the width to itself."""
    from rich.console import Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    stacked = width < NARROW
    grid = Table.grid(padding=(0, 1 if stacked else 2))
    if numbered:
        grid.add_column(no_wrap=True, justify="right")
    if not stacked:
        grid.add_column(no_wrap=True)
    grid.add_column()
    for number, candidate in enumerate(candidates, start=start):
        entry_id = Text(clean_line(candidate.entry.id), style="cyan")
        question = Text(clean_line(candidate.entry.question))
        if scores:
            question.append(f"  {candidate.score:.0%}", style="dim")
        cells = [Group(entry_id, Padding(question, (0, 0, 0, 2)))] if stacked else [entry_id, question]
        grid.add_row(*([Text(f"{number}.")] if numbered else []), *cells)
    return Padding(grid, (0, 0, 0, 2))


# ---------------------------------------------------------------------------- entry points


class View(Protocol):
    """One output format. Adding a format is one class with these three methods, and a
    line in `view_for`; every command then prints in it."""

    def print_answer(
        self, answer: Answer, faq: Faq, *, explain: bool, numbered: bool, stream: IO[str] | None
    ) -> None: ...

    def print_show(self, entry: Entry, faq: Faq, stream: IO[str] | None = None) -> None: ...

    def print_topics(
        self, faq: Faq, *, questions: bool, only: Topic | None = None, stream: IO[str] | None = None
    ) -> None: ...


def view_for(out: Output) -> View:
    """The one place that picks the output format."""
    if out.json:
        return JsonView()
    if out.markdown:
        return MarkdownView()
    return RichView(out) if out.rich else PlainView(out)


def print_answer(
    answer: Answer,
    faq: Faq,
    out: Output,
    *,
    explain: bool = False,
    numbered: bool = False,
    stream: IO[str] | None = None,
) -> None:
    """Print one answer; `numbered` suggestions can be picked by number (in chat)."""
    view_for(out).print_answer(answer, faq, explain=explain, numbered=numbered, stream=stream)


def print_batch_heading(number: int, answer: Answer, out: Output) -> None:
    """Which question of a batch the answer below is for (JSON Lines carry `query` instead).
    A crisis message is not repeated: the resources come first."""
    if out.json:
        return
    if number > 1:
        print("\n" + "-" * 20 + "\n")
    if out.markdown:
        print(f"## {number}." + ("" if answer.crisis else f" {markdown(answer.query)}") + "\n")
    else:
        heading = f"[{number}]" + ("" if answer.crisis else f" {clean_line(answer.query)}")
        print("\n".join(textwrap.wrap(heading, out.width, subsequent_indent="    ")) + "\n")


def print_show(entry: Entry, faq: Faq, out: Output) -> None:
    view_for(out).print_show(entry, faq)


def print_topics(faq: Faq, out: Output, *, questions: bool, only: Topic | None = None) -> None:
    view_for(out).print_topics(faq, questions=questions, only=only)


def print_report(report: Report, *, json: bool, misses: bool) -> None:
    figures = report.figures()
    if json:
        if misses:
            figures["misses"] = [{"query": m.query, "expected": list(m.expected), "got": m.got} for m in report.misses]
            figures["crisis_missed"] = report.crisis_missed
            figures["false_alarms"] = report.false_alarm_queries
        print_json(figures)
        return
    lines = []
    if misses:  # as score.py lists them
        for miss in report.misses:
            lines.append(f"MISS {clean_line(miss.query)!r}")
            lines.append(f"     expected {[clean_line(q) for q in miss.expected] or 'no answer'}")
            lines.append(f"     got      {clean_line(miss.got) if miss.got else 'no answer'}")
        for query in report.crisis_missed:
            lines += [f"MISS {clean_line(query)!r}", "     expected crisis resources", "     got      none"]
        for query in report.false_alarm_queries:
            lines += [
                f"MISS {clean_line(query)!r}",
                "     expected no crisis resources",
                "     got      crisis resources",
            ]
    shown = {
        key: "n/a" if value is None else f"{value:.3f}"
        for key, value in figures.items()
        if isinstance(value, float | None)
    }
    lines += [
        f"queries {report.queries}: in-scope {report.in_scope}, out-of-scope {report.out_of_scope}, "
        f"crisis {report.crisis}",
        f"overall {shown['overall']} | in-scope top-1 {shown['in_scope_top1']} | top-3 {shown['in_scope_top3']} | "
        f"out-of-scope abstained {shown['out_of_scope_abstained']} | "
        f"answer precision {shown['answer_precision']} ({report.answered_right}/{report.answered}) | "
        f"crisis recall {shown['crisis_recall']} | crisis false alarms {report.false_alarms}/{report.calm}",
        "by kind: "
        + " | ".join(f"{clean_line(kind) or '-'} {value:.3f}" for kind, value in figures["by_kind"].items()),
    ]
    bands = figures["calibration"]
    if bands:
        band_width = max(len("confidence"), *(len(band["band"]) for band in bands))
        lines += ["", f"{'confidence':<{band_width}}  answered  right  precision"]
        lines += [
            f"{band['band']:<{band_width}}  {band['answered']:>8}  {band['right']:>5}  {band['precision']:>9.3f}"
            for band in bands
        ]
    print("\n".join(lines))
