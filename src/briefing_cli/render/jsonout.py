"""JSON for scripts. Keys are a contract (pinned by tests); non-ASCII and control
characters are escaped, so output is always valid, terminal-safe JSON."""

from __future__ import annotations

import json
from typing import Any, TextIO

from briefing_cli.answers import Answer
from briefing_cli.compiled import CompiledCorpus
from briefing_cli.model import Entry, Source
from briefing_cli.render.text import citing


def _write(out: TextIO, value: Any) -> None:
    out.write(json.dumps(value, ensure_ascii=True) + "\n")


def _cited(entry: Entry, compiled: CompiledCorpus) -> list[dict[str, str]]:
    cited = []
    for evidence in entry.evidence:
        source = compiled.source(evidence.source)
        cited.append(
            {
                "id": source.id,
                "title": source.title,
                "author": source.author,
                "publisher": source.publisher,
                "date": source.date,
                "url": source.url,
                "section": evidence.section,
                "quote": evidence.quote,
            }
        )
    return cited


def ask_object(answer: Answer, compiled: CompiledCorpus, top: int) -> dict[str, Any]:
    """The pinned JSON shape of one answer (suggestions when not answered)."""
    ranking = answer.ranking
    shown = ranking.matches[:top] if answer.answered else ranking.matches[:3]
    return {
        "query": ranking.query,
        "answered": answer.answered,
        # the part answered, of a question asking more than one thing (else null)
        "answers_part": ranking.part or None,
        "matches": [
            {
                "id": m.entry.id,
                "question": m.entry.question,
                "answer": m.entry.answer,
                "topic": m.entry.topic,
                "score": m.score,
                "sources": _cited(m.entry, compiled),
            }
            for m in shown
        ],
    }


def ask(out: TextIO, answer: Answer, compiled: CompiledCorpus, top: int, explain: bool) -> None:
    """One JSON object per question, on one line (so a batch is JSON Lines)."""
    value = ask_object(answer, compiled, top)
    if explain:
        from briefing_cli.render.explain import explanation

        value["explain"] = explanation(answer.ranking)
    _write(out, value)


def source_object(source: Source) -> dict[str, str]:
    """Every metadata field of a source."""
    return {name: getattr(source, name) for name in Source._fields}


def entry_object(entry: Entry, compiled: CompiledCorpus) -> dict[str, Any]:
    """An entry in full, aliases and related ids included."""
    return {
        "id": entry.id,
        "topic": entry.topic,
        "question": entry.question,
        "aliases": list(entry.aliases),
        "answer": entry.answer,
        "sources": _cited(entry, compiled),
        "related": list(entry.related),
    }


def topics(out: TextIO, compiled: CompiledCorpus) -> None:
    """Topics in reading order with entry counts."""
    counts = compiled.topic_counts()
    _write(
        out,
        [{"id": t.id, "title": t.title, "entries": counts.get(t.id, 0)} for t in compiled.topics],
    )


def topic_entries(out: TextIO, compiled: CompiledCorpus, topic_id: str) -> None:
    """One topic's questions with their ids."""
    _write(out, [{"id": e.id, "question": e.question} for e in compiled.entries(topic_id)])


def entry(out: TextIO, item: Entry, compiled: CompiledCorpus) -> None:
    """One entry in full."""
    _write(out, entry_object(item, compiled))


def unknown_id(out: TextIO, entry_id: str, suggestions: list[Entry]) -> None:
    """An unknown id with the closest ids."""
    _write(out, {"id": entry_id, "found": False, "suggestions": [e.id for e in suggestions]})


def sources(out: TextIO, compiled: CompiledCorpus) -> None:
    """Each source with its metadata and the ids of the entries citing it."""
    cited = citing(compiled)
    _write(out, [source_object(s) | {"cited_by": cited.get(s.id, [])} for s in compiled.sources])


def brief(out: TextIO, compiled: CompiledCorpus) -> None:
    """The whole corpus: sources, topics and every entry in full."""
    _write(
        out,
        {
            "as_of": compiled.as_of,
            "sources": [source_object(s) for s in compiled.sources],
            "topics": [{"id": t.id, "title": t.title} for t in compiled.topics],
            "entries": [entry_object(e, compiled) for e in compiled.entries()],
        },
    )
