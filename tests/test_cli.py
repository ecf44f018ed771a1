"""The commands through the real CLI: exit statuses and output."""

from __future__ import annotations

import json

import pytest

from briefing_cli.cli import app
from briefing_cli.exits import Exit
from tests.conftest import MINI

ASK_KEYS = {"query", "answered", "answers_part", "matches"}
MATCH_KEYS = {"id", "question", "answer", "topic", "score", "sources"}
SOURCE_KEYS = {"id", "title", "author", "publisher", "date", "url", "section", "quote"}


def test_exit_statuses_are_the_documented_ones():
    assert {e.name: e.value for e in Exit} == {
        "OK": 0,
        "NO_ANSWER": 1,
        "USAGE": 2,
        "CORPUS": 3,
        "INTERRUPTED": 130,
        "BROKEN_PIPE": 141,
    }


def test_ask_answers_with_evidence_attribution_and_date(run):
    result = run("ask", "what does Russia want")
    assert result.exit_code == Exit.OK, result.output
    out = result.stdout
    assert out.startswith("Q: ")
    assert "legally binding" in out
    assert "Julie Norman (University College London)" in out
    assert "https://bit.ly/33Uk7e0" in out
    assert "27 January 2022" in out
    assert "As of 27 January 2022" in out
    assert "Confidence: " in out
    assert "\x1b" not in out


def test_ask_declines_unrelated_question_with_suggestions(run):
    result = run("ask", "how do I make pancakes")
    assert result.exit_code == Exit.NO_ANSWER
    assert result.stdout.startswith("No confident answer for: how do I make pancakes")


def test_ask_declines_close_to_domain_question_and_suggests(run):
    result = run("ask", "capital of France")
    assert result.exit_code == Exit.NO_ANSWER
    assert "Closest questions:" in result.stdout
    assert "[paris-talks]" in result.stdout or "[france-romania-troops]" in result.stdout


@pytest.mark.parametrize("fmt", ["plain", "markdown", "rich"])
def test_a_question_about_a_time_after_the_documents_says_so(run, fmt):
    result = run("ask", "--format", fmt, "did nato send more troops in march 2022")
    assert result.exit_code == Exit.NO_ANSWER
    note = "The documents end on 27 January 2022: they cannot say what happened after it."
    assert note in " ".join(result.stdout.split())
    assert "end on" not in run("ask", "--format", fmt, "capital of France").stdout


@pytest.mark.parametrize("fmt", ["plain", "markdown", "rich"])
def test_which_section_covers_something_names_the_heading_outright(run, fmt):
    result = run("ask", "--format", fmt, "which heading of the lse post is about swift")
    assert result.exit_code == Exit.OK, result.output
    said = " ".join(result.stdout.split())
    assert "What you asked about stands under \u201cWhat about sanctions?\u201d" in said
    assert "swift-cut-off" in said
    assert "stands under" not in run("ask", "--format", fmt, "what does Russia want").stdout


@pytest.mark.parametrize("question", ["", "   ", "\t"])
def test_ask_empty_question_is_a_usage_error(run, question):
    result = run("ask", question)
    assert result.exit_code == Exit.USAGE
    assert result.stdout == ""
    assert result.stderr.strip().endswith("the question is empty (see 'briefing ask --help')")
    assert len(result.stderr.strip().splitlines()) == 1


def test_ask_unknown_topic_is_a_usage_error(run):
    result = run("ask", "sanctions", "--topic", "weather")
    assert result.exit_code == Exit.USAGE
    assert "unknown topic 'weather'" in result.stderr


def test_ask_topic_restricts_the_search(run):
    result = run("ask", "troops", "--topic", "sanctions", "--json")
    data = json.loads(result.stdout)
    assert all(m["topic"] == "sanctions" for m in data["matches"])


def test_ask_top_ranks_several_matches(run):
    result = run("ask", "sanctions on russia", "--top", "3", "--json")
    assert result.exit_code == Exit.OK
    matches = json.loads(result.stdout)["matches"]
    assert len(matches) == 3
    scores = [m["score"] for m in matches]
    assert scores == sorted(scores, reverse=True)
    plain = run("ask", "sanctions on russia", "--top", "3").stdout
    assert "#1" in plain and "#2" in plain and "#3" in plain


