"""How a question is asked, and whether an entry gives that kind of answer.

"How many tanks" wants an amount of tanks, "how long is the pipeline" a figure with its
unit, "when" or "what date" a time, "the range of a javelin" an entry that speaks of
range, "what did Lavrov say" an entry that reports Lavrov's words, "what did Macron and
Putin agree on the phone" an entry that says the call happened, not that it was
scheduled, and
"how many soldiers does the Ukrainian army have" a count of Ukraine's soldiers, not of
Russia's. An entry that gives another kind of answer, however well it covers the
question's words, is a weaker answer: ``Frame.shortfalls`` says why and by how much.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise, takewhile

from briefing_cli.compiled import CompiledCorpus
from briefing_cli.model import NOT_STATED, Entry
from briefing_cli.normalise import (
    GENERIC,
    STOPWORDS,
    author_suggests,
    fold,
    is_year,
    looks_adverb,
    looks_plural,
    senses,
    spelled_out,
    words,
    written_out,
)

# The question's frame, read from its words. "How many/much/big" asks for a quantity;
# "how long/far/old/tall ..." (or "weigh") asks for a measure, which only a figure with
# its unit answers ("how long is the pipeline" is not answered by "Nord Stream 2"), and
# the adjective is the frame, not the topic. An entry that states neither is a weaker
# answer.
_QUANTITY = frozenset({"many", "much", "big", "large", "strong", "powerful"})
# "the number of ..."
_COUNT_NOUNS = frozenset(
    {"number", "count", "total", "tally", "strength", "magnitude", "headcount"}
)
# What ends a sentence or opens a quotation: a capital after it starts a sentence ("...
# call. The").
_SENTENCE_OPENERS = frozenset(".?!:;\"'(")
_PUNCTUATION = ".,;:!?\"'()"
# "How many countries ..., and which ones?", "... list them": the count is answered by
# naming what is counted, in a list of names ("France, Germany, Russia and Ukraine").
# "Spain and Denmark", "a package that included Javelin anti-tank missiles"
_NAMES_LISTED = (
    r"\b[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)*,?\s+and\s+[A-Z][a-z]+"
    r"|\b(?:including|included|includes|such\s+as|namely)\s+(?:the\s+)?[A-Z][a-z]+"
)
_LIST_THEM = frozenset(
    {("and", "which"), ("list", "them"), ("name", "them"), ("which", "ones"), ("which", "were")}
)
# "Which Russian banks *by name*", "which *specific* banks": names are asked for.
_BY_NAME = frozenset({("by", "name"), ("which", "specific"), ("which", "particular")})
_MEASURE = dict.fromkeys(["long", "length", "duration"], "long")  # word asking -> kind
_MEASURE.update(dict.fromkeys(["tall", "wide", "deep"], "tall"), far="far", old="old")
_MEASURE.update(dict.fromkeys(["heavy", "weigh", "weighs", "weight"], "heavy"), fast="fast")
# ("how cold does Kyiv get": a temperature, not the Cold War)
_MEASURE.update(dict.fromkeys(["cold", "warm", "chilly", "freezing"], "cold"))
_MEASURE_NOUNS = frozenset({"weigh", "weighs", "weight", "length", "duration"})  # no "how"
# "how far are they *willing* to negotiate", "how far will the US *go*", "how far *apart*":
# how far someone goes, not a distance
_EXTENT = frozenset(
    """willing prepared ready go goes going gone went push pushed apart compromise""".split()
)
_WEIGHING = frozenset({"weigh", "weighs"})  # a weight asked when nothing is weighed after
# A measure is a figure with its unit ("eight hours", "8,000 km"), not a bare unit ("in
# decades", but see _VAGUE_TIME); "since December" says how long too.
_FIGURE = (
    r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few"
    r"|dozens?|hundreds?|thousands?)\s+"
)
_KM = r"km|kilomet\w*|miles?|met(?:er|re)s?"
# "How long have troops been there", "highest in how long": "for many years" and "in
# decades" say it, and "how long would the pain last": "short-term and long-term" effects;
# but "how long is the border" asks for a figure.
_VAGUE_TIME = (
    r"|(?:many|for|in)\s+(?:weeks|months|years|decades)"
    r"|(?:short|long)[- ]term|temporar(?:y|ily)|permanent(?:ly)?|lasting"
)
_SPANS = r"hours?|days?|weeks?|months?"
_WITHIN = rf"within\s+(?:an?\s+|{_FIGURE})(?:{_SPANS})"
_LENGTH = rf"{_FIGURE}(?:hours?|days?|weeks?|months?|years?|decades?|minutes?|{_KM})"
# How long something that is over lasted ("how long did the call last") is a length: a
# deadline ("within a week") says how long a thing would take, and "since" how long one
# has gone on.
_LASTED = frozenset({"last", "lasted"})
_UNITS = {
    # ("how long would it take": "within a week")
    "long": rf"{_LENGTH}|since|{_WITHIN}",
    "far": rf"{_FIGURE}(?:{_KM})",
    "tall": rf"{_FIGURE}(?:feet|foot|ft|{_KM})",
    "heavy": rf"{_FIGURE}(?:kg|kilo\w*|tonnes?|tons?|pounds?|lbs?)",
    # "how fast did he promise them": how soon, "within a week", as well as a speed
    # (or how slow: "importing LNG is more time-intensive"; or just how: "a fast
    # devaluation")
    "fast": rf"{_FIGURE}(?:mph|kph|km/h|knots?)|{_WITHIN}"
    r"|time[- ]?(?:intensive|consuming)|\b(?:fast|rapid|rapidly|quick|quickly|speedy)\b",
    "old": r"years?\s+old|aged|born",
    "cold": rf"{_FIGURE}(?:degrees?|°)",
}
# "When ...?" or "what date ...?" asks for a time: only an entry that states one (a date,
# a day, a month, "last week", "eight years ago", "since December") answers it.
# A month by name or abbreviation ("decided" and "novel" are not months); "may" only
# beside a day or a year ("9 May", "May 2022"), since it is more often "might".
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_TIME = (
    rf"\b(?:{_MONTH}|\d{{1,2}}\s+may|may\s+\d{{1,4}}|(?:19|20)\d\d"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weeks?|weekends?|months?|years?|decades?"
    r"|days?|hours?|since|ago|today|tonight|yesterday|tomorrow|soon"
    # "the timing is still unclear", "uncertainty is high": an answer to when, if no time
    r"|timing|uncertainty)\b"
)
_TIME_WORDS = frozenset({"date", "day", "year", "month", "time", "weekday"})
_DAY_WORDS = frozenset({"day", "date", "weekday"})  # "which *weekday*": a day is asked
# "When might Russia cut off gas" is answered by what would set it off ("in response to
# sanctions"), as well as by a time.
_MIGHT = (["might"], ["would"], ["could"], ["may"], ["will"])
_TIME_OR_CONDITION = (
    rf"{_TIME}|\b(?:in\s+(?:response|retaliation|reply)\s+to|in\s+the\s+event\s+of|should)\b"
)
_MONTHS_IN_ORDER = "jan feb mar apr may jun jul aug sep oct nov dec".split()
AFTER_THE_DOCUMENTS = "asks about a time after the documents were written"
_CAREER = "asks about someone's career before or after the documents' time"
_CAREER_MOVES = (
    r"\bbefore\s+(?:becoming|joining|taking\s+office|(?:he|she)\s+(?:became|joined))\b"
    r"|\bwho\s+(?:replaced|succeeded|followed)\b|\b(?:successor|predecessor)s?\b"
    # "Blinken's job before Secretary of State"
    r"|\b(?:job|jobs|role|roles|career|position)\s+before\b"
    # "how did Lavrov start his diplomatic career", "her early career"
    r"|\b(?:start|started|begin|began|launch|launched)\s+(?:his|her|their)\s+(?:\S+\s+)?career\b"
    r"|\b(?:early|first)\s+career\b"
    # "who was Secretary of State before Blinken": who held the office before them
    r"|\bwho\s+(?:was|were)\s+(?:the\s+)?(?:\S+\s+){1,4}?before\s+(?!the\b|this\b|that\b)"
    # "when did Lavrov become foreign minister", "when was she appointed"
    r"|\b(?:when|what\s+year)\s+(?:did|was|were)\s+(?:\S+\s+){1,4}?(?:become|appointed|named"
    r"|elected|take\s+office|took\s+office|confirmed\s+as|sworn\s+in)\b"
)
_CAREER_HINTS = """before succe predecess replaced followed become appointed named elected office
    confirmed sworn career""".split()
# "How did Lavrov react to the US written response": the answer to an answer.
_REPLY_TO_REPLY = (
    r"\b(?:react(?:ed|s|ion)?|repl(?:y|ied|ies)|respon(?:d|ded|ds|se)|answer(?:ed|s)?)\s+"
    r"(?:to|on)\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:\S+\s+){0,3}?"
    r"(?:response|reply|answer)\b"
)
# "Where was Norman born", "where did she do her PhD", "is he from Britain originally": a
# life the documents, which name people only in their roles, do not tell.
_LIFE = "asks about someone's life, which the documents do not tell"
_LIFE_STORY = (
    r"\b(?:where|when|what\s+year)\s+(?:was|were|is)\s+(?:\S+\s+){1,3}?born\b"
    r"|\b(?:her|his)\s+(?:phd|doctorate|degrees?|education|childhood|upbringing|nationality"
    r"|hometown|birthday|birthplace|age)\b"
    r"|\bwhere\s+(?:did|does|do)\s+(?:\S+\s+){1,3}?(?:study|grow\s+up|go\s+to\s+(?:school"
    r"|university|college))\b"
    r"|\boriginally\s+from\b|\bfrom\s+(?:\S+\s+){1,4}?originally\b"
    # "which university did Blinken attend", "what school did she go to"
    r"|\b(?:which|what)\s+(?:university|college|school)\s+(?:did|does|do)\s+(?:\S+\s+){1,3}?"
    r"(?:attend|go\s+to|study\s+at|graduate\s+from)\b"
    # "what is Biden's middle name", "Putin's nickname"
    r"|\b(?:middle|maiden)\s+names?\b|\bnicknames?\b"
)
_LIFE_HINTS = frozenset(
    """born phd doctorate degree degrees education childhood upbringing nationality hometown
    birthday birthplace age study grow school university college originally middle maiden
    nickname nicknames""".split()
)
# "After the invasion", "since the war began": a time the documents (which predate the
# invasion of 24 February 2022) cannot speak of.
_LATER = frozenset({"after", "since", "following"})
_AFTERWARDS = frozenset({"after", "following"})
_ORDINAL_OCCASIONS = frozenset("second third fourth next another".split())
_OCCASIONS = frozenset("call calls meeting summit conversation round session".split())
_AT_AN_OCCASION = frozenset({"in", "at", "on", "during"})
_OCCASION_GAP = 3  # words between the ordinal and the occasion ("second biden putin call")
_OWNERS = frozenset("his her its their".split())
_WH_WORDS = frozenset("what which who whom whose when where why how".split())
_TIMED_CLAUSE = 6  # words a last clause dating what is asked may have
# A month or year counted from the reader's today, which the documents cannot know.
_READERS_YEAR = r"\b(?:next|this)\s+(?:month|year)\b"
_EARLIER = frozenset({"before", "until", "till", "prior", "ahead"})
_AFTER_THE_WAR = (
    r"\b(?:after|since|following)\s+(?:the\s+)?(?:russian\s+|full[- ]scale\s+)?"
    r"(?:invasion|war\s+(?:began|started|broke\s+out))\b"
)
# "When did Russia (actually) invade Ukraine", "when did Russian forces cross into
# Ukraine": the invasion, which came after the documents, asked of as done. (Crimea and
# the Donbas, in 2014, the documents do tell.)
_INVASION_DONE = (
    r"\b(?:did|has|have)\s+(?:russia|moscow|putin|the\s+russians?|russian\s+(?:forces|troops"
    r"|soldiers|army|tanks))\s+(?:actually\s+|finally\s+|eventually\s+|really\s+)?"
    r"(?:invade|attack|cross\s+into|go\s+into|roll\s+into|launch)\b"
)
_BEFORE_THE_WAR = frozenset("crimea crimean 2014 donbas donbass donetsk luhansk".split())
# "... invade eight years earlier", "some years ago": a time before the documents
_YEARS_BEFORE = r"\b(?:years?|decades?)\s+(?:earlier|ago|before|back|previously|prior)\b"
# "Which day ...", "what date ...": a day is asked for, which "in December" does not give.
_DAY = (
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH}|may)"
    rf"|(?:{_MONTH}|may)\s+\d{{1,2}}(?:st|nd|rd|th)?\b"  # "January 27th"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|today|tonight|yesterday|tomorrow)"
)
_YEAR = r"\b(?:19|20)\d\d\b|\byears?\b"
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
        ("what", "month"),
        ("which", "month"),
        ("how", "soon"),
    }
)
_PRECISELY = frozenset({"exact", "precise", "specific", "actual"})
_NUMBER = r"\$?(\d[\d,.]*)"
_MONTHS = rf"\s+(?:{_MONTH}|may)\b"
_QUANTITY_WORDS = (
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?"
    r"|millions?|billions?|half|third|quarter|percent|several|multiple|few)\b"
)
# "How many *days*": a count of a unit of time, which "within a week" gives.
_TIME_UNITS = frozenset(
    "minute minutes hour hours day days week weeks month months year years decade decades".split()
)
_ONE_UNIT_OF_TIME = r"\ban?\s+(?:hour|day|week|month|year|decade)\b"
# "According to the explainer, ...", "for a class report: ...": how the question is
# asked, whose account it wants or what for, not what it is about.
_ACCORDING_TO = (
    r"\b(?:according to|as per|per(?=\s+the\b)|segun|in the (?:view|opinion) of)\s+([^,:;?!.()]+)"
    # "in the author's view", "in the LSE author's view"
    r"|\bin\s+((?:the\s+|her\s+)?(?:[a-z0-9'-]+\s+)?[a-z]+\s+(?:view|opinion|words))\b"
)
DOCUMENT_NOUNS = frozenset(
    """explainer article post piece blog blogpost document source report analysis text texts
    documents articles posts pieces sources passage paper doc docs""".split()
)
# Which document: "the", "her", "Norman's", "the first" ("in the Biden-Putin piece")
# (what the reader calls the document: "the *December Biden-Putin call* explainer", with
# no other phrase inside: "which *part of the LSE* piece")
_WHICH_DOCUMENT = (
    r"(?:the|this|that|which|her|norman(?:'?s)?|first|second|other)\s+"
    r"(?:(?!(?:of|the|in|on|at|to|for|from|with|about|part|bit|section"
    # (nor a document beside it: "the USAPP *sister* blog", "the related posts")
    r"|sister|companion|related|linked)\b)[a-z0-9'-]+\s+){0,4}?"
)
_IN_DOCUMENT = rf"\b(?:in|from)\s+{_WHICH_DOCUMENT}(?:{'|'.join(sorted(DOCUMENT_NOUNS))})\b"
# "*Norman's explainer* publication date", "the *December post*": a document named by
# whose or when it is, wherever it stands in the question
_OWNED_DOCUMENT = rf"\b[a-z]+(?:'s)?\s+(?:{'|'.join(sorted(DOCUMENT_NOUNS))})\b"
# "When did *Julie Norman* write this", "the piece *written by Norman*": whose document,
# told by who wrote it
_WRITER = (
    r"\b([a-z]+(?:\s+[a-z]+)?)\s+(?:writes?|wrote|penned|pens?|authored)\b"
    r"|\b(?:written|penned|authored|posted|published)\s+by\s+([a-z]+(?:\s+[a-z]+)?)"
)
_WRITING = ("writ", "wrote", "pen", "author", "by ")
# "Does the post mention ...", "what does the explainer say about ...", "how does the
# blog rank ...": the document as the one speaking says whose account is wanted, as
# "according to" does.
_DOCUMENT_SAYS = (
    rf"\b{_WHICH_DOCUMENT}(?:{'|'.join(sorted(DOCUMENT_NOUNS))})\s+(?:say|mention|discuss"
    r"|cover|talk|argue|state|claim|suggest|note|describe|explain|open|begin|start|end"
    r"|conclude|confirm|support|verify|corroborate|rank|compare|portray|characteri[sz]e"
    r"|present|frame|assess|judge|contrast|list|use|show|include)"
    r"(?:s|es|ed|d|ing)?\b"
)
_ACCORDING = frozenset({"according", "per", "view", "opinion", "words", "segun"})
# "Norman's post: how has Germany's history shaped its response": the document set as a
# label before the question
_DOCUMENT_LABEL = (
    rf"^\s*(?:[a-z0-9'-]+\s+){{0,2}}(?:{'|'.join(sorted(DOCUMENT_NOUNS))})\s*[:\u2013\u2014]\s"
)
# What a document, its caption or its title "says" is what it is about, not anyone's words;
# so is what a written demand or reply sets out ("what does Russia's *demand* say").
_TEXTS_SAYING = DOCUMENT_NOUNS | frozenset(
    """caption title headline page note disclaimer demand demands proposal proposals letter
    letters reply replies draft drafts treaty treaties readout readouts""".split()
)
_FOR_PURPOSE = r"^\s*for\s+(?:a|an|my|our|the)\b[^:,?]{0,40}[:,]"
# "Quick check: ...", "reporter question: ...": a label saying how the question is put,
# made only of words about asking. ("Sanctions: what could the US do" is a topic.)
_LABEL = r"^\s*([a-z0-9'/ -]{1,40}?)\s*[:\u2013\u2014-]\s+(?=\S)"
_NUMBERED_TASKS = frozenset("task worksheet part exercise activity question q item".split())
_TASK_NUMBER = r"(?:q|no)?\d{1,2}[a-z]?$|[a-h]$|[ivx]{1,4}$"
_ASKING_WORDS = frozenset(
    """quick check checking fact factcheck question questions q query reporter journalist
    student research follow followup up one more last another simple short brief briefly
    sanity double just curious wondering hi hey hello ok okay so please also next my a an
    the for me from real yes no or claim true false figure stat stats detail
    pasting pasted paste copied quoting quote this headline tweet i i'm im am phd grad
    undergrad postgrad masters summary line liner tldr tl dr rundown recap answer listeners
    viewers readers audience followers subscribers class students pupils debate point points
    quiz trivia homework exam essay seminar tutorial revision interview podcast episode
    memo newsletter draft t f tf agree disagree correct incorrect accurate inaccurate verdict
    verify check fiction myth fake statement task tasks worksheet exercise activity prompt
    assignment part fact facts copy deadline lede""".split()
)
_LEAD_IN = (
    # "quote the bit about ...", "show me the part where ...": the passage is asked for
    r"\s*(?:(?:(?:(?:quote|cite|show|find|read)\s+(?:me\s+|us\s+)?)?"
    r"(?:the|that|this)\s+(?:thing|things|bit|bits|part|line|piece|passage|stuff|one)"
    r"|something|stuff)\s+(?:about|where|on|saying|that said|which said)"
    r"|(?:walk|talk|take)\s+me\s+through|give\s+me\s+the\s+(?:rundown|lowdown|gist)\s+on"
    # "show me the estimated reading time", "give me who ...": an order to be told
    r"|(?:show|give|get|fetch|find)\s+(?:me|us)(?=\s+(?:the|a|an|his|her|its|their|what|who"
    r"|when|where|how|which|why)\b)"
    r"|what(?:'?s)?\s+(?:is\s+)?the\s+(?:story|deal|score|lowdown)\s+(?:with|on|about)"
    # "explain to our listeners ...": who the answer is for
    # ("could you explain to my Year 10 class ...")
    r"|(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
    r"(?:explain|tell|describe|say|spell\s+out)\s+(?:to\s+|for\s+)?(?:our|my|the|your)\s+"
    r"(?:[a-z0-9]+\s+){0,2}?"
    r"(?:listeners|viewers|readers|audience|followers|subscribers|students|class|kids|pupils"
    r"|teenagers|learners)"
    r"(?:\s+(?:here|today|please))?,?"
    # "Describe what France is prepared to do": a way of asking ("how does Russia
    # describe ..." still asks for Russia's account)
    r"|(?:please\s+|briefly\s+)?describe(?:\s+(?:to\s+me|for\s+me|briefly))?"
    # "what evidence suggests ...", "who is the source for ...", "how solid is the report
    # about ...": the claim is asked about; its entry shows where it comes from
    r"|(?:what|which)\s+(?:evidence|proof)\s+(?:is\s+there\s+(?:that|for|of)"
    r"|(?:suggests?|shows?|indicates?|supports?)(?:\s+that)?)"
    r"|what(?:'?s|\s+is)\s+the\s+(?:evidence|proof|source)\s+(?:for|of|that|behind)"
    r"(?:\s+the\s+claim(?:\s+that)?)?"
    r"|who(?:'?s|\s+is)\s+the\s+source\s+(?:for|of|behind)"
    r"|how\s+(?:solid|reliable|credible|trustworthy|firm)\s+is\s+(?:the|that|this)\s+"
    r"(?:report|claim|story)\s+(?:about|on|that|of))\s+"
)
_LEAD_IN_OPENINGS = (
    "quote ",
    "cite ",
    "show ",
    "find ",
    "read ",
    "describe ",
    "please describe ",
    "briefly describe ",
    "the ",
    "that ",
    "this ",
    "something ",
    "stuff ",
    "walk me",
    "talk me",
    "take me",
    "give me",
    "give us",
    "show me",
    "show us",
    "get me",
    "fetch me",
    "find me",
    "what the story",
    "what the deal",
    "what is the story",
    "what is the deal",
    "whats the ",
    "explain ",
    "can you ",
    "could you ",
    "would you ",
    "will you ",
    "tell ",
    "describe ",
    "say ",
    "spell ",
    "what evidence",
    "which evidence",
    "what proof",
    "which proof",
    "what is the",
    "what's the",
    "who is the source",
    "who's the source",
    "how solid",
    "how reliable",
    "how credible",
    "how trustworthy",
    "how firm",
)
# Nouns asking what something is for or what it means: an answer tells it without them.
_RELATIONS = frozenset(
    """aim aims purpose purposes goal goals objective objectives point significance meaning
    assessment assessments evaluation appraisal verdict judgement judgment summary summaries
    overview gist rundown recap synopsis position positions stance stances element elements
    part parts aspect aspects""".split()
)  # ("the author's *assessment* of X": her view of X, however the entry puts it)
# The first month of a part of a year named before it ("in *spring* 2022").
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "mid": 6, "late": 9}
_PARTICIPLE_ENDINGS = ("ed", "en", "wn")
_PAST_AUXILIARIES = frozenset({"did", "was", "were", "had"})
# A clause opening with one of these is part of what is asked: when ("after the call, did
# Putin ..."), or what to leave out ("besides the US, which ...").
_ASKING_LEADS = frozenset(
    "after before during since following until till besides apart other except aside".split()
)
# "Besides SWIFT, what ...": what the question sets aside, which is not its answer.
_SETTING_ASIDE = frozenset("besides apart other except aside beyond excluding not".split())
_EXCLUSION = (
    r"\s*(?:besides|apart\s+from|other\s+than|except(?:\s+for)?|aside\s+from|beyond"
    r"|excluding|not\s+counting)\s+([^,?;:]{2,60}?)\s*"
    r"(?:,|(?=\b(?:which|what|who|whom|where|when|why|how)\b))"  # (the comma left out)
)
_SETTING_ASIDE_WORDS = (" besides ", " apart from ", " other than ", " except", " aside from ")
_EXCLUSION_AFTER_WH = (
    r"\s*(?:who|(?:which|what)(?:\s+[a-z]+){1,2})\s+(?:besides|apart\s+from|other\s+than"
    r"|except(?:\s+for)?"
    r"|aside\s+from)\s+((?:the\s+)?[a-z0-9]+)\s+(?:is|are|was|were|has|have|had|will|would"
    r"|did|does|do|could|can|also)\b"
)
_ASKED_BEFORE_SETTING_ASIDE = 4  # words of the question before what it sets aside at its end
_EXCLUSION_AFTER = (
    r"\s(?:besides|apart\s+from|other\s+than|except(?:\s+for)?|aside\s+from|instead\s+of"
    r"|rather\s+than|short\s+of)\s+([^,?;:]{2,60}?)\s*[?.!]*$"
)
_EXCLUSION_AFTER_ELSE = (
    r"\s*(?:who|what|which)(?:\s+[a-z]+)?\s+else\s+(?:besides|apart\s+from|other\s+than"
    r"|except(?:\s+for)?|aside\s+from)\s+(?:the\s+)?([a-z0-9]+)\b"
)
# How sure or how exact the reader is, before the question proper: "..., *roughly* how many"
_ROUGHLY = "roughly|approximately|about|around|exactly|precisely|basically|honestly|just|briefly"
# A clause set before the question, ended by a comma or a dash, perhaps joined by "so".
# "ok dumb question but ...", "kinda philosophical q, but ...": the reader's preface
_PREFACE = (
    r"(?:(?:(?!what|which|who|whom|whose|how|why|when|where)[a-z]+\s+){0,3}?(?:question|q)"
    r"(?:\s*[,:;-]\s*(?:(?:but|though|so)\s+)?|\s+(?:but|though|so)\s+"
    # "quick q what is ...": the question follows at once
    r"|\s+(?=(?:what|which|who|whom|whose|how|why|when|where|is|are|was|were|did|does|do)\b))"
    # "random but ...", "totally unrelated, but ...": how the reader comes to ask
    r"|(?:(?:totally|kinda|kind\s+of|a\s+bit|slightly|somewhat|bit)\s+)?(?:random|unrelated"
    r"|off[\s-]topic)(?:\s+(?:one|thought))?\s*[,:;-]?\s*(?:but|though|so)\s+"
    # "Right, the LSE blog - ...", "Well, who ...": a spoken opening
    r"|(?:right|well|now)\s*,\s*)"
)
_PREFACE_HINTS = ("question", " q ", "random", "unrelated", "off topic", "off-topic")
_PREFACE_HINTS += ("right,", "well,", "now,")
# The words a question proper opens with
_QUESTION_OPENER = (
    r"(?:what|which|who|whom|when|where|why|how|is|are|was|were"
    r"|did|do|does|has|have|had|can|could|would|will|should)\b"
)
_CONTEXT = (
    r"^\s*((?:[^?;:.]|\.(?!\s)){6,}?)(?:,|:|\s[-\u2013\u2014]+)\s*(?:(?:so|and|but|then)\s+)?"
    rf"(?:(?:{_ROUGHLY})\s+(?=how|what|which|when|who|where|why))?"
    r"(?=(?:(?:on|in|at|for|by|from|with|to|since|until|during)\s+(?=what|which|whom|how))?"
    rf"{_QUESTION_OPENER})"
)
_BEFORE_A_NOUN = frozenset("the this that a an its her his their our your".split())
# "..., sorry, I mean ...", "... - oops, ...", "... or rather ...": the reader corrects
# what they typed ("sorry to ask", "sorry for the bother" only apologise)
_CORRECTION = (
    r"(?:[,.;:]\s*|\s+-*\s*)(?:(?:sorry|oops|correction|scratch\s+that)"
    r"(?!\s+(?:to|for|if|but|about)\b)[,.:!]*(?:\s+i\s+mean[t]?\b[,:]?)?|or\s+rather"
    r"|i\s+mean[t]?\b[,:]?)\s*"
)
_CORRECTION_HINTS = ("sorry", "oops", "i mean", "correction", "scratch that", "or rather")
_SENTENCE_END = r"[a-z0-9'\")][.!?]+['\"]?\s+"  # ("... diplomacy.' What ...")
# How precise an answer the reader wants ("the *exact* figure"), not what it is about.
_PRECISE = r"exact|precise|full|actual|correct|specific"
# "..., my son works in electronics and mentioned it": what the reader tells of
# themselves after the question.
_ASIDE = (
    r"[,.;!?]\s+((?:i|i'm|my|we|our)\s+(?!mean\b|wonder|would|d\b|wanna)"
    # "I want to know ..." asks; "I want to quote it in the intro" tells what it is for
    # ("..., I want the exact figure please": how precise, not what)
    r"(?!(?:want|need)s?\s+(?!to\s+(?!know|find|understand|learn|hear|see|ask|check|confirm"
    rf"|verify|be\s+sure)|the\s+(?:{_PRECISE})\b"
    # ("I need one simple number for the students": how the answer is wanted)
    r"|(?:just\s+)?(?:one|a|an)\s+(?:simple|short|rough|quick|single|round|ballpark|clear)\b))"
    r"[^?]*"
    # "It's for my Year 10 class": whom the answer is for
    r"|(?:it|this|that)(?:'?s|\s+is)?\s+for\s+(?:my|our|a|the)\b[^?]*"
    # "A simple version please", "keep it simple": how the answer is wanted
    r"|(?:(?:a|in)\s+)?(?:simple|short|quick|brief|plain)\s+(?:version|answer|explanation"
    r"|summary|terms|words|english)\b[^?]*"
    r"|keep\s+it\s+(?:simple|short|brief|basic)\b[^?]*"
    # "...? explain simply", "explain it like I'm five": an order on how to answer
    r"|(?:please\s+)?explain\s+(?:it\s+|this\s+|that\s+)?(?:simply|briefly|plainly|clearly"
    r"|like\s+i'?m\s+(?:five|5|a\s+child|a\s+kid)|in\s+(?:simple|plain|easy)\b)[^?]*"
    # "deciding if I can set it as homework": what the reader is about
    r"|(?:deciding|trying\s+to\s+decide|planning|thinking\s+of)\s+(?:if|whether|to|about)\b"
    r"[^?]*"
    # "... ? sounds like pure speculation": the reader's remark on it
    r"|(?:(?:it|that|this)\s+)?(?:sounds|seems|looks)\s+like\b[^?]*"
    # "..., prove it", "..., source?", "? Show me": the sceptic's demand for the evidence,
    # which every answer gives
    r"|(?:prove\s+it|show\s+me|sources?|citations?|cite\s+it|receipts|says\s+who)\b[^?]*\??"
    # "? Kindly confirm, subject to the text.": a request to be told, after the question
    r"|(?:kindly|please)\s+(?:confirm|advise|clarify|verify)\b[^?]*"
    # "..., seriously", "?? great, just great": the reader's exasperation
    r"|(?:seriously|honestly|really|unbelievable|great|wonderful|brilliant)"
    r"(?:[,.!]*\s+just\s+(?:great|wonderful|brilliant))?)"
    r"[.!]*\s*$"
)
# "a short link *I can drop in the show notes*", "... that students can cite": what the
# reader will do with what is asked
_FOR_USE = (
    r"\s((?:that\s+|which\s+)?(?:i|we|students|readers|listeners|viewers|people"
    r"|(?:my|our)\s+[a-z]+)\s+(?:can|could)\s+(?:use|reuse|drop|put|cite|quote|share|add"
    r"|include|paste|post|send|show|print|link|reference)\b[^?]*)[?.!]*\s*$"
)
# "..., so that I may pass it on to my grandson", "..., as I should like to look it up":
# what the reader will do with the answer
_SO_THAT_I = (
    r"[,;]?\s((?:so\s+(?:that\s+)?|as\s+)(?:i|we)\s+(?:can|could|may|might|should|would|shall"
    r"|will|d)\s+[^?,;:]*)[?.!]*\s*$"
)
# "..., because I'd like to cite it properly in my newsletter", "... because that is
# what everyone at work keeps arguing about": why the reader asks
_BECAUSE_I = (
    r"[,;]?\s((?:because|cause|cos)\s+(?:(?:i|we)(?:'d|'m|'ve|'ll)?\b(?!\s+(?:mean|wonder))"
    r"|(?:my|our|everyone|everybody|people|someone|somebody)\b|that(?:'s|\s+is)\s+what\b)"
    r"[^?]*)[?.!]*\s*$"
)
# "... i want the actual figure": how precise an answer the reader wants, not its topic
# (after a comma, the aside above says it)
_PRECISION_WANTED = (
    r"\s(i\s+(?:want|need|would\s+like|d\s+like)\s+(?:the|an?)\s+"
    rf"(?:{_PRECISE}|real)\b[^?]*)[?.!]*\s*$"
)
# "..., if it says?", "..., if known": the reader allowing that the answer may be missing
_IF_GIVEN = (
    r"[,;]?\s(if\s+(?:i\s+(?:remember|recall)\s+(?:right|rightly|correctly)"
    r"|i(?:'m|\s+am|\s+m)\s+not\s+mistaken|memory\s+serves(?:\s+me)?"
    r"|(?:it|they|she|he|you|the\s+[a-z]+|anyone)\s+(?:says?|said|knows?"
    r"|mentions?|tells?|gives?|does|do|can|could)|(?:it\s+)?(?:is\s+|was\s+)?(?:known|given"
    r"|mentioned|stated|said)|any|ever|possible))[?.!]*\s*$"
)
# "If the banks got cut off, *which sounds like a big deal*, what ...": the reader's own
# remark, set between commas inside the question
_REMARK = (
    r",\s*(which\s+(?:(?:i|we)\s+(?:assume|think|guess|suppose|gather|imagine|believe"
    r"|reckon|know|heard|read|hear|understand)|(?:sounds|seems|looks|feels|seemed|sounded"
    r"|looked)\b)[^,?]*)(?:,|[?.!]*\s*$)"
)
# A lead of a few words naming the topic, not a scene: "Spain and Denmark, what ..."
_TOPIC_WORDS = 4
_SCENE_SETTERS = frozenset(
    """like given as during after before since despite with unlike near in on at from to for
    about over under along across inside outside behind beyond around between""".split()
)
_VERBISH = frozenset("is are was were be been says said keep keeps think thinks".split())
_THING_BACK = frozenset("it its they them their that".split())  # pointing back to the lead
_TOPIC_LINKS = frozenset({"and", "the", "of", "a", "an"})
# Countries (and their peoples) a question may name: one the corpus never names is asked
# about something else. (Those the corpus names are known words, so never count.)
_OTHER_COUNTRIES = frozenset(
    """china chinese japan japanese india indian iran iranian turkey turkish belarus
    belarusian moldova moldovan kazakhstan israel israeli italy italian greece greek
    hungary hungarian finland finnish sweden swedish norway norwegian netherlands dutch
    belgium belgian austria austrian czechia slovakia slovak serbia serbian croatia
    croatian ireland irish portugal portuguese mexico mexican brazil brazilian australia
    australian korea korean syria syrian egypt egyptian saudi pakistan pakistani indonesia
    nigeria nigerian armenia armenian azerbaijan transnistria venezuela cuba cuban
    argentina chile colombia vietnam taiwan taiwanese afghanistan iraq iraqi
    georgia georgian czech iceland icelandic albania albanian
    kosovo bosnia luxembourg montenegro slovenia slovenian""".split()
)
_SERVING_AS = r"\b(?:served|serves|serving)\s+as\b"
# Words softening a request ("could you *possibly* tell me")
_SOFTENERS = r"(?:(?:please|possibly|kindly|perhaps|just|maybe|quickly|briefly)\s+)*"
# "Sum up the part about ...", "can you summarise ...": a request for the gist of a
# passage; what it is about is asked, not how someone sums things up ("summary", "gist"
# and "tl;dr" still ask for an overview)
_SUMMARY_REQUEST = (
    r"^\s*(?:(?:can|could|would|will)\s+(?:you|u)\s+|pls\s+|please\s+|just\s+|quickly\s+)*"
    r"(?:sum\s+up|summari[sz]e)\s*:?\s+(?=\S)"
)
_SUMMARY_OPENINGS = ("sum", "summar", "can ", "could ", "would ", "will ", "pls ", "please ")
_SUMMARY_OPENINGS += ("just ", "quickly ")
_COURTESY_OPENINGS = (
    "might i",
    "may i",
    "could i",
    "can i",
    "i should",
    "i would",
    "i'd",
    "i d ",
    "kindly",
    "please remind",
    "remind me",
    "pray",
    "would you",
    "could you",
    "will you",
    "i am",
    "i'm",
    "i m ",
    "i was",
    "help me",
    "please help",
)
_COURTESY = (
    r"^\s*(?:(?:might|may|could|can)\s+i\s+(?:ask|enquire|inquire)(?:\s+(?:as\s+to|about))?"
    r"|i(?:\s+should|\s+would|'d|\s+d)\s+(?:be\s+(?:very\s+|most\s+|really\s+|so\s+|ever\s+so\s+"
    r"|extremely\s+|truly\s+)?"
    r"(?:grateful|glad|obliged|thankful)|(?:really\s+|greatly\s+|much\s+)?appreciate(?:\s+it)?)"
    r"\s+(?:to\s+(?:learn|know|hear)|knowing|learning|hearing"
    rf"|if\s+you\s+(?:could|would|can)\s+{_SOFTENERS}(?:(?:tell|remind)\s+me|let\s+me\s+know"
    r"|explain|clarify))(?:\s+of)?"
    r"|(?:kindly\s+|please\s+)?remind\s+me|pray\s+tell|would\s+you\s+(?:kindly\s+)?tell\s+me"
    # "would you be good enough to remind me", "could you be so kind as to tell me"
    r"|(?:would|could|will)\s+you\s+be\s+(?:so\s+)?(?:kind|good)\s+(?:enough\s+)?(?:as\s+)?"
    r"to\s+(?:tell|remind|inform)\s+me"
    # "I am curious as to the number of ...": what follows is asked
    r"|i(?:\s+am|'m|\s+m|\s+was)\s+(?:just\s+|rather\s+|most\s+|very\s+|really\s+)?curious"
    r"\s+(?:about|as\s+to)"
    # "Help me understand what ...": the reader asks to be told
    r"|(?:please\s+)?help\s+me\s+(?:to\s+)?(?:understand|grasp|figure\s+out|make\s+sense\s+of))"
    r"\s*[,:]?\s*"
)
# "Sorry to bother you, but ...", "..., if it's not too much trouble, ...": a courtesy
# wherever it stands
_POLITE_ASIDE = (
    r"(?:^|(?<=,))\s*(?:sorry\s+to\s+(?:bother|trouble)\s+you(?:\s*,?\s*but)?"
    r"|(?:sorry|apologies)\s+(?:for|about)\s+(?:the|this)\s+(?:bother|trouble|intrusion)"
    r"|if\s+it(?:'?s|\s+is)?\s+(?:not\s+too\s+much\s+(?:trouble|bother)"
    r"|(?:alright|all?\s+right|ok|okay|fine)\s+to\s+ask)"
    r"|if\s+you\s+don'?t\s+mind(?:\s+(?:me|my)\s+asking)?"
    # "..., if you please", "..., if you would be so kind", "Excuse me, who ..."
    r"|if\s+you\s+(?:please|(?:would|could)\s+be\s+so\s+kind)|excuse\s+me|pardon\s+me"
    r"|if\s+i\s+(?:may|might)(?:\s+(?:ask|enquire|inquire))?"
    r"|i(?:\s+was|\s+am|\s+m|'m)?\s+(?:just\s+)?wonder(?:ing)?(?=\s*,))"
    r"\s*(?:,\s*|(?=\s)|(?=[?.!]*$))"
)
_POLITE_HINTS = ("sorry to", "trouble", "bother", "to ask", "mind", "if i may", "if i might")
_POLITE_HINTS += ("wonder",)
_POLITE_HINTS += ("if you please", "so kind", "excuse me", "pardon me")
_HEDGE_OPENINGS = ("i ", "not sure", "correct me", "forgive me", "sorry", "apologies", "maybe i")
_HEDGE_OPENINGS += ("forgive my", "excuse my", "pardon my")  # "forgive my poor memory, but"
_HEDGE = (
    r"^\s*(?:i\s+(?:might|may|could|can)\s+(?:have\s+|be\s+)?(?:wrong|mistaken|missed"
    r"|misremember|misread|confused|muddled)\b|i(?:'m|\s+am|\s+m)\s+not\s+(?:sure|certain)\b"
    r"|not\s+(?:sure|certain)\b|correct\s+me\s+if\b|forgive\s+me\s+if\b|sorry\s+if\b"
    r"|(?:forgive|excuse|pardon)\s+my\b"
    r"|apologies\s+if\b|maybe\s+i\b)[^?]{0,80}?\bbut\s+"
)
_WORRY = (
    r"^\s*(?:should|do|must|shall)\s+(?:i|we)\s+(?:be\s+)?"
    r"(?:worry|worried|concerned|scared|afraid)\s*(?:(?:that|about|if)\s+)?"
    r"|^\s*i(?:\s+am|'m|\s+m)\s+(?:worried|concerned|scared|afraid)\s+(?:that|about)\s+"
)
# Who may be said to ask: the reader, or those they ask for ("our listeners want to know").
_ASKERS = (
    r"(?:i|we|(?:(?:my|our|the|some|many|a|one|a\s+lot\s+of)\s+)?(?:listeners?|viewers?"
    r"|readers?|audiences?|followers|subscribers|students?|callers?|people|folks|colleagues?"
    r"|editors?))"
)
_LEARN = r"(?:know|learn|understand|find\s+out|hear)"  # "I'd love to *learn* ..."
# (words one of which each way of asking has)
_WAYS_OF_ASKING = (
    "know",
    "wonder",
    "tell me",
    "curious",
    "trying to",
    "ask",
    "learn",
    "understand",
    "find out",
    "hear",
    "enlighten",
    "walk",
)
# "I want to know", "can you tell me", "listeners are asking": a way of asking, before
# what is asked.
_ASKING_PHRASE = (
    rf"\b(?:{_ASKERS}\s+(?:wants?|wanted|needs?|needed)\s+to\s+{_LEARN}"
    # "(i) kinda wanna know, like, how many ...": said as it is spoken
    rf"|(?:{_ASKERS}\s+)?(?:(?:kinda|sorta|kind\s+of|sort\s+of|really|just|so)\s+)*wanna"
    rf"\s+{_LEARN},?"
    rf"|{_ASKERS}(?:\s+would|'d|\s+d)\s+(?:like|love)\s+to\s+{_LEARN}"
    rf"|(?:can|could|would|will)\s+you\s+{_SOFTENERS}enlighten\s+me(?:\s+(?:on|about|as\s+to))?"
    # "can you walk our listeners through what ...", "walk me through what ...": explain
    rf"|(?:(?:can|could|would|will)\s+you\s+{_SOFTENERS})?walk\s+(?:me|us|them|everyone"
    rf"|{_ASKERS})\s+through"
    rf"|{_ASKERS}\s+(?:wonder|wonders|wondered|asks?|asked"
    r"|(?:are|is|were|was|keep|keeps|have\s+been|has\s+been)\s+asking|ha(?:ve|s)\s+asked)"
    r"|(?:(?:can|could|would|will)\s+(?:you|someone|anyone)|(?:if|whether)\s+you\s+(?:could"
    rf"|can|would|might))\s+{_SOFTENERS}(?:tell\s+me|let\s+me\s+know)|do\s+you\s+know"
    r"|i(?:'m|\s+am|\s+m)\s+trying\s+to\s+(?:figure|work|find)\s+out"
    r"|i(?:\s+was|\s+am|\s+m|'m)\s+(?:just\s+)?wondering"
    r"|(?:might|would|do|does)\s+(?:you|anyone|someone)\s+(?:happen\s+to\s+)?know"
    r"|i(?:'m|\s+am|\s+m|\s+was)\s+(?:just\s+)?curious"
    r"(?:\s+(?:about|as\s+to))?)\s*:?\s*(?:like\s*,?\s*)?"
    r"(?=(?:(?:on|in|at|for|by|from|to|since|until|during)\s+(?=what|which|whom|how))?"
    r"(?:what|which|who|whom|when|where|why|how|is|are|was|were|did|do|does|has|have"
    r"|can|could|would|will|should|whether|if)\b)"
)
# "What should students know about ...", "what is important to understand about ...": who
# is to learn it, not what it is; the rest is the topic.
_WHAT_TO_KNOW = (
    r"^\s*what\s+(?:(?:should|do|does|must|would|might)\s+(?:my\s+|the\s+|our\s+|your\s+|a\s+)?"
    r"(?:students?|pupils?|learners?|class(?:es)?|kids|children|readers?|people|listeners"
    r"|viewers|audiences?|beginners?|newcomers?|i|we|you|one|someone|anyone)"
    r"|(?:is|s)\s+(?:important|worth|essential|key|useful))\s+"
    r"(?:(?:really|most|first|to)\s+)?(?:need\s+to\s+|have\s+to\s+|ought\s+to\s+)?"
    r"(?:know|knowing|understand|understanding|learn|remember|grasp|take\s+away|note)"
    r"\s+(?:about|regarding|concerning|on|of)\s+(?=\S)"
)
_LEARNING = ("know", "understand", "learn", "remember", "grasp", "take away", "note")
_WHAT_TO_KNOW_OPENINGS = tuple(
    f"what {verb}" for verb in "should do does must would might is s important".split()
)
# Sentences told before the question proper: the reader's context.
_SENTENCE_BEFORE = (
    r"[a-z0-9'\")](?:[.!?]+|;)[\"')]*\s+(?:(?:so|and|but|well|ok|okay|then)\s+)?"
    # "Roughly what share ...", "Also, who ...": an adverb before the question word
    r"(?:(?:[a-z]+ly|also|just|now|anyway|please),?\s+)?"
    # "On what date ...", "After the call, when ...": a preposition, or a short clause,
    # before the wh-word
    r"(?=(?:(?:on|in|at|for|by|from|with|to|since|until|after|before|during)\s+"
    r"(?=what|which|whom|how)"
    r"|[^.?!,]{3,48},\s*(?=(?:what|which|who|whom|when|where|why|how)\b[^.!?]*\?))?"
    rf"{_QUESTION_OPENER})"
)
# "What did Russia *demand* about NATO's forces": the demand is what is asked, not the
# forces, so an entry must speak of one.
_WANTING = frozenset(
    """demand demands demanded want wants wanted ask asks asked seek seeks sought request
    requests requested insist insists insisted""".split()
)
# "How did the West *respond* to Russia's demands": the response is what is asked, not
# the demands, so an entry must speak of one.
_ANSWERING = frozenset(
    """respond responds responded react reacts reacted reply replies replied answer answers
    answered""".split()
)
_WANTING_OR_ANSWERING = _WANTING | _ANSWERING
_DETERMINERS = frozenset("its their the a an his her our s of".split())
_MUCH_OR_MANY = frozenset({"much", "many"})
_WANTING_GAP = 5  # words a subject may take between "did" and the verb
_NOUN_PHRASE = 4  # words a "which ..." phrase may take before its verb
_POINTING_BACK = frozenset("he him his she her".split())
_BACK = frozenset("so that this it these those".split())  # "Who says *so*?"
_OPINION = frozenset(
    """think thinks believe believes reckon reckons expect expects predict predicts
    anticipate anticipates suspect suspects""".split()
)
# whose view: the author's, or the reader's own ("what does Putin think of ..." asks how a
# side sees something, which an entry must speak of)
_OPINION_OF = frozenset("author writer norman she i experts expert analyst".split())
_QUOTE_MARKS = ("'", '"', "\u2018", "\u201c")
_QUOTED = (
    r"""(?:^|(?<=\s))['"\u2018\u201c]([a-z0-9][a-z0-9 -]{2,60}?)['"\u2019\u201d](?=[\s.,;:?!]|$)"""
)
_ASKING_WORD = (
    r"\b(?:what|which|who|whom|when|where|why|how|is|are|was|were|do|does|did|can|could"
    r"|will|would|should|has|have)\b"
)
_READER = frozenset("i my we our someone somebody people everyone everybody".split())
_HAVING = frozenset({"have", "has", "own", "owns", "possess", "possesses", "hold", "holds"})
_ASKS_ON_ITS_OWN = 2  # content words a last sentence needs to be the question proper
_TOLD_BEFORE_A_COLON = 5  # words before a colon that are the reader's telling, not a topic
_TELLER = frozenset("i me my we our".split())  # ... said by the reader of themselves
_SCENE_BEFORE_A_COLON = 8  # ... or words setting the scene ("Random thought while walking ...")
# "A TV anchor said ...", "some pundit claims that ...": who told the claim a question
# asks the documents to bear out.
_REPORTED_BY = (
    r"^\s*(?:(?:a|an|the|one|some|this|my)\s+(?:[a-z'-]+\s+){0,3}?"
    # "TV said ...", "someone on twitter claims ...": no one the documents could name
    r"|(?:tv|radio|media|news|press|twitter|facebook|reddit|someone|somebody|people|pundits"
    r"|experts|analysts|commentators|cnn|bbc|fox)\s+(?:[a-z'-]+\s+){0,2}?)"
    r"(?:said|says|claimed|claims|reported|reports|wrote|writes|posted|tweeted|argued|argues"
    r"|told me|insists|insisted)\s+(?:that\s+)?"
)
# "saw on twitter that ...", "a tweet says ...", "reddit says ...", "someone posted
# ...": a claim seen online, from no one the documents could name; the claim is what is
# asked, whether or not a tag asks to confirm it
_ONLINE = (
    r"(?:twitter|x|facebook|fb|instagram|insta|tiktok|reddit|youtube|telegram|whatsapp"
    r"|social\s+media|the\s+internet|online)"
)
_ONLINE_POST = r"(?:tweets?|tiktoks?|memes?|threads?|reels?|videos?|posts?|comments?)"
_SEEN_ONLINE = (
    rf"^\s*(?:(?:i\s+)?(?:saw|seen|read|heard)\s+(?:on|in)\s+{_ONLINE}"
    rf"|(?:i\s+)?(?:saw|seen|read)\s+(?:a|an|this|some)\s+(?:[a-z]+\s+)?{_ONLINE_POST}"
    r"\s+(?:saying|claiming|that\s+says|which\s+says)"
    rf"|(?:a|an|one|some)\s+(?:(?:viral|{_ONLINE})\s+)?(?:tweet|tiktok|meme|thread|reel)s?"
    r"\s+(?:says|said|claims|claimed|saying)"
    rf"|(?:a|an|one|some|this)\s+(?:viral\s+)?{_ONLINE}\s+{_ONLINE_POST}\s+(?:says|said|claims"
    r"|claimed|saying)"
    rf"|{_ONLINE}(?:\s+{_ONLINE_POST})?\s+(?:says|said|claims|claimed|reckons|thinks)"
    r"|(?:someone|somebody|people|a\s+guy|some\s+guy)\s+(?:posted|tweeted|shared)"
    rf"(?:\s+on\s+{_ONLINE})?)(?:\s+that)?\s+"
)
_ONLINE_HINTS = ("twitter", "tweet", "post", "reddit", "insta", "tiktok", "facebook", "online")
_ONLINE_HINTS += ("social media", "internet", "meme", "thread", "reel", "youtube", "telegram")
# "My dad thinks ...", "grandpa says ...", "a friend of mine reckons ...": a claim
# relayed from someone close to the reader, whom no document could name; the claim is
# what is asked, whether or not a tag asks to confirm it
_CLOSE = (
    r"dad|father|mum|mom|mother|parents?|grandpa|grandma|grandad|granddad|grandfather"
    r"|grandmother|gran|nan|nana|uncle|aunt|auntie|brother|sister|cousin|son|daughter|wife"
    r"|husband|partner|boyfriend|girlfriend|friends?|mates?|colleagues?|co-?workers?|boss"
    r"|teacher|tutor|classmates?|neighbou?rs?|flatmates?|roommates?|housemates?|buddy|pal"
    r"|grandsons?|granddaughters?|grandkids?|grandchild|grandchildren|grandparents?|kids?"
    r"|sons|daughters|brothers|sisters|cousins|nieces?|nephews?|in-laws|step(?:dad|mum|mom)"
)
_FAMILY = r"dad|mum|mom|grandpa|grandma|gran|nan"  # named with no "my": "grandpa says"
_RELAYED = (
    rf"^\s*(?:(?:my|our|me|a|one|some)\s+(?:[a-z'-]+\s+)?(?:{_CLOSE})|(?:{_FAMILY}))"
    r"(?:\s+of\s+mine)?\s+(?:(?:always|keeps|kept|just|also|even)\s+)?"
    r"(?:says|said|saying|thinks|thought|reckons|reckoned|claims|claimed|believes|believed"
    r"|insists|insisted|swears|swore|told\s+me|tells\s+me|is\s+convinced|heard"
    # more than one of them: "my parents think ..."
    r"|say|think|reckon|claim|believe|insist|swear|tell\s+me|are\s+convinced)"
    r"\s+(?:that\s+)?"
)
# What points back to words told before the question ("... - who said *that line*?")
_TOLD_NOUNS = ("line", "quote", "quotation", "sentence", "phrase", "wording", "passage")
_THAT_LINE = (
    r"([.?!:;,]\s+|\s[-\u2013\u2014]{1,2}\s+)((?:[a-z']+\s+){0,5}?)(?:that|this)\s+"
    rf"(?:{'|'.join(_TOLD_NOUNS)})s?\b"
)
_REPORTING_VERBS = ("report", "note", "say", "write", "put", "explain", "state", "observ")
_REPORTING_VERBS += ("mention", "argue", "suggest", "recount", "claim", "describe")
_AS_REPORTED = (
    r"(^|,\s*|\s)as\s+((?:the\s+|her\s+)?(?:[a-z0-9'-]+\s+)?(?:author|writer|article|post"
    r"|piece|explainer|blog|document|report|norman|she|it))\s+(?:reports?|notes?|says?|writes?"
    r"|puts\s+it|explains?|states?|observes?|mentions?|argues?|suggests?|recounts?|claims?"
    r"|describes\s+it)\b"
)
_SAYS_AFTER = (
    r"(,\s*|\s)says\s+((?:the|this|that|her)\s+(?:[a-z0-9'-]+\s+)?(?:author|writer|article"
    r"|post|piece|explainer|blog|document|report))(?=\s*[?!.]*\s*$)"
)
_AS_A_READER = (
    r"^\s*as\s+an?\s+(?!(?:result|consequence|whole|rule|matter|reminder|side|follow"
    r"|fellow|first|last|start|precaution|favou?r)\b)((?:[a-z'-]+\s+){1,5}?)"
    r"(?=(?:i|i'm|im|i've|ive|i'd|i\s+am|we|we're|my|our)\b)"
)
_THEN_ASKED = r"[,;:]\s*(?:so\s+|but\s+|and\s+)?(?:what|where|who|whom|when|why|how|which)\b"
_RELAYED_OPENINGS = tuple(f"{word} " for word in ["my", "our", "me", "a", "one", "some"])
_RELAYED_OPENINGS += tuple(f"{word} " for word in _FAMILY.split("|"))
# A last sentence made only of these asks whether the documents bear out what was told
# before it ("Is that right according to the documents?", "Does the December explainer
# agree?"): it asks about what was told.
_CHECKING = frozenset(
    """agree agrees same right true correct accurate confirm confirms confirmed back backs
    backed support supports supported match matches say says mention mentions mentioned
    consistent anywhere according documents document sources source articles article
    posts post blog explainer december january lse usapp norman date figure name year
    day claim detail details fact facts statement author authors writer writers docs doc
    text texts piece pieces paper papers buy buys""".split()
)
# A dash before a last clause asking to confirm: '"..." - is this mentioned anywhere?'
_DASH_BEFORE = r"\s(?:-{1,2}|\u2013|\u2014)\s+(?=[a-z])"
_DASH_MARKS = "-\u2013\u2014"
# ... or before the question proper, after what the reader tells ("... - how did they talk?")
_DASH_BEFORE_ASKING = rf"{_DASH_BEFORE}(?={_ASKING_WORD})"
# "..., right?", "... True?": a tag asking to confirm what the question says.
_TAG = (
    r"(?:[,.;:!?]\s*|\s(?:is|was)\s+(?:that|it|this)\s+"
    # "my cousin thinks ..., is he wrong?"
    r"|[,;]\s*(?:is|are|was|were)\s+(?:he|she|they)\s+(?=right|wrong|correct))"
    r"(?:true|correct|right|wrong|accurate|so|true or false|yes or no|yes|yeah|yep|eh|no|innit"
    r"|confirmed|verified|legit|fact|verdict|true or not|right or wrong|fact or fiction"
    r"|t\s*/\s*f|t or f|correct or incorrect|agree or disagree)"
    r"\s*[?.!]*\s*$"
    r"|[,.?!]\s*(?:does|do|did|can|would)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:(?:support|confirm|back|bear)\s+(?:that|this|it)(?:\s+(?:out|up))?"
    r"|agree(?:\s+with\s+(?:that|this|it|him|her|them))?)\s*[?.!]*\s*$"
)
_TAG_HINTS = frozenset(
    """true correct right accurate so no support confirm back bear yes yeah yep eh innit it
    he she they there confirmed verified legit fact verdict not wrong fiction f t/f incorrect
    disagree agree""".split()
)
_BARE_TAG = r"\s(?:right|correct|true)\s*[?.!]*\s*$"
# "Sullivan is the secretary of state, isn't he?", "... didn't they?": a tag put after a
# statement (not "why isn't it?", which asks)
_PRONOUN_TAG = (
    r"(?:[,.;:!?]\s*|\s)(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could"
    r"|wo|ca)(n'?t|\s+not)?\s+(?:it|he|she|they|there)\s*[?.!]*\s*$"
)
# "In the diplomacy section, ...": where in a document the reader looks. The section's
# name is the topic; the word for a part of a document is not.
_PARTS = frozenset("section sections part paragraph paragraphs passage intro introduction".split())
_TITLING = frozenset("titled entitled headed called named labelled labeled".split())
_PART_WORDS = _PARTS | _TITLING | {"bit", "bits", "under", "heading", "header", "subheading"}
_IN_PART = (
    r"\b(?:in|from|of)\s+(?:the|this|that|its|her|his|their)\s+(?:\S+\s+){0,5}?"
    rf"(?:{'|'.join(sorted(_PARTS))})\b"
    rf"|\b(?:{'|'.join(sorted(_PARTS))})\s+(?:on|about)\b"  # "the section on sanctions"
    # "summing up the sanctions section" (not "which section is it filed under")
    rf"|\bthe\s+(?!which\b|what\b)[a-z]+\s+(?:{'|'.join(sorted(_PARTS))})\b"
    # "the bit headed 'Tensions escalate'", "under the heading ...": the words naming a
    # part by its heading
    rf"|\b(?:{'|'.join(sorted(_PARTS))}|bit|bits)\s+(?:{'|'.join(sorted(_TITLING))})\b"
    r"|\bunder\s+the\s+(?:heading|header|subheading|title)\b"
)
# "How do I ...", "how can we ...": a question asking for instructions.
_INSTRUCTION_OPENINGS = frozenset(
    ("how", verb, person)
    for verb in ("do", "can", "should", "would")
    for person in ("i", "you", "we")
)
_LOCATING_VERBS = frozenset("find locate access reach get".split())
_TURNING_TO_ASK = rf",\s*(?:(?:but|so)\s+)?(?:anyway|anyhow)\s*,?\s+(?={_QUESTION_OPENER})"
# How much something would change: how far, which an entry may tell in words ("plummet")
_CHANGING = frozenset(
    """drop drops dropped fall falls fell plunge plunges plunged decline declines declined
    sink sinks sank crash crashes crashed weaken weakens weakened suffer suffers suffered
    hurt hurts""".split()
)
_LIKELIHOOD = frozenset("chance chances odds likelihood probability".split())
_LIKELIHOOD_NAMES = 3
_RECALLING_AGAIN = (
    r"^(\s*(?:(?:and|so|ok|okay|sorry)\s*,?\s+)?(?:what|who|which)(?:\s+(?:was|were|is)|'s|\s+s)"
    r"\b.*?)\s+again\s*([?!.]*\s*)$"
)
# What a side may put its words in ("what did the US say *in its reply*")
_PAPERS = frozenset("reply response answer letter note statement proposal proposals".split())
# "how would you *describe* ...", "how should we *read* ...": asks what something is like
_DESCRIBING = frozenset(
    "describe characterise characterize summarise summarize sum explain define assess rate"
    " judge evaluate interpret understand read view see compare portray label".split()
)
_REFERENCE_WORDS = 5
_ARTICLES = frozenset({"the", "a", "an"})
_PLACE_NOUNS = frozenset(
    "region regions area areas city cities town towns location territory territories".split()
    + "province provinces peninsula place places".split()
)
_SECTION_NOUNS = _PARTS | frozenset({"heading", "subheading"})
_LOCATING = (
    _SECTION_NOUNS
    | DOCUMENT_NOUNS
    | _ARTICLES
    | frozenset("first second third fourth fifth last final opening closing of in".split())
)
# ("which *issues* were they willing to discuss": the answer names topics)
_TOPIC_NOUNS = frozenset(
    "issue issues point points topic topics matter matters subject subjects".split()
)
# "On what *grounds* did the US reject ...", "for what *reason*": why
_REASON_NOUNS = frozenset(
    "grounds basis reason reasons rationale justification motive motives purpose".split()
)
_KIND_NOUNS = _PLACE_NOUNS | frozenset({"side", "sides"}) | _TOPIC_NOUNS | _REASON_NOUNS
_BE = frozenset({"is", "are", "was", "were"})
_PATTERNS: dict[str, re.Pattern[str]] = {}  # the patterns above, compiled when first needed
_NO_QUANTITY = 0.55
# The thing a question names as what it asks for: "what is the *range* of a javelin",
# "the *history* of", "who *owns*", "how many *tanks*". An entry that never mentions it
# answers another question, however well it covers the rest ("javelin").
_WH = frozenset({"what", "which", "who"})
# Openings that say what kind of answer is wanted (a person, a time, a place, a reason, a
# manner). "What" and "which" ask for anything.
_KINDS = frozenset({"who", "when", "where", "why", "how"})
_SIDES_OF_BOTH = frozenset("each both either two the side sides parties party camps".split())
# "What *date* ...", "on which *day* ...": a when-question
_WHEN_NOUNS = frozenset({"date", "dates", "day", "days", "year", "month", "week", "weekday"})
# "*And* are there already NATO soldiers ..., how many": how a follow-up opens
_CONNECTIVES = frozenset("and but so also oh well ok okay plus".split())
_LINKS = frozenset({"is", "are", "was", "were", "s", "the", "a", "an"})
_PLACING = frozenset({"in", "at", "during"})
_OWNING = frozenset({"own", "s", "entire", "whole", "regular", "national"})
_WHAT_WAS_THE = [[wh, link, "the"] for wh in ("what", "which") for link in ("is", "was", "s")]
# "who is the *current* prime minister of ...": words that say which holder of a role
# or which of a thing, not what it is
_WHO_LINK = (["is"], ["was"], ["are"], ["were"], ["s"])
_PHRASE_ENDS = frozenset(
    {"in", "on", "at", "for", "from", "with", "during", "that", "who", "and", "or", "to"}
    | {"now", "today", "there", "here", "s", "of", "by", "as", "when", "back"}
)
_AUTHOR_OWNERS = frozenset("author writer authors".split())
# "the president *due to* phone": what he is to do follows
_BOUND_TO = frozenset("due set expected scheduled supposed meant likely about slated".split())
_WHICH_ONE = _PRECISELY | {"current", "present", "then", "former", "sitting", "acting", "new"}
_AUXILIARIES = _LINKS | {"will", "would", "can", "could", "did", "does", "do", "has", "have"}
_VERB_AUXILIARIES = _AUXILIARIES - _ARTICLES
# What follows "when" in a question asking when ("when *did* ...", "when *is* ...")
_WHEN_ASKED = [[word] for word in _AUXILIARIES | {"had", "should", "might", "must", "may"}]
# The verbs that make a "when" later in a question ask when ("..., when is that due").
_WHEN_VERBS = frozenset(
    "is are was were will would could can did do does has have had should might must".split()
)
_QUESTION_WORDS = frozenset({"what", "which", "who", "whom", "how", "why", "where"})
_CLAUSE_OPENERS = frozenset({"who", "that", "which", "whom", "whose", "when", "after", "during"})
_NO_ONE_NAMED = frozenset("someone somebody people everyone everybody folks".split())
# "how many troops ..., *the news said* like 100k": hearsay told after the question
_HEARSAY_AFTER = r",\s+(?:the\s+)?(?:news|media|tv|papers|internet|headlines)\s+(?:said|says|say)\b"
_SECOND_QUESTION = [[w] for w in "how what why where when which did does do is was".split()]
_MAKERS = frozenset({"make", "makes", "made", "making"})  # stopwords, but asked for here
# "How much does it *cost*", "the *price* of": a price is asked for, and only an entry
# that speaks of cost or price answers it (a package "worth $200 million" does not say
# what one of its missiles costs).
_PRICE = frozenset({"cost", "costs", "price", "prices", "priced", "expensive", "cheap"})
# "What is the *price* of gas", "what does it *cost*", "how much does a lecturer *earn*":
# an amount of money is asked for, which "LNG is more expensive" does not give.
_AMOUNT_OF_MONEY = frozenset(
    "cost costs price prices earn earns earned salary salaries wage wages income".split()
)
_CURRENCIES = frozenset(
    "dollar dollars euro euros pound pounds rouble roubles ruble rubles money cash".split()
)
_UNIT_COUNTED = _CURRENCIES | {"percent"}
_MONEY = r"[$€£]\s?\d|\d[\d,.]*\s*(?:dollars?|euros?|pounds?|roubles?|rubles?|million|billion)"
# "How many *tanks*": an amount of the thing counted, a figure standing just before it
# ("8,500 troops", "150 US military trainers"), not a figure about something else.
_COUNT_GAP = 3  # words a figure may stand before the thing it counts
_OF = frozenset("of its their the his her our total entire whole".split())  # "a third *of its*"
# What a figure is a share of: "how big is the *part* of gas" asks the share's figure.
_SHARES = frozenset("part parts share shares portion proportion fraction percentage".split())
_LINKING = (["is"], ["are"], ["was"], ["were"])
_SIZE = frozenset({"big", "large", "strong", "powerful"})  # "how big is ...": a size
_STRENGTH = frozenset({"strong", "powerful"})  # a size a word gives, where "big" wants a figure
_HEAD_WORDS = 3  # words a counted noun phrase may have ("how many us army trainers")
# "What did Lavrov say", "what did the Minsk agreements require": only an entry that
# reports words of the one asked about answers it, where the speaker stands within a few
# words of a verb of saying.
_SAYING = frozenset(
    """say said says tell told tells require requires required stipulate stipulates stipulated
    contain contains contained confirm confirmed""".split()
)
# "How does Moscow *justify* its build-up": how someone puts something, which an entry
# answers with their own account of it, not with the thing itself.
_PUTTING = frozenset(
    """justify justifies justified describe describes described explain explains
    explained portray portrays portrayed characterise characterises characterised
    characterize characterizes characterized frame frames framed see sees view views
    regard regards perceive perceives""".split()
)
# "Why does Russia *claim* it has built up troops": the reasons Russia gives.
_CLAIMING = frozenset("claim claims claimed maintain maintains maintained".split())
# ... which they may give as how they see it ("the US and NATO *see* such moves as ...").
_VIEWING = frozenset("see sees saw view views viewed regard regards regarded deem deems".split())
_TALKED = frozenset("talk talks talked spoke speaks mentioned mentions mention".split())
_SAID = (
    frozenset(
        """say says said saying tell tells told telling state states stated confirm confirms
    confirmed warn warns warned warning report reports reported note notes noted conclude
    concludes concluded argue argues argued describe describes described write writes
    wrote add adds added explain explains explained promise promises promised insist
    insists insisted claim claims claimed announce announces announced affirm affirms
    affirmed affirming reiterate reiterates reiterated suggest suggests suggested clear
    comments commented remarks asked answered replied liken likens likened""".split()
    )
    | _PUTTING
)
_US_WRITTEN = re.compile(r"\bU\.?S\b")  # "US troops", "U.S. troops"
_OWNER_WRITTEN = re.compile(r"\b([A-Za-z]+)['\u2019]s\b")  # "Ukraine's"
# "Antony *Blinken's* Twitter *handle*": a name's own thing
_OWNED = r"\b([A-Z][a-z]+)['\u2019]s\s+(?:own\s+)?([A-Za-z]+)(?:\s+([a-z]+))?"
_AMERICAN = frozenset({"american", "americans", "america"})
_OFFICES = frozenset(
    """president leader minister secretary adviser advisor chancellor diplomat chief
    spokesman spokeswoman spokesperson envoy ambassador""".split()
)
# What a leader has as his side's: "*Putin's* foreign minister" is Russia's
_SIDES_OWN = _OFFICES | frozenset(
    "government administration army military forces troops officials diplomats".split()
)
_SENDER_GAP = 5  # words a sender may stand before the verb ("US troops will not be deployed")
_SPEAKER_GAP = 8  # words a speaker may stand before the verb ("Sullivan also made it clear")
_NOT_ASKED = 0.55
_WHO_IS = (["who", "is"], ["who", "was"], ["who", "are"], ["who", "were"])  # a role's holder
# "When did Russia invade", "what happened on the call", "what came out of it", "the
# outcome of the call": the question asks about something that happened. An entry that
# speaks of it only as a possibility or a plan ("why might Russia invade", "the leaders
# are expected to speak") does not say it happened. Not when the question itself asks
# about a possibility, a plan or what someone said.
_HAPPENED = frozenset(
    {"did", "happened", "came", "resulted", "emerged", "outcome", "outcomes", "result", "results"}
)
_OUTCOME = frozenset({"came", "resulted", "emerged", "outcome", "outcomes", "result", "results"})
_OCCURRED = frozenset({"happen", "happens", "happened", "occur", "occurred", "take", "took"})
_POSSIBLE = frozenset(
    """if would could might may will should shall whether unless can going plan plans
    planning planned expected due scheduled likely possible possibly potential potentially
    intend intends intended threaten threatens threatened hope hopes hoped want wants
    wanted threat threats risk risks prospect possibility chance danger avert averting
    avoid avoiding prevent preventing deter deterring stop stopping short head need needs
    needed supposed obliged""".split()
)
# Words that, opening a clause, make all of it a possibility ("Equally likely, and
# perhaps in tandem, is ...", "If Russia invades, ...").
_POSSIBLE_OPENERS = frozenset(
    "if unless whether likely possibly perhaps potentially could might".split()
)
_OPENER = 3  # words a clause's opening possibility may stand after its start
_HYPOTHETICAL = _POSSIBLE | {"option", "options"}  # an answer that opens on a possibility
_WEST_MEMBERS = "us nato eu allies uk france germany"  # who "the West" is
# A stance taken, which says where someone stands as words would ("Germany has not
# *ruled out* suspending it", "Washington *rejected* the demand").
_STANCES = frozenset("ruled signalled signaled rejected refused prepared ready willing".split())
# "Who *found* the plan": who reported it, as "who said" asks who said it.
_FOUND_OUT = frozenset("found discovered uncovered exposed revealed detected spotted".split())
# What someone thought, feared or ruled out is a fact about them, whatever its object.
_THOUGHT = frozenset(
    """think thinks thought believe believes believed expect expects fear fears feared
    worry worries worried consider considers considered predict predicts predicted rule
    ruled message scared afraid frightened alarmed concerned""".split()
)
_NOT_A_HAPPENING = _POSSIBLE | _SAID | _THOUGHT  # in a question: not asking what happened
_OBLIGED = frozenset({("have", "to"), ("has", "to"), ("had", "to")})
# "Who was *set to* phone Putin", "was he *about to* ...": a plan, not what happened
_PLANNED = frozenset(
    {("set", "to"), ("about", "to"), ("poised", "to"), ("slated", "to"), ("set", "for")}
    | {("slated", "for"), ("scheduled", "for"), ("scheduled", "to"), ("planned", "for")}
)
_DONE_GAP = 8  # words "was" may stand before what was done ("was the pipeline sabotaged")
_POSSIBLE_GAP = 10  # words a "might" or "if" may stand before the verb it governs
_POSSIBLE_AFTER = 4  # words a "would" may stand after its subject ("an invasion ... would")
_TEXTS = 4096  # entry texts whose words are kept between questions (a batch reads many)
_CLAUSE = re.compile(r"[;:.!?()\u2013\u2014]+")


