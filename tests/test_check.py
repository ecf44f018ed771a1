"""``briefing check``: the bundled corpus is clean, and each kind of problem is caught."""

from __future__ import annotations

import re

import pytest

from briefing_cli.exits import Exit
from tests.conftest import DATA, MINI, SOURCES
from tests.conftest import mini_variant as variant


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the source texts (../shared/sources) are absent")
def test_bundled_corpus_is_clean_and_every_quote_verifies(run):
    result = run("check", "--sources", str(SOURCES))
    assert result.exit_code == Exit.OK, result.output
    assert result.stdout.strip().endswith("no problems")
    assert "quotes verified against" in result.stdout


def test_bundled_corpus_is_clean_without_sources(run):
    result = run("check")
    assert result.exit_code == Exit.OK, result.output


def test_mini_corpus_is_clean(run):
    assert run("--corpus", str(MINI), "check", "--sources", str(DATA)).exit_code == Exit.OK


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            '"cutting off Russia from the SWIFT financial system"',
            '"cutting Russia off from the SWIFT financial system"',
            "entry 'swift': quote not found verbatim in source 'alpha'",
        ),
        (
            '"swift ban"',
            '"troop numbers"',
            "entry 'swift': alias 'troop numbers' is the same as 'troop numbers' of entry "
            "'troop-count'",
        ),
        (
            '"swift ban"',
            '"troops on the alert"',
            "entry 'swift': alias 'troops on the alert' is the same as "
            "'Which troops were put on alert?'",
        ),
        (
            '"swift ban"',
            '"soldier at the borders"',
            "alias 'soldier at the borders' is the same as",
        ),
        ('"swift ban"', '"troops bordr"', "alias 'troops bordr' is nearly the same as"),
        ('"swift ban"', '"what is it"', "alias 'what is it' has no searchable words"),
        (
            'answer: "Cutting Russia off',
            'answer: "' + "word " * 81 + "Cutting Russia off",
            "entry 'swift': answer has 94 words (at most 80)",
        ),
        (
            'quote: "cutting off Russia',
            'quote: "' + "w " * 40 + "cutting off Russia",
            "entry 'swift': quote has 48 words (at most 40)",
        ),
    ],
)
def test_each_kind_of_problem_is_caught(run, tmp_path, old, new, expected):
    path = variant(tmp_path, old, new)
    result = run("--corpus", str(path), "check", "--sources", str(DATA))
    assert result.exit_code == Exit.CORPUS
    assert any(expected in line for line in result.stdout.splitlines()), result.stdout


def test_quotes_compare_with_typographic_quotes_and_whitespace_normalised(run, tmp_path):
    path = variant(tmp_path, '"100,000 troops at the border"', '"100,000  troops at\\nthe border"')
    assert run("--corpus", str(path), "check", "--sources", str(DATA)).exit_code == Exit.OK


def test_check_reports_schema_problems_too(run, tmp_path):
    path = variant(tmp_path, 'related: ["troop-alert"]', 'related: ["nowhere"]')
    result = run("--corpus", str(path), "check")
    assert result.exit_code == Exit.CORPUS
    assert "refers to unknown entry 'nowhere'" in result.stdout


# Lines of the source pages that are page furniture, not facts: no entry needs to quote them.
_FURNITURE = {
    "LSE - Small Logo",
    "Blog Admin",
    "About the author",
    "Julie NormanUCL Centre of US Politics",
    "Leave a Reply",
    "RSS Latest LSE Events podcasts",
}


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the source texts (../shared/sources) are absent")
def test_every_sentence_of_the_documents_is_quoted_by_an_entry():
    """Every fact is reachable by asking: most of each sentence of each document
    (headings and page furniture aside) stands in some entry's evidence quotes."""
    from difflib import SequenceMatcher

    from briefing_cli.check import comparable
    from briefing_cli.corpus import load
    from briefing_cli.locations import bundled_path

    corpus = load(bundled_path())
    quotes = [comparable(e.quote) for entry in corpus.entries for e in entry.evidence]
    headings = {comparable(e.section) for entry in corpus.entries for e in entry.evidence}
    unquoted = []
    for path in sorted(SOURCES.glob("*.txt")):
        for line in dict.fromkeys(comparable(x) for x in path.read_text("utf-8").splitlines()):
            if not line or line in headings or line in _FURNITURE:
                continue
            for sentence in re.split(r"(?<=[.!?])\s+", line):
                covered = [False] * len(sentence)
                for quote in quotes:
                    matcher = SequenceMatcher(None, sentence, quote, autojunk=False)
                    for block in matcher.get_matching_blocks():
                        if block.size >= min(_QUOTED_RUN, len(sentence)):
                            covered[block.a : block.a + block.size] = [True] * block.size
                if sum(covered) < _QUOTED_SHARE * len(sentence):
                    unquoted.append(f"{path.name}: {sentence}")
    assert not unquoted, "\n".join(unquoted)


_QUOTED_RUN = 20  # characters in a row that a quote shares with a sentence to count
_QUOTED_SHARE = 0.6  # how much of a sentence the quotes must hold
