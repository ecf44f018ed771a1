"""Rank entries for a question: rare words count most, question and aliases above answer text.

Stage one scores every entry that shares a term with the question by the share of the
question's information (inverse document frequency) it explains, weighting where the
term was found (question and aliases, answer, evidence, topic and section headings).
Stage two re-ranks the leaders by how well one of their own phrasings (the question or
an alias) and the question explain each other, which prefers the entry about the
specific fact asked for over a broad neighbour that merely mentions it, and by how much
of the question a single passage (a phrasing, an answer sentence or a quote) explains,
so a fact buried in one sentence of a broader entry is still found with confidence.

A word the corpus does not know still counts in the question's information, so a
question about something else ("who is the president of poland") explains too little
to be answered; generic words ("look", "clear") and unknown adverbs ("precisely") count
for little. Unknown words are matched to the corpus's own words with rapidfuzz, so a
typo ("javlin", "kremlim") still counts; rapidfuzz is imported only when that happens.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from briefing_cli.compiled import FIELD_NAMES, FIELD_WEIGHTS, CompiledCorpus, Postings
from briefing_cli.model import Entry
from briefing_cli.normalise import ADVERB_SUFFIX, NOT_ADVERBS

THRESHOLD = 60  # confidence (0-100) below which the tool declines
NEAR_TIE = 5  # a runner-up this close to the winner is worth a "did you mean"
MAX_QUERY_CHARS = 2000  # longer questions are refused: no question needs more
# Confidence = query coverage (how much of the question the entry explains) blended with
# how well the entry's best phrasing matches the question in both directions.
_COVERAGE_WEIGHT, _PHRASE_WEIGHT, _FIT_WEIGHT = 0.6, 0.2, 0.2
# A question whose terms carry less information than this share of a word the corpus
# has never seen (a bare "ukraine", "what time is it in kyiv") is too broad to answer
# with confidence: the score is scaled down. Relative, so it holds for any corpus size.
_MIN_INFORMATION = 0.31
_RERANK = 30  # how many stage-one leaders are re-ranked
# "How many/much" asks for a quantity: an entry that states none is a weaker answer.
_ASKS_QUANTITY = re.compile(r"\bhow\s+(?:many|much)\b", re.IGNORECASE)
_NUMBER = re.compile(r"(\S+\s+)?\$?(\d[\d,.]*)")
_MONTHS = re.compile(
    r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)
_QUANTITY_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?"
    r"|millions?|billions?|half|third|quarter|percent|several|multiple|few)\b",
    re.IGNORECASE,
)
_NO_QUANTITY = 0.8
_ADVERB_WEIGHT = 0.15  # an unknown "-ly" word weighs this share of an unknown word
_FUZZY_MIN_LENGTH = 4
_FUZZY_CANDIDATES = 8


class QueryTooLong(ValueError):
    """The question is longer than any question needs to be."""


@dataclass(frozen=True, slots=True)
class TermHit:
    """How one word of the question was matched."""

    word: str  # the question's word
    term: str  # the corpus term it was matched to ("" when unmatched)
    similarity: float  # 1.0 exact; below 1.0 a fuzzy match; 0.0 unmatched
    idf: float  # the information the word carries (for an unmatched word, what it costs)


@dataclass(frozen=True, slots=True)
class Match:
    """An entry ranked for a question, with the parts of its score."""

    entry: Entry
    score: float  # confidence, 0-100
    query_coverage: float  # share of the question's information this entry explains
    phrase_coverage: float  # how fully its best question/alias is covered by the question
    phrase: str  # that question or alias
    fields: dict[str, str] = field(default_factory=dict)  # matched term -> field name
    passage_fit: float = 0.0  # most of the question's information one phrase or passage explains


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


class _Lookup:
    """Postings for the terms of one question, each read from the index once."""

    def __init__(self, compiled: CompiledCorpus) -> None:
        self.compiled = compiled
        self._cache: dict[str, Postings | None] = {}

    def __call__(self, term: str) -> Postings | None:
        if term not in self._cache:
            self._cache[term] = self.compiled.postings(term)
        return self._cache[term]

    def known(self, term: str) -> bool:
        return self(term) is not None


def _typo_limit(length: int) -> int:
    """Edits a word of this length may be away from the corpus word it is meant to be."""
    return 1 if length <= 8 else 2


def _plausible_typo(word: str, candidate: str) -> bool:
    """A typo rarely hits the first letter ("round" is not a misspelt "found"), and a
    four-letter word one letter off is too often another real word ("tall", "talk"):
    there only a dropped letter counts ("qatr" for "qatar")."""
    if candidate[0] != word[0]:
        return False
    if len(word) >= _FUZZY_MIN_LENGTH + 1:
        return True
    return len(candidate) == len(word) + 1 and candidate[-1] == word[-1]


def _fuzzy(word: str, lookup: _Lookup) -> tuple[str, float] | None:
    """The corpus term a misspelt word most likely means, with its similarity."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import OSA

    surface = lookup.compiled.surface_forms()
    limit = _typo_limit(len(word))
    best: tuple[int, float, str] | None = None
    for candidate, ratio, _ in process.extract(
        word, surface.keys(), scorer=fuzz.ratio, limit=_FUZZY_CANDIDATES, score_cutoff=70
    ):
        if not _plausible_typo(word, candidate) or abs(len(candidate) - len(word)) > limit:
            continue
        edits = OSA.distance(word, candidate)
        if edits > limit:
            continue
        key = (edits, -ratio, candidate)
        if best is None or key < (best[0], -best[1], best[2]):
            best = (edits, ratio, candidate)
    if best is None:
        return None
    term = surface[best[2]]
    if lookup(term) is None:
        return None
    return term, best[1] / 100.0