class Frame:
    """How a question is asked: for a quantity, for a measure, about a named thing."""

    def __init__(self, query: str) -> None:
        self._asked: str | None = None  # set by read()
        self._done: str | None = None  # set by read()
        self._done_to: frozenset[str] = frozenset()
        self._owner: str | None = None
        self._speaker: frozenset[str] = frozenset()
        self._writers: frozenset[str] = frozenset()  # source ids the speaker wrote
        self._accounting = False  # the speaker's account may be how they see it
        self._wanted: str | None = None  # the term of "what did X *demand*"
        self._responding = False  # ... or of "how did X *respond*"
        self._events: frozenset[str] = frozenset()
        self._days: list[tuple[str, int]] = []
        self._checked = False
        self._later = False
        self._occasion = ""
        self._other_year = False
        self._other_country = False
        self._unmentioned = False
        self._role_of: frozenset[str] = frozenset()
        self._identity: frozenset[str] = frozenset()  # set by read()
        # "What is the Wagner Group?": a word written with a capital inside a sentence
        # is a name, not a slip for an everyday word ("wager").
        self.names_written = _names_written(query)
        # ("Blinken met whom?": a sentence may open with a name, written as one)
        self.opening_names = _opening_names(query)
        # "who is *Ukraine's* foreign minister": a word written as an owner
        self._owners = frozenset(m.lower() for m in _OWNER_WRITTEN.findall(query))
        self._owned = (
            [
                (owner.lower(), owned.lower())
                for owner, *things in _pattern(_OWNED).findall(query)
                for owned in things
                if owned
            ]
            if self._owners
            else []
        )
        self._others_own: dict[str, set[str]] = {}  # set by read()
        # "the *author's* main argument": the document that names its author
        self.authors_own = not _AUTHOR_OWNERS.isdisjoint(self._owners)
        # "US" in capitals is the country, not the pronoun "us" the corpus also writes
        self._us_written = _US_WRITTEN.search(query) is not None
        folded = fold(query)
        # "What did Blinken do before becoming Secretary of State", "who succeeded
        # Sullivan": a career the documents, written at one moment, do not follow.
        hinted = any(hint in folded for hint in _CAREER_HINTS)
        self._career = hinted and bool(_pattern(_CAREER_MOVES).search(folded))
        # "How did Lavrov react to the US written response": the answer to an answer,
        # which came after the documents
        replies = sum(folded.count(stem) for stem in ("respon", "repl", "react", "answer"))
        self._reply_to_reply = replies >= 2 and bool(_pattern(_REPLY_TO_REPLY).search(folded))
        # "does *Ukraine* have nuclear weapons": whose they are asked
        self._holder_terms: frozenset[str] = frozenset()
        self._senders: frozenset[str] = frozenset()  # "will *the US* send troops"
        self._life = False  # set once the question proper is known
        # "Quick check: did ...": the label is how the question is put, not part of it.
        # "..., right?", "Correct?": a tag asking to confirm, not part of the question.
        unlabelled = folded[len(_label(folded)) :]
        if any(hint in unlabelled for hint in _POLITE_HINTS):
            # a courtesy is no part of it either ("I wonder, if it's alright to ask, what
            # ...": one pass for each)
            for _ in range(2):
                unlabelled = _pattern(_POLITE_ASIDE).sub(" ", unlabelled).strip()
        folded = _unchecked(_untagged(unlabelled))
        if folded != unlabelled:
            # "A TV anchor said X. Is that right?": X is put to the documents
            folded = _pattern(_REPORTED_BY).sub("", folded, count=1)
        if any(hint in folded for hint in _ONLINE_HINTS):
            folded = _pattern(_SEEN_ONLINE).sub("", folded, count=1)
        if any(noun in folded for noun in _TOLD_NOUNS) and _pattern(_THAT_LINE).search(folded):
            # '"diplomacy is key" - where does that *line* come from': the words quoted
            # before it are what is asked about, not lines of any kind
            folded = _pattern(_THAT_LINE).sub(r"\1\2that", folded, count=1)
        # "..., as the author reports?": whose account is asked, as "according to" says
        if "as " in folded and any(verb in folded for verb in _REPORTING_VERBS):
            folded = _pattern(_AS_REPORTED).sub(r"\1according to \2", folded)
        # "..., says the first article": the same, the document set after the question
        if "say" in folded:
            folded = _pattern(_SAYS_AFTER).sub(r"\1according to \2", folded)
        # "As a retired army officer I'm curious about ...": who the reader is, told
        # before what they ask, with no comma to set it apart
        persona: list[str] = []
        if folded.lstrip().startswith(("as a ", "as an ")):
            found = _pattern(_AS_A_READER).match(folded)
            if found:
                persona = re.findall(r"[a-z0-9]+", found.group(1))
                folded = folded[found.end() :]
        if folded.lstrip().startswith(_RELAYED_OPENINGS) and not _pattern(_THEN_ASKED).search(
            folded
        ):
            # ("my sister reckons she teaches at Oxford, where does she work": the claim is
            # told before what is asked, as any clause is)
            folded = _pattern(_RELAYED).sub("", folded, count=1)
        # "The bit where ...", "something about ...": how a half-remembered passage is
        # pointed at, not what it is about.
        lead_in = folded.startswith(_LEAD_IN_OPENINGS) and _pattern(_LEAD_IN).match(folded)
        if lead_in and lead_in.end() < len(folded):
            folded = folded[lead_in.end() :]
        if folded.lstrip().startswith(_WHAT_TO_KNOW_OPENINGS) and any(
            verb in folded for verb in _LEARNING
        ):
            folded = _pattern(_WHAT_TO_KNOW).sub("", folded, count=1)
        # "..., so I want to know: how much ...": how the question is put, not its topic
        if any(p in folded for p in _WAYS_OF_ASKING):
            folded = _pattern(_ASKING_PHRASE).sub("", folded)
        # "Should I be worried the US will send troops": the reader's worry is how the
        # question is put; what they worry about is asked
        if "worr" in folded or "concern" in folded or "scared" in folded or "afraid" in folded:
            folded = _pattern(_WORRY).sub("", folded)
        # "Not sure if this is the right figure but ...", "I might have missed it, but
        # ...": the reader hedging before they ask
        if " but " in folded and folded.lstrip().startswith(_HEDGE_OPENINGS):
            folded = _pattern(_HEDGE).sub("", folded, count=1)
        if " as " in folded and "serv" in folded:
            folded = _pattern(_SERVING_AS).sub("was", folded)  # "who served as ..."
        if folded.lstrip().startswith(_SUMMARY_OPENINGS):
            folded = _pattern(_SUMMARY_REQUEST).sub("", folded, count=1)
        # "Might I enquire ...", "Pray tell, ...": a courtesy before what is asked
        if folded.lstrip().startswith(_COURTESY_OPENINGS):
            folded = _pattern(_COURTESY).sub("", folded, count=1)
        # "what was the main thing they talked about again": the reader recalling, not
        # something done again
        if folded.rstrip(" ?!.").endswith(" again"):
            folded = _pattern(_RECALLING_AGAIN).sub(r"\1\2", folded, count=1)
        if any(hint in folded for hint in _CORRECTION_HINTS):
            folded = _corrected(folded)  # "..., sorry I mean ...": the question corrected
        self.text = folded  # the question, folded, with any context set before it
        # "Like the Cuban missile crisis, what red line ...": what the reader brings along
        # before the question itself. Its words count for little, and how the question
        # is put is read from the question proper.
        context, proper = _context_and_question(folded)
        context = persona + context
        self.words = words = spelled_out(re.findall(r"[a-z0-9]+", proper))
        if not _LIFE_HINTS.isdisjoint(words):  # in the question, not the reader's telling
            self._life = bool(_pattern(_LIFE_STORY).search(" ".join(words)))
        self.context = frozenset(written_out(context)).difference(written_out(words))
        # "I remember the phrase 'security dilemma'. How does the author apply it?": a
        # phrase the reader quotes is what they ask about, wherever it stands
        self.quoted: frozenset[str] = frozenset()
        self.quotes: tuple[str, ...] = ()  # the phrases, as quoted
        if any(mark in folded for mark in _QUOTE_MARKS):
            found = list(_pattern(_QUOTED).finditer(folded))
            self.quoted = frozenset(word for m in found for word in m.group(1).split())
            # (those of what is asked: "the post keeps saying 'this week'; when was it
            # published" quotes what it tells, before it asks)
            asking = _pattern(_ASKING_WORD).search(folded)
            start = asking.start() if asking else len(folded)
            self.quotes = tuple(m.group(1) for m in found if m.start() > start)
        # "If Russia invades, will ...": a condition, part of what is asked, though not
        # its heart
        self.condition: frozenset[str] = frozenset()
        if context[:1] in (["if"], ["unless"], ["once"]):
            self.condition, self.context = self.context, frozenset()
        # "My daughter sent me a post by Julie Norman. What is *her* job?": the names of the
        # context are what the question speaks of.
        self.refers_back = bool(context) and not _POINTING_BACK.isdisjoint(words)
        self.alternative = _alternative(words)
        self.compared = _compared(words) | _timed(words)
        self.excluded = _excluded(folded)
        part = not _PART_WORDS.isdisjoint(words) and _pattern(_IN_PART).search(folded)
        # Words about where to look, not the topic: dropped from what is matched.
        self.aside = [w for w in part.group(0).split() if w in _PART_WORDS] if part else []
        # "When did Russia invade": asks whether or when something happened.
        self.happened = (
            (
                bool(_HAPPENED.intersection(words))
                or words[:1] in (["has"], ["have"])
                or _passive_past(words)
                or _simple_past(words)
            )
            and (
                _NOT_A_HAPPENING.isdisjoint(words)
                # "what was said on the call, and what came of it": how it came out
                or (not _OUTCOME.isdisjoint(words) and _POSSIBLE.isdisjoint(words))
            )
            and not _OBLIGED.intersection(pairwise(words))  # "did they *have to* ..."
            and not _PLANNED.intersection(pairwise(words))  # "who *was set to* phone"
        )
        self.quantity = False
        self.quantity_word = ""
        self.measure = self.measure_word = ""  # the kind of measure, and the word asking it
        self._vague = False  # a vague length of time answers the measure asked
        # "how long *did* it *last*"
        before = before_whose_account(words)
        self._lasted = bool(before) and before[-1] in _LASTED and "did" in words
        self.counted = ""  # "how many *tanks*"
        self.counted_at = -1  # its position in the words
        self._by_name = False  # the things counted are asked for by name too
        # "When ...", "what date ...", "... and when": a time is asked for. ("What
        # happens when ..." asks for what happens.)
        self.time = _asks_when(words)
        # "What is the price of ...", "what does it cost": a sum of money, not "costly".
        # (What it would "cost Germany" is what it would do to Germany.)
        read = senses(words)
        self._priced = _PRICE.intersection(read)
        self._money = bool(_AMOUNT_OF_MONEY.intersection(read) and words[:1] in (["what"], ["how"]))
        # "Does *the post mention* ...", "*the piece opens* by saying": the document is
        # cited (its words are the reference), and the verb says how.
        # (the last such words: "The explainer says X; what does the post say ...")
        said = not DOCUMENT_NOUNS.isdisjoint(words) and _pattern(_DOCUMENT_SAYS).findall(folded)
        cited, verb = said[-1].rsplit(maxsplit=1) if said else ("", "")
        # (the context's words too: "*In the Norman post*, what is ...")
        self.reference = _reference(folded, frozenset(words) | self.context, cited)
        owned = not DOCUMENT_NOUNS.isdisjoint(words) and _pattern(_OWNED_DOCUMENT).search(folded)
        self.owned_document = owned.group(0) if owned else ""
        # "When did Julie Norman write this": the writer, and the word saying they wrote
        self.writer, self.writing = "", ""
        if any(part in folded for part in _WRITING) and (wrote := _pattern(_WRITER).search(folded)):
            self.writer = wrote.group(1) or wrote.group(2)
            self.writing = wrote.group(0).split()[-1 if wrote.group(1) else 0]
        # "How does the December piece differ from Norman's post": both documents asked of
        # (a "blog post" is one document)
        self.both_documents = len(DOCUMENT_NOUNS.intersection(self.context.union(words))) > 1
        if self.both_documents:
            told = re.findall(r"[a-z0-9]+", folded)
            self.both_documents = len(_documents_spoken_of(told)) > 1
        if verb:
            self.aside.append(verb)
        # The kind of answer a wh-word opening asks for ("who ...", "why ...").
        self.kind = _kind(words)
        # "What form did the US reply take": the form something took (in writing, by
        # video), which an entry naming one answers
        asked_forms = _forms_asked(words)
        self.form = bool(asked_forms)
        # ... and one that opens by asking it ("in what form did the US answer") asks for
        # the form alone, which an entry naming none does not give
        self._form_only = any(at <= _FORM_OPENING for at in asked_forms)
        # "How do I renew my passport", "how to tie a tie": asks for instructions.
        self.instructions = _asks_instructions(words)
        # "What *year* ...", "which *day* of the *month*": the frame's words, not the topic.
        self.time_words = _TIME_WORDS.intersection(words) if self.time else frozenset()
        # "what does the author *think* ...", "..., I *think*": the author's view, as every
        # word of her post is, or how sure the reader is; not the topic
        # ("what does the author *suggest* Putin's aim might be": what she thinks, and
        # read as "think")
        self.opinion_words = frozenset(
            word if word in _OPINION else "think"
            for index, word in enumerate(words)
            if (word in _OPINION or author_suggests(words, index) == "think")
            and not _OPINION_OF.isdisjoint(words[max(0, index - 3) : index])
        )
        # "when Russia took *which region*", "fighting between *which sides*": a place or
        # the parties are asked for; the word says what kind of answer is wanted, not the
        # topic
        self.kind_words = frozenset(words[at] for at in _asked_nouns(words, _KIND_NOUNS))
        # "the *chances* of American troops going to Ukraine": how likely a named thing
        # is, which is how it is asked; not so where little else is named ("chance of war")
        self.kind_words |= _likelihood_asked(words)
        # "what position does Macron hold", "what is Lavrov's job": who someone is, asked
        # by their role; the role's word is how it is asked, not the topic
        self.role_words, self._person = _role_asked(words)
        # How precise a time is wanted: a day, a year, or any time at all.
        asked = self.time_words
        self._when = _DAY if asked & _DAY_WORDS else _YEAR if "year" in asked else _TIME
        if self._when is _TIME and words[:1] == ["when"] and words[1:2] in _MIGHT:
            self._when = _TIME_OR_CONDITION  # "when might Russia cut off gas": "if ..." too
        for index, word in enumerate(words):
            after = words[index + 1] if index + 1 < len(words) else ""
            counts = word in _COUNT_NOUNS and after == "of"  # "*number of* comments"
            if (
                word == "how"
                and after in _MUCH_OR_MANY
                and words[index + 2 : index + 3] == ["time"]
            ):
                # "how much time does it take to read": how long (and a learner's "how many
                # time i need": not "how many times", which counts)
                if not self.measure:
                    self.measure, self.measure_word, self._vague = "long", "time", True
            elif word == "how" and after == "much" and _by_degree(words[index + 2 :]):
                continue  # "how much more costly is LNG": how far, not an amount
            elif (
                word == "how"
                and after == "much"
                and not _CHANGING.isdisjoint(words[index + 2 :])
                and _CURRENCIES.isdisjoint(words[index + 2 : index + 3])
            ):
                continue  # "how much would the ruble drop": how far, told in words
            elif (word == "how" and after in _QUANTITY) or counts:
                self.quantity = True
                if word == "how" and not self.quantity_word:
                    self.quantity_word = after  # "how *big*": the frame, not the topic
                start = index + 2
                # ("how much *money*": a sum, counted in a currency like "how many dollars")
                money = after == "much" and start < len(words) and words[start] in _CURRENCIES
                many = after == "many" or counts or money
                size = after in _SIZE and words[start : start + 1] in _LINKING
                if size:
                    # "how big is the Ukrainian army": the army is what is measured
                    start += 1 + (words[start + 1 : start + 2] in (["the"], ["a"]))
                    many = start < len(words)
                # ("how many *really*": nothing is named as counted)
                if many and start < len(words) and not self.counted:
                    at = _head(words, start, size)
                    if (
                        index
                        and not size
                        and not looks_plural(words[at])
                        and (looks_plural(words[index - 1]) or words[index - 1] in _CURRENCIES)
                        and words[index - 1] not in STOPWORDS
                    ):
                        # "Russian troops *kiyada* at the border", Igbo "*ego* ole" (money
                        # how much): the things counted named before "how many", as
                        # languages that ask it after do
                        at = index - 1
                    if not looks_adverb(words[at]):
                        self.counted_at, self.counted = at, words[at]
            elif word == "how" and after == "far" and not _EXTENT.isdisjoint(words[index:]):
                self.measure_word = after  # how it is asked, with no measure wanted
            elif (word == "how" and after in _MEASURE) or (
                word in _MEASURE_NOUNS
                and not (word in _WEIGHING and after and after not in STOPWORDS)
            ):
                # ("the US *weighs* export controls": it considers them)
                key = after if word == "how" else word
                if not self.measure:
                    self.measure, self.measure_word = _MEASURE[key], key
                    # "how long *is* the border": a length, not a time
                    self._vague = words[index + 2 : index + 3] not in (["is"], ["are"])
        if self.counted and _names_them(words[self.counted_at + 1 :]):
            # "how many countries ..., and which ones": naming them answers the count
            self.counted, self.counted_at, self._by_name = "", -1, True
        elif words[:1] == ["which"] and not _BY_NAME.isdisjoint(pairwise(words)):
            self._by_name = True  # "which Russian banks by name", "which specific banks"

    @staticmethod
    def kinds_of(entry: Entry) -> frozenset[str]:
        """The kinds of answer an entry's own question asks for: the wh-word it opens with,
        and one a second part asks ("How many US troops ..., *and for where*?")."""
        return _entry_kinds(entry.question)

    @property
    def currency(self) -> str:
        """The currency a question counts in ("how many *dollars*"), which a sum of money
        states whatever its words ("$200 million"): part of the frame, not the topic."""
        return self.counted if self.counted in _CURRENCIES else ""

    def asked_word(self) -> str:
        """The word that names what the question asks for, or ""."""
        words = self.words
        if self.counted:
            return self.counted
        # "what was the *weather* in Geneva": the thing asked, then where or when
        placed = [at for at, w in enumerate(words[3:-1], 3) if w in _PLACING]
        placed = placed if words[:3] in _WHAT_WAS_THE else []
        if "of" in words or placed:
            # (whichever comes first: "what was the *weather* like in Geneva on the day
            # of the meeting")
            at = min(([words.index("of")] if "of" in words else []) + placed[:1])
            lead = words[:at]
            if lead[:1] == ["the"]:
                lead = lead[1:]
            if lead[-1:] == ["like"] and len(lead) > 2:
                lead = lead[:-1]  # "what was the *weather* like in Geneva"
            if len(lead) == 1:
                return lead[0]  # "the history of ..."
            for start, word in enumerate(lead):
                if word in _WH:
                    between = [w for w in lead[start + 1 : -1] if w not in _LINKS | _WHICH_ONE]
                    participle = lead[-1].endswith("ed") and lead[-2:-1] != ["the"]
                    if len(lead) - start >= 2 and len(between) <= 1 and not participle:
                        # "what is the (main) *range* of ...", not "what is Putin
                        # *accused* of": what is done to him
                        return lead[-1]
                    break
        # "who is *Ukraine's* foreign minister": a side owns the role (not "*Biden's*
        # adviser", who may be named without him)
        owned = bool(words[2:3]) and words[2] in self._owners and words[2] in _SIDES
        if words[:1] == ["who"] and words[1:2] in _WHO_LINK and (words[2:3] == ["the"] or owned):
            # "who is the (current) prime *minister* (now)", "who is *Ukraine's* foreign
            # *minister*": the head of the phrase (not "who is the US *talking* to", which
            # asks who someone is doing something with)
            head = list(takewhile(lambda w: w not in _PHRASE_ENDS, words[3:]))
            # (nor "who is the French president *due to* phone": whom he will phone)
            after = words[3 + len(head) : 4 + len(head)]
            bound = bool(head) and head[-1] in _BOUND_TO and after == ["to"]
            if head and not bound and not any(w.endswith("ing") and len(w) > 4 for w in head):
                return head[-1]
        if "who" in words:
            at = words.index("who")
            after = words[at + 1] if at + 1 < len(words) else ""
            # ("who *gave* the readout": giving is how the thing came about, not what is
            # asked)
            if after and after not in _AUXILIARIES | _SAID | _TALKED | _FOUND_OUT | _GAVE:
                return after  # "who *owns* ...", not "who talked about ..." or "who found"
        return ""

    def which_word(self) -> str:
        """The noun a question opens with after "which" or "what" ("which *company*")."""
        # ("what *precisely* did ...": an adverb, not the noun)
        words = [w for w in self.words[:2] if w not in _PRECISELY and not looks_adverb(w)]
        words += self.words[2:]
        if len(words) >= 3 and words[0] in ("which", "what") and words[1] not in _AUXILIARIES:
            verbs = _VERB_AUXILIARIES - {"s"}
            for at in range(3, min(len(words), 2 + _NOUN_PHRASE)):
                if words[at] in verbs:
                    # "which research *centre* does ...", "which American chip *companies*
                    # would ...": the last word of the phrase is its head
                    return words[at - 1]
            if words[1] in NATIONAL:
                # "which US army *units* make up ...": with no auxiliary to end the phrase,
                # a plural a few words on is its head, not the side that owns it
                for word in words[2 : 2 + _NOUN_PHRASE]:
                    if word in _ARTICLES:
                        break
                    if looks_plural(word):
                        return word
            return words[1]
        return ""

    def speaker(
        self, compiled: CompiledCorpus, terms: Mapping[str, str] | None = None
    ) -> frozenset[str]:
        """The terms of who the question asks the words of: "what did *lavrov* say",
        "what has *the kremlin chief* told reporters"; empty if it asks no one's words."""
        words, lexicon = self.words, compiled.lexicon
        who = _giving_account(words)
        if who:  # "how does the Kremlin justify its build-up": the Kremlin's account
            return _named(who, compiled, terms)
        if words[:1] and words[0] in _AUXILIARIES:
            return frozenset()  # "did the US say which ...": whether it was said, and what
        if words[:1] and words[0] in _READER:
            return frozenset()  # "I read the paper and it said ...": the reader's telling
        hearsay = "," in self.text and _pattern(_HEARSAY_AFTER).search(self.text)
        for index, word in enumerate(words):
            if word not in _SAYING or index < 2 or lexicon.starts_phrase(words, index):
                continue  # "did they *say no*" is a listed phrase: a refusal
            if words[index + 1 : index + 2] == ["to"] and (
                words[index + 2 : index + 3] in (["be"], ["have"])
                or (word == "said" and not _BE.isdisjoint(words[max(0, index - 4) : index]))
            ):
                # "the soldiers *said to be* near the border", "which fuel *is* Europe *said
                # to* get 40% of": a reported fact
                continue
            if not {"not", "never"}.isdisjoint(words[max(0, index - 4) : index]):
                return frozenset()  # "why hasn't the US said ...": what was not said
            if words[index - 1] in _NO_ONE_NAMED:
                continue  # "..., I think *someone said* anti-tank missiles": hearsay
            if words[index + 1 : index + 2] == ["in"] and not _PAPERS.isdisjoint(
                words[index + 2 : index + 5]
            ):
                return frozenset()  # "what did the US say in its written reply": its content
            if hearsay:
                continue
            start = index - 1
            while start > 0 and words[start - 1] not in _VERB_AUXILIARIES | _WH:
                start -= 1
            if words[start - 1 : start] == ["which"]:
                return frozenset()  # "which leader said ...": who said it is what is asked
            if start > 0 and _TEXTS_SAYING.isdisjoint(words[start:index]):
                if _SIDES_OF_BOTH.issuperset(words[start:index]):
                    # "why does each side say the other is escalating": what both think
                    return frozenset()
                # "what did X say", not "the troops told to be ready"; what a document
                # says is what it is about
                return _named(words[start:index], compiled, terms)
        return frozenset()

    def owner(self, counted: str, compiled: CompiledCorpus) -> str | None:
        """The term of whose the counted things are, where the question names them again
        with an owner: "how many soldiers does the *ukrainian* army have"."""
        lexicon = compiled.lexicon
        if self.counted_at > 0 and self.words[self.counted_at - 1] not in _QUANTITY:
            # "how many *ukrainian* soldiers": a name just before the things counted
            owner = lexicon.term(self.words[self.counted_at - 1])
            # "how many us troops": no pronoun stands between "many" and a noun
            modifier = self.counted_at > 1 and self.words[self.counted_at - 2] in _QUANTITY
            country = self._us_written or modifier or self.words[self.counted_at - 1] in _AMERICAN
            if owner is not None and owner != counted and owner in compiled.names():
                return owner
            if owner is not None and owner == lexicon.term("us") and country:
                return owner  # "how many *US* troops"
        for index in range(self.counted_at + 1, len(self.words)):
            if lexicon.term(self.words[index]) != counted or index - 1 == self.counted_at:
                continue
            at = index - 1
            while at > self.counted_at + 1 and self.words[at] in _OWNING:
                at -= 1  # "Ukraine's *own* army"
            owner = lexicon.term(self.words[at])
            if owner is not None and owner != counted:
                return owner
        return None

    def asked_term(self, terms: Mapping[str, str], compiled: CompiledCorpus) -> str | None:
        """The term of what the question names as the thing it asks for, if it names one:
        a content word that says what it is about ("the *range* of", "who *owns*", not
        "the kind of" or "the day of"), or what it counts ("how many *people*"). A word the
        corpus does not know gives "", which no entry explains. ``terms``: each word of
        the question, as typed, with the term it was matched to ("" if none)."""
        word = self.asked_word()
        lexicon = compiled.lexicon
        price = self._priced
        if price and (self.quantity or not word):
            # "how much does it cost": the price is what is asked ("more expensive or more
            # cheap": either word the corpus knows says it)
            word = min(price, key=lambda w: (not terms.get(w), w))
        elif word and word == self.currency:
            return lexicon.term(word) or word  # "how much money": a sum, whatever its words
        if word in _MAKERS:
            return ""  # "who *makes* javelins": no entry says
        if word in _RELATIONS:
            return None  # "the *aim* of the talks": what the talks are for, however put
        if not word:
            # "Which *company* makes ...": a kind of thing the corpus never names (nor
            # uses in a listed phrase, as "university" in "University College London").
            word = self.which_word()
            unknown = word and terms.get(word) == "" and lexicon.weight(word) == 1.0
            return "" if unknown and word not in lexicon.phrase_words() else None
        if not word or lexicon.term(word) is None:
            return None
        if word != self.counted and lexicon.weight(word) < 1.0:
            return None
        if word in terms:
            return terms[word]
        if lexicon.term(word) in terms.values():
            return lexicon.term(word)  # ("cheaper or more expensive": one term, said twice)
        phrase = lexicon.phrase_at(self.words, self.words.index(word))
        if phrase is not None and phrase in terms.values():
            return phrase  # "who is the prime *minister*": the phrase's term
        return "" if word in _PRICE else None

    def read(self, terms: Mapping[str, str], compiled: CompiledCorpus) -> None:
        """Read what the question asks for, given how its words were matched (once per
        question, before ``shortfalls``)."""
        words = self.words
        # "Norman's post came out in February 2022, right?": a date the reader misremembers
        # for when a document was published, not an event after it (nor "what did Russia
        # do *after* the post came out, in March 2022", nor "... publish next month")
        dated = "published" in terms.values() and not DOCUMENT_NOUNS.isdisjoint(words)
        dated = dated and _LATER.isdisjoint(words) and any(is_year(word) for word in words)
        self._later = not dated and _after_the_documents(self.text, words, compiled)
        # "the *second* Biden-Putin call", "the *next* meeting": another occasion than the
        # one an entry tells of, unless it names that one too
        self._occasion = next(
            (
                terms.get(word) or ""
                for at, word in enumerate(words)
                if word in _ORDINAL_OCCASIONS and _names_occasion(words[at + 1 :])
            ),
            "",
        )
        # "the 2019 Normandy summit", "in June 2021": a year, or a month of a year, that
        # neither document mentions is another event
        self._other_year = (
            not self._later
            and not dated
            and any(
                is_year(word)
                and (
                    terms.get(word) == ""
                    or (at > 0 and _month(words[at - 1]) > 0 and terms.get(words[at - 1]) == "")
                )
                for at, word in enumerate(words)
            )
        )
        names = compiled.names()
        if self._owned:
            # ("*Norman's* post": the document, whose every entry is hers)
            names = names.difference(compiled.writer_terms())
        # each thing a question writes as someone's, with its owners ("Sullivan's job and
        # Blinken's job": either's will do)
        # ("*Putin's* foreign minister": his side's, Russia's, will do as well)
        self._others_own = {}
        self._owners_sides: dict[str, set[str]] = {}
        spoken_for = _side_spoken_for(compiled) if self._owned else {}
        in_office = {owner for owner, owned in self._owned if owned in _SIDES_OWN}
        for owner, owned in self._owned:
            if terms.get(owner) in names and terms.get(owned) and terms[owned] not in names:
                self._others_own.setdefault(terms[owned], set()).add(terms[owner])
                if terms[owner] in spoken_for and owner in in_office:
                    sides = self._owners_sides.setdefault(terms[owned], set())
                    sides.add(spoken_for[terms[owner]])
        # "China's official position": a country neither document names is another topic
        self._other_country = not _OTHER_COUNTRIES.isdisjoint(self.words) and any(
            word in _OTHER_COUNTRIES and terms.get(word) == "" and word not in self.alternative
            for word in self.words
        )  # ("Qatar or Saudi Arabia?": one of two, the other of which may be the answer)
        # "What did the German chancellor say": someone (or something) the corpus lists
        # only so as to know that neither document mentions them
        lexicon, asked = compiled.lexicon, [w for w in self.words if w not in self.alternative]
        listed_unknown = any(
            not term and lexicon.names_group(word) for word, term in terms.items()
        )  # (such a term is unknown: read the question proper again only then)
        self._unmentioned = listed_unknown and any(
            lexicon.names_group(term) and compiled.postings(term) is None
            for _, term in lexicon.analyse_words(asked)
        )
        # "How many days": any amount of time answers it ("within a week"), which the
        # quantity check sees; the unit need not be the one asked in.
        self._asked = None if self.counted in _TIME_UNITS else self.asked_term(terms, compiled)
        # "Who is *Ukraine's* foreign minister": whose the role is
        names = compiled.names()
        # (not "who is the adviser *who* briefed after the Biden-Putin call": a clause)
        # (nor "who is the adviser *and how did he* describe Biden": a second question)
        said = words[
            : next(
                (
                    i
                    for i, w in enumerate(words)
                    if i > 1
                    and (
                        w in _CLAUSE_OPENERS
                        or (w in ("and", "but") and words[i + 1 : i + 2] in _SECOND_QUESTION)
                        # (nor "who is the adviser *in the Biden-Putin call*": where he was)
                        or (
                            w in _AT_AN_OCCASION and not _OCCASIONS.isdisjoint(words[i + 1 : i + 6])
                        )
                    )
                ),
                None,
            )
        ]
        self._role_of = frozenset(
            term
            for word in said
            if (term := terms.get(word)) and term in names and term != self._asked
        )
        # "who is Vladimir Putin": who someone is, which an entry tells by a title beside
        # the name ("Russian President Vladimir Putin"), not by mentioning them
        person = self._person or words[2:]
        rest = [word for word in person if word not in _WHICH_ONE | _ARTICLES]
        # (a word of a listed phrase, "*vladimir* putin", has no term of its own; "who is
        # biden's national security adviser" asks for a role's holder, not an identity)
        named = [term for word in rest if (term := terms.get(word)) is not None]
        self._identity = (
            frozenset(named)
            if (words[:2] in _WHO_IS or self._person)
            and named
            and len(rest) <= _NAME_WORDS
            and all(term in names for term in named)
            and all(word in compiled.capitalised() for word in rest)
            and _TITLES.isdisjoint(rest)
            else frozenset()
        )
        if self.counted and self._asked:
            self._owner = self.owner(self._asked, compiled)
        self._speaker = self.speaker(compiled, terms)
        if words[:1] in (["does"], ["do"], ["did"]):
            verb = next((at for at, w in enumerate(words[:5]) if w in _HAVING), 0)
            holder = words[1:verb]
            if not DOCUMENT_NOUNS.isdisjoint(holder):
                holder = []  # what a document has is what it says ("does the post have ...")
            self._holder_terms = frozenset(
                term for w in holder if (term := terms.get(w)) and term in names
            )
        elif self.quantity:
            # "how much aid has *the EU* given": whose giving is counted
            self._holder_terms = _givers(words, terms, names, compiled.lexicon.term)
        self._senders = _senders(words, terms, compiled)
        self._accounting = bool(_giving_account(self.words))
        wanting = _wanting(self.words)
        self._wanted = terms.get(wanting) or compiled.lexicon.term(wanting) if wanting else None
        self._responding = wanting in _ANSWERING
        done, subject = _done_when(self.words) if self.time else ("", [])
        if self.time and not done:
            done, subject = _did_when(self.words, terms, compiled)
        # "when was NATO *founded*": what was done, which an entry must speak of ("" if
        # no entry does, None if the question names nothing done), unless it dates NATO
        self._done = terms.get(done, "") if done else None
        self._done_to = frozenset(t for w in subject if (t := terms.get(w)))
        author = compiled.lexicon.term("author")
        if author in self._speaker:  # "what does the author say": the documents' authors
            named = " ".join(s.author for s in compiled.sources if s.author != NOT_STATED)
            self._speaker |= frozenset(compiled.lexicon.terms(named))
        if compiled.lexicon.term("west") in self._speaker:
            # "what did the West say": the words of its states and alliances
            members = compiled.lexicon.terms(_WEST_MEMBERS)
            self._speaker = self._speaker.union(members)
        if compiled.lexicon.term("alliance") in self._speaker:
            # "how does the alliance see ...": the one alliance the documents speak of
            self._speaker = self._speaker.union(compiled.lexicon.terms("nato"))
        if not _sides(compiled).isdisjoint(self._speaker):
            # "what did the White House say": the words of those who speak for it
            people = _spokespeople(compiled)
            self._speaker = self._speaker.union(*(people.get(t, ()) for t in self._speaker))
        # "what does Norman say about ...": every entry drawn from her post gives her words
        if self._speaker:
            self._writers = frozenset(
                source.id
                for source in compiled.sources
                if (author in self._speaker and source.author == NOT_STATED)
                or not self._speaker.isdisjoint(compiled.lexicon.terms(source.author))
            )
        if self.happened:
            # (not the day a document came out, which the reader may misremember)
            self._days = [] if dated else _dates(self.words)
            # "did they speak on 9 December?": the day is the reader's to be checked
            self._checked = bool(self.words) and self.words[0] in _PAST_AUXILIARIES
            names, lexicon = compiled.names(), compiled.lexicon
            time = _pattern(_TIME)
            self._events = frozenset(
                term
                for word, term in terms.items()
                if term
                and term not in names
                and lexicon.weight(word) == 1.0
                and not (word[:1].isdigit() or word in _OCCURRED or time.fullmatch(word))
            )

    def shortfalls(
        self, entry: Entry, found: Collection[str], compiled: CompiledCorpus
    ) -> list[tuple[str, float]]:
        """Each kind of answer the question asks for that the entry does not give ("asks
        when; the entry states no time"), with the factor it lowers the entry's score by.
        ``found``: the question's terms the entry has."""
        missing = []
        if self._later:
            missing.append((AFTER_THE_DOCUMENTS, _NOT_ASKED))
        elif self._other_year:
            missing.append(("names a time the documents never mention", _NOT_ASKED))
        if self._other_country:
            missing.append(("names a country the documents never mention", _NOT_ASKED))
        elif self._unmentioned:
            missing.append(("names someone or something the documents never mention", _NOT_ASKED))
        if self._occasion and self._occasion not in found:
            missing.append(("names another occasion than the entry's", _NOT_ASKED))
        owners_of = self._others_own.items()
        if any(
            owned in found
            and owners.isdisjoint(found)
            and not _names_any(entry, self._owners_sides.get(owned, set()), compiled)
            for owned, owners in owners_of
        ):
            missing.append(
                ("asks about what someone has; the entry tells of another's", _NOT_ASKED)
            )
        if self._career:
            missing.append((_CAREER, _NOT_ASKED))
        if self._life:
            missing.append((_LIFE, _NOT_ASKED))
        if self._holder_terms and self._holder_terms.isdisjoint(found):
            missing.append(("asks what someone has; the entry does not name them", _NOT_ASKED))
        if self._senders and _sends_others(entry, self._senders, compiled):
            missing.append(("asks what one side would send; the entry has others send", _NOT_ASKED))
        if self._reply_to_reply:
            missing.append(("asks how a reply was answered; the documents do not tell", _NOT_ASKED))
        if self._form_only and not names_a_form(entry):
            missing.append(("asks what form something took; the entry names none", _NO_FORM))
        if self._by_name:
            if not _lists_names(entry):
                missing.append(("asks for things by name; the entry lists none", _NO_QUANTITY))
        elif (
            self.quantity
            and not _states_quantity(entry, self.counted in _TIME_UNITS)
            # "how strong will the sanctions be": "strong economic sanctions" says it
            and not (self.quantity_word in _SIZE and self.quantity_word in _words(entry.answer))
        ):
            missing.append(("asks how many or how much; the entry states no amount", _NO_QUANTITY))
        vague = _VAGUE_TIME if self.measure == "long" and self._vague else ""
        units = _LENGTH if self._lasted else _UNITS.get(self.measure, "")
        if self.measure and not _states(entry, units + vague, units=True):
            missing.append(
                (f"asks how {self.measure}; the entry gives no such figure", _NO_QUANTITY)
            )
        if self._money and not _states(entry, _MONEY):
            missing.append(("asks for a price; the entry states no sum of money", _NO_QUANTITY))
        if (
            self._done is not None
            and self._done not in found
            and not _dates_subject(entry, self._done_to, compiled)
        ):
            missing.append(
                ("asks when something was done; the entry does not say it was", _NOT_ASKED)
            )
        elif self.time and not (_states(entry, self._when) or _asked_when(entry)):
            missing.append(("asks when; the entry states no time", _NO_QUANTITY))
        verbs = _SAID | _VIEWING if self._accounting else _SAID | _STANCES
        if (
            self._speaker
            and self._writers.isdisjoint(evidence.source for evidence in entry.evidence)
            and not _quotes_speaker(entry, self._speaker, compiled, verbs)
        ):
            missing.append(
                ("asks what someone said; the entry does not report their words", _NOT_ASKED)
            )
        if self._wanted and self._wanted not in found:
            missing.append(
                (
                    "asks how someone responded; the entry does not say"
                    if self._responding
                    else "asks what someone wants; the entry does not say",
                    _NOT_ASKED,
                )
            )
        if self._identity and not _titles(entry, self._identity, compiled):
            missing.append(
                ("asks who someone is; the entry gives no title beside the name", _NOT_ASKED)
            )
        if self._asked is not None and not self._answers_asked(entry, found, compiled):
            missing.append(("names what it asks for; the entry does not give it", _NOT_ASKED))
        if self.happened and self._days and _day_not_told(entry, self._days, self._checked):
            missing.append(("asks what happened on a day; the entry does not tell it", _NOT_ASKED))
        elif self._events and _only_possible(entry, self._events.intersection(found), compiled):
            missing.append(
                (
                    "asks what happened; the entry speaks of it only as possible or planned",
                    _NOT_ASKED,
                )
            )
        if self.instructions and not any(
            _asks_instructions(list(_words(text))) for text in (entry.question, *entry.aliases)
        ):
            missing.append(
                ("asks how to do something; the entry gives no instructions", _NOT_ASKED)
            )
        return missing

    def _answers_asked(
        self, entry: Entry, found: Collection[str], compiled: CompiledCorpus
    ) -> bool:
        """True if the entry speaks of what the question asks for, and when it counts
        something, states an amount of it (of the owner's, where the question names one)."""
        asked = self._asked
        if self.currency and asked in (self.currency, compiled.lexicon.term(self.currency)):
            return _states(entry, _MONEY)  # "how many dollars": "$200 million" counts them
        if self.counted in _SHARES:
            return _states_quantity(entry)  # "how big is the *part* of gas": its figure
        if asked is None or asked not in found:
            return False
        if self.words[:2] in _WHO_IS and not _names_beside(entry, asked, compiled, self._role_of):
            return False  # "who is the prime minister": someone must be named in the role
        # ("how many *will* be sent": none is an answer; how many there are, not)
        none = not _SENDING_AUXILIARIES.isdisjoint(self.words)
        size = self.quantity_word
        if self.counted and size in _STRENGTH and _sized(entry, size, asked, compiled):
            return True  # "how strong are the sanctions": "strong economic sanctions" says it
        return not self.counted or _counts(entry, asked, self._owner, compiled, none)


