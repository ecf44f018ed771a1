"""The console-script entry point: kept tiny so Ctrl-C during start-up is handled too.

Only the ``briefing`` command (and ``python -m briefing_cli``) imports this module, and
importing it is what makes Ctrl-C quiet from the first moment: until the command is
loaded, an interrupt ends the process at once with status 130.
"""

from __future__ import annotations

import _signal
import os


def _quit_at_start_up(signum: int, frame: object) -> None:
    """Ctrl-C while the command is still being imported: nothing has been written yet,
    so it ends at once, quietly (an interrupt raised inside an import can surface as
    another error, with a traceback)."""
    os._exit(_INTERRUPTED)


_INTERRUPTED = 130  # Exit.INTERRUPTED, before even that module is loaded
_signal.signal(_signal.SIGINT, _quit_at_start_up)

import sys  # noqa: E402  (after the handler: start-up is covered from here on)

from briefing_cli.exits import Exit  # noqa: E402


def main() -> None:
    """Run ``briefing``; an interrupt at any moment exits 130 without a traceback."""
    _signal.signal(_signal.SIGINT, _quit_at_start_up)
    try:
        from briefing_cli.cli import main as run

        # From here on an interrupt is a KeyboardInterrupt again, so what runs can end
        # cleanly (a batch stops between questions, output is flushed).
        _signal.signal(_signal.SIGINT, _signal.default_int_handler)
        run()
    except SystemExit:
        raise
    except BaseException as error:
        if not _interrupted(error):
            raise
        sys.stderr.flush()
        sys.exit(Exit.INTERRUPTED)


def _interrupted(error: BaseException | None) -> bool:
    """True if the error is an interrupt, or was caused by one (Ctrl-C inside a lazy
    import can surface as a RuntimeError raised while a class was being made)."""
    seen = 0
    while error is not None and seen < _CHAIN:
        if isinstance(error, KeyboardInterrupt):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


_CHAIN = 8  # links of an exception's chain looked through for the interrupt
