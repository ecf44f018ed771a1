"""Allow ``python -m briefing_cli``."""

from briefing_cli.cli import main

main()
