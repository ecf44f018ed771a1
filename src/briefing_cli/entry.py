"""The console-script entry point: kept tiny so Ctrl-C during start-up is handled too."""

from __future__ import annotations

import sys

from briefing_cli.exits import Exit


def main() -> None:
    """Run ``briefing``; an interrupt at any moment exits 130 without a traceback."""
    try:
        from briefing_cli.cli import main as run

        run()
    except KeyboardInterrupt:
        sys.stderr.flush()
        sys.exit(Exit.INTERRUPTED)
