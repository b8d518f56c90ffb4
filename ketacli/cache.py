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

Each name starts with the FAQ's source (the bundled FAQ, or a checksum of the --faq
file's full path), so that each write can prune: a source keeps its newest
KEEP_PER_SOURCE indexes (each edit of a FAQ file makes another), and the folder keeps
at most MAX_CACHE_BYTES, the oldest files going first. Files named in an older layout,
and temporary files a killed run left behind, go too.
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
from ketacli.match import IndexState, Matcher

# What a cache hit can raise when the file is corrupt or from another layout.
_BAD_CACHE = (OSError, EOFError, ValueError, TypeError, KeyError, IndexError, AttributeError)
KEEP_PER_SOURCE = 3  # a file and its last edits, or one FAQ under two ketacli or Python versions
MAX_CACHE_BYTES = 256 * 2**20  # a 10,000-entry FAQ's index is about 4 MiB, a 100,000-entry one 41 MiB
_STALE_TEMPORARY_SECONDS = 3600


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
        return faq, Matcher(faq, IndexState(*state))
    except _BAD_CACHE:
        pass
    faq = build_faq(source.data(), source.label)
    matcher = Matcher(faq)
    if _write(file, marshal.dumps((faq.to_plain(), tuple(matcher.state)))):
        prune(file)
    return faq, matcher


def cache_file(source: FaqSource) -> Path:
    python = f"py{sys.version_info.major}{sys.version_info.minor}"
    if source.bundled:
        # The bundled file changes only with the package (or a checkout's edits): its size
        # and modification time name it, which spares importing hashlib at start-up.
        status = source.file.stat()
        origin, key = "bundled", f"{status.st_size}-{status.st_mtime_ns}"
    else:
        # Two checksums of the content and its size: as good as a cryptographic hash against
        # accidental clashes, and several times faster on a large file (no hashlib import).
        raw = source.raw
        origin = format(zlib.crc32(os.fsencode(source.file.absolute())), "08x")
        key = f"{zlib.crc32(raw):08x}{zlib.adler32(raw):08x}-{len(raw)}"
    return cache_dir() / f"index-{origin}-{__version__}-{python}-{_matcher_code()}-{key}.marshal"


def _origin(name: str) -> str | None:
    """The source part of an index file's name ("bundled", or a path's checksum); None for
    a name in another layout (an older ketacli's)."""
    parts = name.split("-")
    if len(parts) >= 6 and parts[0] == "index" and (parts[1] == "bundled" or len(parts[1]) == 8):
        return parts[1]
    return None


def prune(kept: Path) -> None:
    """After writing `kept`: drop its source's older indexes beyond the newest
    KEEP_PER_SOURCE, files of an older layout, stale temporary files, and then the
    oldest files while the folder holds more than MAX_CACHE_BYTES. `kept` always stays."""
    import time

    origin = _origin(kept.name)
    now = time.time()
    files = []  # (modified, size, path) of every index file
    try:
        with os.scandir(kept.parent) as listing:
            for item in listing:
                if item.name.startswith(".index-"):
                    if now - item.stat().st_mtime > _STALE_TEMPORARY_SECONDS:
                        _remove(Path(item.path))
                elif item.name.startswith("index-") and item.name.endswith(".marshal") and item.name != kept.name:
                    status = item.stat()
                    files.append((status.st_mtime_ns, status.st_size, Path(item.path)))
        total = kept.stat().st_size
    except OSError:
        return
    of_source = 1  # `kept`
    for _, size, path in sorted(files, reverse=True):  # newest first
        name_origin = _origin(path.name)
        of_source += name_origin == origin
        old_layout = name_origin is None
        superseded = name_origin == origin and of_source > KEEP_PER_SOURCE
        if old_layout or superseded or total + size > MAX_CACHE_BYTES:
            _remove(path)
        else:
            total += size


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _matcher_code() -> str:
    """When the code that shapes the cached data was last changed (a checkout's edits, say):
    an index built by other code is not reused."""
    modules = (match, lexicon, reading, text, aspects, faq_model)
    stamps = (Path(module.__file__).stat().st_mtime_ns for module in modules if module.__file__)
    return format(zlib.crc32(repr(tuple(stamps)).encode()), "08x")


def _write(file: Path, content: bytes) -> bool:
    """Write atomically, or not at all (False): a cache that cannot be written is only slower."""
    import tempfile

    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=file.parent, prefix=".index-")
    except OSError:
        return False
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
        os.replace(temporary, file)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return False
    return True
