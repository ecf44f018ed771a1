"""What a question's words the corpus does not know most likely mean.

Unknown words are matched to the corpus's own words with rapidfuzz, so a typo ("javlin",
"kremlim"), a spelling by ear ("katar") or two swapped letters ("lien") still counts,
preferring the reading that fits the rest of the question; a misspelt stopword or generic
word ("qoute") counts as that word. rapidfuzz is imported only when a question has an
unknown word. An unknown word that is no typo may share one of its common senses with a
corpus word (a WordNet-derived thesaurus: "principle" for "rule", "acted" for "action");
it then explains half of what the word itself would, and never stands for a name the
corpus uses ("speed" is not SWIFT).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

from briefing_cli.compiled import CompiledCorpus, Postings
from briefing_cli.normalise import (
    ADVERB_SUFFIX,
    CASE_ENDINGS,
    ENGLISH_STOPWORDS,
    NOT_ADVERBS,
    SPELT_NUMBERS,
    STOPWORDS,
    Lexicon,
    fold,
    frame_words,
    heard,
    is_shorthand,
    is_year,
    looks_adverb,
    skeleton,
    sound,
    words,
)

_ADVERB_WEIGHT = 0.15  # an unknown "-ly" word weighs this share of an unknown word
_FUZZY_MIN_LENGTH = 4
_FUZZY_CANDIDATES = 8
_SHORT_WORD = 5  # up to this length only some kinds of typo are believed
_VOWELS = frozenset("aeiouy")
_TYPO_SLACK = 2  # letters added to a word's length when its edits are weighed
_SKELETON_MIN = 4  # letters a word written without vowels must keep ("shrtnd")
_SOUND_SIMILARITY = 0.9  # a word spelt by ear ("katar") is nearly the word meant
_HEARD_MIN = 3  # consonants a word spelt by ear must keep to be read by them ("trps")
_HEARD_LENGTHS = 3  # letters its length may differ by ("nucular", "nuclear")
_HEARD_SIMILARITY = 0.8  # its vowels are anyone's guess
_BY_EAR_TYPOS = 2  # misspelt words a question must have for one to be read by ear
_TEXTED_WORDS = 2  # words without vowels that make a question texted throughout
_NAME_MIN = 4  # letters of a name a word may have been autocorrected from ("nato")
_NAME_KEPT = 3  # its first letters the everyday word keeps ("blinking", "blinken")
_NAME_SLIPS = 2  # the slips between them
# A word the corpus does not know and that is no typo may share a sense with a corpus
# word (WordNet's most common senses): it then explains this share of its information.
_SYNONYM_SIMILARITY = 0.5
_NEGATED_SIMILARITY = 0.8  # "unanswered" read as "answered"
# A figure the corpus never states costs this share of an unknown word.
_FIGURE_WEIGHT = 0.3
_FIGURE_WORDS = frozenset(
    "half third quarter twice double dozen dozens hundred hundreds thousand thousands million"
    " millions billion billions".split()
)
_SYNONYM_MIN_LENGTH = 4
_BORNE_OUT = 3.0  # what the rest of a question shares with an entry to bear out a reading
_BORNE_OUT_SHARE = 0.5  # ... as a share of the most it shares with any entry
_SYNONYM_CANDIDATES = 8  # the nearest senses only
_SYNONYM_EDITS = 10  # ranked after every typo reading


class Lookup:
    """Postings for the terms of one question, each read from the index once."""

    def __init__(self, compiled: CompiledCorpus) -> None:
        self.compiled = compiled
        self._cache: dict[str, Postings | None] = {}
        self._analysed: dict[tuple[str, ...], list[tuple[str, str]]] = {}

    def __call__(self, term: str) -> Postings | None:
        if term not in self._cache:
            self._cache[term] = self.compiled.postings(term)
        return self._cache[term]

    def known(self, term: str) -> bool:
        return self(term) is not None

    def known_word(self, word: str) -> bool:
        """True if a folded word's term is in the corpus."""
        term = self.compiled.lexicon.term(word)
        return term is not None and self.known(term)

    def analysed(self, tokens: list[str]) -> list[tuple[str, str]]:
        """The words' terms, unknown wholes split (``Lexicon.analyse_words``): read once
        for the same words, which finding typos and matching both read."""
        key = tuple(tokens)
        found = self._analysed.get(key)
        if found is None:
            found = self.compiled.lexicon.analyse_words(tokens, known=self.known)
            self._analysed[key] = found
        return found


