"""Turn free text into the search terms that the index and the queries share."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache, lru_cache

# Words that say how a question is asked, not what it is about.
ENGLISH_STOPWORDS = frozenset(
    """
    a about above against all also am an and another any are aren as at be been
    being below between both but by can could couldn did didn do does doesn doing don down
    during each either else ever few for from get gets getting go going got had has
    have having he her here hers herself him himself his how however i if in into is isn it
    its itself just know let like ll may me might more most much must my myself need no nor
    not non none now of off on once only or other our ours ourselves out over own per please re s
    same say says said saying shall she should so some such t tell tells told telling than
    that the their theirs them themselves then there these they this those through thus to
    too under until up upon ve very via was wasn we were weren what whats when where whether
    which while who whom whose why will with would you your yours yourself thing things
    anything something someone anyone everyone everybody anybody somebody nobody everything
    many number amount lot lots kind kinds sort sorts form forms nature d m guy guys folks ones
    lady ladies eg etc simple simpler simplest blimey gobsmacked flipping arguably ostensibly
    presumably articulated articulate articulates modality modalities hypothetical
    hypothetically usual usually mine define defines definition worksheet worksheets
    enquire enquiring inquire inquiring obliged thereof apologies apology mean circumstances
    circumstance wonder wondering wondered remind unpack
    exactly actually currently basically simply quite rather even still yet already ago
    try trying tried way ways long one two stated according concerning regarding without
    inside numbers time times come comes came launch take takes taking took make
    makes made making put puts putting dr mr mrs ms prof soon besides except apart aside
    current plus less zero
    explain explains explained explaining summarise summarize summarised summarized
    summarising summarizing summing outline outlines elaborate briefly approx approximately roughly
    compare compares compared comparing comparison liken likens likened resemble resembles
    resembled resembling city cities location venue
    destination
    weekday weekdays type types went goes gone gonna wanna gotta kinda sorta ok okay alright hmm
    oh um uh btw wait versus vs intra inter particularly notably specifically mainly mostly
    toward towards onto amid amidst among amongst whilst till maybe perhaps gist lede takeaway
    takeaways tldr lol lmao tbh imo imho idk ngl smh omg yo bruh bro smth sth hi hello true
    never whatever whichever whoever always somewhere everywhere anywhere nowhere done pretty kindly
    ought oughta hence therefore thereby whereby wherein albeit lest meanwhile nevertheless
    nonetheless moreover furthermore indeed thereafter anyhow somehow accordingly consequently
    regardless whereupon henceforth hereby herein notwithstanding mustn needn gotten yall ya
    innit aye nope yep yeah yup nah cheers thanks thank thx ty hey heya hiya lowkey highkey fam
    deadass istg fyi
    owt nowt elucidate essentially because although though whereas anyway cos
    supposed known knew knows stuff proper claim claims claimed claiming hear hears heard
    hearing identify identifies identified fully completely totally entirely wholly absolutely
    reportedly allegedly apparently seemingly purportedly surely shown handling handled several
    extent normative find finds stress stresses stressed stressing emphasise emphasises
    emphasised emphasize emphasizes emphasized underline underlines underlined crikey
    struth strewth dinkum bloke blokes fella fellas chap chaps yoke duw mun mate invoke invokes
    invoked invoking
    ugh argh wow jeez geez sheesh ffs wtf dammit bloody freaking frickin honestly
    ridiculous absurd outrageous insane crazy pathetic stupid idiotic presently
    """.split()
)
_OTHER_LANGUAGES_SMALL_WORDS = frozenset(
    # the small words of French, Spanish and German a reader may mix in ("la réponse
    # écrite des États-Unis"), where they are no English word
    """le les des du une et est sont avec pour dans sur aux cette ces il elle ils ont etait
    qu del una lo al se su sus fue esta estan es que de der das und ist sind
    von nach bei zum zur ein eine einen einem gegen auf"""
    # and of Hindi, in Hinglish ("Sullivan *ne* call ke baad ...", "Paris *wali* meeting")
    """ ne wala wali wale yaar bhai wagera rahe raha rahi karna kar diya apne apna apni"""
    # and of Portuguese ("os EUA *vao* mandar tropas *pra* Ucrania *ou nao*")
    """ os da das pra ou nao ja vai vao estao foi tem sao um uma em ao aos pelo pela
    num numa isso esse essa este"""
    # and of Swedish ("Vad ser Kreml som en röd linje", "när *ska* ledarna prata igen")
    """ och som ar pa om mot kan ska har finns med fran ett det av hos att sa"""
    # and of Indonesian and Malay ("artikel LSE blog *itu*", "*yang* dari Rusia")
    """ itu yang di dari dan ini ada untuk dengan sih dong deh juga akan bisa soal buat
    tentang kalau lah"""
    # and of Turkish ("Putin *ile* ne zaman", "Avrupa'*da*") and Vietnamese ("*co* bao
    # nhieu quan Nga *o* bien gioi *vay*"), and "var", Swedish "where" and Turkish "there is"
    """ ile ve bir mi mu icin var co o vay cua trong tren roi dang duoc voi bien chau phu
    bao"""
    # and of Japanese in Latin letters ("Blinken *to* Lavrov *wa* doko *de* atta *no*") and
    # of Greek in Latin letters ("pote milise *o* Biden *me ton* Putin")
    """ wa ga ni desu deshita masu imasu tte dou naru gurai kara mo ton tin tis tou ta
    einai kai sto sti stin sta apo gia tha den oi ekei akrivws exei"""
    # and of Arabic written in Latin letters ("shu bidd Russia *ya3ni*", "*3al* 7dud")
    """ ya3ni wallah yalla inshallah il 3al 3ala 3am fi 3an lal lil ta3 rah"""
    # and of Finnish ("Blinken *ja* Lavrov", "*oli* rajalla", "gas *asiasta*") and of
    # Serbian and Croatian ("ko *je* napisao", "*sto sve* Amerika salje")
    """ ja oli olisi voisi etta jos ei se joka kanssa vastaan asiasta nyt myos jo
    je su bi li sve jos vec iz prema protiv tu taj ta to od za bio bila bilo bili bile"""
    # and of Catalan ("*els* bancs russos", "*amb* Russia", "*l'*article", as French
    # writes it too) and of Persian in Latin letters
    # ("Russia *ro* ... *az* NATO", "response-*esh*", "bank-*haye* Russia")
    """ l la els als amb pel hi ho aquest aquesta aquests seu seva va van han
    ro az ba hastan hast bood kard esh haye ha mizare alan alayhe e ye"""
    # and of Lithuanian ("*ar* Biden siuncia", "Russian troops *yra prie* sienos") and of
    # Albanian ("sa trupa *jane* ne kufi", "Putin *qe do* bente"); "kur" asks where in
    # Lithuanian but when in Albanian, so it says neither
    """ ar yra prie jau nuo kad su nei gali pacia kur apie tokia kaq
    eshte jane qe nje dhe tashme po beri bente te"""
    # and of Maltese ("troops *hemm fuq* il-border", "*qed* titlob") and of Welsh ("*sydd*
    # ar y border", "Pwy *ydy* Julie Norman")
    """ hemm fuq ma jekk fin tal tas ghal ghall qed lir lill biex hu huma mhux minnu
    x taghha daqshekk tkun wnaeth efo sydd sy ydy yw mae oedd fydd fasai cafodd yn yno ddydd
    mor"""
    # and of Mandarin in pinyin ("Eluosi *zai* Ukraine border *shang you*", "*zhe pian*
    # article") and of Bengali in Latin letters ("Ukraine *e* koto *jon* trainer *ache*")
    """ zai shi gen yi ci ge zhe pian lai bu rang yijing limian shang gei
    zheme er ache tar jon theke ase naki sathe pare korte bhabe dhoroner korle nai eto"""
    # and of Urdu in Latin letters ("*unka* sister blog", "Russia *khud* kya kehta") and of
    # Slovak ("kolko vojakov je *pri* hranici", "*uz* je *vo* Europe")
    """ unka unki unke khud liye thay
    sa si v vo z zo pri ale aj ze jeho jej ich len iba tie tych toho tomto bol bolo uz cez
    pre"""
    # and of Azerbaijani ("Avropa *ucun* qaz", "*yoxsa*") and of Hebrew in Latin letters
    # ("mi *ze*", "hatafkid *shelo*", "*et* hamaamar", "*haim* Biden")
    """ ucun yoxsa ola shelo shela shelahem et haim gam al"""
    # and of Icelandic ("*og*", "*ad* fara", "*af* SWIFT") and of Yoruba ("*awon* US troops",
    # "*nkan* ... *nibe*")
    """ og eru ad af ef fyrir gagnvart svona eiginlega hvers thessar thessi saman eiga fara
    yrdi awon nkan nibe maa lori re"""
    # and of Armenian in Latin letters ("*u*", "*het*", "*ays* article") and of Thai
    # ("*kub*", "*rue*", "*khong* USAPP *kue* arai")
    """ het ays kub gub rue khong kue dai bang mee"""
    # and of Somali ("*oo* Russian *ah ayaa*", "*iyo*", "*ee* Paris") and of Nepali ("*ra*",
    # "*cha*", "*thiyo*", "*sanga*")
    """ oo ah ayaa ayuu ayay iyo ee kula loo jira tahay naftiisa ra aafno cha chha chan
    thiyo jana garchhan garne garna gardai bata samma sanga dekhi"""
    # and of Zulu (the noun-class prefixes "*ama*-Russian troops", "*nge*-video call",
    # "*kwa*", "*futhi*", "*ukuthi*") and of Telugu in Latin letters ("*undi*", "*leda*",
    # "*kosam*", "*meeda*")
    """ ama nge kwa nase wase yase baka aba ezi eya nabo ngawo kuyo yayo kunamanye futhi noma kodwa
    uma ukuthi ngokuthi kangaka kakhulu ngempela manje ukuze njenge lapho yona bona yena
    bakhe wakhe yakhe ukuba kule kulo ngo ngu aa inka kani kuda mariyu nu undi unda undhi
    unnaru unnayi leda kosam meeda gurinchi chesthe cheste chesindi chesaru athani athanu
    aayana avida ame vaallu vallu"""
    # and of Kazakh in Latin letters ("*jatyr*", "*etti*", "*turaly*")
    """ boldy jatyr etti turaly zhane biraq ushin kerek ozinde oz ma be ba pa pe"""
    # and of Haitian Creole ("*ak*", "*sou*", "*ap*", "*pral*")
    """ sou ak ap pral menm pase genyen nou mwen epi oswa selman"""
    # and of Malagasy ("*ny*", "*ilay*", "*tamin*'ny", "*ho an*'i", "*momba*")
    """ ny ilay ary ireo amin tamin eo ao anatin avy mety tsy dia izay ireto io iny"""
    # and of Sinhala in Latin letters ("*eka*", "*eke*", "*innawa*", "*gana*", "*ekka*")
    """ eka eke ekata eken innawa inne kale kala karanne karanawa thiyanne thiyenne thiyenawa
    walin enne awe gana ekka eyage nathnam"""
    # and of Javanese ("*sing* *ana* *ing* border", "*kuwi*", "*karo*", "*saka*")
    """ sing ana ing kuwi kae saka kanggo karo ning lan arep wae menyang asale uga"""
    # and of Kinyarwanda ("*kuri* video call", "*muri* NATO", "*iyi* article")
    """ kuri muri iri bari ziri iyi ifite zayo yayo wabo cyane"""
    # and of Quechua ("*kachkan*", "*karqan*", "*aswan*")
    """ kachkan karqan aswan aq qa taq"""
    # and of Tok Pisin ("soldia *bilong* Rasia *i stap*", "*dispela* stori") and of
    # Luxembourgish ("*huet*", "*mam*", "*dass*", "*vum*")
    """ bilong stap dispela bin samting wantaim olsem huet hunn mam mat ass dei desen dass
    sinn hir hiren vu vum iwwer sech gouf geet elo eng"""
    # Shona, Gujarati, Scottish Gaelic and Papiamento ("*ari*", "*chhe*", "*agus*", "*riba*")
    """ ari vari dziri uye chaizvo kubva nezve idzi kuti kupfuura rei chhe ane kare karva thai
    hata hatu potana pan thavani nakhe mathi par air agus ri ann gu aig bho deidh robh chaidh
    ag bha airson nas mar taobh riba esei"""
    # Cebuano, Pashto, Maori and Igbo ("*ang*", "*dee*", "*kei*", "*nke*")
    """ ang naa ug nag bahin para kung gikan gyud ilang mga pagka kay dee sara kawi yay warkari
    kedai khpal lapara karey kei raua mehemea runga ahu mai tetahi tana nke ndi ji atu ugbu
    maka otu"""
    # Basque, Esperanto, Wolof and Tatar ("*daude*", "*estas*", "*mooy*", "*belan*")
    """ daude dago zuen zuten dute ditu dezake ziren litzateke badira eta bat bere egin egiten
    kanpo geratzen estas kaj moo mooy lanu lay ngay nekk def fekke fa ngir belan bulsa ul
    ita itte buldy ham ala ce"""
    # Tongan, Guarani, West Frisian and Occitan ("*'oku*", "*piko*", "*binne*", "*dels*")
    """ oku nae enau kau mei kapau piko ikatu rehe ndive guive peve rupi oguereko binne waard
    syn hawwe foar eigenlik oer soe wurdt hinne sil dogge dit dels estat los"""
    # Hmong, Uyghur, Sesotho and Hiligaynon ("*ntawm*", "*bilen*", "*tse*", "*sang*")
    """ ntawm tsab rau nyob yog cov yuav txog lub hauv thiab raug tug uas tau sib lawm vim
    bilen qildi bolushi ichide qilidu gha heqqide qiliwatidu qilamdu ena tse tla hare tswa
    tsa nka sang kag pwede naka gid"""
    # Lingala, Chamorro, Yiddish and Romani ("*ezali*", "*yan*", "*un*", "*thaj*")
    """ ezali bazali azali epai bango oyo moko mpo yan ginen un azoy iz kerel thaj avri ando avel
    pesko""".split()
)
STOPWORDS = ENGLISH_STOPWORDS | _OTHER_LANGUAGES_SMALL_WORDS
# Pairs of words that together only say how or when a question is asked.
_STOP_PHRASES = frozenset(
    {
        ("right", "now"),
        ("back", "in"),  # "back in December": when, not backing anyone
        ("back", "then"),
        ("on", "earth"),  # "why on earth is Putin doing this": why, said in anger
        ("the", "present"),  # "the present predicament": the current one, not troops present
        ("the", "bottom"),  # "the note at the bottom of the post": where it stands
        ("the", "hell"),  # "what the hell does he want"
        ("the", "heck"),
        ("no", "matter"),  # "no matter what": whatever happens, not what is important
        ("in", "case"),  # "in case Ukraine is attacked": if it is, not a case of anything
        ("that", "again"),  # "who was that again": the reader forgot, nothing happens twice
        ("at", "least"),  # "is everyone at least agreeing": not the last of anything
        ("what", "led"),  # "what led the US to talk to Qatar": why, not US-led
        ("what", "prompted"),
        ("with", "respect"),  # "with respect to Ukraine": about, not anyone's view
        ("as", "opposed"),  # "as opposed to the explainer": beside what is asked
        ("in", "contrast"),
        ("relative", "to"),  # "relative to the Crimea precedent": beside what is asked
        ("the", "event"),  # "in the event of an invasion": if there is one
        ("manner", "of"),  # "what manner of undertaking": what undertaking, not a demeanour
        ("sum", "of"),  # "a sum of money": money
        ("with", "regard"),
        ("in", "regard"),
        ("tl", "dr"),  # "TL;DR troop numbers": how the question is put
        ("t", "f"),  # "T/F Sullivan is ...": true or false, how the question is put
        ("accurate", "to"),  # "would it be accurate to say ...": is it true that
        ("fair", "to"),
        ("correct", "to"),
        ("right", "away"),
        ("no", "longer"),  # "what could Russia no longer get": not any more, nothing long
        ("in", "order"),  # "in order to constrain NATO": for, not the post-Cold War order
        ("idea", "that"),  # "the idea that Europe depends on ...": the claim that follows
        ("bring", "up"),  # "does the explainer bring up Crimea": mention it
        ("brings", "up"),
        ("brought", "up"),
        ("bringing", "up"),
        ("i", "right"),  # "am I right that ...": is it true that, not anyone's right
        ("am", "right"),
        ("i", "correct"),
        ("am", "correct"),
        ("these", "days"),
        ("the", "moment"),  # "at the moment": now
        ("at", "present"),
        ("one", "line"),
        ("a", "sentence"),  # "the main argument in a sentence": a summary
        ("one", "sentence"),
        ("a", "nutshell"),
        ("that", "effect"),  # "a disclaimer to that effect": saying so
        ("short", "answer"),  # "... short answer": how the reader wants it, not "short of"
        ("short", "version"),
        ("your", "woman"),  # "what does your woman reckon": that woman, said of the author
        ("your", "man"),
        ("all", "along"),  # "his plans all along": from the start, not along anything
        ("counter", "argument"),  # "counter-argument to sanctions": how a debater asks
        ("counter", "arguments"),
        ("counter", "point"),
        ("in", "short"),
        ("in", "brief"),
        ("exact", "words"),  # "what exact words did Putin use": a quote is asked for
        ("exact", "wording"),
        ("exact", "phrase"),
        ("exact", "phrasing"),
        ("exact", "quote"),
        ("exact", "quotation"),
        ("own", "words"),
        ("full", "name"),
        ("full", "title"),  # "Macron's full title": who he is
        ("simple", "terms"),  # "in simple terms, ..."
        ("plain", "terms"),
        ("simple", "words"),
        ("plain", "words"),
        ("plain", "english"),
        ("layman", "terms"),
        ("laymans", "terms"),
        ("a", "nutshell"),
        ("in", "essence"),
        ("go", "ahead"),  # "if sanctions go ahead": if they come
        ("goes", "ahead"),
        ("went", "ahead"),
        ("going", "ahead"),
        ("different", "kinds"),  # "the different kinds of sanctions": which sanctions
        ("different", "types"),
        ("different", "sorts"),
        ("different", "forms"),
        ("key", "point"),  # "key point of the sanctions section": a summary is asked for
        ("main", "point"),
        ("key", "points"),
        ("main", "points"),
        ("bottom", "line"),
        ("key", "takeaway"),
        ("main", "takeaway"),
        ("quick", "take"),
        ("one", "liner"),
        ("short", "version"),  # "short version: ...": a summary is asked for
        ("quick", "version"),
        ("long", "story"),
        ("one", "sentence"),
        ("no", "cap"),  # "no cap": slang for "honestly"
        ("in", "terms"),  # "in terms of": a link ("the terms of the deal" are its content)
        ("first", "place"),  # "in the first place": at all
        ("differ", "from"),  # "how does X differ from Y": a comparison, as "compare"
        ("different", "from"),
        ("you", "mind"),  # "would you mind telling me ...": a polite request
        ("give", "me"),  # "give me one sentence on ...": a request
        ("tell", "me"),
        ("idea", "of"),  # "the idea of Ukraine entering NATO" is Ukraine entering NATO
        ("prospect", "of"),
        ("listed", "as"),  # "who is listed as posting it": who posted it
        ("shown", "as"),
        ("credited", "as"),
        ("owing", "to"),  # "owing to its history": because of
        ("can", "share"),  # "a link I can share": passing it on, not a proportion
        ("to", "share"),
        ("for", "sharing"),
        ("every", "single"),  # "every single point": every point
        ("keep", "track"),  # "I can't keep track of it all": the reader's aside
        ("possibility", "of"),
        ("and", "short"),  # "the long and short of it": in brief
        ("a", "bit"),  # "a bit of a marathon": somewhat
    }
)
# Question-frame words a stopword list cannot foresee end like this: an unknown adverb
# ("precisely", "supposedly") says how a question is asked, so it weighs little.
ADVERB_SUFFIX = "ly"
NOT_ADVERBS = ("ply", "mily")  # supply, apply, family
# Generic verbs and adjectives: content words, but they rarely say what a question is
# about ("when would sanctions be *imposed*", "is it *clear*"). A question's topic lives
# in its nouns and names, so these weigh little whether or not the corpus knows them. So
# do prepositions of place and linking words that are no stopwords ("send troops
# *across*", "*despite*").
GENERIC = frozenset(
    """
    look looks looked looking seem seems seemed appear appears appeared means meant
    reflect reflects reflected reflecting impose imposes imposed imposing become becomes
    became becoming use uses used using clear sure certain real possible possibly able
    unable hard harder hardest easy easier difficult good bad better best new old recent
    perfect ideal attractive unattractive appealing totally completely utterly absolutely
    latest part parts main early late mid principal primary core institution
    institutions style styles straight
    role point points reason reasons exist exists existed existing involve involves involved
    include includes included including mention mentions mentioned explain explains
    constitute constitutes constituted announce announces announced announcing harbour harbours
    harbor harbors invoke invokes invoked framing turn turns turned turning run runs ran
    introduce introduces introduced introducing editorial attached attach attaches metaphor
    metaphors imagery idiom idioms euphemism euphemisms
    explained signal signals signalled signaled signalling signaling indicate indicates
    indicated indicating lose loses losing lost keep keeps kept start starts started begin begins
    began end ends ended finish finishes finished finishing today overall whole
    entire general information info news update updates place places size produce
    produces
    produced claim claims claimed statement statements remark remarks
    quote quotes quoted cite cites cited citing citation citations soundbite soundbites
    lassie bit bits quotable punchy pithy snappy catchy memorable counterargument
    counterarguments rebuttal rebuttals counterpoint counterpoints
    country countries nation nations feel feels felt hold holds held
    holding message messages day days month months year years worth value valued people
    unknown direction directions
    ultimate ultimately really actual state states read reads reading name names named
    concept concepts notion notions theory theories phrase phrases example examples aspect aspects
    dimension dimensions facet facets hear hears heard hearing big huge large research
    factor factors status adjective adjectives noun nouns verb verbs hyphenated spelling
    spelled spelt spell wording phrasing exact exactly precise word term expression
    across along behind beside beneath underneath throughout around
    apparently normative identify identifies identified identifying version versions
    ex former formerly neighbour neighbours neighbor neighbors neighbouring neighboring echo
    echoes echoed echoing quick connect connects connected
    connecting ordinary properly fuss create creates created creating theoretical
    theoretically era eras period periods meaning meanings definition definitions available
    source sources belong belongs belonged belonging
    waiting awaiting entirely despite every confirm confirms confirmed confirmation
    attribute attributes attributed placed placing similar similarly shown displayed
    bilateral multilateral trilateral quadrilateral apply applies applied applying refer
    refers referred referring mere merely extent central acronym acronyms quiz defined bottom
    issues serve serves served serving words premise premises assumption assumptions assume
    assumes assumed evidence reasoning dynamic dynamics list lists debate debates debater
    """.split()
)
GENERIC_WEIGHT = 0.3
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
# Letters no accent-stripping reaches, as their readers write them in plain letters
# ("władze", "Kıyıv", "København", "ħafna", "həftə", "Đorđe")
_PLAIN_LETTERS = str.maketrans(
    {"ł": "l", "ı": "i", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th"}
    | {"ə": "e", "ħ": "h", "ŧ": "t", "ŋ": "ng", "ĸ": "k"}
)
_NEGATION = re.compile(r"\b(?:(wo)|(ca)|(\w+?))n't\b")  # won't -> will not, isn't -> is not
_POSSESSIVE = re.compile(r"(\w)'s\b")
_ABBREVIATION = re.compile(r"\b(?:[a-z]\.){2,}")  # u.s. -> us, u.k. -> uk
_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")  # 8,500 -> 8500
_THOUSANDS_SHORT = re.compile(r"\b(\d{1,3})(?:\.(\d{1,3}))?k\b")  # 50k -> 50000
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_MAX_GAP = 3  # filler words a question may put where a listed phrase has some
# ... though not another preposition, which relates the words otherwise
_GAP_PREPOSITIONS = frozenset(
    """about on in at to for from with over under against into onto by after before
    toward towards regarding concerning""".split()
)


_COUNTED_HINT = re.compile(r"\b[2-9] [a-z]")
_COUNTED_IN_FIGURES = re.compile(
    r"\b(the|these|those|both|all|its|their)\s+([2-9])\s+(?=[a-z]+s\b|men\b)"
)


def fold(text: str) -> str:
    """Unicode-normalise and case-fold text, drop accents, unify apostrophes, expand "n't",
    drop possessives, write numbers spelt out in figures."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()
    if not text.isascii():  # "Élysée", "naïve", "cuántas": the letters without accents
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        ).translate(_PLAIN_LETTERS)
    if any(word in text for word in _ORDINALS) and any(month in text for month in _MONTH_STEMS):
        text = _spelt_days(text)  # (before the numbers: "twenty" of "twenty-seventh")
    if any(word in text for word in _SPELT_HINTS):
        text = _spelt_numbers(text)
    text = _NEGATION.sub(_expand_negation, text)
    text = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", ""), text)
    text = _POSSESSIVE.sub(r"\1", text)
    if "%" in text:
        text = text.replace("%", " percent ")  # "EU % of gas", "40%"
    if _COUNTED_HINT.search(text):
        # "the 2 leaders", "both 2 articles": a few things counted, written as the
        # documents write them ("the two leaders"), not a figure to find
        text = _COUNTED_IN_FIGURES.sub(lambda m: f"{m[1]} {_UNITS[int(m[2])]} ", text)
    text = _THOUSANDS.sub("", text)
    if "k" in text:
        text = _THOUSANDS_SHORT.sub(_in_thousands, text)  # "50k troops", "8.5k"
    return text


