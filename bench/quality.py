"""Answer quality on the evaluation set: the matcher beside the baselines a user could pick.

Usage: python bench/quality.py [--set FILE ...] [--corpus data/faq.yaml] [--quiet]

For each evaluation set, prints top-1, top-3, mean reciprocal rank and declines for
each matcher, then every miss of the product's matcher with what won and by how much.
BM25 needs the optional ``bench`` extra (``pip install '.[bench]'``); without it,
that row is skipped.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from briefing_cli.compiled import open_compiled  # noqa: E402
from briefing_cli.corpus import load  # noqa: E402
from briefing_cli.model import Entry  # noqa: E402
from briefing_cli.search import rank  # noqa: E402

# A matcher takes a question and returns (answered, ranked entries with scores).
Matcher = Callable[[str], tuple[bool, list[tuple[Entry, float]]]]


def entry_text(entry: Entry) -> str:
    """What an expectation is matched against: question, answer and quotes."""
    return " ".join([entry.question, entry.answer, *(e.quote for e in entry.evidence)])


def evaluate(matcher: Matcher, in_scope: list[dict], oos: list[str]) -> dict:
    """Score a matcher on the set; return the figures and the misses."""
    top1 = top3 = 0
    reciprocal = 0.0
    misses = []
    started = time.perf_counter()
    for item in in_scope:
        pattern = re.compile(item["expect"], re.IGNORECASE)
        answered, ranked = matcher(item["q"])
        ranks = [i for i, (e, _) in enumerate(ranked[:5]) if pattern.search(entry_text(e))]
        if answered and ranks and ranks[0] == 0:
            top1 += 1
        else:
            misses.append((item, answered, ranked, ranks))
        if ranks and ranks[0] < 3:
            top3 += 1
        if ranks:
            reciprocal += 1.0 / (ranks[0] + 1)
    wrongly_answered = []
    for question in oos:
        answered, ranked = matcher(question)
        if answered:
            wrongly_answered.append((question, ranked[0]))
    count = len(in_scope) + len(oos)
    return {
        "top1": top1 / len(in_scope),
        "top3": top3 / len(in_scope),
        "mrr": reciprocal / len(in_scope),
        "declined": len(oos) - len(wrongly_answered),
        "oos": len(oos),
        "ms": 1000 * (time.perf_counter() - started) / count,
        "misses": misses,
        "wrongly_answered": wrongly_answered,
    }


def product_matcher(corpus_path: Path) -> Matcher:
    compiled = open_compiled(corpus_path, {"BRIEFING_NO_CACHE": "1"})

    def match(question: str) -> tuple[bool, list[tuple[Entry, float]]]:
        ranking = rank(question, compiled, limit=5)
        return ranking.answered, [(m.entry, m.score) for m in ranking.matches]

    return match


def wratio_matcher(entries: list[Entry], threshold: float = 85.0) -> Matcher:
    from rapidfuzz import fuzz, process, utils

    questions = [e.question for e in entries]

    def match(question: str) -> tuple[bool, list[tuple[Entry, float]]]:
        found = process.extract(
            question, questions, scorer=fuzz.WRatio, processor=utils.default_process, limit=5
        )
        ranked = [(entries[i], s) for _, s, i in found]
        return bool(ranked) and ranked[0][1] >= threshold, ranked

    return match


def bm25_matcher(entries: list[Entry], threshold: float = 3.0) -> Matcher | None:
    try:
        import bm25s
    except ImportError:
        return None
    texts = [" ".join([e.question, *e.aliases, e.answer]) for e in entries]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(texts, stopwords="en", show_progress=False), show_progress=False)

    def match(question: str) -> tuple[bool, list[tuple[Entry, float]]]:
        tokens = bm25s.tokenize([question], stopwords="en", show_progress=False)
        if not tokens.vocab:
            return False, []
        docs, scores = retriever.retrieve(tokens, k=5, show_progress=False)
        ranked = [(entries[int(d)], float(s)) for d, s in zip(docs[0], scores[0])]
        return bool(ranked) and ranked[0][1] >= threshold, ranked

    return match


SETS = {
    "questions.yaml": "the project's set, grown from the shared development set",
    "fresh.yaml": "written blind (without seeing the corpus), later partly used for tuning",
    "holdout.yaml": "written blind, measured, then used for one round of tuning",
    "holdout2.yaml": "written blind, measured once, then used for one round of tuning",
    "holdout3.yaml": "written blind, measured once (87.7% top-1), then tuned on once",
    "holdout4.yaml": "written blind, measured once (82.7% top-1), then tuned on once",
    "holdout5.yaml": "written blind in everyday words, measured once (78.3%), then tuned on",
    "holdout6.yaml": "written blind, measured once (93.3% top-1), then tuned on once",
    "holdout7.yaml": "written blind, measured once (95.5% top-1), then tuned on once",
    "holdout8.yaml": "written blind, measured once (90.9% top-1), then tuned on once",
    "holdout9.yaml": "written blind, measured once (84.2% top-1), then tuned on once",
    "holdout10.yaml": "written blind as four kinds of reader, measured once (80.8%), tuned on",
    "holdout11.yaml": "written blind, measured once (91.7% top-1), then tuned on once",
    "holdout12.yaml": "written blind, measured once (95.8% top-1), not tuned on",
    "holdout13.yaml": "written blind as searchers type, measured once (89.2% top-1), tuned on",
    "holdout14.yaml": "written blind, half avoiding the documents' words, measured once (78.3%)",
    "holdout15.yaml": "written blind, measured once (72.5% top-1), then tuned on",
    "holdout16.yaml": "written blind as four kinds of reader, measured twice (78.8%), tuned on",
    "holdout17.yaml": "written blind: learners, jargon, wrong details, pronouns; 56.2%, tuned on",
    "holdout18.yaml": "written blind: quiz, phone typing, fact checks, causes; 80.0%, tuned on",
    "holdout19.yaml": "written blind: business words, context, vague memory, 2-word; 62.5%, tuned",
    "holdout20.yaml": "written blind, paragraph by paragraph, measured once (96.2%), tuned on",
    "holdout21.yaml": "written blind, measured once (92.5% top-1), then tuned on",
    "holdout22.yaml": "written blind, measured once (95.0% top-1), then lightly tuned on",
    "holdout23.yaml": "written blind as four kinds of reader, measured once (85.0%), lightly tuned",
    "holdout24.yaml": "written blind, measured once (95.0% top-1), then lightly tuned on",
    "holdout25.yaml": "written blind: diplomat, teenager, podcaster, researcher; 80.0%, tuned",
    "holdout26.yaml": "written blind, measured once (96.2% top-1), then lightly tuned on",
    "holdout27.yaml": "written blind: analysts, students, fact-checkers, why; 73.8%, tuned",
    "holdout28.yaml": "written blind, measured once (95.0% top-1), then lightly tuned on",
    "holdout29.yaml": "written blind as four kinds of reader, measured once (80.0%)",
    "holdout30.yaml": "written blind, measured once (86.2% top-1), then lightly tuned on",
    "holdout31.yaml": "written blind as four kinds of reader, measured once (83.8%), tuned",
    "holdout32.yaml": "written blind, measured once with the final matcher (93.8%)",
    "holdout33.yaml": "written blind as four kinds of reader, final matcher (87.5%)",
    "holdout34.yaml": "written blind: editors, students, analysts, fact-checkers; 83.8%, tuned",
    "holdout35.yaml": "written blind: podcaster, non-native, diplomat, student; 71.2%, tuned",
    "holdout36.yaml": "written blind: traders, history buffs, quiz, sceptics; 92.5% unseen",
    "holdout37.yaml": "written blind: backgrounders, phone typing, Europe, vague; 88.8% unseen",
    "holdout38.yaml": "written blind: researcher, worried public, learner, sub-editor; 75.0%",
    "holdout39.yaml": "written blind: keywords, radio host, energy, defence; 83.8%, tuned",
    "holdout40.yaml": "written blind: executives, historians, who's who, follow-ups; 93.8% unseen",
    "holdout41.yaml": "written blind: false premises, typos, academics, the pages; 82.5% unseen",
    "holdout42.yaml": "written blind: quiz, phone typing, diaspora, figures; 91.2%, tuned",
    "holdout43.yaml": "written blind: causes, non-native, librarian, logistics; 83.8%, tuned",
    "holdout44.yaml": "written blind: fact checks, economist, keywords, rambling; 80.0%, tuned",
    "holdout45.yaml": "written blind: debaters, Germany, eastern flank, what-ifs; 88.8%, tuned",
    "holdout46.yaml": "written blind: quotes, slang, IR jargon, timeline; 83.8% unseen",
    "holdout47.yaml": "written blind: supply chains, parents, diplomats, spellings; 83.8% unseen",
    "holdout48.yaml": "written blind: fragments, false premises, US policy, the page; 83.8% unseen",
    "holdout49.yaml": "written blind: voice, history, either-or, one-liners; 76.2% unseen",
    "holdout50.yaml": "written blind: phone-in callers, textbook terms, keywords; 75.0% unseen",
    "holdout51.yaml": "written blind: energy, formal diplomat, teen slang, who said; 77.5% unseen",
    "holdout52.yaml": "written blind: false premises, learner, defence, the pages; 87.5% unseen",
    "holdout53.yaml": "written blind: parents, EU official, why and what-if, quiz; 86.2% unseen",
    "holdout54.yaml": "written blind: councillor, security studies, search queries; 85.0% unseen",
    "holdout55.yaml": "written blind: homework, finance, military history, the pages; 91.2% unseen",
    "holdout56.yaml": "written blind: radio host, UK and Canada, is-it-true, follow-ups; 87.5%",
    "holdout57.yaml": "written blind: diplomat, NATO sceptic, numbers, what-next; 85.0% unseen",
    "holdout58.yaml": "written blind: retired teacher, undergraduate, phone, fact-checker; 92.5%",
    "holdout59.yaml": "written blind: small business, Baltic reader, why, the documents; 88.8%",
    "holdout60.yaml": "written blind: newsletter, sceptic, French speaker, diplomacy; 80.0% unseen",
    "holdout61.yaml": "written blind: podcaster, defence analyst, either-or, what next; 90.0%",
    "holdout62.yaml": "written blind: exchange student, gas trader, claim first, keywords; 93.8%",
    "holdout63.yaml": "written blind: rambler, quiz setter, what was not done, people; 80.0%",
    "holdout64.yaml": "written blind: tech worker, Ukrainian reader, debater, how questions; 97.5%",
    "holdout65.yaml": "written blind: one-liners, Germany, timing, the argument; 93.8% unseen",
    "holdout66.yaml": "written blind: debate coach, phone typing, Moscow, military; 82.5% unseen",
    "holdout67.yaml": "written blind: teen slang, civil servant, two-part, citing; 81.2% unseen",
    "holdout68.yaml": "written blind: confirm-my-facts, ex-soldier, quick figures, economy; 98.8%",
    "holdout69.yaml": "written blind: passive voice, peace activist, comparisons, terms; 85.0%",
    "holdout70.yaml": "written blind: capitals, Polish reader, differences, attributions; 92.5%",
    "holdout71.yaml": "written blind: Indian English, investor, wrong details, the call; 78.8%",
    "holdout72.yaml": "written blind: simple words, think tank, should I worry, Britain; 87.5%",
    "holdout73.yaml": "written blind: acronyms, uncertainty, history student, the page; 85.0%",
    "holdout74.yaml": "written blind: old diplomat, typos, numbers, short of war; 85.0% unseen",
    "holdout75.yaml": "written blind: callers, energy bills, who, if invaded; 77.5% unseen",
    "holdout76.yaml": "written blind: Italian speaker, yes/no, military buff, conclusions; 90.0%",
    "holdout77.yaml": "written blind: busy parent, blogger, the sources, allies and energy; 88.8%",
    "holdout78.yaml": "written blind: news claims, economics, short questions, explainer; 87.5%",
    "holdout79.yaml": "written blind: diaspora, US voter, two facts at once, the sections; 86.2%",
    "holdout80.yaml": "written blind: German reader, timeline, leading questions, unknowns; 88.8%",
    "holdout81.yaml": "written blind: trivia, what the post says, Baltic student, formats; 90.0%",
    "holdout82.yaml": "written blind: old diplomat, texting teen, numbers, Russia's side; 86.2%",
    "holdout83.yaml": "written blind: talk-show callers, sanctions design, why, the people; 90.0%",
    "holdout84.yaml": "written blind: librarian, Baltic reader, keywords, weapons; 98.8% unseen",
    "holdout85.yaml": "written blind: both documents, farmer, negations, 2014; 73.8% unseen",
    "holdout86.yaml": "written blind: French reader, sceptic, the call, scenarios; 90.0% unseen",
    "holdout87.yaml": "written blind: one-liners, misspelt names, grad student, EU; 71.2% unseen",
    "holdout88.yaml": "written blind: debater, energy analyst, Spanish speaker, podcast; 82.5%",
    "holdout89.yaml": "written blind: retired officer, phone typing, fact-checker, citing; 87.5%",
    "holdout90.yaml": "written blind: EU staffer, skimmer, retail investor, novelist; 93.8% unseen",
    "holdout91.yaml": "written blind: quiz setter, diaspora, data reporter, sceptic; 91.2% unseen",
    "holdout92.yaml": "written blind: history teacher, name slips, business reporter, who said it",
    "holdout93.yaml": "written blind: policy student, 1-3 word queries, Kyiv reader, timing",
    "holdout94.yaml": "written blind: staffer, rambler, Polish speaker, yes/no; 87.5% unseen",
    "holdout95.yaml": "written blind: fact-checker, the page, hardware, energy; 95.0% unseen",
    "holdout96.yaml": "written blind: ministry brief, pasted claims, pupil, causes and effects",
    "holdout97.yaml": "written blind: Baltic reader, keyword queries, quote checker, comparisons",
    "holdout98.yaml": "written blind: newsreader, typos, Cold War veteran, who's who; 96.2% unseen",
    "holdout99.yaml": "written blind: law student, Canadians, evidence, money; 95.0% unseen",
    "holdout100.yaml": "written blind: retired diplomat, teenager, timeline, comparisons; 87.5%",
    "holdout101.yaml": "written blind: eastern flank, yes/no, librarian, keywords; 95.0% unseen",
    "holdout102.yaml": "written blind: energy trader, why, German speaker, quotes; 88.8% unseen",
    "holdout103.yaml": "written blind: military analyst, sceptic, who said what, what-ifs; 93.8%",
    "holdout104.yaml": "written blind: fact-checker, phone typos, teacher, wants and fears; 85.0%",
    "holdout105.yaml": "written blind: follow-ups, business reporter, places, definitions; 93.8%",
    "holdout106.yaml": "written blind: verbless queries, who is who, German reader, stories; 90.0%",
    "holdout107.yaml": "written blind: policy student, quantities, mixed-up details, Ukraine; 85%",
    "holdout108.yaml": "written blind: local radio, British English, both documents, parent; 76.2%",
    "holdout109.yaml": "written blind: pipelines, meetings, passive voice, White House; 92.5%",
    "holdout110.yaml": "written blind: phone lowercase, historian, military balance, yes/no; 92.5%",
    "holdout111.yaml": "written blind: French speaker, who said what, comparisons, sceptic; 86.2%",
    "holdout112.yaml": "written blind: energy trader, why, slang, fact-checker; 97.5%",
    "holdout113.yaml": "written blind: Poland and the Baltics, options, commands, the blog; 95.0%",
    "holdout114.yaml": "written blind: podcast host, two facts, Nordic reader, misspellings; 91.2%",
    "holdout115.yaml": "written blind: homework, consequences, weapons buff, attribution; 90.0%",
    "holdout116.yaml": "written blind: headline queries, figures, half-quotes, negatives; 92.5%",
    "holdout117.yaml": "written blind: polite teacher, Russian view, what changed, bills; 88.8%",
    "holdout118.yaml": "written blind: Canadian reader, differences, run-ons, time; 95.0%",
    "holdout119.yaml": "written blind: Spanish speaker, chances, tone, connections; 93.8%",
    "holdout120.yaml": "written blind: German speaker, how, heavy typos, Kyiv's government; 82.5%",
    "holdout121.yaml": "written blind: IR student, keywords, who questions, the US side; 96.2%",
    "holdout122.yaml": "written blind: finance journalist, what-ifs, idioms, the page; 90.0%",
    "holdout123.yaml": "written blind: Ukrainian reader, meanings, very short, the call; 92.5%",
    "holdout124.yaml": "written blind: US voter, timeline, asking the tool, NATO itself; 87.5%",
    "holdout125.yaml": "written blind: diplomat, quantities, all caps, conclusions; 91.2%",
    "holdout126.yaml": "written blind: UK reader, Russia's economy, worried, sources; 93.8%",
    "holdout127.yaml": "written blind: southern European, ruled out, telegrams, phrases; 92.5%",
    "holdout128.yaml": "written blind: Dutch reader, motives, half-quotes, structure; 83.8%",
    "holdout129.yaml": "written blind: soldier, the call, filler words, escalation; 98.8%",
    "holdout130.yaml": "written blind: Black Sea reader, open topics, short typos, unknowns; 68.8%",
    "holdout131.yaml": "written blind: economics student, who said it, an expert, follow-up; 96.2%",
    "holdout132.yaml": "written blind: short typos, phone typing, keywords, Black Sea; 88.8%",
    "holdout133.yaml": "written blind: policy student, busy reader, sceptic, causes; 98.8%",
    "holdout134.yaml": "written blind: non-native speaker, numbers, who said it, what-ifs; 100.0%",
    "holdout135.yaml": "written blind: phone slang, European positions, history, energy; 96.2%",
    "holdout136.yaml": "written blind: comparisons, keywords, the documents, US politics; 93.8%",
    "holdout137.yaml": "written blind: preambles, Russia's options, US response, errors; 85.0%",
    "holdout138.yaml": "written blind: the video call, British idioms, who's who, the talks; 80.0%",
    "holdout139.yaml": "written blind: the argument, heavy typos, allies, follow-ups; 97.5%",
    "holdout140.yaml": "written blind: sanctions, Ukraine and NATO, statements, metadata; 93.8%",
    "holdout141.yaml": "written blind: radio producer, slang, what officials did, 2-4 words; 81.2%",
    "holdout142.yaml": "written blind: exam revision, timing, weapons and aid, detail wrong; 93.8%",
    "holdout143.yaml": "written blind: how questions, Russia's claims, odd typing, NATO; 95.0%",
    "holdout144.yaml": "written blind: is there, recommendations, numbers in words, places; 81.2%",
    "holdout145.yaml": "written blind: podcast host, US slang, everyone named, 2-4 words; 93.8%",
    "holdout146.yaml": "written blind: possibilities, paraphrase, which document, terms; 90.0%",
    "holdout147.yaml": "written blind: homework, finance, Ukraine's security, in a hurry; 95.0%",
    "holdout148.yaml": "written blind: officer, diplomat, who said it, open questions; 98.8%",
    "holdout149.yaml": "written blind: phone-in caller, officials by title, typos, motives; 90.0%",
    "holdout150.yaml": "written blind: formal terms, amounts, X or Y, document structure; 75.0%",
    "holdout151.yaml": "written blind: US and Europe, asides, timing, autocorrect; 85.0%",
    "holdout152.yaml": "written blind: yes/no, costs and consequences, Germany and gas, how; 96.2%",
    "holdout153.yaml": "written blind: newcomer, Russia's side, British idiom, keywords; 91.2%",
    "holdout154.yaml": "written blind: fact-checker, author's case, near-misses, who said; 90.0%",
    "holdout155.yaml": "written blind: unknowns, quiz, non-native English, comparisons; 92.5%",
    "holdout156.yaml": "written blind: eastern flank, energy, commands, quoted phrases; 93.8%",
    "holdout157.yaml": "written blind: Biden, what was ruled out, ALL CAPS, follow-ups; 98.8%",
    "holdout158.yaml": "written blind: background, institutions, misspelt names, likelihood; 97.5%",
    "holdout159.yaml": "written blind: news claims, phrases, spelling by ear, two-part; 80.0%",
    "holdout160.yaml": "written blind: timeline, indirect asking, the US side, each country; 95.0%",
    "holdout161.yaml": "written blind: sceptic, weapons, noun phrases, promises to Ukraine; 91.2%",
    "holdout162.yaml": "written blind: meetings, publication, Romance English, what if; 91.2%",
    "holdout163.yaml": "written blind: swipe typing, numbers, is it true, Putin's words; 85.0%",
    "holdout164.yaml": "written blind: acronyms, negations, formal diplomat, EU roles; 87.5%",
    "holdout165.yaml": "written blind: teenage slang, sanctions, where, the outlook; 93.8%",
    "holdout166.yaml": "written blind: topic then dash, Ukraine's side, offers, the call; 96.2%",
    "holdout167.yaml": "written blind: causes, local reporter, long sentences, who reported; 92.5%",
    "holdout168.yaml": "written blind: hedging, energy and Germany, sports metaphors, typos; 75.0%",
    "holdout169.yaml": "written blind: Russia's options, people by role, run-on, what next; 93.8%",
    "holdout170.yaml": "written blind: December only, January only, opinions, negotiations; 92.5%",
    "holdout171.yaml": "written blind: spellings, history, 'how' questions, US politics; 92.5%",
    "holdout172.yaml": "written blind: 'can you tell me', weapons, comparisons, meetings; 97.5%",
    "holdout173.yaml": "written blind: wrong premises, economy, heavy typos, eastern flank; 88.8%",
    "holdout174.yaml": "written blind: attribution, yes/no, author and documents, red lines; 95.0%",
    "holdout175.yaml": "written blind: podcast, December figures, intelligence, two in one; 91.2%",
    "holdout176.yaml": "written blind: past tense, pipeline, LNG, Ukraine's army, vague; 96.2%",
    "holdout177.yaml": "written blind: terms, Biden's warnings, 'so'/'and', unknowns; 97.5%",
    "holdout178.yaml": "written blind: officials, allies' rifts, non-native, Russia's cost; 97.5%",
    "holdout179.yaml": "written blind: order of events, Putin's words, one to three words; 90.0%",
    "holdout180.yaml": "written blind: sanctions' targets, advice, polite wordy, metadata; 92.5%",
    "holdout181.yaml": "written blind: who, troop numbers, misspelt names, risks; 98.8%",
    "holdout182.yaml": "written blind: exam facts, US and Europe, texting style, talks; 93.8%",
    "holdout183.yaml": "written blind: Sullivan, January week, noun first, cost to Europe; 100.0%",
    "holdout184.yaml": "written blind: every figure, sovereignty, pasted news, pretexts; 92.5%",
    "holdout185.yaml": "written blind: simple words, author's argument, misremembered, NATO; 91.2%",
    "holdout186.yaml": "written blind: the call's format, export controls, regional English; 85.0%",
    "holdout187.yaml": "written blind: other countries, motives, no spaces, both compared; 82.5%",
    "holdout188.yaml": "written blind: options, yes or no, British English, the history; 98.8%",
    "holdout189.yaml": "written blind: quiz questions, energy, asked through negation, arms; 96.2%",
    "holdout190.yaml": "written blind: rough figures, US messaging, rambling, what was next; 88.8%",
    "holdout191.yaml": "written blind: Putin's demands, author's advice, slang, metadata; 91.2%",
    "holdout192.yaml": "written blind: how, Ukraine itself, two at once, eastern flank; 86.2%",
    "holdout193.yaml": "written blind: what if, who said it, US English, Russia's economy; 93.8%",
    "holdout194.yaml": "written blind: newcomer basics, each meeting's outcome, telegraphic; 96.2%",
    "holdout195.yaml": "written blind: sanctions, the buildup, statements asked, Europe; 96.2%",
    "holdout196.yaml": "written blind: people, the documents' terms, hedging, diplomacy; 92.5%",
    "holdout197.yaml": "written blind: dates, US commitments, odd capitals, an invasion; 100.0%",
    "holdout198.yaml": "written blind: formal terms, guarantees, unusual synonyms, gas; 92.5%",
    "holdout199.yaml": "written blind: Kyiv's position, numbers, greetings, escalation; 100.0%",
    "holdout200.yaml": "written blind: explainer sections, NATO near Russia, other tongues; 71.2%",
    "holdout201.yaml": "written blind: causes, the dollar, passive voice, leaders' meetings; 95.0%",
    "holdout202.yaml": "written blind: claims checked, Russia's fears, one typo, the author; 88.8%",
    "holdout203.yaml": "written blind: short of invasion, Germany, dictation, US trainers; 88.8%",
    "holdout204.yaml": "written blind: the call, NATO's open door, asking the tool, LNG; 93.8%",
    "holdout205.yaml": "written blind: the author, demands and replies, shorthand, rebels; 98.8%",
    "holdout206.yaml": "written blind: comparisons, allies' help, asides, unknowns; 91.2%",
    "holdout207.yaml": "written blind: how it ends, the Baltics, conditionals, exact words; 93.8%",
    "holdout208.yaml": "written blind: money, Biden's decisions, 'tell me about', hybrid; 98.8%",
    "holdout209.yaml": "written blind: replies, sovereignty, autocorrect, order of events; 80.0%",
    "holdout210.yaml": "written blind: what is left open, troop numbers, keywords, France; 97.5%",
    "holdout211.yaml": "written blind: definitions, ordinary people, net shorthand, figures; 97.5%",
    "holdout212.yaml": "written blind: who, how much, scrambled letters, Washington; 91.2%",
    "holdout213.yaml": "written blind: fact-checks, 'according to', deterrence, essays; 95.0%",
    "holdout214.yaml": "written blind: Crimea and borders, names a little wrong, readouts; 96.2%",
    "holdout215.yaml": "written blind: intelligence, double negatives, the call, which text; 93.8%",
    "holdout216.yaml": "written blind: Moscow's story, idioms, allied unity, elites; 90.0%",
    "holdout217.yaml": "written blind: deployments, non-native English, triggers, forecasts; 96.2%",
    "holdout218.yaml": "written blind: plain words, spelt numbers, 'is it true', meetings; 92.5%",
    "holdout219.yaml": "written blind: the documents' terms, tag questions, three allies; 95.0%",
    "holdout220.yaml": "written blind: lesser options, run-on, back-and-forth, exports; 97.5%",
    "holdout221.yaml": "written blind: Putin, formal register, energy, miscalculation; 88.8%",
    "holdout222.yaml": "written blind: US forces, long misspellings, January, sections; 97.5%",
    "holdout223.yaml": "written blind: NATO's open door, reported speech, each sanction; 93.8%",
    "holdout224.yaml": "written blind: figures and units, search queries, US-EU planning; 98.8%",
    "holdout225.yaml": "written blind: 2014, mixed-up documents, labels for acts, units; 88.8%",
    "holdout226.yaml": "written blind: after the call, intensifiers, the blog's page, risks; 93.8%",
    "holdout227.yaml": "written blind: buildup, 'which' + kind, Paris and Minsk, sources; 95.0%",
    "holdout228.yaml": "written blind: the leaders, sport and business words, gas, invasion; 90.0%",
    "holdout229.yaml": "written blind: talks' topics, brackets, NATO itself, dates; 97.5%",
    "holdout230.yaml": "written blind: Ukraine's side, vague pronouns, deterrence, Biden; 93.8%",
    "holdout231.yaml": "written blind: sanctions, commands, Moscow's claims, the call; 97.5%",
    "holdout232.yaml": "written blind: January's troops, misspelt names, unknowns, talks; 96.2%",
    "holdout233.yaml": "written blind: the old order, two-word questions, Geneva, money; 96.2%",
    "holdout234.yaml": "written blind: small allies, 'how come', intelligence, wants; 96.2%",
    "holdout235.yaml": "written blind: the calls, negations, money, who is who; 97.5%",
    "holdout236.yaml": "written blind: front-line states, texting, her forecasts, demands; 96.2%",
    "holdout237.yaml": "written blind: Norman's paragraphs, yes/no, Kyiv's arms, numbers; 98.8%",
    "holdout238.yaml": "written blind: US will and won't, formal words, history, Europe; 88.8%",
    "holdout239.yaml": "written blind: warnings, 'what form', oil and gas, the author; 92.5%",
    "holdout240.yaml": "written blind: terms used, background first, deployments, places; 85.0%",
    "holdout241.yaml": "written blind: cause and effect, 'so'/'wait', calendar, risks; 93.8%",
    "holdout242.yaml": "written blind: two documents compared, British words, NATO; 92.5%",
    "holdout243.yaml": "written blind: White House, 'according to', sanctions, Moscow; 97.5%",
    "holdout244.yaml": "written blind: Kyiv's government, keywords, allies split, numbers; 100.0%",
    "holdout245.yaml": "written blind: after the call, misremembered, deterrence, next; 95.0%",
    "holdout246.yaml": "written blind: eastern flank, far synonyms, the documents, plots; 97.5%",
    "holdout247.yaml": "written blind: US aid, two questions in one, the Kremlin, tension; 98.8%",
    "holdout248.yaml": "written blind: Germany, noun first, allied coordination, Donbas; 91.2%",
    "holdout249.yaml": "written blind: unknowns, odds, guarantees, motives; 96.2%",
    "holdout250.yaml": "written blind: sanctions' targets, 'you wrote', the call, advice; 96.2%",
    "holdout251.yaml": "written blind: who did what, run-ons, Russia's aims, US options; 96.2%",
    "holdout252.yaml": "written blind: early December, quoted phrases, energy, outlook; 90.0%",
    "holdout253.yaml": "written blind: open door, quiz questions, US response, fallout; 97.5%",
    "holdout254.yaml": "written blind: Geneva, superlatives, troops on alert, advice; 97.5%",
    "holdout255.yaml": "written blind: Biden warns, phone typing, Crimea, diplomacy; 97.5%",
    "holdout256.yaml": "written blind: numbers, own context, eastern flank, gas; 93.8%",
    "holdout257.yaml": "written blind: US politics, define terms, grievances, outcomes; 96.2%",
    "holdout258.yaml": "written blind: sources, negatives, Ukraine, sanctions; 92.5%",
    "holdout259.yaml": "written blind: Macron, yes/no facts, cyber, disinformation, order; 96.2%",
    "holdout260.yaml": "written blind: sanctioning Putin, background, Donbas, documents; 95.0%",
    "holdout261.yaml": "written blind: US military, chat slang, the call, allies' unity; 97.5%",
    "holdout262.yaml": "written blind: build-up, formal synonyms, escalation risk, talks; 82.5%",
    "holdout263.yaml": "written blind: Sullivan's briefing, what-ifs, Qatar, dilemma; 92.5%",
    "holdout264.yaml": "written blind: SWIFT and banks, wrong premises, allies, history; 81.2%",
    "holdout265.yaml": "written blind: NATO's reply, indirect speech, demands, time words; 95.0%",
    "holdout266.yaml": "written blind: membership, two-to-four words, US aid, reasoning; 98.8%",
    "holdout267.yaml": "written blind: troop estimates, follow-ups, weapons, deterrence; 97.5%",
    "holdout268.yaml": "written blind: deployments, near-miss terms, Biden, publishing; 96.2%",
    "holdout269.yaml": "written blind: risk of war, keyword strings, sovereignty, proposals; 98.8%",
    "holdout270.yaml": "written blind: export controls, 'how come', Germany, agreement; 97.5%",
    "holdout271.yaml": "written blind: formats and venues, phone typing, dates, ruled out; 90.0%",
    "holdout272.yaml": "written blind: gas supply, yes/no checks, Putin's motives, quotes; 95.0%",
    "holdout273.yaml": "written blind: eastern flank, context first, the sources, costs; 98.8%",
    "holdout274.yaml": "written blind: Ukraine's side, odd grammar, comparisons, Congress; 91.2%",
    "holdout275.yaml": "written blind: force numbers, 'so'/'and' openings, the call, advice; 97.5%",
    "holdout276.yaml": "written blind: SWIFT, misspelt names, Minsk and Crimea, who; 97.5%",
    "holdout277.yaml": "written blind: European allies, slang, escalation risks, demands; 95.0%",
    "holdout278.yaml": "written blind: diplomacy, what terms mean, weapons, other means; 98.8%",
    "holdout279.yaml": "written blind: high alert, indirect asking, deterrence, Putin; 95.0%",
    "holdout280.yaml": "written blind: the build-up, keywords only, allied unity, the call; 100.0%",
    "holdout281.yaml": "written blind: venues, 'why', Nord Stream 2, intelligence; 95.0%",
    "holdout282.yaml": "written blind: export curbs, casual teenager, open door, what next; 97.5%",
    "holdout283.yaml": "written blind: the UK's role, hypotheticals, history, numbers only; 91.2%",
    "holdout284.yaml": "written blind: red lines, pasted fragments, strategy, structure; 92.5%",
    "holdout285.yaml": "written blind: Baltics, academic, short of invasion, calls; 90.0%",
    "holdout286.yaml": "written blind: gas cut-off, two-part questions, US troops, sections; 95.0%",
    "holdout287.yaml": "written blind: diplomacy, hurried, author's argument, sanctions; 98.8%",
    "holdout288.yaml": "written blind: names, why questions, Ukraine's leaders, NATO; 97.5%",
    "holdout289.yaml": "written blind: quiz, yes/no, Germany and France, weapons; 100.0%",
    "holdout290.yaml": "written blind: risks, non-native, Russian troops, who said it; 91.2%",
    "holdout291.yaml": "written blind: Geneva, long questions, Putin's words, order; 91.2%",
    "holdout292.yaml": "written blind: Crimea, keywords, White House, what comes next; 97.5%",
    "holdout293.yaml": "written blind: essay, misspelt names, energy, rejected/offered; 92.5%",
    "holdout294.yaml": "written blind: deterrence, negations, layout, cyber threats; 98.8%",
    "holdout295.yaml": "written blind: demands, comparisons, UK and Canada, the author; 96.2%",
    "holdout296.yaml": "written blind: warnings, no question word, escalation, the call; 98.8%",
    "holdout297.yaml": "written blind: policy vocabulary, what-if, eastern flank, energy; 93.8%",
    "holdout298.yaml": "written blind: slang, exact quotes, banks and technology, diplomacy; 93.8%",
    "holdout299.yaml": "written blind: US reply, British idiom, Putin after, outlook; 100.0%",
    "holdout300.yaml": "written blind: fact-checks, pronouns, Ukraine's arms, sections; 93.8%",
    "holdout301.yaml": "written blind: roles, how questions, Germany, troop numbers; 98.8%",
    "holdout302.yaml": "written blind: eastern flank, passive, conclusion, Minsk/Paris; 95.0%",
    "holdout303.yaml": "written blind: Cold War, follow-ups, Biden's words, France, Spain; 97.5%",
    "holdout304.yaml": "written blind: defence claims, capitals, US intelligence, page; 98.8%",
    "holdout305.yaml": "written blind: radio, what terms mean, open door, progress; 96.2%",
    "holdout306.yaml": "written blind: economic costs, three words, US choices, accusations; 96.2%",
    "holdout307.yaml": "written blind: Geneva, hearsay, what the US would not do, Qatar; 90.0%",
    "holdout308.yaml": "written blind: answers, filler words, rebels, Norman's framing; 93.8%",
    "holdout309.yaml": "written blind: citations, mixed languages, deployments, drawdowns; 82.5%",
    "holdout310.yaml": "written blind: timeline, vague, US intelligence, who said what; 97.5%",
    "holdout311.yaml": "written blind: school report, numbers, Germany and gas, build-up; 97.5%",
    "holdout312.yaml": "written blind: text-speak, the video call, recommendations, history; 97.5%",
    "holdout313.yaml": "written blind: fact checks, weapons, comparisons, Russian officials; 93.8%",
    "holdout314.yaml": "written blind: non-native grammar, diplomacy, an invasion, origins; 96.2%",
    "holdout315.yaml": "written blind: quiz, SWIFT and banks, Ukraine's stance, predictions; 96.2%",
    "holdout316.yaml": "written blind: negatives, US politics, dates, Europe's role; 96.2%",
    "holdout317.yaml": "written blind: multi-part, Putin's aims, the call's result, jobs; 96.2%",
    "holdout318.yaml": "written blind: keywords, US troops, escalation, Minsk and Donbas; 97.5%",
    "holdout319.yaml": "written blind: podcast, Putin sanctioned, Baltics, dilemma; 97.5%",
    "holdout320.yaml": "written blind: typos, US offers, Russia's economy, Sullivan; 96.2%",
    "holdout321.yaml": "written blind: yes/no, layout, Biden's warnings, diplomacy; 95.0%",
    "holdout322.yaml": "written blind: formal, why, gas and Qatar, build-up size; 95.0%",
    "holdout323.yaml": "written blind: deadline, NATO's reply, membership, hybrid; 97.5%",
    "holdout324.yaml": "written blind: statements, Biden's options, Paris, dates; 92.5%",
    "holdout325.yaml": "written blind: IR theory, US aid, what next, Lavrov; 92.5%",
    "holdout326.yaml": "written blind: polite and long, sanctions' effects, calls, Germany; 97.5%",
    "holdout327.yaml": "written blind: autocorrect, defensive aid, NATO's posture, the blog; 95.0%",
    "holdout328.yaml": "written blind: exact wording, Putin after, sovereignty, allies; 97.5%",
    "holdout329.yaml": "written blind: a child, what if, pipelines and leverage, high alert; 95.0%",
    "holdout330.yaml": "written blind: German word order, intelligence, Geneva, the author; 91.2%",
    "holdout331.yaml": "written blind: half-remembered, US troops, options, the explainer; 97.5%",
    "holdout332.yaml": "written blind: British English, tech sanctions, allies' unity, aims; 97.5%",
    "holdout333.yaml": "written blind: debate, numbers, the call, Norman's conclusion; 93.8%",
    "holdout334.yaml": "written blind: headlines, the east and 2014, deterrence, energy; 95.0%",
    "holdout335.yaml": "written blind: phrases, the West's reply, expansion, sources; 98.8%",
    "holdout336.yaml": "written blind: one-liners, Biden's calls, troops, next steps; 98.8%",
    "holdout337.yaml": "written blind: sceptics, export controls, costs, December fighting; 95.0%",
    "holdout338.yaml": "written blind: mixed-up names, the UK, Russia's troops, crisis; 87.5%",
    "holdout339.yaml": "written blind: greetings, banks, eastern members, the call; 96.2%",
    "holdout340.yaml": "written blind: commands, Biden's limits, Russia's case, diplomacy; 98.8%",
    "holdout341.yaml": "written blind: wrong document, energy, weapons, what next; 92.5%",
    "holdout342.yaml": "written blind: slang, open door, hybrid threats, titles; 98.8%",
    "holdout343.yaml": "written blind: student, numbers, Biden's warnings, keywords; 98.8%",
    "holdout344.yaml": "written blind: Spanish speaker, Europe, Russia's aims, sources; 97.5%",
    "holdout345.yaml": "written blind: energy trader, what if, 2014, rambling; 97.5%",
    "holdout346.yaml": "written blind: yes/no, Congress, hardware, phone typing; 97.5%",
    "holdout347.yaml": "written blind: names misremembered, two documents, dates; 88.8%",
    "holdout348.yaml": "written blind: jargon, Ukraine's army, banks, one or two words; 93.8%",
    "holdout349.yaml": "written blind: formal, diplomacy, Norman's argument, British; 92.5%",
    "holdout350.yaml": "written blind: why, Baltics and Poland, options, grammar slips; 96.2%",
    "holdout351.yaml": "written blind: fact-checker, the video call, sanctions, two at once; 96.2%",
    "holdout352.yaml": "written blind: acronyms, Russia's troops, Norman on war, negatives; 95.0%",
    "holdout353.yaml": "written blind: wrong details, allies' help, Cold War, long quotes; 90.0%",
    "holdout354.yaml": "written blind: text-speak, gas and Germany, red lines, where; 93.8%",
    "holdout355.yaml": "written blind: who said what, NATO itself, invasion, capitals; 98.8%",
    "holdout356.yaml": "written blind: pronouns, money, January 2022, the post's analysis; 98.8%",
    "holdout357.yaml": "written blind: economics, places, who did what, US slang; 93.8%",
    "holdout358.yaml": "written blind: hedges, Biden's decisions, Putin's motives, search; 95.0%",
    "holdout359.yaml": "written blind: left open, energy figures, the call, German order; 97.5%",
    "holdout360.yaml": "written blind: 'you said', coup plot, Congress, one noun; 100.0%",
    "holdout361.yaml": "written blind: lawyer, sovereignty, the build-up, fillers; 100.0%",
    "holdout362.yaml": "written blind: comparisons, France and Macron, the author, next; 96.2%",
    "holdout363.yaml": "written blind: accepted or refused, headings, Putin, hurry; 93.8%",
    "holdout364.yaml": "written blind: numbers in words, allies, accident, sarcasm; 92.5%",
    "holdout365.yaml": "written blind: definitions, Biden's calls, weapons, names; 96.2%",
    "holdout366.yaml": "written blind: before 2022, diplomacy, cyber, which document; 93.8%",
    "holdout367.yaml": "written blind: exam, formal phrasing, phone typos, numbers; 95.0%",
    "holdout368.yaml": "written blind: gas worries, who said what, loaded, US vs Europe; 90.0%",
    "holdout369.yaml": "written blind: build-up and weapons, economics, why, yes/no; 97.5%",
    "holdout370.yaml": "written blind: eastern flank, misspelt names, author, the call; 100.0%",
    "holdout371.yaml": "written blind: quiz, two-part, British idioms, what is not said; 86.2%",
    "holdout372.yaml": "written blind: deterrence, jobs and roles, long preambles, timing; 97.5%",
    "holdout373.yaml": "written blind: European countries, metadata, slang, risks; 96.2%",
    "holdout374.yaml": "written blind: demands and answer, synonyms, explainer, keywords; 91.2%",
    "holdout375.yaml": "written blind: quotes, what-ifs, simple English, energy; 97.5%",
    "holdout376.yaml": "written blind: UK, Ukraine's forces, lowercase, documents compared; 90.0%",
    "holdout377.yaml": "written blind: Biden's options, who talked, mixed-up facts, author; 93.8%",
    "holdout378.yaml": "written blind: troops, short of invasion, theory, very short; 98.8%",
    "holdout379.yaml": "written blind: fact-checks, Europeans, what the US rules out, chat; 95.0%",
    "holdout380.yaml": "written blind: hybrid tactics, headings, Germany, two-part; 95.0%",
    "holdout381.yaml": "written blind: SWIFT, Geneva and Paris, misspellings, responses; 96.2%",
    "holdout382.yaml": "written blind: Putin's claims, history, what next, passive voice; 91.2%",
    "holdout383.yaml": "written blind: officials, British English, deterrence, how; 95.0%",
    "holdout384.yaml": "written blind: quiz, Ukraine, keyword strings, US politics; 95.0%",
    "holdout385.yaml": "written blind: Spanish speaker, timing, uncertainty, NATO; 90.0% unseen",
    "holdout386.yaml": "written blind: the call's format, numbers, idioms, risks; 83.8% unseen",
    "holdout387.yaml": "written blind: sanctions, preambles, the documents, Europe; 96.2%",
    "holdout388.yaml": "written blind: US military, fast typos, next moves, meanings; 92.5%",
    "holdout389.yaml": "written blind: the call, doubting, energy, the argument; 93.8% unseen",
    "holdout390.yaml": "written blind: demands, headlines, history, allied forces; 97.5% unseen",
    "holdout391.yaml": "written blind: Sullivan, future tense, the LSE page, causes; 93.8%",
    "holdout392.yaml": "written blind: Geneva, academic jargon, places, which document; 76.2%",
    "holdout393.yaml": "written blind: lower case, weapons, other options, people; 95.0% unseen",
    "holdout394.yaml": "written blind: war or deal, numbers, unity, recalled lines; 92.5% unseen",
    "holdout395.yaml": "written blind: headings, Indian English, warnings, unclear; 87.5% unseen",
    "holdout396.yaml": "written blind: Putin's view, versus, US troops, good or bad; 96.2% unseen",
    "holdout397.yaml": "written blind: Paris and France, politeness, LNG, Putin's aims; 88.8%",
    "holdout398.yaml": "written blind: dates, security dilemma, military jargon, Ukraine; 78.8%",
    "holdout399.yaml": "written blind: casual US English, vague details, cyber, war risk; 95.0%",
    "holdout400.yaml": "written blind: Geneva, one event, tech sanctions, the blog; 98.8%",
    "holdout401.yaml": "written blind: passive, eastern flank, Germany, next steps; 86.2% unseen",
    "holdout402.yaml": "written blind: British English, build-up, talks, claims; 92.5% unseen",
    "holdout403.yaml": "written blind: US promises, learners, money, the documents; 96.2%",
    "holdout404.yaml": "written blind: Europe's leaders, follow-ups, intelligence, order; 92.5%",
    "holdout405.yaml": "written blind: open door, exact words, trade-offs, readiness; 92.5% unseen",
    "holdout406.yaml": "written blind: the call, hurried shorthand, diplomacy, gas; 96.2% unseen",
    "holdout407.yaml": "written blind: the readout, long preambles, troops there, talks; 91.2%",
    "holdout408.yaml": "written blind: the post's outline, Australian slang, SWIFT, UK; 75.0%",
    "holdout409.yaml": "written blind: sovereignty, how come, Donbas, right or wrong; 92.5% unseen",
    "holdout410.yaml": "written blind: explainer, word order, exports, red lines; 95.0% unseen",
    "holdout411.yaml": "written blind: Putin's silence, misspelt names, readiness, what-ifs; 92.5%",
    "holdout412.yaml": "written blind: allies, rambling asides, numbers, Ukraine in NATO; 88.8%",
    "holdout413.yaml": "written blind: explainer, headlines, build-up, sanctions; 88.8% unseen",
    "holdout414.yaml": "written blind: agreed or not, Poland, Qatar, strategy; 91.2% unseen",
    "holdout415.yaml": "written blind: allied forces, commands, Minsk, what won't be done; 93.8%",
    "holdout416.yaml": "written blind: demands in detail, two-word, officials, dates; 93.8%",
    "holdout417.yaml": "written blind: economics, sceptics, Ukraine's army, author; 91.2% unseen",
    "holdout418.yaml": "written blind: escalation, policy, that week, Germany; 92.5% unseen",
    "holdout419.yaml": "written blind: TV viewer, so-what, energy talks, options; 87.5%",
    "holdout420.yaml": "written blind: metaphors, misspellings, Russia's fears, headings; 81.2%",
    "holdout421.yaml": "written blind: support, Russian words, timing, secrets; 87.5% unseen",
    "holdout422.yaml": "written blind: sanctions, is-it-true, reinforcements, talks; 95.0% unseen",
    "holdout423.yaml": "written blind: later events, a parent, diplomacy, according to; 80.0%",
    "holdout424.yaml": "written blind: deterrence, emojis, the call's tone, aid; 98.8% unseen",
    "holdout425.yaml": "written blind: energy, Scots and Irish English, a section, sides; 85.0%",
    "holdout426.yaml": "written blind: opening, then and later, red lines, Russians; 91.2% unseen",
    "holdout427.yaml": "written blind: formal prose, typos, quotes, debate cases; 76.2%",
    "holdout428.yaml": "written blind: farm prices, word order, yes/no, gamer slang; 93.8%",
    "holdout429.yaml": "written blind: treaties, army jargon, documents, a child; 87.5% unseen",
    "holdout430.yaml": "written blind: banks, a diaspora voice, keywords, theory; 85.0% unseen",
    "holdout431.yaml": "written blind: British idiom, specs, attribution, two-in-one; 96.2%",
    "holdout432.yaml": "written blind: Indian English, challenges, quiz, dictation; 86.2%",
    "holdout433.yaml": "written blind: gas, a spouse's worries, history, rambling; 88.8% unseen",
    "holdout434.yaml": "written blind: one-liners, Baltics, numbers, wrong premises; 82.5% unseen",
    "holdout435.yaml": "written blind: Irish chat, weapons, comparisons, abbreviations; 81.2%",
    "holdout436.yaml": "written blind: Spanish-English, fears, framing, who-questions; 72.5%",
    "holdout437.yaml": "written blind: Denmark, one-word answers, negatives, typos; 93.8% unseen",
    "holdout438.yaml": "written blind: burden-sharing, vagueness, where, timelines; 95.0% unseen",
    "holdout439.yaml": "written blind: Kiwi slang, roles, summaries, broken keys; 73.8%",
    "holdout440.yaml": "written blind: French word order, fears, key facts, what-ifs; 88.8%",
    "holdout441.yaml": "written blind: Texan talk, citations, meetings, passives; 87.5% unseen",
    "holdout442.yaml": "written blind: Black Sea, politeness, yes-but, keywords; 88.8% unseen",
    "holdout443.yaml": "written blind: Scots, the US side, how-questions, capitals; 80.0%",
    "holdout444.yaml": "written blind: textbook English, SWIFT, pronouns, definitions; 95.0%",
    "holdout445.yaml": "written blind: South Africa, posture, the unsaid, rare words; 75.0% unseen",
    "holdout446.yaml": "written blind: Taglish, Biden, the argument, true or false; 63.7% unseen",
    "holdout447.yaml": "written blind: Welsh chat, eastern flank, follow-ups, quotes; 87.5%",
    "holdout448.yaml": "written blind: Portuguese, cyber, causes, search queries; 86.2%",
    "holdout449.yaml": "written blind: homework, what may happen, sources, jargon; 87.5% unseen",
    "holdout450.yaml": "written blind: Nigerian English, Berlin, one word, numbers; 88.8% unseen",
    "holdout451.yaml": "written blind: true or false, 'is that right?', Yorkshire; 93.8%",
    "holdout452.yaml": "written blind: bare claims, fact checks, T/F, revision; 96.2%",
    "holdout453.yaml": "written blind: true or false, sceptics, troops, agree?; 95.0% unseen",
    "holdout454.yaml": "written blind: 'right?', t/f, Polish English, 'am I right'; 95.0% unseen",
    "holdout455.yaml": "written blind: argument, Pidgin, negative T/F, 'the second one'; 71.2%",
    "holdout456.yaml": "written blind: Indian English, which document, context, typos; 83.8%",
    "holdout457.yaml": "written blind: reasoning, Patois, 'is it false', vague names; 80.0% unseen",
    "holdout458.yaml": "written blind: Singlish, which document, backstory, dyslexia; 85.0% unseen",
    "holdout459.yaml": "written blind: what-ifs, French order, the page, hedging; 87.5%",
    "holdout460.yaml": "written blind: Aussie teens, defence jargon, who said it, nots; 81.2%",
    "holdout461.yaml": "written blind: hypotheticals, German, the page, formal; 76.2% unseen",
    "holdout462.yaml": "written blind: Irish teens, jargon, attribution, nots; 83.8% unseen",
    "holdout463.yaml": "written blind: 'the text', Ukrainian words, more or less, CAPS; 83.8%",
    "holdout464.yaml": "written blind: TV scripts, Canada, order of events, names; 97.5%",
    "holdout465.yaml": "written blind: 'the text says', Lithuanian, shares, CAPS; 93.8% unseen",
    "holdout466.yaml": "written blind: radio, Australia, sequence, wrong names; 93.8% unseen",
    "holdout467.yaml": "written blind: jargon, background first, yes/no, text-speak; 91.2%",
    "holdout468.yaml": "written blind: German, who said it, why, which section; 71.2%",
    "holdout469.yaml": "written blind: strategy jargon, reasons, yes/no, texting; 87.5% unseen",
    "holdout470.yaml": "written blind: Dutch, who said it, why, which part; 86.2% unseen",
    "holdout471.yaml": "written blind: wrong details, Spanish, keywords, dictation; 87.5%",
    "holdout472.yaml": "written blind: people, headlines, uncertainty, two at once; 91.2%",
    "holdout473.yaml": "written blind: wrong details, Italian, keywords, dictation; 78.8% unseen",
    "holdout474.yaml": "written blind: roles, headlines, fears, two at once; 95.0% unseen",
    "holdout475.yaml": "written blind: framing, Polish, before and after, fillers; 80.0%",
    "holdout476.yaml": "written blind: terms, money, other countries, autocorrect; 90.0%",
    "holdout477.yaml": "written blind: tone, Czech, before and after, hedging; 67.5% unseen",
    "holdout478.yaml": "written blind: jargon, economics, countries, autocorrect; 82.5% unseen",
    "holdout479.yaml": "written blind: Russia's options, Hinglish, dates, negatives; 73.8%",
    "holdout480.yaml": "written blind: debate, NATO, the documents, dyslexia; 90.0%",
    "holdout481.yaml": "written blind: Russia's moves, Taglish, timing, negatives; 73.8% unseen",
    "holdout482.yaml": "written blind: debate, NATO, the page, misspellings; 91.2% unseen",
    "holdout483.yaml": "written blind: energy, Portuguese, how, who said it; 75.0%",
    "holdout484.yaml": "written blind: US politics, Arabizi, comparing, fragments; 68.8%",
    "holdout485.yaml": "written blind: economy, Portuguese, how, who said it; 81.2% unseen",
    "holdout486.yaml": "written blind: US politics, Arabizi, comparing, fragments; 67.5% unseen",
    "holdout487.yaml": "written blind: Europe, Swedish, idioms, chatbot manners; 61.3%",
    "holdout488.yaml": "written blind: weapons, Indonesian, what next, relayed claims; 73.8%",
    "holdout489.yaml": "written blind: Europe, Norwegian or Danish, idioms, chat; 55.0% unseen",
    "holdout490.yaml": "written blind: weapons, Malay, what next, relayed claims; 68.8% unseen",
    "holdout491.yaml": "written blind: Ukraine's side, Turkish, summaries, slang and emoji; 66.2%",
    "holdout492.yaml": "written blind: order of events, Vietnamese, causes, acronyms; 71.2%",
    "holdout493.yaml": "written blind: Ukraine, Romanian, summaries, slang; 66.2% unseen",
    "holdout494.yaml": "written blind: sequence, Swahili, causes, acronyms; 73.8% unseen",
    "holdout495.yaml": "written blind: US forces, Japanese, comparisons, pasted snippets; 70.0%",
    "holdout496.yaml": "written blind: sanctions, Greeklish, certainty, talking to the tool; 72.5%",
    "holdout497.yaml": "written blind: US forces, Korean, comparisons, snippets; 71.2% unseen",
    "holdout498.yaml": "written blind: sanctions, Hungarian, certainty, the tool; 70.0% unseen",
    "holdout499.yaml": "written blind: phone slips, Finnish, the documents, comparisons; 72.5%",
    "holdout500.yaml": "written blind: formal, Serbian/Croatian, motives, exam keywords; 67.5%",
    "holdout501.yaml": "written blind: phone slips, Estonian, the documents; 90.0% unseen",
    "holdout502.yaml": "written blind: formal, Bulgarian, motives, exam keywords; 62.5% unseen",
    "holdout503.yaml": "written blind: news snippets, Catalan, wrong premises, numbers; 68.8%",
    "holdout504.yaml": "written blind: slang, Finglish, the people, background first; 73.8%",
    "holdout505.yaml": "written blind: news snippets, Galician, wrong premises; 86.2% unseen",
    "holdout506.yaml": "written blind: slang, Kurdish, the people, background; 75.0% unseen",
    "holdout507.yaml": "written blind: timelines, Lithuanian, terms, two in one; 75.0%",
    "holdout508.yaml": "written blind: grammar slips, Albanian, sceptics, dictation; 66.2%",
    "holdout509.yaml": "written blind: timelines, Latvian, terms, two in one; 75.0% unseen",
    "holdout510.yaml": "written blind: grammar slips, Slovenian, sceptics; 65.0% unseen",
    "holdout511.yaml": "written blind: fact checks, Maltese, the author, misspelt names; 75.0%",
    "holdout512.yaml": "written blind: jargon, Welsh, does it mention, short queries; 65.0%",
    "holdout513.yaml": "written blind: fact checks, Afrikaans, the author; 73.8% unseen",
    "holdout514.yaml": "written blind: jargon, Irish, does it mention, short queries; 68.8% unseen",
    "holdout515.yaml": "written blind: effects, pinyin, vague references, quotes; 66.2%",
    "holdout516.yaml": "written blind: elderly, Banglish, places, two topics; 65.0%",
    "holdout517.yaml": "written blind: effects, Cantonese, vague references; 65.0% unseen",
    "holdout518.yaml": "written blind: elderly, Tanglish, places, two topics; 70.0% unseen",
    "holdout519.yaml": "written blind: rambling, Roman Urdu, agreements, abbreviations; 78.8%",
    "holdout520.yaml": "written blind: negatives, Slovak, weapons, the tool; 72.5%",
    "holdout521.yaml": "written blind: rambling, Punjabi, agreements, abbreviations; 71.2% unseen",
    "holdout522.yaml": "written blind: negatives, Belarusian, weapons, the tool; 73.8% unseen",
    "holdout523.yaml": "written blind: hedging, Azerbaijani, the US, Europe and gas; 76.2%",
    "holdout524.yaml": "written blind: angry, Hebrew, how questions, follow-ups; 82.5%",
    "holdout525.yaml": "written blind: hedging, Uzbek, the US, Europe and gas; 72.5% unseen",
    "holdout526.yaml": "written blind: angry, Amharic, how questions, follow-ups; 66.2% unseen",
    "holdout527.yaml": "written blind: passive, Icelandic, Russia's side, evidence; 68.8%",
    "holdout528.yaml": "written blind: capitals, Yoruba, what next, polite requests; 80.0%",
    "holdout529.yaml": "written blind: passive, Faroese, Russia's side, evidence; 76.2% unseen",
    "holdout530.yaml": "written blind: capitals, Hausa, what next, polite requests; 80.0% unseen",
    "holdout531.yaml": "written blind: telegraphic, Armenian, numbers, mix-ups; 66.2%",
    "holdout532.yaml": "written blind: fat fingers, Thai, her argument, Ukraine; 66.2%",
    "holdout533.yaml": "written blind: telegraphic, Georgian, numbers, mix-ups; 62.5% unseen",
    "holdout534.yaml": "written blind: fat fingers, Lao, her argument, Ukraine; 65.0% unseen",
    "holdout535.yaml": "written blind: strung together, Somali, dates, who said it; 72.5%",
    "holdout536.yaml": "written blind: lawyerly, Nepali, economy, the LSE page; 67.5%",
    "holdout537.yaml": "written blind: strung together, Oromo, dates, who said it; 72.5% unseen",
    "holdout538.yaml": "written blind: lawyerly, Marathi, economy, the LSE page; 72.5% unseen",
    "holdout539.yaml": "written blind: fact-checking, Zulu, places, text-speak; 72.5%",
    "holdout540.yaml": "written blind: citing, Telugu, history, English learner; 76.2%",
    "holdout541.yaml": "written blind: fact-checking, Xhosa, places, text-speak; 73.8% unseen",
    "holdout542.yaml": "written blind: citing, Kannada, history, English learner; 72.5% unseen",
    "holdout543.yaml": "written blind: lowercase run-on, Kazakh, caveats, the people; 76.2%",
    "holdout544.yaml": "written blind: misremembered phrases, Haitian, military, comparing; 65.0%",
    "holdout545.yaml": "written blind: lowercase run-on, Kyrgyz, caveats, the people; 73.8% unseen",
    "holdout546.yaml": "written blind: misremembered, Mauritian, military, comparing; 66.2% unseen",
    "holdout547.yaml": "written blind: wrong details, Malagasy, money, keywords; 75.0%",
    "holdout548.yaml": "written blind: a teacher, Sinhala, diplomacy, slang; 60.0%",
    "holdout549.yaml": "written blind: wrong details, Samoan, money, keywords; 75.0% unseen",
    "holdout550.yaml": "written blind: a teacher, Malayalam, diplomacy, slang; 60.0% unseen",
    "holdout551.yaml": "written blind: why questions, Javanese, US side, fillers; 65.0%",
    "holdout552.yaml": "written blind: academic, Kinyarwanda, Europe, names misspelt; 72.5%",
    "holdout553.yaml": "written blind: why questions, Sundanese, US side, fillers; 68.8% unseen",
    "holdout554.yaml": "written blind: academic, Luganda, Europe, names misspelt; 65.0% unseen",
    "holdout555.yaml": "written blind: follow-ups, Quechua, what next, orders; 76.2%",
    "holdout556.yaml": "written blind: headlines, Scots, demands, social media; 81.2%",
    "holdout557.yaml": "written blind: follow-ups, Aymara, what next, orders; 78.8% unseen",
    "holdout558.yaml": "written blind: headlines, Patois, demands, social media; 80.0% unseen",
    "holdout559.yaml": "written blind: negatives, Tok Pisin, Ukraine's side, dyslexic; 71.2%",
    "holdout560.yaml": "written blind: comparisons, Luxembourgish, sanctions, pasted news; 68.8%",
    "holdout561.yaml": "written blind: negatives, Bislama, Ukraine's side, dyslexic; 73.8% unseen",
    "holdout562.yaml": "written blind: comparisons, Swiss German, sanctions, pasted; 75.0% unseen",
    "holdout563.yaml": "written blind: dates, Shona, who said what, phone typing; 77.5%",
    "holdout564.yaml": "written blind: yes/no, Gujarati, numbers, keywords; 77.5%",
    "holdout565.yaml": "written blind: dates, Chichewa, who said what, phone typing; 70.0% unseen",
    "holdout566.yaml": "written blind: yes/no, Odia, numbers, keywords; 77.5% unseen",
    "holdout567.yaml": "written blind: plain words, Gaelic, the post's case, acronyms; 73.8%",
    "holdout568.yaml": "written blind: rambling, Papiamento, history, learners; 76.2%",
    "holdout569.yaml": "written blind: plain words, Manx, the post's case, acronyms; 80.0% unseen",
    "holdout570.yaml": "written blind: rambling, Sranan, history, learners; 67.5% unseen",
    "holdout571.yaml": "written blind: what if, Cebuano, places, capitals; 72.5%",
    "holdout572.yaml": "written blind: definitions, Pashto, the documents, asides; 73.8%",
    "holdout573.yaml": "written blind: what if, Ilocano, places, capitals; 78.8% unseen",
    "holdout574.yaml": "written blind: definitions, Tajik, the documents, asides; 75.0% unseen",
    "holdout575.yaml": "written blind: how, Maori, military details, slang; 76.2%",
    "holdout576.yaml": "written blind: which and who, Igbo, diplomacy, sceptics; 78.8%",
    "holdout577.yaml": "written blind: how, Hawaiian, military details, slang; 83.8% unseen",
    "holdout578.yaml": "written blind: which and who, Twi, diplomacy, sceptics; 78.8% unseen",
    "holdout579.yaml": "written blind: fact checks, Basque, energy, run-on; 76.2%",
    "holdout580.yaml": "written blind: roles, Esperanto, warnings, self-corrections; 76.2%",
    "holdout581.yaml": "written blind: fact checks, Breton, energy, run-on; 77.5% unseen",
    "holdout582.yaml": "written blind: roles, Ido, warnings, self-corrections; 81.2% unseen",
    "holdout583.yaml": "written blind: causes, Wolof, the post's advice, hurried; 76.2%",
    "holdout584.yaml": "written blind: numbers spelt, Tatar, Russia's side, briefs; 76.2%",
    "holdout585.yaml": "written blind: causes, Bambara, the post's advice, hurried; 72.5% unseen",
    "holdout586.yaml": "written blind: numbers spelt, Turkmen, Russia's side, briefs; 82.5% unseen",
    "holdout587.yaml": "written blind: how much, Tongan, the replies, formal; 67.5%",
    "holdout588.yaml": "written blind: topic first, Guarani, Ukraine, poor spelling; 71.2%",
    "holdout589.yaml": "written blind: how much, Fijian, the replies, formal; 70.0% unseen",
    "holdout590.yaml": "written blind: topic first, Nahuatl, Ukraine, poor spelling; 90.0% unseen",
    "holdout591.yaml": "written blind: lists, West Frisian, the call, journalists; 76.2%",
    "holdout592.yaml": "written blind: opinions, Occitan, Europe, wrong premises; 77.5%",
    "holdout593.yaml": "written blind: lists, Low German, the call, journalists; 68.8% unseen",
    "holdout594.yaml": "written blind: opinions, Asturian, Europe, wrong premises; 76.2% unseen",
    "holdout595.yaml": "written blind: where, Hmong, consequences, joined questions; 73.8%",
    "holdout596.yaml": "written blind: true/false, Uyghur, the documents, vague; 76.2%",
    "holdout597.yaml": "written blind: where, Khmer, consequences, joined questions; 78.8% unseen",
    "holdout598.yaml": "written blind: true/false, Bashkir, the documents, vague; 87.5% unseen",
    "holdout599.yaml": "written blind: implications, Sesotho, NATO, predictive text; 73.8%",
    "holdout600.yaml": "written blind: half-remembered numbers, Hiligaynon, US, greetings; 76.2%",
    "holdout601.yaml": "written blind: implications, Setswana, NATO, predictive text; 81.2% unseen",
    "holdout602.yaml": "written blind: half-remembered numbers, Waray, US, greetings; 80.0% unseen",
    "holdout603.yaml": "written blind: sequences, Lingala, Crimea, shorthand; 70.0%",
    "holdout604.yaml": "written blind: possibility, Chamorro, US troops, headings; 78.8%",
    "holdout605.yaml": "written blind: sequences, Kirundi, Crimea, shorthand; 77.5% unseen",
    "holdout606.yaml": "written blind: possibility, Tetum, US troops, headings; 68.8% unseen",
    "holdout607.yaml": "written blind: contrasts, Yiddish, Germany, fragments; 85.0%",
    "holdout608.yaml": "written blind: precision, Romani, the post's sections, you; 73.8%",
    "holdout609.yaml": "written blind: contrasts, Ladino, Germany, fragments; 73.8% unseen",
    "holdout610.yaml": "written blind: precision, Romansh, the post's sections, you; 77.5% unseen",
    "holdout611.yaml": "written blind: typos, one fact, keywords, own words; 92.5%",
    "holdout612.yaml": "written blind: typos, one fact, keywords, own words; 93.8%",
    "holdout613.yaml": "written blind: typos, one fact, keywords, own words; 90.0% unseen",
    "holdout614.yaml": "written blind: typos, one fact, keywords, own words; 96.2% unseen",
    "holdout615.yaml": "written blind: seminar, yes/no, simple English, people; 91.2%",
    "holdout616.yaml": "written blind: seminar, yes/no, simple English, people; 95.0%",
    "holdout617.yaml": "written blind: seminar, yes/no, simple English, people; 93.8% unseen",
    "holdout618.yaml": "written blind: seminar, yes/no, simple English, people; 92.5% unseen",
    "holdout619.yaml": "written blind: numbers, why and how, the LSE post, rambling; 98.8%",
    "holdout620.yaml": "written blind: numbers, why and how, the LSE post, rambling; 96.2%",
    "holdout621.yaml": "written blind: numbers, why and how, the LSE post, rambling; 96.2% unseen",
    "holdout622.yaml": "written blind: numbers, why and how, the LSE post, rambling; 96.2% unseen",
    "holdout623.yaml": "written blind: what-if, the explainer, hurried, claims; 97.5%",
    "holdout624.yaml": "written blind: what-if, the explainer, hurried, claims; 91.2%",
    "holdout625.yaml": "written blind: what-if, the explainer, hurried, claims; 95.0% unseen",
    "holdout626.yaml": "written blind: what-if, the explainer, hurried, claims; 88.8% unseen",
    "holdout627.yaml": "written blind: who said what, comparisons, sanctions, by ear; 87.5%",
    "holdout628.yaml": "written blind: who said what, comparisons, sanctions, by ear; 90.0%",
    "holdout629.yaml": "written blind: who said what, comparisons, sanctions, by ear; 93.8% unseen",
    "holdout630.yaml": "written blind: who said what, comparisons, sanctions, by ear; 87.5% unseen",
    "holdout631.yaml": "written blind: places, meanings, dates, autocorrect; 85.0%",
    "holdout632.yaml": "written blind: places, meanings, dates, autocorrect; 91.2%",
    "holdout633.yaml": "written blind: places, meanings, dates, autocorrect; 86.2% unseen",
    "holdout634.yaml": "written blind: places, meanings, dates, autocorrect; 88.8% unseen",
    "holdout635.yaml": "written blind: US military, Germany, Russia's aims, short; 96.2%",
    "holdout636.yaml": "written blind: US military, Germany, Russia's aims, short; 98.8%",
    "holdout637.yaml": "written blind: US military, Germany, Russia's aims, short; 97.5% unseen",
    "holdout638.yaml": "written blind: US military, Germany, Russia's aims, short; 97.5% unseen",
    "holdout639.yaml": "written blind: diplomacy, journalist, how, mentions; 96.2%",
    "holdout640.yaml": "written blind: diplomacy, journalist, how, mentions; 97.5%",
    "holdout641.yaml": "written blind: diplomacy, journalist, how, mentions; 96.2% unseen",
    "holdout642.yaml": "written blind: diplomacy, journalist, how, mentions; 98.8% unseen",
    "holdout643.yaml": "written blind: paraphrase, typos, one fact, keywords; 95.0%",
    "holdout644.yaml": "written blind: paraphrase, typos, one fact, keywords; 96.2%",
    "holdout645.yaml": "written blind: paraphrase, typos, one fact, keywords; 95.0% unseen",
    "holdout646.yaml": "written blind: paraphrase, typos, one fact, keywords; 95.0% unseen",
    "holdout647.yaml": "written blind: sceptic, opinions, slang, two in one; 92.5%",
    "holdout648.yaml": "written blind: sceptic, opinions, slang, two in one; 96.2%",
    "holdout649.yaml": "written blind: sceptic, opinions, slang, two in one; 87.5% unseen",
    "holdout650.yaml": "written blind: sceptic, opinions, slang, two in one; 93.8% unseen",
    "holdout651.yaml": "written blind: LSE argument, Russia's options, run-on, terms; 95.0%",
    "holdout652.yaml": "written blind: LSE argument, Russia's options, run-on, terms; 93.8%",
    "holdout653.yaml": "written blind: LSE argument, Russia's options, run-on, terms; 95.0% unseen",
    "holdout654.yaml": "written blind: LSE argument, Russia's options, run-on, terms; 95.0% unseen",
    "holdout655.yaml": "written blind: allies, the call, opinions, numbers in words; 96.2%",
    "holdout656.yaml": "written blind: allies, the call, opinions, numbers in words; 95.0%",
    "holdout657.yaml": "written blind: allies, the call, opinions, numbers in words; 92.5% unseen",
    "holdout658.yaml": "written blind: allies, the call, opinions, numbers in words; 95.0% unseen",
    "holdout659.yaml": "written blind: who, Paris and Minsk, run together, indirect; 98.8%",
    "holdout660.yaml": "written blind: who, Paris and Minsk, run together, indirect; 93.8%",
    "holdout661.yaml": "written blind: who, Paris and Minsk, run together, indirect; 96.2% unseen",
    "holdout662.yaml": "written blind: who, Paris and Minsk, run together, indirect; 95.0% unseen",
    "holdout663.yaml": "written blind: what next, LSE details, British, negatives; 98.8%",
    "holdout664.yaml": "written blind: what next, LSE details, British, negatives; 95.0%",
    "holdout665.yaml": "written blind: what next, LSE details, British, negatives; 96.2% unseen",
    "holdout666.yaml": "written blind: what next, LSE details, British, negatives; 97.5% unseen",
    "holdout667.yaml": "written blind: figures, energy, search queries, formal; 93.8%",
    "holdout668.yaml": "written blind: figures, energy, search queries, formal; 90.0%",
    "holdout669.yaml": "written blind: figures, energy, search queries, formal; 91.2% unseen",
    "holdout670.yaml": "written blind: figures, energy, search queries, formal; 91.2% unseen",
    "holdout671.yaml": "written blind: why, the responses, grammar, vague; 95.0%",
    "holdout672.yaml": "written blind: why, the responses, grammar, vague; 95.0%",
    "holdout673.yaml": "written blind: why, the responses, grammar, vague; 88.8% unseen",
    "holdout674.yaml": "written blind: why, the responses, grammar, vague; 95.0% unseen",
    "holdout675.yaml": "written blind: Ukraine, Putin, capitals, follow-ups; 93.8%",
    "holdout676.yaml": "written blind: Ukraine, Putin, capitals, follow-ups; 95.0%",
    "holdout677.yaml": "written blind: Ukraine, Putin, capitals, follow-ups; 91.2% unseen",
    "holdout678.yaml": "written blind: Ukraine, Putin, capitals, follow-ups; 95.0% unseen",
    "holdout679.yaml": "written blind: Biden, LSE ideas, names misspelt, how many; 96.2%",
    "holdout680.yaml": "written blind: Biden, LSE ideas, names misspelt, how many; 98.8%",
    "holdout681.yaml": "written blind: Biden, LSE ideas, names misspelt, how many; 97.5% unseen",
    "holdout682.yaml": "written blind: Biden, LSE ideas, names misspelt, how many; 98.8% unseen",
    "holdout683.yaml": "written blind: autocorrect, NATO, order of events, terse; 93.8%",
    "holdout684.yaml": "written blind: autocorrect, NATO, order of events, terse; 93.8%",
    "holdout685.yaml": "written blind: autocorrect, NATO, order of events, terse; 90.0% unseen",
    "holdout686.yaml": "written blind: autocorrect, NATO, order of events, terse; 86.2% unseen",
    "holdout687.yaml": "written blind: the documents, military, upset, thesaurus; 67.5%",
    "holdout688.yaml": "written blind: the documents, military, upset, thesaurus; 75.0%",
    "holdout689.yaml": "written blind: the documents, military, upset, thesaurus; 72.5% unseen",
    "holdout690.yaml": "written blind: the documents, military, upset, thesaurus; 66.2% unseen",
    "holdout691.yaml": "written blind: sanctions, long asides, offers, lowercase; 91.2%",
    "holdout692.yaml": "written blind: sanctions, long asides, offers, lowercase; 91.2%",
    "holdout693.yaml": "written blind: sanctions, long asides, offers, lowercase; 88.8% unseen",
    "holdout694.yaml": "written blind: sanctions, long asides, offers, lowercase; 97.5% unseen",
    "holdout695.yaml": "written blind: Ukraine, LSE argues, claims, places; 92.5%",
    "holdout696.yaml": "written blind: Ukraine, LSE argues, claims, places; 93.8%",
    "holdout697.yaml": "written blind: Ukraine, LSE argues, claims, places; 92.5% unseen",
    "holdout698.yaml": "written blind: Ukraine, LSE argues, claims, places; 93.8% unseen",
    "holdout699.yaml": "written blind: Europeans, yes/no, fast typos, why; 97.5%",
    "holdout700.yaml": "written blind: Europeans, yes/no, fast typos, why; 95.0%",
    "holdout701.yaml": "written blind: Europeans, yes/no, fast typos, why; 87.5% unseen",
    "holdout702.yaml": "written blind: Europeans, yes/no, fast typos, why; 98.8% unseen",
    "holdout703.yaml": "written blind: a pupil, US aid, what next, who said what; 100.0%",
    "holdout704.yaml": "written blind: a pupil, US aid, what next, who said what; 100.0%",
    "holdout705.yaml": "written blind: a pupil, US aid, what next, who said what; 95.0% unseen",
    "holdout706.yaml": "written blind: a pupil, US aid, what next, who said what; 97.5% unseen",
    "holdout707.yaml": "written blind: headings, two at once, texting, economics; 92.5%",
    "holdout708.yaml": "written blind: headings, two at once, texting, economics; 95.0%",
    "holdout709.yaml": "written blind: headings, two at once, texting, economics; 92.5% unseen",
    "holdout710.yaml": "written blind: headings, two at once, texting, economics; 92.5% unseen",
    "holdout711.yaml": "written blind: a diplomat, when, numbers, vague; 85.0%",
    "holdout712.yaml": "written blind: a diplomat, when, numbers, vague; 85.0%",
    "holdout713.yaml": "written blind: a diplomat, when, numbers, vague; 93.8% unseen",
    "holdout714.yaml": "written blind: a diplomat, when, numbers, vague; 88.8% unseen",
    "holdout715.yaml": "written blind: Crimea, Putin, misspelt words, mentions; 93.8%",
    "holdout716.yaml": "written blind: Crimea, Putin, misspelt words, mentions; 93.8%",
    "holdout717.yaml": "written blind: Crimea, Putin, misspelt words, mentions; 91.2% unseen",
    "holdout718.yaml": "written blind: Crimea, Putin, misspelt words, mentions; 93.8% unseen",
    "holdout719.yaml": "written blind: the author, cyber, negatives, search; 95.0%",
    "holdout720.yaml": "written blind: the author, cyber, negatives, search; 95.0%",
    "holdout721.yaml": "written blind: the author, cyber, negatives, search; 93.8% unseen",
    "holdout722.yaml": "written blind: the author, cyber, negatives, search; 95.0% unseen",
    "holdout723.yaml": "written blind: explainer parts, demands, slang, what if; 90.0%",
    "holdout724.yaml": "written blind: explainer parts, demands, slang, what if; 87.5%",
    "holdout725.yaml": "written blind: explainer parts, demands, slang, what if; 78.8% unseen",
    "holdout726.yaml": "written blind: explainer parts, demands, slang, what if; 83.8% unseen",
    "holdout727.yaml": "written blind: quotes, Minsk, by ear, publication; 95.0%",
    "holdout728.yaml": "written blind: quotes, Minsk, by ear, publication; 95.0%",
    "holdout729.yaml": "written blind: quotes, Minsk, by ear, publication; 85.0% unseen",
    "holdout730.yaml": "written blind: quotes, Minsk, by ear, publication; 95.0% unseen",
    "holdout731.yaml": "written blind: high alert, few words, Germany, LSE diplomacy; 95.0%",
    "holdout732.yaml": "written blind: high alert, few words, Germany, LSE diplomacy; 95.0%",
    "holdout733.yaml": "written blind: high alert, few words, Germany, LSE diplomacy; 97.5% unseen",
    "holdout734.yaml": "written blind: high alert, few words, Germany, LSE diplomacy; 93.8% unseen",
    "holdout735.yaml": "written blind: sanctions, a learner, red lines, tell me; 92.5%",
    "holdout736.yaml": "written blind: sanctions, a learner, red lines, tell me; 91.2%",
    "holdout737.yaml": "written blind: sanctions, a learner, red lines, tell me; 96.2% unseen",
    "holdout738.yaml": "written blind: sanctions, a learner, red lines, tell me; 93.8% unseen",
    "holdout739.yaml": "written blind: the allies, Blinken, fillers, open; 88.8%",
    "holdout740.yaml": "written blind: the allies, Blinken, fillers, open; 90.0%",
    "holdout741.yaml": "written blind: the allies, Blinken, fillers, open; 90.0% unseen",
    "holdout742.yaml": "written blind: the allies, Blinken, fillers, open; 92.5% unseen",
    "holdout743.yaml": "written blind: a teacher, the Donbas, word order, replies; 96.2%",
    "holdout744.yaml": "written blind: a teacher, the Donbas, word order, replies; 95.0%",
    "holdout745.yaml": "written blind: a teacher, the Donbas, word order, replies; 92.5% unseen",
    "holdout746.yaml": "written blind: a teacher, the Donbas, word order, replies; 97.5% unseen",
    "holdout747.yaml": "written blind: a podcast host, the call, acronyms, how; 92.5%",
    "holdout748.yaml": "written blind: a podcast host, the call, acronyms, how; 86.2%",
    "holdout749.yaml": "written blind: a podcast host, the call, acronyms, how; 90.0% unseen",
    "holdout750.yaml": "written blind: a podcast host, the call, acronyms, how; 88.8% unseen",
    "holdout751.yaml": "written blind: a policy student, exposure, slips, who; 92.5%",
    "holdout752.yaml": "written blind: a policy student, exposure, slips, who; 93.8%",
    "holdout753.yaml": "written blind: a policy student, exposure, slips, who; 90.0% unseen",
    "holdout754.yaml": "written blind: a policy student, exposure, slips, who; 91.2% unseen",
    "holdout755.yaml": "written blind: casual American, history, terms, numbers; 97.5%",
    "holdout756.yaml": "written blind: casual American, history, terms, numbers; 93.8%",
    "holdout757.yaml": "written blind: casual American, history, terms, numbers; 95.0% unseen",
    "holdout758.yaml": "written blind: casual American, history, terms, numbers; 95.0% unseen",
    "holdout759.yaml": "written blind: a sceptic, US politics, passive, timing; 91.2%",
    "holdout760.yaml": "written blind: a sceptic, US politics, passive, timing; 87.5%",
    "holdout761.yaml": "written blind: a sceptic, US politics, passive, timing; 86.2% unseen",
    "holdout762.yaml": "written blind: a sceptic, US politics, passive, timing; 85.0% unseen",
    "holdout763.yaml": "written blind: an executive, allies, autocorrect, why; 81.2%",
    "holdout764.yaml": "written blind: an executive, allies, autocorrect, why; 86.2%",
    "holdout765.yaml": "written blind: an executive, allies, autocorrect, why; 88.8% unseen",
    "holdout766.yaml": "written blind: an executive, allies, autocorrect, why; 81.2% unseen",
    "holdout767.yaml": "written blind: half-remembered, channels, run-on, denials; 93.8%",
    "holdout768.yaml": "written blind: half-remembered, channels, run-on, denials; 95.0%",
    "holdout769.yaml": "written blind: half-remembered, channels, run-on, denials; 93.8% unseen",
    "holdout770.yaml": "written blind: half-remembered, channels, run-on, denials; 95.0% unseen",
    "holdout771.yaml": "written blind: a debater, the balance, caps, comparisons; 90.0%",
    "holdout772.yaml": "written blind: a debater, the balance, caps, comparisons; 92.5%",
    "holdout773.yaml": "written blind: a debater, the balance, caps, comparisons; 98.8% unseen",
    "holdout774.yaml": "written blind: a debater, the balance, caps, comparisons; 88.8% unseen",
    "holdout775.yaml": "written blind: a Baltic reader, risk, synonyms, follow-ups; 96.2%",
    "holdout776.yaml": "written blind: a Baltic reader, risk, synonyms, follow-ups; 88.8%",
    "holdout777.yaml": "written blind: a Baltic reader, risk, synonyms, follow-ups; 93.8% unseen",
    "holdout778.yaml": "written blind: a Baltic reader, risk, synonyms, follow-ups; 85.0% unseen",
    "holdout779.yaml": "written blind: tone, readiness, names by ear, is it true; 86.2%",
    "holdout780.yaml": "written blind: tone, readiness, names by ear, is it true; 88.8%",
    "holdout781.yaml": "written blind: tone, readiness, names by ear, is it true; 87.5% unseen",
    "holdout782.yaml": "written blind: tone, readiness, names by ear, is it true; 93.8% unseen",
    "holdout783.yaml": "written blind: a polite retiree, Biden, anger, guarantees; 86.2%",
    "holdout784.yaml": "written blind: a polite retiree, Biden, anger, guarantees; 90.0%",
    "holdout785.yaml": "written blind: a polite retiree, Biden, anger, guarantees; 95.0% unseen",
    "holdout786.yaml": "written blind: a polite retiree, Biden, anger, guarantees; 92.5% unseen",
    "long1.yaml": "written blind: long questions told with a story, 80 unrelated; 90.0%",
    "long2.yaml": "written blind: long questions from students, pasted news, expatriates; 87.5%",
    "paraphrase.yaml": "written from the corpus in everyday words it does not use; tuned on",
    "paraphrase2.yaml": "written from the corpus as different kinds of reader type; tuned on",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set",
        type=Path,
        action="append",
        dest="sets",
        help="an evaluation file (repeatable; default: every set in tests/eval)",
    )
    parser.add_argument("--corpus", type=Path, default=ROOT / "data" / "faq.yaml")
    parser.add_argument("--quiet", action="store_true", help="the tables only, no misses")
    parser.add_argument(
        "--summary", action="store_true", help="one table, a row per set, and nothing else"
    )
    args = parser.parse_args()
    sets = args.sets or [ROOT / "tests" / "eval" / name for name in SETS]
    entries = list(load(args.corpus).entries)
    matchers = {
        "briefing (this project)": product_matcher(args.corpus),
        "rapidfuzz WRatio, questions only": wratio_matcher(entries),
        "BM25 (bm25s), question + aliases + answer": bm25_matcher(entries),
    }
    rows = []
    for path in sets:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if args.summary:
            results = {
                name: evaluate(matcher, data["in_scope"], data["oos"])
                for name, matcher in matchers.items()
                if matcher is not None
            }
            rows.append((path.name, len(data["in_scope"]), len(data["oos"]), results))
        else:
            report(path, data["in_scope"], data["oos"], entries, matchers, args.quiet)
    if args.summary:
        summary(rows, len(entries))
    return 0


def summary(rows: list[tuple[str, int, int, dict]], size: int) -> None:
    """One row per set: the product's figures beside the baselines' top-1 and declines."""
    print(f"{size} entries; top-1 / unrelated declined for the baselines\n")
    print(
        "| set | questions | top-1 | top-3 | MRR | unrelated declined "
        "| BM25 | WRatio | ms/question |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, in_scope, oos, results in rows:
        product = results["briefing (this project)"]
        baselines = []
        for key in (
            "BM25 (bm25s), question + aliases + answer",
            "rapidfuzz WRatio, questions only",
        ):
            r = results.get(key)
            baselines.append(f"{r['top1']:.1%} / {r['declined']}" if r else "n/a")
        print(
            f"| {name} | {in_scope} + {oos} | {product['top1']:.1%} | {product['top3']:.1%} "
            f"| {product['mrr']:.3f} | {product['declined']} of {oos} | {baselines[0]} "
            f"| {baselines[1]} | {product['ms']:.2f} |"
        )


def report(
    path: Path, in_scope: list, oos: list, entries: list, matchers: dict, quiet: bool
) -> None:
    """Print one set's table, then the product's misses on it."""
    about = SETS.get(path.name, "")
    print(f"\n## {path.name}{': ' + about if about else ''}")
    print(f"{len(in_scope)} in-scope and {len(oos)} unrelated questions, {len(entries)} entries\n")
    print(f"| {'matcher':<42} | top-1 | top-3 |  MRR  | unrelated declined | ms/question |")
    print(f"|{'-' * 44}|-------|-------|-------|--------------------|-------------|")
    results = {}
    for name, matcher in matchers.items():
        if matcher is None:
            print(f"| {name:<42} | (not installed: pip install '.[bench]') |")
            continue
        r = results[name] = evaluate(matcher, in_scope, oos)
        print(
            f"| {name:<42} | {r['top1']:5.1%} | {r['top3']:5.1%} | {r['mrr']:.3f} "
            f"| {r['declined']:>8} of {r['oos']:<7} | {r['ms']:11.2f} |"
        )
    if quiet:
        return
    product = results["briefing (this project)"]
    print(f"\nMisses of the product's matcher ({len(product['misses'])}):")
    for item, answered, ranked, ranks in product["misses"]:
        won = f"{ranked[0][0].id} ({ranked[0][1]:.1f})" if ranked else "nothing"
        right = f"rank {ranks[0] + 1}" if ranks else "not in top 5"
        gap = f", behind by {ranked[0][1] - ranked[ranks[0]][1]:.1f}" if ranks else ""
        state = "answered" if answered else "declined"
        print(f"  {item['q']!r}: {state}, won {won}; expected {right}{gap}")
    print(f"\nUnrelated questions answered ({len(product['wrongly_answered'])}):")
    for question, (entry, score) in product["wrongly_answered"]:
        print(f"  {question!r}: {entry.id} ({score:.1f})")


if __name__ == "__main__":
    raise SystemExit(main())
