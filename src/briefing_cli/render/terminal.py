"""Rich output for terminals. Every piece of corpus or user text goes in as a ``Text``
object, never as markup, and is cleaned of control sequences first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Console, Group
from rich.padding import Padding
from rich.rule import Rule
from rich.text import Text

if TYPE_CHECKING:
    from rich.table import Table

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


def _table(**options: object) -> Table:
    from rich.table import Table  # only lists need it; answers stay lighter to start

    return Table(box=None, pad_edge=False, **options)


def _t(text: str, style: str = "") -> Text:
    return Text(clean(text), style=style)


def _entry_group(entry: Entry, compiled: CompiledCorpus, footer: str = "") -> Group:
    parts: list = [
        Text.assemble((one_line(entry.question), "bold cyan"), ("  " + one_line(entry.id), "dim")),
        _t(one_line(entry.answer)),
    ]
    for evidence in entry.evidence:
        source = compiled.source(evidence.source)
        quote = Text.assemble(("“" + one_line(evidence.quote) + "”", "italic"))
        cite = _t("— " + attribution(source, evidence), "dim")
        parts.append(Padding(Group(quote, cite), (1, 0, 0, 2), expand=False))
    if footer:
        parts.append(Padding(_t(footer, "dim"), (1, 0, 0, 0), expand=False))
    return Group(*parts)


def _as_of(console: Console, compiled: CompiledCorpus, entries: list[Entry] | None = None) -> None:
    console.print(_t(as_of_line(compiled, entries or ()), "yellow"))


def ask(out: Console, answer: Answer, compiled: CompiledCorpus, top: int, explain: bool) -> None:
    """An answer with its evidence and attribution, or a decline with suggestions."""
    ranking = answer.ranking
    if not answer.answered:
        out.print(
            Text.assemble(("No confident answer for: ", "bold yellow"), one_line(ranking.query))
        )
        if note := later_note(ranking, compiled):
            out.print(_t(note, "yellow"))
        if ranking.matches:
            out.print(_t("Closest questions:"))
            for m in ranking.matches[:3]:
                out.print(
                    Text.assemble("  • ", one_line(m.entry.question), (f"  {m.entry.id}", "dim"))
                )
        else:
            out.print(_t(NOTHING_CLOSE))
    else:
        if ranking.part:
            out.print(_t(part_note(one_line(ranking.part)), "bold"))
        for number, match in enumerate(ranking.matches[:top], 1):
            if number > 1:
                out.print(Rule(style="dim"))
            footer = f"Confidence {confidence(match.score)}"
            if top > 1:
                footer = f"#{number} · {footer}"
            out.print(_entry_group(match.entry, compiled, footer))
            if match.heading:
                cited = f"[{one_line(match.heading_of)}]"
                note = heading_note(one_line(match.heading), cited)
                out.print(Text(note, style="bold"))
        tie = ranking.near_tie
        if tie is not None and top == 1:
            out.print(
                Text.assemble(
                    ("Did you mean: ", "bold"),
                    one_line(tie.entry.question),
                    (f"  {tie.entry.id}", "dim"),
                    "?",
                )
            )
        if answer.related:
            out.print(Text("Related:", style="bold"))
            for e in answer.related:
                out.print(Text.assemble("  • ", one_line(e.question), (f"  {e.id}", "dim")))
    if explain:
        out.print(
            Padding(_t("\n".join(explanation(ranking)), "magenta"), (1, 0, 0, 0), expand=False)
        )
    _as_of(out, compiled, answer.shown(top))


def topics(out: Console, compiled: CompiledCorpus) -> None:
    """Topics in reading order with entry counts."""
    counts = compiled.topic_counts()
    table = _table(show_header=True, header_style="bold")
    table.add_column("topic", style="cyan", no_wrap=True)
    table.add_column("title")
    table.add_column("entries", justify="right")
    for t in compiled.topics:
        table.add_row(_t(t.id), _t(t.title), str(counts.get(t.id, 0)))
    out.print(table)
    _as_of(out, compiled)


def topic_entries(out: Console, compiled: CompiledCorpus, topic_id: str) -> None:
    """One topic's questions with their ids."""
    topic = compiled.topic(topic_id)
    assert topic is not None
    out.print(_t(topic.title, "bold"))
    table = _table(show_header=False)
    table.add_column(style="cyan", no_wrap=True)
    table.add_column()
    for e in compiled.entries(topic_id):
        table.add_row(_t(e.id), _t(one_line(e.question)))
    out.print(table)


def entry(out: Console, item: Entry, compiled: CompiledCorpus) -> None:
    """One entry in full."""
    out.print(_entry_group(item, compiled))
    if item.aliases:
        out.print(Text.assemble(("\nAlso asked as: ", "bold"), clean("; ".join(item.aliases))))
    related = [e for e in (compiled.entry(i) for i in item.related) if e]
    if related:
        out.print(Text("Related:", style="bold"))
        for e in related:
            out.print(Text.assemble("  • ", one_line(e.question), (f"  {e.id}", "dim")))
    _as_of(out, compiled, [item])


def unknown_id(out: Console, entry_id: str, suggestions: list[Entry]) -> None:
    """An id that is not in the corpus, with the closest ids."""
    out.print(Text.assemble(("No entry with id: ", "bold yellow"), one_line(entry_id)))
    for e in suggestions:
        out.print(Text.assemble("  • ", (e.id, "cyan"), "  ", one_line(e.question)))


def sources(out: Console, compiled: CompiledCorpus) -> None:
    """Each source with its full metadata and the entries that cite it."""
    cited = citing(compiled)
    for source in compiled.sources:
        table = _table(show_header=False)
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        rows = [
            ("Id", source.id),
            ("Author", source.author),
            ("Publisher", source.publisher),
            ("Date", source_date(source)),
            ("How the date is known", source.date_note),
            ("URL", source.url),
            ("Licence", source.licence),
            ("Cited by", ", ".join(cited.get(source.id, []))),
        ]
        for label, value in rows:
            if value:
                table.add_row(label, _t(value))
        out.print(_t(source.title, "bold cyan"))
        out.print(table)
        out.print()
    _as_of(out, compiled)


def brief(out: Console, compiled: CompiledCorpus) -> None:
    """The whole briefing, grouped by topic."""
    out.print(_t("Briefing", "bold"))
    _as_of(out, compiled)
    for topic in compiled.topics:
        out.print(Rule(_t(topic.title, "bold")))
        for item in compiled.entries(topic.id):
            out.print(_entry_group(item, compiled))
            out.print()
    out.print(Rule(Text("Sources", style="bold")))
    sources(out, compiled)
