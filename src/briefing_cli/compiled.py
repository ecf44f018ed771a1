"""The corpus compiled for search: an SQLite file cached per corpus content.

Parsing YAML and building the index costs far more than answering a question, so
each corpus is compiled once into a small SQLite database, keyed by a hash of the
corpus bytes and of the code that builds it. Queries then read only the rows they
need, so start-up stays flat as a corpus grows. A cache that is missing, stale,
corrupted, foreign or unwritable is rebuilt or bypassed; it never changes an answer.
"""

from __future__ import annotations

import marshal
import math
import os
import re
import sqlite3
import sys
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from briefing_cli.locations import cache_dir
from briefing_cli.model import Corpus, Entry, Evidence, Source, Topic
from briefing_cli.normalise import TEXTED_DIGITS, Lexicon, heard_of, skeleton, sound, words

FORMAT = "briefing-compiled-14"
OUTLINE_HEADINGS = 3  # an entry quoting this many of a document's headings outlines it
# Passages are the answer's sentences and each evidence quote; their terms are kept in
# order, so that words a question puts side by side can be found side by side.
_WORD = re.compile(r"[A-Za-z]+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")
# Fields a term can be found in, best first, and what a match there is worth. "question"
# is the question and its aliases; "topic" is the topic title and the source section
# headings the evidence stands under, which say what an entry is broadly about.
ROW_CACHE = 4096  # decoded entries kept in memory at most
FIELD_NAMES = ("question", "answer", "evidence", "topic")
FIELD_WEIGHTS = (1.0, 0.7, 0.5, 0.3)

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value NOT NULL);
CREATE TABLE entries (
    idx INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, topic TEXT NOT NULL,
    data BLOB NOT NULL, phrases BLOB NOT NULL, passages BLOB NOT NULL
);
CREATE INDEX entries_topic ON entries (topic, idx);
CREATE TABLE terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL, ids BLOB, fields BLOB)
    WITHOUT ROWID;
