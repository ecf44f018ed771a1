"""Build the thesaurus the matcher falls back on, from WordNet 3.0.

Usage: python tools/build_thesaurus.py [--wordnet /usr/share/wordnet]
       [--out src/briefing_cli/thesaurus.sqlite3]

WordNet comes from Debian's ``wordnet-base`` package (``apt-get install wordnet-base``).
For each single English word, the other single words that share one of its most common
senses (the first few synsets WordNet lists for it, most frequent first, and only for a
part of speech its tagged texts show it in), nearest sense first. An irregular form
WordNet lists as an exception ("went", "mice") gets its base forms. The result is a small
SQLite table the matcher reads one word at a time, only for a question's words the corpus
does not know. Deterministic: the same WordNet gives the same file.
"""

from __future__ import annotations

import argparse
import re
import sqlite3
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POS = ("noun", "verb", "adj", "adv")
SENSES = 3  # the most common senses of a word that count
MAX_SYNONYMS = 24
_WORD = re.compile(r"^[a-z]+$")


def synsets(directory: Path) -> dict[tuple[str, int], list[str]]:
    """Each synset (part of speech, offset) with its single-word lemmas, in order."""
    found: dict[tuple[str, int], list[str]] = {}
    for pos in POS:
        for line in (directory / f"data.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split()
            offset, count = int(fields[0]), int(fields[3], 16)
            lemmas = [re.sub(r"\(.*\)$", "", w).lower() for w in fields[4 : 4 + 2 * count : 2]]
            found[(pos, offset)] = [w for w in lemmas if _WORD.match(w)]
    return found


def thesaurus(directory: Path) -> dict[str, list[str]]:
    """word -> synonyms from its most common senses, nearest first."""
    sets = synsets(directory)
    table: dict[str, list[str]] = {}
    for pos in POS:
        for line in (directory / f"index.{pos}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma = fields[0].lower()
            if not _WORD.match(lemma):
                continue
            synset_count, pointer_count = int(fields[2]), int(fields[3])
            tagged = int(fields[5 + pointer_count])  # senses seen in WordNet's tagged texts
            if tagged == 0:
                continue  # a use too rare to trust ("birth" as a verb, "weather" as one)
            offsets = [int(o) for o in fields[6 + pointer_count :]][:synset_count]
            synonyms = table.setdefault(lemma, [])
            for offset in offsets[: min(SENSES, tagged)]:
                for word in sets.get((pos, offset), []):
                    if word != lemma and word not in synonyms:
                        synonyms.append(word)
    for pos in POS:  # irregular forms: "went" is "go", "mice" is "mouse"
        exceptions = directory / f"{pos}.exc"
        for line in exceptions.read_text(encoding="latin-1").splitlines():
            inflected, *bases = line.split()
            if _WORD.match(inflected) and not table.get(inflected):
                table[inflected] = [b for b in bases if _WORD.match(b) and b != inflected]
    return {word: synonyms[:MAX_SYNONYMS] for word, synonyms in table.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--out", type=Path, default=ROOT / "src/briefing_cli/thesaurus.sqlite3")
    args = parser.parse_args()
    table = thesaurus(args.wordnet)
    args.out.unlink(missing_ok=True)
    db = sqlite3.connect(args.out)
    db.execute(
        "CREATE TABLE thesaurus (word TEXT PRIMARY KEY, synonyms TEXT NOT NULL) WITHOUT ROWID"
    )
    db.executemany(
        "INSERT INTO thesaurus VALUES (?, ?)",
        sorted((word, " ".join(synonyms)) for word, synonyms in table.items()),
    )
    db.commit()
    db.execute("VACUUM")
    db.close()
    print(f"{args.out}: {len(table)} words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