def _in_thousands(match: re.Match[str]) -> str:
    whole, part = match.group(1), match.group(2) or ""
    return str(int(whole) * 1000 + int(part.ljust(3, "0")[:3])) if len(part) <= 3 else match[0]


_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORDS = {word: value for value, word in enumerate(_UNITS)} | {
    word: 20 + 10 * index for index, word in enumerate(_TENS)
}
_CENTURIES = ("nineteen", "twenty")  # "twenty twenty-two": 2022
SPELT_NUMBERS = frozenset(_NUMBER_WORDS)  # "five", "forty": a number spelt out
_SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9}
_ORDINALS = {
    word: value
    for value, word in enumerate(
        (
            "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh"
            " twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth"
            " nineteenth twentieth"
        ).split()
    )
} | {"thirtieth": 30}
# Words without which no number is spelt out that the figures would change ("eight hours"
# stays as written): checked before any pattern is compiled, which most texts never need.
_SPELT_HINTS = (*_SCALES, *_TENS, "percent", "per cent")
_NUMBER_WORD = rf"(?:{'|'.join(_UNITS + _TENS + list(_SCALES))})"
# "eight and a half thousand", "a hundred and fifty", "two hundred million", "forty-two"
_SPELT = (
    rf"\b(?:an?\s+(?=hundred|thousand|million|billion))?{_NUMBER_WORD}"
    rf"(?:(?:\s+and\s+|\s+|-){_NUMBER_WORD}"
    r"|\s+and\s+a\s+half(?=\s+(?:hundred|thousand|million|billion)\b))*\b(?!-)"
)
_COUPLE = r"\ba\s+couple\s+(?:of\s+)?(?=(?:hundred|thousand|million|billion)\b)"
_MONTH_NAME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sep(?:t|tember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_STEMS = ("jan", "feb", "march", "april", "june", "july", "aug", "sep", "oct", "nov", "dec")
_ORDINAL = rf"(?:(twenty|thirty)[- ]?)?({'|'.join(_ORDINALS)})"
# "the seventh of december", "december twenty-seventh": a day of a month
_DAY_BEFORE = rf"\b{_ORDINAL}(?:\s+of)?(?=\s+{_MONTH_NAME}\b)"
_DAY_AFTER = rf"\b({_MONTH_NAME}\s+){_ORDINAL}\b"


@cache
def compiled_pattern(pattern: str) -> re.Pattern[str]:
    """A pattern compiled once, when a text first needs it."""
    return re.compile(pattern)


# "One article says ..., *the other* says ...", "how does *the second* describe it": a
# document, its noun left out after the one before it named it
_ELIDED_DOCUMENT = (
    r"(?i)\b(the (?:first|second|other|latter|former|1st|2nd))(?: one)?(?= (?:say|says|said"
    r"|mentions|mentioned|claimed|writes|wrote|argue|argues|argued|noted|reported|stated"
    r"|describe|describes|described|covered|framed|quoted|added|suggests|suggested"
    r"|focuses|focused|discuss|discusses|discussed|explain|explains|explained)\b)"
)  # (verbs only: "the first call", "the other states" and "the first reports" are nouns)
_ELIDERS = ("first", "second", "other", "latter", "former", "1st", "2nd")


def documents_named(text: str) -> str:
    """A question with the document noun a reader leaves out put back: "the other says"
    is "the other piece says"."""
    lowered = text.lower()
    if "the " not in lowered or not any(word in lowered for word in _ELIDERS):
        return text  # (no pattern compiled for the questions that need none)
    return compiled_pattern(_ELIDED_DOCUMENT).sub(r"\1 piece", text)


def _spelt_numbers(text: str) -> str:
    """Numbers spelt out as readers type them, in figures as the documents write them
    ("eight and a half thousand" -> "8500", "two hundred million" -> "200 million",
    "forty percent" -> "40 percent"); a lone small number ("two leaders", "eight hours")
    stays a word, as the documents write it. "A couple hundred million" is two."""
    if "couple" in text:
        text = compiled_pattern(_COUPLE).sub("two ", text)
    return compiled_pattern(_SPELT).sub(_figures, text)


def _spelt_days(text: str) -> str:
    """A day of a month spelt out ("the seventh of December") as a figure ("the 7
    December")."""
    return compiled_pattern(_DAY_AFTER).sub(
        _month_day, compiled_pattern(_DAY_BEFORE).sub(_day, text)
    )


def _figures(match: re.Match[str]) -> str:
    spelt = match.group(0)
    parts = re.findall(r"[a-z]+", spelt)
    followed = match.string[match.end() :].lstrip()
    if parts[0] in _SCALES:
        return spelt  # "1.5 billion", "a million": no number spelt before the scale
    if _spoken_year(parts):
        # "twenty twenty-two", "twenty fourteen": a year said as it is spoken
        return str(_NUMBER_WORDS[parts[0]] * 100 + sum(_NUMBER_WORDS[p] for p in parts[1:]))
    if not (
        set(parts) & (set(_SCALES) | set(_TENS)) or followed.startswith(("percent", "per cent"))
    ):
        return spelt  # "two leaders", "eight hours": as the documents write them
    total, current, half, big = 0.0, 0.0, False, ""
    for index, part in enumerate(parts):
        if part in ("a", "an"):
            # "a hundred", not the article of "a two hundred million dollar package"
            if parts[index + 1 : index + 2] and parts[index + 1] in _SCALES:
                current = current or 1
        elif part == "half":
            half = True
        elif part in _NUMBER_WORDS:
            current += _NUMBER_WORDS[part]
        elif part == "hundred":
            current = (current or 1) * 100
        elif part in _SCALES:
            current = (current or 1) + (0.5 if half else 0)
            half = False
            if _SCALES[part] >= 10**6:
                big = part  # "$200 million": the documents keep the word
                total += current
            else:
                total += current * _SCALES[part]
            current = 0
    value = total + current
    shown = f"{value:g}" if value != int(value) else str(int(value))
    return f"{shown} {big}" if big else shown


def _spoken_year(parts: list[str]) -> bool:
    """True for a year said in two halves ("twenty twenty-two", "nineteen ninety-one",
    "twenty fourteen"): a century's number before a number of ten to ninety-nine, which
    no number of units ever is ("twenty four" is 24)."""
    if len(parts) not in (2, 3) or parts[0] not in _CENTURIES:
        return False
    tens, *units = parts[1:]
    if tens in _TENS:
        return not units or (units[0] in _NUMBER_WORDS and 0 < _NUMBER_WORDS[units[0]] < 10)
    return not units and 10 <= _NUMBER_WORDS.get(tens, 0) <= 19


def _day(match: re.Match[str]) -> str:
    return _day_of(match.group(1), match.group(2))


def _month_day(match: re.Match[str]) -> str:
    return match.group(1) + _day_of(match.group(2), match.group(3))


def _day_of(tens: str | None, ordinal: str) -> str:
    """ "twenty", "seventh" -> "27"."""
    return str(_NUMBER_WORDS.get(tens or "", 0) + _ORDINALS[ordinal])


def _expand_negation(match: re.Match[str]) -> str:
    if match.group(1):
        return "will not"
    return ("can" if match.group(2) else match.group(3)) + " not"


_BRITISH_ISE = re.compile(r"is(e|es|ed|ing|ation|ations)$")  # destabilise -> destabilize
# Other British spellings, read as the American ones: licence, defence; centre, fibre;
# labour, neighbourhood, behaviour; dialogue, catalogue; analyse; programme.
_BRITISH = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"(?<=[cf])ence(s?)$", r"ense\1"),
        (r"(?<=[bdgilmnrv])our(s|ed|ing|ite|ites|able|hood|hoods)?$", r"or\1"),
        (r"(?<=[bt])re(s?)$", r"er\1"),
        (r"ogue(s?)$", r"og\1"),
        (r"yse(s|d)?$", r"yze\1"),
        (r"amme(s?)$", r"am\1"),
    )
)
_UNDOUBLE = frozenset("bdgmnprt")  # planned -> plann -> plan, not fall -> fal
# Words a suffix rule would make another word: "accession" (joining) is not "access",
# "positioned" is not "positive", "rightly" is not "right".
_OWN_STEMS = {
    "accession": "accession",
    "accessions": "accession",
    "positive": "positive",  # not "position"
    "positioned": "positioned",
    "unit": "units",  # a military unit is not "united" (stem "unit")
    "units": "units",
    "heading": "heading",  # a heading is a title; the head of an agency is not
    "headings": "heading",
    "totally": "totally",  # an intensifier, not the total of something
    "rightly": "rightly",  # done as it should be, not a right someone has
}


_USE = frozenset({"uses", "used", "using"})


def is_year(word: str) -> bool:
    """True for a word that is a year of these centuries ("2014"), not another figure."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


# Irregular past forms, read as their verb (not those more often nouns or adjectives:
# "left", "saw", "felt", "found", "ground", "rose", "fell", "shot", "spoke", "bound")
_IRREGULAR_PAST = {
    past: verb
    for verb, forms in {
        "keep": "kept",
        "send": "sent",
        "hold": "held",
        "meet": "met",
        "bring": "brought",
        "seek": "sought",
        "fight": "fought",
        "lose": "lost",
        "win": "won",
        "give": "gave given",
        "begin": "began begun",
        "build": "built",
        "pay": "paid",
        "sell": "sold",
        "stand": "stood",
        "understand": "understood",
        "think": "thought",
        "choose": "chose chosen",
        "draw": "drew drawn",
        "grow": "grew grown",
        "lead": "led",
        "strike": "struck stricken",
        "throw": "threw thrown",
        "break": "broke broken",
        "buy": "bought",
        "catch": "caught",
        "spend": "spent",
        "lend": "lent",
        "deal": "dealt",
        "freeze": "froze frozen",
        "hide": "hid hidden",
        "shake": "shook shaken",
        "steal": "stole stolen",
        "swear": "swore sworn",
        "tear": "tore torn",
        "withdraw": "withdrew withdrawn",
        "undertake": "undertook undertaken",
        "foresee": "foresaw foreseen",
        "flee": "fled",
        "forbid": "forbade forbidden",
        "sink": "sank sunk",
        "drive": "drove driven",
        "ride": "rode ridden",
        "rise": "risen",
        "arise": "arose arisen",
        "forget": "forgot forgotten",
        "teach": "taught",
        "weep": "wept",
        "sleep": "slept",
    }.items()
    for past in forms.split()
}


@lru_cache(maxsize=1 << 16)  # a corpus repeats its words: each is stemmed once
def stem(word: str) -> str:
    """A light English stemmer: inflections, then a few derivations (no dictionary needed).

    It only has to be consistent, since the corpus and the questions go through the same
    steps: "negotiate", "negotiated", "negotiating" and "negotiations" all give "negotiat".
    """
    if word in _IRREGULAR_PAST:  # "kept" is "keep", as "keeping" is
        return stem(_IRREGULAR_PAST[word])
    if word in _USE:
        return "use"  # (too short for the suffix rules: "uses", "used")
    if len(word) <= 4 or not word.isalpha():
        return word
    if word in _OWN_STEMS:
        return _OWN_STEMS[word]
    if len(word) > 6:
        word = _BRITISH_ISE.sub(r"iz\1", word)
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    stripped = _inflection(word)
    base = _derivation(stripped)
    undouble = base == stripped != word and word.endswith(("ing", "ed"))
    if undouble and len(base) > 4 and base[-1] == base[-2] and base[-1] in _UNDOUBLE:
        base = base[:-1]
    if len(base) > 4 and base.endswith("e") and not base.endswith("ee"):
        base = base[:-1]
    return base


_NOT_PLURAL = ("ss", "us", "is")  # "class", "bus", "this": no plural "s"


def looks_adverb(word: str) -> bool:
    """True if a word looks like an adverb: "precisely", "truly", "badly" (not "supply",
    "rally" or "belly": five letters ending "lly" are mostly nouns)."""
    if not word.endswith(ADVERB_SUFFIX) or word.endswith(NOT_ADVERBS):
        return False
    return len(word) >= 6 or (len(word) == 5 and not word.endswith("lly"))


def looks_plural(word: str) -> bool:
    """True for a word that reads as a plural ("weeks", "troops"; not "class", "crisis",
    "dangerous")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(_NOT_PLURAL)


def _inflection(word: str) -> str:
    for suffix, replacement in (
        ("ies", "y"),
        ("ied", "y"),
        ("sses", "ss"),
        ("eed", "ee"),
        ("ing", ""),
        ("ed", ""),
        ("ly", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + replacement
    if word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    if word.endswith("s") and not word.endswith(_NOT_PLURAL):
        return word[:-1]
    return word


def _derivation(word: str) -> str:
    for suffix, keep, shortest in (
        ("ment", "", 6),  # not "statement" -> "state", "agreement" -> "agree"
        ("ness", "", 4),
        ("tion", "t", 5),
        ("sion", "s", 5),
        ("ity", "", 5),
        ("ive", "", 5),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) + len(keep) >= shortest:
            return word[: -len(suffix)] + keep
    return word


# "Since the Soviet collapse": the end of the Cold War, as the documents date it
_SOVIET_END = (
    r"\b(?:(?:collapse|fall|break-?up|breaking up|dissolution|end|demise)\s+of\s+the\s+"
    r"(?:soviet\s+union|ussr|soviets)|soviet\s+(?:collapse|break-?up|demise|fall))\b"
)  # (compiled only for a question that may need it)
# "Last name", "first name": a name, whichever part of it
_NAME_WORDS = frozenset({"name", "names"})
_NAME_KINDS = frozenset({"last", "first", "full", "family", "given", "middle"})


# A hyphenated word whose first part negates the second is not about the second:
# "anti-tank" weapons are not tanks, "counter-terrorism" is not terrorism. ("non-" only
# says not: a "non-expansion" pledge is about expansion; "non-military", which the corpus
# knows whole, stands for its parts.)
_NEGATING_PREFIXES = frozenset({"anti", "counter"})


# "... in the crisis", "... during this standoff", ending a question
_THE_CRISIS = (["crisis"], ["standoff"])
_IN_THE_CRISIS = [[at, the] for at in ("in", "during") for the in ("the", "this")]
# Languages a question may end by asking something in ("how do you say it in Polish")
_LANGUAGES = frozenset(
    """english spanish french german italian polish russian ukrainian danish romanian dutch
    portuguese chinese japanese arabic latin""".split()
)


_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})
# Question words of one language that another uses as a small word inside a sentence:
# read as the question word only where a question opens ("ile zolnierzy", Polish "how
# many"; "Putin ile", Turkish "with"; "ile article", Swahili "that")
# Case endings written onto a name ("NATO*lta*", "Biden*ille*", "Putin*nak*",
# "Putin*om*"), longest first, without the letters the folding drops
CASE_ENDINGS = tuple(
    sorted(
        """lla lle lta ssa sta aan iin ksi na ta in on an en un ille ile iga ist is il le ga lt
        ks st sse nak nek val vel ban ben ba be bol rol tol hoz hez ra re ot et at da de dan
        den tan ten ya ye yi yu nin nun om em ovi"""
        # Basque ("Putin*ek*", "Paris*eko*", "Putin*ekin*", "Kremlin*entzat*") and Tatar
        # ("Putin*ny*")
        """ ek ak ko eko kin ekin entzat aren ren etik tik ari ean ny"""
        # Romani ("Putin*esa*")
        """ esa""".split(),
        key=len,
        reverse=True,
    )
)
# ... and written after a hyphen ("NATO-ga", "Putin-men", "Europe-dan", "gas-tyn"):
# with the endings of Kazakh, Kyrgyz and other Turkic languages, no word of the question
_HYPHENATED_ENDINGS = frozenset(CASE_ENDINGS) | frozenset(
    """men ben pen qa ke ge ne nda nde dyn din tyn tin nyn dy di ty ti ny ni yn nan nen
    lar ler dar der tar ter"""
    # and of Quechua ("border-*pi*", "Putin-*wan*", "allies-*manta*")
    """ pi wan man manta paq pa yuq kuna qa taq mi si chu"""
    # and of Basque ("call-*ean*", "reporters-*ei*", "rublo-*arekin*")
    """ ei arekin""".split()
)
# ... and a verb's prefix written before a hyphen (Cebuano "*gi*-publish", "*nag*-call"; Igbo
# "*ga*-ekwu"): no word either (Vietnamese "gi" is "what")
_HYPHENATED_PREFIXES = frozenset("gi nag mag pag ga".split())
_OPENING_ONLY = frozenset({"ile"})
# Two words asking together what neither does alone: Scottish Gaelic "cia mheud" (how
# many; "cia" alone would be the CIA), "cho mor" (how big), "an ear" (the east);
# Papiamento "ki ora" (what hour), "ki dia" (what day); Maori "aha ai" (why); Igbo "gini
# mere" (why), "mgbe ole" (when); Wolof "lu tax" (why); Tatar "ni ochen" (why); Tongan
# and Guarani words their glottal stops split; Hmong, which asks in pairs ("pes tsawg")
_PAIRED = {
    ("cia", "mheud"): "how many",
    ("cho", "mor"): "how big",
    ("an", "ear"): "eastern",  # Gaelic "taobh an ear": the eastern side
    ("ki", "ora"): "when",
    ("ki", "dia"): "which day",
    ("aha", "ai"): "why",  # Maori "he aha ai"
    ("gini", "mere"): "why",  # Igbo
    ("mgbe", "ole"): "when",  # Igbo "mgbe ole" (what time)
    ("ngwa", "agha"): "weapons",  # Igbo: tools of war
    ("lu", "tax"): "why",  # Wolof
    ("ni", "ochen"): "why",  # Tatar
    ("ko", "hai"): "who",  # Tongan ("hai" alone is Hindi "is")
    ("e", "ha"): "what",  # Tongan "ko e ha"
    ("i", "fe"): "where",  # Tongan "'i fe"
    ("araka", "e"): "when",  # Guarani "araka'e", split at its glottal stop
    ("mba", "ere"): "why",  # Guarani "mba'ere"
    ("pes", "tsawg"): "how many",  # Hmong
    ("leej", "twg"): "who",
    ("thaum", "twg"): "when",
    ("qhov", "twg"): "where",
    ("dab", "tsi"): "what",
    ("li", "cas"): "why",  # ("vim li cas")
    ("ciam", "teb"): "border",
    ("teb", "chaws"): "country",
    ("thawj", "coj"): "leaders",
    ("luam", "tawm"): "published",
    ("feem", "pua"): "percent",
    ("xov", "tooj"): "phone",
    ("tub", "rog"): "soldiers",
    ("neme", "uchun"): "why",  # Uyghur
    ("ntango", "nini"): "when",  # Lingala
    ("na", "nini"): "why",  # Lingala "mpo na nini"
    ("ngai", "an"): "when",  # Chamorro "ngai'an", split at its glottal stop
    ("sa", "hafa"): "why",  # Chamorro "sa' hafa"
}
_PAIRED_FIRST = frozenset(first for first, _ in _PAIRED)


def _for_real(tokens: list[str], at: int) -> bool:
    """True if "fr" at ``at`` is slang for "for real": last, or before "or" ("fr or nah"),
    or doubled ("fr fr"), where France as a country code would not stand."""
    following = tokens[at + 1 : at + 2]
    if not at and following and following[0] in _FOR_REAL_BEFORE:
        return True  # "fr what was ...", "fr does ...": said first, before the question
    return not following or following in (["or"], ["fr"]) or tokens[at - 1 : at] == ["fr"]


_FOR_REAL_BEFORE = frozenset(
    "what who whom whose which when where why how does do did is are was were will would can"
    " could should has have".split()
)


def words(text: str) -> list[str]:
    """Folded word tokens in order; a hyphenated word gives its parts and the joined form
    (only the joined form when its first part negates the rest: "anti-tank")."""
    found: list[str] = []
    folded = fold(text)
    if "soviet" in folded or "ussr" in folded:
        folded = compiled_pattern(_SOVIET_END).sub("end of the cold war", folded)
    tokens = _TOKEN.findall(folded)
    paired = -1  # the second word of a pair read together
    for at, token in enumerate(tokens):
        if at == paired:
            continue
        if token in _PAIRED_FIRST and (token, *tokens[at + 1 : at + 2]) in _PAIRED:
            found.extend(_PAIRED[token, tokens[at + 1]].split())  # Gaelic "cia mheud"
            paired = at + 1
            continue
        if token == "fr" and _for_real(tokens, at):
            continue  # "... on high alert fr", "fr or nah": "for real", not France
        if "-" in token and (joined := token.replace("-", "")) in _SHORTHAND:
            found.extend(_SHORTHAND[joined].split())  # Hiligaynon "sin-o" (who)
        elif "-" in token:
            parts = token.split("-")
            read_any = False
            if parts[0] not in _NEGATING_PREFIXES:
                for index, part in enumerate(parts):  # "CONUS-based", "RU-UA talks"
                    if (
                        (len(part) == 1 and part.isalpha())
                        or (index and part in _HYPHENATED_ENDINGS)
                        or (not index and part in _HYPHENATED_PREFIXES and len(parts) > 1)
                    ):
                        # a letter or an ending written on ("u-foreign minister",
                        # "Russia-y", "NATO-ga"): no word, nor part of one
                        read_any = True
                        continue
                    read_as = len(part) > 1 and part in _SHORTHAND
                    read_any = read_any or read_as
                    found.extend(_SHORTHAND[part].split() if read_as else (part,))
            if not read_any:  # ("sarbaz-e", Persian "soldiers of": no word "sarbaze")
                found.append("".join(parts))
        elif token in _OPENING_ONLY and found:
            found.append(token)  # "Macron Putin *ile* ne zaman": Turkish "with", not Polish
        elif token in _SHORTHAND:
            found.extend(_SHORTHAND[token].split())
        elif token in _HEDGING and (
            found[-1:] == ["i"] or found[-2:] in _I_WOULD or found[-2:] == ["let", "me"]
        ):
            # "..., I guess", "I'd guess", "let me guess": how sure the reader is, not what
            # is asked
            continue
        elif token[-2:] in _ORDINAL_ENDS and token[:-2].isdigit():
            found.append(token[:-2])  # "on the 7th", "January 27th": the day's number
        elif token.endswith("thru") and len(token) > 4:
            found.append(token[:-4] + "through")  # "breakthru"
        elif token in _NAME_WORDS and found and found[-1] in _NAME_KINDS:
            found[-1] = token  # "his *last name*": his name
        elif token.isdigit() and found and found[-1] in _NUMBERED:
            found[-1] += token  # "article 5" of a treaty is one thing, not an article
        else:
            found.append(token)
    if found[-1:] in _THE_CRISIS and found[-3:-1] in _IN_THE_CRISIS:
        found = found[:-3]  # "Qatar's role *in the crisis*": the crisis the documents are about
    if found[-1:] and found[-1] in _LANGUAGES and found[-2:-1] in (["in"], ["into"]):
        found = found[:-2]  # "translate hello *into Spanish*": a language, not Spain
    for at, word in enumerate(found[:-1]):
        if word in _COMPASS and found[at + 1] in _REGIONS:
            found[at] = _COMPASS[word]  # "troops in e europe": eastern Europe
    if not _KEEP.isdisjoint(found):
        found = [word for at, word in enumerate(found) if not _keeps_doing(found, at)]
    if "case" in found:
        found = [word for at, word in enumerate(found) if not _the_case(found, at)]
    if (
        not _RAN.isdisjoint(found)
        or not _HOSTS.isdisjoint(found)
        or not _APPEARED.isdisjoint(found)
    ):
        found = [_ran_a_piece(found, at) for at in range(len(found))]
    if not _HAPPENS.isdisjoint(found):
        found = [word for at, word in enumerate(found) if not _it_happens(found, at)]
    if not _SUGGEST.isdisjoint(found):
        found = [author_suggests(found, at) for at in range(len(found))]
    if "part" in found or "parts" in found:
        found = [_part_of_a_text(found, at) for at in range(len(found))]
    return senses(found)


