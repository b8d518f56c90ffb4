"""Write ketacli/crisis_index.py: which crisis phrases each anchor word picks out.

    python scripts/make_crisis_index.py

Run it after changing ketacli/crisis_phrases.py (tests/test_safety.py says when). Without
it ketacli still reads every phrase, but parses them all at each start to find out.
"""

from __future__ import annotations

from pathlib import Path

from ketacli import safety

TARGET = Path(safety.__file__).with_name("crisis_index.py")


def render() -> str:
    by_anchor, second = safety.build_index()
    words, beginnings = safety.anchor_words(by_anchor, second)
    rows = "".join(f"    {anchor!r}: {numbers!r},\n" for anchor, numbers in by_anchor.items())
    seconds = "".join(f"    {anchors!r},\n" for anchors in second)
    every = "".join(f"        {word!r},\n" for word in sorted(words))
    return (
        '"""Made by scripts/make_crisis_index.py from ketacli/crisis_phrases.py: do not edit.\n\n'
        "ANCHORS: the phrases (numbered in the order crisis_phrases lists them) whose first\n"
        "anchor set holds each word. SECOND: each phrase's second anchor set, or (). WORDS and\n"
        "BEGINNINGS: every anchor, whole words and word beginnings.\n"
        '"""\n\n'
        f"SOURCE = {safety.source_checksum()}\n"
        f"ANCHORS: dict[str, tuple[int, ...]] = {{\n{rows}}}\n"
        f"SECOND: tuple[tuple[str, ...], ...] = (\n{seconds})\n"
        f"WORDS = frozenset(\n    (\n{every}    )\n)\n"
        f"BEGINNINGS = {beginnings!r}\n"
    )


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
