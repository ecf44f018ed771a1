"""Rank entries for a question: rare words count most, question and aliases above answer text.

Stage one scores every entry that shares a term with the question by the share of the
question's information (inverse document frequency) it explains, weighting where the
term was found (question and aliases, answer, evidence, topic and section headings).
Stage two re-ranks the leaders by how well one of their own phrasings (the question or
an alias) and the question explain each other, which prefers the entry about the
specific fact asked for over a broad neighbour that merely mentions it, and by how much
of the question a single passage (a phrasing, an answer sentence or a quote) explains,
so a fact buried in one sentence of a broader entry is still found with confidence.
Words the question puts side by side ("american troops") earn a small bonus where an
entry has them side by side too.

A word the corpus does not know still counts in the question's information, so a
question about something else ("who is the president of poland") explains too little
to be answered; generic words ("look", "clear") and unknown adverbs ("precisely") count
for little, and a name the corpus uses everywhere ("russia") still counts a little, so
an entry that never names it is not taken for the answer. The question's frame is read
too: what it names as the thing asked for ("the *range* of", "how many *tanks*", "who
*owns*") must be in the answer, "how many/much" or "how long/far/old" wants a figure
(with its unit), "when" or "what date" wants a time, and "what did Lavrov say" wants an
entry that reports words of Lavrov's.

Unknown words are matched to the corpus's own words with rapidfuzz, so a typo
("javlin", "kremlim"), a spelling by ear ("katar") or two swapped letters ("lien")
still counts, preferring the reading that fits the rest of the question; a misspelt
stopword or generic word ("qoute") counts as that word. rapidfuzz is imported only
when a question has an unknown word. An unknown word that is no typo may share one of its
common senses with a corpus word (a WordNet-derived thesaurus: "principle" for "rule",
"acted" for "action"); it then explains half of what the word itself would, and never
stands for a name the corpus uses ("speed" is not SWIFT).
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import pairwise
from typing import NamedTuple

from briefing_cli.compiled import FIELD_NAMES, FIELD_WEIGHTS, CompiledCorpus, Postings
from briefing_cli.model import Entry
from briefing_cli.normalise import ADVERB_SUFFIX, NOT_ADVERBS, fold, frame_words, sound, words

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
# The least a content word counts for: "russia" is in nearly every entry, so its idf is
# tiny, yet an entry that never names what the question names is a worse answer.
_IDF_FLOOR = 1.0
# Terms a question puts side by side ("american troops") found side by side in an
# entry's phrasing or passage: a bonus of up to this many points, scaled by coverage.
_TOGETHER_BONUS = 5.0
_RERANK = 30  # how many stage-one leaders are re-ranked
# The question's frame, read from its words. "How many/much/big" asks for a quantity;
# "how long/far/old/tall ..." (or "weigh") asks for a measure, which only a figure with
# its unit answers ("how long is the pipeline" is not answered by "Nord Stream 2"), and
# the adjective is the frame, not the topic. An entry that states neither is a weaker
# answer.
_QUANTITY = frozenset({"many", "much", "big", "large", "strong", "powerful"})
_MEASURE = dict.fromkeys(["long", "length", "duration"], "long")  # word asking -> kind
_MEASURE.update(dict.fromkeys(["tall", "wide", "deep"], "tall"), far="far", old="old")
_MEASURE.update(dict.fromkeys(["heavy", "weigh", "weighs", "weight"], "heavy"), fast="fast")
_MEASURE_NOUNS = frozenset({"weigh", "weighs", "weight", "length", "duration"})  # no "how"
# A measure is a figure with its unit ("eight hours", "8,000 km"), not a bare unit ("in
# decades"); "since December" says how long too.
_FIGURE = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few"
    r"|dozens?|hundreds?|thousands?)\s+"
)
_KM = r"km|kilomet\w*|miles?|met(?:er|re)s?"
_UNITS = {
    "long": rf"{_FIGURE}(?:hours?|days?|weeks?|months?|years?|decades?|minutes?|{_KM})|since",
    "far": rf"{_FIGURE}(?:{_KM})",
    "tall": rf"{_FIGURE}(?:feet|foot|ft|{_KM})",
    "heavy": rf"{_FIGURE}(?:kg|kilo\w*|tonnes?|tons?|pounds?|lbs?)",
    "fast": rf"{_FIGURE}(?:mph|kph|km/h|knots?)",
    "old": r"years?\s+old|aged|born",
}
# "When ...?" or "what date ...?" asks for a time: only an entry that states one (a date,
# a day, a month, "last week", "eight years ago", "since December") answers it.
_TIME = (
    r"\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:19|20)\d\d"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weeks?|weekends?|months?|years?|decades?"
    r"|days?|hours?|since|ago|today|tonight|yesterday|tomorrow|soon)\b"
)
_TIME_WORDS = frozenset({"date", "day", "year", "month", "time"})
_WHEN_OPENINGS = frozenset(
    {
        ("when",),
        ("date",),
        ("what", "date"),
        ("what", "day"),
        ("what", "year"),
        ("which", "date"),
        ("which", "day"),
        ("which", "year"),
        ("on", "what"),
        ("how", "soon"),
    }
)
_NUMBER = r"\$?(\d[\d,.]*)"
_MONTHS = r"\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
_QUANTITY_WORDS = (
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?"
    r"|millions?|billions?|half|third|quarter|percent|several|multiple|few)\b"
)
_PATTERNS: dict[str, re.Pattern[str]] = {}  # the patterns above, compiled when first needed
_NO_QUANTITY = 0.55
# The thing a question names as what it asks for: "what is the *range* of a javelin",
# "the *history* of", "who *owns*", "how many *tanks*". An entry that never mentions it
# answers another question, however well it covers the rest ("javelin").
_WH = frozenset({"what", "which", "who"})
_LINKS = frozenset({"is", "are", "was", "were", "s", "the", "a", "an"})
_AUXILIARIES = _LINKS | {"will", "would", "can", "could", "did", "does", "do", "has", "have"}
_MAKERS = frozenset({"make", "makes", "made", "making"})  # stopwords, but asked for here
# "How much does it *cost*", "the *price* of": a price is asked for, and only an entry
# that speaks of cost or price answers it (a package "worth $200 million" does not say
# what one of its missiles costs).
_PRICE = frozenset({"cost", "costs", "price", "prices", "priced", "expensive", "cheap"})
# "How many *tanks*": an amount of the thing counted, a figure standing just before it
# ("8,500 troops", "150 US military trainers"), not a figure about something else.
_COUNT_GAP = 3  # words a figure may stand before the thing it counts
# "What did Lavrov say": only an entry that reports words of the one asked about answers
# it, where the speaker stands within a few words of a verb of saying.
_SAYING = frozenset({"say", "said", "says", "tell", "told", "tells"})
_SAID = frozenset(
    """say says said saying tell tells told telling state states stated confirm confirms
    confirmed warn warns warned warning report reports reported note notes noted conclude
    concludes concluded argue argues argued describe describes described write writes
    wrote add adds added explain explains explained promise promises promised insist
    insists insisted claim claims claimed announce announces announced affirm affirms
    affirmed affirming reiterate reiterates reiterated suggest suggests suggested clear
    comments commented remarks asked answered replied""".split()
)
_SPEAKER_GAP = 8  # words a speaker may stand before the verb ("Sullivan also made it clear")
_NOT_ASKED = 0.55
_ADVERB_WEIGHT = 0.15  # an unknown "-ly" word weighs this share of an unknown word
_FUZZY_MIN_LENGTH = 4
_FUZZY_CANDIDATES = 8
_SHORT_WORD = 5  # up to this length only some kinds of typo are believed
_VOWELS = frozenset("aeiouy")
_TYPO_SLACK = 2  # letters added to a word's length when its edits are weighed
_SOUND_SIMILARITY = 0.9  # a word spelt by ear ("katar") is nearly the word meant
_FRAME: set[str] | None = None  # stopwords and generic words, read on the first typo
# A word the corpus does not know and that is no typo may share a sense with a corpus
# word (WordNet's most common senses): it then explains this share of its information.
_SYNONYM_SIMILARITY = 0.5
_SYNONYM_MIN_LENGTH = 4
_SYNONYM_CANDIDATES = 8  # the nearest senses only
_SYNONYM_EDITS = 10  # ranked after every typo reading


class QueryTooLong(ValueError):
    """The question is longer than any question needs to be."""


class TermHit(NamedTuple):
    """How one word of the question was matched."""

    word: str  # the question's word
    term: str  # the corpus term it was matched to ("" when unmatched)
    similarity: float  # 1.0 exact; below 1.0 a fuzzy match; 0.0 unmatched
    idf: float  # the information the word carries (for an unmatched word, what it costs)


class Match(NamedTuple):
    """An entry ranked for a question, with the parts of its score."""

    entry: Entry
    score: float  # confidence, 0-100
    query_coverage: float  # share of the question's information this entry explains
    phrase_coverage: float  # how fully its best question/alias is covered by the question
    phrase: str  # that question or alias
    fields: dict[str, str]  # matched term -> the field it was found in
    passage_fit: float = 0.0  # most of the question's information one phrase or passage explains


class Ranking(NamedTuple):
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


class _Typo(NamedTuple):
    """A word the question may have meant by a word the corpus does not know."""

    edits: int
    similarity: float
    word: str
    term: str  # its corpus term ("" for a stopword or generic word, which has none)
    phrase: bool = False  # a word of a listed phrase the question's other words complete


def _plausible_typo(word: str, candidate: str, key: str, candidate_key: str) -> bool:
    """A typo rarely hits the first sound ("round" is not a misspelt "found", but "katar"
    is "qatar"), and a short word one letter off is too often another real word ("tall",
    "talk"; "tanks", "talks"): there only a dropped letter ("qatr" for "qatar"), two
    swapped letters ("lien" for "line"), a spelling by ear or, from five letters, a
    wrong vowel ("bidin" for "biden") counts."""
    if key[:1] != candidate_key[:1] and word[:1] != candidate[:1]:
        return False
    if len(word) > _SHORT_WORD or key == candidate_key:
        return True
    if len(candidate) == len(word) + 1 and candidate[-1] == word[-1]:
        return True
    if len(candidate) != len(word):
        return False
    if sorted(candidate) == sorted(word):
        return True
    differ = [(a, b) for a, b in zip(word, candidate) if a != b]
    return (
        len(word) > _FUZZY_MIN_LENGTH
        and len(differ) == 1
        and differ[0][0] in _VOWELS
        and differ[0][1] in _VOWELS
    )


def _similarity(word: str, ratio: float, edits: int) -> float:
    """How sure a typo match is: one slip in a short word ("ptuin") is still one slip."""
    return max(ratio / 100.0, 1.0 - edits / (len(word) + _TYPO_SLACK))


def _typos(word: str, lookup: _Lookup) -> list[_Typo]:
    """The corpus words, stopwords and generic words a misspelt word may mean."""
    from rapidfuzz import fuzz, process

    global _FRAME
    if _FRAME is None:
        _FRAME = {word for word in frame_words() if len(word) >= _FUZZY_MIN_LENGTH}
    compiled = lookup.compiled
    surface, sounds = compiled.surface_forms(), compiled.sound_forms()
    key, limit = sound(word), _typo_limit(len(word))
    seen: set[str] = set()
    pool: list[tuple[str, float]] = []
    for candidate, ratio, _ in process.extract(
        word, surface.keys(), scorer=fuzz.ratio, limit=_FUZZY_CANDIDATES, score_cutoff=70
    ):
        seen.add(candidate)
        pool.append((candidate, ratio))
    for candidate_key, _, _ in process.extract(
        key, sounds.keys(), scorer=fuzz.ratio, limit=_FUZZY_CANDIDATES // 2, score_cutoff=75
    ):
        for candidate in sounds[candidate_key]:
            if candidate not in seen:
                seen.add(candidate)
                pool.append((candidate, fuzz.ratio(word, candidate)))
    for candidate, ratio, _ in process.extract(
        word, _FRAME, scorer=fuzz.ratio, limit=_FUZZY_CANDIDATES // 2, score_cutoff=70
    ):
        if candidate not in seen:
            pool.append((candidate, ratio))
    found = []
    for candidate, ratio in pool:
        distance = _typo_distance(word, key, candidate, limit)
        if distance is None:
            continue
        edits, spelt = distance
        similarity = _similarity(word, ratio, spelt)
        if edits == 0:  # sounds the same
            similarity = max(similarity, _SOUND_SIMILARITY)
        if candidate in surface:
            term = surface[candidate]
            if lookup(term) is not None:
                found.append(_Typo(edits, similarity, candidate, term))
        else:
            found.append(_Typo(edits, similarity, candidate, ""))
    return found


def _typo_distance(word: str, key: str, candidate: str, limit: int) -> tuple[int, int] | None:
    """(edits, spelling edits) from a word to a candidate it may be a typo of, or None
    when that typo is implausible; a candidate that sounds the same counts 0 edits."""
    from rapidfuzz.distance import OSA

    candidate_key = sound(candidate)
    if abs(len(candidate) - len(word)) > limit:
        return None
    if not _plausible_typo(word, candidate, key, candidate_key):
        return None
    spelt = OSA.distance(word, candidate)
    edits = 0 if key == candidate_key else spelt
    return None if edits > limit else (edits, spelt)


def _phrase_typos(tokens: list[str], index: int, lookup: _Lookup) -> list[_Typo]:
    """Words of listed phrases that a misspelt word may mean, where the words around it
    then form the phrase ("white hoouse", "nord strem 2")."""
    from rapidfuzz import fuzz, process

    word, lexicon = tokens[index], lookup.compiled.lexicon
    key, limit = sound(word), _typo_limit(len(word))
    found = []
    for candidate, ratio, _ in process.extract(
        word, lexicon.phrase_words().keys(), scorer=fuzz.ratio, limit=4, score_cutoff=70
    ):
        distance = _typo_distance(word, key, candidate, limit)
        if distance is None:
            continue
        edits, spelt = distance
        term = lexicon.phrase_at([*tokens[:index], candidate, *tokens[index + 1 :]], index)
        if term is not None and lookup(term) is not None:
            similarity = _similarity(word, ratio, spelt)
            found.append(_Typo(edits, similarity, candidate, term, phrase=True))
    return found


def _choose(typed: str, typos: list[_Typo], context: dict[int, float], lookup: _Lookup) -> _Typo:
    """The likeliest meaning of a misspelt word: fewest edits, then the word that shares
    an entry with the rest of the question ("red lien" is "red line", not "liken"), then
    a stopword or generic word over a corpus word the question gives no reason for, then
    two swapped letters over another slip, then the closest spelling."""

    def support(typo: _Typo) -> float:
        if not typo.term:
            return 0.0
        postings = lookup(typo.term)
        assert postings is not None
        return max((context.get(idx, 0.0) for idx in postings.ids), default=0.0)

    def key(typo: _Typo) -> tuple:
        backing = support(typo)
        swapped = sorted(typo.word) == sorted(typed)  # "rubel" is "ruble", not "rebel"
        return (
            typo.edits,
            -backing,
            backing == 0 and bool(typo.term),
            not swapped,
            -typo.similarity,
        )

    return min(typos, key=key)


def _unknown_cost(word: str, lookup: _Lookup) -> float:
    cost = lookup.compiled.unknown_idf * lookup.compiled.lexicon.weight(word)
    if len(word) >= 7 and word.endswith(ADVERB_SUFFIX) and not word.endswith(NOT_ADVERBS):
        cost *= _ADVERB_WEIGHT
    return cost


def _corrections(tokens: list[str], lookup: _Lookup) -> dict[int, _Typo]:
    """What each misspelt word of a question most likely means, by its position."""
    lexicon = lookup.compiled.lexicon
    context: dict[int, float] = defaultdict(float)
    unknown: set[str] = set()
    for word, term in lexicon.analyse_words(tokens, known=lookup.known):
        postings = lookup(term)
        if postings is None:
            unknown.add(word)
            continue
        for idx in postings.ids:
            context[idx] += postings.idf * lexicon.weight(word)
    corrections = {}
    for index, word in enumerate(tokens):
        if word not in unknown or len(word) < _FUZZY_MIN_LENGTH or not word.isalpha():
            continue
        if lexicon.weight(word) != 1.0 or lexicon.phrase_at(tokens, index) is not None:
            continue
        typos = _typos(word, lookup) + _phrase_typos(tokens, index, lookup)
        if not typos and len(word) >= _SYNONYM_MIN_LENGTH:
            typos = _synonyms(word, lookup)
        if typos:
            corrections[index] = _choose(word, typos, context, lookup)
    return corrections


def _synonyms(word: str, lookup: _Lookup) -> list[_Typo]:
    """Corpus words that share a common sense with a word the corpus does not know
    ("cautioned" for "warned"), believed less than a typo of a corpus word."""
    from briefing_cli.thesaurus import synonyms

    if word.endswith(ADVERB_SUFFIX) and not word.endswith(NOT_ADVERBS):
        return []  # "definitely": how a question is asked, not what it is about
    lexicon, names = lookup.compiled.lexicon, lookup.compiled.names()
    found = []
    for rank, synonym in enumerate(synonyms(word)[:_SYNONYM_CANDIDATES]):
        if len(synonym) < _SYNONYM_MIN_LENGTH:
            continue  # "see", "get": too many senses to stand for anything
        term = lexicon.term(synonym)
        if term is None or term in names or lexicon.weight(synonym) != 1.0:
            continue  # "speed" is not SWIFT
        if lookup(term) is not None:
            found.append(_Typo(_SYNONYM_EDITS + rank, _SYNONYM_SIMILARITY, synonym, term))
    return found


def analyse(query: str, compiled: CompiledCorpus) -> list[tuple[TermHit, Postings | None]]:
    """How each content word of a question is matched to the corpus (one hit per term)."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLong(f"question is longer than {MAX_QUERY_CHARS} characters")
    lookup = _Lookup(compiled)
    lexicon = compiled.lexicon
    tokens = words(query)
    typed: dict[str, tuple[str, float]] = {}  # a corrected word -> as typed, similarity
    written = set(tokens)  # a word also written correctly is not a typo
    for index, typo in _corrections(tokens, lookup).items():
        if typo.phrase:  # the phrase's term stands for its words: "white hoouse" -> "us"
            similarity = min(typed.get(typo.term, ("", 1.0))[1], typo.similarity)
            typed[typo.term] = (tokens[index], similarity)
        elif typo.word not in written:
            typed[typo.word] = (tokens[index], typo.similarity)
        tokens[index] = typo.word
    asked = _Frame(query)
    frame = {asked.measure_word, asked.time_word} - {""}
    found: list[tuple[TermHit, Postings | None]] = []
    for word, term in lexicon.analyse_words(tokens, known=lookup.known):
        if word in frame:
            frame.discard(word)  # "how *far*": the question's frame, not its topic
            continue
        shown, similarity = typed.get(word, (word, 1.0))
        postings = lookup(term)
        if postings is not None:
            idf = postings.idf * lexicon.weight(word)
            found.append((TermHit(shown, term, similarity, idf), postings))
        else:
            found.append((TermHit(shown, "", 0.0, _unknown_cost(word, lookup)), None))
    resolved: dict[str, tuple[TermHit, Postings | None]] = {}
    for hit, postings in found:
        key = hit.term or f"?{hit.word}"
        if key not in resolved or resolved[key][0].similarity < hit.similarity:
            resolved[key] = (hit, postings)
    return list(resolved.values())