CREATE TABLE surface (word TEXT PRIMARY KEY, term TEXT NOT NULL) WITHOUT ROWID;
"""


class Postings(NamedTuple):
    """The entries a term occurs in, and the best field it occurs in for each."""

    idf: float
    ids: array
    fields: bytes


def _code_stamp() -> bytes:
    """Changes whenever the code that builds the index changes."""
    here = Path(__file__).parent
    stamps = []
    for name in ("compiled.py", "normalise.py", "corpus.py"):
        info = (here / name).stat()
        stamps.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    # marshal (the row format) may change between Python versions.
    return (FORMAT + ";" + sys.version + ";" + ";".join(stamps)).encode()


def corpus_key(data: bytes) -> str:
    """The cache key of a corpus: its content plus the indexing code."""
    try:  # blake2b without loading OpenSSL, which hashlib does on import (about 4 ms)
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - CPython always builds _blake2
        from hashlib import blake2b
    digest = blake2b(_code_stamp(), digest_size=32)
    digest.update(data)
    return digest.hexdigest()


_OPENING = "'format', 'key', 'path', 'size', 'tables'"  # the meta rows read on opening


class CompiledCorpus:
    """Read access to a compiled corpus; small tables are read once, entries on demand."""

    def __init__(self, connection: sqlite3.Connection, origin: str) -> None:
        self._db = connection
        self.origin = origin  # where the compiled form came from: a cache file or memory
        # (only what every run needs: the tables for typos and names are read when asked)
        meta = dict(self._db.execute(f"SELECT key, value FROM meta WHERE key IN ({_OPENING})"))
        if meta.get("format") != FORMAT:
            raise sqlite3.DatabaseError("not a compiled briefing corpus")
        self.key = meta["key"]
        self.path = meta["path"]
        self.size = int(meta["size"])
        tables = marshal.loads(meta["tables"])
        self.sources = tuple(Source(*s) for s in tables["sources"])
        self.topics = tuple(Topic(*t) for t in tables["topics"])
        self.lexicon = Lexicon.from_tables(tables["lexicon"])
        self.unknown_idf = _idf(self.size, 0)
        self._surface: dict[str, str] | None = None
        self._sounds: dict[str, list[str]] | None = None
        self._skeletons: dict[str, list[str]] | None = None
        self._names: frozenset[str] | None = None
        self._capitalised: frozenset[str] | None = None
        self._numbered: frozenset[str] | None = None
        self._rows: dict[int, tuple[Entry, list, list]] = {}
        # What the matcher derives from a candidate row, kept as long as the row is.
        self.derived: dict[int | str, object] = {}

    # -- metadata ------------------------------------------------------------------------
    @property
    def as_of(self) -> str:
        """The date of the most recent source: nothing here is newer."""
        return max(s.as_of for s in self.sources)

    def source(self, source_id: str) -> Source:
        """The source with this id."""
        return next(s for s in self.sources if s.id == source_id)

    def topic(self, topic_id: str) -> Topic | None:
        """The topic with this id, or None."""
        return next((t for t in self.topics if t.id == topic_id), None)

    # -- entries -------------------------------------------------------------------------
    def entry(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        row = self._db.execute("SELECT data FROM entries WHERE id = ?", (entry_id,)).fetchone()
        return _entry(row[0]) if row else None

    def entries(self, topic: str | None = None) -> Iterator[Entry]:
        """Entries in reading order, optionally of one topic."""
        if topic is None:
            rows = self._db.execute("SELECT data FROM entries ORDER BY idx")
        else:
            sql = "SELECT data FROM entries WHERE topic = ? ORDER BY idx"
            rows = self._db.execute(sql, (topic,))
        return (_entry(data) for (data,) in rows)

    def entry_ids(self) -> list[str]:
        """Every entry id in reading order."""
        return [i for (i,) in self._db.execute("SELECT id FROM entries ORDER BY idx")]

    def topic_counts(self) -> dict[str, int]:
        """How many entries each topic has."""
        rows = self._db.execute("SELECT topic, count(*) FROM entries GROUP BY topic")
        return dict(rows)

    def candidates(self, indexes: list[int]) -> dict[int, tuple[Entry, list, list]]:
        """Entries with their question/alias phrases and the terms of each passage, in order.

        Decoded rows are kept (up to ROW_CACHE of them), so a batch of questions decodes
        each entry once and memory stays bounded however many questions come."""
        missing = [i for i in indexes if i not in self._rows]
        if missing:
            if len(self._rows) + len(missing) > ROW_CACHE:
                self._rows.clear()
                self.derived.clear()
            marks = ",".join("?" * len(missing))
            sql = f"SELECT idx, data, phrases, passages FROM entries WHERE idx IN ({marks})"
            for i, d, p, q in self._db.execute(sql, missing):
                self._rows[i] = (_entry(d), marshal.loads(p), marshal.loads(q))
        return {i: self._rows[i] for i in indexes if i in self._rows}

    # -- index ---------------------------------------------------------------------------
    def postings(self, term: str) -> Postings | None:
        """Where a term occurs, or None if it occurs nowhere."""
        sql = "SELECT df, ids, fields FROM terms WHERE term = ?"
        row = self._db.execute(sql, (term,)).fetchone()
        if row is None:
            return None
        ids = array("I")
        ids.frombytes(row[1])
        return Postings(_idf(self.size, row[0]), ids, row[2])

    def surface_forms(self) -> dict[str, str]:
        """Every word of the corpus and its synonyms, with its term (read only for typos)."""
        if self._surface is None:
            self._surface = dict(self._db.execute("SELECT word, term FROM surface"))
        return self._surface

    def names(self) -> frozenset[str]:
        """Terms the corpus only ever writes capitalised: names ("SWIFT", "Qatar"), which
        no everyday word means (read only for synonyms)."""
        if self._names is None:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'names'").fetchone()
            self._names = frozenset(marshal.loads(row[0])) if row else frozenset()
        return self._names

    def capitalised(self) -> frozenset[str]:
        """Words the corpus writes with a capital somewhere ("American", "Stream"),
        lowercased: a question may write them so (read only for typos)."""
        if self._capitalised is None:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'capitalised'").fetchone()
            self._capitalised = frozenset(marshal.loads(row[0])) if row else frozenset()
        return self._capitalised

    def numbered(self) -> frozenset[str]:
        """Words the corpus writes just before a bare "2" or "4" ("Nord Stream 2"): there
        the digit is a number, not a texted "to" or "for" (read only for shorthand)."""
        if self._numbered is None:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'numbered'").fetchone()
            self._numbered = frozenset(marshal.loads(row[0])) if row else frozenset()
        return self._numbered

    def writer_terms(self) -> frozenset[str]:
        """The terms of the sources' authors' and publishers' names."""
        found = self.derived.get("writers")
        if found is None:
            authors = self.lexicon.terms(" ".join(s.author for s in self.sources))
            found = self.derived["writers"] = frozenset(authors) | self.publisher_terms()
        return found  # type: ignore[return-value]

    def publisher_terms(self) -> frozenset[str]:
        """The terms of the sources' publishers' names ("LSE", "USAPP")."""
        found = self.derived.get("publishers")
        if found is None:
            names = " ".join(s.publisher for s in self.sources)
            found = self.derived["publishers"] = frozenset(self.lexicon.terms(names))
        return found  # type: ignore[return-value]

    def outlines(self) -> dict[str, int]:
        """Each source's outline entry (the one quoting its headings), where it has one."""
        found = self.derived.get("outlines")
        if found is None:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'outlines'").fetchone()
            found = marshal.loads(row[0]) if row else {}
            self.derived["outlines"] = found
        return found  # type: ignore[return-value]

    def sections(self) -> dict[tuple[str, str], list[int]]:
        """Each section of each source (source id, heading) with the entries, in reading
        order, whose evidence stands in it."""
        found = self.derived.get("sections")
        if found is None:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'sections'").fetchone()
            stored = marshal.loads(row[0]) if row else {}
            found = {tuple(key.split("\t", 1)): ids for key, ids in stored.items()}
            self.derived["sections"] = found
        return found  # type: ignore[return-value]

    def sound_forms(self) -> dict[str, list[str]]:
        """The corpus's words by phonetic key (read only for typos)."""
        if self._sounds is None:
            self._sounds = self._stored("sounds")
        return self._sounds

    def skeleton_forms(self) -> dict[str, list[str]]:
        """The corpus's words by their consonants (read only for typos)."""
        if self._skeletons is None:
            self._skeletons = _grouped(self.surface_forms(), skeleton)
        return self._skeletons

    def heard_forms(self) -> dict[str, list[str]]:
        """The corpus's words by the consonants of how they sound (read only for typos)."""
        found = self.derived.get("heard")
        if found is None:
            found = self.derived["heard"] = self._stored("heard")
        return found  # type: ignore[return-value]

    def _stored(self, key: str) -> dict[str, list[str]]:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return marshal.loads(row[0])

    def close(self) -> None:
        """Release the database."""
        self._db.close()