def senses(found: list[str]) -> list[str]:
    """The words, each read in the sense its neighbours give it ("a *forthcoming* call":
    an upcoming one); the same list when no word has such senses."""
    if _SENSES.isdisjoint(found):
        return found
    return [_sense(found, at) for at in range(len(found))]


# Words whose sense turns on the word after them: "a *forthcoming* call" is upcoming,
# "Putin was not forthcoming (about it)" keeps quiet; a meeting "*conducted* by phone"
# is held, but someone "conducted himself" by a manner; a call someone "is *set* to"
# make is scheduled; "*ready* to talk" is willing; a "*capacity* to defend" is a
# capability; "*where* does she *work*" asks her employer, "does diplomacy work" its use;
# "which *official* is ..." is a person, "an official reply" a formal one; a "*top*
# demand" is the main one; what something would "*cost* Germany" is what it would do to
# Germany, where "how much does it cost" asks a price.
_SENSES = frozenset(
    {"forthcoming", "conducted", "set", "readiness", "ready", "capacity", "official"}
    | {"work", "works", "worked", "working", "top", "right", "keen", "cost", "costs"}
    | {"offer", "offers", "offered", "offering", "another", "drop", "drops", "dropped"}
)
# "when did the post *drop*": come out, said of a piece of writing
_PIECES = frozenset("post article piece blog blogpost explainer explainers story".split())
# "have *another* chat": talk again, the next time
_GET_TOGETHERS = frozenset("call calls chat talk talks conversation meeting round summit".split())
# what a "top" one of is the chief one of ("top demand", "top priority")
_RANKED = frozenset(
    """demand demands priority priorities concern concerns goal goals aim aims worry worries
    request requests ask asks objective objectives""".split()
)
_WHERE_GAP = 9  # words between "where" and "work" ("where does the author of the post work")
_WORKERS = frozenset("she he her his norman author writer analyst".split())  # "which uni she work"
# "Ukraine's self-defence capacity": what it can do
_DEFENDING = frozenset("defence defense selfdefence selfdefense military fighting".split())
_ABLE_TO = frozenset({"to", "for"})  # "capacity *to* defend itself": what it can do
# "readiness to negotiate": willingness, not a state of alert
_TALKING = [[verb] for verb in "negotiate talk discuss compromise engage listen meet".split()]
_TALKS = frozenset("talks negotiations dialogue diplomacy".split())  # what is offered
_TO_BE = frozenset("is was are were be been s re".split())  # "who *was set to* call"
_OFFICIAL_ENDS = _TO_BE | frozenset("who that said says".split())  # "which official is"
_SELF = frozenset("himself herself itself themselves myself yourself ourselves".split())
# what a price is asked of or in: it "costs *more*", "the cost *of* leaving", "cost *to* send"
_PRICED = frozenset(
    "to in of per for a an each about around roughly exactly more less wise".split()
)


_MOMENTS = (["now"], ["away"], ["then"])  # "right now": the moment, not rightly
_GOT = frozenset("got get gets getting gotten done did".split())


def _sense(found: Sequence[str], at: int) -> str:
    """The word at ``at``, or the sense the word after it gives it."""
    word, after = found[at], found[at + 1 : at + 2]
    if word == "forthcoming" and after and after[0] not in STOPWORDS:
        return "upcoming"
    if word == "another" and after and after[0] in _GET_TOGETHERS:
        return "again"
    if word.startswith("drop") and not _PIECES.isdisjoint(found[max(0, at - 3) : at]):
        return "published"
    if word == "conducted" and (not after or after[0] not in _SELF):
        return "held"
    if word == "set" and after == ["to"] and found[at - 1 : at] and found[at - 1] in _TO_BE:
        return "scheduled"
    if word == "capacity" and (
        (after and after[0] in _ABLE_TO) or (found[at - 1 : at] and found[at - 1] in _DEFENDING)
    ):
        return "capability"  # (the capacity someone serves in is a role)
    if word in ("readiness", "ready") and after == ["to"] and found[at + 2 : at + 3] in _TALKING:
        return "willingness"
    if word.startswith("work") and (
        "where" in found[max(0, at - _WHERE_GAP) : at] or (at > 0 and found[at - 1] in _WORKERS)
    ):
        return "employed"
    if word == "official" and (not after or after[0] in _OFFICIAL_ENDS):
        return "officials"
    if word == "top" and after and after[0] in _RANKED:
        return "main"  # "Russia's *top* demand", not the top diplomats or top of the agenda
    if word == "right" and at > 0 and found[at - 1] in _GOT and after not in (["to"], ["of"]):
        return "rightly"  # "what has the US *got right*": done rightly
    if word == "right" and at > 0 and found[at - 1] in _TO_BE and after not in _MOMENTS:
        # (not "how things *are right now*")
        return "rightly"  # "the US *was right* to negotiate", not Ukraine's right to join
    if word == "keen" and after == ["on"]:
        return "want"  # "keen *on* a tougher line" wants one; "keen to talk" is willing
    if word.startswith("offer") and (
        (after and after[0] in _TALKS) or (after == ["to"] and found[at + 2 : at + 3] in _TALKING)
    ):
        return "willingness"  # "right to *offer talks*": ready to talk, not a proposal
    if word.startswith("cost") and after and after[0] not in _PRICED and "much" not in found:
        return "impact"  # "what would it cost Germany": not "how much would it cost Germany"
    return word


# "what does the author *suggest* Putin's aim might be": her view of what is so, as
# "think" asks; "what does she suggest the West should do", or "what does Norman
# suggest", asks her advice. (What Russia suggests is its proposal.)
_SUGGEST = frozenset({"suggest", "suggests", "suggested"})
_SUGGESTER = frozenset("author authors writer norman she analyst analysts expert experts".split())
_CLAIMED = frozenset("might may could would will is was are were be".split())
_ADVISED = frozenset("should ought must".split())
_SUGGESTER_GAP = 3  # words between who suggests and "suggest" ("the lse author suggest")


def author_suggests(found: Sequence[str], at: int) -> str:
    """The word at ``at``, or what an author's "suggest" asks: "think" before a claim,
    "recommend" otherwise."""
    word = found[at]
    if word not in _SUGGEST or _SUGGESTER.isdisjoint(found[max(0, at - _SUGGESTER_GAP) : at]):
        return word
    after = found[at + 1 :]
    return "think" if not _CLAIMED.isdisjoint(after) and _ADVISED.isdisjoint(after) else "recommend"


# "if an invasion *happens*", "once it *takes place*": the event is the condition; its
# happening adds nothing ("what would happen if ..." still asks what would follow)
_HAPPENS = frozenset("happen happens happened occur occurs occurred place".split())
_CONDITIONS = frozenset("if when once should unless".split())
_TAKES = frozenset("take takes took taking".split())
_CONDITION_GAP = 4  # words between "if" and the happening ("if a full invasion happens")


def _it_happens(found: list[str], at: int) -> bool:
    """True if the word at ``at`` says that the event of a condition happens, or is the
    "take" of its "takes place"."""
    word = found[at]
    if word in _TAKES and found[at + 1 : at + 2] == ["place"]:
        return _it_happens(found, at + 1)
    if word not in _HAPPENS or (word == "place" and (at == 0 or found[at - 1] not in _TAKES)):
        return False
    verb = at - 1 if word == "place" else at  # where the happening starts
    start = max(0, verb - 1 - _CONDITION_GAP)
    before = found[start : verb - 1]  # the event stands between the condition and verb
    return any(
        condition in _CONDITIONS and (condition != "when" or start + index > 0)
        for index, condition in enumerate(before)
    )


# "the blog that *ran* Norman's piece": published it (not "who runs the blog")
_RAN = frozenset({"ran", "run", "runs", "running"})
_PRINTED = frozenset(
    "article articles post posts piece pieces story stories explainer column columns".split()
)
_RAN_GAP = 3  # words between "ran" and what was printed ("ran norman s piece")
# ... and the institution that *hosts* a blog publishes it (not a host of a meeting)
_HOSTS = frozenset({"host", "hosts", "hosted", "hosting"})
_APPEARED = frozenset({"appeared", "appears", "appear"})


def _ran_a_piece(found: list[str], at: int) -> str:
    """The word at ``at``, or "published" where it is "ran" a piece of writing."""
    word, after = found[at], found[at + 1 : at + 1 + _RAN_GAP]
    if word in _RAN and not _PRINTED.isdisjoint(after):
        return "published"
    if word in _HOSTS and not _WRITINGS.isdisjoint(after):
        return "published"
    if word in _APPEARED and not _WRITINGS.isdisjoint(found[max(0, at - _RAN_GAP) : at]):
        return "published"  # "which blog the piece *appeared* on": where it was published
    return word


# "Which *part of the explainer* covers ...": the part of a piece of writing asked for
# is a section
_WRITINGS = _PRINTED | frozenset("blog blogs document text report paper usapp".split())
_PART_GAP = 4  # words between "part of" and the writing ("part of the biden putin explainer")


def _part_of_a_text(found: Sequence[str], at: int) -> str:
    """The word at ``at``, or "section" where it is a part of a piece of writing."""
    word = found[at]
    if word not in ("part", "parts") or found[at + 1 : at + 2] != ["of"]:
        return word
    if found[at - 1 : at] not in (["which"], ["what"]):
        return word  # "what does the 'Tensions escalate' part of it say": what it says
    if _WRITINGS.isdisjoint(found[at + 2 : at + 2 + _PART_GAP]):
        return word
    return "section" if word == "part" else "sections"


# "in the best case ...", "in the worst case": the documents' own cases
_CASES_TOLD = frozenset({"best", "worst", "in"})


def _the_case(found: list[str], at: int) -> bool:
    """True if the word at ``at`` is "case" in "is it (not) the case that ...", "is that
    the case": a way of asking whether something is true, not a case of anything; or in
    "in Ukraine's case", "in this case", "in the case of Ukraine": as for that, not a
    case of anything either. ("In case of an invasion" is a condition.)"""
    if found[at] != "case":
        return False
    if found[at - 1 : at] == ["the"] and found[at + 1 : at + 2] in ([], ["that"]):
        return True
    before = found[max(at - 3, 0) : at]
    return (
        "in" in before[:-1]
        and before[-1] not in _CASES_TOLD
        and (found[at + 1 : at + 2] != ["of"] or before[-1] == "the")
    )


# "Putin *keeps* insisting", "I kept on hearing": said or heard again and again, not
# keeping something ("keep Ukraine out"); but "keep talking" is going on talking
_KEEP = frozenset({"keep", "keeps", "kept"})
_REPEATED = frozenset(
    """insisting saying asking hearing reading arguing demanding claiming repeating
    mentioning telling warning coming popping banging seeing""".split()
)


def _keeps_doing(found: list[str], at: int) -> bool:
    """True if the word at ``at`` is "keep" saying that something is said or heard again
    and again."""
    if found[at] not in _KEEP:
        return False
    after = found[at + 1 : at + 3]
    if after[:1] == ["on"]:
        after = after[1:]
    return bool(after) and after[0] in _REPEATED


# "I guess", "I reckon": the reader's hedge ("guess" is a corpus word: "guessing")
_I_WOULD = (["i", "d"], ["i", "would"])
_HEDGING = frozenset("guess reckon suppose imagine assume presume bet figure".split())
_NUMBERED = frozenset({"article", "clause", "chapter", "resolution"})
# A point of the compass written as its letter before a region: "e europe", "w ukraine".
_COMPASS = {"e": "eastern", "w": "western", "n": "northern", "s": "southern"}
_REGIONS = frozenset({"europe", "european", "ukraine", "ukrainian"})

# A digit texted for a word: "how long does it take 2 read", "a problem 4 europe".
TEXTED_DIGITS = {"2": "to", "4": "for"}
# Words after which a digit counts something: "the 2 presidents", "about 4 weeks".
_COUNTING = frozenset(
    """the these those its their his her our my your first last next top only about
    around over under nearly almost some all another every past of than by""".split()
)
# Words after a digit that make it a count: "2 billion", "4 of them", "2 or 3".
_COUNTED = frozenset("billion million thousand hundred percent bn of or and".split())


def untexted(tokens: list[str], numbered: frozenset[str]) -> list[str]:
    """The tokens with a digit texted for a word read as the word ("take 2 read": "take
    to read", "1 of them": "one of them"). A digit stays a number where it counts
    something ("2 weeks", "2 billion", "the 2 presidents") or names something with a word
    the corpus writes before it (``numbered``, or one slip from one: "Nord Stream 2
    pipeline", "nord strem 2")."""
    found = list(tokens)
    for at in range(1, len(tokens) - 1):
        before, digit, after = tokens[at - 1 : at + 2]
        if (
            digit in TEXTED_DIGITS
            and before.isalpha()
            and after.isalpha()
            and before not in _COUNTING
            and after not in _COUNTED
            and not looks_plural(after)
            and not any(_one_slip_apart(before, word) for word in numbered)
        ):
            found[at] = TEXTED_DIGITS[digit]
    # "1 of the main topics": one of them
    return [
        "one" if token == "1" and tokens[at + 1 : at + 2] == ["of"] else token
        for at, token in enumerate(found)
    ]


