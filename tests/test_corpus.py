"""The loader: every kind of broken corpus is refused with file, line and a clear reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_cli.corpus import load
from briefing_cli.errors import CorpusError
from briefing_cli.exits import Exit
from briefing_cli.locations import bundled_path
from tests.conftest import MINI
from tests.conftest import mini_variant as broken


def problems(path: Path) -> list[str]:
    with pytest.raises(CorpusError) as caught:
        load(path)
    return [str(p) for p in caught.value.problems]


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if needle in line)


def test_bundled_corpus_loads():
    corpus = load(bundled_path())
    assert 45 <= len(corpus.entries) <= 70
    assert {s.id for s in corpus.sources} == {"explainer", "lse-usapp"}


def test_bundled_source_metadata_is_as_stated():
    corpus = load(bundled_path())
    explainer = corpus.source("explainer")
    assert (explainer.author, explainer.publisher, explainer.url) == ("not stated",) * 3
    assert explainer.date == "2021-12-07/2021-12-09"
    assert explainer.date_basis == "inferred"
    lse = corpus.source("lse-usapp")
    assert lse.author == "Julie Norman (University College London)"
    assert lse.date == "2022-01-27" and lse.date_basis == "stated"
    assert lse.url == "https://bit.ly/33Uk7e0"
    assert lse.licence == "CC BY-NC 3.0"


@pytest.mark.parametrize(
    ("old", "new", "needle", "message"),
    [
        ('answer: "About 100,000', 'reply: "About 100,000', "reply:", "unknown field 'reply'"),
        (
            'topic: "troops"\n    question: "Which',
            'topic: "weather"\n    question: "Which',
            'topic: "weather"',
            "unknown topic 'weather'",
        ),
        ('- source: "beta"', '- source: "gamma"', 'source: "gamma"', "unknown source 'gamma'"),
        ('related: ["troop-alert"]', 'related: ["nowhere"]', "nowhere", "unknown entry 'nowhere'"),
        (
            'question: "Which troops were put on alert?"',
            "question: 42",
            "question: 42",
            "YAML reads '42' as a number; quote it",
        ),
        (
            'aliases: ["swift ban"',
            "aliases: [NO",
            "aliases: [NO",
            "YAML reads 'NO' as a true/false value; quote it",
        ),
        ('date: "2022-01-27"', "date: 2022-01-27", "date: 2022-01-27", "as a date; quote it"),
        (
            'id: "swift"',
            'id: "troop-count"',
            'id: "troop-count"\n    topic: "money"',
            "duplicate id",
        ),
        (
            '    answer: "Some 8,500',
            '    answer: "x"\n    answer: "Some 8,500',
            'answer: "Some 8',
            "entry 'troop-alert': duplicate field 'answer'",
        ),
        ('title: "Money"', 'title: ""', 'title: ""', "field 'title': is empty"),
        ('    answer: "Cutting Russia', '    answr: "Cutting Russia', "answr", "missing field"),
    ],
)
def test_wrong_shape_is_reported_with_entry_field_and_line(tmp_path, old, new, needle, message):
    path = broken(tmp_path, old, new)
    found = problems(path)
    assert any(message in p for p in found), found
    if "\n" not in needle:
        line = line_of(path, needle)
        assert any(p.startswith(f"{path}:") and message in p for p in found)
        assert any(f":{line}:" in p or p.startswith(f"{path}:{line}") for p in found), (line, found)


def test_every_problem_is_reported_in_one_run(tmp_path):
    path = broken(tmp_path, 'related: ["troop-alert"]', 'related: ["nowhere"]')
    text = (
        path.read_text()
        .replace('- source: "beta"', '- source: "gamma"')
        .replace('question: "What would a SWIFT cut-off do?"', "question: 3.5")
    )
    path.write_text(text)
    assert len(problems(path)) >= 3


def test_malformed_yaml_names_file_line_and_column(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("sources:\n  - id: [unclosed\ntopics: []\n", encoding="utf-8")
    (found,) = problems(path)
    assert found.startswith(f"{path}:3:")
    assert "invalid YAML" in found


def test_object_building_tags_are_refused_and_never_run(tmp_path):
    marker = tmp_path / "ran"
    path = tmp_path / "evil.yaml"
    path.write_text(
        f"sources: !!python/object/apply:os.system ['touch {marker}']\ntopics: []\nentries: []\n",
        encoding="utf-8",
    )
    found = problems(path)
    assert any(
        "YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed" in p
        for p in found
    )
    assert not marker.exists()


def test_alias_bomb_is_refused_quickly(tmp_path):
    lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x"]']
    for i in range(1, 30):
        lines.append(f"a{i}: &a{i} [" + ", ".join(f"*a{i - 1}" for _ in range(9)) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = problems(path)
    assert any("aliases (*name) are not supported" in p for p in found)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "corpus file is empty"),
        (b"  \n\n", "corpus file is empty"),
        (b"sources:\x00\x01\x02", "binary data"),
        (b"sources: []\ntitle: \xff\xfe caf\xe9\n", "not UTF-8 text"),
        (b"- just\n- a list\n", "expected a mapping"),
        (b"just text", "expected a mapping"),
    ],
)
def test_unreadable_or_wrong_files_name_the_file(tmp_path, content, message):
    path = tmp_path / "corpus.yaml"
    path.write_bytes(content)
    found = problems(path)
    assert all(p.startswith(str(path)) for p in found)
    assert any(message in p for p in found), found


def test_directory_and_missing_file(tmp_path):
    assert problems(tmp_path) == [f"{tmp_path}: is a directory, not a corpus file"]
    assert problems(tmp_path / "nope.yaml") == [f"{tmp_path / 'nope.yaml'}: corpus file not found"]


def test_cli_reports_corpus_problems_with_status_3(run, tmp_path):
    path = broken(tmp_path, 'related: ["troop-alert"]', 'related: ["nowhere"]')
    result = run("--corpus", str(path), "ask", "troops")
    assert result.exit_code == Exit.CORPUS
    line = line_of(path, "nowhere")
    assert result.stderr == (
        f"briefing: corpus error: {path}:{line}: entry 'troop-count', field 'related': "
        "refers to unknown entry 'nowhere'\n"
    )


def test_loading_never_modifies_the_corpus(run, tmp_path):
    path = tmp_path / "mini.yaml"
    path.write_bytes(MINI.read_bytes())
    path.chmod(0o444)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    assert run("--corpus", str(path), "ask", "swift ban").exit_code == Exit.OK
    assert run("--corpus", str(path), "brief").exit_code == Exit.OK
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_unreadable_corpus_names_the_file_even_as_root(run, tmp_path, monkeypatch):
    # File permissions do not stop root, so the refusal the OS would give is simulated.
    path = tmp_path / "locked.yaml"
    path.write_bytes(MINI.read_bytes())
    real = Path.read_bytes

    def refuse(self: Path) -> bytes:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = run("--corpus", str(path), "list")
    assert result.exit_code == Exit.CORPUS
    assert (
        result.stderr == f"briefing: corpus error: {path}: permission denied reading the corpus\n"
    )
