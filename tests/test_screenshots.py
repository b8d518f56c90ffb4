"""scripts/make_screenshots.py: the README's pictures come from the real CLI rendering."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import REPO


def test_script_writes_both_svgs(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(REPO / "scripts" / "make_screenshots.py"), str(tmp_path)], check=True)
    ask = (tmp_path / "ask.svg").read_text(encoding="utf-8")
    topics = (tmp_path / "list-topics.svg").read_text(encoding="utf-8")
    assert ask.startswith("<svg") and topics.startswith("<svg")
    # Rich writes each run of text as its own element, spaces as &#160;.
    assert "Is&#160;ketamine&#160;a&#160;good&#160;drug?" in ask and "off-question" in ask
    assert "esketamine" in topics and "Misuse&#160;and&#160;addiction" in topics


def test_readme_shows_the_committed_pictures() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for name in ("ask.svg", "list-topics.svg"):
        assert f"(docs/images/{name})" in readme
        assert (REPO / "docs" / "images" / name).exists()
