"""`ketacli chat`: question after question at a prompt, for people at a terminal.

Line editing and history come from the standard library's readline, kept in memory
for the session only (no history file is written). Commands start with a colon;
a bare number picks one of the suggestions the last question got.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable

from ketacli.ask import answer
from ketacli.faq import Faq
from ketacli.match import Candidate, Matcher
from ketacli.render import Output, clean_line, print_answer, print_show, print_topics

PROMPT = "ask> "
HELP = """\
Type a question and press Enter. Commands:
  :topics        what the FAQ covers, with entry ids
  :show ID       one entry by its id
  :help          this text
  :quit          leave (or Ctrl-D)
After a question with no confident answer, type a suggestion's number to read it."""


def run(faq: Faq, matcher: Matcher, out: Output, read: Callable[[str], str] = input) -> None:
    """The prompt loop; `read` is input() (tests may pass another) and raises EOFError at Ctrl-D."""
    _enable_line_editing()
    print(f"{clean_line(faq.title)}: ask a question, :help for commands, Ctrl-D to leave.")
    suggestions: list[Candidate] = []
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
        if line in (":quit", ":q", ":exit"):
            return
        if line == ":help":
            print(HELP)
        elif line == ":topics":
            print_topics(faq, out, questions=True)
        elif line.startswith(":show"):
            _show(faq, line.removeprefix(":show").strip(), out)
        elif line.startswith(":"):
            print(f"Unknown command {clean_line(line)!r}; :help lists them.")
        elif line.isdigit() and suggestions:
            _pick(faq, suggestions, int(line), out)
        else:
            result = answer(faq, line, matcher=matcher)
            suggestions = [] if result.answered else list(result.alternatives)
            print_answer(result, faq, out, numbered=True)
        sys.stdout.flush()


def _show(faq: Faq, entry_id: str, out: Output) -> None:
    entry = faq.get(entry_id)
    if entry is None:
        print(f"No entry {clean_line(entry_id)!r}; :topics lists the ids.")
    else:
        print_show(entry, faq, out)


def _pick(faq: Faq, suggestions: list[Candidate], number: int, out: Output) -> None:
    if 1 <= number <= len(suggestions):
        print_show(suggestions[number - 1].entry, faq, out)
    else:
        print(f"Pick a number from 1 to {len(suggestions)}, or ask another question.")


def _enable_line_editing() -> None:
    """Arrow keys and history at the prompt, where the platform has readline."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (importing it is what turns line editing on for input())
