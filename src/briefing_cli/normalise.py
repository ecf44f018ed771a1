"""Turn free text into the search terms that the index and the queries share."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Words that say how a question is asked, not what it is about.
STOPWORDS = frozenset(
    ["a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "aren", "as", "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "couldn", "did", "didn", "do", "does", "doesn", "doing", "don", "down", "during", "each", "either", "else", "ever", "few", "for", "from", "further", "get", "gets", "getting", "go", "going", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "isn", "it", "its", "itself", "just", "know", "let", "like", "ll", "me", "might", "more", "most", "much", "must", "my", "myself", "need", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "per", "please", "really", "re", "s", "same", "say", "shall", "she", "should", "so", "some", "such", "t", "tell", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "thus", "to", "too", "under", "until", "up", "upon", "ve", "very", "via", "want", "was", "wasn", "we", "were", "weren", "what", "whats", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "won", "would", "you", "your", "yours", "yourself", "thing", "things", "anything", "something", "someone", "anyone"]
)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_POSSESSIVE = re.compile(r"(\w)'s\b")
_ABBREVIATION = re.compile(r"\b(?:[a-z]\.){2,}")  # u.s. -> us, u.k. -> uk
_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")  # 8,500 -> 8500
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def fold(text: str) -> str:
    """Unicode-normalise and case-fold text, unify apostrophes, drop possessives."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
    text = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _POSSESSIVE.sub(r"\1", text)
    return _THOUSANDS.sub("", text)


def stem(word: str) -> str:
    """A light English suffix stripper: plurals, -ing, -ed, -ly (no dictionary needed)."""
    if len(word) <= 4 or not word.isalpha():
        return word
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + replacement
    if word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Folded word tokens in order; a hyphenated word gives its parts and the joined form."""
    found: list[str] = []
    for token in _TOKEN.findall(fold(text)):
        if "-" in token:
            parts = token.split("-")
            found.extend(parts)
            found.append("".join(parts))
        else:
            found.append(token)
    return found


class Lexicon:
    """Stopwords, stemming and synonym groups: one place that maps words to terms."""

    def __init__(self, synonym_groups: Iterable[Iterable[str]] = ()) -> None:
        self._term_of: dict[str, str] = {}
        self._phrases: list[tuple[re.Pattern[str], str]] = []
        for group in synonym_groups:
            members = [" ".join(words(m)) for m in group]
            canonical = "".join(members[0].split())
            for member in members:
                if " " in member:
                    pattern = re.compile(r"\b" + re.escape(member) + r"\b")
                    self._phrases.append((pattern, canonical))
                else:
                    self._term_of[stem(member)] = canonical
                    self._term_of[member] = canonical
        # Longer phrases first, so "united states of america" wins over "united states".
        self._phrases.sort(key=lambda item: -len(item[0].pattern))

    def terms(self, text: str) -> list[str]:
        """Content terms of a text: folded, phrases unified, stopwords dropped, stemmed."""
        line = " ".join(words(text))
        for pattern, canonical in self._phrases:
            line = pattern.sub(canonical, line)
        found: list[str] = []
        for word in line.split():
            if word in STOPWORDS:
                continue
            term = self._term_of.get(word)
            if term is None:
                stemmed = stem(word)
                term = self._term_of.get(stemmed, stemmed)
            found.append(term)
        return found
