"""A floor under answer quality on the project's evaluation set (accuracy, not time)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from briefing_cli.compiled import open_compiled
from briefing_cli.locations import bundled_path
from briefing_cli.search import rank

EVAL = Path(__file__).parent / "eval" / "questions.yaml"
TOP1_FLOOR = 0.97


@pytest.fixture(scope="module")
def evaluation():
    data = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    compiled = open_compiled(bundled_path(), {**os.environ, "BRIEFING_NO_CACHE": "1"})
    return data, compiled


def _text(match) -> str:
    entry = match.entry
    return " ".join([entry.question, entry.answer, *(e.quote for e in entry.evidence)])


def test_the_set_is_big_enough():
    data = yaml.safe_load(EVAL.read_text(encoding="utf-8"))
    assert len(data["in_scope"]) >= 150
    assert len(data["oos"]) >= 30


def test_top1_floor(evaluation):
    data, compiled = evaluation
    misses = []
    for item in data["in_scope"]:
        ranking = rank(item["q"], compiled)
        ok = ranking.answered and re.search(item["expect"], _text(ranking.matches[0]), re.I)
        if not ok:
            misses.append(item["q"])
    top1 = 1 - len(misses) / len(data["in_scope"])
    assert top1 >= TOP1_FLOOR, f"top-1 {top1:.1%}; misses: {misses}"


def test_every_unrelated_question_is_declined(evaluation):
    data, compiled = evaluation
    answered = [q for q in data["oos"] if rank(q, compiled).answered]
    assert answered == []


def test_every_entry_is_the_answer_to_some_question(evaluation):
    data, compiled = evaluation
    reached = {
        rank(item["q"], compiled).matches[0].entry.id
        for item in data["in_scope"]
        if rank(item["q"], compiled).answered
    }
    assert set(compiled.entry_ids()) - reached == set()
