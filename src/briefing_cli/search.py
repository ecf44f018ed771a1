"""Rank entries for a question: rare words count most, question and aliases above answer text.

Stage one scores every entry that shares a term with the question by the share of the
question's information (inverse document frequency) it explains, weighting where the
term was found. Stage two re-ranks the leaders by how completely one of their own
phrasings (the question or an alias) is covered by the question, which prefers the
entry about the specific fact asked for over a broad neighbour that mentions it.
Words the corpus does not know are matched to its vocabulary with rapidfuzz, so a typo
in a rare word ("javlin") still counts; rapidfuzz is imported only when that happens.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from briefing_cli.compiled import FIELD_NAMES, FIELD_WEIGHTS, CompiledCorpus
from briefing_cli.model import Entry

THRESHOLD = 50  # confidence (0-100) below which the tool declines
NEAR_TIE = 5  # a runner-up this close to the winner is worth a "did you mean"
MAX_QUERY_CHARS = 2000  # longer questions are refused: no question needs more
_QUERY_WEIGHT, _PHRASE_WEIGHT = 0.75, 0.25
_RERANK = 30  # how many stage-one leaders are re-ranked
_FUZZY_CUTOFF = 80.0  # rapidfuzz ratio a typo must reach to count as a known word
_FUZZY_MIN_LENGTH = 4


class QueryTooLong(ValueError):
    """The question is longer than any question needs to be."""


@dataclass(frozen=True, slots=True)
class TermHit:
    """How one word of the question was matched."""

    word: str  # the question's term
    term: str  # the corpus term it was matched to ("" when unmatched)
    similarity: float  # 1.0 exact; below 1.0 a fuzzy match
    idf: float


@dataclass(frozen=True, slots=True)
class Match:
    """An entry ranked for a question, with the parts of its score."""

    entry: Entry
    score: float  # confidence, 0-100
    query_coverage: float  # share of the question's information this entry explains
    phrase_coverage: float  # how fully its best question/alias is covered by the question
    phrase: str  # that question or alias
    fields: dict[str, str] = field(default_factory=dict)  # matched term -> field name


@dataclass(frozen=True, slots=True)
class Ranking:
    """The outcome of ranking one question."""

    query: str
    matches: list[Match]  # best first
    hits: list[TermHit]

    @property
    def answered(self) -> bool:
        """True when the best match clears the confidence threshold."""
        return bool(self.matches) and self.matches[0].score >= THRESHOLD

    @property
    def near_tie(self) -> Match | None:
        """A runner-up close enough to the winner to mention."""
        if len(self.matches) > 1 and self.matches[0].score - self.matches[1].score < NEAR_TIE:
            return self.matches[1]
        return None


def _resolve(word: str, compiled: CompiledCorpus) -> tuple[TermHit, object]:
    postings = compiled.postings(word)
    if postings is not None:
        return TermHit(word, word, 1.0, postings.idf), postings
    if len(word) >= _FUZZY_MIN_LENGTH and not word.isdigit():
        from rapidfuzz import fuzz, process

        found = process.extractOne(
            word, compiled.vocabulary(), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF
        )
        if found is not None:
            postings = compiled.postings(found[0])
            if postings is not None:
                similarity = found[1] / 100.0
                return TermHit(word, found[0], similarity, postings.idf), postings
    return TermHit(word, "", 0.0, compiled.unknown_idf), None


def rank(
    query: str, compiled: CompiledCorpus, *, limit: int = 5, topic: str | None = None
) -> Ranking:
    """Rank entries for a question; raise QueryTooLong for an absurdly long one."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLong(f"question is longer than {MAX_QUERY_CHARS} characters")
    words = list(dict.fromkeys(compiled.lexicon.terms(query)))
    hits: list[TermHit] = []
    scores: dict[int, float] = defaultdict(float)
    found_in: dict[int, dict[str, int]] = defaultdict(dict)
    for word in words:
        hit, postings = _resolve(word, compiled)
        hits.append(hit)
        if postings is None:
            continue
        weight = hit.idf * hit.similarity
        for idx, code in zip(postings.ids, postings.fields):  # type: ignore[attr-defined]
            scores[idx] += weight * FIELD_WEIGHTS[code]
            found_in[idx][hit.term] = code
    total = sum(h.idf for h in hits)
    if not scores or total <= 0:
        return Ranking(query, [], hits)
    leaders = sorted(scores, key=lambda i: (-scores[i], i))[: max(_RERANK, limit)]
    rows = compiled.rows(leaders)
    if topic is not None:
        leaders = [i for i in leaders if rows[i][0].topic == topic]
    matched = {h.term: h.similarity for h in hits if h.term}
    matches = []
    for idx in leaders:
        entry, phrases = rows[idx]
        coverage = scores[idx] / total
        phrase_coverage, phrase = _best_phrase(phrases, matched, entry)
        score = 100.0 * (_QUERY_WEIGHT * coverage + _PHRASE_WEIGHT * phrase_coverage)
        fields = {term: FIELD_NAMES[code] for term, code in found_in[idx].items()}
        matches.append(Match(entry, round(score, 1), coverage, phrase_coverage, phrase, fields))
    matches.sort(key=lambda m: -m.score)
    return Ranking(query, matches[:limit], hits)


def _best_phrase(
    phrases: list[list[tuple[str, float]]], matched: dict[str, float], entry: Entry
) -> tuple[float, str]:
    best, best_index = 0.0, 0
    for index, phrase in enumerate(phrases):
        mass = sum(idf for _, idf in phrase)
        if mass <= 0:
            continue
        covered = sum(idf * matched.get(term, 0.0) for term, idf in phrase) / mass
        if covered > best:
            best, best_index = covered, index
    texts = (entry.question, *entry.aliases)
    return best, texts[best_index]
