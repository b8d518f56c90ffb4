"""`ketacli chat`: question after question at a prompt, for people at a terminal.

Line editing and history come from the standard library's readline, kept in memory
for the session only (no history file is written). Commands start with a colon;
a bare number picks one of the suggestions the last question got. People forget the
colon: `help`, `?`, `topics`, `quit`, `exit` and `bye` on their own do what they say
and are never matched as questions.
"""

from __future__ import annotations

import contextlib
import sys
import textwrap
from collections.abc import Callable

from ketacli.ask import answer
from ketacli.faq import Faq
from ketacli.match import Candidate, Matcher
from ketacli.render import Output, clean_line, print_answer, print_show, print_topics

PROMPT = "ask> "
# A line that is only one of these words (any case, trailing punctuation ignored) is the
# command, not a question: "help" would otherwise match an entry about who ketamine helps.
BARE_COMMANDS = {"help": ":help", "topics": ":topics", "quit": ":quit", "exit": ":quit", "bye": ":quit"}
HELP_INTRO = "Type a question and press Enter. Commands:"
HELP_COMMANDS = [
    (":topics", "what the FAQ covers"),
    (":topics ID", "one topic's questions, with entry ids"),
    (":show ID", "one entry by its id"),
    (":help", "this text"),
    (":quit", "leave (or Ctrl-D)"),
]
HELP_NOTES = [
    "help, topics, quit, exit and bye work without the colon too.",
    "After an answer or a question with no confident answer, type a number to read one of the questions listed.",
]


def run(faq: Faq, matcher: Matcher, out: Output, read: Callable[[str], str] = input) -> None:
    """The prompt loop; `read` is input() (tests may pass another) and raises EOFError at Ctrl-D."""
    _enable_line_editing()
    say = _sayer(out.width)
    say(f"{clean_line(faq.title)}.")
    say("Ask a question; :help lists the commands; Ctrl-D leaves.")
    listed: list[Candidate] = []  # what a number picks: the last answer's related or suggested questions
    while True:
        try:
            line = read(PROMPT).strip()
        except EOFError:
            print()
            return
        except KeyboardInterrupt:  # Ctrl-C drops the line, as in a shell
            print()
            continue
        if not line:
            continue
        command, _, argument = line.partition(" ")
        bare = line.casefold().strip(" .!?")
        if bare in BARE_COMMANDS or not bare:  # "help", "quit", ...; a line of only "?" asks for help
            command, argument = BARE_COMMANDS.get(bare, ":help"), ""
        if line.isdigit():
            _pick(faq, listed, int(line), out, say)
            continue
        listed = []
        if command in (":quit", ":q", ":exit"):
            return
        if command == ":help":
            _help(say)
        elif command == ":topics":
            _topics(faq, argument.strip(), out, say)
        elif command == ":show":
            _show(faq, argument.strip(), out, say)
        elif command.startswith(":"):
            say(f"Unknown command {clean_line(command)!r}; :help lists them.")
        else:
            result = answer(faq, line, matcher=matcher)
            listed = list(result.alternatives)
            print_answer(result, faq, out, numbered=True)
        sys.stdout.flush()


def _sayer(width: int) -> Callable[..., None]:
    """print() for the session's own messages: wrapped to the terminal, so that no word (or
    a lone full stop) is left for the terminal to break off."""

    def say(text: str, indent: str = "") -> None:
        print("\n".join(textwrap.wrap(text, width, subsequent_indent=indent, break_on_hyphens=False)))

    return say


def _help(say: Callable[..., None]) -> None:
    say(HELP_INTRO)
    for command, meaning in HELP_COMMANDS:
        say(f"  {command:<13} {meaning}", " " * 16)
    for note in HELP_NOTES:
        say(note)


def _topics(faq: Faq, topic_id: str, out: Output, say: Callable[..., None]) -> None:
    topic = faq.topic(topic_id.casefold()) if topic_id else None
    if topic_id and topic is None:
        say(f"No topic {clean_line(topic_id)!r}; :topics lists them.")
        return
    print_topics(faq, out, questions=False, only=topic)
    if topic is None:
        say("Type :topics ID to see one topic's questions.")


def _show(faq: Faq, entry_id: str, out: Output, say: Callable[..., None]) -> None:
    if not entry_id:
        say("Usage: :show ID (:topics ID lists a topic's ids).")
        return
    entry = faq.get(entry_id.casefold())
    if entry is None:
        say(f"No entry {clean_line(entry_id)!r}; :topics ID lists a topic's ids.")
    else:
        print_show(entry, faq, out)


def _pick(faq: Faq, listed: list[Candidate], number: int, out: Output, say: Callable[..., None]) -> None:
    if not listed:
        say("Nothing to pick: numbers choose among the questions listed under the last answer.")
    elif 1 <= number <= len(listed):
        print_show(listed[number - 1].entry, faq, out)
    else:
        say(f"Pick a number from 1 to {len(listed)}, or ask another question.")


def _enable_line_editing() -> None:
    """Arrow keys and history at the prompt, where the platform has readline."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (importing it is what turns line editing on for input())
