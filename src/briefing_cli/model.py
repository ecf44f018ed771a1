"""The corpus as typed, immutable data."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Source:
    """A document the answers are drawn from, with its metadata as stated (or not)."""

    id: str
    title: str
    author: str
    publisher: str
    date: str
    date_basis: str  # "stated" or "inferred"
    date_note: str
    url: str
    licence: str

    @property
    def as_of(self) -> str:
        """The latest date the document can speak for (end of an inferred range)."""
        return self.date.split("/")[-1]


@dataclass(frozen=True, slots=True)
class Topic:
    """A group of entries; topics are read in file order."""

    id: str
    title: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """A verbatim quote from a source, with the section it stands under."""

    source: str
    section: str
    quote: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One question and its answer, with evidence and related entries."""

    id: str
    topic: str
    question: str
    aliases: tuple[str, ...]
    answer: str
    evidence: tuple[Evidence, ...]
    related: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Corpus:
    """A validated corpus: sources, topics in reading order, entries in file order."""

    path: str
    sources: tuple[Source, ...]
    topics: tuple[Topic, ...]
    entries: tuple[Entry, ...]
    synonyms: tuple[tuple[str, ...], ...] = ()
    _by_id: dict[str, Entry] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_id.update((e.id, e) for e in self.entries)

    def entry(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        return self._by_id.get(entry_id)

    def source(self, source_id: str) -> Source:
        """The source with this id (ids are validated at load time)."""
        return next(s for s in self.sources if s.id == source_id)

    def topic(self, topic_id: str) -> Topic:
        """The topic with this id (ids are validated at load time)."""
        return next(t for t in self.topics if t.id == topic_id)

    @property
    def as_of(self) -> str:
        """The date of the most recent source: nothing here is newer."""
        return max(s.as_of for s in self.sources)
