"""The FAQ loader refuses unknown fields and repeated questions, naming the entry."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from helpers import REPO, assert_one_error_line, run_main, set_field

from ketacli.exits import ExitStatus
from ketacli.faq import FIELDS as FAQ_FIELDS
from ketacli.faq import FaqError, load_faq

README = (REPO / "README.md").read_text(encoding="utf-8")


FAQ_SCHEMA = json.loads((REPO / "data" / "faq.schema.json").read_text(encoding="utf-8"))


UNKNOWN_FIELDS = {
    "entry": (("entries", 0, "aliass"), "entries[0] (id 'first'): unknown field 'aliass' (did you mean 'aliases'?)"),
    "top": (("titel",), "$: unknown field 'titel' (did you mean 'title'?)"),
    "source": (("source", "url"), "source: unknown field 'url' (known: dated, description, file)"),
    "crisis": (("crisis", "mesage"), "crisis: unknown field 'mesage' (did you mean 'message'?)"),
    "resource": (("crisis", "resources", 0, "phone"), "crisis.resources[0]: unknown field 'phone'"),
    "topic": (("topics", 0, "descripton"), "topics[0]: unknown field 'descripton' (did you mean 'description'?)"),
    "caveat": (("entries", 1, "caveats", 0, "txt"), "entries[1] (id 'second').caveats[0]: unknown field 'txt'"),
}


@pytest.mark.parametrize("where", list(UNKNOWN_FIELDS))
def test_an_unknown_field_is_an_error_naming_where_it_is(
    where: str, write_faq: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path_in_file, message = UNKNOWN_FIELDS[where]
    path = write_faq(set_field(path_in_file, ["anything"]))
    with pytest.raises(FaqError, match=re.escape(message)):
        load_faq(path)
    status, out, err = run_main(["show", "first", "--faq", str(path)], capsys)
    assert (status, out) == (ExitStatus.ERROR, "")
    assert_one_error_line(err, f"{path}: {message}")
    with pytest.raises(jsonschema.ValidationError, match="Additional properties are not allowed"):
        jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), FAQ_SCHEMA)


@pytest.mark.parametrize(
    "repeat", ["What is the first thing?", "what is the FIRST thing?", "What is the first thing? "]
)
def test_two_entries_with_one_question_is_an_error_naming_both(
    repeat: str, write_faq: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_faq(set_field(("entries", 1, "question"), repeat))
    status, out, err = run_main(["list-topics", "--faq", str(path)], capsys)
    assert (status, out) == (ExitStatus.ERROR, "")
    assert_one_error_line(
        err, f"{path}: entries[1] (id 'second').question: the same question as entry 'first': {repeat!r}"
    )


def _schema_objects() -> dict[str, dict[str, Any]]:
    entry = FAQ_SCHEMA["$defs"]["entry"]
    crisis = FAQ_SCHEMA["properties"]["crisis"]
    return {
        "$": FAQ_SCHEMA,
        "source": FAQ_SCHEMA["properties"]["source"],
        "crisis": crisis,
        "resource": crisis["properties"]["resources"]["items"],
        "topic": FAQ_SCHEMA["properties"]["topics"]["items"],
        "entry": entry,
        "caveat": entry["properties"]["caveats"]["items"],
    }


def test_the_schema_and_the_loader_allow_the_same_fields() -> None:
    objects = _schema_objects()
    assert set(objects) == set(FAQ_FIELDS)
    for kind, schema in objects.items():
        assert schema["additionalProperties"] is False, kind
        assert set(schema["properties"]) == FAQ_FIELDS[kind], kind
