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
entry has them side by side too. Last, the question's frame (``frame.py``: "how many",
"when", "what did X say"...) lowers an entry that gives another kind of answer.

A word the corpus does not know (``corrections.py`` reads typos, spellings by ear and
common-sense synonyms first) still counts in the question's information, so a question
about something else ("who is the president of poland") explains too little to be
answered; generic words ("look", "clear") and unknown adverbs ("precisely") count for
little, and a name the corpus uses everywhere ("russia") still counts a little, so an
entry that never names it is not taken for the answer.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from itertools import pairwise
from typing import NamedTuple

from briefing_cli.compiled import (
    FIELD_NAMES,
    FIELD_WEIGHTS,
    CompiledCorpus,
    Postings,
    comparable_heading,
)
from briefing_cli.corrections import Lookup, corrections, related, unglued, unknown_cost
from briefing_cli.frame import DOCUMENT_NOUNS as _DOCUMENT_NOUNS
from briefing_cli.frame import NATIONAL as _NATIONAL
from briefing_cli.frame import Frame, before_whose_account, names_a_form
from briefing_cli.model import NOT_STATED, Entry, Source
from briefing_cli.normalise import (
    STOPWORDS,
    TEXTED_DIGITS,
    compiled_pattern,
    documents_named,
    senses,
    untexted,
    words,
)

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
# A phrase the question quotes found word for word in an entry: a bonus of up to this
# many points, scaled by coverage.
_QUOTED_BONUS = 8.0
# A question asked "who", "when", "where", "why" or "how", of an entry asked the same
# way: a bonus of this many points, scaled by coverage ("who are Ukraine's forces
# fighting" is "who were they fighting", not "will US troops fight in Ukraine").
_SAME_KIND_BONUS = 8.0
# Asked what form something took, an entry naming a form ("in writing") is preferred to
# its neighbour about the same thing.
_FORM_BONUS = 12.0
# A word of a clause set before the question ("like the Cuban missile crisis, what red
# line ...") counts for this share: the reader's context, not what is asked.
_CONTEXT_WEIGHT = 0.2
# A word of a condition set before the question ("if Russia invades, will ...") counts
# for this share: part of what is asked, but not its heart.
_CONDITION_WEIGHT = 0.5
# A word only of the second of two alternatives a question offers ("did Putin agree to
# keep talking, or *walk away*") counts for this share: the answer is one of the two.
_ALTERNATIVE_WEIGHT = 0.3
# A word only of what a question sets the asked thing beside ("who met in Paris, compared
# with the Geneva meeting"): part of what is asked, though not its heart.
_COMPARED_WEIGHT = 0.5
# "Besides SWIFT, what ...": an entry whose own phrasing names what the question sets
# aside is lowered by this factor (gently: it may tell of the rest too).
_SET_ASIDE = 0.9
_COUNTING_KINDS = frozenset({"how many", "how much", "how long", "how far"})
_COUNTED_WHY = 0.9  # a why-question of an entry asked for a figure
_OTHER_DOCUMENT = 0.7  # an entry only from the document the question does not ask about
_UNANSWERED_DEMAND = 0.85  # asks whether a demand was met; the entry does not say
# "Was the pipeline *blown* up?": whether something happened that no word of the
# corpus names (an unknown participle after "was", "has been" ...)
_UNTOLD_EVENT = 0.55
_LASTING = frozenset({"last", "lasted", "lasts", "take", "took", "takes", "go", "went"})
_NOT_SAID = 0.9  # asks what is not so; the entry says of nothing that it is not
# "What was not made public", "where will US troops not go": what is asked is not so
_WH_WORDS = frozenset("what which where who whom when".split())
_NEGATED_GAP = 6  # words from the wh-word to its "not"
_SAYING_NOT = (
    r"\b(?:not|no|never|nor|neither|none|without|cannot|rule[sd]? out|refus\w*|reject\w*"
    r"|declin\w*|unclear|unknown)\b|n't\b"
)
_HAPPENED_ASKED = (["was"], ["were"], ["has"], ["have"], ["had"])
_PARTICIPLE_ENDS = ("ed", "en", "wn")
_PARTICLES = frozenset("up down out off over away".split())  # "blown *up*"
_SECOND_ASKED = [[w] for w in "who what why how when where which".split()]
_BY_WHOM = (["by", "whom"], ["by", "who"])  # "was it blown up, *and by whom*"
# "Did NATO *accept* Russia's demand ...", "did the US *give in to* its demands": whether a
# demand was met, which an entry says only by telling how it was answered
_CONCEDING = frozenset(
    "accept accepts accepted accepting agree agrees agreed concede concedes conceded "
    "cave caves caved grant grants granted".split()
)
_CONCEDING_PAIRS = frozenset({("give", "in"), ("gave", "in"), ("giving", "in"), ("bow", "to")})
_DEMAND_WORDS = frozenset({"demand", "demands"})
_DEMAND_GAP = 6  # words between the conceding and the demand ("accept Russia's core demand")
_QUESTION_FIELD = FIELD_NAMES.index("question")
_TOPIC_FIELD = FIELD_NAMES.index("topic")
# Past this many content words, an unknown word of a question costs this many over the
# number it has: a long question is mostly the reader's telling, not its topic.
_WORDY = 5
_VIEWS = frozenset({"view", "opinion", "words"})
_SEEKING = frozenset({"really", "actually", "ultimately", "truly"})
_CAUTIONS = frozenset({"caution", "cautions", "cautioned", "cautioning"})
_AUTHOR = frozenset({"author", "writer"})
# What an author "talks about" or "discusses" is what the document is about.
_DISCUSSES = frozenset("talk talks discuss discusses".split())
# "What does the author *argue*": what the document says ("where does the author work"
# asks about her).
_OPINES = (
    frozenset(
        """
    think thinks argue argues say says believe believes suggest suggests recommend
    recommends express expresses use uses mean means describe describes see sees view
    views claim claims propose proposes conclude concludes call calls compare compares
    frame frames characterise characterises characterize characterizes warn warns note
    notes expect expects feel feels predict predicts doubt doubts stress stresses
    emphasise emphasises emphasize emphasizes consider considers make makes judge judges
    liken likens attribute attributes mention mentions regard regards deem deems assess
    assesses posit posits reckon reckons identify identifies suspect suspects invoke invokes
    borrow borrows entertain entertains rate rates bring brings raise raises fear fears hope
    hopes imply implies advocate advocates urge urges favour favours favor favors endorse
    endorses acknowledge acknowledges concede concedes highlight highlights
    """.split()
    )
    | _DISCUSSES
)
# "The author's (main) recommendation": what the document recommends
_OPINION_NOUNS = frozenset(
    """recommendation recommendations argument arguments view views opinion opinions advice
    conclusion conclusions suggestion suggestions thesis verdict assessment warning warnings
    prediction predictions take perspective stance estimation estimate judgement judgment
    counsel prescription read reading position analysis forecast diagnosis framing point
    points""".split()
)
_RERANK = 30  # how many stage-one leaders are re-ranked
# "Which section", "the last section": asking for a section, not naming one to look in
_WHICH_PART = frozenset(
    "which what each every first last next previous final other opening closing concluding"
    " second third".split()
)
_PART_NAMES = frozenset("heading headings title titles headline called named".split())
_TYPO_SIMILAR = 0.85  # a word read as a heading's word despite a slip
# The confidence of the first entry of a section asked about as a whole ("what does the
# sanctions section say"): the section is certain; the rest of its entries follow.
_SECTION_SCORE = 75.0
# "Which section covers SWIFT": a part of a document asked for by what it tells of
_PART_NOUNS = frozenset(
    "section sections heading headings subheading subheadings subhead subheads chapter".split()
)
_HEADING_NOUNS = frozenset("heading headings subheading subheadings subhead subheads".split())
_PART_CALLED = frozenset("called titled entitled named headed name".split())
_WHICH_ONE = frozenset({"which", "what"})
_IS_THERE = frozenset({"there", "any", "have", "has"})  # "is *there* a section on ..."
_ON = frozenset({"on", "about", "covering", "discussing", "asking"})
# "is there a *part* of the post asking ...": only asked whether there is one
_WHETHER_PART = frozenset({"part", "parts", "bit", "passage"})
# "Which category or section is the post *filed* under": the blog's section, not a part
_FILED = frozenset("category categories filed filing tag tags tagged posted".split())
# "the *heading*", "which *heading*" (not "where is this all *heading*")
_BEFORE_A_HEADING = frozenset(
    "the a which what its each every this that whose s section first last final opening"
    " closing second third next previous".split()
)
# "which section *covers* SWIFT": how a part is asked for by what it tells of
_PART_TELLS = frozenset(
    "cover covers covered covering discuss discusses discussed mention mentions mentioned"
    " deal deals dealt address addresses addressed lay lays laid describe describes described"
    " explain explains explained examine examines examined tackle tackles tackled".split()
)
_SAYING_WORDS = "summary cover content"  # and their synonyms: "gist", "covers", "contents"
# An entry that has a word sharing a common sense with a word of the question, and not
# the word itself, is credited with this share of what the word would have explained.
_KINDRED_SHARE = 0.5
# "Did the US *say what* the penalties would be": whether the specifics were made known.
_TELLING = frozenset(
    """say said tell told telling reveal revealed disclose disclosed specify specified
    share shared""".split()
)
_YES_NO = frozenset("did does do has have had is are was were will would why".split())
_CONNECTIVES = frozenset({"so", "and", "but"})
_ME = frozenset({"me", "us"})  # "can you tell me what ...": a request
_TOLD_GAP = 5  # words the told may take before "what" ("tell *the russians* what")
_SPECIFICS = "specifics"
# "Sullivan's position *in the administration*": a post someone holds in a body
_BODIES = frozenset("administration government cabinet team department university college".split())
_BODY_WORDS = 3
_MODALS = frozenset({"could", "might", "can", "may"})
_GIVEN = frozenset({"given", "considering"})
_IN_THE = frozenset({"in", "the", "this", "that", "its"})
_OCCASIONS_AFTER = [
    [occasion]
    for occasion in "call calls meeting meetings talks conversation summit invasion".split()
]
_LINKING_PHRASES = (("as", "well"), ("as", "a", "result"))
_GIVEN_WHAT = frozenset({"the", "their", "its", "how"})
_BE = frozenset("is are was were be been being has have had".split())
_OPTIONS_GAP = 8  # words "what" may stand before "could ... do"
# "what could Russia do *to* Ukraine / *if* ... / *instead*": its options
_AFTER_DO = frozenset("to about if against next instead apart short besides".split())
_AFTER_A_NOUN = frozenset(
    "did does was is has had will would said says told met briefed spoke gave announced"
    " described confirmed warned".split()
)
# "*right* after the call": just then, not a right
_RIGHT_BEFORE = frozenset("after before away now then there here when until".split())
_OFFICES = frozenset({"position", "post", "office", "title", "rank"})
_AFTER_A_POST = frozenset({"in", "at", "then", "now", "exactly", "again", "and", "or", "as"})
_POST_GAP = 2  # words an owner may stand before the post ("Norman's *academic* position")
_POST_WORDS = frozenset(
    "academic official current exact actual formal professional university govt government"
    " s what which whats".split()  # ("Lavrov - what position?": the name set as a label)
)
_HOLDING = frozenset({"hold", "holds", "held", "holding", "occupy", "occupies", "occupied"})
# "Explain ..." asks for an explanation; "how does Russia explain X" asks how it describes X.
_EXPLAINS = frozenset({"explain", "explains", "explained", "justify", "justifies"})
# What readers call a document when they say whose account they want.
_DOCUMENT_WORDS = (
    "article document source explainer report class essay assignment analysis author writer"
    " text passage paper"
    " first second former latter earlier older newer"  # "according to the first article"
)


