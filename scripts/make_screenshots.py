"""Render real `ketacli` output to SVG for the README (docs/images/).

    python scripts/make_screenshots.py [OUTPUT_DIR]

Runs the CLI's own Rich rendering of `ketacli ask "is ketamine addictive?"` and of
`ketacli list-topics` on a recording console, as a terminal 90 columns wide shows
them, and saves each as an SVG.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from rich.console import Console

from ketacli.ask import answer
from ketacli.faq import load_faq
from ketacli.render import Output, RichView

WIDTH = 90
QUESTION = "is ketamine addictive?"


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "docs" / "images"
    folder.mkdir(parents=True, exist_ok=True)
    faq = load_faq()
    shots = {
        "ask.svg": (f'ketacli ask "{QUESTION}"', lambda view: view.print_answer(answer(faq, QUESTION), faq)),
        "list-topics.svg": ("ketacli list-topics", lambda view: view.print_topics(faq, questions=False)),
    }
    for name, (command, show) in shots.items():
        console = Console(record=True, width=WIDTH, force_terminal=True, file=io.StringIO(), highlight=False)
        console.print(f"$ {command}", style="bold green", markup=False)
        show(RichView(Output(rich=True, width=WIDTH), console=console))
        console.save_svg(str(folder / name), title=command)
        print(folder / name)


if __name__ == "__main__":
    main()