# Shorthand typed on a phone ("biden mtg w european leaders this wk"): the words meant,
# split where they are read (a table this size is not split at start-up).
_SHORTHAND: dict[str, str] = {
    "n": "and",
    "w": "with",
    "wo": "without",
    "mtg": "meeting",
    "mtgs": "meetings",
    "wk": "week",
    "wks": "weeks",
    "yr": "year",
    "yrs": "years",
    "govt": "government",
    "gov": "government",
    "intl": "international",
    "uni": "university",
    "unis": "universities",
    "abt": "about",
    "outta": "out of",
    "bout": "about",
    "im": "i am",
    "b4": "before",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "ppl": "people",
    "thru": "through",
    "tho": "though",
    "pres": "president",
    "prez": "president",
    "mil": "military",
    "natl": "national",
    "euro": "european",
    "dept": "department",
    "univ": "university",
    # a note-taker's abbreviations ("auth twtr hndl", "bn in aid", "mbrs of the trty")
    "auth": "author",
    "dz": "does",
    "msg": "message",
    "msgs": "messages",
    "econ": "economic",
    "info": "information",
    "hr": "hour",
    "hrs": "hours",
    "mins": "minutes",
    "govts": "governments",
    "dipl": "diplomatic",
    "amt": "amount",
    "bn": "billion",
    "mln": "million",
    "mbr": "member",
    "mbrs": "members",
    "trty": "treaty",
    "prob": "probably",
    "org": "organisation",
    "orgs": "organisations",
    "pwr": "power",
    "wpn": "weapon",
    "wpns": "weapons",
    "opts": "options",
    "rn": "right now",
    "tmrw": "tomorrow",
    "vid": "video",
    "convo": "conversation",
    "convos": "conversations",
    "2day": "today",
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "weds": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "pls": "please",
    "plz": "please",
    "whereabouts": "where",
    "wat": "what",
    "wut": "what",
    "wot": "what",
    "wich": "which",
    # Scots and Irish spellings: "whit did putin say aboot sendin his ideas ower"
    "whit": "what",
    "whits": "what is",
    "o": "of",
    "aboot": "about",
    "intae": "into",
    "tae": "to",
    "ower": "over",
    "fer": "for",
    "cannae": "can not",
    "didnae": "did not",
    "wouldnae": "would not",
    "isnae": "is not",
    "wisnae": "was not",
    "dinnae": "do not",
    "hasnae": "has not",
    "havenae": "have not",
    "couldnae": "could not",
    "shouldnae": "should not",
    "willnae": "will not",
    "werenae": "were not",
    "arenae": "are not",
    "whaur": "where",
    "wha": "who",
    "whan": "when",
    "mony": "many",
    "micht": "might",
    "wi": "with",
    "aw": "all",
    "fae": "from",
    "afore": "before",
    "telt": "told",
    "gaun": "going",
    "richt": "right",
    "yon": "that",
    "thon": "that",
    "yer": "your",
    "hae": "have",
    "dae": "do",
    "fur": "for",
    "wid": "would",
    "mair": "more",
    "sodgers": "soldiers",
    "efter": "after",
    "ken": "know",
    "twa": "two",
    "aff": "off",
    "thae": "those",
    "yin": "one",
    "hoo": "how",
    "lang": "long",
    "tak": "take",
    "heidline": "headline",
    "gonnae": "going to",
    "wis": "was",
    "frae": "from",
    "oot": "out",
    "doon": "down",
    "noo": "now",
    "tellt": "told",
    "nae": "no",
    # Wednesday as it sounds, its silent letters left out (beyond a typo's reach)
    "wensday": "wednesday",
    "wendsday": "wednesday",
    "wenesday": "wednesday",
    "wensdays": "wednesdays",
    "upon": "on",  # "upon what day"
    "vis": "about",  # "vis-a-vis the security order"
    # Spanish and Portuguese words a reader writing in English may fall back on
    "segun": "according to",
    "barcos": "ships",
    "paquete": "package",
    "pacote": "package",
    "gasoducto": "pipeline",
    "gasoduto": "pipeline",
    "tropas": "troops",
    "sanciones": "sanctions",
    "sancoes": "sanctions",
    "escribio": "wrote",
    "escreveu": "wrote",
    "autor": "author",
    "autora": "author",
    "asesor": "adviser",
    "conselheiro": "adviser",
    "entrenadores": "trainers",
    "treinadores": "trainers",
    "militares": "military",
    "americanos": "americans",
    "alerta": "alert",
    "diplomacia": "diplomacy",
    "universidad": "university",
    "universidade": "university",
    "profesora": "professor",
    "professora": "professor",
    "tiempo": "time",
    "tempo": "time",
    "publicacion": "publication",
    "publicacao": "publication",
    "telefonar": "phone",
    "llamar": "call",
    "valor": "value",
    "alemania": "germany",
    "alemana": "german",
    "rusia": "russia",
    "ucrania": "ukraine",
    "francia": "france",
    "eeuu": "us",
    "soldados": "soldiers",
    "ejercito": "army",
    "personalmente": "personally",
    "preocupada": "worried",
    "preocupado": "worried",
    "preocupados": "worried",
    "licuado": "liquefied",
    "caro": "expensive",
    "cara": "expensive",
    "licencia": "licence",
    "armas": "weapons",
    "amenaza": "threat",
    "frontera": "border",
    "llamada": "call",
    "videollamada": "video call",
    "presidente": "president",
    "acuerdo": "agreement",
    "acuerdos": "agreements",
    "negociaciones": "negotiations",
    "reunion": "meeting",
    "conversaciones": "talks",
    "fecha": "date",
    "semana": "week",
    "diciembre": "december",
    "enero": "january",
    "buques": "ships",
    "aviones": "aircraft",
    "misiles": "missiles",
    "ayuda": "aid",
    "millones": "million",
    "dolares": "dollars",
    "bancos": "banks",
    "exportaciones": "exports",
    "energia": "energy",
    "inteligencia": "intelligence",
    "tensiones": "tensions",
    "guerra": "war",
    "articulo": "article",
    "seccion": "section",
    "titulo": "title",
    "publicado": "published",
    "comentarios": "comments",
    "minutos": "minutes",
    # and the Portuguese ones ("quantos soldados russos estao na fronteira")
    "russos": "russians",
    "russo": "russian",
    "russa": "russian",
    "fronteira": "border",
    "lideres": "leaders",
    "conversar": "talk",
    "conversa": "conversation",
    "falar": "talk",
    "durou": "lasted",
    "reuniao": "meeting",
    "franca": "france",
    "alemanha": "germany",
    "espanha": "spain",
    "dinamarca": "denmark",
    "lituania": "lithuania",
    "leitura": "reading",
    "artigo": "article",
    "mandar": "send",
    "enviar": "send",
    "enviando": "sending",
    "dentro": "inside",
    "demandas": "demands",
    "exigencias": "demands",
    "quer": "want",
    "querem": "want",
    "trabalha": "works",
    "acordo": "agreement",
    "acordos": "agreements",
    "ano": "year",
    "anos": "years",
    "britanica": "british",
    "britanico": "british",
    "descobriu": "found",
    "governo": "government",
    "leste": "east",
    "europeu": "european",
    "europeus": "european",
    "dois": "two",
    "navios": "ships",
    "avioes": "aircraft",
    "ameaca": "threat",
    "invasao": "invasion",
    "invadir": "invade",
    "ligacao": "call",
    "chamada": "call",
    "dezembro": "december",
    "janeiro": "january",
    "dinheiro": "money",
    "ucraniano": "ukrainian",
    "ucraniana": "ukrainian",
    "americano": "american",
    "americana": "american",
    "seguranca": "security",
    "secretario": "secretary",
    "ministro": "minister",
    "proxima": "next",
    "proximo": "next",
    "depois": "after",
    "antes": "before",
    "entre": "between",  # (Spanish too)
    "sobre": "about",
    # Polish words a reader writing in English may fall back on ("ile", "Niemcy")
    "ile": "how many",
    "ilu": "how many",
    "dokladnie": "exactly",
    "rurociag": "pipeline",
    "gazociag": "pipeline",
    "bron": "weapons",
    "broni": "weapons",
    "wojsko": "army",
    "wojska": "troops",
    "zolnierze": "soldiers",
    "zolnierzy": "soldiers",
    "spotkanie": "meeting",
    "spotkaniu": "meeting",
    "paryz": "paris",
    "paryzu": "paris",
    "niemcy": "germany",
    "niemiec": "germany",
    "polska": "poland",
    "polsce": "poland",
    "rosja": "russia",
    "rosji": "russia",
    "sankcje": "sanctions",
    "sankcji": "sanctions",
    "granica": "border",
    "granicy": "border",
    "rozmowa": "talk",
    "rozmowy": "talks",
    "kiedy": "when",
    "dlaczego": "why",
    "gdzie": "where",
    "ktory": "which",
    "ktora": "which",
    "ktore": "which",
    "autorka": "author",
    "artykul": "article",
    "artykule": "article",
    "wpis": "post",
    "sekcja": "section",
    "odpowiedz": "response",
    "pisemna": "written",
    "grudzien": "december",
    "grudnia": "december",
    "styczen": "january",
    "stycznia": "january",
    "francja": "france",
    "hiszpania": "spain",
    "dania": "denmark",
    "rumunia": "romania",
    "litwa": "lithuania",
    "dyplomacja": "diplomacy",
    "zagrozenie": "threat",
    "inwazja": "invasion",
    "wojna": "war",
    "czolgi": "tanks",
    "rakiety": "missiles",
    "pociski": "missiles",
    "okrety": "warships",
    "mysliwce": "fighter jets",
    "pomoc": "aid",
    "pakiet": "package",
    "milionow": "million",
    "dolarow": "dollars",
    # Ukrainian and Russian words a reader may write in Latin letters
    "rosiya": "russia",
    "rossiya": "russia",
    "rossii": "russia",
    "moskva": "moscow",
    "krym": "crimea",
    "ukrayina": "ukraine",
    "ukraina": "ukraine",
    "nimechchyna": "germany",
    "germaniya": "germany",
    "frantsiya": "france",
    "frantsiia": "france",
    "polshcha": "poland",
    "polsha": "poland",
    "yevropa": "europe",
    "evropa": "europe",
    "skhidna": "eastern",
    "vostochnaya": "eastern",
    "amerika": "america",
    "soldaty": "soldiers",
    "viyska": "troops",
    "viysko": "troops",
    "voyska": "troops",
    "voiska": "troops",
    "rozvidka": "intelligence",
    "razvedka": "intelligence",
    "zhurnalisty": "journalists",
    "zhurnalistam": "journalists",
    "rozmova": "conversation",
    "razgovor": "conversation",
    "peregovory": "negotiations",
    "perehovory": "negotiations",
    "truboprovid": "pipeline",
    "truboprovod": "pipeline",
    "sanktsii": "sanctions",
    "sanktsiyi": "sanctions",
    "gruden": "december",
    "hruden": "december",
    "dekabr": "december",
    "sichen": "january",
    "yanvar": "january",
    "dyakuyu": "thanks",
    "spasibo": "thanks",
    "prezydent": "president",
    "prezident": "president",
    "chto": "what",
    "shcho": "what",
    "kto": "who",
    "khto": "who",
    "kogda": "when",
    "koly": "when",
    "pochemu": "why",
    "chomu": "why",
    "skolko": "how many",
    "skilky": "how many",
    # French words a reader writing in English may fall back on
    "allemagne": "germany",
    "russie": "russia",
    "otan": "nato",
    "etatsunis": "united states",
    "conseiller": "adviser",
    "conseillere": "adviser",
    "securite": "security",
    "nationale": "national",
    "appel": "call",
    "prevu": "scheduled",
    "prevue": "scheduled",
    "retenue": "restraint",
    "reponse": "response",
    "ecrite": "written",
    "troupes": "troops",
    "armes": "weapons",
    "navires": "ships",
    "gaz": "gas",
    "auteur": "author",
    "autrice": "author",
    "menace": "threat",
    "negociations": "negotiations",
    "pourparlers": "talks",
    "ecrit": "wrote",
    "dissuasion": "deterrence",
    "publie": "published",
    "publiee": "published",
    "frontiere": "border",
    "banques": "banks",
    "americain": "american",
    "americaine": "american",
    "americains": "american",
    "britannique": "british",
    "rencontre": "meeting",
    "veut": "wants",
    "veulent": "want",
    "exige": "demands",
    "exigences": "demands",
    "envoyer": "send",
    "envoie": "sends",
    "gazoduc": "pipeline",
    "apres": "after",
    "avant": "before",
    # German words a reader writing in English may fall back on ("the Forderung of
    # Russland", "Soldaten"), folded as typed without their umlauts
    "russland": "russia",
    "deutschland": "germany",
    "frankreich": "france",
    "osteuropa": "eastern europe",
    "europa": "europe",
    "amerikanische": "american",
    "amerikanischen": "american",
    "amerikaner": "americans",
    "russische": "russian",
    "russischen": "russian",
    "ukrainische": "ukrainian",
    "ukrainischen": "ukrainian",
    "deutsche": "german",
    "deutschen": "german",
    "lange": "long",
    "viele": "many",
    "stehen": "stand",
    "steht": "stands",
    "moskau": "moscow",
    "kiew": "kyiv",
    "krim": "crimea",
    "genf": "geneva",
    "spanien": "spain",
    "danemark": "denmark",
    "rumanien": "romania",
    "bulgarien": "bulgaria",
    "grossbritannien": "britain",
    "litauen": "lithuania",
    "niederlande": "netherlands",
    "soldaten": "soldiers",
    "truppen": "troops",
    "waffen": "weapons",
    "energie": "energy",
    "forderung": "demand",
    "forderungen": "demands",
    "beruf": "job",
    "artikel": "article",
    "lander": "countries",
    "kampfjets": "fighter jets",
    "kampfflugzeuge": "fighter jets",
    "kriegsschiffe": "warships",
    "schiffe": "ships",
    "raketen": "missiles",
    "prasident": "president",
    "prasidenten": "presidents",
    "sprechen": "speak",
    "gesprach": "talk",
    "gesprache": "talks",
    "telefonat": "phone call",
    "anruf": "call",
    "videoanruf": "video call",
    "sicherheit": "security",
    "sicherheitspaket": "security package",
    "paket": "package",
    "sicherheitsberater": "security adviser",
    "berater": "adviser",
    "sanktionen": "sanctions",
    "verhandlungen": "negotiations",
    "grenze": "border",
    "kanzler": "chancellor",
    "bundeskanzler": "chancellor",
    "aussenminister": "foreign minister",
    "antwort": "response",
    "schriftliche": "written",
    "nein": "no",
    "oder": "or",
    "nicht": "not",
    "schon": "already",
    "bedrohung": "threat",
    "angriff": "attack",
    "einmarsch": "invasion",
    "krieg": "war",
    "abschreckung": "deterrence",
    "diplomatie": "diplomacy",
    "verbundete": "allies",
    "verbundeten": "allies",
    "mitgliedschaft": "membership",
    "beitritt": "joining",
    "treffen": "meeting",
    "ausbilder": "trainers",
    "militarhilfe": "military aid",
    "millionen": "million",
    "milliarden": "billion",
    "geheimdienst": "intelligence",
    "zuruckhaltung": "restraint",
    "autorin": "author",
    "veroffentlicht": "published",
    "abschnitt": "section",
    "uberschrift": "heading",
    "titel": "title",
    "erdgas": "natural gas",
    "preise": "prices",
    "wirtschaft": "economy",
    "alarmbereitschaft": "high alert",
    "minuten": "minutes",
    "stunden": "hours",
    "kommentare": "comments",
    "woche": "week",
    "dezember": "december",
    "januar": "january",
    "februar": "february",
    "tldr": "tl dr",
    "lvl": "level",
    "em": "them",
    # words texted without their vowels ("gt th warshps nd jets")
    "th": "the",
    "nd": "and",
    "gt": "got",
    "mny": "many",
    # ordinals in figures ("the 2nd call")
    "1st": "first",
    "2nd": "second",
    "3rd": "third",
    "4th": "fourth",
    "5th": "fifth",
    "r": "are",
    "ur": "your",
    "u": "you",
    "y": "why",
    "whos": "who is",  # "whos jake sullivan": the apostrophe left out
    "whats": "what is",
    "wheres": "where is",
    "whens": "when is",
    "hows": "how is",
    "whys": "why is",
    "thats": "that is",
    "theres": "there is",
    "hes": "he is",
    "theyre": "they are",
    "youre": "you are",
    "hed": "he would",
    "theyd": "they would",
    "frm": "from",
    "hw": "how",
    "wht": "what",
    "whn": "when",
    "whr": "where",
    "dd": "did",
    "wd": "would",
    "wld": "would",
    "cld": "could",
    "shld": "should",
    "shd": "should",
    "surname": "name",
    "surnames": "names",
    "forename": "name",
    "forenames": "names",
    "wud": "would",
    "cud": "could",
    "shud": "should",
    "mite": "might",
    "kinda": "kind of",
    "sorta": "sort of",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "lemme": "let me",
    "gimme": "give me",
    "dunno": "do not know",
    "natgas": "natural gas",
    "pct": "percent",
    "acc": "according",  # "acc to the dec article"
    "ns2": "nord stream 2",
    # negations typed without the apostrophe: "why russia dont want ukraine in nato"
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "hasnt": "has not",
    "havent": "have not",
    "hadnt": "had not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "cant": "can not",
    "wont": "will not",
    "mustnt": "must not",
    "neednt": "need not",
    # country codes and desk abbreviations: "RU troop count", "FR/DE/RU/UA mtg"
    "ru": "russia",
    "rus": "russia",
    "ukr": "ukraine",
    "ua": "ukraine",
    "fr": "france",
    "ger": "germany",
    "esp": "spain",
    "dk": "denmark",
    "fra": "france",
    "deu": "germany",
    "dnk": "denmark",
    "gbr": "uk",
    "pol": "poland",
    "rou": "romania",
    # military shorthand: "ATGM deliveries to the UAF", "US BCTs", "ISR reporting"
    "uaf": "ukrainian army",
    "afu": "ukrainian army",
    "atgm": "antitank missile",
    "atgms": "antitank missiles",
    "bct": "brigade",
    "bcts": "brigades",
    "isr": "intelligence",
    "aor": "region",
    "pkg": "package",
    "fm": "foreign minister",
    "secstate": "secretary of state",
    "potus": "us president",
    "conus": "us",  # "CONUS-based troops": based in the continental US
    "stateside": "us",  # "stateside troops": based in the US
    "ir": "international relations",  # "a well-known IR concept"
    # question words of French, Spanish, Portuguese and German ("Macron va parler
    # quand?")
    "qui": "who",
    "quoi": "what",
    "quel": "which",
    "quelle": "which",
    "quels": "which",
    "quelles": "which",
    "quand": "when",
    "pourquoi": "why",
    "combien": "how many",
    "quien": "who",
    "quienes": "who",
    "cuando": "when",
    "donde": "where",
    "cuanto": "how many",
    "cuanta": "how many",
    "cuantos": "how many",
    "cuantas": "how many",
    "cual": "which",
    "cuales": "which",
    "como": "how",
    "quem": "who",
    "quando": "when",
    "onde": "where",
    "quantos": "how many",
    "quantas": "how many",
    "quanto": "how many",
    "qual": "which",
    "wer": "who",
    "wann": "when",
    "warum": "why",
    "wieso": "why",
    "weshalb": "why",
    "wie": "how",
    "wieviel": "how many",
    "wieviele": "how many",
    "welche": "which",
    "welcher": "which",
    "welches": "which",
    "welchen": "which",
    # Hindi words of Hinglish ("US kitne troops ...", "kisne likha", "kya hoga")
    "kitne": "how many",
    "kitna": "how much",
    "kitni": "how much",
    "kya": "what",
    "kyun": "why",
    "kyon": "why",
    "kyu": "why",
    "kahan": "where",
    "kaha": "where",
    "kab": "when",
    "kaun": "who",
    "kisne": "who",
    "kisko": "who",
    "kaunsi": "which",
    "kaunsa": "which",
    "kaunse": "which",
    "kis": "which",
    "chali": "lasted",
    "chala": "lasted",
    "kaise": "how",
    "hai": "is",
    "hain": "are",
    "tha": "was",
    "thi": "was",
    "mein": "in",
    "ka": "of",
    "ki": "of",
    "ke": "of",
    "ko": "to",
    "aur": "and",
    "pe": "on",
    "baare": "about",
    "abhi": "now",
    "toh": "then",
    "agar": "if",
    "bola": "said",
    "boli": "said",
    "likha": "wrote",
    "padhati": "teaches",
    "padhate": "teaches",
    "desh": "country",
    "bhejne": "send",
    "bhejna": "send",
    "bhej": "send",
    "hissa": "share",
    "ghante": "hours",
    "cheezein": "things",
    "baaki": "other",
    "itna": "so",
    "baat": "talk",
    "padhne": "read",
    "lagega": "take",
    "hoga": "happen",
    "hui": "happened",
    "hua": "happened",
    "ye": "this",
    "yeh": "this",
    "woh": "that",
    "sab": "all",
    "bahut": "very",
    "nahi": "not",
    "nahin": "not",
    "kuch": "some",
    "kyonki": "because",
    "lekin": "but",
    "bhi": "also",
    "sirf": "only",
    "nikaal": "cut",
    "nikala": "cut",
    "rakh": "put",
    "milega": "get",
    # Urdu, in Latin letters ("Sullivan ke mutabiq", "France apni fauj kahan bhejne ...")
    "parhati": "teaches",
    "parhata": "teaches",
    "parhate": "teaches",
    "padhata": "teaches",
    "padhti": "teaches",
    "mutabiq": "according to",
    "mutabik": "according to",
    "cheez": "thing",
    "chiz": "thing",
    "dobara": "again",
    "kehta": "says",
    "kehte": "say",
    "kehti": "says",
    "fauj": "troops",
    "fauji": "soldiers",
    "fouj": "troops",
    "tayyar": "ready",
    "taiyar": "ready",
    "tayar": "ready",
    "baqi": "other",
    "baki": "other",
    "zyada": "more",
    "jyada": "more",
    "ziada": "more",
    "naram": "soft",
    "mushkil": "difficult",
    "pehle": "before",
    "pahle": "before",
    "dekhte": "see",
    "dekhta": "sees",
    "dekhti": "sees",
    "khayal": "view",
    "khyal": "view",
    "khayaal": "view",
    "sakti": "could",
    "sakta": "could",
    "sakte": "could",
    "jawab": "answer",
    "faisla": "decision",
    "waada": "promise",
    "wada": "promise",
    "muzakarat": "negotiations",
    "mazakrat": "negotiations",
    "pabandiyan": "sanctions",
    "pabandi": "sanctions",
    "hamla": "attack",
    "sarhad": "border",
    "sarhadon": "border",
    "hukumat": "government",
    "mulk": "country",
    "maqsad": "aim",
    "khatra": "danger",
    "khatre": "danger",
    "mulaqat": "meeting",
    "mulaqaat": "meeting",
    "koshish": "effort",
    "madad": "help",
    "hathiyar": "weapons",
    "aslaha": "weapons",
    "mazeed": "more",
    "kyunke": "because",
    "tareekh": "date",
    "waqt": "time",
    "bayan": "statement",
    "bayaan": "statement",
    "samjhauta": "agreement",
    "muahida": "agreement",
    "muahide": "agreement",
    "raazi": "agreed",
    "razi": "agreed",
    "manzoor": "accepted",
    "inkaar": "refused",
    "inkar": "refused",
    "dhamki": "threat",
    "dabao": "pressure",
    "fikr": "concern",
    "fikar": "concern",
    "iqdamat": "measures",
    "aman": "peace",
    "rokna": "stop",
    # Swedish ("Hur många ryska soldater vid gränsen", "Vem skrev artikeln")
    "vem": "who",
    "nar": "when",
    "hur": "how",
    "manga": "many",
    "vad": "what",
    "vilket": "which",
    "vilken": "which",
    "vilka": "which",
    "varfor": "why",
    "skrev": "wrote",
    "artikeln": "article",
    "publicerades": "published",
    "publicerad": "published",
    "bloggposten": "blog post",
    "ryska": "russian",
    "ryssland": "russia",
    "soldater": "soldiers",
    "ukrainska": "ukrainian",
    "gransen": "border",
    "grans": "border",
    "jobbar": "works",
    "universitet": "university",
    "forfattaren": "author",
    "forfattare": "author",
    "avtal": "agreement",
    "kraver": "demands",
    "krav": "demands",
    "sanktioner": "sanctions",
    "sanktionera": "sanction",
    "stanga": "shut",
    "stangs": "shut",
    "hander": "happens",
    "rubeln": "ruble",
    "stora": "big",
    "stort": "big",
    "bankerna": "banks",
    "banker": "banks",
    "dollarn": "dollar",
    "halvledare": "semiconductors",
    "sakerhetspaket": "security package",
    "vapen": "weapons",
    "pansarvarnsrobotar": "anti-tank missiles",
    "forsiktig": "careful",
    "forsiktigt": "careful",
    "forsiktiga": "careful",
    "sager": "says",
    "skickar": "sends",
    "skicka": "send",
    "amerikanerna": "americans",
    "amerikanska": "american",
    "personligen": "personally",
    "traffade": "met",
    "forra": "last",
    "fredagen": "friday",
    "datum": "date",
    "videosamtalet": "video call",
    "videosamtal": "video call",
    "samtalet": "call",
    "samtal": "call",
    "nationell": "national",
    "sakerhetsradgivare": "security adviser",
    "pratade": "talked",
    "prata": "talk",
    "ledarna": "leaders",
    "igen": "again",
    "dag": "day",
    "lastid": "reading time",
    "ser": "sees",
    "kreml": "kremlin",
    "linje": "line",
    "militara": "military",
    "instruktorer": "trainers",
    "redan": "already",
    "alternativ": "options",
    "forutom": "besides",
    "tyskland": "germany",
    "frankrike": "france",
    "danmark": "denmark",
    "storbritannien": "britain",
    "fartyg": "ships",
    "stridsflygplan": "fighter jets",
    "trupper": "troops",
    "krig": "war",
    "forhandlingar": "negotiations",
    "motet": "meeting",
    # Indonesian and Malay ("berapa tentara Rusia di perbatasan", "siapa penulis")
    "siapa": "who",
    "kapan": "when",
    "bila": "when",
    "berapa": "how many",
    "kenapa": "why",
    "mengapa": "why",
    "apa": "what",
    "mana": "where",
    "bagaimana": "how",
    "penulis": "writer",
    "dipublikasikan": "published",
    "diterbitkan": "published",
    "jenewa": "geneva",
    "persen": "percent",
    "peratus": "percent",
    "bagian": "share",
    "ketemu": "met",
    "bertemu": "met",
    "ngomong": "said",
    "setelah": "after",
    "sebelum": "before",
    "perjanjian": "agreement",
    "penting": "important",
    "sanksi": "sanctions",
    "sekatan": "sanctions",
    "jerman": "germany",
    "responnya": "response",
    "respon": "response",
    "lebih": "more",
    "hati": "careful",
    "dibanding": "compared",
    "dibuka": "opened",
    "ngobrol": "talk",
    "bicara": "talk",
    "negara": "country",
    "kerja": "job",
    "bekerja": "work",
    "lama": "long",
    "artikelnya": "article",
    "dilaporkan": "reported",
    "pemerintah": "government",
    "kerajaan": "government",
    "jatuh": "fall",
    "diputus": "cut off",
    "eropa": "europe",
    "eropah": "europe",
    "tidak": "not",
    "belum": "not yet",
    "sudah": "already",
    "udah": "already",
    "senjata": "weapons",
    "rudal": "missiles",
    "peluru": "missiles",
    "kapal": "ships",
    "pesawat": "aircraft",
    "bantuan": "aid",
    "tentara": "troops",
    "askar": "troops",
    "pasukan": "troops",
    "perbatasan": "border",
    "sempadan": "border",
    "presiden": "president",
    "pertemuan": "meeting",
    "mesyuarat": "meeting",
    "telepon": "phone",
    "tanggal": "date",
    "tarikh": "date",
    "hari": "day",
    "jam": "hours",
    "minggu": "week",
    "bulan": "month",
    "tahun": "year",
    "inggris": "britain",
    "prancis": "france",
    "perancis": "france",
    "spanyol": "spain",
    "invasi": "invasion",
    "perang": "war",
    "ancaman": "threat",
    "diplomasi": "diplomacy",
    "negosiasi": "negotiations",
    "rundingan": "negotiations",
    "pembicaraan": "talks",
    "berikutnya": "next",
    "selanjutnya": "next",
    "lagi": "again",
    "kirim": "send",
    "mengirim": "send",
    "hantar": "send",
    # Turkish, without its own letters ("ABD kac askeri high alert'e koydu")
    "kac": "how many",
    "kaci": "how many",
    "kim": "who",
    "zaman": "when",  # ("ne zaman": "ne" is set aside)
    "neden": "why",
    "niye": "why",
    "nicin": "why",
    "nerede": "where",
    "nereye": "where",
    "nereden": "where",
    "hangi": "which",
    "kadar": "how much",
    "kadari": "how much",
    "nasil": "how",
    "soyledi": "said",
    "lider": "leader",
    "liderler": "leaders",
    "iki": "two",
    "tekrar": "again",
    "konusacak": "talk",
    "konusuyor": "talking",
    "konustu": "talked",
    "listesini": "list",
    "liste": "list",
    "yayinladi": "published",
    "yayinlandi": "published",
    "makale": "article",
    "makalede": "article",
    "yazi": "article",
    "yazisi": "article",
    "yazisini": "article",
    "yazdi": "wrote",
    "telefonda": "phone",
    "abd": "us",
    "asker": "soldiers",
    "askeri": "soldiers",
    "askerlerini": "soldiers",
    "koydu": "put",
    "dogu": "east",
    "avrupa": "europe",
    "zaten": "already",
    "fransa": "france",
    "gondermeye": "send",
    "gonderiyor": "sending",
    "gonderecek": "send",
    "hazir": "ready",
    "ispanya": "spain",
    "danimarka": "denmark",
    "litvanya": "lithuania",
    "bulgaristan": "bulgaria",
    "almanya": "germany",
    "ingiltere": "britain",
    "enerji": "energy",
    "enerjisinin": "energy",
    "rusya": "russia",
    "geliyor": "comes",
    "dogal": "natural",
    "gazin": "gas",
    "gazi": "gas",
    "yuzde": "percent",
    "tasiyacak": "carry",
    "ulke": "country",
    "ulkeyle": "country",
    "universite": "university",
    "universitede": "university",
    "ders": "teaches",
    "tarih": "date",
    "yaptirim": "sanctions",
    "yaptirimlar": "sanctions",
    "savas": "war",
    "isgal": "invasion",
    "tehdit": "threat",
    "silah": "weapons",
    "silahlar": "weapons",
    "sinir": "border",
    "sinirda": "border",
    "gorusme": "meeting",
    "toplanti": "meeting",
    # Vietnamese, without its accents ("bao nhieu linh My", "Blinken gap Lavrov o dau")
    "nhieu": "how many",
    "lau": "long",
    "ai": "who",
    "khi": "when",
    "tai": "why",  # ("tai sao": "sao" is set aside)
    "dau": "where",
    "gi": "what",
    "quan": "troops",
    "linh": "soldiers",
    "nga": "russia",
    "gioi": "border",  # ("bien gioi")
    "bai": "article",
    "viet": "wrote",
    "viec": "work",
    "truong": "university",
    "gui": "send",
    "tien": "money",
    "phap": "france",
    "duc": "germany",
    "nuoc": "country",
    "thuoc": "depends",
    "tram": "percent",  # ("phan tram")
    "chuyen": "talk",  # ("noi chuyen")
    "chuc": "officials",  # ("quan chuc")
    "nhac": "mentioned",
    "chua": "not yet",
    "au": "europe",  # ("chau Au")
    "nang": "energy",  # ("nang luong")
    "luong": "energy",
    "trung": "china",
    "tan": "attack",  # ("tan cong")
    "cong": "attack",
    # Japanese in Latin letters ("Roshia no heitai wa border ni nannin imasu ka")
    "itsu": "when",
    "dare": "who",
    "doko": "where",
    "naze": "why",
    "nani": "what",
    "nan": "what",
    "nannin": "how many",
    "ikura": "how much",
    "dono": "which",
    "dore": "how much",  # ("dore gurai")
    "jikan": "hours",
    "nen": "year",
    "roshia": "russia",
    "heitai": "soldiers",
    "kiji": "article",
    "kaita": "wrote",
    "deta": "published",  # (came out)
    "shinchou": "cautious",
    "daigaku": "university",
    "oshiete": "teaches",
    "hizuke": "date",
    "atta": "met",
    "kaigi": "meeting",
    "kamei": "membership",
    "iyagaru": "oppose",
    "denwa": "phone",
    "hanasu": "talk",
    "hanashi": "talk",
    "yotei": "planned",
    "tsugi": "next",
    "futari": "two",
    "yoroppa": "europe",
    "tennen": "natural",
    "gasu": "gas",
    "tayotte": "depends",
    "kanryou": "officials",
    "kuni": "country",
    "dashimashita": "put out",
    "youkyuu": "demands",
    "ichiban": "top",  # ("ichiban juuyou": the most important one)
    "juuyou": "important",
    "kiridasareru": "cut off",
    "beikoku": "us",
    "furansu": "france",
    "doitsu": "germany",
    "igirisu": "britain",
    "supein": "spain",
    "seisai": "sanctions",
    "buki": "weapons",
    "misairu": "missiles",
    "sensou": "war",
    "shinkou": "invasion",
    "kokkyou": "border",
    "keikai": "alert",
    # Greek in Latin letters ("posoi rosoi stratiotes einai konta sta synora")
    "poios": "who",
    "poia": "which",
    "poio": "which",
    "poies": "which",
    "pote": "when",
    "pou": "where",
    "giati": "why",
    "ti": "what",
    "posoi": "how many",
    "poses": "how many",
    "posa": "how many",
    "poso": "how much",
    "pws": "how",
    "milise": "talked",
    "milisei": "talk",
    "ksanamilisoun": "talk again",
    "rosoi": "russian",
    "rosia": "russia",
    "stratiotes": "soldiers",
    "konta": "near",
    "synora": "border",
    "oukrania": "ukraine",
    "oukranias": "ukraine",
    "synanthithike": "met",
    "ores": "hours",
    "kratise": "lasted",
    "parisi": "paris",
    "parisiou": "paris",
    "xores": "countries",
    "synantisi": "meeting",
    "symfonia": "agreement",
    "amerikanoi": "americans",
    "anatolikis": "eastern",
    "evropi": "europe",
    "evropis": "europe",
    "stelnei": "sends",
    "stelnoun": "send",
    "gallia": "france",
    "ispania": "spain",
    "paketo": "package",
    "voitheias": "aid",
    "hpa": "us",
    "opla": "weapons",
    "zitaei": "demands",
    "evgale": "put out",
    "lista": "list",
    "thelei": "wants",
    "pane": "go",
    "dyo": "two",
    "idi": "already",
    "mesa": "inside",
    "kyroseis": "sanctions",
    "polemos": "war",
    "eisvoli": "invasion",
    "germania": "germany",
    "vretania": "britain",
    "trapezes": "banks",
    "aerio": "gas",
    "energeia": "energy",
    # Arabic written in Latin letters, digits for its own sounds ("shu bidd Russia",
    # "kam jundi 3al 7dud", "Macron rah yi7ki ma3 Putin emta")
    "shu": "what",
    "shou": "what",
    "sho": "what",
    "kif": "how",
    "keef": "how",
    "kam": "how many",
    "wein": "where",
    "wain": "where",
    "leh": "why",
    "lesh": "why",
    "laysh": "why",
    "emta": "when",
    "imta": "when",
    "meen": "who",
    "bidd": "want",
    "biddo": "want",
    "badd": "want",
    "jundi": "soldiers",
    "jnood": "soldiers",
    "junud": "soldiers",
    "rusi": "russian",
    "rusiya": "russia",
    "7dud": "border",
    "7udud": "border",
    "it2abalu": "met",
    "t2abalu": "met",
    "it2abal": "met",
    "sa3a": "hours",
    "sa3at": "hours",
    "khayfa": "afraid",
    "khayfe": "afraid",
    "khayef": "afraid",
    "qal": "said",
    "2al": "said",
    "qalet": "said",
    "2alet": "said",
    "yi7ki": "talk",
    "yi7ku": "talk",
    "bi7ki": "talk",
    "ma3": "with",
    "mohim": "important",
    "muhim": "important",
    "bta3tamid": "depends",
    "ta3tamid": "depends",
    "a2al": "less",
    "bitb3at": "send",
    "btib3at": "send",
    "yib3at": "send",
    "yib3atu": "send",
    "hala2": "now",
    "halla2": "now",
    "ghayr": "other",
    "gheir": "other",
    "7ukume": "government",
    "hukume": "government",
    "7ukuma": "government",
    "maqal": "article",
    "ma2al": "article",
    "maqale": "article",
    "nshar": "published",
    "inshar": "published",
    "katab": "wrote",
    "katabet": "wrote",
    "kateb": "writer",
    "kateba": "writer",
    "ba3d": "after",
    "ra2is": "president",
    "ra2ees": "president",
    "ra2isen": "presidents",
    "marra": "time",
    "tanye": "again",
    "tani": "again",
    "7arb": "war",
    "harb": "war",
    "ra2y": "opinion",
    "ra2yak": "opinion",
    # Finnish, without its own letters ("kuinka monta sotilasta rajalla", "kuka
    # kirjoitti artikkelin")
    "kuinka": "how",
    "monta": "many",
    "paljon": "much",
    "kuka": "who",
    "ketka": "who",
    "kenen": "whose",
    "kenelle": "who",
    "milloin": "when",
    "miksi": "why",
    "missa": "where",
    "mista": "where",
    "mihin": "where",
    "mita": "what",
    "mika": "what",
    "mitka": "which",
    "kumpi": "which",
    "onko": "is",
    "oliko": "was",
    "voiko": "can",
    "kauan": "long",
    "sotilaat": "soldiers",
    "sotilasta": "soldiers",
    "sotilaita": "soldiers",
    "joukot": "troops",
    "joukkoja": "troops",
    "raja": "border",
    "rajalla": "border",
    "rajalle": "border",
    "venaja": "russia",
    "venajan": "russia",
    "venalaiset": "russian",
    "venalaisia": "russian",
    "venalaista": "russian",
    "venalaisten": "russian",
    "ukrainan": "ukraine",
    "ukrainaan": "ukraine",
    "ukrainalle": "ukraine",
    "yhdysvallat": "us",
    "yhdysvaltain": "us",
    "yhdysvaltojen": "us",
    "saksa": "germany",
    "saksan": "germany",
    "ranska": "france",
    "kirjoitti": "wrote",
    "kirjoittaja": "author",
    "kirjoittajan": "author",
    "artikkeli": "article",
    "artikkelin": "article",
    "artikkelissa": "article",
    "julkaistiin": "published",
    "julkaistu": "published",
    "tapasivat": "met",
    "tapasi": "met",
    "tapaaminen": "meeting",
    "puhelu": "call",
    "puhelun": "call",
    "vaatii": "demands",
    "vaativat": "demand",
    "vaati": "demanded",
    "vaatimukset": "demands",
    "vaatimuksia": "demands",
    "haluaa": "wants",
    "halua": "want",
    "pakotteet": "sanctions",
    "pakotteita": "sanctions",
    "sanktioita": "sanctions",
    "pankit": "banks",
    "pankkeja": "banks",
    "pankeille": "banks",
    "pankkien": "banks",
    "kaasu": "gas",
    "kaasua": "gas",
    "kaasuputki": "pipeline",
    "neuvottelut": "negotiations",
    "neuvotteluja": "negotiations",
    "hyokkays": "invasion",
    "hyokkaa": "invades",
    "tiedustelu": "intelligence",
    "hallitus": "government",
    "hallituksen": "government",
    "ohjukset": "missiles",
    "ohjuksia": "missiles",
    "aseet": "weapons",
    "aseita": "weapons",
    "rahaa": "money",
    "dollaria": "dollars",
    "tuntia": "hours",
    "kesti": "lasted",
    "sovittiin": "agreed",
    "sopimus": "agreement",
    "tapahtuisi": "happen",
    "tapahtuu": "happens",
    "rupla": "ruble",
    "ruplan": "ruble",
    "ruplalle": "ruble",
    "henkilokohtaisesti": "personally",
    "ilman": "without",
    "antoi": "issued",
    "antaa": "give",
    "valmis": "willing",
    "lahettaa": "send",
    "lahetti": "sent",
    "vastaus": "response",
    "vastasi": "responded",
    "punainen": "red",
    "linja": "line",
    "presidentti": "president",
    "ulkoministeri": "foreign minister",
    "laajentuminen": "expansion",
    "itaan": "eastward",
    "liittolaiset": "allies",
    "varoitti": "warned",
    "uhkasi": "threatened",
    "vienti": "export",
    "rajoitukset": "restrictions",
    "puolijohteet": "semiconductors",
    "viikonloppuna": "weekend",
    "viime": "last",
    "vuotta": "years",
    "sitten": "ago",
    "lukuaika": "reading time",
    "minuuttia": "minutes",
    "yliopisto": "university",
    "vaikeuksissa": "struggle",
    "raportoi": "reported",
    # Serbian, Croatian and Bosnian in Latin letters, without their own letters
    # ("koliko vojnika na granici", "ko je napisao clanak")
    "koliko": "how many",
    "tko": "who",
    "kada": "when",
    "zasto": "why",
    "gde": "where",
    "gdje": "where",
    "sta": "what",
    "cemu": "what",
    "koji": "which",
    "koja": "which",
    "koje": "which",
    "koju": "which",
    "kojoj": "which",
    "vojnika": "soldiers",
    "vojnici": "soldiers",
    "vojska": "army",
    "vojske": "army",
    "trupe": "troops",
    "trupa": "troops",
    "napisao": "wrote",
    "napisala": "wrote",
    "clanak": "article",
    "clanka": "article",
    "clanku": "article",
    "objavljen": "published",
    "objavljeno": "published",
    "radi": "works",
    "univerzitet": "university",
    "sveuciliste": "university",
    "odakle": "from where",
    "njemacka": "germany",
    "nemacka": "germany",
    "njemacke": "germany",
    "vise": "more",
    "nego": "than",
    "istocna": "eastern",
    "istocnoj": "eastern",
    "istocne": "eastern",
    "europi": "europe",
    "spanija": "spain",
    "spanjolska": "spain",
    "danska": "denmark",
    "salju": "send",
    "salje": "sends",
    "slanje": "sending",
    "poslati": "send",
    "zemlju": "country",
    "zemlja": "country",
    "americki": "american",
    "americkih": "american",
    "americke": "american",
    "ukrajina": "ukraine",
    "ukrajini": "ukraine",
    "ukrajine": "ukraine",
    "rakete": "missiles",
    "oruzje": "weapons",
    "oruzja": "weapons",
    "taktike": "tactics",
    "rusija": "russia",
    "rusije": "russia",
    "ruski": "russian",
    "ruske": "russian",
    "ruskih": "russian",
    "moze": "can",
    "koristiti": "use",
    "vlada": "government",
    "vlade": "government",
    "kijev": "kyiv",
    "kijevu": "kyiv",
    "britanska": "british",
    "prijavila": "reported",
    "prosli": "last",
    "vikend": "weekend",
    "pricali": "talked",
    "razgovarali": "talked",
    "glavna": "main",
    "rekao": "said",
    "regiju": "region",
    "regiji": "region",
    "crvena": "red",
    "linija": "line",
    "kremlj": "kremlin",
    "kremlja": "kremlin",
    "tolerisati": "tolerate",
    "tolerirati": "tolerate",
    "proizvodi": "products",
    "sankcije": "sanctions",
    "sankcija": "sanctions",
    "licno": "personally",
    "dugo": "long",
    "cita": "read",
    "autorke": "author",
    "stavljeno": "put",
    "stavljen": "put",
    "pripravnost": "alert",
    "sastanak": "meeting",
    "pregovori": "negotiations",
    "zahtjevi": "demands",
    "zahtevi": "demands",
    "odgovor": "response",
    "pismeni": "written",
    "plin": "gas",
    "plinovod": "pipeline",
    "gasovod": "pipeline",
    "banke": "banks",
    "invazija": "invasion",
    "napad": "attack",
    "granici": "border",
    "saveznici": "allies",
    "predsjednik": "president",
    "predsednik": "president",
    # Catalan, without its own letters ("quants soldats russos a la frontera", "qui
    # ha escrit l'article")
    "quants": "how many",
    "quantes": "how many",
    "quin": "which",
    "quina": "which",
    "quins": "which",
    "quines": "which",
    "perque": "why",
    "escrit": "wrote",
    "escriu": "writes",
    "treballa": "works",
    "publicar": "publish",
    "publicat": "published",
    "vol": "wants",
    "volen": "want",
    "dins": "in",
    "pot": "can",
    "poden": "can",
    "reunir": "meet",
    "reunio": "meeting",
    "russes": "russian",
    "surt": "appears",
    "paisos": "countries",
    "envien": "send",
    "enviara": "send",
    "envia": "sends",
    "tropes": "troops",
    "inclou": "includes",
    "ucraina": "ukraine",
    "passa": "happens",
    "passaria": "happen",
    "tallen": "cut",
    "tallar": "cut",
    "bancs": "banks",
    "alemanya": "germany",
    "despres": "after",
    "trucada": "call",
    "afectaria": "affect",
    "afectarien": "affect",
    "prop": "near",
    "dissuasio": "deterrence",
    "microxips": "microchips",
    "posicio": "position",
    "oficial": "official",
    "setmana": "week",
    "titol": "title",
    "desembre": "december",
    "gener": "january",
    "conclou": "concludes",
    "sancions": "sanctions",
    "gasoducte": "pipeline",
    "soldats": "soldiers",
    "exercit": "army",
    "resposta": "response",
    "escrita": "written",
    "demandes": "demands",
    "exigencies": "demands",
    "amenaca": "threat",
    "invasio": "invasion",
    "ajuda": "aid",
    "milions": "million",
    "missils": "missiles",
    "ministre": "minister",
    "assessor": "adviser",
    "seguretat": "security",
    "diu": "says",
    "parlar": "talk",
    "parlen": "talk",
    "parla": "talks",
    "acord": "agreement",
    "acords": "agreements",
    "fronteres": "border",
    # Persian in Latin letters ("chand ta sarbaz", "chera Germany", "koja")
    "chand": "how many",
    "chera": "why",
    "chi": "what",
    "chie": "what",
    "kodoom": "which",
    "kodum": "which",
    "mikhad": "wants",
    "mikhan": "want",
    "befreste": "send",
    "mifreste": "sends",
    "mifrestan": "send",
    "ferestad": "sent",
    "molaghat": "meeting",
    "ghabool": "accept",
    "harf": "talk",
    "mizane": "talks",
    "darsad": "percent",
    "narm": "soft",
    "mishe": "happens",
    "beshan": "become",
    "baad": "after",
    "goft": "said",
    "mige": "says",
    "mide": "gives",
    "amrika": "america",
    "nevisande": "author",
    "maghale": "article",
    "shode": "was",
    "asar": "effect",
    "nazdik": "near",
    "sal": "years",
    "pish": "ago",
    "gereft": "took",
    "mohem": "important",
    "sarbaz": "soldiers",
    "sarbazan": "soldiers",
    "niroo": "forces",
    "marz": "border",
    "tahrim": "sanctions",
    "tahrimha": "sanctions",
    "jang": "war",
    "hamle": "attack",
    "tahdid": "threat",
    "almaan": "germany",
    "faranse": "france",
    "engelis": "uk",
    "orupa": "europe",
    "moshaver": "adviser",
    "amniat": "security",
    "vazir": "minister",
    "khareje": "foreign",
    "goftogoo": "conversation",
    "mozakere": "negotiations",
    "javab": "response",
    "neveshte": "written",
    "ghermez": "red",
    "khat": "line",
    # Lithuanian, without its own letters ("kiek kariu prie sienos", "kas parase
    # straipsni")
    "kiek": "how many",
    "kas": "who",
    "kodel": "why",
    "koks": "which",
    "kokia": "which",
    "kokias": "which",
    "kokie": "which",
    "sienos": "border",
    "siena": "border",
    "pasienyje": "border",
    "padeti": "put",
    "kariu": "soldiers",
    "kariai": "soldiers",
    "kareiviai": "soldiers",
    "kareiviu": "soldiers",
    "ukrainoje": "ukraine",
    "ukrainai": "ukraine",
    "ukrainos": "ukraine",
    "kainuoja": "costs",
    "raketas": "missiles",
    "raketos": "missiles",
    "siuncia": "sends",
    "siusti": "send",
    "pasiruosusi": "willing",
    "pasiruoses": "willing",
    "lietuva": "lithuania",
    "lietuvai": "lithuania",
    "lietuvos": "lithuania",
    "energijos": "energy",
    "energija": "energy",
    "gauna": "gets",
    "rusijos": "russia",
    "rusijai": "russia",
    "parase": "wrote",
    "straipsni": "article",
    "straipsnis": "article",
    "straipsnio": "article",
    "susitiko": "met",
    "bijo": "fears",
    "stos": "join",
    "reikstu": "mean",
    "atjungimas": "cut off",
    "atjungti": "cut off",
    "dirba": "employed",
    "kuo": "who",
    "kalbasi": "talk",
    "kalbejo": "talked",
    "duju": "gas",
    "dujos": "gas",
    "gamtiniu": "natural",
    "gamtines": "natural",
    "vokietija": "germany",
    "vokietijos": "germany",
    "atsargesne": "cautious",
    "atsargi": "cautious",
    "daryti": "do",
    "pilnos": "full",
    "pilna": "full",
    "invazijos": "invasion",
    "sankcijos": "sanctions",
    "sankciju": "sanctions",
    "bankai": "banks",
    "bankus": "banks",
    "prezidentas": "president",
    "kariuomene": "army",
    "pokalbis": "conversation",
    "pokalbio": "conversation",
    "skambutis": "call",
    "skambucio": "call",
    "vaizdo": "video",
    "susitikimas": "meeting",
    "reikalavimai": "demands",
    "reikalavimu": "demands",
    "atsakymas": "response",
    "rasytinis": "written",
    "grasino": "threatened",
    "perspejo": "warned",
    "diplomatija": "diplomacy",
    "diplomatijos": "diplomacy",
    # Albanian, without its own letters ("sa trupa ruse", "kush e shkroi artikullin")
    "kush": "who",
    "pse": "why",
    "ku": "where",
    "cfare": "what",
    "foli": "talked",
    "flase": "talk",
    "ruse": "russian",
    "ruseve": "russian",
    "kufi": "border",
    "kufirin": "border",
    "kufiri": "border",
    "ukraines": "ukraine",
    "rusise": "russia",
    "frike": "fear",
    "brenda": "within",
    "jave": "week",
    "javes": "week",
    "shpresojne": "hope",
    "njerezit": "people",
    "biseda": "talk",
    "bisede": "talk",
    "ardhshme": "next",
    "shkroi": "wrote",
    "artikullin": "article",
    "artikulli": "article",
    "publikua": "published",
    "postimi": "post",
    "postim": "post",
    "kerkesash": "demands",
    "kerkesat": "demands",
    "kerkesa": "demands",
    "dhjetor": "december",
    "janar": "january",
    "pranuan": "accepted",
    "pranoi": "accepted",
    "hapur": "open",
    "negociojne": "negotiate",
    "takuan": "met",
    "takim": "meeting",
    "takimi": "meeting",
    "dergoje": "send",
    "dergon": "sends",
    "dergojne": "send",
    "armesh": "weapons",
    "armet": "weapons",
    "perqind": "percent",
    "vjen": "comes",
    "sanksione": "sanctions",
    "sanksionet": "sanctions",
    "ushtare": "soldiers",
    "ushtaret": "soldiers",
    "pushtim": "invasion",
    "pushtimi": "invasion",
    "sulm": "attack",
    "kercenim": "threat",
    "paralajmeroi": "warned",
    "pergjigje": "response",
    "pergjigja": "response",
    "shkruar": "written",
    "presidenti": "president",
    "ministri": "minister",
    "sigurise": "security",
    "keshilltari": "adviser",
    "keshilltar": "adviser",
    "kombetar": "national",
    "bankat": "banks",
    "rubla": "ruble",
    "gjermania": "germany",
    "gjermanise": "germany",
    "britania": "britain",
    "shba": "us",
    "diplomacine": "diplomacy",
    "diplomacise": "diplomacy",
    "kujdesshme": "cautious",
    # Maltese, without its own letters ("kemm troops hemm fuq il-border", "fejn
    # tahdem")
    "kemm": "how many",
    "meta": "when",
    "ghaliex": "why",
    "fejn": "where",
    "xiex": "what",
    "inhu": "what is",
    "inhuma": "what are",
    "tkellmu": "talked",
    "jkellem": "talk",
    "jitkellmu": "talk",
    "titkellem": "talk",
    "jigri": "happens",
    "titqata": "cut off",
    "tridx": "want",
    "trid": "wants",
    "tidhol": "join",
    "kiteb": "wrote",
    "kitbet": "wrote",
    "artiklu": "article",
    "titlob": "demands",
    "kbir": "big",
    "pakkett": "package",
    "lesta": "willing",
    "tibghat": "send",
    "jibghat": "send",
    "franza": "france",
    "ewropa": "europe",
    "zmien": "time",
    "tiehu": "take",
    "godda": "new",
    "tikkunsidra": "considering",
    "germanja": "germany",
    "tirrispondi": "respond",
    "aktar": "more",
    "tahdem": "employed",
    "soluzzjoni": "solution",
    "facli": "easy",
    "tista": "can",
    "taghmel": "do",
    "minghajr": "without",
    "shiha": "full",
    "russja": "russia",
    "russi": "russian",
    "ukrajna": "ukraine",
    "suldati": "soldiers",
    "sanzjonijiet": "sanctions",
    "gass": "gas",
    "invazjoni": "invasion",
    "theddida": "threat",
    "twissija": "warning",
    "ingilterra": "uk",
    "laqghat": "meeting",
    "laqgha": "meeting",
    "awtrici": "author",
    "awtur": "author",
    "kawta": "cautious",
    "fruntiera": "border",
    # Welsh ("faint o filwyr sydd ar y border", "pwy ydy Julie Norman")
    "faint": "how many",
    "pwy": "who",
    "pryd": "when",
    "pam": "why",
    "ble": "where",
    "beth": "what",
    "siarad": "talk",
    "filwyr": "soldiers",
    "milwyr": "soldiers",
    "swydd": "job",
    "gyhoeddi": "published",
    "cyhoeddi": "published",
    "gyfarfod": "meet",
    "cyfarfod": "meeting",
    "rwsia": "russia",
    "fwy": "more",
    "mwy": "more",
    "barod": "willing",
    "parod": "willing",
    "yrru": "send",
    "gyrru": "send",
    "anfon": "send",
    "ddau": "two",
    "eto": "again",
    "ffonio": "phone",
    "gwener": "friday",
    "amser": "time",
    "ddarllen": "read",
    "darllen": "read",
    "erthygl": "article",
    "ddwedodd": "said",
    "dweud": "say",
    "ddweud": "say",
    "ol": "after",
    "digwydd": "happen",
    "lywodraeth": "government",
    "llywodraeth": "government",
    "sancsiynau": "sanctions",
    "nwy": "gas",
    "almaen": "germany",
    "ffrainc": "france",
    "wcrain": "ukraine",
    "ymosodiad": "attack",
    "goresgyniad": "invasion",
    "bygythiad": "threat",
    "arlywydd": "president",
    "ysgrifennodd": "wrote",
    "ffin": "border",
    "gofalus": "cautious",
    "ofalus": "cautious",
    # Mandarin in pinyin, without tones ("Eluosi you duoshao shibing", "shenme shihou")
    "duoshao": "how many",
    "shei": "who",
    "shenme": "what",
    "shihou": "when",
    "weishenme": "why",
    "nali": "where",
    "xia": "next",
    "liang": "two",
    "fabu": "published",
    "gongzuo": "employed",
    "qian": "money",
    "jianmian": "meet",
    "xiang": "want",
    "jiaru": "join",
    "dianhua": "phone",
    "zhunbei": "willing",
    "guojia": "country",
    "fenzhong": "minutes",
    "eluosi": "russia",
    "wukelan": "ukraine",
    "meiguo": "us",
    "deguo": "germany",
    "faguo": "france",
    "yingguo": "uk",
    "ouzhou": "europe",
    "beiyue": "nato",
    "zhicai": "sanctions",
    "tianranqi": "natural gas",
    "guandao": "pipeline",
    "budui": "troops",
    "jundui": "troops",
    "shibing": "soldiers",
    "bianjing": "border",
    "ruqin": "invasion",
    "weixie": "threat",
    "jinggao": "warning",
    "zongtong": "president",
    "waizhang": "foreign minister",
    "tanpan": "negotiations",
    "huitan": "talks",
    "yaoqiu": "demands",
    "huiying": "response",
    "shumian": "written",
    "hongxian": "red line",
    "zuozhe": "author",
    "wenzhang": "article",
    "boke": "blog",
    "xiaoxin": "cautious",
    # Bengali in Latin letters ("border e koto troops ache", "kobe", "keno")
    "koto": "how many",
    "kobe": "when",
    "keno": "why",
    "kothay": "where",
    "hoyechilo": "happened",
    "rakhse": "put",
    "ekhono": "still",
    "geche": "gone",
    "pathalo": "sent",
    "uttor": "response",
    "kotha": "talk",
    "bolbe": "say",
    "chara": "without",
    "onno": "other",
    "dibe": "give",
    "hoyeche": "happened",
    "beshi": "more",
    # Slovak, without its own letters ("kolko ruskych vojakov je pri hranici", "kto
    # napisal ten clanok")
    "kolko": "how many",
    "kedy": "when",
    "preco": "why",
    "kde": "where",
    "aky": "what",
    "aka": "what",
    "ake": "what",
    "akeho": "what",
    "aku": "what",
    "ruskych": "russian",
    "rusky": "russian",
    "ruskej": "russian",
    "ruskeho": "russian",
    "vojakov": "soldiers",
    "vojaci": "soldiers",
    "vojakmi": "soldiers",
    "vojsk": "troops",
    "vojsko": "troops",
    "hranici": "border",
    "hranica": "border",
    "hranice": "border",
    "hranic": "border",
    "hraniciach": "border",
    "ukrajinou": "ukraine",
    "ukrajinu": "ukraine",
    "ukrajiny": "ukraine",
    "ukrajinskej": "ukrainian",
    "ukrajinsky": "ukrainian",
    "ukrajinske": "ukrainian",
    "rusko": "russia",
    "ruska": "russia",
    "rusku": "russia",
    "ruskom": "russia",
    "hovoril": "spoke",
    "hovorili": "spoke",
    "hovorila": "spoke",
    "hovorit": "talk",
    "hovoria": "talk",
    "hovori": "talks",
    "budu": "will",
    "bude": "will",
    "lideri": "leaders",
    "lidri": "leaders",
    "lidrov": "leaders",
    "znova": "again",
    "znovu": "again",
    "opat": "again",
    "napisal": "wrote",
    "napisali": "wrote",
    "pracuje": "works",
    "chce": "wants",
    "chcu": "want",
    "nechce": "not want",
    "nechcu": "not want",
    "nemecko": "germany",
    "nemecka": "germany",
    "nemecku": "germany",
    "nemeckom": "germany",
    "nemecke": "german",
    "francuzsko": "france",
    "francuzska": "france",
    "francuzsku": "france",
    "francuzskom": "france",
    "europy": "europe",
    "europu": "europe",
    "europske": "european",
    "europskych": "european",
    "vychodnej": "eastern",
    "vychodna": "eastern",
    "vychodnu": "eastern",
    "stretli": "met",
    "stretol": "met",
    "stretla": "met",
    "stretnutie": "meeting",
    "stretnuti": "meeting",
    "ked": "when",
    "zastavi": "stops",
    "zastavit": "stop",
    "zastavia": "stop",
    "plyn": "gas",
    "plynu": "gas",
    "plyne": "gas",
    "plynom": "gas",
    "zemneho": "natural",
    "zemny": "natural",
    "kym": "who",
    "kom": "who",
    "trva": "takes",
    "citanie": "reading",
    "citat": "read",
    "clanok": "article",
    "clanky": "article",
    "pripade": "case",
    "posle": "send",
    "poslat": "send",
    "posielaju": "send",
    "poslu": "send",
    "posiela": "sends",
    "volat": "call",
    "zavola": "call",
    "telefonovat": "call",
    "dohoda": "agreement",
    "dohodu": "agreement",
    "dohody": "agreement",
    "dohodli": "agreed",
    "sankcie": "sanctions",
    "sankcii": "sanctions",
    "sankciami": "sanctions",
    "zbrane": "weapons",
    "zbrani": "weapons",
    "zbran": "weapon",
    "vojenska": "military",
    "vojenskej": "military",
    "vojenske": "military",
    "vojenskou": "military",
    "vojensku": "military",
    "vojensky": "military",
    "spojene": "united",
    "staty": "states",
    "statov": "states",
    "americkych": "american",
    "americky": "american",
    "rokovania": "talks",
    "rokovani": "talks",
    "rozhovory": "talks",
    "rozhovor": "talk",
    "zeneve": "geneva",
    "zeneva": "geneva",
    "parizi": "paris",
    "pariz": "paris",
    "hrozba": "threat",
    "hrozby": "threat",
    "invazia": "invasion",
    "invazie": "invasion",
    "invaziu": "invasion",
    "invazii": "invasion",
    "utok": "attack",
    "utoku": "attack",
    "bezpecnost": "security",
    "bezpecnosti": "security",
    "bezpecnostny": "security",
    "bezpecnostne": "security",
    "mier": "peace",
    "mieru": "peace",
    "napatie": "tension",
    "napatia": "tension",
    "povedal": "said",
    "povedala": "said",
    "povedali": "said",
    "pocet": "number",
    "odpoved": "response",
    "odpovedal": "responded",
    "odpovede": "response",
    "pisomna": "written",
    "pisomnu": "written",
    "pisomnej": "written",
    "poradca": "advisor",
    "narodnu": "national",
    "narodnej": "national",
    "narodny": "national",
    "zahranicnych": "foreign",
    "clenstvo": "membership",
    "clenstva": "membership",
    "cervena": "red",
    "cervenu": "red",
    "ciara": "line",
    "ciaru": "line",
    "diplomacie": "diplomacy",
    "odstrasenie": "deterrence",
    "eskalacia": "escalation",
    "eskalacie": "escalation",
    "univerzita": "university",
    "univerzite": "university",
    "univerzity": "university",
    "vyucuje": "teaches",
    "vysiel": "published",
    "vysla": "published",
    "zverejneny": "published",
    "zverejnil": "published",
    "plynovod": "pipeline",
    "plynovodu": "pipeline",
    "banky": "banks",
    "bankam": "banks",
    "dolar": "dollar",
    "dolara": "dollar",
    "dolaru": "dollar",
    "polovodice": "semiconductors",
    "raketa": "missile",
    "rakety": "missiles",
    "protitankove": "anti-tank",
    "cvicitelia": "trainers",
    "instruktori": "trainers",
    "pohotovost": "alert",
    "pohotovosti": "alert",
    "varovanie": "warning",
    "varoval": "warned",
    "ekonomicke": "economic",
    "ekonomicky": "economic",
    "dosledky": "consequences",
    "podpora": "support",
    "podporu": "support",
    "podporil": "supported",
    "spojenci": "allies",
    "spojencov": "allies",
    "vyhlasenie": "statement",
    "obavy": "fears",
    "zaujmy": "interests",
    # Azerbaijani, its letters written plain ("Ukrayna serhedinde nece esger var",
    # "LSE yazisini kim yazib")
    "birinci": "first",
    "basligi": "title",
    "basliq": "title",
    "ukrayna": "ukraine",
    "ukraynaya": "ukraine",
    "ukraynanin": "ukraine",
    "ukraynada": "ukraine",
    "ukraynani": "ukraine",
    "serhed": "border",
    "serhedde": "border",
    "serhedinde": "border",
    "serhedine": "border",
    "nece": "how",
    "krizis": "crisis",
    "haqqinda": "about",
    "evvel": "before",
    "evvelce": "before",
    "deyirdi": "said",
    "deyir": "says",
    "deyib": "said",
    "dedi": "said",
    "girse": "joins",
    "girerse": "joins",
    "qorxur": "fears",
    "qorxu": "fear",
    "olar": "happens",
    "olacaq": "happen",
    "yazib": "wrote",
    "muellif": "author",
    "muellifi": "author",
    "vaxt": "when",
    "olunub": "was",
    "olundu": "was",
    "yuksek": "high",
    "yuksekdir": "high",
    "edir": "does",
    "edib": "did",
    "vacib": "important",
    "vacibdir": "important",
    "meqsed": "aim",
    "meqsedi": "aim",
    "biler": "could",
    "gorur": "sees",
    "harada": "where",
    "isleyir": "works",
    "calisir": "works",
    "hansi": "which",
    "kimin": "whose",
    "fikir": "opinion",
    "fikri": "opinion",
    "fikridir": "opinion",
    "movqe": "position",
    "movqeyi": "position",
    "sekil": "picture",
    "sekilin": "picture",
    "nedir": "what",
    "gonderir": "sends",
    "gonderdi": "sent",
    "qosun": "troops",
    "qosunlar": "troops",
    "qosunlari": "troops",
    "esger": "soldiers",
    "esgerler": "soldiers",
    "esgeri": "soldiers",
    "sanksiya": "sanctions",
    "sanksiyalar": "sanctions",
    "almaniya": "germany",
    "avropa": "europe",
    "avropaya": "europe",
    "qaz": "gas",
    "boru": "pipeline",
    "danisiqlar": "talks",
    "danisiq": "talks",
    "gorus": "meeting",
    "gorusu": "meeting",
    "gorusdu": "met",
    "tehlukesizlik": "security",
    "cavab": "response",
    "teleb": "demand",
    "telebler": "demands",
    "teleblerini": "demands",
    "muqavile": "agreement",
    "razilasma": "agreement",
    "zeng": "call",
    "hucum": "attack",
    "muharibe": "war",
    "sulh": "peace",
    "gerginlik": "tension",
    "neft": "oil",
    "banklar": "banks",
    "amerikali": "american",
    "ruslar": "russians",
    "qerb": "west",
    "muttefiqler": "allies",
    "deyil": "not",
    # Hebrew in Latin letters ("kama chayalim al hagvul", "mi katav et hamaamar")
    "kama": "how many",
    "matay": "when",
    "matai": "when",
    "eifo": "where",
    "eyfo": "where",
    "tafkid": "role",
    "hatafkid": "role",
    "kvar": "already",
    "zman": "time",
    "tokh": "within",
    "shavua": "week",
    "polin": "poland",
    "tov": "good",
    "mah": "what",
    "eich": "how",
    "eikh": "how",
    "keitzad": "how",
    "madua": "why",
    "eize": "which",
    "eizeh": "which",
    "katav": "wrote",
    "katva": "wrote",
    "maamar": "article",
    "hamaamar": "article",
    "mechaber": "author",
    "mehaber": "author",
    "hamechaber": "author",
    "mechaberet": "author",
    "artzot": "us",
    "tzarfat": "france",
    "eiropa": "europe",
    "gvul": "border",
    "hagvul": "border",
    "chayalim": "soldiers",
    "hayalim": "soldiers",
    "tzava": "army",
    "neshek": "weapons",
    "sanktziot": "sanctions",
    "itzumim": "sanctions",
    "sichot": "talks",
    "sihot": "talks",
    "pgisha": "meeting",
    "hapgisha": "meeting",
    "nasi": "president",
    "hanasi": "president",
    "yoetz": "advisor",
    "bitachon": "security",
    "bitahon": "security",
    "leumi": "national",
    "milchama": "war",
    "milhama": "war",
    "plisha": "invasion",
    "iyum": "threat",
    "heskem": "agreement",
    "drisha": "demand",
    "drishot": "demands",
    "tguva": "response",
    "amar": "said",
    "amra": "said",
    "amru": "said",
    "rotze": "wants",
    "rotza": "wants",
    "rotzim": "want",
    "shalach": "sent",
    "matara": "aim",
    "diplomatia": "diplomacy",
    "hartaa": "deterrence",
    "haslama": "escalation",
    # Icelandic, its letters written plain ("hversu margir hermenn eru vid landamaerin",
    # "hver skrifadi greinina")
    "hvad": "what",
    "vill": "wants",
    "vilja": "want",
    "russlands": "russia",
    "russlandi": "russia",
    "russar": "russians",
    "hvenaer": "when",
    "taladi": "spoke",
    "toludu": "spoke",
    "hversu": "how",
    "margir": "many",
    "margar": "many",
    "morg": "many",
    "landamaerin": "border",
    "landamaerum": "border",
    "landamaeri": "border",
    "landamaeranna": "border",
    "hver": "who",
    "hverja": "who",
    "hverjir": "who",
    "skrifadi": "wrote",
    "greinina": "article",
    "greinin": "article",
    "grein": "article",
    "greinarinnar": "article",
    "tala": "talk",
    "talar": "talks",
    "leidtogarnir": "leaders",
    "leidtogar": "leaders",
    "aftur": "again",
    "myndi": "would",
    "gerast": "happen",
    "gerist": "happens",
    "tekid": "removed",
    "hermenn": "soldiers",
    "hermanna": "soldiers",
    "hermonnum": "soldiers",
    "thegar": "already",
    "austur": "eastern",
    "evropu": "europe",
    "hvert": "where",
    "bandariskir": "american",
    "bandariskra": "american",
    "bandarikin": "us",
    "bandarikjanna": "us",
    "bandarikjunum": "us",
    "aetlar": "plans",
    "frakkland": "france",
    "frakklands": "france",
    "senda": "send",
    "sendir": "sends",
    "vegna": "why",
    "thyskaland": "germany",
    "thyskalands": "germany",
    "varkart": "cautious",
    "varkar": "cautious",
    "vopn": "weapons",
    "vopnum": "weapons",
    "faer": "gets",
    "stjornin": "administration",
    "stjorn": "administration",
    "hittust": "met",
    "nuna": "now",
    "strid": "war",
    "oumflyjanlegt": "inevitable",
    "hvada": "which",
    "lond": "countries",
    "landa": "countries",
    "hvar": "where",
    "hvernig": "how",
    "mikid": "much",
    "simtal": "call",
    "simtalid": "call",
    "simtalinu": "call",
    "fundur": "meeting",
    "fundinum": "meeting",
    "refsiadgerdir": "sanctions",
    "refsiadgerdum": "sanctions",
    "krofur": "demands",
    "krofum": "demands",
    "forseti": "president",
    "forsetinn": "president",
    "hofundur": "author",
    "hofundurinn": "author",
    "birt": "published",
    "birtist": "published",
    "innras": "invasion",
    "innrasar": "invasion",
    "ogn": "threat",
    "samningar": "agreement",
    "samkomulag": "agreement",
    "vidraedur": "talks",
    "vidraedum": "talks",
    "ottast": "fears",
    # Yoruba, without tone marks ("Tani Julie Norman", "Melo ni energy ti Europe gba")
    "melo": "how many",
    "nigbawo": "when",
    "kilode": "why",
    "nibo": "where",
    "kini": "what",
    "ise": "job",
    "fe": "want",
    "yoo": "will",
    "soja": "soldiers",
    "orile": "country",
    "sele": "happen",
    "soro": "talk",
    "nipa": "about",
    "lehin": "after",
    "pelu": "with",
    "gba": "gets",
    "lati": "from",
    "ogun": "war",
    "ijoba": "government",
    "owo": "money",
    "ohun": "thing",
    "ija": "conflict",
    "ikolu": "attack",
    "adehun": "agreement",
    "ipade": "meeting",
    "ibeere": "demands",
    "idahun": "response",
    # Armenian in Latin letters ("qani russian zinvor ka sahmani mot", "ov e Julie
    # Norman")
    "qani": "how many",
    "ov": "who",
    "erb": "when",
    "inchu": "why",
    "vortegh": "where",
    "inch": "what",
    "zinvor": "soldiers",
    "zinvorner": "soldiers",
    "zinvorneri": "soldiers",
    "sahman": "border",
    "sahmani": "border",
    "sahmanin": "border",
    "khosel": "talk",
    "khosum": "talks",
    "khosec": "spoke",
    "asec": "said",
    "asel": "say",
    "zang": "call",
    "zangic": "call",
    "zangi": "call",
    "heto": "after",
    "demn": "against",
    "mtnelun": "joining",
    "mtnel": "join",
    "handipecin": "met",
    "handipum": "meeting",
    "uzum": "wants",
    "zenqer": "weapons",
    "zenq": "weapons",
    "talis": "gives",
    "hamalsaran": "university",
    "hamalsaranum": "university",
    "ashxatum": "works",
    "ashkhatum": "works",
    "ktrel": "cut off",
    "tokos": "percent",
    "stanum": "gets",
    "rusastan": "russia",
    "rusastanic": "russia",
    "rusastani": "russia",
    "aveli": "more",
    "zgush": "cautious",
    "hraparakvel": "published",
    "karox": "could",
    "karogh": "could",
    "ogtagorcel": "use",
    "haytnabere": "revealed",
    "patzhamijocner": "sanctions",
    "patzhamijocnery": "sanctions",
    "paterazm": "war",
    "hardzakum": "attack",
    "banakcutyun": "talks",
    "pahanjner": "demands",
    "pahanj": "demand",
    # Thai in Latin letters ("Macron ja kuy kub Putin muarai", "Kremlin mong arai pen
    # red line")
    "kee": "how many",
    "krai": "who",
    "muarai": "when",
    "meuarai": "when",
    "tammai": "why",
    "arai": "what",
    "kuy": "talk",
    "ngai": "how",
    "bok": "say",
    "pood": "said",
    "mong": "see",
    "glua": "fear",
    "khao": "join",
    "yuen": "submitted",
    "tob": "respond",
    "tahan": "soldiers",
    "paeng": "expensive",
    "ngan": "work",
    "sanyaa": "agreement",
    "songkram": "war",
    "ratthaban": "government",
    "prathet": "country",
    # Somali ("Immisa askari oo Russian ah ayaa joogta border-ka", "Xagee ayuu Blinken
    # kula kulmay Lavrov")
    "immisa": "how many",
    "askari": "soldiers",
    "askarta": "soldiers",
    "joogta": "stationed",
    "goorma": "when",
    "hadlay": "spoke",
    "hadlayaa": "talk",
    "hadlo": "talk",
    "hadleen": "spoke",
    "yaa": "who",
    "maraykanka": "us",
    "maraykan": "us",
    "maraykanku": "us",
    "maxay": "what",
    "maxaa": "what",
    "sheegay": "said",
    "sheegtay": "said",
    "sanadaha": "years",
    "sanad": "year",
    "cabsi": "fear",
    "haddii": "if",
    "biirto": "joins",
    "sidee": "how",
    "diyaarin": "prepare",
    "qoray": "wrote",
    "qortay": "wrote",
    "maqaalka": "article",
    "maqaal": "article",
    "daabacay": "published",
    "xagee": "where",
    "halkee": "where",
    "kulmay": "met",
    "kulmeen": "met",
    "kulan": "meeting",
    "kulanka": "meeting",
    "saacadood": "hours",
    "saacad": "hour",
    "horey": "already",
    "sugan": "present",
    "diri": "send",
    "dirayaa": "send",
    "diray": "sent",
    "karaa": "can",
    "gooyo": "cut off",
    "dhacaya": "happens",
    "dhici": "happen",
    "jawaabtay": "responded",
    "jawaab": "response",
    "jawaabta": "response",
    "telefoon": "phone",
    "dagaal": "war",
    "dagaalka": "war",
    "cunaqabateyn": "sanctions",
    "hub": "weapons",
    "hubka": "weapons",
    "dalab": "demand",
    "dalabyada": "demands",
    "dowladda": "government",
    "xuduudda": "border",
    "xuduud": "border",
    # Nepali in Latin letters ("Russia ko kati troops border ma cha", "Biden ra Putin ko
    # video call kahile bhayo")
    "kahile": "when",
    "ghanta": "hours",
    "bhayo": "happened",
    "kati": "how many",
    "din": "days",
    "dinchhu": "give",
    "bhaneko": "said",
    "bhanyo": "said",
    "bhanchha": "says",
    "bhanchhan": "say",
    "basirakheko": "stationed",
    "pathaune": "send",
    "pathaudai": "sending",
    "pathauna": "send",
    "hoina": "not",
    "hoena": "not",
    "bhanda": "than",
    "pahile": "before",
    "barema": "about",
    "dherai": "much",
    "bolthyo": "spoke",
    "chup": "silent",
    "dui": "two",
    "pheri": "again",
    "kura": "talk",
    "kina": "why",
    "hatau": "remove",
    "hataunu": "remove",
    "bina": "without",
    "sarkar": "government",
    "kasari": "how",
    "sakchha": "can",
    "tarika": "methods",
    "bhayena": "not happened",
    "chalyo": "lasted",
    "rakheko": "placed",
    "najik": "close",
    "lekheko": "wrote",
    "lekhyo": "wrote",
    "lekhak": "author",
    "sena": "army",
    "sainik": "soldiers",
    "sima": "border",
    "simana": "border",
    "yuddha": "war",
    "pratibandha": "sanctions",
    "hatiyar": "weapons",
    "bhetghat": "meeting",
    "bhete": "met",
    "mag": "demands",
    "maag": "demands",
    # Zulu ("Ngubani owabhala i-LSE article", "Mangaki ama-Russian troops asemngceleni",
    # "Nini uBiden noPutin bakhuluma nge-video call?")
    "ngubani": "who",
    "nini": "when",
    "kuphi": "where",
    "kungani": "why",
    "malini": "how much",
    "mangaki": "how many",
    "yini": "what",
    "kanjani": "how",
    "yiphi": "which",
    "owabhala": "wrote",
    "wabhala": "wrote",
    "ubhale": "wrote",
    "umbhali": "author",
    "bakhuluma": "talk",
    "bakhulume": "talked",
    "ukhuluma": "talk",
    "uzokhuluma": "will talk",
    "bazokhuluma": "will talk",
    "khuluma": "talk",
    "asemngceleni": "border",
    "emngceleni": "border",
    "umngcele": "border",
    "ikhathazeke": "worried",
    "ukhathazekile": "worried",
    "ijoyine": "join",
    "ukujoyina": "join",
    "uthe": "said",
    "wathi": "said",
    "bathi": "said",
    "ukusika": "cut",
    "ukusikwa": "cut",
    "kubalulekile": "important",
    "icabanga": "considering",
    "bacabanga": "considering",
    "asevele": "already",
    "sekuvele": "already",
    "ekhona": "present",
    "ingxenye": "share",
    "evela": "from",
    "owahlangana": "met",
    "bahlangana": "met",
    "ukuhlangana": "meet",
    "abantu": "people",
    "impi": "war",
    "amaminithi": "minutes",
    "imizuzu": "minutes",
    "ocingweni": "phone",
    "ucingo": "phone",
    "jalimane": "germany",
    "yurophu": "europe",
    "melika": "america",
    "amasosha": "soldiers",
    "amabutho": "troops",
    "izikhali": "weapons",
    "izwe": "country",
    "amazwe": "countries",
    "uhulumeni": "government",
    "imali": "money",
    "igesi": "gas",
    "ukuhlasela": "invade",
    "izijeziso": "sanctions",
    "umhlangano": "meeting",
    "izingxoxo": "talks",
    "ukuthula": "peace",
    "isivumelwano": "agreement",
    "izinsuku": "days",
    "amahora": "hours",
    "isikhathi": "time",
    "izoyenzani": "will do",
    "ayisho": "says",
    "usho": "says",
    "abakhuluma": "talking",
    "ukugwema": "avoid",
    "yokugwema": "avoid",
    # Telugu in Latin letters ("Russia enni troops Ukraine border daggara pettindi?",
    # "Biden Putin malli eppudu matladataru?")
    "enti": "what",
    "evaru": "who",
    "eppudu": "when",
    "enduku": "why",
    "ekkada": "where",
    "ekkadiki": "where",
    "enni": "how many",
    "entha": "how much",
    "ela": "how",
    "daggara": "near",
    "malli": "again",
    "nunchi": "from",
    "mundu": "before",
    "tarvata": "after",
    "matladataru": "talk",
    "matladatadu": "talk",
    "matladutunnaru": "talking",
    "matladaru": "talked",
    "matladadu": "talked",
    "matladindi": "talked",
    "pettindi": "put",
    "pettaru": "put",
    "istondi": "gives",
    "istunnaru": "give",
    "ichindi": "gave",
    "ichcharu": "gave",
    "pampistondi": "sends",
    "pampistunnayi": "send",
    "pampistunnaru": "send",
    "pampindi": "sent",
    "pamparu": "sent",
    "pampadaniki": "send",
    "pampinchindi": "sent",
    "jarigindi": "happened",
    "jarugutundi": "happens",
    "velthayi": "go",
    "veltaru": "go",
    "vellaru": "went",
    "vastundi": "comes",
    "vachindi": "came",
    "avutundi": "happens",
    "aindi": "happened",
    "cheppadu": "said",
    "cheppindi": "said",
    "chepparu": "said",
    "annaru": "said",
    "rasaru": "wrote",
    "rasindi": "wrote",
    "rachayita": "author",
    "gantalu": "hours",
    "rojulu": "days",
    "nimishalu": "minutes",
    "sainikulu": "soldiers",
    "sainyam": "army",
    "yuddham": "war",
    "desham": "country",
    "deshalu": "countries",
    "prabhutvam": "government",
    "aagipotayi": "stopped",
    "sarihaddu": "border",
    "karanam": "reason",
    "samavesam": "meeting",
    "kavali": "wants",
    "dabbu": "money",
    "ayudhalu": "weapons",
    "aayudhalu": "weapons",
    # Kazakh in Latin letters ("Biden men Putin qashan soilesti", "Europe natural gas-tyn
    # qansha payyzyn Russia-dan alady?")
    "qansha": "how many",
    "qashan": "when",
    "nege": "why",
    "qayda": "where",
    "qaida": "where",
    "qalai": "how",
    "qandai": "what",
    "qai": "which",
    "soilesti": "spoke",
    "soilesedi": "will talk",
    "soilesu": "talk",
    "soilesken": "spoke",
    "arqyly": "via",
    "aitty": "said",
    "aitady": "says",
    "aitqan": "said",
    "aqsh": "us",
    "resei": "russia",
    "beredi": "gives",
    "berdi": "gave",
    "kezinde": "during",
    "qatal": "tough",
    "qorqady": "fears",
    "qauip": "threat",
    "kirse": "joins",
    "kiru": "join",
    "talap": "demand",
    "talaptar": "demands",
    "ketsin": "withdraw",
    "ketu": "withdraw",
    "kezdesu": "meeting",
    "kezdesui": "meeting",
    "kezdesti": "met",
    "jylgy": "year",
    "kelisim": "agreement",
    "kelissoz": "talks",
    "kelissozder": "talks",
    "askerin": "troops",
    "askerler": "troops",
    "askerlerin": "troops",
    "jiberuge": "send",
    "jiberdi": "sent",
    "jiberip": "sending",
    "jiberedi": "sends",
    "dayin": "ready",
    "payyz": "percent",
    "payyzy": "percent",
    "payyzyn": "percent",
    "alady": "gets",
    "jumys": "works",
    "isteydi": "does",
    "jariyalandy": "published",
    "jariyalady": "published",
    "oqu": "read",
    "qazirdin": "already",
    "qazir": "now",
    "shekara": "border",
    "shekarada": "border",
    "sogys": "war",
    "ukimet": "government",
    "sanktsiya": "sanctions",
    "sanktsiyalar": "sanctions",
    "qaru": "weapons",
    "kop": "many",
    "sagat": "hours",
    "apta": "week",
    "kun": "day",
    "jok": "not",
    # Haitian Creole ("konbyen troops Larisi genyen sou frontye a", "kile Biden te pale ak
    # Putin")
    "konbyen": "how many",
    "kiyes": "who",
    "kile": "when",
    "poukisa": "why",
    "kote": "where",
    "kisa": "what",
    "kijan": "how",
    "kouman": "how",
    "frontye": "border",
    "larisi": "russia",
    "etazini": "us",
    "lalmay": "germany",
    "lafrans": "france",
    "ewop": "europe",
    "ikren": "ukraine",
    "pale": "talk",
    "bay": "give",
    "ekri": "wrote",
    "atik": "article",
    "ote": "author",
    "rankontre": "met",
    "reyini": "met",
    "reyinyon": "meeting",
    "lajan": "money",
    "lide": "leaders",
    "prezidan": "president",
    "gouvenman": "government",
    "anko": "again",
    "deja": "already",
    "vle": "want",
    "antre": "join",
    "sanksyon": "sanctions",
    "pousan": "percent",
    "jwenn": "gets",
    "voye": "send",
    "travay": "job",
    "inivesite": "university",
    "pibliye": "published",
    "minit": "minutes",
    "edtan": "hours",
    "pran": "take",
    "modere": "restrained",
    "manm": "members",
    "peyi": "country",
    "konpare": "compare",
    "solda": "soldiers",
    "lame": "army",
    "zam": "weapons",
    "menas": "threat",
    "envazyon": "invasion",
    "anvayi": "invade",
    "tansyon": "tension",
    "jou": "day",
    "mwa": "month",
    # Malagasy ("Firy ny Russian troops eo akaikin'ny border?", "Aiza no nihaonan'i
    # Blinken sy Lavrov?")
    "firy": "how many",
    "iza": "who",
    "oviana": "when",
    "nahoana": "why",
    "aiza": "where",
    "inona": "what",
    "ahoana": "how",
    "akaiky": "near",
    "akaikin": "near",
    "taorian": "after",
    "taoriana": "after",
    "mialoha": "before",
    "momba": "about",
    "indray": "again",
    "miresaka": "talk",
    "niresaka": "talked",
    "hiresaka": "will talk",
    "niresahan": "talked",
    "resahin": "discussed",
    "niteny": "spoke",
    "nolazain": "said",
    "nilaza": "said",
    "nanoratra": "wrote",
    "mpanoratra": "author",
    "lahatsoratra": "article",
    "nataon": "made",
    "nihaona": "met",
    "nihaonan": "met",
    "nivory": "met",
    "nivorian": "met",
    "fivoriana": "meeting",
    "miditra": "join",
    "manahy": "worried",
    "lehibe": "main",
    "roa": "two",
    "valo": "eight",
    "adiny": "hours",
    "halefa": "sent",
    "nalefa": "sent",
    "mandefa": "send",
    "vokatra": "effect",
    "vokatry": "effect",
    "fanalana": "removal",
    "hevitra": "opinion",
    "hevitry": "opinion",
    "ilaina": "needed",
    "asa": "job",
    "asan": "job",
    "ampiasain": "used",
    "hanakorontanana": "destabilise",
    "governemanta": "government",
    "mafy": "tough",
    "tafika": "army",
    "miaramila": "soldiers",
    "ady": "war",
    "fanafihana": "invasion",
    "sazy": "sanctions",
    "vola": "money",
    "taona": "year",
    "volana": "month",
    "andro": "day",
    "herinandro": "week",
    "filoha": "president",
    "minisitra": "minister",
    "fifanarahana": "agreement",
    "etazonia": "us",
    "alemaina": "germany",
    "frantsa": "france",
    "eoropa": "europe",
    "okraina": "ukraine",
    "rosiana": "russian",
    "sisintany": "border",
    "mitandrina": "cautious",
    "miahiahy": "hesitant",
    # Sinhala in Latin letters ("Russian troops kiyada Ukraine border eke innawa?",
    # "Blinken Lavrov meeting eka une koheda?")
    "kiyada": "how many",
    "kauda": "who",
    "kawda": "who",
    "kawadada": "when",
    "kawadda": "when",
    "koheda": "where",
    "mokakda": "what",
    "monawada": "what",
    "kohomada": "how",
    "liyuwe": "wrote",
    "liwwe": "wrote",
    "palaweni": "first",
    "anthima": "last",
    "yawanne": "send",
    "yawanawa": "send",
    "yawanawada": "send",
    "yawwa": "sent",
    "yewwa": "sent",
    "katha": "talk",
    "denne": "give",
    "dennne": "give",
    "dunna": "gave",
    "kiwwa": "said",
    "kiyuwe": "said",
    "hamuwuna": "met",
    "hamuwa": "meeting",
    "hamudawa": "army",
    "soldaduwo": "soldiers",
    "yuddhaya": "war",
    "rata": "country",
    "mudal": "money",
    "rusiyawa": "russia",
    "amerikawa": "america",
    "ukreinaya": "ukraine",
    "janadhipathi": "president",
    # Javanese ("pira troops Rusia sing ana ing border?", "ngendi Blinken ketemu karo
    # Lavrov?")
    "pira": "how many",
    "sapa": "who",
    "ngapa": "why",
    "ngendi": "where",
    "endi": "which",
    "piye": "how",
    "kepiye": "how",
    "suwene": "how long",
    "nulis": "wrote",
    "nulise": "wrote",
    "ngirim": "send",
    "dikirim": "sent",
    "siap": "ready",
    "disebut": "mentioned",
    "rapat": "meeting",
    "telpon": "phone",
    "duwit": "money",
    "maneh": "again",
    "wates": "border",
    "kandha": "said",
    # Kinyarwanda ("Abasirikare b'Uburusiya bangahe bari ku mupaka?", "Macron azavugana na
    # Putin ryari?")
    "nde": "who",
    "ryari": "when",
    "kuki": "why",
    "angahe": "how many",
    "bangahe": "how many",
    "ingahe": "how many",
    "zingahe": "how many",
    "gute": "how",
    "iyihe": "which",
    "abasirikare": "soldiers",
    "ingabo": "troops",
    "uburusiya": "russia",
    "burusiya": "russia",
    "budage": "germany",
    "mupaka": "border",
    "hafi": "near",
    "umupaka": "border",
    "bavuganye": "talked",
    "bavugana": "talk",
    "azavugana": "will talk",
    "bazavugana": "will talk",
    "yavuze": "said",
    "bavuze": "said",
    "yanditse": "wrote",
    "umwanditsi": "author",
    "inyandiko": "article",
    "yigisha": "teaches",
    "bashyizwe": "put",
    "basanzwe": "already",
    "koherereza": "sending",
    "kohereza": "send",
    "intwaro": "weapons",
    "ingana": "how much",
    "idashaka": "not want",
    "ashaka": "wants",
    "irashaka": "wants",
    "yinjira": "join",
    "kwinjira": "join",
    "nyuma": "after",
    "mbere": "before",
    "izaha": "will give",
    "umutwe": "title",
    "intambara": "war",
    "ibihano": "sanctions",
    "amafaranga": "money",
    "inama": "meeting",
    "leta": "government",
    "perezida": "president",
    # Quechua ("pitaq Jake Sullivan?", "maypitaq Blinken Lavrov-wan tinkurqanku?")
    "pi": "who",
    "pitaq": "who",
    "maypi": "where",
    "maypitaq": "where",
    "ima": "what",
    "imataq": "what",
    "imarayku": "why",
    "imaynata": "how",
    "hayk": "how many",
    "rimarqanku": "talked",
    "rimarqan": "talked",
    "rimanqa": "will talk",
    "rimanqaku": "will talk",
    "tinkurqanku": "met",
    "tinkurqan": "met",
    "nirqan": "said",
    "nin": "says",
    "munanchu": "not want",
    "munan": "wants",
    "churarqan": "made",
    "manaraq": "before",
    "yaykunanmanta": "joining",
    "yaykuy": "join",
    "llamk": "work",
    "chawpipi": "between",
    "awqanakuy": "war",
    "suyu": "country",
    # Tok Pisin ("Hamas soldia bilong Rasia i stap klostu long border?", "Husat i raitim
    # dispela stori?")
    "hamas": "how many",
    "husat": "who",
    "wanem": "what",
    "soldia": "soldiers",
    "ami": "army",
    "rasia": "russia",
    "yukren": "ukraine",
    "yurop": "europe",
    "baiden": "biden",
    "klostu": "near",
    "raitim": "wrote",
    "stori": "article",
    "atikel": "article",
    "ritim": "read",
    "toktok": "talk",
    "mani": "money",
    "givim": "give",
    "misail": "missiles",
    "salim": "send",
    "laikim": "want",
    "joinim": "join",
    "bungim": "meet",
    "bung": "meet",
    "ofisa": "officials",
    "mekim": "do",
    "trena": "trainers",
    "kantri": "country",
    "redi": "ready",
    "putim": "put",
    "wok": "job",
    "eksport": "export",
    "restriksen": "restrictions",
    "ting": "think",
    # Luxembourgish ("weini huet de Biden mam Putin geschwat?", "firwat wëll Russland
    # net ...")
    "weini": "when",
    "wien": "who",
    "firwat": "why",
    "wou": "where",
    "wei": "how",
    "geschwat": "talked",
    "schwatzt": "talks",
    "zaldoten": "soldiers",
    "gesat": "put",
    "goen": "go",
    "lanner": "countries",
    "geschriwwen": "written",
    "mecht": "does",
    "beruflech": "job",
    "schafft": "works",
    "publizeiert": "published",
    "getraff": "met",
    "wellt": "wants",
    "eigentlech": "actually",
    "frankraich": "france",
    "daitschland": "germany",
    "spuenien": "spain",
    "prett": "ready",
    "schecken": "send",
    "hinzeschecken": "send",
    "liwwert": "supplies",
    "franseische": "french",
    "telefoneiere": "phone",
    "reunioun": "meeting",
    "weinst": "about",
    "geschitt": "happens",
    "virsiichteg": "cautious",
    # Shona ("Mauto angani eRussia ari pamuganhu?", "Julie Norman ndiani?", "nei Germany
    # ichipindura zvishoma?")
    "mangani": "how many",
    "angani": "how many",
    "ndiani": "who",
    "rini": "when",
    "sei": "how",
    "kupi": "where",
    "chii": "what",
    "ndeipi": "which",
    "zvipi": "which",
    "chinonzi": "called",
    "mauto": "troops",
    "masoja": "soldiers",
    "muganhu": "border",
    "pamuganhu": "border",
    "basa": "job",
    "inodei": "want",
    "anoda": "wants",
    "kupa": "give",
    "yakawanda": "much",
    "mari": "money",
    "yemari": "money",
    "vakuru": "leaders",
    "vakasangana": "met",
    "kusangana": "meet",
    "inowana": "gets",
    "inobva": "comes",
    "kucheka": "cut",
    "kuicheka": "cut",
    "kungaita": "would",
    "inotakura": "carries",
    "yakagadzirira": "ready",
    "kutumira": "send",
    "kutaura": "talk",
    "akataura": "said",
    "ichipindura": "responding",
    "kupindura": "respond",
    "zvishoma": "less",
    "dzatovepo": "already",
    "zvinhu": "things",
    "ichitya": "fears",
    "kutya": "fear",
    "ipinde": "join",
    "anoita": "does",
    "nyika": "country",
    "hurumende": "government",
    "zvirango": "sanctions",
    "mutungamiri": "president",
    "akanyora": "wrote",
    "yakanyora": "wrote",
    "zvombo": "weapons",
    "hondo": "war",
    "ngarava": "ships",
    "ndege": "jets",
    "zuva": "day",
    # Gujarati in Latin letters ("Macron ane Putin ni vaat kyare thavani chhe?", "NATO
    # troops kem kadhva mange chhe?")
    "kyare": "when",
    "kem": "why",
    "kon": "who",
    "kona": "who",
    "ketla": "how many",
    "ketli": "how many",
    "ketlu": "how much",
    "kevu": "what",
    "kahe": "says",
    "kahyu": "said",
    "pachhi": "after",
    "vishe": "about",
    "karyu": "did",
    "aape": "gives",
    "aapse": "give",
    "aapyo": "gave",
    "aapyu": "gave",
    "jode": "join",
    "dar": "fear",
    "rokva": "stop",
    "mangyu": "demanded",
    "mange": "wants",
    "vapri": "use",
    "vapre": "use",
    "kadhva": "remove",
    "kadhi": "remove",
    "mokalva": "send",
    "mokle": "send",
    "vadhu": "more",
    "vadharva": "increase",
    "kaam": "job",
    "vaat": "talk",
    "lakhyo": "wrote",
    "lakhyu": "wrote",
    "lekh": "article",
    "sainiko": "soldiers",
    "paisa": "money",
    # Scottish Gaelic ("cuin a bhruidhinn Biden ri Putin?", "carson a tha freagairt Germany
    # nas samhaiche?", "cia mheud saighdear")
    "cuin": "when",
    "caite": "where",
    "carson": "why",
    "mheud": "how many",
    "saighdearan": "soldiers",
    "saighdear": "soldiers",
    "ruiseanach": "russian",
    "ruis": "russia",
    "radh": "saying",
    "bhruidhinn": "talked",
    "bruidhinn": "talk",
    "chall": "call",
    "gairm": "call",
    "ghairm": "call",
    "sgriobh": "wrote",
    "bhlog": "blog",
    "fhoillseachadh": "published",
    "foillseachadh": "published",
    "choinnich": "met",
    "coinneamh": "meeting",
    "choinneamh": "meeting",
    "ochd": "eight",
    "chuir": "sent",
    "uairean": "hours",
    "eorpa": "europe",
    "pasgan": "package",
    "cuir": "send",
    "cur": "sending",
    "freagairt": "response",
    "samhaiche": "quieter",
    "oifigearan": "officials",
    "obair": "job",
    "artaigil": "article",
    "fon": "phone",
    "phost": "post",
    "tiotal": "title",
    "resp": "response",
    "cogadh": "war",
    "airgead": "money",
    "riaghaltas": "government",
    "duthaich": "country",
    "duthchannan": "countries",
    "ughdar": "author",
    "bliadhna": "year",
    "latha": "day",
    # Papiamento ("kuantu tropa ruso tin na frontera?", "dikon Germany ta mas suave?", "ken
    # a skirbi e artikulo?")
    "kuantu": "how many",
    "kiko": "what",
    "dikon": "why",
    "tropa": "troops",
    "ruso": "russian",
    "papia": "talk",
    "topa": "met",
    "pasa": "happens",
    "kita": "remove",
    "skirbi": "wrote",
    "merikano": "american",
    "merka": "america",
    "prepara": "ready",
    "manda": "send",
    "plaka": "money",
    "arma": "weapons",
    "entrega": "give",
    "duna": "give",
    "sali": "published",
    "minuut": "minutes",
    "lesa": "read",
    "suave": "soft",
    "otro": "other",
    "konsidera": "considering",
    "pensa": "think",
    "artikulo": "article",
    "hende": "people",
    "gobiernu": "government",
    "guera": "war",
    "sanshon": "sanctions",
    # Cebuano ("pila ka Russian troops ang naa sa border?", "kinsa ang nagsulat?", "ngano
    # nga kulbaan ang Russia?")
    "pila": "how many",
    "unsa": "what",
    "kinsa": "who",
    "kanus": "when",  # ("kanus-a")
    "ngano": "why",
    "nagsulat": "wrote",
    "sulat": "write",
    "kulbaan": "worried",
    "moapil": "join",
    "apil": "join",
    "gibutang": "put",
    "gusto": "want",
    "storya": "talk",
    "balik": "again",
    "trabaho": "job",
    "nakigkita": "met",
    "basahon": "read",
    "hinay": "slow",
    "kumpara": "compared",
    "uban": "others",
    "ingon": "said",
    "prangka": "frank",
    "motawag": "call",
    "sundalo": "soldiers",
    # Pashto in Latin letters ("somra Russian troops ...?", "Jake Sullivan sok dey?",
    # "Blinken aw Lavrov cherta sara wo lidal?")
    "somra": "how many",
    "sok": "who",
    "cherta": "where",
    "legi": "sends",
    "khabare": "talk",
    "nizhde": "near",
    "ghwari": "wants",
    "lidal": "met",
    "saatuna": "hours",
    "tlo": "join",
    "ichawali": "put",
    "akhli": "gets",
    "warkawi": "gives",
    "bya": "again",
    "wakht": "time",
    "wrusta": "after",
    "wayal": "said",
    # Maori ("E hia nga hoia?", "Ahea i korero ai a Biden raua ko Putin?", "Kei hea ...?",
    # "He aha ai ...?")
    "hia": "how many",
    "ahea": "when",
    "wai": "who",
    "hea": "where",
    "aha": "what",
    "korero": "talk",
    "hoia": "soldiers",
    "ruhia": "russia",
    "rohe": "border",
    "tuhi": "wrote",
    "whakaputaina": "published",
    "tutaki": "met",
    "waru": "eight",
    "haora": "hours",
    "wahanga": "share",
    "raru": "trouble",
    "tapahia": "cut",
    "hinu": "oil",
    "kaiarahi": "leaders",
    "mahi": "job",
    "whare": "house",
    "wananga": "university",
    "manukanuka": "worried",
    "uru": "join",
    "moni": "money",
    "putea": "financial",
    "whakaarohia": "considered",
    "tukuna": "sent",
    "rarangi": "list",
    "perehitini": "president",
    # Igbo ("ole ka ndi agha Russia?", "onye ...?", "gini mere ...?", "mgbe ole ...?")
    "ole": "how many",
    "gini": "what",
    "onye": "who",
    "ebee": "where",
    "kwuru": "said",
    "okwu": "talk",
    "ekwu": "say",
    "enye": "give",
    "nyere": "gave",
    "agha": "soldiers",
    "zutere": "met",
    "ego": "money",
    "etinyere": "put",
    "egwu": "fear",
    "enweta": "get",
    "inweta": "get",
    "ozo": "again",
    "eme": "do",
    "sonye": "join",
    "eziga": "send",
    "igu": "read",
    "egbochi": "prevent",
    "biputara": "published",
    "acho": "want",
    "izu": "week",
    # Basque ("zenbat troops daude mugan?", "noiz hitz egin zuten?", "zergatik dago
    # Kremlin worried?")
    "zenbat": "how many",
    "noiz": "when",
    "zergatik": "why",
    "zer": "what",
    "zein": "which",
    "hitz": "talk",  # ("hitz egin": to speak)
    "esan": "said",
    "elkartu": "met",
    "bidali": "send",
    "bidaliko": "send",
    "iraun": "last",
    "gertatuko": "happen",
    "mozten": "cut",
    "sartzeaz": "joining",
    "sartu": "join",
    "berriro": "again",
    "ondoren": "after",
    "jada": "already",
    "gabe": "without",
    "zerrenda": "list",
    "ordu": "hours",
    "minutu": "minutes",
    "artikulua": "article",
    "artikuluan": "article",
    "artikuluaren": "article",
    "deia": "call",
    "deiaren": "call",
    "muga": "border",
    "mugan": "border",
    "tropak": "troops",
    "errusia": "russia",
    "errusiak": "russia",
    "frantzia": "france",
    "frantziak": "france",
    "ekialdeko": "eastern",
    "europan": "europe",
    "bankuak": "banks",
    "urteko": "year",
    "rublo": "ruble",
    "soldadu": "soldiers",
    "soldaduak": "soldiers",
    "errusiar": "russian",
    "errusiarrak": "russians",
    # Esperanto ("kiom da rusaj soldatoj?", "kio estas ...?", "kial ...?")
    "kiom": "how many",
    "kio": "what",
    "kiam": "when",
    "kie": "where",
    "kien": "where",
    "kiu": "which",
    "kial": "why",
    "rusaj": "russian",
    "rusa": "russian",
    "soldatoj": "soldiers",
    "soldatojn": "soldiers",
    "usonaj": "american",
    "usona": "american",
    "usono": "us",
    "kostas": "costs",
    "parto": "share",
    "venas": "comes",
    "procento": "percent",
    "artikolo": "article",
    "jaroj": "years",
    "limo": "border",
    "germanio": "germany",
    "singarda": "cautious",
    "francio": "france",
    "rusio": "russia",
    "ukrainio": "ukraine",
    "hispanio": "spain",
    "danio": "denmark",
    "militistoj": "troops",
    "sankcioj": "sanctions",
    "renkontis": "met",
    "parolis": "talked",
    "diris": "said",
    "skribis": "wrote",
    "volas": "wants",
    "timas": "fears",
    "sendi": "send",
    "sendos": "send",
    "armeo": "army",
    "gaso": "gas",
    "energio": "energy",
    "europo": "europe",
    "prezidanto": "president",
    # Wolof, without its marks ("naata soldaar?", "lu tax ...?", "fan la ... dajeoon?")
    "naata": "how many",
    "fan": "where",
    "yonni": "send",
    "soldaar": "soldiers",
    "waxoon": "talked",
    "wax": "talk",
    "waxaat": "talk again",
    "dajeoon": "met",
    "genn": "published",
    "jele": "take",
    "laaj": "demand",
    "liggeey": "job",
    "naari": "two",
    "njiit": "leaders",
    # Tatar in Latin letters ("narsa ...?", "kayda ...?", "kaychan ...?", "ni ochen ...?")
    "narsa": "what",
    "kayda": "where",
    "kaychan": "when",
    "nicha": "how many",
    "bula": "happens",
    "eshli": "works",
    "teli": "wants",
    "kurka": "fears",
    "ochrashty": "met",
    "soylashachak": "talk",
    "soylashalar": "talk",
    "gaskarlaren": "soldiers",
    "jibara": "sends",
    "jibaralar": "send",
    "uylyy": "thinks",
    "kerami": "goes",
    # Tongan, its glottal stops splitting words ("fiha ...?", "'anefe ...?", "ko hai ...?")
    "fiha": "how many",
    "anefe": "when",
    "talanoa": "talk",
    "fakataha": "meeting",
    "ngaue": "job",
    "pulusi": "published",
    "telefoni": "phone",
    "falaite": "friday",
    "lipooti": "report",
    "manavahe": "fear",
    "sotia": "soldiers",
    "amelika": "america",
    "lusia": "russia",
    "ave": "send",
    # Guarani, split at its glottal stops ("mboy ...?", "mava ...?", "araka'e ...?",
    # "mba'ere ...?")
    "mboy": "how many",
    "mava": "who",
    "mba": "what",
    "rire": "after",
    "oike": "join",
    "ojapo": "do",
    "oipuru": "use",
    "pirapire": "money",
    "ojehai": "published",
    "soldado": "soldiers",
    "ambue": "other",
    "oho": "goes",
    "oinvadi": "invaded",
    "ndoipotai": "want",
    "oipota": "wants",
    "onembyaty": "met",
    "oikota": "happen",
    # West Frisian ("hoefolle ...?", "wannear ...?", "werom ...?")
    "hoefolle": "how many",
    "wannear": "when",
    "werom": "why",
    "hoe": "how",
    "mear": "more",
    "oeren": "hours",
    "duorre": "lasted",
    "jild": "money",
    "praten": "talk",
    "ofsnien": "cut",
    "wol": "wants",
    "troepen": "troops",
    "stjoere": "send",
    "belje": "call",
    "ferhaal": "story",
    "ruslan": "russia",
    "grins": "border",
    "dutslan": "germany",
    "foarsichtich": "cautious",
    "goed": "good",
    "idee": "idea",
    "neffens": "according",
    # Occitan ("quant de troops russas ...?", "quora ...?", "ont se son reunits ...?")
    "quant": "how many",
    "quora": "when",
    "russas": "russian",
    "parlat": "talked",
    "parlet": "talked",
    "parlaran": "talk",
    "paises": "countries",
    "costa": "costs",
    "reunits": "met",
    "rencontrats": "met",
    "uech": "eight",
    "oras": "hours",
    "afars": "affairs",
    "estrangiers": "foreign",
    "universitat": "university",
    "temps": "time",
    "legir": "read",
    # Hmong ("pes tsawg ...?", "leej twg ...?", "thaum twg ...?", "qhov twg ...?", "dab
    # tsi ...?", "vim li cas ...?": read as pairs)
    "twg": "which",
    "tham": "talk",
    "muab": "give",
    "sau": "wrote",
    "xav": "want",
    "koom": "join",
    "ntsib": "met",
    "tso": "put",
    "nyiaj": "money",
    "npe": "name",
    "teev": "hours",
    "hnub": "day",
    "haujlwm": "job",
    "twb": "already",
    "lwm": "other",
    "feeb": "minutes",
    "nyeem": "read",
    # Uyghur in Latin letters ("qanche esker?", "neme uchun ...?", "nede ...?")
    "neme": "what",
    "qanche": "how many",
    "nede": "where",
    "nedin": "where from",
    "qachan": "when",
    "qaysi": "which",
    "russiye": "russia",
    "russiyedin": "russia",
    "chegrada": "border",
    "esker": "troops",
    "eskerni": "troops",
    "eskiri": "troops",
    "eskerliri": "troops",
    "eskerlerni": "troops",
    "sozleshti": "talked",
    "sozlishidu": "talk",
    "korushti": "met",
    "uchrashti": "met",
    "saet": "hours",
    "sherqiy": "eastern",
    "yawropa": "europe",
    "yawropada": "europe",
    "mumkin": "possible",
    "doletler": "countries",
    "fransiye": "france",
    "germaniye": "germany",
    "ewetishke": "send",
    "teyyar": "ready",
    "ukrainagha": "ukraine",
    "pulluq": "money",
    "yardem": "aid",
    "persentini": "percent",
    "alidu": "gets",
    "baridu": "goes",
    "kirishidin": "joining",
    "qorqidu": "fears",
    "tovarlar": "goods",
    "bashqa": "other",
    "ezaliridin": "members",
    "yumshaq": "soft",
    "keyin": "after",
    "dawam": "continue",
    # Sesotho ("ke bokae?", "ke mang?", "neng?", "hobaneng ...?")
    "bokae": "how many",
    "mang": "who",
    "neng": "when",
    "hobaneng": "why",
    "masole": "soldiers",
    "bua": "talk",
    "buile": "talked",
    "kopane": "met",
    "romela": "send",
    "sebetsa": "job",
    "pedi": "two",
    "hape": "again",
    "hora": "hours",
    "batla": "wants",
    "batle": "want",
    "kena": "join",
    "kene": "entered",
    "phatlaladitswe": "published",
    "fumana": "gets",
    "tswang": "comes",
    "ikemiseditse": "ready",
    "bala": "read",
    "nako": "time",
    # Hiligaynon ("sin-o ...?", "san-o ...?", "diin ...?", "ngaa ...?")
    "sino": "who",
    "sano": "when",
    "kanusa": "when",
    "diin": "where",
    "ngaa": "why",
    "magpadala": "send",
    "nagapadala": "send",
    "nahadlok": "afraid",
    "pagkatapos": "after",
    "pagsaka": "rise",
    "nagatrabaho": "job",
    "maistorya": "talk",
    "ginaistoryahan": "talking",
    "ginadeliver": "delivering",
    "gamiton": "use",
    "ginreport": "reported",
    # Lingala ("basoda boni ...?", "wapi ...?", "ntango nini ...?", "mpo na nini ...?")
    "wapi": "where",
    "boni": "how many",
    "mingi": "many",
    "basoda": "soldiers",
    "akomaki": "wrote",
    "alingi": "wants",
    "akutanaki": "met",
    "alobaki": "said",
    "ekopesa": "give",
    "mbongo": "money",
    "mikakatano": "problems",
    "ntango": "time",
    "basololaki": "talked",
    "koloba": "talk",
    "ekotinda": "send",
    "kotinda": "send",
    "bakokende": "go",
    "ekokanga": "cut",
    # Chamorro ("kuanto ...?", "hayi ...?", "manu ...?", "ngai'an ...?", "sa' hafa ...?")
    "hafa": "what",
    "kuanto": "how many",
    "manu": "where",
    "hayi": "who",
    "kumuentos": "talk",
    "kuentos": "talk",
    "ilek": "said",
    "umasodda": "met",
    "malago": "wants",
    "salape": "money",
    "telefon": "phone",
    "hanao": "send",
    "ocho": "eight",
    "soldao": "soldiers",
    "fronteran": "border",
    # Yiddish in Latin letters ("vifl ...?", "ver ...?", "ven ...?", "farvos ...?", "vos
    # ...?")
    "vifl": "how many",
    "ver": "who",
    "ven": "when",
    "farvos": "why",
    "vos": "what",
    "gelt": "money",
    "geshribn": "written",
    "artikl": "article",
    "soldatn": "soldiers",
    "rusland": "russia",
    "grenets": "border",
    "daytshland": "germany",
    "forzichtik": "cautious",
    # Romani ("kobor ...?", "kana ...?", "sostar ...?", "sar ...?")
    "kobor": "how many",
    "kana": "when",
    "sostar": "why",
    "sar": "how",
    "butji": "job",
    "vakerel": "talks",
    "vakeren": "talk",
    "mangel": "wants",
    "dikhline": "met",
    "bichalen": "send",
    "bichalel": "sends",
    "phendas": "said",
    "aver": "other",
    "slugadja": "soldiers",
    "vakerde": "talked",
    "rusiake": "russia",
    # An old-fashioned register ("and wherefore?", "under which rubric", "which wares")
    "wherefore": "why",
    "pray": "please",
    "hath": "has",
    "doth": "does",
    "whence": "where from",
    "rubric": "category",
    "wares": "goods",
    "greatest": "most",
    # Nigerian Pidgin: "wetin Russia dey want", "abeg", "na how much"
    "wetin": "what",
    "abeg": "please",
    "dey": "is",
    "na": "is",
    "sef": "even",
    "una": "you",
    "wey": "which",
    "abi": "right",
    "shey": "is",
    # keyboard slips of the small words, which no correction reads
    "teh": "the",
    "hte": "the",
    "adn": "and",
    "nad": "and",
    "taht": "that",
    "waht": "what",
    "whta": "what",
    "hwat": "what",
    "hwo": "how",
    "fo": "of",
}


