"""Shared fixtures: every test runs with its own cache and a clean environment."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing_cli.cli import app

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
MINI = DATA / "mini.yaml"
SOURCES = REPO.parent / "shared" / "sources"
_ENV_NAMES = (
    "BRIEFING_CORPUS",
    "BRIEFING_NO_CACHE",
    "NO_COLOR",
    "FORCE_COLOR",
    "TERM",
    "COLUMNS",
    "LINES",
    "PYTHONIOENCODING",
)


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A private cache directory and none of the user's settings."""
    for name in _ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    cache = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(cache))
    monkeypatch.setenv("COLUMNS", "80")
    return cache


def mini_variant(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the mini corpus with one piece of text replaced."""
    text = MINI.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "variant.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def clean_env(**extra: str) -> dict[str, str]:
    """The current environment (already isolated) plus ``extra``, for subprocesses."""
    env = dict(os.environ)
    env.update(extra)
    return env


@pytest.fixture
def run():
    """Invoke the real CLI in-process; returns click's Result (stdout, stderr, exit_code)."""
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None, env: dict | None = None):
        return runner.invoke(app, list(args), input=input, env=env)

    return invoke
