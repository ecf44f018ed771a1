"""The corpus as typed, immutable records.

Records are ``NamedTuple``s rather than dataclasses: they are as typed and immutable,
and a frozen, slotted dataclass costs about six times as much to define at start-up,
which every call of the command pays.
"""

from __future__ import annotations

from typing import NamedTuple

NOT_STATED = "not stated"  # metadata a document does not give


class Source(NamedTuple):
    """A document the answers are drawn from, with its metadata as stated (or not)."""

    id: str
    title: str
    author: str
    publisher: str
    date: str  # ISO 8601: a date, or an interval START/END when inferred
    date_basis: str  # "stated" or "inferred"
    date_note: str
    url: str
    licence: str

    @property
    def as_of(self) -> str:
        """The latest date the document can speak for (end of an inferred range)."""
        return self.date.split("/")[-1]


class Topic(NamedTuple):
    """A group of entries; topics are read in file order."""

    id: str
    title: str


class Evidence(NamedTuple):
    """A verbatim quote from a source, with the section it stands under."""

    source: str
    section: str
    quote: str


class Entry(NamedTuple):
    """One question and its answer, with evidence and related entries."""

    id: str
    topic: str
    question: str
    aliases: tuple[str, ...]
    answer: str
    evidence: tuple[Evidence, ...]
    related: tuple[str, ...] = ()


class Corpus(NamedTuple):
    """A validated corpus: sources, topics in reading order, entries in file order."""

    path: str
    sources: tuple[Source, ...]
    topics: tuple[Topic, ...]
    entries: tuple[Entry, ...]
    synonyms: tuple[tuple[str, ...], ...] = ()

    def source(self, source_id: str) -> Source:
        """The source with this id (ids are validated at load time)."""
        return next(s for s in self.sources if s.id == source_id)
