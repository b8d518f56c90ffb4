"""Write ketacli/crisis_model.py: the weights of the crisis screen's second reader.

    python scripts/make_crisis_model.py                    # learn the weights, write the file
    python scripts/make_crisis_model.py --cross-validate   # what the reader catches on rows it did not learn from

Run it after changing crisis_phrases.RISK_WORDS or the files it learns from (tests/test_safety.py
says when). It learns, by logistic regression, from the project's own labelled messages:
those at risk and the hard negatives in tests/data/crisis-*.jsonl, and the ordinary
questions of tests/data, none from the shared sets. Standard library only; the same
data gives the same file.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from ketacli import safety  # noqa: E402 (the project's own package, from the repository)

TARGET = REPO / "ketacli" / "crisis_model.py"
DATA = REPO / "tests" / "data"
LABELLED_CRISIS = ("crisis-kinds.jsonl", "crisis-written-blind.jsonl", "crisis-written-blind-2.jsonl")
ORDINARY = ("labelled.jsonl", "own-questions.jsonl", "real-style.jsonl", "written-blind.jsonl", "real-public.jsonl")
EPOCHS, LEARNING_RATE, L2, SEED = 30, 0.5, 3e-3, 1
# The threshold written is the lowest of THRESHOLDS at which, in five-fold cross-validation,
# at most this share of the negatives would show the resources (most of them are hard
# negatives, written to sit near a warning sign).
MAX_ALARMS = 0.015
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def examples() -> list[tuple[list[str], bool]]:
    """(features, at risk) for every message learnt from. A question that mentions suicide
    is left out: it shows the resources by the mention, whatever the reader says."""
    rows: list[tuple[str, bool]] = []
    for name in LABELLED_CRISIS + ORDINARY:
        for line in filter(None, (DATA / name).read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            rows.append((row["query"], bool(row.get("crisis"))))
    return [
        (safety.risk_features(text), at_risk)
        for query, at_risk in rows
        if not safety._mentions(text := safety.normalise_for_crisis(query)) or at_risk
    ]


def learn(rows: list[tuple[list[str], bool]]) -> tuple[float, dict[str, float]]:
    """Logistic regression by stochastic gradient descent, in a fixed order."""
    order = list(rows)
    random.Random(SEED).shuffle(order)
    bias, weights = 0.0, {}
    for epoch in range(EPOCHS):
        step = LEARNING_RATE / (1 + epoch * 0.2)
        for features, at_risk in order:
            error = safety.probability(bias, weights, features) - at_risk
            bias -= step * error
            for feature in features:
                weights[feature] = weights.get(feature, 0.0) * (1 - step * L2) - step * error
    return round(bias, 4), {
        feature: round(weight, 4) for feature, weight in sorted(weights.items()) if abs(weight) >= 0.01
    }


def render(threshold: float, bias: float, weights: dict[str, float]) -> str:
    rows = "".join(f"    {feature!r}: {weight!r},\n" for feature, weight in weights.items())
    return (
        '"""Made by scripts/make_crisis_model.py from tests/data and crisis_phrases.RISK_WORDS: do not edit.\n\n'
        "The crisis screen's second reader (safety.risk_score): a logistic regression over the\n"
        "warning-sign words a message uses, alone and with the word beside each. THRESHOLD is the\n"
        f"lowest at which, in cross-validation, at most {MAX_ALARMS:.1%} of the negatives alarm.\n"
        '"""\n\n'
        f"THRESHOLD = {threshold}\n"
        f"BIAS = {bias!r}\n"
        f"WEIGHTS: dict[str, float] = {{\n{rows}}}\n"
    )


def cross_validated(rows: list[tuple[list[str], bool]], folds: int = 5) -> list[tuple[float, bool]]:
    """(score, at risk) for every row, each scored by weights learnt without it."""
    scored = []
    for fold in range(folds):
        bias, weights = learn([row for number, row in enumerate(rows) if number % folds != fold])
        scored += [(safety.probability(bias, weights, features), at_risk) for features, at_risk in rows[fold::folds]]
    return scored


def rates(scored: list[tuple[float, bool]], threshold: float) -> tuple[float, float]:
    """The share of at-risk rows that reach the threshold, and of negatives that do."""
    at_risk = [score for score, label in scored if label]
    negatives = [score for score, label in scored if not label]
    return (
        sum(score >= threshold for score in at_risk) / len(at_risk),
        sum(score >= threshold for score in negatives) / len(negatives),
    )


def threshold(scored: list[tuple[float, bool]]) -> float:
    return min(t for t in THRESHOLDS if rates(scored, t)[1] <= MAX_ALARMS)


def model() -> str:
    """The text of crisis_model.py, from the data as it is."""
    rows = examples()
    return render(threshold(cross_validated(rows)), *learn(rows))


if __name__ == "__main__":
    if "--cross-validate" in sys.argv:
        scored = cross_validated(examples())
        for threshold in THRESHOLDS:
            caught, alarmed = rates(scored, threshold)
            print(f"threshold {threshold:.2f}: at risk caught {caught:.1%}, negatives alarmed {alarmed:.1%}")
    else:
        TARGET.write_text(model(), encoding="utf-8")
        print(f"wrote {TARGET}")
