"""The compiled-corpus cache: reused when valid; rebuilt or bypassed otherwise, never wrong."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefing_cli.compiled import corpus_key, open_compiled
from briefing_cli.exits import Exit
from tests.conftest import MINI


def copy_mini(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.yaml"
    path.write_bytes(MINI.read_bytes())
    return path


def cached_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.sqlite3")) if cache.is_dir() else []


def answer_id(run, corpus: Path, question: str) -> str:
    result = run("--corpus", str(corpus), "ask", question, "--json")
    return json.loads(result.stdout)["matches"][0]["id"]


def test_first_run_writes_the_cache_and_later_runs_reuse_it(tmp_path, isolated):
    corpus = copy_mini(tmp_path)
    first = open_compiled(corpus, os.environ)
    (path,) = cached_files(isolated)
    assert first.origin == str(path)
    assert path.name.startswith(corpus_key(corpus.read_bytes())[:40])
    mtime = path.stat().st_mtime_ns
    second = open_compiled(corpus, os.environ)
    assert second.origin == str(path)
    assert path.stat().st_mtime_ns == mtime
    assert not list(isolated.glob("*.tmp"))


def test_changed_corpus_is_never_answered_from_a_stale_cache(run, tmp_path, isolated):
    corpus = copy_mini(tmp_path)
    assert answer_id(run, corpus, "swift ban") == "swift"
    corpus.write_text(
        corpus.read_text()
        .replace('"swift ban"', '"sanction list"')
        .replace(
            '["troops on alert", "high alert"]', '["troops on alert", "high alert", "swift ban"]'
        )
    )
    assert answer_id(run, corpus, "swift ban") == "troop-alert"
    assert len(cached_files(isolated)) == 2


@pytest.mark.parametrize(
    "damage",
    [b"", b"garbage that is not a database", b"SQLite format 3\x00" + b"\x00" * 200],
)
def test_corrupted_cache_is_rebuilt(run, tmp_path, isolated, damage):
    corpus = copy_mini(tmp_path)
    expected = run("--corpus", str(corpus), "ask", "swift ban", "--json").stdout
    (path,) = cached_files(isolated)
    path.write_bytes(damage)
    result = run("--corpus", str(corpus), "ask", "swift ban", "--json")
    assert result.exit_code == Exit.OK
    assert result.stdout == expected
    assert path.stat().st_size > len(damage)  # rebuilt in place


def test_foreign_database_is_replaced(run, tmp_path, isolated):
    import sqlite3

    corpus = copy_mini(tmp_path)
    expected = run("--corpus", str(corpus), "ask", "swift ban", "--json").stdout
    (path,) = cached_files(isolated)
    path.unlink()
    foreign = sqlite3.connect(path)
    foreign.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    foreign.execute("INSERT INTO meta VALUES ('format', 'someone-else')")
    foreign.commit()
    foreign.close()
    assert run("--corpus", str(corpus), "ask", "swift ban", "--json").stdout == expected


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else False,
    reason="root ignores directory permissions; see the unwritable-path test",
)
def test_read_only_cache_directory_is_bypassed(run, tmp_path, isolated):
    corpus = copy_mini(tmp_path)
    isolated.mkdir()
    isolated.chmod(0o555)
    try:
        result = run("--corpus", str(corpus), "ask", "swift ban")
        assert result.exit_code == Exit.OK
        assert cached_files(isolated) == []
    finally:
        isolated.chmod(0o755)


def test_unwritable_cache_location_is_bypassed(run, tmp_path, monkeypatch):
    corpus = copy_mini(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(blocker / "cache"))
    result = run("--corpus", str(corpus), "ask", "swift ban", "--json")
    assert result.exit_code == Exit.OK
    assert json.loads(result.stdout)["matches"][0]["id"] == "swift"


def test_no_cache_variable_bypasses_the_cache(run, tmp_path, isolated, monkeypatch):
    corpus = copy_mini(tmp_path)
    monkeypatch.setenv("BRIEFING_NO_CACHE", "1")
    assert run("--corpus", str(corpus), "ask", "swift ban").exit_code == Exit.OK
    assert cached_files(isolated) == []
    assert open_compiled(corpus, os.environ).origin == "memory"


def test_invalid_corpus_is_never_cached(run, tmp_path, isolated):
    corpus = tmp_path / "bad.yaml"
    corpus.write_text("sources: [\n")
    assert run("--corpus", str(corpus), "list").exit_code == Exit.CORPUS
    assert cached_files(isolated) == []
