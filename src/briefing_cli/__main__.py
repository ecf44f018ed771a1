"""Allow ``python -m briefing_cli``."""

from briefing_cli.entry import main

main()
