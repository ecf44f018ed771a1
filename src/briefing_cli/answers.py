"""Answers to questions: the ranking plus what a reader needs next."""

from __future__ import annotations

from typing import NamedTuple

from briefing_cli.compiled import CompiledCorpus
from briefing_cli.controls import strip_controls
from briefing_cli.model import Entry
from briefing_cli.search import Ranking, rank


class Answer(NamedTuple):
    """The outcome of asking one question."""

    ranking: Ranking
    related: tuple[Entry, ...]  # next questions after the best match

    @property
    def answered(self) -> bool:
        """True when the best match is confident enough to present as the answer."""
        return self.ranking.answered

    def shown(self, top: int) -> list[Entry]:
        """The entries presented as answers: the best ``top``, or none when declined."""
        return [m.entry for m in self.ranking.matches[:top]] if self.answered else []


def ask(
    question: str, compiled: CompiledCorpus, *, top: int = 1, topic: str | None = None
) -> Answer:
    """Rank entries for a question and gather the best match's related entries."""
    ranking = rank(strip_controls(question), compiled, limit=max(top, 3), topic=topic)
    related: tuple[Entry, ...] = ()
    if ranking.answered:
        shown = {m.entry.id for m in ranking.matches[:top]}
        found = (compiled.entry(i) for i in ranking.matches[0].entry.related if i not in shown)
        related = tuple(e for e in found if e is not None)
    return Answer(ranking, related)
