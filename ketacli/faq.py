"""The FAQ as data: typed entries, loading and validation.

Standard library only, so loading stays cheap and the module works without the CLI.
Validation mirrors data/faq.schema.json; the first problem found is raised as a
`FaqError` whose message is one line: the file, where in it, and what is wrong.
"""

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from ketacli.aspects import ASPECTS, SUBJECTS

SCHEMA_VERSION = 1
# A FAQ file larger than this is refused rather than read (a 100,000-entry FAQ is ~55 MiB).
MAX_FAQ_BYTES = 128 * 2**20

# The fixed vocabulary of caveats, with what each kind tells a reader.
CAVEAT_KINDS: dict[str, str] = {
    "truncated": "the source cuts the answer off, or leaves out text it refers to",
    "mismatch": "the answer does not (fully) answer the question it is paired with",
    "duplicate": "another entry carries the same answer",
    "boilerplate": "no real answer (site text); kept but never offered as an answer",
    "promotional": "clinic marketing rather than neutral information",
    "unsupported-claim": "a single study, a quotation, or a figure without a named source",
    "dated": "a time-sensitive claim, with the checked fact and its date",
}

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class FaqError(Exception):
    """The FAQ file cannot be used; str(error) is a one-line explanation."""

    def __init__(self, message: str, *, unreadable: bool = False) -> None:
        # Values quoted from a bad file must not break the line or reach the terminal raw.
        super().__init__(_CONTROL.sub(lambda found: f"\\x{ord(found.group()):02x}", message))
        self.unreadable = unreadable  # no such file, a directory, no permission: not a format problem


class Caveat(NamedTuple):
    kind: str
    text: str


class Topic(NamedTuple):
    id: str
    name: str
    description: str


class CrisisResource(NamedTuple):
    region: str
    name: str
    contact: str


class Entry(NamedTuple):
    id: str
    question: str
    topic: str
    answer: str
    source_text: str
    aliases: tuple[str, ...] = ()
    attribution: str | None = None
    caveats: tuple[Caveat, ...] = ()
    question_inferred: bool = False
    repairs: tuple[str, ...] = ()
    # What the ANSWER answers (aspects.py's vocabulary); empty when the file does not say.
    aspects: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    # The answer presents racemic (IV or oral) ketamine as a depression treatment: it must
    # then carry the checked off-label fact in a caveat.
    offlabel_treatment: bool = False

    @property
    def offerable(self) -> bool:
        """Boilerplate entries are kept for fidelity but never given as answers."""
        return not any(caveat.kind == "boilerplate" for caveat in self.caveats)


class Faq:
    """A loaded FAQ. Compared and hashed by identity: one loaded FAQ, one matcher.

    A plain class rather than a dataclass, which would take a millisecond of every start.
    """

    def __init__(
        self,
        title: str,
        source_description: str,
        disclaimer: str,
        last_reviewed: date,
        crisis_message: str,
        crisis_resources: tuple[CrisisResource, ...],
        topics: tuple[Topic, ...],
        entries: tuple[Entry, ...],
        path: str = "<bundled>",
        schema_version: int = SCHEMA_VERSION,
    ) -> None:
        self.title = title
        self.source_description = source_description
        self.disclaimer = disclaimer
        self.last_reviewed = last_reviewed
        self.crisis_message = crisis_message
        self.crisis_resources = crisis_resources
        self.topics = topics
        self.entries = entries
        self.path = path
        self.schema_version = schema_version
        self._by_id = {entry.id: entry for entry in entries}

    def __repr__(self) -> str:
        return f"<Faq {self.path}: {len(self.entries)} entries>"

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def topic(self, topic_id: str) -> Topic | None:
        return next((topic for topic in self.topics if topic.id == topic_id), None)

    def entries_in(self, topic_id: str) -> list[Entry]:
        return [entry for entry in self.entries if entry.topic == topic_id]

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def to_plain(self) -> tuple[Any, ...]:
        """The FAQ as nested tuples of plain values (for the cache); `from_plain` reverses it."""
        return (
            self.title,
            self.source_description,
            self.disclaimer,
            self.last_reviewed.toordinal(),
            self.crisis_message,
            tuple(map(tuple, self.crisis_resources)),
            tuple(map(tuple, self.topics)),
            tuple(map(_entry_to_plain, self.entries)),
            self.schema_version,
        )

    @classmethod
    def from_plain(cls, plain: tuple[Any, ...], path: str) -> "Faq":
        """Rebuild a FAQ that was validated when `to_plain` saved it: no checks, so it is quick."""
        title, source, disclaimer, reviewed, message, resources, topics, entries, version = plain
        return cls(
            title,
            source,
            disclaimer,
            date.fromordinal(reviewed),
            message,
            tuple(map(CrisisResource._make, resources)),
            tuple(map(Topic._make, topics)),
            tuple(_entry_from_plain(entry) for entry in entries),
            path,
            version,
        )


