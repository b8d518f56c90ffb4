"""The command line: parses arguments, calls the core, and maps outcomes to exit statuses.

Annotations here are evaluated as written (no `from __future__ import annotations`):
Typer reads every command's annotations at each start, and string annotations would
each be compiled and evaluated then, a few milliseconds of every run.
"""

import gc
import io
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar, cast

import typer
from typer.core import TyperCommand, TyperGroup

from ketacli import __version__
from ketacli.exits import ExitStatus
from ketacli.faq import Faq, FaqError, load_faq
from ketacli.settings import Settings

if TYPE_CHECKING:
    from typer._click import Context as ClickContext  # what Typer's commands are given (typer.Context's base)

    from ketacli.match import Matcher
    from ketacli.render import Output

HELP_MAX_WIDTH = 80  # help reads best within 80 columns, however wide the terminal


def _help_width() -> int:
    # Click's own default never goes below 50 columns, so a narrower terminal re-broke
    # every line of help mid-word.
    return max(min(shutil.get_terminal_size().columns, HELP_MAX_WIDTH) - 2, 20)


def _fitted_help(ctx: "ClickContext", get_help: "Callable[[ClickContext], str]") -> str:
    """Help wrapped to the terminal. Click keeps example blocks as written; a line of
    them too long for the terminal is wrapped here, at spaces, with a hanging indent."""
    if ctx.terminal_width is None:
        ctx.terminal_width = _help_width()
    width = ctx.terminal_width
    lines = []
    for line in get_help(ctx).split("\n"):
        if len(line) <= width:
            lines.append(line)
            continue
        import textwrap

        indent = " " * (len(line) - len(line.lstrip()) + 2)
        lines += textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False)
    return "\n".join(lines)


class _Group(TyperGroup):
    def get_help(self, ctx: "ClickContext") -> str:
        return _fitted_help(ctx, super().get_help)


class _Command(TyperCommand):
    def get_help(self, ctx: "ClickContext") -> str:
        return _fitted_help(ctx, super().get_help)


app = typer.Typer(
    name="ketacli",
    cls=_Group,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def fail(message: str, status: ExitStatus = ExitStatus.ERROR) -> typer.Exit:
    """Report a problem as one line on stderr; the caller raises the returned Exit."""
    from ketacli.render import clean_line

    print(f"ketacli: error: {clean_line(message)}", file=sys.stderr)
    return typer.Exit(status)


# ---------------------------------------------------------------------------- shared options


def _complete_entry_ids(incomplete: str) -> list[str]:
    faq = _load_quietly()
    return [entry.id for entry in faq if entry.id.startswith(incomplete.casefold())] if faq else []


def _complete_topic_ids(incomplete: str) -> list[str]:
    faq = _load_quietly()
    return [topic.id for topic in faq.topics if topic.id.startswith(incomplete.casefold())] if faq else []


def _load_quietly() -> Faq | None:
    try:
        return load_faq(Settings.resolve().faq_path)
    except FaqError:
        return None


FaqOption = Annotated[
    Path | None,
    typer.Option(
        "--faq",
        help="Use another FAQ file in the same format (`ketacli faq-format` describes it). [env var: KETACLI_FAQ]",
        show_default=False,
        dir_okay=True,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON (the same as --format json).")]


class Format(str, Enum):
    text = "text"  # Rich panels on a colour terminal, plain text elsewhere
    json = "json"
    markdown = "markdown"


FormatOption = Annotated[
    Format, typer.Option("--format", help="text (the default), json, or markdown (for pasting into notes).")
]
NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Neither read nor write the index cache, kept in $XDG_CACHE_HOME/ketacli"
        " (by default ~/.cache/ketacli; deleting it is always safe).",
    ),
]
NoColorOption = Annotated[
    bool, typer.Option("--no-color", help="Plain text, no colour (also: NO_COLOR, or not a TTY).")
]


def _faq(settings: Settings) -> Faq:
    return _loaded(lambda: load_faq(settings.faq_path), settings)


# Quoted: Matcher and Output are imported only for type checking (importing them here
# would load the matcher and the renderer for every command).
def _faq_and_matcher(settings: Settings) -> "tuple[Faq, Matcher]":
    from ketacli import cache

    return _loaded(lambda: cache.load(settings.faq_path, use_cache=settings.use_cache), settings)


T = TypeVar("T")


def _loaded(load: Callable[[], T], settings: Settings) -> T:
    """Run a FAQ load; a FaqError becomes one line that also says what to do next."""
    try:
        return load()
    except FaqError as error:
        if settings.faq_path is None:
            hint = "the bundled FAQ is part of the package: reinstall ketacli"
        elif error.unreadable:
            hint = f"given by {settings.faq_given_by}; unset it or name a FAQ file"
        else:
            hint = "the format: ketacli faq-format"
        raise fail(f"{error} ({hint})") from None


def _output(json: bool, no_color: bool, format: Format = Format.text) -> "Output":
    if json and format is Format.markdown:
        raise fail("--json and --format markdown ask for two formats: give one")
    from ketacli.render import Output

    return Output.detect(json=json or format is Format.json, markdown=format is Format.markdown, no_color=no_color)


@contextmanager
def _reader_may_leave() -> Iterator[None]:
    """End quietly when the reader closes the pipe (`ketacli list-topics | head -1`).

    Python's recipe (docs, "Note on SIGPIPE"): point stdout at devnull so that the
    interpreter's final flush does not fail again, and exit.
    """
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(ExitStatus.BROKEN_PIPE) from None
    except OSError as error:  # a full disk, say: the output is lost, so say so
        _silence_stdout()
        raise fail(f"cannot write the output: {error.strerror or error}") from None


@contextmanager
def _written_in_blocks() -> Iterator[None]:
    """Batch output in blocks even under PYTHONUNBUFFERED, where each line would be a write
    of its own and wake the reader; _stdin_lines flushes whenever it waits for input."""
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper) or not stream.write_through:
        yield
        return
    stream.reconfigure(write_through=False)
    try:
        yield
    finally:
        stream.reconfigure(write_through=True)


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


