"""The README is part of the product: its set-up commands are the ones CI runs, and it
documents every exit status."""

from __future__ import annotations

import re

from briefing_cli.exits import Exit
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _command_after(heading: str) -> str:
    block = README.split(heading, 1)[1]
    return re.search(r"```sh\n(.+?)\n```", block, re.S).group(1).strip()


def test_install_and_run_is_one_command():
    assert (
        _command_after("Install and ask") == 'pip install . && briefing ask "what does Russia want"'
    )


def test_ci_runs_the_readme_test_command():
    command = _command_after("Run the whole test suite:")
    assert command == 'pip install -e ".[test]" && python -m pytest'
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert command in ci.splitlines()


def test_every_exit_status_is_documented():
    table = README.split("## Exit statuses", 1)[1].split("\n## ", 1)[0]
    documented = {int(n) for n in re.findall(r"^\| (\d+) \|", table, re.M)}
    assert documented == {int(e) for e in Exit}