def _typo_limit(length: int) -> int:
    """Edits a word of this length may be away from the corpus word it is meant to be."""
    return 1 if length <= 8 else 2


class Typo(NamedTuple):
    """A word the question may have meant by a word the corpus does not know."""

    edits: int
    similarity: float
    word: str
    term: str  # its corpus term ("" for a stopword or generic word, which has none)
    phrase: bool = False  # a word of a listed phrase the question's other words complete
    by_ear: bool = False  # read only by the consonants of how it sounds ("trupes")


_FIRST_SLIP_LENGTH = 8  # letters a word needs for a slip of its first letter to be read


def _plausible_typo(word: str, candidate: str, key: str, candidate_key: str) -> bool:
    """A typo rarely hits the first sound ("round" is not a misspelt "found", but "katar"
    is "qatar"), and a short word one letter off is too often another real word ("tall",
    "talk"; "tanks", "talks"): there only a dropped letter ("qatr" for "qatar"), one
    letter too many at the end ("hight"), two swapped letters ("lien" for "line"), a
    spelling by ear or, from five letters, a wrong vowel ("bidin" for "biden") counts."""
    if len(word) >= _FIRST_SLIP_LENGTH and word[1:] in (candidate[1:], candidate):
        return True  # ... unless all the rest of a long word is right: "untelligence"
    if (
        word == candidate[1:]
        and candidate[0] in _VOWELS
        and len(word) >= _SHORT_WORD
        and not _english(word)
    ):
        return True  # its first letter left off: "urope", "kraine"
    if key[:1] != candidate_key[:1] and word[:1] != candidate[:1]:
        return False
    if len(word) > _SHORT_WORD or key == candidate_key:
        return True
    if len(candidate) == len(word) + 1 and candidate[-1] == word[-1]:
        return True
    if word[:-1] == candidate:
        return True  # one letter too many at the end: "hight" for "high"
    if candidate[:-1] == word and not _english(word):
        return True  # its last letter left off: "pari" for "paris" (not "prime", "primer")
    if len(candidate) != len(word):
        return False
    if sorted(candidate) == sorted(word):
        return True
    differ = [(a, b) for a, b in zip(word, candidate) if a != b]
    # ("meny" for "many": a word of how questions are put costs little if misread)
    return (
        (len(word) > _FUZZY_MIN_LENGTH or candidate in _frame_vocabulary_set())
        and len(differ) == 1
        and differ[0][0] in _VOWELS
        and differ[0][1] in _VOWELS
    )


@lru_cache(maxsize=1)
def _frame_vocabulary() -> tuple[str, ...]:
    """Stopwords and generic words long enough to be misspelt (read on the first typo),
    in a fixed order: the nearest few are taken, and ties must not fall to how a set of
    strings happens to be ordered in one run."""
    return tuple(sorted(word for word in frame_words() if len(word) >= _FUZZY_MIN_LENGTH))


@lru_cache(maxsize=1)
def _frame_vocabulary_set() -> frozenset[str]:
    """The same words, to look one up."""
    return frozenset(_frame_vocabulary())


def _similarity(word: str, ratio: float, edits: int) -> float:
    """How sure a typo match is: one slip in a short word ("ptuin") is still one slip."""
    return max(ratio / 100.0, 1.0 - edits / (len(word) + _TYPO_SLACK))


def _typos(word: str, lookup: Lookup) -> list[Typo]:
    """The corpus words, stopwords and generic words a misspelt word may mean."""
    from rapidfuzz import fuzz, process

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
    if len(heard(word)) >= _HEARD_MIN:  # "trupes": the vowels spelt by ear
        for candidate in compiled.heard_forms().get(heard(word), ()):
            if candidate not in seen:
                seen.add(candidate)
                pool.append((candidate, fuzz.ratio(word, candidate)))
    for candidate, ratio, _ in process.extract(
        word, _frame_vocabulary(), scorer=fuzz.ratio, limit=_FUZZY_CANDIDATES // 2, score_cutoff=70
    ):
        if candidate not in seen:
            pool.append((candidate, ratio))
    found = _skeleton_typos(word, lookup)
    texted = {typo.word for typo in found}
    for candidate, ratio in pool:
        if candidate in texted:
            continue
        distance = _typo_distance(word, key, candidate, limit)
        if distance is None:
            continue
        edits, spelt, heard_alike = distance
        similarity = _similarity(word, ratio, spelt)
        if edits == 0:  # sounds the same
            similarity = max(similarity, _SOUND_SIMILARITY)
        elif heard_alike:
            similarity = max(similarity, _HEARD_SIMILARITY)
        by_ear = heard_alike and spelt > limit  # only the consonants heard say it
        if candidate in surface:
            term = surface[candidate]
            if lookup(term) is not None:
                found.append(Typo(edits, similarity, candidate, term, by_ear=by_ear))
        else:
            found.append(Typo(edits, similarity, candidate, "", by_ear=by_ear))
    return found