def rank(
    query: str, compiled: CompiledCorpus, *, limit: int = 5, topic: str | None = None
) -> Ranking:
    """Rank entries for a question; raise QueryTooLong for an absurdly long one."""
    analysed = analyse(query, compiled)
    shown = [hit for hit, _ in analysed]
    information = sum(hit.idf for hit in shown)
    resolved = [
        (_floored(hit, postings), postings) if postings is not None else (hit, postings)
        for hit, postings in analysed
    ]
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
        return Ranking(query, [], shown)
    leaders = sorted(scores, key=lambda i: (-scores[i], i))[: max(_RERANK, limit)]
    rows = compiled.candidates(leaders)
    if topic is not None:
        leaders = [i for i in leaders if rows[i][0].topic == topic]
    matched = {h.term: (h.similarity, h.idf) for h in hits if h.term}
    breadth = min(1.0, information / (_MIN_INFORMATION * compiled.unknown_idf))
    frame = _Frame(query)
    asked = frame.asked_term(resolved, compiled)
    speaker = frame.speaker(compiled)
    pairs = _pairs([h.term for h in hits if h.term])
    scored = []
    for order, idx in enumerate(leaders):
        entry = rows[idx][0]
        prepared = _prepared(idx, rows[idx], compiled)
        coverage = scores[idx] / total
        phrase_coverage, fit, phrase = _best_phrase(prepared.phrases, matched, total, entry)
        for passage in prepared.passages:
            if passage.isdisjoint(matched):
                continue  # explains nothing
            explained = sum(matched[t][0] * matched[t][1] for t in passage if t in matched)
            fit = max(fit, explained / total)
        # Every pair of the question's terms holds matched terms only, so the entry's
        # side-by-side pairs need no filtering first.
        together = len(prepared.pairs & pairs) / len(pairs) if pairs else 0.0
        # Asking exactly one of an entry's own phrasings is never too broad.
        exact = phrase_coverage == 1.0 and fit >= 0.999
        score = 100.0 * (1.0 if exact else breadth) * _confidence(coverage, phrase_coverage, fit)
        score = min(100.0, score + _TOGETHER_BONUS * together * coverage)
        scored.append((score, order, idx, coverage, phrase_coverage, phrase, fit))
    # The frame's checks only lower a score, so they are made best first, and only while
    # an entry can still reach the places returned.
    scored.sort(key=lambda row: (-row[0], row[1]))
    matches: list[tuple[int, Match]] = []
    for score, order, idx, coverage, phrase_coverage, phrase, fit in scored:
        if len(matches) >= limit:
            places = sorted((m.score for _, m in matches), reverse=True)
            if round(score, 1) < places[limit - 1]:
                break
        entry = rows[idx][0]
        if frame.quantity and not _states_quantity(entry):
            score *= _NO_QUANTITY
        if frame.measure and not _states(entry, _UNITS[frame.measure], units=True):
            score *= _NO_QUANTITY
        if frame.time and not _states(entry, _TIME):
            score *= _NO_QUANTITY
        if speaker and not _quotes_speaker(entry, speaker, compiled):
            score *= _NOT_ASKED
        if asked is not None and not _answers_asked(entry, asked, frame, found_in[idx], compiled):
            score *= _NOT_ASKED
        fields = {term: FIELD_NAMES[code] for term, code in found_in[idx].items()}
        match = Match(entry, round(score, 1), coverage, phrase_coverage, phrase, fields, fit)
        matches.append((order, match))
    matches.sort(key=lambda row: (-row[1].score, row[0]))
    return Ranking(query, [match for _, match in matches[:limit]], shown)


