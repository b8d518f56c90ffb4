"""The clinical review of the bundled FAQ (issue #15): checked facts where answers need them, and its log."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from helpers import REPO

from ketacli.faq import Entry, Faq, load_faq

# The checked fact (../shared/facts.md: "Racemic (IV) ketamine is FDA-approved only as an
# anaesthetic; its use for depression is off-label", unchanged through 2025).
OFFLABEL_FACT = "racemic (IV) ketamine is FDA-approved only as an anaesthetic; its use for depression is off-label"
REVIEW_LOG = REPO / "docs" / "review-log.md"
README = (REPO / "README.md").read_text(encoding="utf-8")


def states_the_offlabel_fact(entry: Entry) -> bool:
    return any(
        caveat.kind == "dated" and OFFLABEL_FACT in caveat.text and "2025" in caveat.text for caveat in entry.caveats
    )


def test_every_offlabel_treatment_entry_carries_the_offlabel_fact(faq: Faq) -> None:
    flagged = [entry for entry in faq if entry.offlabel_treatment]
    assert flagged, "the bundled FAQ presents IV ketamine as a depression treatment in places"
    assert [entry.id for entry in flagged if not states_the_offlabel_fact(entry)] == []


def test_the_check_catches_a_flagged_entry_without_the_fact(write_faq: Callable[..., Path]) -> None:
    def flag_both(data: dict[str, Any]) -> None:
        for entry in data["entries"]:
            entry["offlabel_treatment"] = True
        data["entries"][1]["caveats"].append({"kind": "dated", "text": f"Checked fact (2025): {OFFLABEL_FACT}."})

    faq = load_faq(write_faq(flag_both))
    assert [entry.id for entry in faq if not states_the_offlabel_fact(entry)] == ["first"]


def test_the_entries_the_review_named_are_flagged(faq: Faq) -> None:
    named = {
        "who-may-benefit",
        "treatment-schedule",
        "anesthetic",
        "infusion-therapy",
        "rapid-acting",
        "infusion-duration",
        "ketamine-for-resistant-depression",
        "long-term-use",
        "miracle-drug-doubts",
        "off-label-and-fast",
        "types-of-ketamine",
    }
    assert named <= {entry.id for entry in faq if entry.offlabel_treatment}


def test_spravato_approval_caveats_give_its_conditions_and_the_2025_approval(faq: Faq) -> None:
    """Where a caveat states the March 2019 approval, it says for whom, how, and what came since."""
    stated = [
        (entry.id, caveat.text)
        for entry in faq
        for caveat in entry.caveats
        if "5 March 2019" in caveat.text and "treatment-resistant depression" in caveat.text
    ]
    assert len(stated) >= 4
    for entry_id, text in stated:
        for part in ("adults", "REMS", "certified settings", "January 2025", "monotherapy"):
            assert part in text, (entry_id, part)


def test_august_2020_caveats_say_suicide_prevention_is_not_shown(faq: Faq) -> None:
    stated = [(entry.id, c.text) for entry in faq for c in entry.caveats if "August 2020" in c.text]
    assert stated
    for entry_id, text in stated:
        assert "effectiveness in preventing suicide has not been shown" in text, entry_id


def test_entries_that_caveats_refer_to_exist(faq: Faq) -> None:
    """'see ID', 'see ID and ID' and '(ID)' name entries by id: each must be one."""
    ids = {entry.id for entry in faq}
    slug = r"[a-z0-9]+(?:-[a-z0-9]+)+"
    referred = 0
    for entry in faq:
        for caveat in entry.caveats:
            named = re.findall(rf"\(({slug})\)", caveat.text)
            for listed in re.findall(rf"\bsee ({slug}(?:(?:, | and ){slug})*)", caveat.text):
                named += re.split(r", | and ", listed)
            assert set(named) <= ids, (entry.id, set(named) - ids)
            referred += len(named)
    assert referred >= 10


def test_each_alias_belongs_to_one_entry(faq: Faq) -> None:
    counts = Counter(alias.casefold() for entry in faq for alias in entry.aliases)
    assert [alias for alias, count in counts.items() if count > 1] == []


def test_last_reviewed_is_the_latest_date_in_the_review_log(faq_data: dict[str, Any]) -> None:
    dates = re.findall(r"^\| (\d{4}-\d{2}-\d{2}) \|", REVIEW_LOG.read_text(encoding="utf-8"), re.M)
    assert dates and max(dates) == faq_data["last_reviewed"]


def test_the_source_description_dates_the_checked_facts(faq_data: dict[str, Any]) -> None:
    description = faq_data["source"]["description"]
    assert "as of late 2025" in description and "last_reviewed" in description
    assert "ketamine clinics" not in description  # not a named source: the tone of some pages


def test_readme_data_section_points_to_last_reviewed_and_the_log() -> None:
    section = README.split("## Where the data comes from", 1)[1].split("\n## ", 1)[0]
    assert "`last_reviewed`" in section and "(docs/review-log.md)" in section
    assert "`offlabel_treatment" in section
