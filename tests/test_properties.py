"""Property tests over arbitrary text: normalisation, matching and every renderer never
raise, text formats never carry control characters, JSON always parses."""

from __future__ import annotations

import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing_cli.answers import ask
from briefing_cli.compiled import open_compiled
from briefing_cli.locations import bundled_path
from briefing_cli.normalise import Lexicon, fold
from briefing_cli.render import jsonout, markdown, plain
from briefing_cli.render.text import clean
from briefing_cli.search import MAX_QUERY_CHARS

CONTROL = {chr(c) for c in range(32)} - {"\n", "\t"} | {chr(c) for c in range(0x7F, 0xA0)}
TEXT = st.text(st.characters(codec="utf-8"), max_size=300) | st.sampled_from(
    ["", " ", "\x1b[31m", "\x1b]0;t\x07", "[bold]", "[/]", "\u202e", "8,500", "javlin", "\x00"]
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def compiled():
    return open_compiled(bundled_path(), {**os.environ, "BRIEFING_NO_CACHE": "1"})


@FAST
@given(TEXT)
def test_normalisation_never_raises_and_is_stable(text):
    lexicon = Lexicon([["us", "united states", "america"]])
    terms = lexicon.terms(text)
    assert all(t and t == t.strip() for t in terms)
    assert fold(fold(text)) == fold(text)


@FAST
@given(TEXT)
def test_clean_leaves_no_control_characters(text):
    assert not CONTROL & set(clean(text))


@FAST
@given(question=TEXT, top=st.integers(1, 4))
def test_every_renderer_copes_with_any_question(compiled, question, top):
    if len(question) > MAX_QUERY_CHARS:
        return
    answer = ask(question, compiled, top=top)
    for module in (plain, markdown):
        out = io.StringIO()
        module.ask(out, answer, compiled, top, explain=True)
        assert not CONTROL & set(out.getvalue())
    out = io.StringIO()
    jsonout.ask(out, answer, compiled, top, explain=True)
    value = json.loads(out.getvalue())
    assert value["query"] == clean(question)
    assert value["answered"] is answer.answered


@FAST
@given(question=TEXT)
def test_rich_renderer_copes_with_any_question(compiled, question):
    from rich.console import Console

    from briefing_cli.render import terminal

    answer = ask(question, compiled)
    console = Console(file=io.StringIO(), width=60, color_system=None, markup=False)
    terminal.ask(console, answer, compiled, 1, explain=True)
    assert not CONTROL & set(console.file.getvalue())


@FAST
@given(question=TEXT)
def test_scores_are_bounded_and_sorted(compiled, question):
    answer = ask(question, compiled, top=5)
    scores = [m.score for m in answer.ranking.matches]
    assert all(0 <= s <= 100 for s in scores)
    assert scores == sorted(scores, reverse=True)


GLUED = st.lists(
    st.sampled_from(
        "how many troops national security secretary of state russia tagline regoin Kyiv".split()
    ),
    min_size=1,
    max_size=4,
).map("".join)


@FAST
@given(text=GLUED | TEXT)
def test_setting_run_together_words_apart_only_adds_spaces(compiled, text):
    from briefing_cli.corrections import Lookup, unglued

    apart = unglued(text, Lookup(compiled))
    assert apart.replace(" ", "") == text.replace(" ", "")
    assert unglued(apart, Lookup(compiled)) == apart
