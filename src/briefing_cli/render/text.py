"""Text helpers every renderer shares: safety at the output edge, dates, attribution."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from briefing_cli.controls import strip_controls as clean
from briefing_cli.model import Entry, Evidence, Source

if TYPE_CHECKING:
    from briefing_cli.compiled import CompiledCorpus
    from briefing_cli.search import Ranking

NOTHING_CLOSE = "Nothing in the corpus is close. Try 'briefing list' to browse the topics."
_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def one_line(text: str) -> str:
    """Clean text on a single line (for echoing a user's question)."""
    return " ".join(clean(text).split())


def heading_note(heading: str, cited: str) -> str:
    """For "which section covers X", answered by a document's headings: the heading the
    entry about X stands under, said outright (``cited``: that entry's id, as the format
    writes one)."""
    return f"What you asked about stands under \u201c{heading}\u201d {cited}."


def part_note(part: str) -> str:
    """For a question asking more than one thing, answered in part: which part."""
    return (
        f"Your question asks more than one thing; this answers \u201c{part}\u201d"
        " (ask the rest on its own)."
    )


def human_date(iso: str) -> str:
    """'2022-01-27' as '27 January 2022' (partial dates as far as they go)."""
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return iso


def source_date(source: Source) -> str:
    """A source's date as a reader should see it, marked when it is inferred."""
    if "/" in source.date:
        start, end = (human_date(d) for d in source.date.split("/", 1))
        text = f"between {start} and {end}"
    else:
        text = human_date(source.date)
    return f"{text} (inferred)" if source.date_basis == "inferred" else text


def attribution(source: Source, evidence: Evidence | None = None) -> str:
    """Who said it, where and when: every field, 'not stated' where the document is silent."""
    author = source.author if source.author != "not stated" else "author not stated"
    publisher = source.publisher if source.publisher != "not stated" else "publisher not stated"
    parts = [author, f"“{source.title}”", publisher, source_date(source)]
    if evidence is not None:
        parts.append(f"section “{evidence.section}”")
    parts.append(source.url if source.url != "not stated" else "URL not stated")
    return clean(", ".join(parts))


def as_of_line(compiled: CompiledCorpus, entries: Iterable[Entry] = ()) -> str:
    """The reminder that this is a snapshot, not news: the date of the newest source
    behind the given entries (or behind the whole corpus)."""
    cited = {e.source for entry in entries for e in entry.evidence}
    sources = [s for s in compiled.sources if s.id in cited] or list(compiled.sources)
    newest = max(sources, key=lambda s: s.as_of)
    date = human_date(newest.as_of) + (" (inferred)" if newest.date_basis == "inferred" else "")
    whose = (
        "the date of its source" if cited and len(sources) == 1 else "the date of the newest source"
    )
    return f"As of {date}, {whose}; not current news."


def later_note(ranking: Ranking, compiled: CompiledCorpus) -> str:
    """Why a question about a time after the documents is declined, or ""."""
    from briefing_cli.frame import AFTER_THE_DOCUMENTS

    if ranking.matches and AFTER_THE_DOCUMENTS in ranking.matches[0].shortfalls:
        date = human_date(compiled.as_of)
        return f"The documents end on {date}: they cannot say what happened after it."
    return ""


def citing(compiled: CompiledCorpus) -> dict[str, list[str]]:
    """For each source id, the ids of the entries that quote it, in reading order."""
    cited: dict[str, list[str]] = {}
    for item in compiled.entries():
        for source_id in dict.fromkeys(e.source for e in item.evidence):
            cited.setdefault(source_id, []).append(item.id)
    return cited


def confidence(score: float) -> str:
    """A match's confidence as shown; a low one (only ever listed with --top) says so."""
    from briefing_cli.search import THRESHOLD

    shown = f"{score:.0f}/100"
    return shown if score >= THRESHOLD else f"{shown}, too low to answer on its own"