# Spellings of one sound, in the order they are rewritten: "ph" -> "f", "qu" -> "kw" ...
_SOUNDS = "tion:shun sion:shun ph:f ck:k qu:kw q:k x:ks wh:w z:s"
_SOFT = r"([cg])(?=[eiy])"  # a soft c sounds like s, a soft g like j
_DOUBLE = r"(.)\1+"
_SYLLABIC_L = r"(?<=[^aeiou])(?:le|el)$"  # a last "-le" or "-el" after a consonant
_SILENT_START = r"^(?:w(?=r)|k(?=n))"  # the "w" of "wrote", the "k" of "know"
_SILENT_E = r"(?<=[^aeiou])e$"  # a last "e" after a consonant: "where", "licence"


@lru_cache(maxsize=1 << 12)  # asked of each typo's candidates, question after question
def sound(word: str) -> str:
    """A rough phonetic key: words spelt by ear ("katar", "jermany", "fone") share the key
    of the word meant ("qatar", "germany", "phone")."""
    for pair in _SOUNDS.split():
        letters, replacement = pair.split(":")
        word = word.replace(letters, replacement)
    word = re.sub(_SOFT, lambda m: "s" if m.group(1) == "c" else "j", word)
    word = word.replace("c", "k").replace("y", "i")
    word = re.sub(_SYLLABIC_L, "al", word)  # "article" sounds as "artical" is spelt
    if len(word) > 3:
        word = re.sub(_SILENT_E, "", re.sub(_SILENT_START, "", word))
    return re.sub(_DOUBLE, r"\1", word)