class _Frame:
    """How a question is asked: for a quantity, for a measure, about a named thing."""

    def __init__(self, query: str) -> None:
        self.words = words = re.findall(r"[a-z0-9]+", fold(query))
        self.quantity = False
        self.measure = self.measure_word = ""  # the kind of measure, and the word asking it
        self.counted = ""  # "how many *tanks*"
        self.counted_at = -1  # its position in the words
        # "When ...", "what date ...", "... and when": a time is asked for. ("What
        # happens when ..." asks for what happens.)
        self.time = bool(words) and (
            tuple(words[:1]) in _WHEN_OPENINGS
            or tuple(words[:2]) in _WHEN_OPENINGS
            or words[-1] == "when"
        )
        # "What *year* ...", "*date* of ...": the frame's word, not the topic.
        opening = [word for word in words[:2] if word in _TIME_WORDS]
        self.time_word = opening[0] if self.time and opening else ""
        for index, word in enumerate(words):
            after = words[index + 1] if index + 1 < len(words) else ""
            if word == "how" and after in _QUANTITY:
                self.quantity = True
                if after == "many" and index + 2 < len(words) and not self.counted:
                    self.counted, self.counted_at = words[index + 2], index + 2
            elif (word == "how" and after in _MEASURE) or word in _MEASURE_NOUNS:
                key = after if word == "how" else word
                if not self.measure:
                    self.measure, self.measure_word = _MEASURE[key], key

    def asked_word(self) -> str:
        """The word that names what the question asks for, or ""."""
        words = self.words
        if self.counted:
            return self.counted
        if "of" in words:
            at = words.index("of")
            lead = words[:at]
            if lead[:1] == ["the"]:
                lead = lead[1:]
            if len(lead) == 1:
                return lead[0]  # "the history of ..."
            for start, word in enumerate(lead):
                if word in _WH:
                    between = [w for w in lead[start + 1 : -1] if w not in _LINKS]
                    if len(lead) - start >= 2 and len(between) <= 1:
                        return lead[-1]  # "what is the (main) *range* of ..."
                    break
        if "who" in words:
            at = words.index("who")
            if at + 1 < len(words) and words[at + 1] not in _AUXILIARIES:
                return words[at + 1]  # "who *owns* ..."
        return ""

    def speaker(self, compiled: CompiledCorpus) -> frozenset[str]:
        """The terms of who the question asks the words of: "what did *lavrov* say",
        "what has *the kremlin chief* told reporters"; empty if it asks no one's words."""
        words, lexicon = self.words, compiled.lexicon
        for index, word in enumerate(words):
            if word not in _SAYING or index < 2 or lexicon.starts_phrase(words, index):
                continue  # "did they *say no*" is a listed phrase: a refusal
            start = index - 1
            while start > 0 and words[start - 1] not in _AUXILIARIES | _WH:
                start -= 1
            if start > 0:  # "what did X say", not "the troops told to be ready"
                return frozenset(lexicon.terms(" ".join(words[start:index])))
        return frozenset()

    def owner(self, counted: str, compiled: CompiledCorpus) -> str | None:
        """The term of whose the counted things are, where the question names them again
        with an owner: "how many soldiers does the *ukrainian* army have"."""
        lexicon = compiled.lexicon
        for index in range(self.counted_at + 1, len(self.words)):
            before = self.words[index - 1]
            if lexicon.term(self.words[index]) != counted or index - 1 == self.counted_at:
                continue
            owner = lexicon.term(before)
            if owner is not None and owner != counted:
                return owner
        return None

    def asked_term(
        self, resolved: list[tuple[TermHit, Postings | None]], compiled: CompiledCorpus
    ) -> str | None:
        """The term of what the question names as the thing it asks for, if it names one:
        a content word that says what it is about ("the *range* of", "who *owns*", not
        "the kind of" or "the day of"), or what it counts ("how many *people*"). A word the
        corpus does not know gives "", which no entry explains."""
        word = self.asked_word()
        lexicon = compiled.lexicon
        price = _PRICE.intersection(self.words)
        if price and (self.quantity or not word):
            word = min(price)  # "how much does it cost": the price is what is asked
        if word in _MAKERS:
            return ""  # "who *makes* javelins": no entry says
        if not word or lexicon.term(word) is None:
            return None
        if word != self.counted and lexicon.weight(word) < 1.0:
            return None
        for hit, _ in resolved:
            if hit.word == word:
                return hit.term
        return "" if word in _PRICE else None


