"""The package as a new user gets it: a wheel (built once per run) in a fresh virtual
environment, run from an unrelated folder; and an editable install from the checkout."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO, clean_env

pytestmark = pytest.mark.slow


def _pip(python: Path, *args: str) -> None:
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *args],
        check=True,
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--disable-pip-version-check",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    (built,) = out.glob("briefing-*.whl")
    return built


@pytest.fixture(scope="session")
def fresh_env(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> Path:
    """A new virtual environment with only the wheel (and its dependencies) installed."""
    home = tmp_path_factory.mktemp("venv")
    venv.create(home, with_pip=True)
    python = home / "bin" / "python"
    _pip(python, str(wheel))
    return home


def _briefing(
    home: Path, *args: str, cwd: Path, module: bool = False
) -> subprocess.CompletedProcess:
    command = (
        [str(home / "bin" / "python"), "-m", "briefing_cli"]
        if module
        else [str(home / "bin" / "briefing")]
    )
    return subprocess.run(
        [*command, *args], cwd=cwd, capture_output=True, text=True, env=clean_env(), timeout=120
    )


def test_wheel_carries_the_corpus(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "briefing_cli/data/faq.yaml" in names
    assert "briefing_cli/cli.py" in names
    assert "briefing_cli/thesaurus.sqlite3" in names
    assert "briefing_cli/THESAURUS-LICENSE" in names


def test_wheel_install_answers_from_any_folder(fresh_env, tmp_path):
    result = _briefing(fresh_env, "ask", "what does Russia want", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "legally binding" in result.stdout
    assert "As of 27 January 2022" in result.stdout
    module = _briefing(fresh_env, "ask", "swift", "--json", cwd=tmp_path, module=True)
    assert json.loads(module.stdout)["answered"] is True
    version = _briefing(fresh_env, "--version", cwd=tmp_path)
    assert version.stdout.strip() == "briefing 0.1.0"
    # The shipped thesaurus is found and read in the installed package.
    probe = subprocess.run(
        [
            str(fresh_env / "bin" / "python"),
            "-c",
            "from briefing_cli.thesaurus import synonyms; print(' '.join(synonyms('principle')))",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=clean_env(),
    )
    assert "rule" in probe.stdout.split(), probe.stderr


def test_editable_install_sees_the_corpus(fresh_env, wheel, tmp_path):
    python = fresh_env / "bin" / "python"
    _pip(python, "--no-deps", "--force-reinstall", "-e", str(REPO))
    try:
        result = _briefing(fresh_env, "ask", "nord stream 2", "--json", cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["matches"][0]["id"]
        check = _briefing(fresh_env, "check", cwd=tmp_path)
        assert str(REPO / "data" / "faq.yaml") in check.stdout
    finally:
        _pip(python, "--no-deps", "--force-reinstall", str(wheel))
