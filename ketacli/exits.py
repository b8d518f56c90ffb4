"""Exit statuses: the one place that names them (documented in README)."""

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0  # answered, or found
    NO_ANSWER = 1  # no confident answer, or no such entry / topic
    ERROR = 2  # usage or data error: empty question, bad option, unreadable or invalid FAQ file
    # The reader went away (`| head`): Python's own status for EPIPE. An alias of NO_ANSWER
    # (same value), so its .name reads "NO_ANSWER".
    BROKEN_PIPE = 1
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it
