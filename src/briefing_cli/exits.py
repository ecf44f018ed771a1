"""Exit statuses of the ``briefing`` command, named in one place."""

from enum import IntEnum


class Exit(IntEnum):
    """What the process exit status tells a script."""

    OK = 0  # answered, or the command did its job
    NO_ANSWER = 1  # no confident answer, or an unknown entry id
    USAGE = 2  # empty question, bad option or argument
    CORPUS = 3  # corpus missing, unreadable or invalid
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
    BROKEN_PIPE = 141  # the reader closed the pipe early (128 + SIGPIPE)
