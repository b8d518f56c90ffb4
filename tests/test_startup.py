"""Start-up stays cheap: commands import only what they use (README: "Why it starts fast").

Rich is imported only when a Rich view is printed (a terminal), RapidFuzz only when a
word has to be corrected; neither when a script pipes a question through."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("rich", "rapidfuzz")
PROBE = """
import atexit, sys
atexit.register(lambda: sys.stderr.write("LOADED " + " ".join(sorted({m.split(".")[0] for m in sys.modules})) + "\\n"))
sys.argv = ["ketacli", *sys.argv[1:]]
from ketacli.cli import main
main()
"""


def loaded(*args: str) -> set[str]:
    """The top-level modules a ketacli run had imported when it exited (stdout piped)."""
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, timeout=60)
    line = next(line for line in proc.stderr.splitlines() if line.startswith("LOADED "))
    return set(line.split()[1:])


@pytest.mark.parametrize(
    "args",
    [
        ("--version",),
        ("ask", "--json", "is ketamine habit forming"),
        ("ask", "is ketamine habit forming"),
        ("ask", "--json", "what do the infusions cost per session"),
        ("list-topics", "--json"),
        ("show", "how-fast"),
    ],
    ids=" ".join,
)
def test_a_piped_command_imports_neither_rich_nor_rapidfuzz(args: tuple[str, ...]) -> None:
    assert loaded(*args).isdisjoint(HEAVY)


def test_a_misspelt_word_brings_in_rapidfuzz_and_nothing_else_heavy() -> None:
    modules = loaded("ask", "--json", "is ketamnie adictive at all")
    assert "rapidfuzz" in modules and "rich" not in modules