def _skeleton_typos(word: str, lookup: Lookup) -> list[Typo]:
    """Corpus words a word written without some of their vowels may be ("shortnd" for
    "shortened", "wrkng" for "working", "xprt" for "export"): the same consonants in the
    same order, and the word's own letters all in it, in order."""
    consonants = skeleton(word)
    if len(consonants) < _SKELETON_MIN or sum(c in _VOWELS for c in word[1:]) > 1:
        return []  # a word that has dropped its vowels, keeping one at most ("shortnd")
    found = []
    surface = lookup.compiled.surface_forms()
    for candidate in _by_skeleton(word, lookup):
        letters = iter(candidate)
        if not all(c in letters for c in word):
            continue
        term = surface[candidate]
        if lookup(term) is not None:
            similarity = len(word) / len(candidate)
            found.append(Typo(1, similarity, candidate, term))
    return found


def _by_skeleton(word: str, lookup: Lookup) -> list[str]:
    """Corpus words with a word's consonants, its first vowel dropped with the rest when
    it has one ("xprt", "xpnsn": "export", "expansion")."""
    forms = lookup.compiled.skeleton_forms()
    consonants = skeleton(word)
    found = list(forms.get(consonants, ()))
    if word[0] not in _VOWELS:
        for vowel in "aeiou":
            found.extend(forms.get(vowel + consonants, ()))
    return found


def _typo_distance(word: str, key: str, candidate: str, limit: int) -> tuple[int, int, bool] | None:
    """(edits, spelling edits, whether they share the consonants heard) from a word to a
    candidate it may be a typo of, or None when that typo is implausible; a candidate
    that sounds the same counts 0 edits."""
    from rapidfuzz.distance import OSA

    candidate_key = sound(candidate)
    spelt = OSA.distance(word, candidate)
    heard_alike = key != candidate_key and _heard_alike(word, candidate)
    if heard_alike:
        return (1, spelt, True)  # "trupes", "invayshun": every consonant heard, vowels by ear
    if abs(len(candidate) - len(word)) > limit:
        return None
    if not _plausible_typo(word, candidate, key, candidate_key):
        return None
    edits = 0 if key == candidate_key else spelt
    return None if edits > limit else (edits, spelt, False)


def _heard_alike(word: str, candidate: str) -> bool:
    """True if two words share the consonants of how they sound, from the first sound
    on, and are of about one length, and the first is no everyday word of its own
    ("weather" is not a slip for "whether")."""
    return (
        abs(len(word) - len(candidate)) <= _HEARD_LENGTHS
        and len(heard(word)) >= _HEARD_MIN
        and heard(word) == heard(candidate)
        and not _english(word)
    )


def _phrase_typos(tokens: list[str], index: int, lookup: Lookup) -> list[Typo]:
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
        edits, spelt, _ = distance
        term = lexicon.phrase_at([*tokens[:index], candidate, *tokens[index + 1 :]], index)
        if term is not None and lookup(term) is not None:
            similarity = _similarity(word, ratio, spelt)
            found.append(Typo(edits, similarity, candidate, term, phrase=True))
    return found


def _choose(typed: str, typos: list[Typo], context: dict[int, float], lookup: Lookup) -> Typo:
    """The likeliest meaning of a misspelt word: fewest edits, then two swapped letters
    over another slip ("thier" is "their", not "theory" heard alike), then the word that
    shares an entry with the rest of the question ("red lien" is "red line", not
    "liken"), then a stopword or generic word over a corpus word the question gives no
    reason for, then the closest spelling."""

    def key(typo: Typo) -> tuple:
        backing = _support(typo, context, lookup)
        swapped = sorted(typo.word) == sorted(typed)  # "rubel" is "ruble", not "rebel"
        return (
            typo.edits,
            not swapped,
            -backing,
            backing == 0 and bool(typo.term),
            -typo.similarity,
        )

    return min(typos, key=key)


