"""The README is part of the product: its set-up commands are the ones CI runs, and it
documents every exit status."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from briefing_cli.exits import Exit
from tests.conftest import REPO, SOURCES, clean_env

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


def _examples() -> list[tuple[str, str]]:
    """Each `$ command` in the README's console blocks, with the output shown under it."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        parts = re.split(r"^\$ (.*)$", block, flags=re.M)
        for command, output in zip(parts[1::2], parts[2::2]):
            if command != "echo $?":
                found.append((command, output.removeprefix("\n").rstrip("\n")))
    return found


@pytest.mark.parametrize(("command", "shown"), _examples(), ids=[c for c, _ in _examples()])
def test_readme_examples_show_real_output(command, shown, tmp_path):
    if "../shared/sources" in command and not SOURCES.is_dir():
        pytest.skip("the source texts (../shared/sources) are absent")
    runnable = command.replace("briefing", f"{sys.executable} -m briefing_cli", 1)
    result = subprocess.run(
        runnable, shell=True, capture_output=True, text=True, cwd=REPO, env=clean_env()
    )
    output = result.stdout.rstrip("\n")
    if shown.startswith("/…"):  # a path that differs from machine to machine
        assert output.endswith(shown[2:])
    else:
        assert output == shown
