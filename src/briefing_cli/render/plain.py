"""Plain text: no escape codes, no box drawing, one line per paragraph (for notes and pipes)."""

from __future__ import annotations

from typing import TextIO

from briefing_cli.answers import Answer
from briefing_cli.compiled import CompiledCorpus
from briefing_cli.model import Entry
from briefing_cli.render.explain import explanation
from briefing_cli.render.text import (
    NOTHING_CLOSE,
    as_of_line,
    attribution,
    citing,
    clean,
    confidence,
    heading_note,
    later_note,
    one_line,
    part_note,
    source_date,
)
from briefing_cli.search import Match


def _entry_lines(entry: Entry, compiled: CompiledCorpus) -> list[str]:
    lines = [
        f"Q: {one_line(entry.question)} [{one_line(entry.id)}]",
        f"A: {one_line(entry.answer)}",
    ]
    lines.append("Evidence:")
    for evidence in entry.evidence:
        source = compiled.source(evidence.source)
        lines.append(f"  “{one_line(evidence.quote)}”")
        lines.append(f"    — {attribution(source, evidence)}")
    return lines


def _suggestions(matches: list[Match]) -> list[str]:
    return [f"  - {one_line(m.entry.question)} [{m.entry.id}] ({m.score:.0f}/100)" for m in matches]


def ask(out: TextIO, answer: Answer, compiled: CompiledCorpus, top: int, explain: bool) -> None:
    """Write an answer, or the decline with suggestions."""
    ranking = answer.ranking
    lines: list[str] = []
    if not answer.answered:
        lines.append(f"No confident answer for: {one_line(ranking.query)}")
        if note := later_note(ranking, compiled):
            lines.append(note)
        if ranking.matches:
            lines.append("Closest questions:")
            lines.extend(_suggestions(ranking.matches[:3]))
        else:
            lines.append(NOTHING_CLOSE)
    else:
        if ranking.part:
            lines.append(part_note(one_line(ranking.part)))
        shown = ranking.matches[:top]
        for number, match in enumerate(shown, 1):
            if number > 1:
                lines.append("")
            if top > 1:
                lines.append(f"#{number}")
            lines.extend(_entry_lines(match.entry, compiled))
            lines.append(f"Confidence: {confidence(match.score)}")
            if match.heading:
                cited = f"[{one_line(match.heading_of)}]"
                lines.append(heading_note(one_line(match.heading), cited))
        tie = ranking.near_tie
        if tie is not None and top == 1:
            lines.append(f"Did you mean: {one_line(tie.entry.question)} [{tie.entry.id}]?")
        if answer.related:
            lines.append("Related:")
            lines.extend(f"  - {one_line(e.question)} [{e.id}]" for e in answer.related)
    if explain:
        lines.append("")
        lines.extend(clean(line) for line in explanation(ranking))
    lines.append(as_of_line(compiled, answer.shown(top)))
    out.write("\n".join(lines) + "\n")


def topics(out: TextIO, compiled: CompiledCorpus) -> None:
    """Topics in reading order with entry counts."""
    counts = compiled.topic_counts()
    lines = [f"{t.id}: {one_line(t.title)} ({counts.get(t.id, 0)})" for t in compiled.topics]
    lines.append(as_of_line(compiled))
    out.write("\n".join(lines) + "\n")


def topic_entries(out: TextIO, compiled: CompiledCorpus, topic_id: str) -> None:
    """One topic's questions with their ids."""
    topic = compiled.topic(topic_id)
    assert topic is not None
    lines = [f"{one_line(topic.title)} [{topic.id}]"]
    lines.extend(f"  {e.id}: {one_line(e.question)}" for e in compiled.entries(topic_id))
    out.write("\n".join(lines) + "\n")


def entry(out: TextIO, item: Entry, compiled: CompiledCorpus) -> None:
    """One entry in full."""
    topic = compiled.topic(item.topic)
    lines = [f"Topic: {one_line(topic.title) if topic else item.topic}"]
    lines.extend(_entry_lines(item, compiled))
    if item.aliases:
        lines.append("Also asked as: " + "; ".join(one_line(a) for a in item.aliases))
    related = [compiled.entry(i) for i in item.related]
    if related:
        lines.append("Related:")
        lines.extend(f"  - {one_line(e.question)} [{e.id}]" for e in related if e)
    lines.append(as_of_line(compiled, [item]))
    out.write("\n".join(lines) + "\n")


def unknown_id(out: TextIO, entry_id: str, suggestions: list[Entry]) -> None:
    """An id that is not in the corpus, with the closest ids."""
    lines = [f"No entry with id: {one_line(entry_id)}"]
    if suggestions:
        lines.append("Closest ids:")
        lines.extend(f"  - {e.id}: {one_line(e.question)}" for e in suggestions)
    out.write("\n".join(lines) + "\n")


def sources(out: TextIO, compiled: CompiledCorpus) -> None:
    """Each source with its full metadata and the entries that cite it."""
    cited = citing(compiled)
    lines: list[str] = []
    for source in compiled.sources:
        if lines:
            lines.append("")
        lines.append(f"[{source.id}] {one_line(source.title)}")
        lines.append(f"  Author: {one_line(source.author)}")
        lines.append(f"  Publisher: {one_line(source.publisher)}")
        lines.append(f"  Date: {source_date(source)}")
        if source.date_note:
            lines.append(f"  How the date is known: {one_line(source.date_note)}")
        lines.append(f"  URL: {one_line(source.url)}")
        lines.append(f"  Licence: {one_line(source.licence)}")
        ids = cited.get(source.id, [])
        lines.append(f"  Cited by {len(ids)} entries: " + ", ".join(ids))
    lines.append(as_of_line(compiled))
    out.write("\n".join(lines) + "\n")


def brief(out: TextIO, compiled: CompiledCorpus) -> None:
    """The whole briefing, grouped by topic, written as it is read (streaming)."""
    out.write("Briefing: " + as_of_line(compiled) + "\n")
    for topic in compiled.topics:
        out.write(f"\n== {one_line(topic.title)} ==\n")
        for item in compiled.entries(topic.id):
            out.write("\n" + "\n".join(_entry_lines(item, compiled)) + "\n")
    out.write("\n== Sources ==\n\n")
    sources(out, compiled)