_GLUED_MIN = 5  # the shortest word read as words run together
_GLUED_PARTS = 3  # the most words one may run together ("secretaryofstate")
_GLUED_PART = 4  # the fewest letters of a corpus word among them
_GLUED_WORD = rf"\b[^\W\d_]{{{_GLUED_MIN},}}\b"
_PUNCTUATION = "'\"()[]{}<>.,;:!?/\\|*_~`@#$%^&+=-"


_PART_MIN = 3  # letters of each word of a word heard as two ("sank shuns")


def _heard_apart(first: str, second: str, lookup: Lookup) -> bool:
    """True if two words are one corpus word heard as two ("sank shuns"): neither is a
    stopword, one is unknown to the corpus, and together they sound as a corpus word."""
    joined = first + second
    if min(len(first), len(second)) < _PART_MIN or not joined.isalpha():
        return False  # ("e europe": a letter for "eastern")
    known = lookup.known_word
    if first in STOPWORDS or second in STOPWORDS or (known(first) and known(second)):
        return False  # ("how hot is": no "hotis")
    # (as it sounds, vowels and all: "black sea" is no "blacksea", nor "red lne" a line)
    return not known(joined) and sound(joined) in lookup.compiled.sound_forms()


def _rejoined(text: str, lookup: Lookup) -> str:
    """The text with a corpus word heard as two words written as one ("what about sank
    shuns" -> "what about sankshuns"), for the typo reading to read by ear."""
    tokens = text.split(" ")
    joined: list[str] = []
    at = 0
    while at < len(tokens):
        first = tokens[at]
        second = tokens[at + 1] if at + 1 < len(tokens) else ""
        if second and _heard_apart(first.lower(), second.strip(_PUNCTUATION).lower(), lookup):
            joined.append(first + second)
            at += 2
        else:
            joined.append(first)
            at += 1
    return " ".join(joined)


def unglued(text: str, lookup: Lookup) -> str:
    """The text with words typed without the spaces between them set apart ("howmany",
    "nationalsecurity", "secretaryofstate"): a word the corpus does not know, that is no
    English word, and that splits whole into stopwords and corpus words."""
    text = _rejoined(text, lookup)
    # (words as the pattern below finds them: "securitydilemma,what" holds one)
    candidates = set(re.findall(_GLUED_WORD, text))
    # "NATOlta", "Bidenille", "Ukrainalle": a name with a case ending of a language that
    # writes them on (Finnish, Estonian, Hungarian, Turkish), read as the name (not as a
    # typo, nor as "nato on")
    names = {
        word: base
        for word in candidates
        if (base := _name_inflected(fold(word), lookup) or _name_prefixed(word, lookup)) is not None
    }
    cuts = {
        word: cuts
        for word in candidates.difference(names)
        if (cuts := _glued(word, lookup)) is not None
    }
    if not cuts and not names:
        return text  # (no pattern compiled for the questions that need none)
    typos: set[str] = set()
    if cuts:  # (nor a typo: "regoin" is "region", not "re go in"; "shortend url" a short link)
        tokens = words(text)
        typos = {tokens[index] for index in corrections(tokens, lookup)}

    def apart(found: re.Match[str]) -> str:
        word = found.group()
        if word in names:
            return names[word]
        return _set_apart(word, cuts[word]) if word in cuts and word.lower() not in typos else word

    return re.sub(_GLUED_WORD, apart, text)


_NAME_BASE_MIN = 4  # letters of the name before its ending


def _name_inflected(word: str, lookup: Lookup) -> str | None:
    """The name a word is with a case ending, or None: a name the corpus knows (of four
    letters or more, or with its last vowel changed before the ending: "Ukrainalle"), where
    the word itself is neither a corpus word nor English."""
    lexicon, names = lookup.compiled.lexicon, lookup.compiled.names()
    if lookup.known(lexicon.term(word) or word):
        return None
    for ending in CASE_ENDINGS:
        if not word.endswith(ending) or len(word) - len(ending) < _NAME_BASE_MIN:
            continue
        base = word[: -len(ending)]
        for name in (base, base[:-1]) if base[-1] in "aeiou" else (base,):
            term = lexicon.term(name)
            if len(name) >= _NAME_BASE_MIN and term in names and lookup.known(term):
                # (the thesaurus is read only for a word that may be such a name)
                return None if _english(word) else name
    return None


# A name with a small word written on before it, the name keeping its capital: the
# noun-class and case prefixes of Bantu languages ("uBiden", "kaBiden", "eRussia",
# "waseRussia"), Irish mutations ("hEorpa")
_PREFIXED_NAME = re.compile(r"([a-z]{1,4})([A-Z][^\W\d_]+)")


