"""Cold start-up of ``briefing``: what a user feels on every call.

Usage: python bench/startup.py [--runs 20]

Times each case as a fresh process (hyperfine when it is installed, otherwise its own
loop: warm-up runs, then rounds that interleave the cases so background load spreads
evenly), and reports min / median / max, the ratio of the median to a bare
``python -c pass``, and peak memory. The corpus cache is warm, as on every call after
the first.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUESTION = "what does Russia want"
# An installed package has its bytecode compiled (pip does it); a checkout whose
# environment forbids writing bytecode would recompile every module on every run.
BASE_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
HELLO = """\
import typer

app = typer.Typer()


@app.command()
def main(name: str = "world") -> None:
    print(f"hello {name}")


app()
"""


def cases(work: Path) -> dict[str, tuple[list[str], dict[str, str]]]:
    script = Path(sys.executable).with_name("briefing")
    briefing = [str(script)] if script.exists() else [sys.executable, "-m", "briefing_cli"]
    hello = work / "hello.py"
    hello.write_text(HELLO, encoding="utf-8")
    plain_env = {"BRIEFING_CACHE_DIR": str(work / "cache")}
    tty_env = {**plain_env, "FORCE_COLOR": "1", "COLUMNS": "100"}
    return {
        "python -c pass": ([sys.executable, "-c", "pass"], {}),
        "typer hello-world (same typer)": ([sys.executable, str(hello)], {}),
        "briefing --version": ([*briefing, "--version"], plain_env),
        "briefing ask (piped, plain)": ([*briefing, "ask", QUESTION], plain_env),
        "briefing ask (terminal, Rich)": ([*briefing, "ask", QUESTION], tty_env),
        "briefing list (piped)": ([*briefing, "list"], plain_env),
    }


def once(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall time in seconds and peak memory in MB of one cold run."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(command)}")
    return elapsed, usage.ru_maxrss // 1024


def with_hyperfine(table: dict, runs: int, work: Path) -> dict[str, list[float]]:
    results = {}
    for name, (command, env) in table.items():
        export = work / "hyperfine.json"
        shell_env = " ".join(f"{k}={v}" for k, v in env.items())
        line = " ".join(shlex_quote(c) for c in command)
        subprocess.run(
            [
                "hyperfine",
                "--warmup",
                "3",
                "--runs",
                str(runs),
                "--export-json",
                str(export),
                "--style",
                "none",
                "-N" if not env else "--shell=sh",
                f"{shell_env} {line}".strip(),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        results[name] = json.loads(export.read_text())["results"][0]["times"]
    return results


def shlex_quote(text: str) -> str:
    import shlex

    return shlex.quote(text)


def with_loop(table: dict, runs: int) -> dict[str, list[float]]:
    for command, env in table.values():
        for _ in range(3):
            once(command, env)
    results: dict[str, list[float]] = {name: [] for name in table}
    for _ in range(runs):
        for name, (command, env) in table.items():
            results[name].append(once(command, env)[0])
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--no-hyperfine", action="store_true", help="use the built-in loop")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="briefing-startup-"))
    table = cases(work)
    use_hyperfine = shutil.which("hyperfine") and not args.no_hyperfine
    times = with_hyperfine(table, args.runs, work) if use_hyperfine else with_loop(table, args.runs)
    memory = {
        name: max(once(command, env)[1] for _ in range(3)) for name, (command, env) in table.items()
    }
    base = statistics.median(times["python -c pass"])
    import typer

    print(
        f"{time.strftime('%Y-%m-%d')}, {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, typer {typer.__version__}, "
        f"{'hyperfine' if use_hyperfine else 'built-in loop'}, {args.runs} runs each\n"
    )
    print("| case | min | median | max | × python -c pass | peak memory |")
    print("|---|---|---|---|---|---|")
    for name, samples in times.items():
        median = statistics.median(samples)
        print(
            f"| {name} | {min(samples) * 1000:.0f} ms | {median * 1000:.0f} ms "
            f"| {max(samples) * 1000:.0f} ms | {median / base:.1f} | {memory[name]} MB |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
