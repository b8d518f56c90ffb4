"""Scoring the matcher on labelled questions (`ketacli eval`), as ../shared/eval/score.py does.

A labelled file is JSON Lines, one question a line:

    {"query": "is it addictive", "expected": ["Is ketamine a good drug?"], "kind": "paraphrase", "crisis": false}

`expected` lists every FAQ question (as the FAQ words it) whose answer is right, or is
empty when the right reply is "no confident answer"; `crisis` says whether the asker
expresses a risk of suicide or self-harm. `kind` is free text, reported per kind.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ketacli.ask import answer
from ketacli.faq import Faq
from ketacli.match import Matcher

# As in score.py: a query that only speaks of suicide or self-harm (a question about
# research, say) may show crisis resources or not; anywhere else they are a false alarm.
MENTIONS_SUICIDE = re.compile(r"suicid|self[- ]?harm|kill|die\b|dying|death|dead|overdos|end (it|my life)|unaliv", re.I)


class LabelError(ValueError):
    """A labelled file that cannot be read; str(error) is one line."""


class Labelled(NamedTuple):
    query: str
    expected: tuple[str, ...]
    crisis: bool
    kind: str


class Miss(NamedTuple):
    query: str
    expected: tuple[str, ...]
    got: str | None


@dataclass
class Report:
    queries: int = 0
    in_scope: int = 0
    in_scope_top1: int = 0
    in_scope_top3: int = 0
    out_of_scope: int = 0
    abstained: int = 0
    crisis: int = 0
    crisis_found: int = 0
    calm: int = 0
    false_alarms: int = 0
    right_by_kind: Counter[str] = field(default_factory=Counter)
    total_by_kind: Counter[str] = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        return {
            "overall": _ratio(self.in_scope_top1 + self.abstained, self.queries),
            "in_scope_top1": _ratio(self.in_scope_top1, self.in_scope) if self.in_scope else None,
            "in_scope_top3": _ratio(self.in_scope_top3, self.in_scope) if self.in_scope else None,
            "out_of_scope_abstained": _ratio(self.abstained, self.out_of_scope) if self.out_of_scope else None,
            "crisis_recall": _ratio(self.crisis_found, self.crisis) if self.crisis else None,
            "crisis_false_alarms": self.false_alarms,
            "queries": self.queries,
            "in_scope": self.in_scope,
            "out_of_scope": self.out_of_scope,
            "crisis": self.crisis,
            "calm": self.calm,
            "by_kind": {kind: _ratio(self.right_by_kind[kind], n) for kind, n in sorted(self.total_by_kind.items())},
        }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def normalise(question: str) -> str:
    """Questions compare as score.py compares them: NFKC, straight quotes, case and spaces folded."""
    text = unicodedata.normalize("NFKC", question)
    text = text.translate(str.maketrans("\u2019\u2018\u201c\u201d", "''\"\""))
    return " ".join(text.casefold().split())


def read_labelled(path: str | Path) -> list[Labelled]:
    """Read a labelled JSON Lines file; raise LabelError naming the line of the first problem."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise LabelError(f"{path}: cannot read: {reason}") from None
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise TypeError("expected a JSON object")
            expected = row["expected"]
            if not isinstance(row["query"], str) or not isinstance(expected, list):
                raise TypeError("'query' must be a string and 'expected' a list")
            if not all(isinstance(question, str) for question in expected):
                raise TypeError("'expected' must list questions (strings)")
            rows.append(Labelled(row["query"], tuple(expected), bool(row.get("crisis")), str(row.get("kind", ""))))
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            detail = f"missing field {error}" if isinstance(error, KeyError) else str(error)
            raise LabelError(f"{path}: line {number}: {detail}") from None
    if not rows:
        raise LabelError(f"{path}: no labelled questions")
    return rows


def evaluate(faq: Faq, rows: list[Labelled], matcher: Matcher | None = None) -> Report:
    """Answer every labelled question and count what score.py counts."""
    report = Report()
    for row in rows:
        result = answer(faq, row.query, matcher=matcher)
        expected = {normalise(question) for question in row.expected}
        got = normalise(result.match.entry.question) if result.match else None
        ranked = ([got] if got else []) + [normalise(c.entry.question) for c in result.alternatives]
        report.queries += 1
        report.total_by_kind[row.kind] += 1
        if expected:
            report.in_scope += 1
            right = got in expected
            report.in_scope_top1 += right
            report.in_scope_top3 += bool(expected & set(ranked[:3]))
        else:
            report.out_of_scope += 1
            right = got is None
            report.abstained += right
        if row.crisis:
            report.crisis += 1
            report.crisis_found += result.crisis
        elif not MENTIONS_SUICIDE.search(row.query):
            report.calm += 1
            report.false_alarms += result.crisis
        report.right_by_kind[row.kind] += right
        if not right:
            report.misses.append(Miss(row.query, row.expected, result.match.entry.question if result.match else None))
    return report
