"""Rendered output at a fixed width, compared with reviewed golden files.

Regenerate deliberately with ``BRIEFING_UPDATE_GOLDEN=1 python -m pytest
tests/test_golden.py`` and review the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import MINI, REPO

GOLDEN = Path(__file__).parent / "golden"
CASES = {
    "ask": ["ask", "how many troops are at the border"],
    "ask-top": ["ask", "troops at the border", "--top", "2"],
    "ask-declined": ["ask", "capital of France"],
    "ask-explain": ["ask", "swift ban", "--explain"],
    "list": ["list"],
    "list-topic": ["list", "troops"],
    "show": ["show", "troop-count"],
    "show-unknown": ["show", "troop"],
    "sources": ["sources"],
    "brief": ["brief"],
}
FORMATS = ["plain", "markdown", "json", "rich"]


def _compare(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run with BRIEFING_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", sorted(CASES))
def test_rendered_output_matches_golden(run, case, fmt):
    result = run("--corpus", str(MINI), *CASES[case], "--format", fmt)
    output = result.stdout.replace(str(REPO), "<repo>")
    _compare(f"{case}.{fmt}", f"exit {result.exit_code}\n{output}")


def test_bundled_entry_golden(run):
    result = run("show", "swift-cut-off", "--format", "plain")
    _compare("bundled-show.plain", result.stdout)
