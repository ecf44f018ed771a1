"""How the matcher reads a question's words: spelling variants, joined words and the
like, checked on the real corpus through the real ranking."""

from __future__ import annotations

import os

import pytest

from briefing_cli.compiled import open_compiled
from briefing_cli.locations import bundled_path
from briefing_cli.normalise import stem
from briefing_cli.search import rank


@pytest.fixture(scope="module")
def compiled():
    return open_compiled(bundled_path(), {**os.environ, "BRIEFING_NO_CACHE": "1"})


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("licence", "license"),
        ("defence", "defense"),
        ("centre", "center"),
        ("centres", "centers"),
        ("labour", "labor"),
        ("neighbourhood", "neighborhood"),
        ("behaviour", "behavior"),
        ("dialogue", "dialog"),
        ("analysed", "analyzed"),
        ("programmes", "programs"),
        ("destabilising", "destabilizing"),
    ],
)
def test_british_and_american_spellings_are_one_word(british, american):
    assert stem(british) == stem(american)


@pytest.mark.parametrize(
    ("word", "expected"), [("hours", "hour"), ("yours", "your"), ("journey", "journey")]
)
def test_words_that_only_look_british_are_left_alone(word, expected):
    assert stem(word) == expected


def test_either_spelling_finds_the_same_entry(compiled):
    british = rank("what licence is the usapp blog under", compiled)
    american = rank("what license is the usapp blog under", compiled)
    assert british.answered and american.answered
    assert british.matches[0].entry.id == american.matches[0].entry.id == "lse-post-details"