def _name_prefixed(word: str, lookup: Lookup) -> str | None:
    """A word that is a name with a small word written on before it, set apart ("uPutin":
    "u Putin"), or None: a name the corpus knows (or shorthand for one), its capital kept
    after the lowercase prefix, where the word itself is neither a corpus word nor
    English ("iPhone" is no phone)."""
    found = _PREFIXED_NAME.fullmatch(word)
    if found is None:
        return None
    lexicon, lowered = lookup.compiled.lexicon, word.lower()
    if lookup.known(lexicon.term(lowered) or lowered) or _english(lowered):
        return None
    prefix, name = found.groups()
    folded = fold(name)
    term = lexicon.term(folded)
    # (or a name in the reader's language: "iJalimane")
    if is_shorthand(folded) or (term in lookup.compiled.names() and lookup.known(term)):
        return f"{prefix} {name}"
    return None


def _glued(word: str, lookup: Lookup) -> tuple[int, ...] | None:
    """Where to cut a word typed without spaces, or None if it is no such word: a
    stopword, a corpus word, shorthand ("gonna"), an adverb or an English word."""
    lowered = word.lower()
    term = lookup.compiled.lexicon.term(lowered)
    if term is None or lookup.known(term) or is_shorthand(lowered) or looks_adverb(lowered):
        return None
    cuts = _cuts(lowered, lookup, _GLUED_PARTS) or _prefixed(lowered, lookup)
    if cuts is None or len(cuts) < 2 or _listed(lowered):
        return None
    return cuts


def _listed(word: str) -> bool:
    """True if the word is an everyday English word, with synonyms or none ("forgive" is
    no "for give")."""
    from briefing_cli.thesaurus import known

    return known(word)


# The small words Bantu languages (Shona, Zulu, Chichewa, Luganda, ...) write onto the
# front of a noun, English ones too: "*ku*nato" (to NATO), "*ye*post" (of the post),
# "*mu*article" (in the article)
_NOUN_PREFIXES = tuple(
    sorted(
        "ku mu pa ye we ne ve ze kwe cha che nge nga na wa ya za ka kwa ndi la lwa".split(),
        key=len,
        reverse=True,
    )
)


def _prefixed(word: str, lookup: Lookup) -> tuple[int, ...] | None:
    """Where to cut a noun's prefix from a corpus word of four letters or more written on
    after it ("yepost" -> "ye post"), or None."""
    for prefix in _NOUN_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= _GLUED_PART:
            rest = word[len(prefix) :]
            if rest not in ENGLISH_STOPWORDS and _glued_part(rest, lookup):
                return (len(prefix), len(word))
    return None


def _set_apart(word: str, cuts: tuple[int, ...]) -> str:
    pieces, start = [], 0
    for end in cuts:
        pieces.append(word[start:end])
        start = end
    return " ".join(pieces)


def _cuts(word: str, lookup: Lookup, parts: int) -> tuple[int, ...] | None:
    """Where to cut a word into at most ``parts`` known words: the fewest words, then
    the most even; None if it cannot be."""
    if _glued_part(word, lookup):
        return (len(word),)
    if parts < 2:
        return None
    best: tuple[int, ...] | None = None
    for at in sorted(range(2, len(word) - 1), key=lambda at: abs(len(word) - 2 * at)):
        if not _glued_part(word[:at], lookup):
            continue
        rest = _cuts(word[at:], lookup, parts - 1)
        if rest is not None and (best is None or len(rest) + 1 < len(best)):
            best = (at, *(at + end for end in rest))
    return best


def _glued_part(word: str, lookup: Lookup) -> bool:
    """True if a piece of a run-together word is a word: a stopword of two letters or
    more, or a corpus word of four or more (or a word of a phrase the corpus uses:
    "national" of "national security adviser"). ("tagline" is no "tag" and "line".)"""
    if word in ENGLISH_STOPWORDS:  # ("finland" is no Maltese "fin" and "land")
        return len(word) >= 2
    if len(word) < _GLUED_PART:
        return False
    return word in lookup.compiled.lexicon.phrase_words() or lookup.known_word(word)


def unknown_cost(word: str, lookup: Lookup) -> float:
    cost = lookup.compiled.unknown_idf * lookup.compiled.lexicon.weight(word)
    if word in _FIGURE_WORDS or word in SPELT_NUMBERS or (word.isdigit() and not is_year(word)):
        # "was it 300 million?", "on 8 December?", "five years ago?": a figure to check
        # against the one the corpus gives, not what the question is about. (A year is a
        # different time.)
        cost *= _FIGURE_WEIGHT
    if looks_adverb(word):
        cost *= _ADVERB_WEIGHT
    return cost


