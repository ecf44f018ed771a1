"""How ``briefing ask`` scales with corpus size, and how fast a batch is answered.

Usage: python bench/scale.py [--sizes 1000,10000,100000] [--runs 7]

Generates corpora of the bundled corpus's schema with realistic lengths (deterministic:
the same seed gives the same files), then for each size times the first run on the new
corpus (YAML parsed and compiled into the cache) and warm runs of ``briefing ask``,
with peak memory. Finally times ``briefing ask -`` on the bundled corpus with 1,000 and
10,000 questions to show throughput and that memory stays flat.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "what does Russia want"


def briefing_command() -> list[str]:
    script = Path(sys.executable).with_name("briefing")
    return [str(script)] if script.exists() else [sys.executable, "-m", "briefing_cli"]


def run(args: list[str], env: dict[str, str], stdin: bytes | None = None) -> tuple[float, int]:
    """Wall time (s) and peak resident memory (MB) of one cold process."""
    started = time.perf_counter()
    process = subprocess.Popen(
        args,
        env=env,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if stdin is not None:
        process.stdin.write(stdin)  # type: ignore[union-attr]
        process.stdin.close()  # type: ignore[union-attr]
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args[:4])} failed with status {process.returncode}")
    return elapsed, usage.ru_maxrss // 1024


def vocabulary(rng: random.Random) -> list[str]:
    """Words of the real corpus, then made-up ones, in a Zipf-like order."""
    text = (ROOT / "data" / "faq.yaml").read_text(encoding="utf-8").lower()
    real = sorted({w.strip(".,:;()\"'?!") for w in text.split() if w.isascii() and w.isalpha()})
    made_up = [
        "".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3))
        for _ in range(20000)
    ]
    return real + made_up


def sentence(rng: random.Random, words: list[str], cumulative: list[float], count: int) -> str:
    return " ".join(rng.choices(words, cum_weights=cumulative, k=count)).capitalize()


def generate(size: int, path: Path, seed: int = 1) -> None:
    """Write a corpus of ``size`` entries with the bundled corpus's schema."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    # Zipf-like: the n-th word is n times rarer than the first (cumulative, computed once).
    weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(words))))
    q = json.dumps
    out = [
        "version: 1",
        "sources:",
        '  - {id: "s1", title: "Generated source", author: "not stated", publisher: "not stated",'
        ' date: "2022-01-27", date_basis: "stated", url: "not stated", licence: "not stated"}',
        "topics:",
        *(f'  - {{id: "t{i}", title: "Topic {i}"}}' for i in range(20)),
        "entries:",
    ]
    for i in range(size):
        aliases = ", ".join(
            q(sentence(rng, words, weights, rng.randint(2, 5)).lower())
            for _ in range(rng.randint(4, 8))
        )
        out += [
            f'  - id: "e{i}"',
            f'    topic: "t{i % 20}"',
            f"    question: {q(sentence(rng, words, weights, rng.randint(6, 12)) + '?')}",
            f"    aliases: [{aliases}]",
            f"    answer: {q(sentence(rng, words, weights, rng.randint(35, 75)) + '.')}",
            "    evidence:",
            f'      - {{source: "s1", section: "Section", quote: '
            f"{q(sentence(rng, words, weights, rng.randint(12, 35)))}}}",
            f'    related: ["e{(i + 1) % size}", "e{(i + 7) % size}"]',
        ]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def warm(commands: list[list[str]], env: dict[str, str], runs: int) -> list[tuple[float, int]]:
    """Median time and peak memory of each command, runs interleaved so that background
    load falls on all of them alike."""
    for command in commands:
        run(command, env)  # builds the cache if needed
    samples: list[list[tuple[float, int]]] = [[] for _ in commands]
    for _ in range(runs):
        for command, taken in zip(commands, samples):
            taken.append(run(command, env))
    return [(statistics.median(t for t, _ in s), max(m for _, m in s)) for s in samples]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--generate", nargs=2, metavar=("SIZE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(int(args.generate[0]), Path(args.generate[1]))
        return 0
    base = briefing_command()
    work = Path(tempfile.mkdtemp(prefix="briefing-scale-"))
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(work / "cache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode compiled once
    env.pop("BRIEFING_CORPUS", None)

    bundled = [*base, "ask", QUESTION]
    ((bundled_time, bundled_mem),) = warm([bundled], env, args.runs)
    print("| corpus | YAML size | first run (compile) | ask, warm | × bundled | peak memory |")
    print("|---|---|---|---|---|---|")
    print(
        f"| bundled | {(ROOT / 'data' / 'faq.yaml').stat().st_size / 1e6:.2f} MB | – "
        f"| {bundled_time * 1000:.0f} ms | 1.0 | {bundled_mem} MB |"
    )
    for size in (int(s) for s in args.sizes.split(",")):
        path = work / f"corpus-{size}.yaml"
        # Generated in a child process: Linux counts a parent's memory at fork time in a
        # child's peak, so this process stays small for the measurements that follow.
        subprocess.run([sys.executable, __file__, "--generate", str(size), str(path)], check=True)
        command = [*base, "--corpus", str(path), "ask", QUESTION]
        first, first_mem = run(command, env)
        (ask_time, ask_mem), (base_time, _) = warm([command, bundled], env, args.runs)
        print(
            f"| {size:,} entries | {path.stat().st_size / 1e6:.1f} MB | {first:.2f} s "
            f"({first_mem} MB) | {ask_time * 1000:.0f} ms | {ask_time / base_time:.2f} "
            f"| {ask_mem} MB |"
        )

    questions = _eval_questions()
    print("\n| batch (`ask -`, bundled corpus) | time | questions/s | peak memory |")
    print("|---|---|---|---|")
    for count in (1000, 10000):
        payload = "\n".join(questions[i % len(questions)] for i in range(count)).encode()
        elapsed, memory = run([*base, "ask", "-", "--format", "json"], env, stdin=payload)
        print(f"| {count:,} questions | {elapsed:.2f} s | {count / elapsed:,.0f} | {memory} MB |")
    return 0


def _eval_questions() -> list[str]:
    """The evaluation set's questions, read without importing a YAML parser here."""
    text = (ROOT / "tests" / "eval" / "questions.yaml").read_text(encoding="utf-8")
    found = re.findall(r'\{q: "((?:[^"\\]|\\.)*)"', text)
    found += re.findall(r'^  - "((?:[^"\\]|\\.)*)"$', text, re.MULTILINE)
    return [json.loads(f'"{q}"') for q in found]


if __name__ == "__main__":
    raise SystemExit(main())