_SIZED_GAP = 3  # words between a size and what it sizes ("strong economic sanctions")


def _sized(entry: Entry, size: str, term: str, compiled: CompiledCorpus) -> bool:
    """True if the entry's answer gives the size asked of the thing asked ("how strong are
    the sanctions": "*strong* economic *sanctions*")."""
    told = _words(entry.answer)
    return any(
        word == size
        and term in (compiled.lexicon.term(w) for w in told[at + 1 : at + 1 + _SIZED_GAP])
        for at, word in enumerate(told)
    )


# ("Qatar's role" and "Germany's position" are a part and a stance, not an office)
_OFFICE_NOUNS = frozenset("position job title office".split())  # "what position does X hold"
_JOB_NOUNS = frozenset("job title".split())  # "what is X's job (title)"
_POSSESSIVES = frozenset("her his their its the".split())
_HOLDING = frozenset("hold holds held have has occupy occupies".split())


def _role_asked(words: list[str]) -> tuple[frozenset[str], list[str]]:
    """The role's words and the person's words of a question asking someone's role
    ("what *position* does *Emmanuel Macron* hold", "what is *Lavrov*'s *job title*"), or
    nothing."""
    if words[:1] not in (["what"], ["which"]) or len(words) < 4:
        return frozenset(), []
    if not DOCUMENT_NOUNS.isdisjoint(words):
        return frozenset(), []  # "what is the post's title": a document's, not a person's
    role: list[str] = []
    if words[1] in _OFFICE_NOUNS and words[2] in ("does", "did", "do") and words[-1] in _HOLDING:
        role, person = [words[1], words[-1]], words[3:-1]
    elif words[1] in ("is", "was") and words[-1] in _JOB_NOUNS:
        role = words[-2:] if words[-2] in _JOB_NOUNS else words[-1:]
        person = words[2 : len(words) - len(role)]
    if not role or _POSSESSIVES.issuperset(person):
        return frozenset(), []  # ("what is her job": whose, the words before tell)
    return frozenset(role), person