def corrections(tokens: list[str], lookup: Lookup) -> dict[int, Typo]:
    """What each misspelt word of a question most likely means, by its position."""
    lexicon = lookup.compiled.lexicon
    unknown: set[str] = set()
    known: list[tuple[str, Postings]] = []
    for word, term in lookup.analysed(tokens):
        postings = lookup(term)
        if postings is None:
            unknown.add(word)
        else:
            known.append((word, postings))
    if not unknown:
        return {}  # every word is the corpus's: nothing to mend
    # how much each entry shares with the words the corpus knows
    context: dict[int, float] = defaultdict(float)
    for word, postings in known:
        for idx in postings.ids:
            context[idx] += postings.idf * lexicon.weight(word)
    corrections = {}
    # a question texted without vowels ("wht dd bdn & ptn dscss"): its short words too
    # may have dropped more than one ("bdn", "ptn": "biden", "putin")
    texted = sum(_texted(word) for word in unknown) >= _TEXTED_WORDS
    for index, word in enumerate(tokens):
        if word in unknown and len(word) == _FUZZY_MIN_LENGTH - 1 and word.isalpha():
            short = _short_word_typos(word, lookup, texted)
            if short:  # "wen", "wat", "cal", "nxt": a word missing a letter
                corrections[index] = _choose(word, short, context, lookup)
            continue
        if word not in unknown or len(word) < _FUZZY_MIN_LENGTH or not word.isalpha():
            continue
        if lexicon.weight(word) != 1.0 or lexicon.phrase_at(tokens, index) is not None:
            continue
        base = _short_base(word, lookup) or _negated_base(word, lookup) or _doubled_stopword(word)
        if base is not None:  # "aiming" is "aim", not a typo of "arming"
            corrections[index] = base
            continue
        typos = _typos(word, lookup) + _phrase_typos(tokens, index, lookup)
        if not typos and word.endswith("s") and len(word) > _SHORT_WORD and not _english(word[:-1]):
            # a plural or a possessive without its apostrophe: "ptuins", "kremlns"
            typos = _typos(word[:-1], lookup)
        if typos and _english(word):
            # "companies" is a word of its own, not a slip for "compares"; nor is "stock"
            # one for "stuck": an everyday word with a letter changed is read as written
            # (a letter left out or doubled is a slip: "steam" for "stream")
            # ... unless, mended, it makes a listed phrase with the words around it:
            # "university *collage* London", a phone's autocorrect
            typos = [
                t
                for t in typos
                if t.edits < 2
                and (
                    not _changed_letter(word, t.word)
                    or lexicon.phrase_at([*tokens[:index], t.word, *tokens[index + 1 :]], index)
                )
            ]
        if not typos:
            typos = _autocorrected_name(word, context, lookup)
        if not typos and len(word) >= _SYNONYM_MIN_LENGTH:
            typos = _synonyms(word, lookup)
        if typos:
            corrections[index] = _choose(word, typos, context, lookup)
    if len(corrections) < _BY_EAR_TYPOS:
        # one word spelt by ear in a question spelt right is more likely a word of its
        # own ("street", "billion") than "start" or "byline" misheard
        # ... unless the rest of the question bears it out: "when is *macaroon* phoning
        # putin", a name a phone's autocorrect made into another word
        corrections = {
            i: typo
            for i, typo in corrections.items()
            if not typo.by_ear or _borne_out(typo, context, lookup)
        }
    corrections = _phrases_misspelt_throughout(tokens, corrections, unknown, context, lookup)
    return _keeping_phrases(tokens, corrections, lexicon)