def _pattern(source: str) -> re.Pattern[str]:
    if source not in _PATTERNS:
        _PATTERNS[source] = re.compile(source, re.IGNORECASE)
    return _PATTERNS[source]


def _states(entry: Entry, source: str, *, units: bool = False) -> bool:
    """True if the entry's answer or a quote has a match of the pattern."""
    pattern = _pattern(rf"\b(?:{source})\b" if units else source)
    texts = (entry.answer, *(e.quote for e in entry.evidence))
    return any(pattern.search(text) for text in texts)


def _floored(hit: TermHit, postings: Postings) -> TermHit:
    """A name the corpus uses everywhere ("russia") says little about which entry is
    meant, but a question about it is not answered by an entry that never names it.
    (A generic word, weighed down below its idf, stays as it is.)"""
    if hit.idf < postings.idf * 0.999:
        return hit
    return TermHit(hit.word, hit.term, hit.similarity, max(hit.idf, _IDF_FLOOR))


def _pairs(terms: list[str]) -> set[frozenset[str]]:
    """Terms that stand side by side (stopwords aside), in either order."""
    return {frozenset((a, b)) for a, b in pairwise(terms) if a != b}


def _quotes_speaker(entry: Entry, speaker: frozenset[str], compiled: CompiledCorpus) -> bool:
    """True if the entry reports words of the one the question asks about: a verb of
    saying with that speaker a few words before or after it ("Sullivan reported",
    "Blinken confirmed", "the leader said")."""
    lexicon = compiled.lexicon
    for text in (entry.question, entry.answer, *(e.quote for e in entry.evidence)):
        tokens = words(text)
        for index, token in enumerate(tokens):
            if token not in _SAID:
                continue
            near = tokens[max(0, index - _SPEAKER_GAP) : index + 1 + _COUNT_GAP]
            if speaker.intersection(lexicon.terms(" ".join(near))):
                return True
    return False