_TITLES = _OFFICES | frozenset("lecturer professor director codirector head".split())
_TITLE_GAP = 3  # words between a name and its title ("Russian Foreign Minister Sergey Lavrov")
_NAME_WORDS = 3  # words of a name asked about ("who is Vladimir Putin")


def _titles(entry: Entry, names: frozenset[str], compiled: CompiledCorpus) -> bool:
    """True if the entry writes a title a few words from one of the names ("*National
    Security Advisor* Jake Sullivan", "Julie Norman is a *Lecturer*")."""
    term = compiled.lexicon.term
    return any(
        not _TITLES.isdisjoint(near)
        for _, near in _around(entry, lambda token: term(token) in names, _TITLE_GAP)
    )


def _around(
    entry: Entry, anchor: Callable[[str], bool], gap: int
) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each word of what the entry states that ``anchor`` accepts, with the words up to
    ``gap`` either side of it."""
    for text in _stated(entry):
        tokens = _words(text)
        for index, token in enumerate(tokens):
            if anchor(token):
                yield token, tokens[max(0, index - gap) : index + 1 + gap]


def _names_beside(
    entry: Entry, role: str, compiled: CompiledCorpus, of: frozenset[str] = frozenset()
) -> bool:
    """True if the entry names someone (a name the corpus writes capitalised) a few words
    from the role a "who is the ..." question asks about ("National Security Advisor
    Jake Sullivan"; not "Visit to NATO by the Deputy Prime Minister"). ``of``: the names
    the question gives the role to ("*Ukraine's* foreign minister"), one of which must
    stand there too."""
    lexicon, names = compiled.lexicon, compiled.names()
    for token, near in _around(entry, lambda token: lexicon.term(token) == role, _SPEAKER_GAP):
        terms = {lexicon.term(word) for word in near if word != token}
        if not terms.isdisjoint(names) and (not of or not terms.isdisjoint(of)):
            return True
    return False


_GAVE = frozenset(
    {"gave", "give", "gives", "given", "giving"}
    # "who *represented* Moscow at the talks": a part in what happened ("who *heads* MI6"
    # asks for a role's holder)
    | {"represented", "represents", "represent"}
)
_GIVING = frozenset(
    """given gave give sent send provided provide pledged pledge spent spend delivered
    deliver donated donate supplied supply committed commit""".split()
)
_GIVER_WORDS = 5  # words between "has" and the verb of giving


def _givers(
    words: list[str],
    terms: Mapping[str, str],
    names: frozenset[str],
    term_of: Callable[[str], str | None],
) -> frozenset[str]:
    """The names a "how much/many ... has X given" question counts the giving of (a
    word of a phrase, "the *European* Union", has no term of its own in ``terms``)."""
    for at, word in enumerate(words):
        if word not in ("has", "have", "did", "does", "do"):
            continue
        verb = next(
            (
                i
                for i in range(at + 1, min(len(words), at + 1 + _GIVER_WORDS))
                if words[i] in _GIVING
            ),
            0,
        )
        if verb:
            return frozenset(
                term
                for w in words[at + 1 : verb]
                if (term := terms.get(w) or term_of(w)) and term in names
            )
    return frozenset()


# States and alliances, by any of their names: who may be asked to send troops.
_SIDES = (
    "us america washington russia kremlin moscow uk britain london france paris germany "
    "berlin nato spain denmark canada poland ukraine kyiv europe".split()
)
# A side, or its adjective, written before a noun ("*US* army units", "*British* troops")
NATIONAL = frozenset(_SIDES) | frozenset(
    "american british canadian russian ukrainian german french european polish spanish danish"
    " western eu".split()
)
# "Will/would X send": what a side may yet do. ("Did France send ships" may mistake who
# did, and the entry that says who did answers it.)
_SENDING_AUXILIARIES = frozenset("will would could can should might may must".split())
_PRONOUNS = frozenset("he she they it".split())
_ABOUT_TO = frozenset("about preparing planning going ready set poised".split())
_SENDER_WORDS = 3  # words a sender may take between the auxiliary and the verb


def _senders(
    words: list[str], terms: Mapping[str, str], compiled: CompiledCorpus
) -> frozenset[str]:
    """Who a question asks about sending or deploying ("will *America* send soldiers",
    "*Russia* would send its ideas", "*the US* is about to send"): a side, or one who speaks
    for it ("will *Biden* send"), named between an auxiliary and a verb of sending, or just
    before them. "Send" is said of Russia's troops
    and proposals and of the West's troops and replies, so the sender tells the entries
    apart. ("Will US troops be sent" names whose troops, not a sender.)"""
    if _SENDING_AUXILIARIES.isdisjoint(words) and _ABOUT_TO.isdisjoint(words):
        return frozenset()
    lexicon = compiled.lexicon
    sending, sides = lexicon.term("send"), _sides(compiled)

    spoken_for = _side_spoken_for(compiled)

    def side_of(word: str, at: int = 0) -> frozenset[str]:
        if word in _PRONOUNS:  # "what did Putin say *he* would send": the last one named
            return next(filter(None, (side_of(w) for w in reversed(words[:at]))), frozenset())
        side = terms.get(word) or lexicon.term(word)
        side = spoken_for.get(side, side)  # "will *Biden* send": the US
        return frozenset({side}) if side in sides else frozenset()

    for at, word in enumerate(words[:-1]):
        after = words[at + 1 : at + 4]
        about_to = len(after) == 3 and after[0] in _ABOUT_TO and after[1] == "to"
        if word in _LINKS and at > 0 and about_to and lexicon.term(after[2]) == sending:
            return side_of(words[at - 1])  # "the US is *about to* send": before "is"
        if word not in _SENDING_AUXILIARIES:
            continue
        if at > 0 and lexicon.term(words[at + 1]) == sending:
            return side_of(words[at - 1], at - 1)  # "Russia *would send* its ideas"
        for verb in range(at + 2, min(len(words), at + 2 + _SENDER_WORDS)):
            if lexicon.term(words[verb]) == sending:
                between = words[at + 1 : verb]
                found = [side_of(w) for w in between]
                if all(side or w in _DETERMINERS for w, side in zip(between, found)):
                    return frozenset().union(*found)
                return frozenset()
    return frozenset()


def _sends_others(entry: Entry, senders: frozenset[str], compiled: CompiledCorpus) -> bool:
    """True if the entry has only other sides send or deploy: each verb of sending it has
    a side named a few words before in its clause ("the Kremlin may be preparing to send
    them") has another side, and never one of the senders ("US troops will not be
    deployed")."""
    lexicon = compiled.lexicon
    sending, sides = lexicon.term("send"), _sides(compiled)
    others = False
    for text in (entry.question, *entry.aliases, *_stated(entry)):
        for tokens in _clauses(text):
            for index, token in enumerate(tokens):
                if lexicon.term(token) != sending:
                    continue
                before = {lexicon.term(w) for w in tokens[max(0, index - _SENDER_GAP) : index]}
                if not senders.isdisjoint(before):
                    return False
                others = others or not sides.isdisjoint(before)
    return others


@lru_cache(maxsize=4)
def _sides(compiled: CompiledCorpus) -> frozenset[str]:
    """The terms of the states and alliances a question may have send troops."""
    return frozenset(term for word in _SIDES if (term := compiled.lexicon.term(word)))


# Things asked "how much more" of as an amount ("how much more gas"), not a degree.
_MASS_NOUNS = frozenset(
    "money gas oil energy aid cash funding power support time fuel help weapons".split()
)


# Nouns of a quality, not a stuff: "how much *uncertainty*" asks how great it is.
_AFTER_DEGREE = frozenset("there about of in on over between".split())
_ABSTRACT_ENDINGS = ("ty", "ness", "ance", "ence", "ism")
_ABSTRACT = frozenset("detail risk damage pressure leverage".split())


def _by_degree(words: list[str]) -> bool:
    """True if "how much" asks a degree: "how much *more costly*", "how much *less
    slow*", "how much *uncertainty*", not "how much more gas" or "how much more troops"."""
    abstract = bool(words) and (words[0].endswith(_ABSTRACT_ENDINGS) or words[0] in _ABSTRACT)
    if abstract and words[0] not in _MASS_NOUNS:
        # "how much *uncertainty* is there", "in how much *detail*" (not "how much
        # *security* aid", where the noun is the aid's kind)
        return len(words) == 1 or words[1] in _AUXILIARIES or words[1] in _AFTER_DEGREE
    if words[:1] not in (["more"], ["less"]) or len(words) < 2:
        return False
    word = words[1]
    return word not in _MASS_NOUNS and not looks_plural(word)


def _asks_when(words: list[str]) -> bool:
    """True for a question asking when: "when ...", "what (exact) date ...", "... and
    when"."""
    words = [word for word in words if word not in _PRECISELY]
    if words[:1] == ["when"] and _opens_a_clause(words):
        words = words[1:]
    if not words:
        return False
    return (
        tuple(words[:1]) in _WHEN_OPENINGS
        or tuple(words[:2]) in _WHEN_OPENINGS
        or words[-1] == "when"
        # "..., which day of the month did it happen": a time asked later in the question
        or any(pair in _WHEN_OPENINGS for pair in pairwise(words) if pair[0] in _WH)
        # "what about the next call, when is that supposed to happen"
        or any(w == "when" and after in _WHEN_VERBS for w, after in pairwise(words[1:]))
    )


def _opens_a_clause(words: list[str]) -> bool:
    """True if the opening "when" starts a clause that sets the scene for a question
    asked after it ("When Blinken rejected the demand, what principle did he ..."): no
    auxiliary follows it, and a question word comes later."""
    # ("When *the* US rejected ...": an article is no auxiliary)
    opening = words[1:2] not in _WHEN_ASKED or words[1] in _ARTICLES
    return opening and not _QUESTION_WORDS.isdisjoint(words[2:])


def _after_the_documents(folded: str, words: Sequence[str], compiled: CompiledCorpus) -> bool:
    """True if the question names a time after the newest document: a later year or month
    ("in March 2022", "in 2023"), or "after the invasion", which came after them."""
    newest = compiled.as_of if compiled.sources else ""  # "2022-01-27", "2022-01", "2022"
    if not newest[:4].isdigit():
        return False
    year, month = int(newest[:4]), int(newest[5:7]) if newest[5:7].isdigit() else 12
    for index, word in enumerate(words):
        if not is_year(word):
            continue
        if not _EARLIER.isdisjoint(words[max(0, index - 3) : index]):
            continue  # "a month before February 2022"
        before = words[index - 1] if index > 0 else ""
        later_month = max(_month(before), _SEASONS.get(before, 0)) > month
        if int(word) > year or (int(word) == year and later_month):
            return True  # "in 2023", "in March 2022"
        if int(word) == year and before in ("after", "beyond"):
            return True  # "which countries joined NATO after 2022": once the year was over
        if int(word) == year and month < 12 and before == "in" and _passive_past(words):
            return True  # "which banks were removed from SWIFT in 2022": the year went on
    invasion = "ukraine" in words and _pattern(_INVASION_DONE).search(folded)
    if invasion and _BEFORE_THE_WAR.isdisjoint(words) and not re.search(_YEARS_BEFORE, folded):
        return True  # "when did Russia actually invade Ukraine": after the documents
    if ("month" in words or "year" in words) and _pattern(_READERS_YEAR).search(folded):
        return True  # "what is the centre holding next month": the reader's time
    came_out = "eventually" in words or "in the end" in folded or _later_done(words)
    # ("was the pipeline damaged by explosions *later on*", not "later on than the other")
    later_on = "later on" in folded and "later on than" not in folded
    came_out = came_out or (later_on and _passive_past(words))
    if came_out and not _PAST_AUXILIARIES.isdisjoint(words):
        return True  # "which banks were eventually cut off": how it came out, later
    return bool(_LATER.intersection(words)) and bool(_pattern(_AFTER_THE_WAR).search(folded))


def _later_done(words: Sequence[str]) -> bool:
    """True for "was the pipeline *later damaged*": something done after the time told
    (not "the later article", nor "which was published later")."""
    return any(
        word == "later" and len(after) > 4 and after.endswith(("ed", "en"))
        for word, after in pairwise(words)
    )


def _done_when(words: Sequence[str]) -> tuple[str, list[str]]:
    """What a when-question asks was done, and to what: the participle in "when was NATO
    *founded*", "when was the pipeline *blown* up", and the words before it; "" and none
    if it names nothing done."""
    if words[:1] in (["in"], ["on"]):
        words = words[1:]  # "in what year was ..."
    opening = 1 if words[:1] == ["when"] else 2 if tuple(words[:2]) in _WHEN_OPENINGS else 0
    if not opening or len(words) < opening + 2 or words[opening] not in ("was", "were"):
        return "", []
    for at in range(opening + 2, len(words)):
        word = words[at]
        if (
            len(word) > 4
            and word.endswith(_PARTICIPLE_ENDINGS)
            and word not in GENERIC
            and word not in STOPWORDS  # "between"
            and not _pattern(_QUANTITY_WORDS).fullmatch(word)  # "seven", "hundred"
        ):
            if words[at + 1 : at + 2] == ["by"] and any(
                w.endswith(_PARTICIPLE_ENDINGS) for w in words[at + 3 :]
            ):
                continue  # "when was the piece *written by* Norman published": whose piece
            return word, list(words[opening + 1 : at])
    return "", []


# How a question asking when something was done opens: "when did", "in what year did".
_WHEN_WORDS = frozenset("when year date day month".split())
_TIME_ASKED = frozenset("when in on what which year date day month".split())
_WHEN_DID = 4  # words before the "did" of "in which year did ..."
# Verbs that close a "when did ..." question on the start or end of what it names.
_ASPECT_VERBS = frozenset("end start begin finish stop cease".split())


def _did_when(
    words: Sequence[str], terms: Mapping[str, str], compiled: CompiledCorpus
) -> tuple[str, list[str]]:
    """What a "when did X ..." question asks was done, and by whom: the first word after
    its subject, a name ("when did Julie Norman *join* UCL", "in what year did Norman
    *start* at UCL"); "" and none otherwise."""
    did = words.index("did") + 1 if "did" in words[:_WHEN_DID] else 0
    opening = words[: did - 1]
    if not did or not _TIME_ASKED.issuperset(opening) or _WHEN_WORDS.isdisjoint(opening):
        return "", []
    if len(words) > did + 1 and words[-1] in _ASPECT_VERBS and terms.get(words[-1]):
        return words[-1], list(words[did:-1])  # "when did the war in Ukraine *end*"
    at, names, lexicon = did, compiled.names(), compiled.lexicon
    while at < len(words) and (
        words[at] in STOPWORDS or (terms.get(words[at]) or lexicon.term(words[at])) in names
    ):
        at += 1
    if at == did or at >= len(words) or words[at] in GENERIC or not terms.get(words[at]):
        return "", []
    if words[at] == "see" and any(terms.get(w) in names for w in words[at + 1 : at + 3]):
        return "", []  # "when did Blinken *see* Lavrov": when they met, not a view
    return words[at], list(words[did:at])


def _dates_subject(entry: Entry, subject: frozenset[str], compiled: CompiledCorpus) -> bool:
    """True if the entry gives a year just before what the question asks about ("the
    *2015* Minsk agreements"): it says when that came about."""
    lexicon = compiled.lexicon
    for text in _stated(entry):
        tokens = _words(text)
        for index, token in enumerate(tokens):
            if lexicon.term(token) in subject and any(
                is_year(before) for before in tokens[max(0, index - 2) : index]
            ):
                return True
    return False


def _passive_past(words: Sequence[str]) -> bool:
    """True for a question about something done: "what *was agreed*", "which banks *were
    removed*" (a past participle just after was or were)."""
    if words[:1] in (["was"], ["were"]) and any(_participle(w) for w in words[2:_DONE_GAP]):
        return True  # "was Russia actually *removed* from SWIFT"
    for at, word in enumerate(words[:-1]):
        if word not in ("was", "were"):
            continue
        after = words[at + 1]
        if _participle(after):
            return True
        if after.endswith("ly") and at + 2 < len(words) and _participle(words[at + 2]):
            return True  # "which banks were actually cut off": an adverb between
    return False


def _simple_past(words: Sequence[str]) -> bool:
    """True for a question asking what did something, in the past tense: "which
    cyberattack *took* down the websites" (the verb after the few words of a "which ..."
    phrase). Not "who *floated* the idea": who did it is most often who said it."""
    if words[:1] not in (["which"], ["what"]):
        return False
    for word in words[2 : 1 + _NOUN_PHRASE]:
        if word in _AUXILIARIES or word in _SAID:
            return False  # "which banks *would* be cut off"
        if _past(word):
            return True
    return False


def _past(word: str) -> bool:
    """True for a word that reads as a verb in the past tense ("hacked", "took")."""
    return (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR_PAST


# Past tenses without "-ed" that questions about what was done use.
_IRREGULAR_PAST = frozenset(
    """took hit sent made gave put cut shut held met brought bought caught fought won lost
    kept left struck broke wrote began led ran rose fell""".split()
)
# Past participles without "-ed" that questions about what was done use.
_IRREGULAR_PARTICIPLES = frozenset(
    """cut hit shut put set sent built held made paid sold kept left lost met brought bought
    caught taught thought sought fought given taken shown known seen chosen frozen spoken
    broken driven written blown struck""".split()
)


def _participle(word: str) -> bool:
    """True for a word that reads as a past participle ("removed", "sabotaged", "cut")."""
    return (len(word) > 4 and word.endswith("ed")) or word in _IRREGULAR_PARTICIPLES


def _month(word: str) -> int:
    """The number of the month a word names (1 for "jan" or "january"), or 0."""
    return _MONTHS_IN_ORDER.index(word[:3]) + 1 if _pattern(_MONTH).fullmatch(word) else 0


def _dates(words: Sequence[str]) -> list[tuple[str, int]]:
    """The days a question names, as (day, month): "the 9 December call"."""
    found = []
    for first, second in pairwise(words):
        if first.isdigit() and len(first) <= 2 and _month(second):
            found.append((first, _month(second)))
        elif second.isdigit() and len(second) <= 2 and _month(first):
            found.append((second, _month(first)))
    return found


def _day_not_told(entry: Entry, days: list[tuple[str, int]], checked: bool = False) -> bool:
    """True if the entry does not tell what happened on the days asked about: every
    clause naming one of them speaks of a plan or a hope ("are expected to speak on
    Thursday 9 December"), or it names other days of that month and never these. A
    day being ``checked`` ("did they speak on 9 December?") may be wrong: an entry
    naming another day of that month corrects it."""
    planned = other = False
    for text in (entry.question, *_stated(entry)):
        for tokens in _clauses(text):
            named = _dates(tokens)
            if not set(named).intersection(days):
                other = other or any(month == m for _, month in named for _, m in days)
                continue
            at = next(i for i, token in enumerate(tokens) if any(token == day for day, _ in days))
            near = _near(tokens, at)
            if _POSSIBLE.isdisjoint(near) and _THOUGHT.isdisjoint(near):
                return False
            planned = True
    return planned or (other and not checked)


def _near(tokens: Sequence[str], index: int) -> Sequence[str]:
    """The words a "might" or "if" may stand before a word it governs, or a "would" after."""
    return tokens[max(0, index - _POSSIBLE_GAP) : index + 1 + _POSSIBLE_AFTER]


# Words placing what is counted, not naming it
_BESIDE = frozenset(
    """near along around across inside outside beside beyond toward towards against behind
    within between among amongst next close opposite""".split()
)


def _head(words: Sequence[str], start: int, size: bool = False) -> int:
    """Where the things counted are named: the first plural among the few words after
    "how many" ("how many *alliance soldiers* are ..."), else the last of them ("how big
    is the Ukrainian *army*"). With ``size``, the last: "how big is the weapons
    *package*". A share or a sum is counted in its unit: "how many *percent* Russia
    supplies", "how much *money* US give Ukraine"."""
    if not size and start < len(words) and words[start] in _UNIT_COUNTED:
        return start
    end = start
    while end < len(words) and end - start < _HEAD_WORDS:
        word = words[end]
        if word in STOPWORDS or word in _AUXILIARIES or word in _BESIDE:
            break  # ("how big is the Russian force *near* Ukraine")
        if end > start and len(word) > 4 and word.endswith(("ing", "ed")):
            break  # "the Russian force *sitting* next to Ukraine"
        if end > start and looks_adverb(word):
            break  # "how big is the package *really*"
        if not size and (looks_plural(word) or looks_plural(written_out([word])[-1])):
            return end  # (or a reader's word for them: Uyghur "eskerni", troops)
        end += 1
    return max(start, end - 1)


def _named(
    who: Sequence[str], compiled: CompiledCorpus, terms: Mapping[str, str] | None
) -> frozenset[str]:
    """The terms of whom words name, a misspelt name ("sulivan") read as the question's
    reading of it has it."""
    lexicon = compiled.lexicon
    named = set(lexicon.terms(" ".join(who)))
    for word in who:
        term = lexicon.term(word)
        if term is not None and compiled.postings(term) is None and terms:
            named.update(terms.get(word, "").split())
    return frozenset(named)


def _names_written(query: str) -> frozenset[str]:
    """The words a question writes with a capital inside a sentence ("the *Wagner*
    Group"), lowercased; none when most of its words are capitalised (a title)."""
    tokens = query.split()
    capitalised = [
        _bare(word)
        for before, word in pairwise(tokens)
        if word[:1].isupper() and word[1:2].islower() and before[-1] not in _SENTENCE_OPENERS
    ]
    if not capitalised or len(capitalised) * 2 > len(tokens):
        return frozenset()
    return frozenset(capitalised)


def _opening_names(query: str) -> frozenset[str]:
    """The capitalised words that open a question's sentences, lowercased."""
    return frozenset(
        _bare(word)
        for before, word in pairwise([".", *query.split()])
        if word[:1].isupper() and before[-1] in _SENTENCE_OPENERS
    )


def _bare(word: str) -> str:
    """A word as written, lowercased, without its punctuation or possessive "'s"."""
    return word.strip(_PUNCTUATION).lower().removesuffix("'s").removesuffix("\u2019s")


def _lists_names(entry: Entry) -> bool:
    """True if the entry's answer names things in a list ("Spain and Denmark")."""
    return re.search(_NAMES_LISTED, entry.answer) is not None  # (capitals matter here)


def _names_them(words: Sequence[str]) -> bool:
    """True if what follows a count asks for the things counted by name: "..., and which
    ones", "... list them", "name them"."""
    return not _LIST_THEM.isdisjoint(pairwise(words))


def _kind(words: Sequence[str]) -> str:
    """The kind of answer a question's opening asks for: "who", "why", "how many", ...;
    "" for any other opening."""
    if words[:1] in (["on"], ["in"], ["for"]) and words[1:2] in (["what"], ["which"]):
        words = words[1:]
    if words[:1] in (["what"], ["which"]) and words[1:2] and words[1] in _WHEN_NOUNS:
        return "when"
    if words[:1] in (["what"], ["which"]) and words[1:2] and words[1] in _REASON_NOUNS:
        return "why"
    if not words or words[0] not in _KINDS:
        return ""
    if words[0] == "how" and len(words) > 1 and (words[1] in _QUANTITY or words[1] in _MEASURE):
        return f"how {words[1]}"
    return words[0]


_FORM_NOUNS = frozenset({"form", "format", "shape"})
# The words naming the form a reply, a meeting or a call took.
_FORMS = frozenset(
    "written writing letter video virtual format formal phone telephone online".split()
)
_FORM_OPENING = 2  # where the form noun of "what form", "in what form" stands
_NO_FORM = 0.8  # an entry asked "what form" that names none may still tell of the thing


def _forms_asked(words: Sequence[str]) -> list[int]:
    """Where a question asks the form something took ("what form did the US reply
    take", "in what format did they meet"); not "what form of sanctions", which asks for
    a kind."""
    return [at for at in _asked_nouns(words, _FORM_NOUNS) if words[at + 1 : at + 2] != ["of"]]


def _asked_nouns(words: Sequence[str], nouns: frozenset[str]) -> list[int]:
    """Where one of ``nouns`` stands right after "what" or "which" ("*which region*",
    "*what form*"): the kind of answer asked for."""
    return [
        at
        for at, word in enumerate(words[1:], 1)
        if word in nouns and words[at - 1] in ("what", "which")
    ]


@lru_cache(maxsize=512)
def names_a_form(entry: Entry) -> bool:
    """True if an entry's own question or phrasings name a form ("Did the US reply ...
    *in writing*?", "the *video* call")."""
    return not _FORMS.isdisjoint(_words(" ".join((entry.question, *entry.aliases))))


@lru_cache(maxsize=512)
def _entry_kinds(question: str) -> frozenset[str]:
    words = list(_words(question))
    kinds = {_kind(words)}
    for start, word in enumerate(words[1:], 1):
        if word in _KINDS and words[start - 1] in ("and", "for", "or"):
            kinds.add(_kind(words[start:]))
    return frozenset(kinds - {""})


def _asked_when(entry: Entry) -> bool:
    """True if the entry is itself asked as a when-question ("When might escalation be
    unavoidable?" is answered by the circumstances, not by a date)."""
    return _asks_when(list(_words(entry.question)))


def _asks_instructions(words: list[str]) -> bool:
    """True for a question asking how to do something ("how to ...", "how do I ..."):
    only an entry asked the same way gives instructions."""
    if words[3:4] in (["know"], ["tell"]):
        return False  # "how do we know ...": by what evidence, not how to do it
    if words[3:4] and words[3] in _DESCRIBING:
        return False  # "how would you describe Germany's response": what it was like
    if words[3:4] and words[3] in _LOCATING_VERBS:
        return False  # "how do I find the short link": the link itself
    return words[:2] == ["how", "to"] or tuple(words[:3]) in _INSTRUCTION_OPENINGS


def _context(folded: str) -> list[str]:
    """The words of a clause set before the question proper ("given the Donbas war since
    2014, who ..."), or none."""
    return _context_and_question(folded)[0]


def _context_and_question(folded: str) -> tuple[list[str], str]:
    """The words of what is set before the question proper (sentences, or a clause), if
    anything is, and the question proper."""
    told: list[str] = []
    if "anyway" in folded or "anyhow" in folded:
        # "I was in Geneva once, lovely lake, anyway who met there ...": the turn to the
        # question ends what the reader tells first, as a full stop would
        folded = _pattern(_TURNING_TO_ASK).sub(". ", folded, count=1)
    colon = folded.find(": ")
    dashed = colon < 0 and any(mark in folded for mark in _DASH_MARKS)
    dash = _pattern(_DASH_BEFORE_ASKING).search(folded) if dashed else None
    if (
        dash is not None
        and len(_content(re.findall(r"[a-z0-9]+", folded[dash.end() :]))) < _ASKS_ON_ITS_OWN
    ):
        dash = None  # ("i keep worrying about nukes - does the post mention them?": about them)
    if dash is not None:
        # "My uncle insists they met face to face — how did they actually talk?": a dash
        # before the question sets off what the reader tells, as a colon does
        colon = dash.start()
    before = folded[:colon].split() if colon > 0 else []
    if len(before) >= _TOLD_BEFORE_A_COLON and (
        not _TELLER.isdisjoint(before)
        or (len(before) >= _SCENE_BEFORE_A_COLON and dash is None)  # (a topic, said at length)
    ):
        # "Writing an essay for school tonight, help me out: what principle ...": the
        # reader's telling, as a sentence before the question is ("SWIFT: what is it"
        # names the topic)
        rest = folded[dash.end() :] if dash is not None else folded[colon + 2 :]
        folded = f"{folded[:colon]}. {rest}"
    # "... who even wrote it? I'm terrible with names": what the reader tells of
    # themselves last is no question of its own, whichever sentence asks
    folded, aside = _told_last(folded)
    preface = any(hint in folded for hint in _PREFACE_HINTS) and _pattern(_PREFACE).match(folded)
    if preface:  # "ok dumb question but ...": how the reader comes to ask
        aside += re.findall(r"[a-z0-9]+", preface.group(0))
        folded = folded[preface.end() :]
    inner = folded.rstrip(" ?!.")
    told_first = ". " in inner or "? " in inner or "! " in inner or "; " in inner
    ends = [m.end() for m in _pattern(_SENTENCE_BEFORE).finditer(folded)] if told_first else []
    asked = re.findall(r"[a-z0-9]+", folded[ends[-1] :]) if ends else []
    content = _content(asked)
    on_its_own = len(content) >= _ASKS_ON_ITS_OWN or not _POINTING_BACK.isdisjoint(asked)
    # "Norman says diplomacy is key. Why does she think so?": the claim is what is asked
    if content and on_its_own and not (asked[-1:] == ["so"] and asked[-2:-1] != ["do"]):
        # "My grandson mentioned the video call. What was it mostly about?" ("Claim: ...
        # Does the post agree?" asks about the claim.)
        told = re.findall(r"[a-z0-9]+", folded[: ends[-1]])
        folded = folded[ends[-1] :]
    elif told_first:
        # "I've been a trucker for twenty years. I heard there was a sit-down in Geneva.
        # Who was it between?": a last sentence saying too little asks about the one
        # before it; what comes before that is the reader's own telling.
        starts = [m.end() for m in _pattern(_SENTENCE_END).finditer(folded)]
        for start in reversed(starts):
            asked = re.findall(r"[a-z0-9]+", folded[start:])
            if sum(word not in STOPWORDS for word in asked) >= _ASKS_ON_ITS_OWN:
                if start != starts[-1]:
                    told = re.findall(r"[a-z0-9]+", folded[:start])
                    folded = folded[start:]
                break
    folded, later = _aside_after(folded)
    lead, proper = _clause_and_question(folded)
    return told + lead + later + aside, proper


def _content(asked: list[str]) -> list[str]:
    """The words of a question that say what it is about: "Does the post agree?" asks
    about what was told before it; "what did the British report" does not."""
    return [
        word
        for index, word in enumerate(asked)
        if word not in STOPWORDS
        and (word not in DOCUMENT_NOUNS or not (index and asked[index - 1] in _BEFORE_A_NOUN))
    ]


def _corrected(folded: str) -> str:
    """A question the reader corrects as they type ("what did Putin say, sorry I mean what
    will Russia draw up", "what capab- sorry, what capabilities ..."): what they asked
    first told as a sentence before the corrected question; or, where the correction only
    mends a part ("..., sorry, which states"), the whole without the words correcting."""
    found = _pattern(_CORRECTION).search(folded)
    if found is None or found.start() == 0:
        return folded
    before = re.sub(r"\b[a-z]+-\s*$", "", folded[: found.start()])  # "what capab-": unfinished
    before, after = before.rstrip(" ,;:-"), folded[found.end() :]
    asked = re.findall(r"[a-z0-9]+", after)
    if asked[:1] and asked[0] in _WH_WORDS | _AUXILIARIES and _asks_enough(after):
        return f"{before}. {after}"
    return f"{before} {after}"


def _told_last(folded: str) -> tuple[str, list[str]]:
    """The text without what the reader tells of themselves at its very end, in the last
    sentence or as one ("..., my dad says otherwise", "... I'm terrible with names"), and
    those words."""
    found = ("," in folded or "? " in folded or ". " in folded) and _pattern(_ASIDE).search(folded)
    if not found or found.start() == 0 or re.search(r"[.!?]\s", found.group(1)):
        return folded, []
    if not _asks_enough(folded[: found.start()]):
        return folded, []
    return folded[: found.start() + 1], re.findall(r"[a-z0-9]+", found.group(1))


def _asks_enough(text: str) -> bool:
    """True if the text has content words enough to be a question on its own."""
    return sum(w not in STOPWORDS for w in re.findall(r"[a-z0-9]+", text)) >= _ASKS_ON_ITS_OWN


def _aside_after(folded: str) -> tuple[str, list[str]]:
    """The question without what the reader tells after it about themselves ("..., my
    son works in electronics", "..., I can't keep track of it all"), and that aside's
    words."""
    found, remark = None, []
    if ", which " in folded:
        between = _pattern(_REMARK).search(folded)
        if between:
            remark = re.findall(r"[a-z0-9]+", between.group(1))
            rest = folded[between.end() :]
            folded = f"{folded[: between.start()]},{rest}" if rest else folded[: between.start()]
    if "," in folded or ". " in folded or "? " in folded:
        found = _pattern(_ASIDE).search(folded)
    if not found and (" can " in folded or " could " in folded):
        found = _pattern(_FOR_USE).search(folded)
    if not found and (" so " in folded or " as " in folded):
        found = _pattern(_SO_THAT_I).search(folded)
    if not found and (" because " in folded or " cause " in folded or " cos " in folded):
        found = _pattern(_BECAUSE_I).search(folded)
    if not found and " if " in folded:
        found = _pattern(_IF_GIVEN).search(folded)
    if not found and " i " in folded:
        found = _pattern(_PRECISION_WANTED).search(folded)
    if not found or found.start() == 0:
        return folded, remark
    if not _asks_enough(folded[: found.start()]):
        return folded, remark
    told = re.findall(r"[a-z0-9]+", found.group(1))
    # ("..., if I remember right": a hedge, not a condition set before the question)
    return folded[: found.start()], remark + (told[1:] if told[:1] == ["if"] else told)


def _clause_and_question(folded: str) -> tuple[list[str], str]:
    """The words of a clause set before the question proper, if there is one, and the
    question proper."""
    joined = "," in folded or ":" in folded or " -" in folded or "\u2013" in folded
    joined = joined or "\u2014" in folded
    found = joined and _pattern(_CONTEXT).match(folded)
    if not found:
        return [], folded
    lead = re.findall(r"[a-z0-9]+", found.group(1))
    opening = next((word for word in lead if word not in _CONNECTIVES), "")
    asking = opening in _WH or opening in _AUXILIARIES
    if opening in _ARTICLES:
        # "the media focus on X, but the piece says Y, so what ...": a clause told first;
        # "the author of the LSE article, where does she teach" is the question's subject
        # ("a friend of mine sent me a piece and I forgot the byline, who wrote it": the
        # reader's own telling)
        asking = not _has_a_verb(lead) and _READER.isdisjoint(lead)
    if not opening or asking or opening in _KINDS | _ACCORDING:
        return [], folded  # "what is X, and why ...": one question
    if lead[0] in _ASKING_LEADS:
        return [], folded  # "after the call, did Putin ...": when, a part of what is asked
    rest = re.findall(r"[a-z0-9]+", folded[found.end() :])
    if all(word in STOPWORDS or word in _TIME_WORDS for word in rest):
        return [], folded  # "the video call in December, which day": the lead is the topic
    labelled = folded[found.end(1) : found.end()].lstrip().startswith(":")
    pointed_back = (
        "," not in found.group(1)
        and lead[0] not in _SCENE_SETTERS
        and not _THING_BACK.isdisjoint(rest)
        and not _has_a_verb(lead)
    )
    if labelled and _LOCATING.issuperset(lead) and not _SECTION_NOUNS.isdisjoint(lead):
        # "last section: when are the two leaders due to talk again": where in a document
        # the reader read it, not what is asked about
        return lead, folded[found.end() :]
    if _names_a_topic(lead) or ((labelled or pointed_back) and _READER.isdisjoint(lead)):
        # "Spain and Denmark, what are they doing", "US export controls on Russia: which
        # ...", "the Paris meeting of the four - how long did it last": what is asked
        # about, in full, with the question read after it ("For my timeline: ..." is the
        # reader's own telling)
        return [], folded[found.end() :]
    return lead, folded[found.end() :]


def before_whose_account(words: list[str]) -> list[str]:
    """The words before any ", according to the author" set after what is asked."""
    return words[: words.index("according")] if "according" in words else words


def _likelihood_asked(words: Sequence[str]) -> frozenset[str]:
    """The word asking how likely something is ("the *odds* that ..."), where what it
    asks of names two things or more."""
    for index, word in enumerate(words):
        if word in _LIKELIHOOD and words[index + 1 : index + 2] in (["of"], ["that"]):
            named = [w for w in words[index + 2 :] if w not in STOPWORDS]
            if len(named) >= _LIKELIHOOD_NAMES:
                return frozenset({word})
    return frozenset()


def _has_a_verb(lead: Sequence[str]) -> bool:
    """True for a lead that tells something ("the later post *is* from January"), not
    one that only names it ("the author of the LSE article")."""
    return not _VERBISH.isdisjoint(lead) or not _VERB_AUXILIARIES.isdisjoint(lead)


def _documents_spoken_of(told: Sequence[str]) -> set[str]:
    """The nouns for a document a question uses, each compound ("blog post", "news
    article") counted by its last word."""
    return {
        word
        for word, after in zip(told, [*told[1:], ""])
        if word in DOCUMENT_NOUNS and after not in DOCUMENT_NOUNS
    }


def _names_a_topic(lead: list[str]) -> bool:
    """True for a lead that only names what the question is about ("Spain and Denmark",
    "the Nord Stream 2 pipeline"): a few words, none of them a verb or a preposition
    setting a scene ("like the Cuban missile crisis", "given the war")."""
    if len(lead) > _TOPIC_WORDS or lead[0] in _SCENE_SETTERS:
        return False
    return not any(
        word in _VERBISH or word.endswith(("ed", "ing")) or word in STOPWORDS - _TOPIC_LINKS
        for word in lead
    )


def _untagged(folded: str) -> str:
    """The question without a tag asking to confirm it ("..., right?", ". True?", "is that
    correct?", "does the explainer support that?")."""
    if _TAG_HINTS.isdisjoint(word.strip("?.!,;:") for word in folded[-48:].split()):
        return folded
    found = _pattern(_TAG).search(folded)
    if found is None and not _pattern(_ASKING_WORD).match(folded):
        found = _pattern(_PRONOUN_TAG).search(folded)
        if found and not found.group(1) and found.group()[:1] not in ",.;:!?":
            found = None  # "... is it": a tag that does not negate needs its comma
        if found is None:
            # "europe gets half its gas from russia right": a statement's tag, unpunctuated
            found = _pattern(_BARE_TAG).search(folded)
    return folded[: found.start()] if found and found.start() > 0 else folded


def _unchecked(folded: str) -> str:
    """What was told, without a last sentence only asking whether the documents bear it
    out ("... Does the December explainer agree?", "... Is that right according to the
    documents?"): what was told is the question."""
    inner = folded.rstrip(" ?!.")
    # '"Canadian troops are training Ukrainians" -- can you confirm from the documents?'
    dashes = [(m.start(), m.end()) for m in _pattern(_DASH_BEFORE).finditer(inner)]
    if "." not in inner and "?" not in inner and "!" not in inner and not dashes:
        return folded
    ends = [(m.end(), m.end()) for m in _pattern(_SENTENCE_BEFORE).finditer(folded)]
    if not ends and not dashes:
        return folded
    cut, start = max(ends + dashes, key=lambda pair: pair[1])
    last = re.findall(r"[a-z0-9]+", folded[start:])
    content = [w for w in last if w not in STOPWORDS]
    if _CHECKING.isdisjoint(content) or not _CHECKING.issuperset(content):
        return folded
    if last[:1] in (["who"], ["when"], ["where"]) and _BACK.isdisjoint(last):
        return folded  # "... Who is the author of the LSE post?" asks its own question
    return folded[:cut]


def _label(folded: str) -> str:
    """The asking label a question opens with ("quick check: "), or ""."""
    if ":" not in folded[:42] and "-" not in folded[:42] and "\u2013" not in folded[:42]:
        return ""
    found = _pattern(_LABEL).match(folded)
    labelled = found and re.split(r"[-/\s]+", found.group(1).strip())
    if labelled and all(
        # ("Task 3:", "Worksheet Q2:", "Part B:": a numbered part of an assignment)
        word in _ASKING_WORDS
        or (labelled[0] in _NUMBERED_TASKS and _pattern(_TASK_NUMBER).match(word))
        for word in labelled
    ):
        return found.group(0)
    return ""


def _reference(folded: str, words: frozenset[str], cited: str = "") -> str:
    """Where a question says whose account it asks for or what it is for ("according to
    the LSE piece, ...", "for a class report: ..."): words about the asking, not the
    topic. "" if it says neither. ``cited``: the document the question has speak ("*the
    post* mentions"), if any."""
    found = []  # (each pattern is compiled only for a question it may fit)
    prefix = folded.startswith("for ") and _pattern(_FOR_PURPOSE).match(folded)
    if prefix:
        found.append(prefix.group(0))
    document = not words.isdisjoint(DOCUMENT_NOUNS) and _pattern(_IN_DOCUMENT).search(folded)
    if document:
        found.append(document.group(0))  # "who is Sullivan *in the explainer*"
    if cited and not document:
        found.append(cited)  # "does *the post* mention nuclear weapons"
    label = not document and ":" in folded and _pattern(_DOCUMENT_LABEL).match(folded)
    if label:
        found.append(label.group(0).strip(" :\u2013\u2014"))  # "*norman's post*: how ..."
    source = not words.isdisjoint(_ACCORDING) and _pattern(_ACCORDING_TO).search(folded)
    if source:
        kept = []
        for word in (source.group(1) or source.group(2)).split()[:_REFERENCE_WORDS]:
            if word in _WH or word in _VERB_AUXILIARIES:
                break  # "according to the post *what* ..."
            kept.append(word)
        found.append(" ".join(kept))
    return " ".join(found)


@lru_cache(maxsize=_TEXTS)
def _words(text: str) -> tuple[str, ...]:
    """``words`` of an entry's text, kept: the same texts are read for every question."""
    return tuple(words(text))


@lru_cache(maxsize=_TEXTS)
def _clauses(text: str) -> tuple[tuple[str, ...], ...]:
    """The words of each clause of a text."""
    return tuple(tuple(words(clause)) for clause in _CLAUSE.split(text))


def _pattern(source: str) -> re.Pattern[str]:
    if source not in _PATTERNS:
        _PATTERNS[source] = re.compile(source, re.IGNORECASE)
    return _PATTERNS[source]


# "As of late January 2022, ...": when the answer holds, not a time or figure it states.
_AS_OF = (
    r"\bas of (?:the\s+)?(?:late\s+|early\s+|mid\s+)?(?:\d{1,2}\s+)?[a-z]+\s+\d{4}\b"
    r"(?:\s+(?:post|explainer))?,?"
)


def _names_any(entry: Entry, terms: Collection[str], compiled: CompiledCorpus) -> bool:
    """True if the entry's phrasings or what it states have one of ``terms``."""
    if not terms:
        return False
    term = compiled.lexicon.term
    return any(
        term(word) in terms
        for text in (entry.question, *entry.aliases, *_stated(entry))
        for word in _words(text)
    )


def _stated(entry: Entry) -> tuple[str, ...]:
    """What an entry states: its answer (without the date it holds as of) and its quotes."""
    answer = entry.answer
    if "s of " in answer:  # (the pattern is only made for an answer that may need it)
        answer = _pattern(_AS_OF).sub("", answer)
    return (answer, *(e.quote for e in entry.evidence))


def _states(entry: Entry, source: str, *, units: bool = False) -> bool:
    """True if the entry's answer or a quote has a match of the pattern."""
    pattern = _pattern(rf"\b(?:{source})\b" if units else source)
    texts = _stated(entry)
    return any(pattern.search(text) for text in texts)


# "Two options are listed: SWIFT and what else?": the one named is set aside
_NAMED_AND_WHAT_ELSE = (
    r"(?:^|[,:;.\u2013\u2014-]\s*)([^,:;.\u2013\u2014-]{2,40}?)\s+(?:and|or)\s+what\s+else\b"
)


def _excluded(folded: str) -> frozenset[str]:
    """The words of what a question sets aside before asking ("*besides SWIFT*, what
    banking sanction ...", or as a search engine is asked: "uk weapons *-javelin*"): the
    answer is something else."""
    if " -" in folded and (minus := re.findall(r"(?:^|\s)-([a-z][a-z0-9]*)", folded)):
        return frozenset(minus)
    if folded.lstrip().split(" ", 1)[0] not in _SETTING_ASIDE:
        # "who apart from the US is arming Ukraine": set aside just after the wh-word
        found = any(w in folded for w in _SETTING_ASIDE_WORDS) and _pattern(
            _EXCLUSION_AFTER_WH
        ).match(folded)
        if found:
            return frozenset(re.findall(r"[a-z0-9]+", found.group(1)))
        # "what else could Russia do *apart from sending tanks in*": set aside at the end
        found = " what else" in folded and _pattern(_NAMED_AND_WHAT_ELSE).search(folded)
        if found:  # "two financial options: *SWIFT* and what else?"
            return frozenset(re.findall(r"[a-z0-9]+", found.group(1)))
        if " else " not in folded:
            return frozenset()
        found = _pattern(_EXCLUSION_AFTER).search(folded)
        if not found or len(folded[: found.start()].split()) < _ASKED_BEFORE_SETTING_ASIDE:
            # "who else besides the US sent a response": the one set aside stands just
            # after "else"
            found = _pattern(_EXCLUSION_AFTER_ELSE).match(folded)
        return frozenset(re.findall(r"[a-z0-9]+", found.group(1))) if found else frozenset()
    found = _pattern(_EXCLUSION).match(folded)
    return frozenset(re.findall(r"[a-z0-9]+", found.group(1))) if found else frozenset()


def _alternative(words: list[str]) -> frozenset[str]:
    """The words of the second of two alternatives a question offers ("was it by phone *or
    video*"): one of them is the answer, so the entry need not speak of both."""
    if "or" not in words:
        return frozenset()
    at = len(words) - 1 - words[::-1].index("or")
    first, second = words[at - 1 : at], [w for w in words[at + 1 : at + 3] if w != "the"][:1]
    if at and second and first[0].isdigit() and second[0].isdigit():
        # "was it 8000 or 8500 troops", "on the 7th or the 9th": the figure is what is
        # asked, so neither is needed of the entry
        return frozenset(first + second)
    before = [w for w in words[:at] if w not in STOPWORDS]
    after = [w for w in words[at + 1 :] if w not in STOPWORDS]
    if len(before) < 2 or not after or words[at + 1 : at + 2] in (["not"], ["so"]):
        return frozenset()
    return frozenset(after).difference(before)


# "..., compared with Y", "... as opposed to Y": what the asked thing is set beside.
_COMPARED = (
    ("compared", "with"),
    ("compared", "to"),
    ("as", "opposed"),
    ("in", "contrast"),
    ("relative", "to"),
    # "are the allies united, *given their energy dependence*": why the reader asks
    *((lead, the) for lead in ("given", "considering") for the in ("the", "their", "its", "how")),
    ("in", "light"),
)


def _compared(words: list[str]) -> frozenset[str]:
    """The words a question sets what it asks about beside ("who met in Paris, *compared
    with the Geneva meeting*"): the answer is about the first, so the entry need not
    speak of both. (Not when the comparison opens the question.)"""
    at = next((i for i in range(1, len(words) - 1) if tuple(words[i : i + 2]) in _COMPARED), 0)
    before = [w for w in words[:at] if w not in STOPWORDS]
    if len(before) < 2:
        return frozenset()
    return frozenset(w for w in words[at + 2 :] if w not in STOPWORDS).difference(before)


def _names_occasion(after: list[str]) -> bool:
    """True if the words after an ordinal name an occasion it counts ("[second] Biden-Putin
    call"; not "[next] after the call", where it counts nothing)."""
    for word in after[:_OCCASION_GAP]:
        if word in _OCCASIONS:
            return True
        if word in STOPWORDS:
            return False
    return False


def _timed(words: list[str]) -> frozenset[str]:
    """The words of a last clause that only dates what is asked ("what did Washington send
    Moscow *after the Blinken-Lavrov meeting*"): the answer is what came then, so the entry
    need not speak of the earlier event."""
    at = next((i for i in range(len(words) - 2, 1, -1) if words[i] in _AFTERWARDS), 0)
    before = [w for w in words[:at] if w not in STOPWORDS]
    clause = words[at + 1 :]
    if len(before) < 2 or len(clause) > _TIMED_CLAUSE or not _OWNERS.isdisjoint(clause):
        return frozenset()  # (not "... after *his* call with Biden": the subject's own)
    if not _WH_WORDS.isdisjoint(clause):
        return frozenset()  # "... after the call, what did Sullivan answer": the question
    return frozenset(w for w in clause if w not in STOPWORDS).difference(before)


def _wanting(words: list[str]) -> str:
    """The verb of "what did X demand/want ...", "does X want ..." or "how did X respond
    ...", or ""."""
    for index, word in enumerate(words[:3]):
        if word in ("did", "does", "do", "has", "have"):
            verbs = _WANTING_OR_ANSWERING if words[:1] == ["how"] else _WANTING
            for at in range(index + 2, min(len(words), index + 2 + _WANTING_GAP)):
                if words[at] in _ANSWERING and words[at + 1 : at + 2] not in (["to"], ["the"]):
                    continue  # "how did Sullivan answer *when asked*": his words
                if words[at] in verbs and words[at - 1] not in _DETERMINERS:
                    return words[at]  # "... publish *its demands*": a noun
            return ""
    return ""


def _giving_account(words: list[str]) -> list[str]:
    """Whose account "how does X justify/describe Y" asks for: X's words ([] if none).
    "How does the author describe ..." is what the document says, and "how does X
    explain why ..." asks why."""
    if words[:1] not in (["how"], ["why"]) or not words[1:2] or words[1] not in _AUXILIARIES:
        return []
    putting = _PUTTING if words[0] == "how" else _CLAIMING
    verb = next((i for i, w in enumerate(words[3:], 3) if w in putting), 0)
    who = words[2:verb]
    if not verb or not DOCUMENT_NOUNS.isdisjoint(who) or "author" in who:
        return []
    if _SIDES_OF_BOTH.issuperset(who):
        return []  # "how does each side view ...": both sides' accounts
    return [] if words[verb + 1 : verb + 2] in (["why"], ["how"], ["what"]) else who


def _quotes_speaker(
    entry: Entry, speaker: frozenset[str], compiled: CompiledCorpus, verbs: frozenset[str]
) -> bool:
    """True if the entry reports words of the one the question asks about: a verb of
    saying with that speaker a few words before or after it ("Sullivan reported",
    "Blinken confirmed", "the leader said")."""
    said = _sayings(entry, compiled)
    return any(not speaker.isdisjoint(near) for verb in verbs for near in said.get(verb, ()))


def _sayings(entry: Entry, compiled: CompiledCorpus) -> dict[str, list[frozenset[str]]]:
    """Each verb of saying, viewing or stance in an entry's question and statements, with
    the terms of the words about it: read once per entry, for every question."""
    key = f"sayings {entry.id}"
    found = compiled.derived.get(key)
    if found is not None:
        return found  # type: ignore[return-value]
    lexicon, verbs = compiled.lexicon, _SAID | _VIEWING | _STANCES
    said: dict[str, list[frozenset[str]]] = {}
    for text in (entry.question, *_stated(entry)):
        tokens = _words(text)
        for index, token in enumerate(tokens):
            if token in verbs:
                near = tokens[max(0, index - _SPEAKER_GAP) : index + 1 + _COUNT_GAP]
                said.setdefault(token, []).append(frozenset(lexicon.terms(" ".join(near))))
    compiled.derived[key] = said
    return said


@lru_cache(maxsize=4)
def _side_spoken_for(compiled: CompiledCorpus) -> dict[str, str]:
    """The side each of its spokespeople speaks for ("putin": "russia")."""
    return {person: side for side, people in _spokespeople(compiled).items() for person in people}


@lru_cache(maxsize=4)
def _spokespeople(compiled: CompiledCorpus) -> dict[str, frozenset[str]]:
    """Who speaks for each side, by the corpus's own synonyms: a name listed with a
    phrase giving a side's office ("Putin": "Russian president"; "Blinken": "US secretary
    of state"), not an institution named after a country ("American politics blog")."""
    lexicon, sides, names = compiled.lexicon, _sides(compiled), compiled.names()
    found: dict[str, set[str]] = {}
    for phrases in lexicon.phrase_words().values():
        for parts, term in phrases:
            if term not in names or term in sides or _OFFICES.isdisjoint(parts):
                continue
            for part in parts:
                side = lexicon.term(part)
                if side in sides:
                    found.setdefault(side, set()).add(term)
    return {side: frozenset(people) for side, people in found.items()}


def _hypothetical(entry: Entry) -> bool:
    """True if an entry is about a possibility: asked with "would", "could" and the like,
    and answered, from its first sentence, as one ("One financial option was to ...")."""
    clauses = [c for c in _CLAUSE.split(entry.answer) if _words(c)]
    if clauses and _words(clauses[0]) in (("yes",), ("no",)):
        clauses = clauses[1:]  # what follows a bare "Yes." or "No."
    first = clauses[0] if clauses else ""
    return not _POSSIBLE.isdisjoint(_words(entry.question)) and not _HYPOTHETICAL.isdisjoint(
        _words(first)
    )


def _only_possible(entry: Entry, events: frozenset[str], compiled: CompiledCorpus) -> bool:
    """True if the entry speaks of the question's events only as a possibility or a plan:
    each place it names one stands in a clause with "might", "if", "expected" and the like
    a few words before it, or "would" just after it ("why might Russia invade", "an
    invasion would bring sanctions", "are expected to speak on Thursday"). An alias is a
    bare phrase: it can show a possibility, never a fact."""
    possible, fact = _possibilities(entry, compiled)
    possible, fact = possible & events, fact & events
    if not possible and not fact and _hypothetical(entry):
        # named only by an alias ("kick Russia out of SWIFT") of an entry about a
        # possibility ("What would cutting Russia off from SWIFT do?")
        return True
    return bool(possible) and not fact


def _possibilities(entry: Entry, compiled: CompiledCorpus) -> tuple[frozenset[str], frozenset[str]]:
    """The terms an entry names as a possibility somewhere, and those it states as a fact
    somewhere: read once per entry, for every question."""
    key = f"possibilities {entry.id}"
    found = compiled.derived.get(key)
    if found is not None:
        return found  # type: ignore[return-value]
    lexicon = compiled.lexicon
    possible: set[str] = set()
    fact: set[str] = set()
    texts = [(text, False) for text in entry.aliases]
    texts += [(text, True) for text in (entry.question, *_stated(entry))]
    for text, sentence in texts:
        for tokens in _clauses(text):
            # "Equally likely ... is the use of cyberattacks": an opening possibility
            # governs the whole clause
            opened = not _POSSIBLE_OPENERS.isdisjoint(tokens[:_OPENER])
            for index, token in enumerate(tokens):
                term = lexicon.term(token)
                if term is None:
                    continue
                if opened or not _POSSIBLE.isdisjoint(_near(tokens, index)):
                    possible.add(term)
                elif sentence:
                    fact.add(term)
    found = compiled.derived[key] = (frozenset(possible), frozenset(fact))
    return found


@lru_cache(maxsize=_TEXTS)
def _states_quantity(entry: Entry, time: bool = False) -> bool:
    """True if the entry states an amount: a number word, or a figure that is not a date,
    a year or part of a name ("27 January 2022" and "Nord Stream 2" are not amounts).
    With ``time`` ("how many days"), "a week" or "an hour" is an amount too."""
    texts = _stated(entry)
    words = _pattern(_QUANTITY_WORDS)
    if any(words.search(text) or _has_figure(text) for text in texts):
        return True
    return time and any(_pattern(_ONE_UNIT_OF_TIME).search(text) for text in texts)


_NONE = frozenset({"no", "not", "never", "none", "zero"})


def _counts(
    entry: Entry, term: str, owner: str | None, compiled: CompiledCorpus, none: bool = False
) -> bool:
    """True if the entry states an amount of the thing counted: a figure or number word
    within a few words before it ("8,500 US troops", "three rounds of talks"), and where
    the question says whose they are, with that owner beside it ("100,000 Russian troops"
    does not count Ukraine's army)."""
    lexicon = compiled.lexicon
    amount = _pattern(_QUANTITY_WORDS)
    for text in _stated(entry):
        tokens = _words(text)
        for index, token in enumerate(tokens):
            if none and token in _NONE:
                # "how many will be deployed": "US troops would *not* be deployed", none
                near = tokens[max(0, index - _COUNT_GAP) : index + 1 + _COUNT_GAP]
                terms = {lexicon.term(word) for word in near}
                if term in terms and (owner is None or owner in terms):
                    return True
                continue
            if not (amount.fullmatch(token) or _is_amount(token)):
                continue
            # "one-third of its total energy": the words between do not count
            after = [w for w in tokens[index + 1 : index + 1 + 2 * _COUNT_GAP] if w not in _OF]
            after = after[:_COUNT_GAP]
            if not any(lexicon.term(word) == term for word in after):
                continue
            near = tokens[max(0, index - _COUNT_GAP) : index + 1 + _COUNT_GAP]
            if owner is None or any(lexicon.term(word) == owner for word in near):
                return True
    return False


def _is_amount(token: str) -> bool:
    """A token that is a figure and not a year."""
    return token.isdigit() and not is_year(token)


def _has_figure(text: str) -> bool:
    months = _pattern(_MONTHS)
    for match in _pattern(_NUMBER).finditer(text):
        start, digits = match.start(), match.group(1)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            continue  # a year
        if months.match(text, match.end(1)):
            continue  # a day of a month
        before = text[:start].split()[-2:] if start and text[start - 1].isspace() else []
        word = before[-1] if before else ""
        opening = len(before) < 2 or before[0][-1:] in ".!?"  # "About 150 ..." opens a sentence
        if word[:1].isupper() and word.isalpha() and not word.isupper() and not opening:
            continue  # part of a name: "Stream 2"
        return True
    return False