_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()


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
    shortfalls: tuple[str, ...] = ()  # kinds of answer asked for that the entry does not give
    kind: str = ""  # the opening ("who", "how many") question and entry share, if it counted
    form: bool = False  # asked what form something took, the entry names one
    # A document's headings given for "which section covers X": the heading X's entry
    # stands under, and that entry's id
    heading: str = ""
    heading_of: str = ""


class Ranking(NamedTuple):
    """The outcome of ranking one question."""

    query: str
    matches: list[Match]  # best first
    hits: list[TermHit]
    part: str = ""  # the part answered, of a question asking more than one thing

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


def analyse(
    query: str,
    compiled: CompiledCorpus,
    lookup: Lookup | None = None,
    asked: Frame | None = None,
) -> list[tuple[TermHit, Postings | None]]:
    """How each content word of a question is matched to the corpus (one hit per term).
    ``asked``: the question's frame, when the caller has read it already (and refused a
    question too long to read)."""
    lookup = lookup or Lookup(compiled)
    if asked is None:
        _refuse_too_long(query)
        asked = Frame(unglued(documents_in_order(documents_named(query), compiled), lookup))
    lexicon = compiled.lexicon
    tokens = _question_words(asked, compiled, lookup)
    typed: dict[str, tuple[str, float]] = {}  # a corrected word -> as typed, similarity
    written = set(tokens)  # a word also written correctly is not a typo
    for index, typo in corrections(tokens, lookup).items():
        if (
            tokens[index] in asked.names_written
            and typo.term not in compiled.names()
            and typo.word not in compiled.capitalised()
        ):
            # "the Wagner Group" names a group; it is no slip for "wager" (but "Amercian"
            # is one for "American", which the corpus writes with a capital too)
            continue
        if typo.phrase:  # the phrase's term stands for its words: "white hoouse" -> "us"
            similarity = min(typed.get(typo.term, ("", 1.0))[1], typo.similarity)
            typed[typo.term] = (tokens[index], similarity)
        elif typo.word not in written:
            typed[typo.word] = (tokens[index], typo.similarity)
        tokens[index] = typo.word
    if typed:  # a corrected word may take its sense from its neighbours: "wher does she wrk"
        for index, sensed in enumerate(senses(tokens)):
            if sensed != tokens[index] and tokens[index] in typed:
                typed[sensed] = typed.pop(tokens[index])
            tokens[index] = sensed
        _read_posts(tokens, compiled)  # "Sergey Lavrow's position": once he is named, his post
    frame = {asked.measure_word, asked.quantity_word, asked.currency, *asked.time_words}
    frame = (frame | asked.opinion_words | asked.role_words | asked.kind_words) - {""}
    frame |= _NAME_ASKED.intersection(tokens)  # "the adviser's *name*": what kind of answer
    asked_last = before_whose_account(tokens)
    if asked.measure == "long" and asked_last[-1:] and asked_last[-1] in _LASTING - typed.keys():
        # "how long did the call *last*": asks its length, not the last
        frame.add(asked_last[-1])
    found: list[tuple[TermHit, Postings | None]] = []
    for word, term in lookup.analysed(tokens):
        shown, similarity = typed.get(word, (word, 1.0))
        # A word of the context set before the question counts for little, unless it
        # names whom the question points back to ("... Julie Norman. What is her job?").
        share = _CONTEXT_WEIGHT if shown in asked.context - asked.quoted else 1.0
        if shown in asked.condition:  # "if Russia invades, will ..."
            share = _CONDITION_WEIGHT
        if shown in asked.alternative:  # "... by phone *or video*": one of the two
            share = min(share, _ALTERNATIVE_WEIGHT)
        if shown in asked.compared:  # "..., compared with *the Geneva meeting*"
            share = min(share, _COMPARED_WEIGHT)
        if shown in asked.excluded:  # "besides SWIFT, what ...": not what is asked
            share = 0.0
        # (a name the reader writes in lower case beside capitalised ones, "my book club
        # asked who Julie Norman is", is not whom "she" points back to)
        named = (
            shown in asked.names_written or not asked.names_written or shown in asked.opening_names
        )
        if share < 1.0 and asked.refers_back and term in compiled.names() and named:
            share = 1.0
        if word in frame or shown in frame:
            frame.discard(shown if shown in frame else word)
            continue  # "how *far*": the question's frame, not its topic
        postings = lookup(term)
        if postings is not None:
            idf = postings.idf * lexicon.weight(word) * share
            found.append((TermHit(shown, term, similarity, idf), postings))
        else:
            found.append((TermHit(shown, "", 0.0, unknown_cost(word, lookup) * share), None))
    distinct = len({hit.word for hit, _ in found})  # (a word said again says no more)
    if distinct > _WORDY:
        # A long question's words the corpus does not know are mostly the reader's own
        # telling ("I was a history teacher for thirty years..."): each costs less.
        share = _WORDY / distinct
        found = [
            (hit if postings is not None else hit._replace(idf=hit.idf * share), postings)
            for hit, postings in found
        ]
    resolved: dict[str, tuple[TermHit, Postings | None]] = {}
    for hit, postings in found:
        key = hit.term or f"?{hit.word}"
        if key not in resolved or (resolved[key][0].similarity, resolved[key][0].idf) < (
            hit.similarity,
            hit.idf,
        ):
            resolved[key] = (hit, postings)
    return list(resolved.values())