def test_ask_json_contract(run):
    result = run("ask", "swift", "--format", "json")
    data = json.loads(result.stdout)
    assert set(data) == ASK_KEYS
    assert data["answered"] is True
    assert set(data["matches"][0]) == MATCH_KEYS
    assert set(data["matches"][0]["sources"][0]) == SOURCE_KEYS
    assert 0 <= data["matches"][0]["score"] <= 100


def test_ask_json_shorthand_equals_format_json(run):
    assert run("ask", "swift", "--json").stdout == run("ask", "swift", "-f", "json").stdout


def test_declined_json_lists_suggestions(run):
    result = run("ask", "capital of France", "--json")
    data = json.loads(result.stdout)
    assert result.exit_code == Exit.NO_ANSWER
    assert data["answered"] is False
    assert 1 <= len(data["matches"]) <= 3


def test_ask_stdin_streams_json_lines_in_order(run):
    questions = "swift\n\n  \nhow do I make pancakes\nnord stream 2\n"
    result = run("ask", "-", "--json", input=questions)
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    assert [x["query"] for x in lines] == ["swift", "how do I make pancakes", "nord stream 2"]
    assert [x["answered"] for x in lines] == [True, False, True]
    assert result.exit_code == Exit.NO_ANSWER  # one question was declined


def test_ask_stdin_all_answered_exits_zero(run):
    result = run("ask", "-", input="swift\nnord stream 2\n")
    assert result.exit_code == Exit.OK
    assert result.stdout.count("Q: ") == 2


def test_ask_explain_shows_why(run):
    result = run("ask", "javlin missiles", "--explain")
    assert result.exit_code == Exit.OK
    assert "Why this answer:" in result.stdout
    assert "javlin ~ javelin" in result.stdout
    assert "Runner-up:" in result.stdout


def test_related_questions_follow_an_answer(run):
    result = run("ask", "nord stream 2")
    assert "Related:" in result.stdout


def test_list_topics_in_reading_order_with_counts(run):
    result = run("list")
    assert result.exit_code == Exit.OK
    lines = result.stdout.splitlines()
    assert lines[0].startswith("video-call: ")
    assert lines[0].endswith(")")
    assert "sanctions: Sanctions (" in result.stdout


def test_list_topic_lists_its_questions_with_ids(run):
    result = run("list", "sanctions")
    assert result.exit_code == Exit.OK
    assert "  swift-cut-off: " in result.stdout


def test_list_unknown_topic_exits_one_with_suggestions(run):
    result = run("list", "sanction")
    assert result.exit_code == Exit.NO_ANSWER
    assert "closest: sanctions" in result.stderr


def test_show_entry_in_full(run):
    result = run("show", "swift-cut-off")
    assert result.exit_code == Exit.OK
    assert "Also asked as: " in result.stdout
    assert "Related:" in result.stdout


def test_show_unknown_id_exits_one_with_suggestions(run):
    result = run("show", "swift")
    assert result.exit_code == Exit.NO_ANSWER
    assert "No entry with id: swift" in result.stdout
    assert "swift-cut-off" in result.stdout


def test_sources_show_full_metadata_and_citing_entries(run):
    result = run("sources")
    assert result.exit_code == Exit.OK
    out = result.stdout
    assert "Author: not stated" in out
    assert "between 7 December 2021 and 9 December 2021 (inferred)" in out
    assert "Licence: CC BY-NC 3.0" in out
    assert "Cited by " in out


def test_brief_is_the_whole_corpus_with_as_of_and_sources(run):
    result = run("brief")
    assert result.exit_code == Exit.OK
    out = result.stdout
    assert out.startswith("Briefing: As of 27 January 2022")
    assert out.count("Q: ") == len(
        run("brief", "--json").stdout and json.loads(run("brief", "--json").stdout)["entries"]
    )
    assert "== Sources ==" in out


def test_brief_json_contract(run):
    data = json.loads(run("brief", "--format", "json").stdout)
    assert set(data) == {"as_of", "sources", "topics", "entries"}
    entry = data["entries"][0]
    assert set(entry) == {"id", "topic", "question", "aliases", "answer", "sources", "related"}
    assert entry["aliases"]
    assert set(data["sources"][0]) >= {
        "id",
        "title",
        "author",
        "publisher",
        "date",
        "url",
        "licence",
        "date_basis",
        "date_note",
    }