_ANSWER, _SOURCE_TEXT, _CAVEATS = (Entry._fields.index(name) for name in ("answer", "source_text", "caveats"))


def _entry_to_plain(entry: Entry) -> tuple[Any, ...]:
    plain: list[Any] = list(entry)
    plain[_CAVEATS] = tuple(tuple(caveat) for caveat in entry.caveats)
    if entry.source_text == entry.answer:  # most answers are the source's text: stored once
        plain[_SOURCE_TEXT] = None
    return tuple(plain)


def _entry_from_plain(plain: tuple[Any, ...]) -> Entry:
    fields = list(plain)
    fields[_CAVEATS] = tuple(map(Caveat._make, fields[_CAVEATS]))
    if fields[_SOURCE_TEXT] is None:
        fields[_SOURCE_TEXT] = fields[_ANSWER]
    return Entry._make(fields)


def bundled_faq_path() -> Path:
    """The FAQ shipped with the package, or the checkout's data/faq.json.

    An installed wheel has it beside this module (the quick check, as start-up time
    matters); a package imported some other way (a zip, say) is asked through
    importlib.resources; a source checkout or editable install has it in data/.
    """
    beside = Path(__file__).resolve().parent / "data" / "faq.json"
    if beside.is_file():
        return beside
    from importlib import resources

    packaged = resources.files("ketacli") / "data" / "faq.json"
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "data" / "faq.json"


def load_faq(path: str | Path | None = None) -> Faq:
    """Load and fully validate a FAQ file (the bundled one when `path` is None)."""
    source = FaqSource.of(path)
    return build_faq(source.data(), source.label)


class FaqSource(NamedTuple):
    """Where a FAQ comes from, and its bytes: read once, for parsing and for the cache key."""

    label: str  # how errors name it: the path as given, or "bundled FAQ"
    raw: bytes
    file: Path
    bundled: bool = False

    @classmethod
    def of(cls, path: str | Path | None) -> "FaqSource":
        label = str(path) if path is not None else "bundled FAQ"
        file = Path(path) if path is not None else bundled_faq_path()
        try:
            raw = _read_bounded(file)
        except FileNotFoundError:
            raise FaqError(f"{label}: file not found", unreadable=True) from None
        except IsADirectoryError:
            raise FaqError(f"{label}: is a directory, not a FAQ file", unreadable=True) from None
        except PermissionError:
            raise FaqError(f"{label}: permission denied", unreadable=True) from None
        except OSError as error:
            raise FaqError(f"{label}: cannot read: {error.strerror or error}", unreadable=True) from None
        if raw is None:
            raise FaqError(f"{label}: larger than {MAX_FAQ_BYTES // 2**20} MiB; not a FAQ file ketacli can use")
        return cls(label, raw, file, bundled=path is None)

    def text(self) -> str:
        try:
            return self.raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise FaqError(f"{self.label}: not UTF-8 text (invalid byte at offset {error.start})") from None

    def data(self) -> Any:
        """The decoded JSON, not yet validated."""
        return _decode_json(self.text(), self.label)