_NO_VOWELS = str.maketrans("", "", "aeiouy")
# Spellings by ear the phonetic key leaves apart: "rusha" (russia), "yurope" (europe; the
# key writes "y" as "i"), "abowt" (about)
_HEARD = ((r"si(?=[aou])", "sh"), (r"^eu", "iu"), (r"(?<=[aeiou])w(?![aeiou])", "u"))


@lru_cache(maxsize=1 << 12)  # asked of each typo's candidates, question after question
def heard(word: str) -> str:
    """The consonants of how a word sounds: words spelt by ear with other vowels
    ("trupes", "invayshun", "menshund") share it with the word meant ("troops",
    "invasion", "mentioned")."""
    return heard_of(sound(word))


def heard_of(key: str) -> str:
    """``heard`` of a word, from its phonetic key (``sound``)."""
    for pattern, replacement in _HEARD:
        key = re.sub(pattern, replacement, key)
    return skeleton(key)


def skeleton(word: str) -> str:
    """A word's first letter and its other consonants ("shrtnd" for "shortened"): what
    is left of it when it is texted without vowels."""
    return word[:1] + word[1:].translate(_NO_VOWELS)


def frame_words() -> frozenset[str]:
    """English stopwords and generic words: what a misspelt word of a question may also
    be ("qoute", "whcih"), so that it costs what that word costs, not an unknown word's.
    (Another language's small words are no such reading: "june" is no slip of "jane".)"""
    return ENGLISH_STOPWORDS | GENERIC