def _refuse_too_long(query: str) -> None:
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLong(f"question is longer than {MAX_QUERY_CHARS} characters")


def _comparatives(tokens: list[str], compiled: CompiledCorpus, lookup: Lookup) -> list[str]:
    """ "A *more strong* answer" read as "a *stronger* answer", when the corpus knows that
    form with another meaning than the plain word's (a reader's own way of putting the
    comparative)."""
    if "more" not in tokens[:-1]:
        return tokens
    lexicon = compiled.lexicon
    out: list[str] = []
    at = 0
    while at < len(tokens):
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        if tokens[at] == "more" and after:
            comparative = (after[:-1] if after.endswith("e") else after) + "er"
            term = lexicon.term(comparative)
            if term != lexicon.term(after) and term and lookup.known(term):
                out.append(comparative)
                at += 2
                continue
        out.append(tokens[at])
        at += 1
    return out


def _question_words(asked: Frame, compiled: CompiledCorpus, lookup: Lookup) -> list[str]:
    """The question's words, without those about how it is asked (a label, a tag, a
    reference to a document), and read as meant where its wording says more than its
    words ("how does Russia *explain* ...", "what is Moscow *after*", "follow-up")."""
    tokens = words(asked.text)
    if "1" in tokens or not TEXTED_DIGITS.keys().isdisjoint(tokens):  # "take 2 read", "1 of"
        tokens = untexted(tokens, compiled.numbered())
    for word in asked.aside:
        tokens = _without(tokens, [word])
    if asked.time and asked.writing in tokens and _sources_named(asked.writer, compiled):
        # "when did Julie Norman write this": when her document came out
        tokens[tokens.index(asked.writing)] = "published"
    if asked.reference and _names_a_document(asked.reference, compiled):
        rest = _without(tokens, words(asked.reference))
        # "What does the LSE post argue": with nothing else asked, the document is the topic
        if compiled.lexicon.terms(" ".join(rest)):
            tokens = rest
    told = re.findall(r"[a-z0-9]+", asked.text)
    if _names_documents(told, compiled) or _asks_which_document(told):
        # "... in the LSE post but not the December explainer", "which document quotes
        # ...": each document spoken of is where to look, not what is asked
        naming = frozenset().union(*_terms_by_source(compiled).values())
        named = {
            at
            for at, (word, after) in enumerate(pairwise(tokens))
            if after in _DOCUMENT_NOUNS and compiled.lexicon.term(word) in naming
        }
        rest = [
            t
            for at, t in enumerate(tokens)
            if at not in named and at - 1 not in named and t not in _DOCUMENT_NOUNS
        ]
        if compiled.lexicon.terms(" ".join(rest)):
            tokens = rest
    for index, token in enumerate(tokens):
        if token in _CAUTIONS and "against" in tokens[index + 2 : index + 5]:
            tokens[index] = "warned"  # "caution Moscow against ...": a warning
    if tokens[1:2] in (["specific"], ["particular"]) and tokens[:1] == ["which"]:
        del tokens[1]  # "which specific banks": which banks, by name
    if "context" in tokens[1:]:  # "what is SWIFT *in the context of* sanctions"
        tokens = [t for i, t in enumerate(tokens) if t != "context" or tokens[i - 1] not in _IN_THE]
    for *before, word in _LINKING_PHRASES:
        # "are Canadian forces there *as well*": too; "*as a result*": so
        if word in tokens[1:]:
            tokens = [
                t
                for i, t in enumerate(tokens)
                if t != word or tokens[i - len(before) : i] != before
            ]
    for index, token in enumerate(tokens[1:-1], 1):
        if token in _GIVEN and tokens[index + 1] in _GIVEN_WHAT and tokens[index - 1] not in _BE:
            del tokens[index]  # "..., *given* their dependence": nothing is given
            break
    tokens = [
        t
        for i, t in enumerate(tokens)
        if t != "right" or tokens[i + 1 : i + 2] == [] or tokens[i + 1] not in _RIGHT_BEFORE
    ]
    for index, token in enumerate(tokens[:-1]):
        if token == "official" and tokens[index + 1] in _AFTER_A_NOUN:
            tokens[index] = "officials"  # "which Russian official did Blinken meet": a person
    _read_posts(tokens, compiled)
    for index, token in enumerate(tokens[1:], 1):
        if (
            token in _EXPLAINS
            and tokens[index - 1] not in ("you", "please")
            and token not in asked.context  # ("...? explain simply": how to answer)
        ):
            # "how does Russia explain its build-up": how it describes it ("can you
            # explain ..." asks for an explanation)
            tokens[index] = "describes"
    for index, token in enumerate(tokens[1:-1], 1):
        verb = tokens[index + 1]
        if verb in _SEEKING or verb.endswith("ly"):  # "the writer *actually* think"
            verb = tokens[index + 2] if index + 2 < len(tokens) else ""
        if (
            token in _AUTHOR
            and tokens[index - 1] == "the"
            and (verb in _OPINES or not _OPINION_NOUNS.isdisjoint(tokens[index + 1 : index + 3]))
        ):
            # "what does the author argue", "the author's main recommendation": what the
            # document argues, not who wrote it
            del tokens[index]
            if tokens[index : index + 1] and tokens[index] in _DISCUSSES:
                del tokens[index]  # "the dilemma the author talks about": what it is
            break
    tokens = [
        token
        for at, token in enumerate(tokens)
        if token not in _CITED
        or not at
        or tokens[at - 1] in STOPWORDS
        or tokens[at + 1 : at + 2] not in ([], ["in"], ["by"], ["there"], ["here"])
    ]  # "the security adviser *quoted* (in the explainer)": one the documents quote
    if tokens[-3:-1] == ["by", "the"] and tokens[-1] in _AUTHOR:
        del tokens[-1]  # "... considered unavoidable *by the author*": in the document
    tokens = _comparatives(tokens, compiled, lookup)
    tokens = _made_known(tokens)
    tokens = _options_asked(tokens)
    last = max((i for i, token in enumerate(tokens) if token not in STOPWORDS), default=-1)
    if (
        last >= 0
        and tokens[last] == "after"
        and "after" not in tokens[:last]
        and _A_CLAUSE.isdisjoint(tokens[last + 1 :])  # (not "after *it was* over")
        # (nor "the call after", as languages putting "after" last say "after the call")
        and tokens[last - 1 : last] not in _OCCASIONS_AFTER
    ):
        tokens[last] = "want"  # "what kind of deal is Moscow after": what it seeks
    elif "what" in tokens and "after" in tokens:
        at = tokens.index("after")
        sought = tokens[at + 1 : at + 2] in ([], ["from"], ["in"], ["here"], ["with"])
        asking = tokens[tokens.index("what") + 1 : at]
        # ("what's Russia after": its "is" elided)
        named = len(asking) == 1 and compiled.lexicon.term(asking[0]) in compiled.names()
        if (named or (asking and not _IS_AFTER.isdisjoint(asking))) and sought:
            # "what Russia is after from NATO", "what is Putin really after in this
            # crisis", "what's Russia after, in a nutshell", "... after with its demands"
            tokens[at] = "want"
    lexicon = compiled.lexicon
    if "el" in tokens:
        # "el national security advisor", "el post": the article of Spanish, Catalan or
        # Arabic in Latin letters, before a word or phrase the corpus knows ("El Pais" is
        # a name)
        tokens = [
            token
            for index, token in enumerate(tokens)
            if token != "el"
            or index + 1 == len(tokens)
            or not (
                lookup.known_word(tokens[index + 1]) or lexicon.starts_phrase(tokens, index + 1)
            )
        ]
    # "shoulder-fired": a whole the corpus does not know is not read as a typo
    tokens = lexicon.without_unknown_wholes(tokens, lookup.known)
    return lexicon.wholes_for_parts(tokens, lookup.known, compiled.names())