def _decode_json(text: str, label: str) -> Any:
    import json  # here: a FAQ loaded from the index cache is not JSON

    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise FaqError(f"{label}: invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    except RecursionError:
        raise FaqError(f"{label}: invalid FAQ: JSON nested too deeply") from None
    except ValueError as error:  # e.g. a number too long to convert
        raise FaqError(f"{label}: invalid JSON: {error}") from None


def _read_bounded(file: Path) -> bytes | None:
    """The file's bytes, or None past MAX_FAQ_BYTES (a device such as /dev/zero never ends)."""
    chunks, size = [], 0
    with file.open("rb") as handle:
        if file.is_file():  # a regular file says how big it is: one read
            raw = handle.read(MAX_FAQ_BYTES + 1)
            return raw if len(raw) <= MAX_FAQ_BYTES else None
        while chunk := handle.read(1 << 20):
            size += len(chunk)
            if size > MAX_FAQ_BYTES:
                return None
            chunks.append(chunk)
    return b"".join(chunks)


def parse_faq(text: str, label: str = "<string>") -> Faq:
    """Validate FAQ JSON text and build the typed model; raise FaqError on the first problem."""
    return build_faq(_decode_json(text, label), label)


def build_faq(data: Any, label: str = "<string>") -> Faq:
    """Validate decoded FAQ JSON and build the typed model; raise FaqError on the first problem."""
    return _Validator(label).faq(data)


T = TypeVar("T")

# The fields each object may have (data/faq.schema.json says the same, with
# additionalProperties false): a misspelt key ("aliass") would otherwise be dropped unseen.
FIELDS = {
    "$": frozenset(
        ("$schema", "schema_version", "title", "source", "last_reviewed", "disclaimer", "crisis", "topics", "entries")
    ),
    "source": frozenset(("description", "file", "dated")),
    "crisis": frozenset(("message", "resources")),
    "resource": frozenset(CrisisResource._fields),
    "topic": frozenset(Topic._fields),
    "entry": frozenset(Entry._fields),
    "caveat": frozenset(Caveat._fields),
}


class _Validator:
    """Walks the decoded JSON, naming the JSON path (and entry id) of the first problem."""

    def __init__(self, label: str) -> None:
        self.label = label

    def fail(self, where: str, what: str) -> FaqError:
        return FaqError(f"{self.label}: {where}: {what}")

    def field(self, obj: dict[str, Any], key: str, kind: type[T], where: str, *, optional: bool = False) -> T:
        if key not in obj:
            if optional:
                return None  # type: ignore[return-value]
            raise self.fail(where, f"missing field '{key}'")
        value = obj[key]
        if value is None and optional:
            return None  # type: ignore[return-value]
        # bool is an int in Python; a JSON true is not a schema version.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            expected = {
                str: "a string",
                int: "an integer",
                bool: "true or false",
                list: "a list",
                dict: "an object",
            }
            raise self.fail(f"{where}.{key}", f"expected {expected.get(kind, kind.__name__)}, got {_json_type(value)}")
        if isinstance(value, str) and not value.strip():
            raise self.fail(f"{where}.{key}", "must not be empty")
        return value

    def objects(
        self, obj: dict[str, Any], key: str, where: str, kind: str | None = None
    ) -> Iterable[tuple[str, dict[str, Any]]]:
        """The list of objects under `key`; with `kind`, each may only have that kind's FIELDS."""
        items = self.field(obj, key, list, where)
        for index, item in enumerate(items):
            item_where = f"{where}.{key}[{index}]" if where != "$" else f"{key}[{index}]"
            if not isinstance(item, dict):
                raise self.fail(item_where, f"expected an object, got {_json_type(item)}")
            if kind is not None:
                self.known_fields(item, kind, item_where)
            yield item_where, item

    def strings(self, obj: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        values = self.field(obj, key, list, where, optional=True) or []
        for index, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                raise self.fail(f"{where}.{key}[{index}]", f"expected a non-empty string, got {_json_type(value)}")
        return tuple(values)

    def known_fields(self, obj: dict[str, Any], kind: str, where: str) -> None:
        unknown = obj.keys() - FIELDS[kind]
        if unknown:
            import difflib  # only for a file with a mistake

            field = min(unknown)
            close = difflib.get_close_matches(field, FIELDS[kind], n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"known: {', '.join(sorted(FIELDS[kind]))}"
            raise self.fail(where, f"unknown field '{field}' ({hint})")

    def unique(self, items: list[T], key: Callable[[T], str], what: str, where: str) -> None:
        seen: set[str] = set()
        for item in items:
            if key(item) in seen:
                raise self.fail(where, f"duplicate {what} '{key(item)}'")
            seen.add(key(item))

    def faq(self, data: Any) -> Faq:
        if not isinstance(data, dict):
            raise self.fail("$", f"expected a JSON object at the top level, got {_json_type(data)}")
        self.known_fields(data, "$", "$")
        version = self.field(data, "schema_version", int, "$")
        if version != SCHEMA_VERSION:
            raise self.fail("schema_version", f"unsupported version {version} (this ketacli reads {SCHEMA_VERSION})")
        reviewed = self.field(data, "last_reviewed", str, "$")
        try:
            last_reviewed = date.fromisoformat(reviewed)
        except ValueError:
            raise self.fail("last_reviewed", f"expected a date as YYYY-MM-DD, got {reviewed!r}") from None
        source = self.field(data, "source", dict, "$")
        self.known_fields(source, "source", "source")
        crisis = self.field(data, "crisis", dict, "$")
        self.known_fields(crisis, "crisis", "crisis")
        resources_ = [
            CrisisResource(*(self.field(item, key, str, where) for key in ("region", "name", "contact")))
            for where, item in self.objects(crisis, "resources", "crisis", "resource")
        ]
        if not resources_:
            raise self.fail("crisis.resources", "must list at least one resource")
        topics = [
            Topic(*(self.field(item, key, str, where) for key in ("id", "name", "description")))
            for where, item in self.objects(data, "topics", "$", "topic")
        ]
        if not topics:
            raise self.fail("topics", "must define at least one topic")
        for index, topic in enumerate(topics):
            if not _SLUG.match(topic.id):
                raise self.fail(f"topics[{index}].id", "must be a lowercase slug such as 'how-it-works'")
        self.unique(topics, lambda topic: topic.id, "topic id", "topics")
        topic_ids = {topic.id for topic in topics}
        entries = [self.entry(item, where, topic_ids) for where, item in self.objects(data, "entries", "$")]
        if not entries:
            raise self.fail("entries", "the FAQ has no entries")
        self.unique(entries, lambda entry: entry.id, "entry id", "entries")
        self.unique_questions(entries)
        return Faq(
            title=self.field(data, "title", str, "$"),
            source_description=self.field(source, "description", str, "source"),
            disclaimer=self.field(data, "disclaimer", str, "$"),
            last_reviewed=last_reviewed,
            crisis_message=self.field(crisis, "message", str, "crisis"),
            crisis_resources=tuple(resources_),
            topics=tuple(topics),
            entries=tuple(entries),
            path=self.label,
            schema_version=version,
        )

    def entry(self, item: dict[str, Any], where: str, topic_ids: set[str]) -> Entry:
        entry_id = self.field(item, "id", str, where)
        where = f"{where} (id '{entry_id}')"
        self.known_fields(item, "entry", where)
        if not _SLUG.match(entry_id):
            raise self.fail(where, "id must be a lowercase slug such as 'how-fast' (letters, digits, hyphens)")
        topic = self.field(item, "topic", str, where)
        if topic not in topic_ids:
            raise self.fail(f"{where}.topic", f"unknown topic '{topic}' (defined: {', '.join(sorted(topic_ids))})")
        caveats = []
        for caveat_where, caveat in self.objects(item, "caveats", where, "caveat"):
            kind = self.field(caveat, "kind", str, caveat_where)
            if kind not in CAVEAT_KINDS:
                raise self.fail(
                    f"{caveat_where}.kind", f"unknown caveat kind '{kind}' (known: {', '.join(CAVEAT_KINDS)})"
                )
            caveats.append(Caveat(kind, self.field(caveat, "text", str, caveat_where)))
        return Entry(
            id=entry_id,
            question=self.field(item, "question", str, where),
            topic=topic,
            answer=self.field(item, "answer", str, where),
            source_text=self.field(item, "source_text", str, where),
            aliases=self.strings(item, "aliases", where),
            attribution=self.field(item, "attribution", str, where, optional=True),
            caveats=tuple(caveats),
            question_inferred=bool(self.field(item, "question_inferred", bool, where, optional=True)),
            repairs=self.strings(item, "repairs", where),
            aspects=self.vocabulary(item, "aspects", ASPECTS, where),
            subjects=self.vocabulary(item, "subjects", SUBJECTS, where),
            offlabel_treatment=bool(self.field(item, "offlabel_treatment", bool, where, optional=True)),
        )

    def unique_questions(self, entries: list[Entry]) -> None:
        """Two entries asking one question (case, spacing and quotes aside) would be one
        answer too many: a match, and a labelled question, could name either."""
        first: dict[str, Entry] = {}
        for index, entry in enumerate(entries):
            earlier = first.setdefault(question_key(entry.question), entry)
            if earlier is not entry:
                raise self.fail(
                    f"entries[{index}] (id '{entry.id}').question",
                    f"the same question as entry '{earlier.id}': {entry.question!r}",
                )

    def vocabulary(self, item: dict[str, Any], key: str, known: dict[str, Any], where: str) -> tuple[str, ...]:
        values = self.strings(item, key, where)
        for index, value in enumerate(values):
            if value not in known:
                raise self.fail(f"{where}.{key}[{index}]", f"unknown {key[:-1]} '{value}' (known: {', '.join(known)})")
        return values


def question_key(question: str) -> str:
    """What makes two questions the same one: NFKC, straight quotes, case and spacing folded
    (as ../shared/eval/score.py compares them)."""
    import unicodedata

    text = unicodedata.normalize("NFKC", question)
    text = text.translate(str.maketrans("\u2019\u2018\u201c\u201d", "''\"\""))
    return " ".join(text.casefold().split())


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "an object",
    }.get(type(value), type(value).__name__)