def _phrases_misspelt_throughout(
    tokens: list[str],
    corrections: dict[int, Typo],
    unknown: set[str],
    context: dict[int, float],
    lookup: Lookup,
) -> dict[int, Typo]:
    """The corrections, with the words of a listed phrase misspelt more than once
    ("natinoal securty advisr", "natual gsa") read as the phrase's: each word, once the
    others are mended or read as their nearest words of a phrase."""
    from rapidfuzz import fuzz, process

    phrase_words = lookup.compiled.lexicon.phrase_words()
    nearest: dict[int, str] = {}
    for index, word in enumerate(tokens):
        typo = corrections.get(index)
        if word not in unknown or len(word) < _FUZZY_MIN_LENGTH or not word.isalpha():
            continue
        if typo is not None and typo.phrase:
            continue
        found = process.extractOne(word, phrase_words.keys(), scorer=fuzz.ratio, score_cutoff=70)
        limit = _typo_limit(len(word))
        if found and _typo_distance(word, sound(word), found[0], limit) is not None:
            nearest[index] = found[0]
    if not nearest:
        return corrections
    mended = [corrections[i].word if i in corrections else w for i, w in enumerate(tokens)]
    for index, word in nearest.items():
        mended[index] = word
    for index in nearest:
        trial = [*mended[:index], tokens[index], *mended[index + 1 :]]
        if trial == tokens:
            continue  # its neighbours as written: read so already
        found = _phrase_typos(trial, index, lookup)
        if found:
            corrections[index] = _choose(tokens[index], found, context, lookup)
    return corrections


def _keeping_phrases(
    tokens: list[str], corrections: dict[int, Typo], lexicon: Lexicon
) -> dict[int, Typo]:
    """The corrections without those of words that, as written, make a listed phrase with
    the others mended: in "the national securty adviser", once "securty" is mended,
    "national" and "adviser" are words of "national security adviser", not a word to
    read by another sense or a typo of another word."""
    mended = list(tokens)
    for index, typo in corrections.items():
        if typo.edits < _SYNONYM_EDITS:
            mended[index] = typo.word
    changed = True
    while changed:
        changed = False
        for index in list(corrections):
            trial = list(mended)
            trial[index] = tokens[index]
            if lexicon.phrase_at(trial, index) is not None:
                del corrections[index]
                mended[index] = tokens[index]
                changed = True
    return corrections


def _negated_base(word: str, lookup: Lookup) -> Typo | None:
    """The corpus word a word the corpus does not know negates: "unanswered" speaks of an
    answer, "unpunished" of punishment (the topic is the same; believed a little less)."""
    if not word.startswith("un") or len(word) < _FUZZY_MIN_LENGTH + 2:
        return None
    base = word[2:]
    term = lookup.compiled.lexicon.term(base)
    if (
        term is not None
        and lookup(term) is not None
        and lookup.compiled.lexicon.weight(base) == 1.0
    ):
        return Typo(0, _NEGATED_SIMILARITY, base, term)
    return None


def _short_base(word: str, lookup: Lookup) -> Typo | None:
    """The corpus word an inflected word is a form of, where the stemmer leaves it whole
    because its base has three letters: "aiming" is "aim", "hoping" is "hope"."""
    for ending in ("ing", "ed", "es", "s"):
        stem = word.removesuffix(ending)
        if stem == word or len(stem) != _FUZZY_MIN_LENGTH - 1:
            continue
        for base in (stem, stem + "e"):
            term = lookup.compiled.lexicon.term(base)
            if term is not None and lookup(term) is not None:
                return Typo(0, 1.0, base, term)
    return None


def _texted(word: str) -> bool:
    """Whether a word the corpus does not know is written without vowels ("dscss")."""
    return len(word) >= _FUZZY_MIN_LENGTH - 1 and word.isalpha() and _VOWELS.isdisjoint(word)


def _short_word_typos(word: str, lookup: Lookup, texted: bool = False) -> list[Typo]:
    """What a three-letter word the corpus does not know is with a letter put back: a
    stopword or generic word ("wen" -> "when" or "went": either says how a question is
    asked), or a corpus word where the letter is a vowel of a word written without any
    ("nxt" -> "next") or the second of a double letter ("cal" -> "call"), or its last two
    letters swapped ("rde" -> "red"). Any other letter put back makes too many real words
    of a short one ("car" is not "card") ... unless the question is texted without vowels
    throughout: then a corpus word with its consonants is meant ("bdn": "biden")."""
    similarity = _similarity(word, 0.0, 1)
    found = [
        Typo(1, similarity, frame, "")
        for frame in _frame_vocabulary()
        if len(frame) == len(word) + 1
        and any(frame[:at] + frame[at + 1 :] == word for at in range(len(frame)))
    ]
    if _VOWELS.isdisjoint(word):
        candidates = {word[:at] + v + word[at:] for at in range(len(word) + 1) for v in "aeiou"}
    else:
        candidates = {word[: at + 1] + word[at:] for at in range(len(word))}
    candidates.add(word[0] + word[2] + word[1])  # its last two letters swapped: "rde"
    surface = lookup.compiled.surface_forms()
    for candidate in sorted(candidates):
        term = surface.get(candidate)
        if term is not None and lookup(term) is not None:
            found.append(Typo(1, similarity, candidate, term))
    if texted and _VOWELS.isdisjoint(word) and not found:
        for candidate in _by_skeleton(word, lookup):
            term = surface[candidate]
            if lookup(term) is not None:
                found.append(Typo(1, len(word) / len(candidate), candidate, term))
    return found