def _idf(size: int, df: int) -> float:
    return math.log(1.0 + (size - df + 0.5) / (df + 0.5))


# Rows are stored with marshal: Python's own format for plain values, several times
# faster to read than JSON and already loaded with the interpreter.
def _entry(data: bytes) -> Entry:
    entry_id, topic, question, aliases, answer, evidence, related = marshal.loads(data)
    return Entry(
        entry_id, topic, question, aliases, answer, tuple(Evidence(*e) for e in evidence), related
    )


def _entry_data(entry: Entry) -> bytes:
    return marshal.dumps(
        (
            entry.id,
            entry.topic,
            entry.question,
            tuple(entry.aliases),
            entry.answer,
            tuple(tuple(e) for e in entry.evidence),
            tuple(entry.related),
        )
    )


def comparable_heading(text: str) -> str:
    """A heading or quote reduced to its letters and digits, lowercased."""
    return "".join(ch for ch in text.lower() if ch.isalnum())


def build(corpus: Corpus, key: str, connection: sqlite3.Connection) -> None:
    """Write the compiled form of a validated corpus into an empty database."""
    lexicon = Lexicon(corpus.synonyms)
    topic_titles = {t.id: t.title for t in corpus.topics}
    best: dict[str, dict[int, int]] = defaultdict(dict)
    phrase_terms: list[list[list[str]]] = []
    passage_terms: list[list[list[str]]] = []
    surface: dict[str, str] = {}
    capitalised: set[str] = set()
    lower: set[str] = set()
    numbered: set[str] = set()
    sections: dict[str, list[int]] = defaultdict(list)
    headings_quoted: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for idx, entry in enumerate(corpus.entries):
        for evidence in entry.evidence:
            # what each section says (not the entries that quote its heading as a heading)
            if comparable_heading(evidence.quote) != comparable_heading(evidence.section):
                members = sections[f"{evidence.source}\t{evidence.section}"]
                if idx not in members:
                    members.append(idx)
            else:
                headings_quoted[evidence.source][idx] += 1
        # Each piece of text is analysed once; a field is the terms of its pieces in order.
        phrases = [lexicon.analyse(text) for text in (entry.question, *entry.aliases)]
        sentences = [lexicon.analyse(p) for p in _SENTENCE_END.split(entry.answer) if p.strip()]
        quotes = [lexicon.analyse(e.quote) for e in entry.evidence if e.quote.strip()]
        headings = dict.fromkeys([topic_titles[entry.topic], *(e.section for e in entry.evidence)])
        titles = [lexicon.analyse(text) for text in headings]
        # Names by their spelling in prose (aliases are written in lower case).
        for text in (entry.question, entry.answer, *(e.quote for e in entry.evidence)):
            for word in _WORD.findall(text):
                (lower if word.islower() else capitalised).add(word.lower())
        quoted = (e.quote for e in entry.evidence)
        for text in (entry.question, *entry.aliases, entry.answer, *quoted):
            numbered.update(
                before
                for before, token in pairwise(words(text))
                if token in TEXTED_DIGITS and before.isalpha()
            )
        phrase_terms.append([[term for _, term in pairs] for pairs in phrases])
        passage_terms.append([[term for _, term in pairs] for pairs in (*sentences, *quotes)])
        for code, pieces in enumerate((phrases, sentences, quotes, titles)):
            for pairs in pieces:
                surface.update(pairs)
                for _, term in pairs:
                    best[term].setdefault(idx, code)  # fields come best first
    # each source's outline: the entry quoting most of its headings, if it quotes a few
    outlines = {}
    for source, quoting in headings_quoted.items():
        most = max(quoting, key=lambda i: (quoting[i], -i))
        if quoting[most] >= OUTLINE_HEADINGS:
            outlines[source] = most
    size = len(corpus.entries)
    idf = {term: _idf(size, len(where)) for term, where in best.items()}
    common = {lexicon.term(word) for word in lower}
    names = {lexicon.term(word) for word in capitalised - lower} - common - {None}
    meta = {
        "format": FORMAT,
        "key": key,
        "path": corpus.path,
        "size": str(size),
        "names": marshal.dumps(sorted(names)),
        "capitalised": marshal.dumps(sorted(capitalised)),
        "numbered": marshal.dumps(sorted(numbered)),
        "sections": marshal.dumps(dict(sections)),
        "outlines": marshal.dumps(outlines),
        "tables": marshal.dumps(
            {
                "sources": [tuple(source) for source in corpus.sources],
                "topics": [tuple(topic) for topic in corpus.topics],
                "lexicon": lexicon.tables(),
            }
        ),
    }
    db = connection
    db.executescript(_SCHEMA)
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.executemany(
        "INSERT INTO entries VALUES (?, ?, ?, ?, ?, ?)",
        (
            (
                idx,
                entry.id,
                entry.topic,
                _entry_data(entry),
                marshal.dumps([[(t, round(idf[t], 4)) for t in p] for p in phrase_terms[idx]]),
                marshal.dumps(passage_terms[idx]),
            )
            for idx, entry in enumerate(corpus.entries)
        ),
    )
    db.executemany(
        "INSERT INTO terms VALUES (?, ?, ?, ?)",
        (
            (term, len(where), array("I", where.keys()).tobytes(), bytes(where.values()))
            for term, where in best.items()
        ),
    )
    for term in best:
        if term.isalpha():
            surface.setdefault(term, term)  # the stem too: "campain" is one edit from "campaign"
    for word, term in lexicon.listed().items():
        # A listed synonym the corpus never uses still catches typos ("atacks", "bots"
        # for "boots"); the matcher believes only some kinds of typo in a short word.
        if len(word) >= 5 and word.isalpha():
            surface.setdefault(word, term)
    surface = {word: term for word, term in surface.items() if len(word) > 2 and term in best}
    db.executemany("INSERT INTO surface VALUES (?, ?)", surface.items())
    # How the words sound, for typos: worked out here once, not on every run that has one
    sounds = _grouped(sorted(surface), sound)  # (in the table's order, as read back)
    heard: dict[str, list[str]] = defaultdict(list)
    for key, forms in sounds.items():  # (the key is most of the work)
        heard[heard_of(key)].extend(forms)
    db.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        (("sounds", marshal.dumps(sounds)), ("heard", marshal.dumps(dict(heard)))),
    )
    db.commit()


