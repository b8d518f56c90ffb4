"""Scoring the matcher on labelled questions (`ketacli eval`), as ../shared/eval/score.py does.

A labelled file is JSON Lines, one question a line:

    {"query": "is it addictive", "expected": ["Is ketamine a good drug?"], "kind": "paraphrase", "crisis": false}

`expected` lists every FAQ question (as the FAQ words it) whose answer is right, or is
empty when the right reply is "no confident answer"; `crisis` says whether the asker
expresses a risk of suicide or self-harm (true or false; absent means false). `kind`
is free text, reported per kind. Every expected question must be one of the FAQ's: a
label that names none is a typo, and would count every answer to it as wrong.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ketacli.ask import answer
from ketacli.faq import Faq, question_key
from ketacli.match import Matcher
from ketacli.render import confidence_label

# score.py's words, exactly (its figures are the reference): a query that only speaks of
# suicide, self-harm or overdose (a question about research, say) may show crisis resources
# or not; any other query that shows them is a false alarm. safety.py's lists are the
# detector's, wider on purpose; this one defines what the labelled sets count.
MENTIONS_SUICIDE = re.compile(
    r"suicid|self[- ]?harm|overdos|lethal|unaliv|kill(ing)? (my|him|her|them)sel|end (it|my life)", re.I
)


class LabelError(ValueError):
    """A labelled file that cannot be read; str(error) is one line."""


class Labelled(NamedTuple):
    query: str
    expected: tuple[str, ...]
    crisis: bool
    kind: str
    line: int = 0  # in its file, for messages


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
    answered: int = 0
    answered_right: int = 0
    right_by_kind: Counter[str] = field(default_factory=Counter)
    total_by_kind: Counter[str] = field(default_factory=Counter)
    misses: list[Miss] = field(default_factory=list)
    crisis_missed: list[str] = field(default_factory=list)  # queries labelled crisis, shown no resources
    false_alarm_queries: list[str] = field(default_factory=list)  # calm queries shown crisis resources
    answers: list[tuple[float, bool]] = field(default_factory=list)  # each answer's score, and whether right

    def figures(self) -> dict[str, Any]:
        return {
            "overall": _ratio(self.in_scope_top1 + self.abstained, self.queries),
            "in_scope_top1": _ratio(self.in_scope_top1, self.in_scope) if self.in_scope else None,
            "in_scope_top3": _ratio(self.in_scope_top3, self.in_scope) if self.in_scope else None,
            "out_of_scope_abstained": _ratio(self.abstained, self.out_of_scope) if self.out_of_scope else None,
            "answer_precision": _ratio(self.answered_right, self.answered) if self.answered else None,
            "crisis_recall": _ratio(self.crisis_found, self.crisis) if self.crisis else None,
            "crisis_false_alarms": self.false_alarms,
            "queries": self.queries,
            "in_scope": self.in_scope,
            "out_of_scope": self.out_of_scope,
            "crisis": self.crisis,
            "calm": self.calm,
            "answered": self.answered,
            "answered_right": self.answered_right,
            "by_kind": {kind: _ratio(self.right_by_kind[kind], n) for kind, n in sorted(self.total_by_kind.items())},
            "calibration": self.calibration(),
        }

    def calibration(self) -> list[dict[str, Any]]:
        """Per confidence band (as answers label it), strongest first: answers given, and right."""
        bands: dict[str, list[int]] = {}
        for score, right in sorted(self.answers, reverse=True):
            counts = bands.setdefault(confidence_label(score), [0, 0])
            counts[0] += 1
            counts[1] += right
        return [
            {"band": band, "answered": given, "right": right, "precision": _ratio(right, given)}
            for band, (given, right) in bands.items()
        ]


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0


def read_labelled(path: str | Path, faq: Faq | None = None) -> list[Labelled]:
    """Read a labelled JSON Lines file; raise LabelError naming the line of the first problem.

    With `faq`, every expected question must be one of its questions.
    """
    try:
        text = Path(path).read_text(encoding="utf-8-sig")  # an editor's byte-order mark is not JSON
    except (OSError, UnicodeDecodeError) as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise LabelError(f"{path}: cannot read: {reason}") from None
    questions = {question_key(entry.question): entry.question for entry in faq} if faq else None
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            rows.append(_labelled(line, number, questions))
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
            detail = f"missing field {error}" if isinstance(error, KeyError) else str(error)
            raise LabelError(f"{path}: line {number}: {detail}") from None
    if not rows:
        raise LabelError(f"{path}: no labelled questions")
    return rows


def _labelled(line: str, number: int, questions: dict[str, str] | None) -> Labelled:
    row = json.loads(line)
    if not isinstance(row, dict):
        raise TypeError("expected a JSON object")
    expected = row["expected"]
    if not isinstance(row["query"], str) or not isinstance(expected, list):
        raise TypeError("'query' must be a string and 'expected' a list")
    if not all(isinstance(question, str) for question in expected):
        raise TypeError("'expected' must list questions (strings)")
    crisis = row.get("crisis", False)
    if not isinstance(crisis, bool):  # "no" would be true to Python
        raise TypeError(f"'crisis' must be true or false, not {json.dumps(crisis)}")
    kind = row.get("kind", "")
    if not isinstance(kind, str):
        raise TypeError("'kind' must be a string")
    for question in expected:
        if questions is not None and question_key(question) not in questions:
            raise ValueError(f"expected question {question!r} is not in the FAQ{_closest(question, questions)}")
    return Labelled(row["query"], tuple(expected), crisis, kind, number)


def _closest(question: str, questions: dict[str, str]) -> str:
    import difflib

    close = difflib.get_close_matches(question_key(question), list(questions), n=1, cutoff=0.6)
    if close:
        return f"; did you mean {questions[close[0]]!r}?"
    return " (ketacli list-topics --questions lists its questions)"


def evaluate(faq: Faq, rows: list[Labelled], matcher: Matcher | None = None) -> Report:
    """Answer every labelled question and count what score.py counts."""
    report = Report()
    for row in rows:
        result = answer(faq, row.query, matcher=matcher)
        expected = {question_key(question) for question in row.expected}
        got = question_key(result.match.entry.question) if result.match else None
        ranked = ([got] if got else []) + [question_key(c.entry.question) for c in result.alternatives]
        report.queries += 1
        report.total_by_kind[row.kind] += 1
        if result.match:
            report.answered += 1
            report.answered_right += got in expected
            report.answers.append((result.match.score, got in expected))
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
            if not result.crisis:
                report.crisis_missed.append(row.query)
        elif not MENTIONS_SUICIDE.search(row.query):
            report.calm += 1
            report.false_alarms += result.crisis
            if result.crisis:
                report.false_alarm_queries.append(row.query)
        report.right_by_kind[row.kind] += right
        if not right:
            report.misses.append(Miss(row.query, row.expected, result.match.entry.question if result.match else None))
    return report