def _doubled_stopword(word: str) -> Typo | None:
    """A short stopword typed with a letter doubled ("wass", "hass", "thhe"): the
    stopword, unless the word is an English word of another sense ("butt")."""
    from briefing_cli.thesaurus import synonyms

    for at in range(1, len(word)):
        if word[at] != word[at - 1]:
            continue
        meant = word[:at] + word[at + 1 :]
        if meant in STOPWORDS and (not _english(word) or synonyms(word) == synonyms(meant)):
            return Typo(0, _SOUND_SIMILARITY, meant, "")
    return None


def _changed_letter(word: str, candidate: str) -> bool:
    """True if the candidate is the word with one letter changed for another."""
    return len(word) == len(candidate) and sum(a != b for a, b in zip(word, candidate)) == 1


def _support(typo: Typo, context: dict[int, float], lookup: Lookup) -> float:
    """The most the question's other words share with an entry the typo's word is in."""
    postings = lookup(typo.term) if typo.term else None
    if postings is None:
        return 0.0
    return max((context.get(idx, 0.0) for idx in postings.ids), default=0.0)


def _borne_out(typo: Typo, context: dict[int, float], lookup: Lookup) -> bool:
    """True if the question's other words share enough with an entry the typo's word is
    in: about two rare words' worth, and half what they share with any entry."""
    if not context:
        return False
    needed = max(_BORNE_OUT, _BORNE_OUT_SHARE * max(context.values()))
    return _support(typo, context, lookup) >= needed


def _autocorrected_name(word: str, context: dict[int, float], lookup: Lookup) -> list[Typo]:
    """A name of the corpus a phone's autocorrect made into another word two slips away
    ("blinking" for "blinken", "nate" for "nato"), or typed with a slip no other reading
    believes in a short word ("swiff"): it keeps the name's first letters, and the rest
    of the question bears the name out ("where did *blinking* meet lavrov")."""
    from rapidfuzz.distance import Levenshtein

    found = []
    for candidate, term in _name_forms(lookup.compiled):
        if (
            candidate[:_NAME_KEPT] == word[:_NAME_KEPT]
            and Levenshtein.distance(word, candidate, score_cutoff=_NAME_SLIPS) <= _NAME_SLIPS
            # letters added or dropped, one changed at most: "norway" is no "norman"
            and [op.tag for op in Levenshtein.editops(word, candidate)].count("replace") <= 1
        ):
            typo = Typo(_NAME_SLIPS, _HEARD_SIMILARITY, candidate, term, by_ear=True)
            if lookup(term) is not None and _borne_out(typo, context, lookup):
                found.append(typo)
    return found


def _name_forms(compiled: CompiledCorpus) -> list[tuple[str, str]]:
    """The corpus's names as written, long enough to be autocorrected, with their terms."""
    found = compiled.derived.get("name forms")
    if found is None:
        names = compiled.names()
        found = compiled.derived["name forms"] = [
            (form, term)
            for form, term in compiled.surface_forms().items()
            if term in names and len(form) >= _NAME_MIN
        ]
    return found  # type: ignore[return-value]


def _english(word: str) -> bool:
    """True if the word is an everyday English word with synonyms the thesaurus lists."""
    from briefing_cli.thesaurus import synonyms

    return bool(synonyms(word))


def _synonyms(word: str, lookup: Lookup) -> list[Typo]:
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
        if synonym.endswith("ing") and synonym not in lookup.compiled.surface_forms():
            continue  # "pressing" (urgent) is no form of the "press" the corpus means
        term = lexicon.term(synonym)
        if term is None or term in names or lexicon.weight(synonym) != 1.0:
            continue  # "speed" is not SWIFT
        if lookup(term) is not None:
            found.append(Typo(_SYNONYM_EDITS + rank, _SYNONYM_SIMILARITY, synonym, term))
    return found


def related(word: str, lookup: Lookup) -> list[tuple[str, Postings]]:
    """The corpus terms sharing a common sense with a word, with their postings."""
    found = []
    for typo in _synonyms(word, lookup):
        postings = lookup(typo.term)
        if postings is not None:
            found.append((typo.term, postings))
    return found