def _states_quantity(entry: Entry) -> bool:
    """True if the entry states an amount: a number word, or a figure that is not a date,
    a year or part of a name ("27 January 2022" and "Nord Stream 2" are not amounts)."""
    texts = (entry.answer, *(e.quote for e in entry.evidence))
    words = _pattern(_QUANTITY_WORDS)
    return any(words.search(text) or _has_figure(text) for text in texts)


def _answers_asked(
    entry: Entry, asked: str, frame: _Frame, found: dict[str, int], compiled: CompiledCorpus
) -> bool:
    """True if the entry speaks of what the question asks for, and when it counts
    something, states an amount of it."""
    if asked not in found:
        return False
    if not frame.counted:
        return True
    return _counts(entry, asked, frame.owner(asked, compiled), compiled)


def _counts(entry: Entry, term: str, owner: str | None, compiled: CompiledCorpus) -> bool:
    """True if the entry states an amount of the thing counted: a figure or number word
    within a few words before it ("8,500 US troops", "three rounds of talks"), and where
    the question says whose they are, with that owner beside it ("100,000 Russian troops"
    does not count Ukraine's army)."""
    lexicon = compiled.lexicon
    amount = _pattern(_QUANTITY_WORDS)
    for text in (entry.answer, *(e.quote for e in entry.evidence)):
        tokens = words(text)
        for index, token in enumerate(tokens):
            if not (amount.fullmatch(token) or _is_amount(token)):
                continue
            after = tokens[index + 1 : index + 1 + _COUNT_GAP]
            if not any(lexicon.term(word) == term for word in after):
                continue
            near = tokens[max(0, index - _COUNT_GAP) : index + 1 + _COUNT_GAP]
            if owner is None or any(lexicon.term(word) == owner for word in near):
                return True
    return False


