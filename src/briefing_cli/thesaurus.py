"""Synonyms of everyday English words, for a question's words the corpus or an entry lacks.

The table (``thesaurus.sqlite3``, built from WordNet 3.0 by ``tools/build_thesaurus.py``)
lists for each everyday word the words sharing one of its most common senses, nearest
first (none, for a word whose senses are its own: "forgive"). It
is opened only when a question has a word the corpus does not know and that is no typo
of a word it does, or when no entry has every word of a question (another word of the
same sense may stand in an entry for a missing one), and read one word at a time, so it
costs nothing otherwise.

WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. (Licence in
``THESAURUS-LICENSE``, beside this file.)
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from pathlib import Path

_TABLE = Path(__file__).with_name("thesaurus.sqlite3")
# Inflections, undone the way WordNet's own lookup does: "cautioned" -> "caution".
_ENDINGS = (
    ("ies", "y"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("ses", "s"),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ied", "y"),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("er", ""),
    ("est", ""),
    ("men", "man"),
)
_MIN_BASE = 3
# Endings of an adjective's degrees, which also end nouns of their own ("leader", "speaker")
_COMPARATIVES = frozenset({"er", "est"})


@lru_cache(maxsize=1)
def _connection() -> sqlite3.Connection | None:
    try:
        uri = _TABLE.resolve().as_uri() + "?mode=ro&immutable=1"
        return sqlite3.connect(uri, uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return None  # no table: the matcher does without synonyms


@lru_cache(maxsize=1024)
def synonyms(word: str) -> tuple[str, ...]:
    """Words sharing a common sense with ``word`` (or its base form), nearest first."""
    connection = _connection()
    if connection is None:
        return ()
    found: dict[str, None] = {}
    try:
        own = _row(connection, word)
        # (a "leader" or "commander" is no more of "lead" or "command")
        rows = [own] + [_row(connection, form) for form in _bases(word, degrees=own is None)]
    except sqlite3.Error:
        return ()
    for row in rows:
        if row is not None:
            found.update(dict.fromkeys(row.split()))
    found.pop(word, None)
    return tuple(found)


@lru_cache(maxsize=1024)
def known(word: str) -> bool:
    """True if ``word`` (or its base form) is an everyday English word the table lists,
    with synonyms or none. Without the table, no word is known."""
    connection = _connection()
    if connection is None:
        return False
    try:
        return any(_row(connection, form) is not None for form in [word, *_bases(word)])
    except sqlite3.Error:
        return False


def _bases(word: str, degrees: bool = True) -> list[str]:
    """The base forms a word's ending may have been added to ("cautioned" -> "caution"),
    with an adjective's degrees ("-er", "-est") only if ``degrees``."""
    bases = [
        word[: -len(ending)] + base
        for ending, base in _ENDINGS
        if word.endswith(ending)
        and len(word) - len(ending) >= _MIN_BASE
        and (degrees or ending not in _COMPARATIVES)
    ]
    return [form for form in dict.fromkeys(bases) if form != word]


def _row(connection: sqlite3.Connection, form: str) -> str | None:
    """The synonyms listed for one form, or None when the table has no row for it."""
    row = connection.execute("SELECT synonyms FROM thesaurus WHERE word = ?", (form,)).fetchone()
    return None if row is None else row[0]
