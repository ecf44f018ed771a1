"""Why the winner won: the lines of an ``--explain`` report, shared by the text formats."""

from __future__ import annotations

from briefing_cli.search import Ranking, TermHit


def _hit(hit: TermHit) -> str:
    if not hit.term:
        return f"{hit.word} (unknown to the corpus, idf {hit.idf:.2f})"
    if hit.similarity < 1.0:
        return f"{hit.word} ~ {hit.term} (typo match {hit.similarity:.0%}, idf {hit.idf:.2f})"
    return f"{hit.word} (idf {hit.idf:.2f})"


def explanation(ranking: Ranking) -> list[str]:
    """Plain lines explaining a ranking: terms, the winner's components, the runner-up."""
    lines = ["Why this answer:"]
    if not ranking.hits:
        lines.append(
            "  The question has no searchable words (only common words like 'what', 'is')."
        )
        return lines
    lines.append("  Question terms: " + "; ".join(_hit(h) for h in ranking.hits))
    if not ranking.matches:
        lines.append("  No entry shares a term with the question.")
        return lines
    best = ranking.matches[0]
    lines.append(
        f"  Winner: {best.entry.id}, confidence {best.score:.1f} (question coverage "
        f"{best.query_coverage:.2f}, phrase coverage {best.phrase_coverage:.2f})"
    )
    lines.append(f"  Best matching phrasing: {' '.join(best.phrase.split())}")
    found = ", ".join(f"{term} in {name}" for term, name in best.fields.items())
    lines.append(f"  Terms found: {found or 'none'}")
    if best.kind:
        lines.append(f'  Raised because both ask "{best.kind} ...", the same kind of answer')
    if best.form:
        lines.append(
            "  Raised because the question asks what form something took; the entry names one"
        )
    for shortfall in best.shortfalls:
        lines.append(f"  Lowered because the question {shortfall}")
    if len(ranking.matches) > 1:
        second = ranking.matches[1]
        lines.append(
            f"  Runner-up: {second.entry.id} ({second.score:.1f}), "
            f"{best.score - second.score:.1f} points behind"
        )
    return lines