def _is_amount(token: str) -> bool:
    """A token that is a figure and not a year."""
    if not token[:1].isdigit() or not token.isdigit():
        return False
    return not (len(token) == 4 and token[:2] in ("19", "20"))


def _has_figure(text: str) -> bool:
    months = _pattern(_MONTHS)
    for match in _pattern(_NUMBER).finditer(text):
        start, digits = match.start(), match.group(1)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            continue  # a year
        if months.match(text, match.end(1)):
            continue  # a day of a month
        before = text[:start].split()[-1:] if start and text[start - 1].isspace() else []
        word = before[0] if before else ""
        if word[:1].isupper() and word.isalpha() and not word.isupper():
            continue  # part of a name: "Stream 2"
        return True
    return False


def _confidence(coverage: float, phrase_coverage: float, fit: float) -> float:
    """Blend the parts of a match into a confidence between 0 and 1."""
    return _COVERAGE_WEIGHT * coverage + _PHRASE_WEIGHT * phrase_coverage + _FIT_WEIGHT * fit


class _Prepared(NamedTuple):
    """What ranking needs from a candidate entry, derived once per entry."""

    phrases: list[tuple[dict[str, float], float]]  # each phrasing's terms (idf) and mass
    passages: list[frozenset[str]]  # the terms of each answer sentence or quote
    pairs: frozenset[frozenset[str]]  # terms side by side in any phrasing or passage


