"""``briefing check``: the bundled corpus is clean, and each kind of problem is caught."""

from __future__ import annotations

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
            "entry 'swift': alias 'troops on the alert' is the same as 'troops on alert'",
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