_STANCE_WORDS = frozenset({"position", "positions"})
_NAME_ASKED = frozenset({"name", "names", "surname", "surnames"})
_CITED = frozenset("mentioned quoted cited named referenced featured".split())
_IS_AFTER = frozenset({"is", "are", "was", "were", "s", "re", "be", "been"})
_A_CLAUSE = frozenset("it he she they we was were is are had has did".split())


def _read_posts(tokens: list[str], compiled: CompiledCorpus) -> None:
    """Read an office word that names someone's post as their job, in place: "what
    position does Lavrov hold", "Lavrov's position" (not "Germany's position on it")."""
    for index, token in enumerate(tokens):
        if token in _OFFICES and (
            not _HOLDING.isdisjoint(tokens[index + 1 :])
            or (
                tokens[index + 1 : index + 2] in (["in"], ["at"])
                and _serves_in(tokens[index + 2 :])
            )
            or _a_persons_post(tokens, index, compiled)
        ):
            tokens[index] = "job"
        elif token in _STANCE_WORDS and (
            tokens[index + 1 : index + 2] in (["on"], ["regarding"], ["about"], ["towards"])
            or (index > 0 and tokens[index - 1] in _NATIONAL)
        ):
            # "the US position on sending troops", "Russia's position": a side's stance,
            # which says no more than what it is on (not the publisher's "position")
            tokens[index] = "the"


def _a_persons_post(tokens: list[str], index: int, compiled: CompiledCorpus) -> bool:
    """True if the office word at ``index`` is a person's, and no stance on something
    ("what is *Lavrov's* position?", "the author's academic post"; not "Germany's position
    on Nord Stream 2")."""
    if tokens[index] == "post":
        return False  # "Norman's post" is what she wrote
    if index + 1 < len(tokens) and tokens[index + 1] not in _AFTER_A_POST:
        return False  # "Lavrov's position *on* NATO": a stance
    before = [t for t in tokens[max(0, index - _POST_GAP) : index] if t not in _POST_WORDS]
    if not before:
        return False
    person = before[-1]
    if person in _AUTHOR:
        return True
    term = compiled.lexicon.term(person)
    if term is None or term not in compiled.names() or person in _NATIONAL:
        return False
    # ("the LSE's position" is a publisher's stance)
    return term not in compiled.publisher_terms()


def _serves_in(tokens: list[str]) -> bool:
    """True if the words name a body someone serves in ("the Biden administration")."""
    return not _BODIES.isdisjoint(tokens[:_BODY_WORDS])


def _options_asked(tokens: list[str]) -> list[str]:
    """A question asking what someone could do ("what else could Russia do", "apart from
    invading, what other things can Russia do to Ukraine") asks for their options: the
    tokens with "do" read so."""
    if "what" not in tokens or "do" not in tokens:
        return tokens
    start = tokens.index("what")
    for at in range(start + 2, min(len(tokens), start + _OPTIONS_GAP)):
        if tokens[at] != "do":
            continue
        if _MODALS.isdisjoint(tokens[start + 1 : at]):
            return tokens
        following = tokens[at + 1 : at + 2]
        if not following or following[0] in _AFTER_DO:
            return [*tokens[:at], "options", *tokens[at + 1 :]]
        return tokens
    return tokens


def _made_known(tokens: list[str]) -> list[str]:
    """A question asking whether someone told what something is ("did the US say what
    the penalties would be", "is Russia being told what the consequences are") asks
    whether its specifics were made known, not what it is: the tokens with that said."""
    opening = next((token for token in tokens if token not in _CONNECTIVES), "")
    if opening not in _YES_NO:
        return tokens  # "what did Putin say ...", "could you tell me ...": what was said
    for index, token in enumerate(tokens[:-1]):
        told = tokens[index + 1 : index + 1 + _TOLD_GAP]
        if token in _TELLING and told[0] not in _ME and ("what" in told or "which" in told):
            return [*tokens[: index + 1], _SPECIFICS, *tokens[index + 1 :]]
    return tokens


def _names_a_document(reference: str, compiled: CompiledCorpus) -> bool:
    """True if the words a question gives as whose account it wants ("according to *the
    LSE piece*", "*for a class report*") speak of a document, its author or its
    publisher, not of someone in it ("according to US intelligence")."""
    documents, said = _document_terms(compiled), words(reference)
    # "in the author's *view*": whose view is the reference
    terms = compiled.lexicon.terms(" ".join(w for w in said if w not in _VIEWS))
    known = [term for term in terms if compiled.postings(term) is not None]
    # "According to Zelensky": a name the corpus does not know is still the topic.
    if any(term in documents for term in terms) and all(t in documents for t in known):
        return True
    # "the December video-call explainer": what the reader calls a document they name
    named = bool(said) and said[-1] in _DOCUMENT_NOUNS
    return named and bool(_sources_named(reference, compiled))


def _document_terms(compiled: CompiledCorpus) -> frozenset[str]:
    """Terms that speak of the documents themselves: what a document is called, and the
    rarer words of its author's and publisher's names (not "American")."""
    found = compiled.derived.get("documents")
    if found is None:
        # "the December article", "the January post": the month each is dated in
        months = " ".join(_month_dated(s) for s in compiled.sources)
        called = compiled.lexicon.terms(f"{months} {_DOCUMENT_WORDS}")
        found = frozenset(
            term
            for term in compiled.writer_terms().union(called)
            if (postings := compiled.postings(term)) is None or postings.idf >= _IDF_FLOOR
        )
        compiled.derived["documents"] = found
    return found  # type: ignore[return-value]


def _sources_named(reference: str, compiled: CompiledCorpus) -> frozenset[str]:
    """The one document the words a question gives as whose account it wants name ("in
    *the Norman post*", "according to *the December piece*"): by the rarer words of its
    author's or publisher's name, or the month it is dated in ("the explainer" is what
    readers call either). Empty if they name none, or both."""
    asked = compiled.lexicon.terms(reference)
    by_source = _terms_by_source(compiled)
    named = frozenset(source for source, terms in by_source.items() if not terms.isdisjoint(asked))
    return named if len(named) == 1 else frozenset()


def _terms_by_source(compiled: CompiledCorpus) -> dict[str, frozenset[str]]:
    """The terms naming each document and not the others: the rarer words of its author's
    or publisher's name, and the month it is dated in."""
    by_source: dict[str, frozenset[str]] | None
    by_source = compiled.derived.get("documents by source")  # type: ignore[assignment]
    if by_source is None:
        lexicon, documents = compiled.lexicon, _document_terms(compiled)
        by_source = {
            source.id: documents.intersection(
                lexicon.terms(f"{source.author} {source.publisher} {_month_dated(source)}")
            )
            for source in compiled.sources
        }
        shared = frozenset.intersection(*by_source.values()) if by_source else frozenset()
        by_source = {source: terms - shared for source, terms in by_source.items()}
        compiled.derived["documents by source"] = by_source
    return by_source


def _asks_what_is_not(words: list[str]) -> bool:
    """True for a question asking what is not so ("what was *not* made public", "which
    option was never on the table"), not why it is not, nor "if it does not work"."""
    if not words or words[0] not in _WH_WORDS:
        return False
    ahead = words[1 : 1 + _NEGATED_GAP]
    at = next((i for i, w in enumerate(ahead) if w in ("not", "never")), -1)
    following = ahead[at + 1 : at + 2]
    return (
        at >= 0
        and "if" not in ahead[:at]
        and "only" not in following
        # "which country does Russia not want in NATO": what it opposes, which an entry
        # tells without saying "not"
        and _NOT_WANTING.isdisjoint(following)
    )


_NOT_WANTING = frozenset(
    "want wants wanted like likes accept accepts accepted tolerate tolerates support supports"
    " approve approves welcome welcomes".split()
)


def _says_not(entry: Entry, compiled: CompiledCorpus) -> bool:
    """True if an entry's question or answer says something is not so."""
    said: dict[str, bool] = compiled.derived.setdefault("says not", {})  # type: ignore[assignment]
    if entry.id not in said:
        told = f"{entry.question} {entry.answer}".lower()
        said[entry.id] = bool(compiled_pattern(_SAYING_NOT).search(told))
    return said[entry.id]


# "Unlike the video call in the first article, where ...": the other document may be asked
_CONTRASTS = frozenset("unlike whereas compared contrast opposed versus vs differ".split())


def _speaks_of_both(frame: Frame, compiled: CompiledCorpus) -> bool:
    """True if a question names more than one document, or sets one beside what it asks."""
    told = re.findall(r"[a-z0-9]+", frame.text)
    return not _CONTRASTS.isdisjoint(told) or _names_documents(told, compiled)