_MEMO_SIZE = 1 << 16  # words whose term a lexicon remembers
_MAX_HYPHEN_PARTS = 4  # "us-nato-russia" has three


def _joins_previous(tokens: list[str], index: int) -> bool:
    """True if the token is the joined form of the few tokens just before it, as
    ``words`` gives a hyphenated word: its parts, then the parts joined."""
    word = tokens[index]
    return any(
        "".join(tokens[index - count : index]) == word
        for count in range(2, min(index, _MAX_HYPHEN_PARTS) + 1)
    )


def _slips(word: str) -> Iterator[str]:
    """The words a word may be with one slip of the hand undone: two neighbouring letters
    swapped back, or one letter too many taken out."""
    for at in range(len(word) - 1):
        yield word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    for at in range(len(word)):
        yield word[:at] + word[at + 1 :]


def _bases(word: str) -> list[str]:
    """The forms a verb may have had before an ending was put on it ("shutting": "shutt",
    "shute", "shut"; "kicks": "kick"), for a phrase listed with its plain form."""
    if len(word) < 5 or not word.isalpha():
        return []
    for ending, plain in (("ing", ""), ("ied", "y"), ("ies", "y"), ("ed", ""), ("es", "")):
        if word.endswith(ending):
            base = word[: -len(ending)]
            found = [base + plain]
            if not plain:
                found.append(base + "e")  # "closing": "close"
                if base[-1] == base[-2:-1]:
                    found.append(base[:-1])  # "shutting": "shut"
            return found
    return [word[:-1]] if looks_plural(word) else []