def _prepared(idx: int, row: tuple[Entry, list, list], compiled: CompiledCorpus) -> _Prepared:
    found = compiled.derived.get(idx)
    if found is None:
        _, phrases, passages = row
        terms = [dict(phrase) for phrase in phrases]
        pairs = frozenset().union(
            *(_pairs([t for t, _ in p]) for p in phrases), *(_pairs(p) for p in passages)
        )
        found = _Prepared(
            [(t, sum(t.values())) for t in terms], [frozenset(p) for p in passages], pairs
        )
        compiled.derived[idx] = found
    return found  # type: ignore[return-value]


def _best_phrase(
    phrases: list[tuple[dict[str, float], float]],
    matched: dict[str, tuple[float, float]],
    total: float,
    entry: Entry,
) -> tuple[float, float, str]:
    """The phrasing that best matches the question: its coverage, the share of the
    question it explains, and its text."""
    best, best_coverage, best_fit, best_index = -1.0, 0.0, 0.0, 0
    for index, (terms, mass) in enumerate(phrases):
        if mass <= 0:
            continue
        if terms.keys().isdisjoint(matched):  # covers nothing: quality 0
            if best < 0:
                best, best_coverage, best_fit, best_index = 0.0, 0.0, 0.0, index
            continue
        covered = sum(idf * matched[t][0] for t, idf in terms.items() if t in matched)
        explained = sum(sim * idf for t, (sim, idf) in matched.items() if t in terms)
        coverage, fit = covered / mass, explained / total
        quality = coverage * fit
        if quality > best:
            best, best_coverage, best_fit, best_index = quality, coverage, fit, index
    texts = (entry.question, *entry.aliases)
    return best_coverage, best_fit, texts[best_index]