# "which document ...", "does either article ...", "which of the two pieces ...", "the
# post or the explainer": which document says it is asked
_WHICH_OF = frozenset("which either both each neither".split())
_OF_THE = frozenset({"of", "the", "two", "one", "these", "those"})


def _asks_which_document(told: list[str]) -> bool:
    """True if a question asks which of the documents says something, or whether either
    or both do."""
    spoken = [at for at, word in enumerate(told) if word in _DOCUMENT_NOUNS]
    for at in spoken:
        # "which document", "either of the two pieces" (not "which blog ran the piece")
        before = [w for w in told[max(0, at - 4) : at] if w not in _OF_THE]
        if before and before[-1] in _WHICH_OF:
            return True
    # "does the LSE post *or* the explainer mention ..."
    return any("or" in told[first:second] for first, second in pairwise(spoken))


def _names_documents(told: list[str], compiled: CompiledCorpus) -> bool:
    """True if a question names more than one document ("in the LSE post but not the
    December explainer")."""
    # each word naming a document, right before a document noun ("the *LSE* post")
    before = [word for word, after in pairwise(told) if after in _DOCUMENT_NOUNS]
    if len(before) < 2:
        return False  # (no more than one document spoken of so)
    naming = frozenset(compiled.lexicon.terms(" ".join(before)))
    return sum(not terms.isdisjoint(naming) for terms in _terms_by_source(compiled).values()) > 1


# "the second article", "the older piece": which document, told by its place in time
_IN_ORDER = {
    **dict.fromkeys(("first", "1st", "earlier", "earliest", "older", "oldest"), 0),
    **dict.fromkeys(("second", "2nd"), 1),
    **dict.fromkeys(("later", "latest", "newer", "newest", "recent"), -1),
}
_DOCUMENT_IN_ORDER = (
    rf"(?i)(\b(?:in|from|of)\s+the\s+)?\b({'|'.join(_IN_ORDER)})\s+(?:(one)\b|(?=(?:explainer"
    r"|article|post|piece|blog|blogpost|document|text|paper|doc)\b))"
)
# "the newer one": a document, when nothing else was told (a call is "the first one" too)
_COMPARED_IN_TIME = frozenset("older oldest newer newest".split())


def documents_in_order(text: str, compiled: CompiledCorpus) -> str:
    """A document told by its place in time among the documents ("the second article",
    "the older piece") named as readers also name it: by a word of its author's or
    publisher's name, or the month it is dated in ("the LSE article")."""
    if not any(word in text.lower() for word in _IN_ORDER):
        return text  # (most questions name no document so)
    placed = compiled_pattern(_DOCUMENT_IN_ORDER)
    if not placed.search(text):
        return text
    by_source = _terms_by_source(compiled)
    dated = sorted((s.date, min(by_source[s.id], default="")) for s in compiled.sources if s.date)
    if len(dated) < len(compiled.sources) or len(dated) < 2:
        return text  # without every document's date, no order

    def name(found: re.Match[str]) -> str:
        where, which, one = found.group(1) or "", found.group(2).lower(), found.group(3)
        # ("in the first one, ...": where to look; "after the first one": a call)
        if one and not where and which not in _COMPARED_IN_TIME:
            return found.group(0)
        place = _IN_ORDER[which]
        named = dated[place][1] if place < len(dated) else ""
        if not named:
            return found.group(0)
        return f"{where}{named} piece" if one else f"{where}{named} "

    return placed.sub(name, text)


def _month_dated(source: Source) -> str:
    """The month a document is dated in ("december"), or "" if its date gives none."""
    return _MONTH_NAMES[int(source.date[5:7]) - 1] if source.date[5:7].isdigit() else ""


def _without(tokens: list[str], part: list[str]) -> list[str]:
    """The tokens with the first run of ``part`` taken out ("according to *the post*")."""
    if part:
        for start in range(len(tokens) - len(part) + 1):
            if tokens[start : start + len(part)] == part:
                return tokens[:start] + tokens[start + len(part) :]
    return tokens


def rank(
    query: str, compiled: CompiledCorpus, *, limit: int = 5, topic: str | None = None
) -> Ranking:
    """Rank entries for a question; raise QueryTooLong for an absurdly long one. A
    question asking two things ("which pipeline could Germany halt, and when is it due to
    open?") that no entry answers whole is answered by its first part, when an entry
    answers that part with confidence."""
    _refuse_too_long(query)  # before the frame reads it
    whole = _rank(query, compiled, limit, topic)
    if whole.answered or not whole.matches:
        return whole
    parts = [_rank(part, compiled, limit, topic) for part in _parts(query)]
    if not parts:
        return whole
    # The first thing asked is what the question is mainly about, and the whole question
    # must lead to the same entry (a part read alone may mean something else: "... and is
    # it open yet?" is not about NATO's open door); every part must be about what the
    # documents cover ("What is HIMARS, and when was it sent to Ukraine?" is not answered
    # by its second half). A part naming nothing of its own ("..., and how long did it
    # last?") is about what the first part names.
    first = parts[0]
    if not first.answered or first.matches[0].entry.id != whole.matches[0].entry.id:
        return whole
    if any(r.hits and (not r.matches or r.matches[0].score < _PART_FLOOR) for r in parts):
        return whole
    return Ranking(query, first.matches, first.hits, first.query)


_PART_FLOOR = 45.0  # the least confidence each part of a two-part question needs
_TOLD = re.compile(r"[.?!;:]\s")  # a sentence (or clause) before the question
_MAX_PARTS = 4  # more questions than this in one are not read one by one
# "..., and when is it due?", "... and how is Macron contacting Putin?", "... and also
# how many ...", "... as well as where ...": a second question
_SECOND_QUESTION = re.compile(
    r"(?:,\s*|\s+)(?:and|but|plus|as\s+well\s+as)(?:\s+also)?\s+"
    r"(?=(?:what|who|when|where|why|how|which|is|are|was|were|did"
    r"|does|do|has|have|can|could|will|would)\b)",
    re.IGNORECASE,
)


def _parts(query: str) -> list[str]:
    """The questions a question asks, where it asks more than one."""
    if _TOLD.search(query.rstrip(" ?!.")):
        return []  # (what a reader tells first belongs to every part: it is read whole)
    parts = [part.strip() for part in _SECOND_QUESTION.split(query)]
    return [part for part in parts if part] if 1 < len(parts) <= _MAX_PARTS else []