def _grouped(words: Iterable[str], key: Callable[[str], str]) -> dict[str, list[str]]:
    """Words grouped by a key of each, in their order."""
    found: dict[str, list[str]] = defaultdict(list)
    for word in words:
        found[key(word)].append(word)
    return dict(found)


def open_compiled(path: Path, environ: Mapping[str, str]) -> CompiledCorpus:
    """The compiled form of the corpus at ``path``: from the cache, or built now."""
    try:
        data = path.read_bytes()
    except OSError:
        from briefing_cli.corpus import read_text

        read_text(path)  # raises the CorpusError that says why
        raise
    key = corpus_key(data)
    if environ.get("BRIEFING_NO_CACHE", "") not in ("", "0"):
        target = None
    else:
        target = cache_dir(environ) / f"{key[:40]}.sqlite3"
        cached = _open_cached(target, key)
        if cached is not None:
            return cached
    from briefing_cli.corpus import decode, parse  # only a cache miss parses YAML

    corpus = parse(decode(data, str(path)), str(path))
    if target is not None:
        try:
            _write_atomically(corpus, key, target)
        except (OSError, sqlite3.Error):
            pass  # an unwritable cache is bypassed: answers come from memory
        else:
            cached = _open_cached(target, key)
            if cached is not None:
                return cached
    memory = sqlite3.connect(":memory:")
    build(corpus, key, memory)
    return CompiledCorpus(memory, "memory")


def _open_cached(target: Path, key: str) -> CompiledCorpus | None:
    if not target.is_file():
        return None
    try:
        uri = target.resolve().as_uri() + "?mode=ro&immutable=1"
        compiled = CompiledCorpus(sqlite3.connect(uri, uri=True), str(target))
    except (sqlite3.Error, KeyError, ValueError, TypeError, OSError):
        return None  # corrupted or foreign: rebuilt by the caller
    if compiled.key != key:
        compiled.close()
        return None
    return compiled


def _write_atomically(corpus: Corpus, key: str, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # only a cache miss writes

    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".build-", suffix=".tmp")
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.execute("PRAGMA journal_mode = OFF")
            connection.execute("PRAGMA synchronous = OFF")
            build(corpus, key, connection)
        finally:
            connection.close()
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