@pytest.mark.parametrize("fmt", ["rich", "plain", "markdown", "json"])
@pytest.mark.parametrize(
    "command",
    [
        ["ask", "swift"],
        ["list"],
        ["list", "sanctions"],
        ["show", "swift-cut-off"],
        ["sources"],
        ["brief"],
    ],
)
def test_every_command_speaks_every_format(run, command, fmt):
    result = run(*command, "--format", fmt)
    assert result.exit_code == Exit.OK, result.output
    assert result.stdout.strip()
    if fmt == "json":
        json.loads(result.stdout)


def test_corpus_option_and_environment_variable(run, monkeypatch):
    by_option = run("--corpus", str(MINI), "ask", "swift ban", "--json")
    assert json.loads(by_option.stdout)["matches"][0]["id"] == "swift"
    monkeypatch.setenv("BRIEFING_CORPUS", str(MINI))
    by_env = run("ask", "swift ban", "--json")
    assert by_env.stdout == by_option.stdout


def test_missing_corpus_is_a_corpus_error(run, tmp_path):
    result = run("--corpus", str(tmp_path / "nope.yaml"), "list")
    assert result.exit_code == Exit.CORPUS
    assert (
        result.stderr
        == f"briefing: corpus error: {tmp_path / 'nope.yaml'}: corpus file not found\n"
    )


def test_version_reads_package_metadata(run):
    from importlib.metadata import version

    result = run("--version")
    assert result.exit_code == Exit.OK
    assert result.stdout == f"briefing {version('briefing')}\n"


def test_bad_option_is_a_usage_error(run):
    result = run("ask", "x", "--format", "html")
    assert result.exit_code == Exit.USAGE
    assert "'--format'" in result.stderr


@pytest.mark.parametrize("command", ["ask", "list", "show", "sources", "brief", "check"])
def test_every_command_has_help_with_an_example(run, command):
    result = run(command, "--help")
    assert result.exit_code == Exit.OK
    assert "Example: briefing " in result.stdout


def test_no_arguments_shows_help(run):
    result = run()
    assert "Usage: " in result.output
    assert "ask" in result.output


def test_completion_of_topics_and_ids(monkeypatch):
    from typer.main import get_command

    command = get_command(app)
    ctx = command.make_context("briefing", ["show"], resilient_parsing=True)
    show = command.get_command(ctx, "show")
    sub = show.make_context("show", [], parent=ctx, resilient_parsing=True)
    param = next(p for p in show.params if p.name == "entry_id")
    found = [c.value for c in param.shell_complete(sub, "swift")]
    assert found == ["swift-cut-off"]
    ask = command.get_command(ctx, "ask")
    sub = ask.make_context("ask", [], parent=ctx, resilient_parsing=True)
    param = next(p for p in ask.params if p.name == "topic")
    assert [c.value for c in param.shell_complete(sub, "sanc")] == ["sanctions"]


def test_default_format_is_rich_on_a_terminal_plain_when_piped(monkeypatch):
    import io

    from briefing_cli.render import Format, default_format

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert default_format(io.StringIO(), {}) is Format.plain
    assert default_format(Tty(), {}) is Format.rich
    assert default_format(Tty(), {"TERM": "dumb"}) is Format.plain
    assert default_format(io.StringIO(), {"FORCE_COLOR": "1"}) is Format.rich


def test_an_answer_from_the_december_explainer_is_dated_by_it(run):
    result = run("ask", "When will the two leaders speak again?")
    assert result.exit_code == Exit.OK
    last = result.stdout.splitlines()[-1]
    assert last == "As of 9 December 2021 (inferred), the date of its source; not current news."


def test_an_answer_to_part_of_a_question_says_which_part(run):
    question = "Which pipeline could Germany halt, and when is it due to open?"
    result = run("ask", question)
    assert result.exit_code == 0
    assert "this answers “Which pipeline could Germany halt”" in result.stdout
    data = json.loads(run("ask", "--format", "json", question).stdout)
    assert data["answers_part"] == "Which pipeline could Germany halt"
    assert json.loads(run("ask", "--format", "json", "swift ban").stdout)["answers_part"] is None