def _rank(query: str, compiled: CompiledCorpus, limit: int, topic: str | None) -> Ranking:
    lookup = Lookup(compiled)
    # "howmany troops": the words as meant
    read = unglued(documents_in_order(documents_named(query), compiled), lookup)
    frame = Frame(read)
    analysed = analyse(read, compiled, lookup, frame)
    shown = [hit for hit, _ in analysed]
    information = sum(hit.idf for hit in shown)
    resolved = [
        (_floored(hit, postings), postings) if postings is not None else (hit, postings)
        for hit, postings in analysed
    ]
    hits = [hit for hit, _ in resolved]
    section = _named_section(frame, hits, compiled)
    members: frozenset[int] | None = None
    if section is not None:
        # "what does the sanctions section say": the section is where to look; what is
        # asked is the rest, answered by an entry drawn from that section
        heading, place, ids = section
        rest = [hit.term for hit, _ in resolved if hit.term and hit.term not in place]
        if all(term in _saying(compiled) for term in rest):
            return _section_ranking(query, heading, ids, place, compiled, limit, shown, topic)
        # the heading's words still say what is asked; "section" only where to look
        part = frozenset(compiled.lexicon.terms("section"))
        resolved = [(hit, postings) for hit, postings in resolved if hit.term not in part]
        hits = [hit for hit, _ in resolved]
        information = sum(hit.idf for hit in hits)
        members = frozenset(ids)
    closing = None if section is not None else _closing_sections(frame, compiled)
    if closing is not None:
        # "in the conclusion, what ...", "her closing section": the last part of the
        # document is where to look; what is asked is the rest
        placing, ids = closing
        kept = [(hit, postings) for hit, postings in resolved if hit.word not in placing]
        documents = _document_terms(compiled)
        # (with nothing else asked, the part itself is: "the final section of the explainer")
        if any(hit.term and hit.term not in documents for hit, _ in kept):
            resolved = kept
            hits = [hit for hit, _ in resolved]
            information = sum(hit.idf for hit in hits)
            members = frozenset(ids)
    outline = section is None and _asks_for_part(frame.words)
    if outline:
        # "which section covers SWIFT": what the section is about says where to look; the
        # words for a section ("section", "heading") are how the question is put
        # ("the *final* section": which of them, said by the outline)
        words = frame.words
        placed = {w for w, after in pairwise(words) if after in _PART_NOUNS and w in _WHICH_PART}
        part = _PART_NOUNS | _PART_CALLED | _PART_TELLS | placed
        about = [(hit, postings) for hit, postings in resolved if hit.word not in part]
        documents = _document_terms(compiled)
        # ("what is the last section of the Norman post called": nothing but the document
        # is named, and the outlines' own phrasings say which)
        # (nor when the rest is what the outlines' own phrasings say: "what questions does
        # the January post walk through")
        outlined = _outline_terms(compiled)
        outline = any(
            hit.term and hit.term not in documents and hit.term not in outlined for hit, _ in about
        )
        if outline:
            resolved = about
            # ("which heading of the LSE post is about SWIFT": the document is where to
            # look, when what is asked about says more than the document's name)
            topic_words = [(h, p) for h, p in about if not h.term or h.term not in documents]
            told = sum(h.idf for h, _ in topic_words)
            if told > sum(h.idf for h, _ in about) - told:
                resolved = topic_words
            hits = [hit for hit, _ in resolved]
            information = sum(hit.idf for hit in hits)
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
    if scores and max(scores.values()) < total * 0.999:
        # No entry has every word of the question in its own phrasings: one may have
        # another word for the missing one.
        _credit_kindred(analysed, scores, found_in, lookup)
    if members is not None and not members.isdisjoint(scores):
        scores = defaultdict(float, {i: v for i, v in scores.items() if i in members})
    if not scores or total <= 0:
        return Ranking(query, [], shown)
    leaders = sorted(scores, key=lambda i: (-scores[i], i))[: max(_RERANK, limit)]
    rows = compiled.candidates(leaders)
    if topic is not None:
        leaders = [i for i in leaders if rows[i][0].topic == topic]
    matched = {h.term: (h.similarity, h.idf) for h in hits if h.term}
    explaining = [(term, similarity * idf) for term, (similarity, idf) in matched.items()]
    breadth = min(1.0, information / (_MIN_INFORMATION * compiled.unknown_idf))
    terms: dict[str, str] = {}
    for hit in hits:
        terms.setdefault(hit.word, hit.term)
    frame.read(terms, compiled)
    pairs = _pairs([h.term for h in hits if h.term])
    untold = frame.words[:1] in _HAPPENED_ASKED and _ends_untold(frame.words, hits)
    negated = _asks_what_is_not(frame.words)
    set_aside = {h.term for h in hits if h.term and h.word in frame.excluded}
    rejecting: frozenset[int] | None = None
    if _asks_if_demand_met(frame.words):
        found = lookup(_REJECT_TERM)
        rejecting = frozenset(found.ids) if found is not None else frozenset()
    # "In the Norman post, what's the last section called": the other document's entries
    # do not answer it (unless the question speaks of both: "how does the December piece
    # differ from Norman's post")
    named = frozenset()
    both = frame.both_documents
    if not both and (frame.reference or frame.authors_own or frame.owned_document or frame.writer):
        both = _speaks_of_both(frame, compiled)
    if frame.reference and not both:
        named = _sources_named(frame.reference, compiled)
    elif frame.authors_own and not both:
        # "the author's main argument": a document whose author is not stated has none
        authored = frozenset(s.id for s in compiled.sources if s.author != NOT_STATED)
        named = authored if len(authored) == 1 else frozenset()
    if not named and frame.owned_document and not both:
        # "norman's explainer publication date": her post, whatever it is called
        named = _sources_named(frame.owned_document, compiled)
    if not named and frame.writer and not both:
        named = _sources_named(frame.writer, compiled)  # "what did Norman write about ..."
    scored = []
    for order, idx in enumerate(leaders):
        entry = rows[idx][0]
        prepared = _prepared(idx, rows[idx], compiled)
        coverage = scores[idx] / total
        phrase_coverage, fit, phrase = _best_phrase(prepared, matched, total, entry)
        # the answer sentence or quote that explains most of the question
        explained: dict[int, float] = {}
        for term, weight in explaining:
            for passage in prepared.passages.get(term, ()):
                explained[passage] = explained.get(passage, 0.0) + weight
        if explained:
            fit = max(fit, max(explained.values()) / total)
        # Every pair of the question's terms holds matched terms only, so the entry's
        # side-by-side pairs need no filtering first.
        together = len(prepared.pairs & pairs) / len(pairs) if pairs else 0.0
        # Asking exactly one of an entry's own phrasings is never too broad.
        exact = phrase_coverage == 1.0 and fit >= 0.999
        score = 100.0 * (1.0 if exact else breadth) * _confidence(coverage, phrase_coverage, fit)
        score += _TOGETHER_BONUS * together * coverage
        if frame.quotes and _quotes_verbatim(entry, frame.quotes):
            # "what have the US and NATO *'rightly'* been clear on": the reader's recall
            # of the very words
            score += _QUOTED_BONUS * coverage
        # "who ..." asked of an entry asked "who ...": it orders answers, it never makes a
        # question answered
        same = frame.kind and score >= THRESHOLD and frame.kind in frame.kinds_of(entry)
        kind = frame.kind if same else ""
        if kind:
            score += _SAME_KIND_BONUS * coverage
        formed = frame.form and names_a_form(entry)
        if formed:
            score += _FORM_BONUS * coverage
        scored.append(
            (
                min(100.0, score),
                order,
                idx,
                coverage,
                phrase_coverage,
                phrase,
                fit,
                score,
                kind,
                formed,
            )
        )
    # The frame's checks only lower a score, so they are made best first, and only while
    # an entry can still reach the places returned.
    scored.sort(key=lambda row: (-row[0], row[1]))
    matches: list[tuple[float, int, Match]] = []
    for score, order, idx, coverage, phrase_coverage, phrase, fit, raw, kind, formed in scored:
        if len(matches) >= limit:
            places = sorted((m.score for _, _, m in matches), reverse=True)
            if round(score, 1) < places[limit - 1]:
                break
        entry = rows[idx][0]
        shortfalls = frame.shortfalls(entry, found_in[idx].keys(), compiled)
        if frame.kind == "why" and _COUNTING_KINDS.issuperset(frame.kinds_of(entry) or {""}):
            # "why does Russia object to NATO's forces": not the entry counting them
            shortfalls.append(("asks why; the entry is asked for a figure", _COUNTED_WHY))
        if named and named.isdisjoint(e.source for e in entry.evidence):
            shortfalls.append(("asks what the other document says", _OTHER_DOCUMENT))
        if rejecting is not None and idx not in rejecting:
            shortfalls.append(
                ("asks whether a demand was met; the entry does not say", _UNANSWERED_DEMAND)
            )
        if untold:
            shortfalls.append(("asks whether something happened no entry names", _UNTOLD_EVENT))
        if negated and not _says_not(entry, compiled):
            shortfalls.append(
                ("asks what is not so; the entry says of nothing that it is not", _NOT_SAID)
            )
        if (
            set_aside
            and all(found_in[idx].get(t) == _QUESTION_FIELD for t in set_aside)
            and not _asks_of_others(entry)
        ):
            # "Besides SWIFT, what banking sanction ...": not the entry asked about SWIFT
            # (but "besides American trainers, which other forces ..." is answered by the
            # entry asked about "US or other Western military personnel")
            shortfalls.append(("sets aside what the entry is asked about", _SET_ASIDE))
        for _, lowered in shortfalls:
            score *= lowered
            raw *= lowered
        fields = {term: FIELD_NAMES[code] for term, code in found_in[idx].items()}
        reasons = tuple(reason for reason, _ in shortfalls)
        match = Match(
            entry,
            round(score, 1),
            coverage,
            phrase_coverage,
            phrase,
            fields,
            fit,
            reasons,
            kind,
            form=formed,
        )
        matches.append((-raw, order, match))
    # Scores are capped at 100: of two that reach it, the one asked for what the question
    # asks ("when ...") comes first, then the one scoring higher before the cap.
    matches.sort(key=lambda row: (-row[2].score, not row[2].kind, row[0], row[1]))
    ranked = [match for _, _, match in matches[:limit]]
    if outline:
        ranked = _outline_first(ranked, named, compiled, limit, topic)
    return Ranking(query, ranked, shown)


