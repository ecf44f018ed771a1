"""``briefing check``: everything the loader enforces, plus the corpus's editorial rules
and, given the source texts, that every quote stands verbatim in its document."""

from __future__ import annotations

import re
from pathlib import Path

from briefing_cli.corpus import load
from briefing_cli.errors import CorpusError
from briefing_cli.model import Corpus, Source
from briefing_cli.normalise import Lexicon

MAX_ANSWER_WORDS = 80
MAX_QUOTE_WORDS = 40
MAX_ALIASES = 12
TYPO_SIMILARITY = 85  # rapidfuzz ratio at which two longer words are one word misspelt
TYPO_MIN_LENGTH = 5  # shorter words ("uk", "us") differ by meaning, not by typo
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def comparable(text: str) -> str:
    """Text with whitespace runs and typographic quotes normalised, for verbatim checks."""
    return " ".join(text.translate(_QUOTES).split())


def check_corpus(path: Path, sources_dir: Path | None) -> tuple[list[str], str]:
    """Every problem found in a corpus (one line each) and a one-line summary."""
    try:
        corpus = load(path)
    except CorpusError as error:
        return [str(p) for p in error.problems], f"{path}: {len(error.problems)} problem(s)"
    problems = editorial_problems(corpus) + alias_problems(corpus)
    if sources_dir is not None:
        problems += quote_problems(corpus, sources_dir)
    quotes = sum(len(e.evidence) for e in corpus.entries)
    verified = f", {quotes} quotes verified against {sources_dir}" if sources_dir else ""
    summary = (
        f"{path}: {len(corpus.entries)} entries, {len(corpus.topics)} topics, "
        f"{len(corpus.sources)} sources{verified}: "
        + (f"{len(problems)} problem(s)" if problems else "no problems")
    )
    return problems, summary


def editorial_problems(corpus: Corpus) -> list[str]:
    """Answers and quotes short enough to read, a sensible number of aliases."""
    problems = []
    for entry in corpus.entries:
        words = len(entry.answer.split())
        if words > MAX_ANSWER_WORDS:
            problems.append(
                f"entry {entry.id!r}: answer has {words} words (at most {MAX_ANSWER_WORDS})"
            )
        if len(entry.aliases) > MAX_ALIASES:
            problems.append(
                f"entry {entry.id!r}: {len(entry.aliases)} aliases (at most {MAX_ALIASES})"
            )
        for evidence in entry.evidence:
            words = len(evidence.quote.split())
            if words > MAX_QUOTE_WORDS:
                problems.append(
                    f"entry {entry.id!r}: quote has {words} words (at most {MAX_QUOTE_WORDS})"
                )
    return problems


def alias_problems(corpus: Corpus) -> list[str]:
    """Phrasings shared by two entries, or close enough to make matching ambiguous."""
    from rapidfuzz import fuzz

    lexicon = Lexicon(corpus.synonyms)
    owners: dict[str, tuple[str, str]] = {}
    problems = []
    for entry in corpus.entries:
        for phrase in dict.fromkeys((entry.question, *entry.aliases)):
            key = " ".join(lexicon.terms(phrase))
            if not key:
                problems.append(f"entry {entry.id!r}: alias {phrase!r} has no searchable words")
                continue
            owner = owners.get(key)
            if owner is not None and owner[0] != entry.id:
                problems.append(
                    f"entry {entry.id!r}: alias {phrase!r} is the same as "
                    f"{owner[1]!r} of entry {owner[0]!r}"
                )
            owners.setdefault(key, (entry.id, phrase))
    keys = list(owners.items())
    for i, (key, (entry_id, phrase)) in enumerate(keys):
        for other_key, (other_id, other_phrase) in keys[i + 1 :]:
            if other_id != entry_id and _same_but_for_typos(key.split(), other_key.split(), fuzz):
                problems.append(
                    f"entry {other_id!r}: alias {other_phrase!r} is nearly the same as "
                    f"{phrase!r} of entry {entry_id!r}"
                )
    return problems


def _same_but_for_typos(first: list[str], second: list[str], fuzz) -> bool:
    """True when two term lists differ only by misspellings of longer words."""
    if len(first) != len(second) or first == second:
        return False
    for a, b in zip(sorted(first), sorted(second)):
        if a == b:
            continue
        if min(len(a), len(b)) < TYPO_MIN_LENGTH or a.isdigit() or b.isdigit():
            return False
        if fuzz.ratio(a, b) < TYPO_SIMILARITY:
            return False
    return True


def _source_texts(corpus: Corpus, directory: Path) -> dict[str, str | None]:
    texts = {
        p.name: comparable(p.read_text(encoding="utf-8", errors="replace"))
        for p in sorted(directory.glob("*.txt"))
    }
    found: dict[str, str | None] = {}
    for source in corpus.sources:
        found[source.id] = _find(source, texts)
    return found


def _find(source: Source, texts: dict[str, str]) -> str | None:
    title = comparable(source.title)
    matches = [text for text in texts.values() if title in text]
    return matches[0] if len(matches) == 1 else None


def quote_problems(corpus: Corpus, directory: Path) -> list[str]:
    """Quotes that do not stand verbatim in their source's text."""
    if not directory.is_dir():
        return [f"{directory}: not a directory of source texts"]
    texts = _source_texts(corpus, directory)
    problems = []
    for source_id, text in texts.items():
        if text is None:
            problems.append(
                f"source {source_id!r}: no single text in {directory} carries its title"
            )
    for entry in corpus.entries:
        for evidence in entry.evidence:
            text = texts.get(evidence.source)
            if text is not None and comparable(evidence.quote) not in text:
                snippet = re.sub(r"\s+", " ", evidence.quote)[:60]
                problems.append(
                    f"entry {entry.id!r}: quote not found verbatim in source "
                    f"{evidence.source!r}: “{snippet}…”"
                )
    return problems
