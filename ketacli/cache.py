"""The index cache: a FAQ's decoded data and its matcher index, kept between runs.

Building the matcher's index is the slow part of answering from a large FAQ, and the
same file is asked again and again. The first `ask` (or `eval`) on a FAQ file writes
its validated data and index to the user's cache directory, $XDG_CACHE_HOME/ketacli (by default
~/.cache/ketacli), in a file named for the ketacli version, the Python version, the
matching code's modification times, and the FAQ file's content (two checksums, CRC-32
and Adler-32, and its size; for the bundled FAQ, its size and modification time);
later runs load that instead. A changed file or
a new ketacli gets a new name, so a stale index is never used. Files are written
atomically (a temporary file, then a rename); a cache that is missing, unreadable,
unwritable or corrupt is ignored and the index is built in memory as if there were
none. `--no-cache` skips reading and writing. The format is Python's marshal (no
import cost at start-up): the cache is the user's own, written only by ketacli.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from pathlib import Path

from ketacli import __version__, aspects, lexicon, match, reading, text
from ketacli import faq as faq_model
from ketacli.faq import Faq, FaqSource, build_faq
from ketacli.match import Matcher

# What a cache hit can raise when the file is corrupt or from another layout.
_BAD_CACHE = (OSError, EOFError, ValueError, TypeError, KeyError, IndexError, AttributeError)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ketacli"


def load(path: str | Path | None, *, use_cache: bool = True) -> tuple[Faq, Matcher]:
    """The FAQ (the bundled one when `path` is None) and its matcher, from the cache when it can."""
    source = FaqSource.of(path)
    if not use_cache:
        faq = build_faq(source.data(), source.label)
        return faq, Matcher(faq)
    file = cache_file(source)
    try:
        plain, state = marshal.loads(file.read_bytes())
        faq = Faq.from_plain(plain, source.label)
        return faq, Matcher(faq, state)
    except _BAD_CACHE:
        pass
    faq = build_faq(source.data(), source.label)
    matcher = Matcher(faq)
    _write(file, marshal.dumps((faq.to_plain(), matcher.state())))
    return faq, matcher


def cache_file(source: FaqSource) -> Path:
    python = f"py{sys.version_info.major}{sys.version_info.minor}"
    if source.bundled:
        # The bundled file changes only with the package (or a checkout's edits): its size
        # and modification time name it, which spares importing hashlib at start-up.
        status = source.file.stat()
        key = f"bundled-{status.st_size}-{status.st_mtime_ns}"
    else:
        # Two checksums of the content and its size: as good as a cryptographic hash against
        # accidental clashes, and several times faster on a large file (no hashlib import).
        raw = source.raw
        key = f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}-{len(raw)}"
    return cache_dir() / f"index-{__version__}-{python}-{_matcher_code()}-{key}.marshal"


def _matcher_code() -> str:
    """When the code that shapes the cached data was last changed (a checkout's edits, say):
    an index built by other code is not reused."""
    modules = (match, lexicon, reading, text, aspects, faq_model)
    stamps = (Path(module.__file__).stat().st_mtime_ns for module in modules if module.__file__)
    return format(zlib.crc32(repr(tuple(stamps)).encode()), "08x")


def _write(file: Path, content: bytes) -> None:
    """Write atomically, or not at all: a cache that cannot be written is only slower."""
    import tempfile

    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=file.parent, prefix=".index-")
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        os.replace(temporary, file)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