_REJECT_TERM = "reject"  # the corpus's term for turning a demand down (or accepting it)


def _asks_if_demand_met(words: list[str]) -> bool:
    """True if the question asks whether a demand was met: a word of conceding a few words
    before "demand(s)" ("did NATO accept Russia's demand", "did the US give in to ...")."""
    for index, word in enumerate(words):
        conceding = word in _CONCEDING or tuple(words[index : index + 2]) in _CONCEDING_PAIRS
        if conceding and not _DEMAND_WORDS.isdisjoint(words[index + 1 : index + _DEMAND_GAP]):
            return True
    return False


def _ends_untold(words: list[str], hits: list[TermHit]) -> bool:
    """True if the question ends on what happened, in a word the corpus does not know
    ("was the pipeline *blown* up?", "was it *finished*?")."""
    # (the first question's end, if a second follows: "was it blown up, *and who* did it")
    words = next(
        (
            words[:at]
            for at in range(2, len(words) - 1)
            if words[at] == "and"
            and ([words[at + 1]] in _SECOND_ASKED or words[at + 1 : at + 3] in _BY_WHOM)
        ),
        words,
    )
    at, last = next(
        ((at, w) for at, w in reversed(list(enumerate(words))) if w not in _PARTICLES), (0, "")
    )
    unknown = {h.word for h in hits if not h.term}
    # (not a negated adjective: "or is that still *unknown*")
    if last in unknown and last.endswith(_PARTICIPLE_ENDS) and not last.startswith("un"):
        return True
    # "was the pipeline damaged *by explosions*": what it was done by is no corpus word
    before = [w for w in words[max(0, at - 3) : at] if w not in ("a", "an", "the", "some")]
    return (
        last in unknown
        and before[-1:] == ["by"]
        and len(before) > 1
        and before[-2].endswith(_PARTICIPLE_ENDS)
    )


def _asks_of_others(entry: Entry) -> bool:
    """True if the entry is asked about others besides what it names ("Are there any US
    *or other* Western military personnel in Ukraine?")."""
    asked = words(entry.question)
    return any(first in ("or", "and") and second == "other" for first, second in pairwise(asked))


def _quotes_verbatim(entry: Entry, quotes: tuple[str, ...]) -> bool:
    """True if the entry's answer or evidence has one of the phrases a question quotes,
    word for word."""
    text = " ".join(
        words(" ".join((entry.question, entry.answer, *(e.quote for e in entry.evidence))))
    )
    return any(f" {' '.join(words(quote))} " in f" {text} " for quote in quotes)


def _on_after_document(after: list[str]) -> bool:
    """True if the words after a part name a document and then what the part is on ("of
    the LSE piece *asking* ...", "of the post *about* ...")."""
    if after[:1] != ["of"]:
        return False
    named = False
    for word in after[1:]:
        if word in _DOCUMENT_NOUNS:
            named = True
        elif named:
            return word in _ON  # ("of the blog post on ...")
    return False


def _asks_for_part(words: list[str]) -> bool:
    """True for a question asking for a part of a document by what it is about ("which
    section covers SWIFT", "the heading about rising tensions", "what is the section on
    Germany called"), not what a part says, nor the blog's section a post is filed in."""
    if not _FILED.isdisjoint(words):
        return False
    for at, word in enumerate(words):
        if (word in _WHETHER_PART or word in _PART_NOUNS) and not _IS_THERE.isdisjoint(
            words[max(0, at - 3) : at]
        ):
            # "is there a section on what happens next", "is there a part of the LSE piece
            # asking whether ...": whether there is one
            on = word in _PART_NOUNS and at + 1 < len(words) and words[at + 1] in _ON
            if on or _on_after_document(words[at + 1 : at + 6]):
                return True
        if word not in _PART_NOUNS:
            continue
        if not at and (_ON.intersection(words[1:2]) or _on_after_document(words[1:6])):
            return True  # "section of the explainer about the troop build-up?"
        if word == "heading" and at and words[at - 1] not in _BEFORE_A_HEADING:
            continue  # "what made things worse *heading* into December"
        if word in _HEADING_NOUNS or not _PART_CALLED.isdisjoint(words[at + 1 : at + 6]):
            return True
        if not _WHICH_ONE.isdisjoint(words[max(0, at - 3) : at]):
            return True  # "which section", "in what section", "what is the section"
    return False


def _outline_terms(compiled: CompiledCorpus) -> frozenset[str]:
    """The terms of the outline entries' own phrasings (question and aliases)."""
    found = compiled.derived.get("outline terms")
    if found is None:
        rows = compiled.candidates(sorted(compiled.outlines().values()))
        found = frozenset(
            term for _, phrases, _ in rows.values() for phrase in phrases for term, _ in phrase
        )
        compiled.derived["outline terms"] = found
    return found  # type: ignore[return-value]


def _outline_first(
    ranked: list[Match],
    named: frozenset[str],
    compiled: CompiledCorpus,
    limit: int,
    topic: str | None = None,
) -> list[Match]:
    """The matches for a question asking which part of a document tells of something,
    led by the outline of the document that tells of it (the one the question names, or
    that of the best match's evidence), as confident as that match (if of ``topic``)."""
    outlines = compiled.outlines()
    rows = compiled.candidates(sorted(outlines.values()))
    outline_ids = {rows[idx][0].id: idx for idx in outlines.values() if idx in rows}
    about = next((m for m in ranked if m.entry.id not in outline_ids), None)
    if about is None or not about.entry.evidence:
        return ranked
    source = next(iter(named)) if named else about.entry.evidence[0].source
    if source not in outlines or outlines[source] not in rows:
        return ranked
    entry = rows[outlines[source]][0]
    if topic is not None and entry.topic != topic:
        return ranked
    own = next((m for m in ranked if m.entry.id == entry.id), None)
    score = max(about.score, own.score if own is not None else 0.0)
    under = next((e.section for e in about.entry.evidence if e.source == source), "")
    lead = Match(
        entry,
        score,
        about.query_coverage,
        1.0,
        # (what --explain shows: the heading the thing asked about stands under)
        f"heading \u201c{under}\u201d, where {about.entry.id} stands" if under else entry.question,
        {term: f"{field} of {about.entry.id}" for term, field in about.fields.items()},
        about.passage_fit,
        about.shortfalls,
        heading=under,
        heading_of=about.entry.id,
    )
    # (another document's outline tells of another document's parts: it follows)
    rest = [
        m._replace(score=min(m.score, score)) if m.entry.id in outline_ids else m
        for m in ranked
        if m.entry.id != entry.id
    ]
    return [lead, *rest][:limit]


def _named_section(
    frame: Frame, hits: list[TermHit], compiled: CompiledCorpus
) -> tuple[str, frozenset[str], list[int]] | None:
    """The section of a source a question names as where to look ("the *sanctions*
    section", "the 'What does Russia want?' section"): its heading, the terms that name
    it (with "section") and its entries. None when the question names none, or asks
    which section or what a section is called."""
    words = frame.words
    if "section" not in words:
        return None
    at = words.index("section")
    if not _WHICH_PART.isdisjoint(words[max(0, at - 2) : at]):
        return None  # "which section", "the last section": a section is what is asked
    if not _PART_NAMES.isdisjoint(words):
        return None  # "what is the section on ... called": its heading is what is asked
    lexicon = compiled.lexicon
    # (the words as typed too: "the About the author section" names no one to ask about)
    asked = {hit.term for hit in hits if hit.term and hit.similarity >= _TYPO_SIMILAR}
    asked.update(lexicon.terms(" ".join(words)))
    named: list[tuple[int, str, frozenset[str], list[int]]] = []
    for (_, heading), ids in compiled.sections().items():
        terms = frozenset(lexicon.terms(heading))
        if terms and terms <= asked:
            named.append((len(terms), heading, terms, ids))
    named.sort(key=lambda row: -row[0])
    if not named or (len(named) > 1 and named[0][0] == named[1][0]):
        return None  # none named, or no telling which
    _, heading, terms, ids = named[0]
    return heading, terms | frozenset(lexicon.terms("section")), ids


# "in the conclusion", "her closing section", "the final paragraphs": a document's last part
_CLOSING = frozenset("last final closing concluding end".split())
_CLOSING_PARTS = frozenset(
    "section sections part parts paragraph paragraphs passage bit lines heading".split()
)
_CONCLUSION = frozenset({"conclusion", "conclusions", "ending"})