# ---------------------------------------------------------------------------- commands


def _version(value: bool) -> None:
    if value:
        print(f"ketacli {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Answers questions about ketamine and esketamine for depression from a curated FAQ, offline.

    \b
    Examples:
      ketacli ask "how fast does ketamine work?"
      ketacli list-topics
      ketacli show how-fast
      ketacli chat

    Start with `ketacli list-topics` to see what the FAQ covers.
    General information, not medical advice.
    """
    if ctx.invoked_subcommand is None:
        if sys.stdin.isatty() and sys.stdout.isatty():
            print("ketacli: no command given, so starting `ketacli chat` (see `ketacli --help`)", file=sys.stderr)
            chat(faq_path=None, no_cache=False, no_color=False)  # KETACLI_FAQ still applies
        else:
            print(ctx.get_help())


@app.command(cls=_Command)
def ask(
    words: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="QUESTION",
            help="The question, in your own words (quoted, or as words). '-' (or none, with input piped) reads "
            "one per line.",
            show_default=False,
        ),
    ] = None,
    json: Annotated[bool, typer.Option("--json", help="Print JSON (JSON Lines in batch mode).")] = False,
    format: FormatOption = Format.text,
    # The default is ask.DEFAULT_CANDIDATES, written out: importing ask here would load the
    # matcher for every command.
    top: Annotated[int, typer.Option("--top", min=1, max=20, help="How many candidates to show in all.")] = 3,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show why: matched terms and each signal's share.")
    ] = False,
    faq_path: FaqOption = None,
    no_cache: NoCacheOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Answer a question from the FAQ, with the source's caveats.

    \b
    Examples:
      ketacli ask "is ketamine addictive?"
      ketacli ask --json "what is spravato?"
      ketacli ask --format markdown "is ketamine habit forming?" >> notes.md
      printf 'how fast does it work?\\nis it safe?\\n' | ketacli ask --json -

    Exit status: 0 answered, 1 no confident answer (or not covered, or a crisis
    message with nothing else to answer: its resources are printed), 2 usage or
    data error.
    In batch mode the status is 0 unless an error stops it, or no question
    came at all (2).
    """
    from ketacli import render
    from ketacli.ask import answer

    if words and "-" in words and len(words) > 1:
        raise fail("'-' reads the questions from standard input: give it alone")
    question = " ".join(words) if words else None  # `ketacli ask is it addictive` asks "is it addictive"
    if question is not None:
        # Bytes that were not valid UTF-8 reach Python as lone surrogates: decode them as
        # stdin is decoded, with replacement characters.
        question = question.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if question == "-" or (question is None and not sys.stdin.isatty()):
        faq, matcher = _faq_and_matcher(Settings.resolve(faq_path, no_cache=no_cache))
        out = _output(json, no_color, format)
        asked = 0
        with _reader_may_leave(), _written_in_blocks():
            for asked, line in enumerate(_stdin_lines(), start=1):
                result = answer(faq, line, candidates=top, matcher=matcher, explain=explain)
                render.print_batch_heading(asked, result, out)
                render.print_answer(result, faq, out, explain=explain)
        if not asked:
            raise fail(
                'no question on standard input (one per line); or ask one: ketacli ask "how fast does ketamine work?"'
            )
        return
    if question is None:
        raise fail('no question given; try: ketacli ask "how fast does ketamine work?"')
    if not question.strip():
        raise fail('the question is empty; try: ketacli ask "how fast does ketamine work?"')
    faq, matcher = _faq_and_matcher(Settings.resolve(faq_path, no_cache=no_cache))
    result = answer(faq, question, candidates=top, matcher=matcher, explain=explain)
    with _reader_may_leave():
        render.print_answer(result, faq, _output(json, no_color, format), explain=explain)
    if not result.answered:
        raise typer.Exit(ExitStatus.NO_ANSWER)


def _stdin_lines() -> Iterator[str]:
    """Questions from stdin, one per line: any bytes decoded (bad UTF-8 replaced; a byte-order
    mark dropped), blanks skipped.

    Stdout is flushed whenever every question read so far has been answered, just before
    waiting for more input: a consumer sees each answer as soon as it is ready, and a
    batch that is already waiting in the pipe is written in large blocks.
    """
    reader = cast("io.BufferedIOBase", sys.stdin.buffer)
    pending = b""
    while True:
        sys.stdout.flush()
        chunk = reader.read1(1 << 16)  # what is there now, or wait for some
        if not chunk:
            break
        *lines, pending = (pending + chunk).split(b"\n")
        yield from _questions(lines)
    yield from _questions([pending])


def _questions(lines: list[bytes]) -> Iterator[str]:
    for raw in lines:
        # A byte-order mark (Windows editors write one at the start of UTF-8 files) is not
        # part of the question.
        line = raw.decode("utf-8", errors="replace").lstrip("\ufeff").strip()
        if line:
            yield line


@app.command("list-topics", cls=_Command)
def list_topics(
    topic: Annotated[
        str | None,
        typer.Argument(help="List this topic's questions.", autocompletion=_complete_topic_ids, show_default=False),
    ] = None,
    questions: Annotated[
        bool, typer.Option("--questions", "-q", help="List every topic's questions with ids.")
    ] = False,
    json: JsonOption = False,
    format: FormatOption = Format.text,
    faq_path: FaqOption = None,
    no_color: NoColorOption = False,
) -> None:
    """List what the FAQ covers: topics, with how many entries each.

    \b
    Examples:
      ketacli list-topics
      ketacli list-topics --questions
      ketacli list-topics esketamine

    Topic ids are matched in any case.
    """
    from ketacli import render

    faq = _faq(Settings.resolve(faq_path))
    only = None
    if topic is not None:
        only = faq.topic(_id_of(topic))
        if only is None:
            raise fail(
                f"no topic '{topic}'{_did_you_mean(topic, [t.id for t in faq.topics])} Try: ketacli list-topics",
                ExitStatus.NO_ANSWER,
            )
    with _reader_may_leave():
        render.print_topics(faq, _output(json, no_color, format), questions=questions, only=only)


@app.command(cls=_Command)
def show(
    entry_id: Annotated[str, typer.Argument(metavar="ID", help="An entry id.", autocompletion=_complete_entry_ids)],
    json: JsonOption = False,
    format: FormatOption = Format.text,
    faq_path: FaqOption = None,
    no_color: NoColorOption = False,
) -> None:
    """Show one FAQ entry by its id, with its caveats.

    \b
    Examples:
      ketacli show how-fast
      ketacli show esketamine-nasal-spray --json
      ketacli list-topics --questions   (to find ids)

    Ids are matched in any case.
    """
    from ketacli import render

    faq = _faq(Settings.resolve(faq_path))
    entry = faq.get(_id_of(entry_id))
    if entry is None:
        raise fail(
            f"no entry '{entry_id}'{_did_you_mean(entry_id, [e.id for e in faq])} Try: ketacli list-topics --questions",
            ExitStatus.NO_ANSWER,
        )
    with _reader_may_leave():
        render.print_show(entry, faq, _output(json, no_color, format))


@app.command(cls=_Command)
def chat(
    faq_path: FaqOption = None,
    no_cache: NoCacheOption = False,
    no_color: NoColorOption = False,
) -> None:
    """Ask question after question at a prompt.

    \b
    Examples:
      ketacli chat
      ketacli chat --faq my-faq.json
      ketacli          (on a terminal, with no command, starts chat)

    Commands at the prompt: :topics, :show ID, :help, :quit (or Ctrl-D);
    help, topics, quit, exit and bye work without the colon.
    Line editing and history last for the session; nothing is written.
    """
    from ketacli import chat as session

    faq, matcher = _faq_and_matcher(Settings.resolve(faq_path, no_cache=no_cache))
    with _reader_may_leave():
        session.run(faq, matcher, _output(False, no_color))


@app.command("eval", cls=_Command)
def eval_(
    labelled: Annotated[
        Path,
        typer.Argument(metavar="FILE.jsonl", help="Labelled questions, one JSON object a line (format above)."),
    ],
    misses: Annotated[
        bool, typer.Option("--misses", help="List every miss: wrong answers, crisis misses, false alarms.")
    ] = False,
    json: JsonOption = False,
    faq_path: FaqOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Score the matcher on labelled questions.

    \b
    Examples:
      ketacli eval my-questions.jsonl
      ketacli eval my-questions.jsonl --faq my-faq.json --misses
      ketacli eval my-questions.jsonl --json

    \b
    Each line of FILE.jsonl:
      {"query": "is it addictive", "expected": ["Is ketamine a good drug?"],
       "kind": "paraphrase", "crisis": false}
    expected: every FAQ question (as the FAQ words it) whose answer is right,
    [] when the right reply is no answer; crisis: true or false; kind: any text.
    An expected question that is not in the FAQ is an error naming its line.

    Prints overall accuracy, in-scope top-1 and top-3, out-of-scope abstained,
    answer precision (of the questions answered, the share answered right),
    crisis recall and false alarms, accuracy per kind, and answers given and
    right per confidence band.
    """
    from ketacli import render
    from ketacli.evaluate import LabelError, evaluate, read_labelled

    faq, matcher = _faq_and_matcher(Settings.resolve(faq_path, no_cache=no_cache))
    try:
        rows = read_labelled(labelled, faq)
    except LabelError as error:
        raise fail(str(error)) from None
    report = evaluate(faq, rows, matcher)
    with _reader_may_leave():
        render.print_report(report, json=json, misses=misses)


@app.command("faq-format", cls=_Command)
def faq_format(
    schema: Annotated[bool, typer.Option("--schema", help="Print the format's JSON Schema instead.")] = False,
) -> None:
    """Describe the FAQ file format (for a FAQ of your own, --faq).

    \b
    Examples:
      ketacli faq-format
      ketacli faq-format --schema > faq.schema.json
      ketacli show how-fast --json   (one entry as ketacli reads it)
    """
    from importlib import resources

    from ketacli.faq import bundled_faq_path

    if schema:  # installed beside the bundled FAQ (a checkout keeps both in data/)
        text = bundled_faq_path().with_name("faq.schema.json").read_text(encoding="utf-8")
    else:
        text = resources.files("ketacli").joinpath("faq-format.md").read_text(encoding="utf-8")
    with _reader_may_leave():
        sys.stdout.write(text)


def _id_of(typed: str) -> str:
    """Ids are lowercase slugs: `show HOW-FAST` means how-fast."""
    return typed.strip().casefold()


def _did_you_mean(word: str, choices: list[str]) -> str:
    import difflib

    close = difflib.get_close_matches(word.strip().lower(), choices, n=3, cutoff=0.5)
    if close:
        return f"; did you mean {' or '.join(repr(c) for c in close)}?"
    return f" (there are: {', '.join(choices)})." if len(choices) <= 12 else "."


# ---------------------------------------------------------------------------- entry point


def _replace_what_stdout_cannot_carry() -> None:
    """On a narrow encoding (PYTHONIOENCODING=ascii, a Latin-1 locale) text shows "?" for what
    the encoding cannot carry rather than failing; JSON escapes it instead (render.print_json)."""
    stdout = sys.stdout
    if (
        isinstance(stdout, io.TextIOWrapper)
        and stdout.errors == "strict"
        and not stdout.encoding.lower().replace("-", "").startswith("utf")
    ):
        stdout.reconfigure(errors="replace")


def main(args: list[str] | None = None) -> None:
    """Run the CLI: every error is one line on stderr with a documented exit status."""
    if sys.stdout is None:  # started with stdout closed (`ketacli ... >&-`)
        sys.exit(fail("standard output is closed; nowhere to write the answer").exit_code)
    _replace_what_stdout_cannot_carry()
    try:
        status = app(args=args, prog_name="ketacli", standalone_mode=False)
    except typer.TyperException as error:  # usage errors: bad option, missing argument, bad value
        context = getattr(error, "ctx", None)
        hint = f" (see: {context.command_path} --help)" if context else ""
        status = fail(f"{error.format_message()}{hint}", ExitStatus.ERROR).exit_code
    except (KeyboardInterrupt, typer.Abort):
        print(file=sys.stderr)
        status = ExitStatus.INTERRUPTED
    if args is None:  # run as the program, not called from Python (the tests call main(args))
        # The interpreter's last act is a garbage collection over every object still alive,
        # Typer's and pydantic's included: milliseconds spent finding cycles in memory that
        # the system takes back at exit anyway. Frozen objects are left out of it.
        gc.freeze()
    sys.exit(status if isinstance(status, int) else ExitStatus.OK)


if __name__ == "__main__":
    main()