def _resolve(word: str, term: str, lookup: _Lookup) -> tuple[TermHit, Postings | None]:
    weight = lookup.compiled.lexicon.weight(word)
    postings = lookup(term)
    if postings is not None:
        return TermHit(word, term, 1.0, postings.idf * weight), postings
    if len(word) >= _FUZZY_MIN_LENGTH and word.isalpha() and weight == 1.0:
        found = _fuzzy(word, lookup)
        if found is not None:
            postings = lookup(found[0])
            assert postings is not None
            return TermHit(word, found[0], found[1], postings.idf), postings
    cost = lookup.compiled.unknown_idf * weight
    if len(word) >= 7 and word.endswith(ADVERB_SUFFIX) and not word.endswith(NOT_ADVERBS):
        cost *= _ADVERB_WEIGHT
    return TermHit(word, "", 0.0, cost), None


def analyse(query: str, compiled: CompiledCorpus) -> list[tuple[TermHit, Postings | None]]:
    """How each content word of a question is matched to the corpus (one hit per term)."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLong(f"question is longer than {MAX_QUERY_CHARS} characters")
    lookup = _Lookup(compiled)
    resolved: dict[str, tuple[TermHit, Postings | None]] = {}
    for word, term in compiled.lexicon.analyse(query, known=lookup.known):
        if term in resolved:
            continue
        hit, postings = _resolve(word, term, lookup)
        key = hit.term or term
        if key not in resolved or resolved[key][0].similarity < hit.similarity:
            resolved[key] = (hit, postings)
    return list(resolved.values())


def rank(
    query: str, compiled: CompiledCorpus, *, limit: int = 5, topic: str | None = None
) -> Ranking:
    """Rank entries for a question; raise QueryTooLong for an absurdly long one."""
    resolved = analyse(query, compiled)
    hits = [hit for hit, _ in resolved]
    scores: dict[int, float] = defaultdict(float)
    found_in: dict[int, dict[str, int]] = defaultdict(dict)
    for hit, postings in resolved:
        if postings is None:
            continue
        weight = hit.idf * hit.similarity
        for idx, code in zip(postings.ids, postings.fields):
            scores[idx] += weight * FIELD_WEIGHTS[code]
            found_in[idx][hit.term] = code
    total = sum(h.idf for h in hits)
    if not scores or total <= 0:
        return Ranking(query, [], hits)
    leaders = sorted(scores, key=lambda i: (-scores[i], i))[: max(_RERANK, limit)]
    rows = compiled.candidates(leaders)
    if topic is not None:
        leaders = [i for i in leaders if rows[i][0].topic == topic]
    matched = {h.term: (h.similarity, h.idf) for h in hits if h.term}
    breadth = min(1.0, total / (_MIN_INFORMATION * compiled.unknown_idf))
    asks_quantity = bool(_ASKS_QUANTITY.search(query))
    matches = []
    for idx in leaders:
        entry, phrases, passages = rows[idx]
        coverage = scores[idx] / total
        phrase_coverage, fit, phrase = _best_phrase(phrases, matched, total, entry)
        for passage in passages:
            explained = sum(matched[t][0] * matched[t][1] for t in passage if t in matched)
            fit = max(fit, explained / total)
        # Asking exactly one of an entry's own phrasings is never too broad.
        exact = phrase_coverage == 1.0 and fit >= 0.999
        score = 100.0 * (1.0 if exact else breadth) * _confidence(coverage, phrase_coverage, fit)
        if asks_quantity and not _states_quantity(entry):
            score *= _NO_QUANTITY
        fields = {term: FIELD_NAMES[code] for term, code in found_in[idx].items()}
        matches.append(
            Match(entry, round(score, 1), coverage, phrase_coverage, phrase, fields, fit)
        )
    matches.sort(key=lambda m: -m.score)
    return Ranking(query, matches[:limit], hits)


def _states_quantity(entry: Entry) -> bool:
    """True if the entry states an amount: a number word, or a figure that is not a date,
    a year or part of a name ("27 January 2022" and "Nord Stream 2" are not amounts)."""
    texts = (entry.answer, *(e.quote for e in entry.evidence))
    return any(_QUANTITY_WORDS.search(text) or _has_figure(text) for text in texts)


def _has_figure(text: str) -> bool:
    for match in _NUMBER.finditer(text):
        before, digits = match.group(1) or "", match.group(2)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            continue  # a year
        if _MONTHS.match(text, match.end(2)):
            continue  # a day of a month
        word = before.strip()
        if word[:1].isupper() and word.isalpha() and not word.isupper():
            continue  # part of a name: "Stream 2"
        return True
    return False


def _confidence(coverage: float, phrase_coverage: float, fit: float) -> float:
    """Blend the parts of a match into a confidence between 0 and 1."""
    return _COVERAGE_WEIGHT * coverage + _PHRASE_WEIGHT * phrase_coverage + _FIT_WEIGHT * fit


def _best_phrase(
    phrases: list[list[tuple[str, float]]],
    matched: dict[str, tuple[float, float]],
    total: float,
    entry: Entry,
) -> tuple[float, float, str]:
    """The phrasing that best matches the question: its coverage, the share of the
    question it explains, and its text."""
    best, best_coverage, best_fit, best_index = -1.0, 0.0, 0.0, 0
    for index, phrase in enumerate(phrases):
        terms = dict(phrase)
        mass = sum(terms.values())
        if mass <= 0:
            continue
        covered = sum(idf * matched[t][0] for t, idf in terms.items() if t in matched)
        explained = sum(sim * idf for t, (sim, idf) in matched.items() if t in terms)
        coverage, fit = covered / mass, explained / total
        quality = coverage * fit
        if quality > best:
            best, best_coverage, best_fit, best_index = quality, coverage, fit, index
    texts = (entry.question, *entry.aliases)
    return best_coverage, best_fit, texts[best_index]