def _closing_sections(
    frame: Frame, compiled: CompiledCorpus
) -> tuple[frozenset[str], list[int]] | None:
    """The words a question names a document's last part with ("the conclusion", "the
    final section") and the entries drawn from that part: of the document named, or of
    each. None when it names none, or asks which part comes last."""
    # (the whole question: "In the conclusion, what ...")
    words = re.findall(r"[a-z0-9]+", frame.text)
    # (not "at the conclusion of their exchange": the end of something else)
    placing = {
        word
        for at, word in enumerate(words)
        if word in _CONCLUSION
        and (
            words[at + 1 : at + 2] != ["of"] or _DOCUMENT_NOUNS.intersection(words[at + 2 : at + 5])
        )
    }
    for at, (before, after) in enumerate(pairwise(words)):
        if before in _CLOSING and after in _CLOSING_PARTS:
            before_it = words[max(0, at - 3) : at]
            if "which" in before_it or before_it[:2] in (["what", "is"], ["what", "s"]):
                return None  # "what is the last section": which part it is, is asked
            placing.update((before, after))
    if not placing or _asks_for_part(words):
        return None
    named = _sources_named(frame.reference or frame.owned_document, compiled)
    ids: list[int] = []
    for source, outline in compiled.outlines().items():
        if named and source not in named:
            continue
        headings = [
            e.section
            for e in compiled.candidates([outline])[outline][0].evidence
            if e.source == source and comparable_heading(e.quote) == comparable_heading(e.section)
        ]
        if headings:
            # (the entries drawn from it first, not those quoting a line of it besides)
            drawn = compiled.sections().get((source, headings[-1]), [])
            rows = compiled.candidates(drawn)
            ids.extend(i for i in drawn if rows[i][0].evidence[0].section == headings[-1])
    return (frozenset(placing), ids) if ids else None


def _saying(compiled: CompiledCorpus) -> frozenset[str]:
    """Terms that ask what a part of a document says, not about what: "the gist", "what
    does it cover", "its content"."""
    found = compiled.derived.get("saying")
    if found is None:
        found = frozenset(compiled.lexicon.terms(_SAYING_WORDS))
        compiled.derived["saying"] = found
    return found  # type: ignore[return-value]


def _section_ranking(
    query: str,
    heading: str,
    ids: list[int],
    place: frozenset[str],
    compiled: CompiledCorpus,
    limit: int,
    shown: list[TermHit],
    topic: str | None = None,
) -> Ranking:
    """A question asking only what a section says: the section's entries (of ``topic``,
    if one is given), first those of the topic named like the section (its own matter),
    then in reading order."""
    rows = compiled.candidates(ids)
    ids = [i for i in ids if topic is None or rows[i][0].topic == topic]
    titles = {t.id: frozenset(compiled.lexicon.terms(t.title)) for t in compiled.topics}
    ordered = sorted(
        ids, key=lambda i: (-len(titles.get(rows[i][0].topic, frozenset()) & place), i)
    )
    matches = [
        Match(
            rows[i][0],
            # the rest of the section follows, not as another reading of the question
            _SECTION_SCORE - (NEAR_TIE + place_in_order if place_in_order else 0),
            1.0,
            1.0,
            f"section \u201c{heading}\u201d",
            dict.fromkeys(sorted(place), FIELD_NAMES[_TOPIC_FIELD]),
            1.0,
        )
        for place_in_order, i in enumerate(ordered[:limit])
    ]
    return Ranking(query, matches, shown)


def _credit_kindred(
    analysed: list[tuple[TermHit, Postings | None]],
    scores: dict[int, float],
    found_in: dict[int, dict[str, int]],
    lookup: Lookup,
) -> None:
    """Credit an entry that lacks a word of the question but has a word sharing one of
    its common senses ("weaken" and "destabilise"), with a share of the word's weight.
    Names and generic words are left as they are."""
    names = lookup.compiled.names()
    asked = {hit.term for hit, _ in analysed if hit.term}
    for hit, postings in analysed:
        if postings is None or hit.similarity < 1.0 or hit.term in names:
            continue
        if hit.idf < postings.idf * 0.999:
            continue  # a generic word, weighed down: its senses are everywhere
        credit: dict[int, float] = {}
        for term, kindred in related(hit.word, lookup):
            if term in asked:
                continue
            for idx, code in zip(kindred.ids, kindred.fields):
                if hit.term not in found_in.get(idx, ()):
                    credit[idx] = max(credit.get(idx, 0.0), FIELD_WEIGHTS[code])
        for idx, weight in credit.items():
            scores[idx] += hit.idf * _KINDRED_SHARE * weight


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


def _confidence(coverage: float, phrase_coverage: float, fit: float) -> float:
    """Blend the parts of a match into a confidence between 0 and 1."""
    return _COVERAGE_WEIGHT * coverage + _PHRASE_WEIGHT * phrase_coverage + _FIT_WEIGHT * fit


class _Prepared(NamedTuple):
    """What ranking needs from a candidate entry, derived once per entry."""

    # term -> (phrasing, the term's idf there) for every phrasing that has it
    phrasings: dict[str, list[tuple[int, float]]]
    phrases: list[tuple[int, float]]  # each phrasing's number of terms and mass (idf sum)
    first: int  # the first phrasing with terms: shown when the question touches none
    passages: dict[str, list[int]]  # term -> each answer sentence or quote that has it
    pairs: frozenset[frozenset[str]]  # terms side by side in any phrasing or passage


def _prepared(idx: int, row: tuple[Entry, list, list], compiled: CompiledCorpus) -> _Prepared:
    found = compiled.derived.get(idx)
    if found is None:
        _, phrases, passages = row
        terms = [dict(phrase) for phrase in phrases]
        masses = [(len(t), sum(t.values())) for t in terms]
        phrasings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, phrase in enumerate(terms):
            if masses[index][1] > 0:  # a phrasing of stopwords only is never matched
                for term, idf in phrase.items():
                    phrasings[term].append((index, idf))
        pairs = frozenset().union(
            *(_pairs([t for t, _ in p]) for p in phrases), *(_pairs(p) for p in passages)
        )
        found = _Prepared(
            dict(phrasings),
            masses,
            next((i for i, (_, mass) in enumerate(masses) if mass > 0), 0),
            _where(frozenset(p) for p in passages),
            pairs,
        )
        compiled.derived[idx] = found
    return found  # type: ignore[return-value]


def _where(passages: Iterable[frozenset[str]]) -> dict[str, list[int]]:
    """Each term with the passages that have it, in order."""
    found: dict[str, list[int]] = defaultdict(list)
    for index, passage in enumerate(passages):
        for term in passage:
            found[term].append(index)
    return dict(found)


# Sums taken in another order differ in their last digits: phrasings this close are equal.
_SAME_QUALITY = 1e-9


def _best_phrase(
    prepared: _Prepared, matched: dict[str, tuple[float, float]], total: float, entry: Entry
) -> tuple[float, float, str]:
    """The phrasing that best matches the question: its coverage, the share of the
    question it explains, and its text."""
    # per phrasing the question's terms touch: explained, covered, terms asked, all exact
    touched: dict[int, list] = {}
    for term, (similarity, idf) in matched.items():
        for index, own in prepared.phrasings.get(term, ()):
            found = touched.get(index)
            if found is None:
                touched[index] = [similarity * idf, similarity * own, 1, similarity == 1.0]
            else:
                found[0] += similarity * idf
                found[1] += similarity * own
                found[2] += 1
                found[3] = found[3] and similarity == 1.0
    best, best_coverage, best_fit, best_index = 0.0, 0.0, 0.0, prepared.first
    for index in sorted(touched):
        explained, covered, asked, exact = touched[index]
        size, mass = prepared.phrases[index]
        # every term of the phrasing asked as written: covered in full, whatever the order
        # the sum was taken in
        coverage = 1.0 if exact and asked == size else covered / mass
        fit = explained / total
        quality = coverage * fit
        # (of equal phrasings, the first; one that covers nothing counts as 0)
        if index == prepared.first or quality > best + _SAME_QUALITY:
            best, best_coverage, best_fit, best_index = quality, coverage, fit, index
    texts = (entry.question, *entry.aliases)
    return best_coverage, best_fit, texts[best_index]
