"""Hostile input, faults and odd environments: a clear message, the right status, no
traceback. Real pipes, signals and encodings need a real process, so most of these run
``python -m briefing_cli`` as a subprocess."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from briefing_cli.exits import Exit
from tests.conftest import MINI, clean_env

BRIEFING = [sys.executable, "-m", "briefing_cli"]
CONTROL = (
    set(chr(c) for c in range(32)) - {"\n", "\t"} | {"\x7f"} | {chr(c) for c in range(0x80, 0xA0)}
)


def briefing(*args: str | bytes, input: bytes | None = None, timeout: float = 60, **env: str):
    return subprocess.run(
        [*BRIEFING, *args], input=input, capture_output=True, timeout=timeout, env=clean_env(**env)
    )


def assert_no_traceback(result: subprocess.CompletedProcess) -> None:
    assert b"Traceback" not in result.stderr
    assert b"Exception ignored" not in result.stderr


def test_huge_question_argument_is_refused_quickly():
    started = time.monotonic()
    result = briefing("ask", "sanctions " * 10_000)
    assert time.monotonic() - started < 10
    assert result.returncode == Exit.USAGE
    assert result.stderr.decode().startswith(
        "briefing: error: Invalid value for QUESTION: the question is longer than 2000 characters"
    )
    assert_no_traceback(result)


def test_a_phrase_said_over_and_over_is_no_surer_than_said_once():
    # repeating a word the corpus does not know does not make it cost less
    result = briefing("ask", (", which i think is odd" * 90)[:1990])
    assert result.returncode == Exit.NO_ANSWER
    assert_no_traceback(result)


def test_megabyte_line_on_stdin_is_refused_and_the_batch_goes_on():
    payload = b"swift\n" + b"x" * 1_000_000 + b"\nnord stream 2\n"
    started = time.monotonic()
    result = briefing("ask", "-", "--json", input=payload)
    assert time.monotonic() - started < 10
    lines = [json.loads(x) for x in result.stdout.decode().splitlines()]
    assert [x["query"] for x in lines] == ["swift", "nord stream 2"]
    assert b"line 2: question is longer than 2000 characters; skipped" in result.stderr
    assert result.returncode == Exit.NO_ANSWER
    assert_no_traceback(result)


@pytest.mark.parametrize("fmt", ["rich", "plain", "markdown"])
def test_markup_in_a_question_is_shown_literally(fmt):
    question = "[bold]swift[/bold] [link=http://evil.example]x[/link] [/] [red"
    result = briefing("ask", question, "--format", fmt, COLUMNS="200")
    assert result.returncode in (Exit.OK, Exit.NO_ANSWER)
    out = result.stdout.decode()
    if result.returncode == Exit.NO_ANSWER:
        expected = (
            question if fmt != "markdown" else question.replace("[", "\\[").replace("]", "\\]")
        )
        assert expected in out
    assert "\x1b]8;" not in out  # no hyperlink escape
    assert_no_traceback(result)


ESCAPES = "\x1b[31mred\x1b[0m \x1b]0;pwned title\x07 bell\x07 nul\x00 \u202egnp.exe\u202c \x9b31m"


def evil_corpus(tmp_path: Path) -> Path:
    text = MINI.read_text(encoding="utf-8")
    escaped = json.dumps(ESCAPES)[1:-1]
    text = text.replace("About 100,000 troops", f"About 100,000 {escaped} troops")
    text = text.replace('title: "Troops"', f'title: "Troops {escaped}"')
    path = tmp_path / "evil.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["rich", "plain", "markdown"])
@pytest.mark.parametrize(
    "command", [["ask", "troop numbers \x1b[2J\x07"], ["brief"], ["list"], ["show", "troop-count"]]
)
def test_control_sequences_never_reach_the_output(tmp_path, fmt, command):
    corpus = evil_corpus(tmp_path)
    result = briefing("--corpus", str(corpus), *command, "--format", fmt, FORCE_COLOR="")
    assert result.returncode == Exit.OK, result.stderr
    out = result.stdout.decode()
    assert not CONTROL & set(out), sorted(CONTROL & set(out))
    assert "\u202e" not in out
    assert_no_traceback(result)


def test_rich_colours_are_the_only_escapes_on_a_forced_terminal(tmp_path):
    corpus = evil_corpus(tmp_path)
    result = briefing("--corpus", str(corpus), "show", "troop-count", FORCE_COLOR="1")
    out = result.stdout.decode()
    assert "\x1b[" in out  # Rich's own styling is there...
    assert "\x1b]0;" not in out and "\x07" not in out and "\x00" not in out  # ...nothing else
    assert "\x1b[31mred" not in out and "\x1b[2J" not in out


def test_json_escapes_control_characters(tmp_path):
    corpus = evil_corpus(tmp_path)
    result = briefing("--corpus", str(corpus), "show", "troop-count", "--json")
    out = result.stdout.decode()
    assert not CONTROL & set(out.rstrip("\n"))
    assert ESCAPES in json.loads(out)["answer"]


def test_invalid_utf8_argument_does_not_crash():
    result = subprocess.run(
        [*BRIEFING, "ask", b"sanctions \xff\xfe on russia"], capture_output=True, env=clean_env()
    )
    assert result.returncode in (Exit.OK, Exit.NO_ANSWER)
    assert_no_traceback(result)


def test_invalid_utf8_on_stdin_does_not_stop_the_batch():
    result = briefing("ask", "-", "--json", input=b"swift \xff\xc3\n\xfe\xfe\xfe\nnord stream 2\n")
    queries = [json.loads(x)["query"] for x in result.stdout.decode().splitlines()]
    assert queries[0].startswith("swift ") and queries[-1] == "nord stream 2"
    assert len(queries) == 3
    assert_no_traceback(result)


@pytest.mark.parametrize(
    "command", [["brief"], ["brief", "--format", "markdown"], ["brief", "--json"], ["sources"]]
)
def test_closed_pipe_is_quiet(command):
    reader = subprocess.Popen(
        ["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL
    )
    result = subprocess.run(
        [*BRIEFING, *command],
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        env=clean_env(),
        timeout=60,
    )
    reader.stdin.close()
    reader.wait()
    assert result.stderr == b""
    assert result.returncode in (Exit.OK, Exit.BROKEN_PIPE)


def test_closed_pipe_during_a_batch_is_quiet():
    reader = subprocess.Popen(["head", "-n", "1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    questions = b"swift\n" * 20_000
    result = subprocess.run(
        [*BRIEFING, "ask", "-"],
        input=questions,
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        env=clean_env(),
        timeout=120,
    )
    reader.stdin.close()
    reader.wait()
    assert result.stderr == b""
    assert result.returncode == Exit.BROKEN_PIPE


def test_ctrl_c_while_waiting_on_stdin_exits_130_quietly():
    process = subprocess.Popen(
        [*BRIEFING, "ask", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
    )
    process.stdin.write(b"swift\n")
    process.stdin.flush()
    first = process.stdout.readline()  # the first answer proves it is now waiting for more
    assert first.startswith(b"Q: ")
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert process.returncode == Exit.INTERRUPTED
    assert err == b""


def test_the_start_up_interrupt_status_is_the_documented_one():
    # The entry point sets its Ctrl-C status before the module naming it is loaded
    code = (
        "import briefing_cli.entry as e; from briefing_cli.exits import Exit; "
        "assert e._INTERRUPTED == Exit.INTERRUPTED"
    )
    assert subprocess.run([sys.executable, "-c", code], env=clean_env()).returncode == 0


def test_an_interrupt_inside_a_lazy_import_is_still_an_interrupt():
    # Ctrl-C while a class is made surfaces as a RuntimeError caused by the interrupt
    code = (
        "from briefing_cli.entry import _interrupted\n"
        "try:\n"
        "    try:\n"
        "        raise KeyboardInterrupt\n"
        "    except KeyboardInterrupt as e:\n"
        "        raise RuntimeError('Error calling __set_name__') from e\n"
        "except RuntimeError as error:\n"
        "    assert _interrupted(error) and not _interrupted(ValueError())\n"
    )
    assert subprocess.run([sys.executable, "-c", code], env=clean_env()).returncode == 0


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.15])
def test_ctrl_c_during_start_up_exits_130_quietly(delay):
    process = subprocess.Popen(
        [*BRIEFING, "brief"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=clean_env()
    )
    time.sleep(delay)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    if process.returncode == 1 and err.startswith(b"Could not import runpy module"):
        # Interrupted inside the interpreter's own start-up, importing what "python -m"
        # needs before any of briefing runs (it happens on a slow, cold machine): the
        # interpreter reports that itself, and nothing of briefing's can catch it.
        return
    if process.returncode != Exit.OK:  # it may have finished before the signal
        # Before the interpreter installs its handler, SIGINT ends the process as the
        # shell reports with 130 too (-2 here); afterwards briefing exits 130 itself.
        assert process.returncode in (Exit.INTERRUPTED, -signal.SIGINT)
        assert b"Traceback" not in err


@pytest.mark.parametrize(
    "env",
    [
        {"PYTHONIOENCODING": "ascii"},
        {"PYTHONIOENCODING": "ascii", "FORCE_COLOR": "1"},
        {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
    ],
)
def test_ascii_only_output_degrades_without_crashing(env):
    for command in (
        ["ask", "what does Russia want"],
        ["sources"],
        ["brief", "--format", "markdown"],
    ):
        result = briefing(*command, **env)
        assert result.returncode == Exit.OK, result.stderr
        result.stdout.decode("ascii")  # nothing but ASCII was written
        assert_no_traceback(result)


@pytest.mark.parametrize(
    "env",
    [
        {"NO_COLOR": "1", "FORCE_COLOR": "1"},
        {"TERM": "dumb"},
        {"FORCE_COLOR": "1", "COLUMNS": "12"},
        {"FORCE_COLOR": "1", "COLUMNS": "1"},
    ],
)
def test_odd_terminals_give_sensible_output(env):
    for command in (
        ["ask", "what does Russia want"],
        ["list"],
        ["sources"],
        ["show", "swift-cut-off"],
    ):
        result = briefing(*command, **env)
        assert result.returncode == Exit.OK, result.stderr
        assert result.stdout.strip()
        assert_no_traceback(result)
        if "NO_COLOR" in env:  # bold and dim remain; colours go
            assert not re.search(rb"\x1b\[(?:\d+;)*(?:3[0-8]|9[0-7])[;m]", result.stdout)


def test_many_invocations_at_once_agree_and_leave_a_sound_cache(tmp_path):
    cache = tmp_path / "shared-cache"

    def one(_: int) -> bytes:
        result = briefing("ask", "sanctions on russia", "--json", BRIEFING_CACHE_DIR=str(cache))
        assert result.returncode == Exit.OK, result.stderr
        return result.stdout

    with ThreadPoolExecutor(max_workers=8) as pool:
        outputs = list(pool.map(one, range(16)))
    assert len(set(outputs)) == 1
    assert len(list(cache.glob("*.sqlite3"))) == 1
    assert not list(cache.glob("*.tmp"))
    assert one(0) == outputs[0]


def test_unreadable_corpus_names_the_file(tmp_path):
    path = tmp_path / "locked.yaml"
    path.write_bytes(MINI.read_bytes())
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user that can read any file (root)")
        result = briefing("--corpus", str(path), "list")
        assert result.returncode == Exit.CORPUS
        assert result.stderr.decode() == (
            f"briefing: corpus error: {path}: permission denied reading the corpus\n"
        )
    finally:
        path.chmod(0o644)


def test_corpus_errors_via_environment_variable_name_the_file(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("sources: [\n  - id: x\n  bad\n", encoding="utf-8")
    result = briefing("ask", "x", BRIEFING_CORPUS=str(path))
    assert result.returncode == Exit.CORPUS
    message = result.stderr.decode()
    assert message.startswith(f"briefing: corpus error: {path}:")
    assert "invalid YAML" in message
    assert_no_traceback(result)