def _one_slip_apart(word: str, other: str) -> bool:
    """True if the words are the same but for one slip: two letters swapped, or one
    letter too many or too few ("strem", "steam" for "stream")."""
    if abs(len(word) - len(other)) > 1:
        return False
    return word == other or word in _slips(other) or other in _slips(word)


def _numbers_of(phrase: str) -> list[str]:
    """A phrase ending in a plural, with its last word singular: "two president" for
    "two presidents". (Not the other way: "foreign ministers" is not Lavrov.)"""
    *head, last = phrase.split()
    if not last.isalpha() or len(last) < 4 or last in STOPWORDS:
        return []
    if last.endswith("ies") and len(last) > 4:
        return [" ".join([*head, last[:-3] + "y"])]
    if looks_plural(last):
        return [" ".join([*head, last[:-1]])]
    return []


class Lexicon:
    """Stopwords, stemming and synonym groups: one place that maps words to terms.

    A word listed in a synonym group is never a stopword: the corpus can claim "want"
    (as in "what does Russia want?") back from the question-frame list.
    """

    def __init__(self, synonym_groups: Iterable[Iterable[str]] = ()) -> None:
        term_of: dict[str, str] = {}  # a listed word (or a phrase's canonical) -> its term
        stem_term: dict[str, str] = {}  # the stem of a listed word, for its inflections
        phrase_of: dict[str, str] = {}  # a multi-word member -> its term
        for group in synonym_groups:
            members = [" ".join(words(m)) for m in group]
            canonical = "".join(members[0].split())
            term_of[canonical] = canonical
            for member in members:
                if " " in member:
                    phrase_of[member] = canonical
                    for variant in _numbers_of(member):  # "two president"
                        phrase_of.setdefault(variant, canonical)
                else:
                    stem_term.setdefault(stem(member), canonical)
                    term_of[member] = canonical
        self._setup(term_of, stem_term, phrase_of)

    @classmethod
    def from_tables(cls, tables: dict[str, dict[str, str]]) -> Lexicon:
        """A lexicon from ``tables()`` output: no stemming or parsing at start-up."""
        lexicon = cls.__new__(cls)
        lexicon._setup(tables["term_of"], tables["stem_term"], tables["phrase_of"])
        return lexicon

    def tables(self) -> dict[str, dict[str, str]]:
        """What the lexicon knows, as plain data a compiled corpus can store."""
        return {
            "term_of": self._term_of,
            "stem_term": self._stem_term,
            "phrase_of": self._phrase_of,
        }

    def _setup(
        self, term_of: dict[str, str], stem_term: dict[str, str], phrase_of: dict[str, str]
    ) -> None:
        self._term_of, self._stem_term, self._phrase_of = term_of, stem_term, phrase_of
        self._memo: dict[str, str | None] = {}
        self._phrase_words: dict[str, list[tuple[list[str], str]]] | None = None
        # Phrases by first word, longer first, so "united states of america" wins over
        # "united states".
        self._phrases: dict[str, list[tuple[list[str], str]]] = defaultdict(list)
        for phrase in sorted(phrase_of, key=lambda phrase: (-len(phrase.split()), phrase)):
            parts = phrase.split()
            self._phrases[parts[0]].append((parts, phrase_of[phrase]))

    def names_group(self, term: str) -> bool:
        """True if the term is one a synonym group names (not a word's own stem)."""
        return self._term_of.get(term) == term

    def _is_filler(self, word: str) -> bool:
        return word in STOPWORDS and word not in self._term_of

    def _phrase_end(self, tokens: list[str], index: int, parts: list[str]) -> int | None:
        """Where a phrase starting at ``index`` ends, or None if it is not there.

        Where the phrase itself has filler words between two content words ("boots on
        the ground"), the question may word that gap with other filler words ("boots be
        on the ground"); content words must still follow each other as listed.
        """
        end = index + len(parts)
        if tokens[index:end] == parts:
            return end
        position, cursor = index + 1, 1
        while cursor < len(parts):
            if self._is_filler(parts[cursor]):
                gap_end = cursor
                while gap_end < len(parts) and self._is_filler(parts[gap_end]):
                    gap_end += 1
                if gap_end == len(parts):
                    return None  # trailing filler words must be there as written
                start = position
                while (
                    position < len(tokens)
                    and position - start < _MAX_GAP
                    and tokens[position] != parts[gap_end]
                    and self._is_filler(tokens[position])
                ):
                    position += 1
                gap = tokens[start:position]
                if not _GAP_PREPOSITIONS.isdisjoint(gap) and set(gap).isdisjoint(
                    parts[cursor:gap_end]
                ):
                    return None  # "the president *about* Ukraine" is not "of Ukraine"
                cursor = gap_end
                continue
            if position >= len(tokens) or tokens[position] != parts[cursor]:
                return None
            position += 1
            cursor += 1
        return position

    def _unify_phrases(self, tokens: list[str]) -> list[str]:
        """Tokens with each listed phrase replaced by its term: the longest phrase that
        starts at a word, unless one starting inside it reaches further ("current *state
        of play*", not "*current state* of play")."""
        unified: list[str] = []
        index = 0
        while index < len(tokens):
            if tuple(tokens[index : index + 2]) in _STOP_PHRASES:
                index += 2  # "right now": when the question is asked, not what about
                continue
            found = self._longest_phrase(tokens, index)
            if found is not None and not any(
                (inner := self._longest_phrase(tokens, start)) is not None and inner[0] > found[0]
                for start in range(index + 1, found[0])
            ):
                unified.append(found[1])
                index = found[0]
            else:
                unified.append(tokens[index])
                index += 1
        return unified

    def _longest_phrase(self, tokens: list[str], index: int) -> tuple[int, str] | None:
        """(end, term) of the longest listed phrase starting at ``index``, if any. The
        phrase's first word may be inflected otherwise ("shutting down" for "shut down")."""
        best: tuple[int, str] | None = None
        for base in (tokens[index], *_bases(tokens[index])):
            if base not in self._phrases:
                continue
            read = tokens
            if base != tokens[index]:
                read = [*tokens[:index], base, *tokens[index + 1 :]]
            for parts, canonical in self._phrases[base]:
                end = self._phrase_end(read, index, parts)
                if end is not None and (best is None or end > best[0]):
                    best = (end, canonical)
        return best

    def term(self, word: str) -> str | None:
        """The term of one folded word, or None for a stopword."""
        try:
            return self._memo[word]
        except KeyError:
            found = self._term(word)
        if len(self._memo) < _MEMO_SIZE:  # bounded: a long batch of odd words stays small
            self._memo[word] = found
        return found

    def _term(self, word: str) -> str | None:
        term = self._term_of.get(word)
        if term is not None:
            return term
        if word in STOPWORDS:
            return None
        stemmed = stem(word)
        return self._term_of.get(stemmed) or self._stem_term.get(stemmed, stemmed)

    def phrase_words(self) -> dict[str, list[tuple[list[str], str]]]:
        """Each content word of a listed phrase, with the phrases it is part of (built on
        first use: only a misspelt question needs it)."""
        if self._phrase_words is None:
            self._phrase_words = defaultdict(list)
            for phrase, canonical in self._phrase_of.items():
                parts = phrase.split()
                for part in dict.fromkeys(parts):
                    if not self._is_filler(part):
                        self._phrase_words[part].append((parts, canonical))
        return self._phrase_words

    def starts_phrase(self, tokens: list[str], index: int) -> bool:
        """True if a listed phrase begins at ``index`` ("say no", "turn down")."""
        return any(
            self._phrase_end(tokens, index, parts) is not None
            for parts, _ in self._phrases.get(tokens[index], ())
        )

    def phrase_at(self, tokens: list[str], index: int) -> str | None:
        """The term of a listed phrase that the words around ``index`` form with it."""
        for parts, canonical in self.phrase_words().get(tokens[index], ()):
            for start in range(max(0, index - len(parts) - _MAX_GAP), index + 1):
                if tokens[start] == parts[0]:
                    end = self._phrase_end(tokens, start, parts)
                    if end is not None and end > index:
                        return canonical
        return None

    def analyse(
        self, text: str, known: Callable[[str], bool] | None = None
    ) -> list[tuple[str, str]]:
        """(word, term) for each content word of a text, in order, phrases unified.

        With ``known``, two adjacent words one of which is unknown are read as one when
        their joined form is a known term: "nonmilitary", "self-defense" or "hightech"
        written apart, or half of it misspelt, still meet the corpus's word.
        """
        return self.analyse_words(words(text), known)

    def analyse_words(
        self, tokens: list[str], known: Callable[[str], bool] | None = None
    ) -> list[tuple[str, str]]:
        """``analyse`` for a text already split into ``words``."""
        if known is not None:
            tokens = self.without_unknown_wholes(tokens, known)
        tokens = self._unify_phrases(tokens)
        pairs: list[tuple[str, str]] = []
        index = 0
        while index < len(tokens):
            word = tokens[index]
            if known is not None and index + 1 < len(tokens):
                joined, parts = word + tokens[index + 1], (word, tokens[index + 1])
                term = self.term(joined)
                unknown_part = any(
                    (part_term := self.term(part)) is not None and not known(part_term)
                    for part in parts
                )
                if term is not None and unknown_part and known(term):
                    pairs.append((joined, term))
                    index += 2
                    continue
            term = self.term(word)
            if term is not None:
                pairs.append((word, term))
            index += 1
        return pairs

    def without_unknown_wholes(self, tokens: list[str], known: Callable[[str], bool]) -> list[str]:
        """The tokens without the joined form of a hyphenated word the corpus does not
        know ("us-europe": its parts count, the unknown whole does not)."""
        return [
            word
            for index, word in enumerate(tokens)
            if not (_joins_previous(tokens, index) and not self._known(word, known))
        ]

    def wholes_for_parts(
        self, tokens: list[str], known: Callable[[str], bool], names: frozenset[str]
    ) -> list[str]:
        """The tokens with a hyphenated word the corpus knows whole standing for its
        parts: "follow-up" is one word, not "follow" and "up" as well. Where the parts
        are names, they stand for the whole instead: "Biden-Putin" names both, once.)"""
        kept: list[str] = []
        for index, word in enumerate(tokens):
            whole = True
            for count in range(2, min(index, _MAX_HYPHEN_PARTS) + 1):
                parts = tokens[index - count : index]
                if "".join(parts) != word or not self._known(word, known):
                    continue
                if any(self.term(part) in names for part in parts):
                    whole = False
                else:
                    del kept[len(kept) - count :]
                break
            if whole:
                kept.append(word)
        return kept

    def _known(self, word: str, known: Callable[[str], bool]) -> bool:
        term = self.term(word)
        return term is not None and known(term)

    def terms(self, text: str) -> list[str]:
        """Content terms of a text: folded, phrases unified, stopwords dropped, stemmed."""
        return [term for _, term in self.analyse(text)]

    def listed(self) -> dict[str, str]:
        """Every single word a synonym group lists, with its term."""
        return dict(self._term_of)

    def weight(self, word: str) -> float:
        """How much a content word says about a question's topic: 1, or less if generic."""
        return GENERIC_WEIGHT if word in GENERIC else 1.0


# Shorthand for a question word ("y", "wat", "whereabouts", "whos"): read in how a
# question is put, not only in what it asks about.
_ASKING_SHORTHAND = frozenset(
    short
    for short, meant in _SHORTHAND.items()
    # (and the unit a share or a sum is counted in: "qansha *payyzyn*", "konbyen *lajan*")
    if meant.partition(" ")[0] in {"who", "what", "when", "where", "why", "how", "which"}
    or meant in ("percent", "money")
) | {"upon"}  # ("*upon* what day": on what day, a time asked for)


def is_shorthand(word: str) -> bool:
    """True if a word is shorthand a reader types for others ("gonna", "wat", "pls")."""
    return word in _SHORTHAND


def written_out(tokens: Iterable[str]) -> list[str]:
    """Tokens with every shorthand written out ("uni" -> "university"), as ``words``
    reads them."""
    return [word for token in tokens for word in _SHORTHAND.get(token, token).split()]


def spelled_out(tokens: list[str]) -> list[str]:
    """Tokens with shorthand for question words written out ("y does" -> "why does")."""
    if _ASKING_SHORTHAND.isdisjoint(tokens):
        return tokens
    return [
        word
        for at, token in enumerate(tokens)
        for word in (
            _SHORTHAND[token].split()
            if token in _ASKING_SHORTHAND and not (at and token in _OPENING_ONLY)
            else (token,)
        )
    ]
