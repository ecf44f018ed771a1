"""Markdown: a heading per question, evidence as block quotes with attribution, links."""

from __future__ import annotations

import re
from typing import TextIO

from briefing_cli.answers import Answer
from briefing_cli.compiled import CompiledCorpus
from briefing_cli.model import Entry, Source
from briefing_cli.render.explain import explanation
from briefing_cli.render.text import (
    NOTHING_CLOSE,
    as_of_line,
    citing,
    clean,
    confidence,
    heading_note,
    later_note,
    one_line,
    part_note,
    source_date,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def md(text: str) -> str:
    """Clean one-line text with Markdown's special characters escaped."""
    return _SPECIAL.sub(r"\\\1", one_line(text))


def _link(url: str) -> str:
    return f"<{url}>" if url.startswith(("http://", "https://")) else md(url)


def _attribution(source: Source, section: str) -> str:
    author = md(source.author) if source.author != "not stated" else "author not stated"
    publisher = md(source.publisher) if source.publisher != "not stated" else "publisher not stated"
    url = _link(source.url) if source.url != "not stated" else "URL not stated"
    return (
        f"{author}, *{md(source.title)}*, {publisher}, {source_date(source)}, "
        f"section “{md(section)}”, {url}"
    )


def _entry_block(entry: Entry, compiled: CompiledCorpus, level: str = "##") -> list[str]:
    lines = [f"{level} {md(entry.question)}", "", md(entry.answer), ""]
    for evidence in entry.evidence:
        source = compiled.source(evidence.source)
        lines.append(f"> “{md(evidence.quote)}”")
        lines.append(">")
        lines.append(f"> — {_attribution(source, evidence.section)}")
        lines.append("")
    return lines


def ask(out: TextIO, answer: Answer, compiled: CompiledCorpus, top: int, explain: bool) -> None:
    """Write an answer (or a decline with suggestions) as Markdown."""
    ranking = answer.ranking
    lines: list[str] = []
    if not answer.answered:
        lines += [f"## No confident answer: {md(ranking.query)}", ""]
        if note := later_note(ranking, compiled):
            lines += [md(note), ""]
        if ranking.matches:
            lines.append("Closest questions:")
            lines.append("")
            lines += [
                f"- {md(m.entry.question)} (`{m.entry.id}`, {m.score:.0f}/100)"
                for m in ranking.matches[:3]
            ]
            lines.append("")
        else:
            lines += [NOTHING_CLOSE, ""]
    else:
        if ranking.part:
            lines += [f"*{part_note(md(ranking.part))}*", ""]
        for match in ranking.matches[:top]:
            lines += _entry_block(match.entry, compiled)
            lines += [f"*Confidence {confidence(match.score)}, entry `{match.entry.id}`.*", ""]
            if match.heading:
                cited = f"(`{match.heading_of}`)"
                lines += [heading_note(md(match.heading), cited), ""]
        tie = ranking.near_tie
        if tie is not None and top == 1:
            lines += [f"Did you mean: {md(tie.entry.question)} (`{tie.entry.id}`)?", ""]
        if answer.related:
            lines += ["Related:", ""]
            lines += [f"- {md(e.question)} (`{e.id}`)" for e in answer.related]
            lines.append("")
    if explain:
        lines += [
            "```text",
            *(clean(x).replace("```", "'''") for x in explanation(ranking)),
            "```",
            "",
        ]
    lines.append(f"*{as_of_line(compiled, answer.shown(top))}*")
    out.write("\n".join(lines) + "\n")


def topics(out: TextIO, compiled: CompiledCorpus) -> None:
    """Topics in reading order with entry counts."""
    counts = compiled.topic_counts()
    lines = ["## Topics", ""]
    lines += [f"- {md(t.title)} (`{t.id}`, {counts.get(t.id, 0)} entries)" for t in compiled.topics]
    lines += ["", f"*{as_of_line(compiled)}*"]
    out.write("\n".join(lines) + "\n")


def topic_entries(out: TextIO, compiled: CompiledCorpus, topic_id: str) -> None:
    """One topic's questions with their ids."""
    topic = compiled.topic(topic_id)
    assert topic is not None
    lines = [f"## {md(topic.title)}", ""]
    lines += [f"- {md(e.question)} (`{e.id}`)" for e in compiled.entries(topic_id)]
    out.write("\n".join(lines) + "\n")


def entry(out: TextIO, item: Entry, compiled: CompiledCorpus) -> None:
    """One entry in full."""
    lines = _entry_block(item, compiled)
    if item.aliases:
        lines += ["Also asked as: " + "; ".join(md(a) for a in item.aliases), ""]
    related = [e for e in (compiled.entry(i) for i in item.related) if e]
    if related:
        lines += ["Related:", ""] + [f"- {md(e.question)} (`{e.id}`)" for e in related] + [""]
    lines.append(f"*{as_of_line(compiled, [item])}*")
    out.write("\n".join(lines) + "\n")


def unknown_id(out: TextIO, entry_id: str, suggestions: list[Entry]) -> None:
    """An id that is not in the corpus, with the closest ids."""
    lines = [f"No entry with id `{one_line(entry_id).replace('`', '')}`.", ""]
    lines += [f"- `{e.id}`: {md(e.question)}" for e in suggestions]
    out.write("\n".join(lines) + "\n")


def _sources_lines(compiled: CompiledCorpus, level: str) -> list[str]:
    cited = citing(compiled)
    lines: list[str] = []
    for source in compiled.sources:
        ids = cited.get(source.id, [])
        lines += [
            f"{level} {md(source.title)}",
            "",
            f"- Id: `{source.id}`",
            f"- Author: {md(source.author)}",
            f"- Publisher: {md(source.publisher)}",
            f"- Date: {source_date(source)}",
        ]
        if source.date_note:
            lines.append(f"- How the date is known: {md(source.date_note)}")
        lines += [
            f"- URL: {_link(source.url)}",
            f"- Licence: {md(source.licence)}",
            f"- Cited by {len(ids)} entries: " + ", ".join(f"`{i}`" for i in ids),
            "",
        ]
    return lines


def sources(out: TextIO, compiled: CompiledCorpus) -> None:
    """Each source with its full metadata and the entries that cite it."""
    lines = ["## Sources", "", *_sources_lines(compiled, "###"), f"*{as_of_line(compiled)}*"]
    out.write("\n".join(lines) + "\n")


def brief(out: TextIO, compiled: CompiledCorpus) -> None:
    """The whole briefing as one Markdown document, written as it is read."""
    out.write(f"# Briefing\n\n*{as_of_line(compiled)}*\n\n")
    for topic in compiled.topics:
        out.write(f"## {md(topic.title)}\n\n")
        for item in compiled.entries(topic.id):
            out.write("\n".join(_entry_block(item, compiled, "###")) + "\n")
    out.write("## Sources\n\n" + "\n".join(_sources_lines(compiled, "###")))
