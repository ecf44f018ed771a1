"""Floors under answer quality on the project's evaluation sets: regression guards on
accuracy (never on time). ``bench/quality.py`` prints the full figures and every miss."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from briefing_cli.compiled import open_compiled
from briefing_cli.locations import bundled_path
from briefing_cli.search import rank

EVAL = Path(__file__).parent / "eval"
# set: (top-1 floor, unrelated questions that may be answered)
FLOORS = {
    "questions.yaml": (0.975, 0),
    "fresh.yaml": (0.975, 0),
    "holdout.yaml": (0.97, 0),
    "holdout2.yaml": (0.97, 0),
    "holdout3.yaml": (0.96, 0),
    "holdout4.yaml": (0.92, 0),
    "holdout5.yaml": (0.92, 1),
    "holdout6.yaml": (0.95, 1),
    "holdout7.yaml": (0.97, 1),
    "holdout8.yaml": (0.95, 2),
    "holdout9.yaml": (0.91, 0),
    "holdout10.yaml": (0.9, 0),
    "holdout11.yaml": (0.97, 0),
    "holdout12.yaml": (0.95, 0),
    "holdout13.yaml": (0.92, 0),
    "holdout14.yaml": (0.84, 0),
    "holdout15.yaml": (0.875, 0),
    "holdout16.yaml": (0.86, 2),
    "holdout17.yaml": (0.8, 2),
    "holdout18.yaml": (0.89, 1),
    "holdout19.yaml": (0.71, 3),
    "holdout20.yaml": (0.96, 3),
    "holdout21.yaml": (0.94, 3),
    "holdout22.yaml": (0.95, 3),
    "holdout23.yaml": (0.85, 1),
    "holdout24.yaml": (0.925, 4),
    "holdout25.yaml": (0.85, 3),
    "holdout26.yaml": (0.95, 6),
    "holdout27.yaml": (0.75, 0),
    "holdout28.yaml": (0.925, 3),
    "holdout29.yaml": (0.775, 6),
    "holdout30.yaml": (0.84, 2),
    "holdout31.yaml": (0.825, 2),
    "holdout32.yaml": (0.91, 3),
    "holdout33.yaml": (0.85, 3),
    "holdout34.yaml": (0.875, 1),
    "holdout35.yaml": (0.81, 1),
    "holdout36.yaml": (0.9, 0),
    "holdout37.yaml": (0.875, 1),
    "holdout38.yaml": (0.8, 0),
    "holdout39.yaml": (0.9, 0),
    "holdout40.yaml": (0.925, 0),
    "holdout41.yaml": (0.825, 1),
    "holdout42.yaml": (0.925, 0),
    "holdout43.yaml": (0.875, 2),
    "holdout44.yaml": (0.95, 0),
    "holdout45.yaml": (0.925, 0),
    "holdout46.yaml": (0.85, 0),
    "holdout47.yaml": (0.85, 1),
    "holdout48.yaml": (0.85, 0),
    "holdout49.yaml": (0.825, 0),
    "holdout50.yaml": (0.75, 0),
    "holdout51.yaml": (0.75, 2),
    "holdout52.yaml": (0.85, 3),
    "holdout53.yaml": (0.85, 1),
    "holdout54.yaml": (0.825, 0),
    "holdout55.yaml": (0.9, 1),
    "holdout56.yaml": (0.85, 2),
    "holdout57.yaml": (0.825, 1),
    "holdout58.yaml": (0.9, 1),
    "holdout59.yaml": (0.875, 1),
    "holdout60.yaml": (0.775, 1),
    "holdout61.yaml": (0.875, 1),
    "holdout62.yaml": (0.9, 1),
    "holdout63.yaml": (0.8, 2),
    "holdout64.yaml": (0.95, 0),
    "holdout65.yaml": (0.9, 2),
    "holdout66.yaml": (0.8, 2),
    "holdout67.yaml": (0.8, 2),
    "holdout68.yaml": (0.95, 1),
    "holdout69.yaml": (0.825, 4),
    "holdout70.yaml": (0.9, 3),
    "holdout71.yaml": (0.775, 2),
    "holdout72.yaml": (0.85, 1),
    "holdout73.yaml": (0.9, 2),
    "holdout74.yaml": (0.825, 1),
    "holdout75.yaml": (0.75, 2),
    "holdout76.yaml": (0.875, 1),
    "holdout77.yaml": (0.85, 3),
    "holdout78.yaml": (0.85, 2),
    "holdout79.yaml": (0.825, 2),
    "holdout80.yaml": (0.85, 1),
    "holdout81.yaml": (0.875, 2),
    "holdout82.yaml": (0.85, 2),
    "holdout83.yaml": (0.875, 1),
    "holdout84.yaml": (0.95, 1),
    "holdout85.yaml": (0.75, 1),
    "holdout86.yaml": (0.875, 2),
    "holdout87.yaml": (0.725, 1),
    "holdout88.yaml": (0.8, 1),
    "holdout89.yaml": (0.85, 2),
    "holdout90.yaml": (0.95, 1),
    "holdout91.yaml": (0.875, 0),
    "holdout92.yaml": (0.9, 0),
    "holdout93.yaml": (0.875, 0),
    "holdout94.yaml": (0.85, 2),
    "holdout95.yaml": (0.925, 0),
    "holdout96.yaml": (0.85, 0),
    "holdout97.yaml": (0.9, 0),
    "holdout98.yaml": (0.925, 0),
    "holdout99.yaml": (0.925, 1),
    "holdout100.yaml": (0.875, 1),
    "holdout101.yaml": (0.925, 0),
    "holdout102.yaml": (0.85, 0),
    "holdout103.yaml": (0.925, 1),
    "holdout104.yaml": (0.825, 1),
    "holdout105.yaml": (0.925, 0),
    "holdout106.yaml": (0.9, 1),
    "holdout107.yaml": (0.85, 1),
    "holdout108.yaml": (0.775, 1),
    "holdout109.yaml": (0.9, 0),
    "holdout110.yaml": (0.9, 1),
    "holdout111.yaml": (0.85, 0),
    "holdout112.yaml": (0.95, 0),
    "holdout113.yaml": (0.925, 3),
    "holdout114.yaml": (0.9, 0),
    "holdout115.yaml": (0.9, 1),
    "holdout116.yaml": (0.9, 0),
    "holdout117.yaml": (0.85, 0),
    "holdout118.yaml": (0.925, 1),
    "holdout119.yaml": (0.9, 0),
    "holdout120.yaml": (0.875, 0),
    "holdout121.yaml": (0.925, 1),
    "holdout122.yaml": (0.925, 1),
    "holdout123.yaml": (0.900, 1),
    "holdout124.yaml": (0.850, 0),
    "holdout125.yaml": (0.9, 0),
    "holdout126.yaml": (0.900, 1),
    "holdout127.yaml": (0.900, 0),
    "holdout128.yaml": (0.85, 0),
    "holdout129.yaml": (0.950, 0),
    "holdout130.yaml": (0.9, 0),
    "holdout131.yaml": (0.925, 1),
    "holdout132.yaml": (0.9, 1),
    "holdout133.yaml": (0.95, 0),
    "holdout134.yaml": (0.95, 0),
    "holdout135.yaml": (0.925, 0),
    "holdout136.yaml": (0.9, 0),
    "holdout137.yaml": (0.825, 0),
    "holdout138.yaml": (0.775, 0),
    "holdout139.yaml": (0.95, 0),
    "holdout140.yaml": (0.9, 0),
    "holdout141.yaml": (0.825, 0),
    "holdout142.yaml": (0.9, 1),
    "holdout143.yaml": (0.925, 0),
    "holdout144.yaml": (0.8, 0),
    "holdout145.yaml": (0.925, 0),
    "holdout146.yaml": (0.875, 0),
    "holdout147.yaml": (0.925, 0),
    "holdout148.yaml": (0.95, 0),
    "holdout149.yaml": (0.875, 1),
    "holdout150.yaml": (0.725, 0),
    "holdout151.yaml": (0.825, 1),
    "holdout152.yaml": (0.925, 0),
    "holdout153.yaml": (0.875, 0),
    "holdout154.yaml": (0.875, 0),
    "holdout155.yaml": (0.9, 1),
    "holdout156.yaml": (0.9, 0),
    "holdout157.yaml": (0.95, 0),
    "holdout158.yaml": (0.95, 0),
    "holdout159.yaml": (0.825, 0),
    "holdout160.yaml": (0.925, 0),
    "holdout161.yaml": (0.875, 0),
    "holdout162.yaml": (0.875, 0),
    "holdout163.yaml": (0.825, 0),
    "holdout164.yaml": (0.85, 1),
    "holdout165.yaml": (0.9, 1),
    "holdout166.yaml": (0.95, 0),
    "holdout167.yaml": (0.9, 0),
    "holdout168.yaml": (0.75, 0),
    "holdout169.yaml": (0.9, 1),
    "holdout170.yaml": (0.9, 0),
    "holdout171.yaml": (0.9, 0),
    "holdout172.yaml": (0.95, 0),
    "holdout173.yaml": (0.85, 0),
    "holdout174.yaml": (0.9, 0),
    "holdout175.yaml": (0.9, 0),
    "holdout176.yaml": (0.9, 1),
    "holdout177.yaml": (0.95, 0),
    "holdout178.yaml": (0.95, 1),
    "holdout179.yaml": (0.85, 0),
    "holdout180.yaml": (0.9, 0),
    "holdout181.yaml": (0.95, 1),
    "holdout182.yaml": (0.9, 0),
    "holdout183.yaml": (0.95, 0),
    "holdout184.yaml": (0.9, 0),
    "holdout185.yaml": (0.9, 0),
    "holdout186.yaml": (0.85, 1),
    "holdout187.yaml": (0.8, 1),
    "holdout188.yaml": (0.95, 0),
    "holdout189.yaml": (0.95, 0),
    "holdout190.yaml": (0.85, 0),
    "holdout191.yaml": (0.9, 0),
    "holdout192.yaml": (0.85, 0),
    "holdout193.yaml": (0.9, 0),
    "holdout194.yaml": (0.95, 0),
    "holdout195.yaml": (0.95, 0),
    "holdout196.yaml": (0.9, 0),
    "holdout197.yaml": (0.95, 0),
    "holdout198.yaml": (0.9, 0),
    "holdout199.yaml": (0.95, 0),
    "holdout200.yaml": (0.7, 0),
    "holdout201.yaml": (0.95, 2),
    "holdout202.yaml": (0.85, 0),
    "holdout203.yaml": (0.85, 0),
    "holdout204.yaml": (0.9, 0),
    "holdout205.yaml": (0.95, 0),
    "holdout206.yaml": (0.9, 0),
    "holdout207.yaml": (0.9, 0),
    "holdout208.yaml": (0.95, 0),
    "holdout209.yaml": (0.8, 0),
    "holdout210.yaml": (0.95, 0),
    "holdout211.yaml": (0.95, 0),
    "holdout212.yaml": (0.9, 0),
    "holdout213.yaml": (0.95, 0),
    "holdout214.yaml": (0.95, 0),
    "holdout215.yaml": (0.9, 2),
    "holdout216.yaml": (0.9, 0),
    "holdout217.yaml": (0.95, 0),
    "holdout218.yaml": (0.9, 0),
    "holdout219.yaml": (0.95, 2),
    "holdout220.yaml": (0.95, 0),
    "holdout221.yaml": (0.85, 0),
    "holdout222.yaml": (0.95, 0),
    "holdout223.yaml": (0.9, 0),
    "holdout224.yaml": (0.95, 1),
    "holdout225.yaml": (0.85, 0),
    "holdout226.yaml": (0.9, 0),
    "holdout227.yaml": (0.95, 1),
    "holdout228.yaml": (0.9, 0),
    "holdout229.yaml": (0.95, 0),
    "holdout230.yaml": (0.9, 0),
    "holdout231.yaml": (0.95, 0),
    "holdout232.yaml": (0.95, 0),
    "holdout233.yaml": (0.95, 0),
    "holdout234.yaml": (0.95, 0),
    "holdout235.yaml": (0.95, 0),
    "holdout236.yaml": (0.95, 0),
    "holdout237.yaml": (0.95, 0),
    "holdout238.yaml": (0.85, 0),
    "holdout239.yaml": (0.9, 0),
    "holdout240.yaml": (0.85, 0),
    "holdout241.yaml": (0.9, 0),
    "holdout242.yaml": (0.9, 0),
    "holdout243.yaml": (0.95, 0),
    "holdout244.yaml": (0.95, 0),
    "holdout245.yaml": (0.95, 0),
    "holdout246.yaml": (0.95, 1),
    "holdout247.yaml": (0.95, 0),
    "holdout248.yaml": (0.9, 0),
    "holdout249.yaml": (0.95, 0),
    "holdout250.yaml": (0.95, 0),
    "holdout251.yaml": (0.95, 1),
    "holdout252.yaml": (0.9, 0),
    "holdout253.yaml": (0.95, 0),
    "holdout254.yaml": (0.95, 0),
    "holdout255.yaml": (0.95, 0),
    "holdout256.yaml": (0.9, 0),
    "holdout257.yaml": (0.95, 0),
    "holdout258.yaml": (0.9, 0),
    "holdout259.yaml": (0.95, 1),
    "holdout260.yaml": (0.95, 0),
    "holdout261.yaml": (0.95, 0),
    "holdout262.yaml": (0.8, 1),
    "holdout263.yaml": (0.9, 0),
    "holdout264.yaml": (0.8, 0),
    "holdout265.yaml": (0.95, 0),
    "holdout266.yaml": (0.95, 0),
    "holdout267.yaml": (0.95, 0),
    "holdout268.yaml": (0.95, 0),
    "holdout269.yaml": (0.95, 0),
    "holdout270.yaml": (0.95, 0),
    "holdout271.yaml": (0.9, 0),
    "holdout272.yaml": (0.95, 0),
    "holdout273.yaml": (0.95, 0),
    "holdout274.yaml": (0.9, 0),
    "holdout275.yaml": (0.95, 0),
    "holdout276.yaml": (0.95, 0),
    "holdout277.yaml": (0.95, 0),
    "holdout278.yaml": (0.95, 0),
    "holdout279.yaml": (0.95, 0),
    "holdout280.yaml": (0.95, 0),
    "holdout281.yaml": (0.95, 0),
    "holdout282.yaml": (0.95, 0),
    "holdout283.yaml": (0.9, 0),
    "holdout284.yaml": (0.9, 0),
    "holdout285.yaml": (0.9, 0),
    "holdout286.yaml": (0.95, 0),
    "holdout287.yaml": (0.95, 0),
    "holdout288.yaml": (0.95, 0),
    "holdout289.yaml": (0.95, 0),
    "holdout290.yaml": (0.9, 0),
    "holdout291.yaml": (0.9, 0),
    "holdout292.yaml": (0.95, 0),
    "holdout293.yaml": (0.9, 0),
    "holdout294.yaml": (0.95, 0),
    "holdout295.yaml": (0.95, 0),
    "holdout296.yaml": (0.95, 0),
    "holdout297.yaml": (0.9, 0),
    "holdout298.yaml": (0.9, 0),
    "holdout299.yaml": (0.95, 1),
    "holdout300.yaml": (0.9, 0),
    "holdout301.yaml": (0.95, 0),
    "holdout302.yaml": (0.95, 0),
    "holdout303.yaml": (0.95, 0),
    "holdout304.yaml": (0.95, 0),
    "holdout305.yaml": (0.95, 0),
    "holdout306.yaml": (0.95, 1),
    "holdout307.yaml": (0.9, 0),
    "holdout308.yaml": (0.9, 0),
    "holdout309.yaml": (0.8, 0),
    "holdout310.yaml": (0.95, 1),
    "holdout311.yaml": (0.95, 0),
    "holdout312.yaml": (0.95, 0),
    "holdout313.yaml": (0.9, 0),
    "holdout314.yaml": (0.95, 0),
    "holdout315.yaml": (0.95, 0),
    "holdout316.yaml": (0.95, 0),
    "holdout317.yaml": (0.95, 0),
    "holdout318.yaml": (0.95, 0),
    "holdout319.yaml": (0.95, 0),
    "holdout320.yaml": (0.95, 0),
    "holdout321.yaml": (0.95, 1),
    "holdout322.yaml": (0.95, 0),
    "holdout323.yaml": (0.95, 0),
    "holdout324.yaml": (0.9, 0),
    "holdout325.yaml": (0.9, 0),
    "holdout326.yaml": (0.95, 0),
    "holdout327.yaml": (0.95, 0),
    "holdout328.yaml": (0.95, 0),
    "holdout329.yaml": (0.95, 0),
    "holdout330.yaml": (0.9, 0),
    "holdout331.yaml": (0.95, 0),
    "holdout332.yaml": (0.95, 0),
    "holdout333.yaml": (0.9, 0),
    "holdout334.yaml": (0.95, 0),
    "long1.yaml": (0.9, 4),
    "long2.yaml": (0.9, 2),
    "paraphrase.yaml": (0.86, 1),
    "paraphrase2.yaml": (0.89, 2),
}


@pytest.fixture(scope="module")
def compiled():
    return open_compiled(bundled_path(), {**os.environ, "BRIEFING_NO_CACHE": "1"})


def load(name: str) -> dict:
    return yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))


def _text(match) -> str:
    return _entry_text(match.entry)


def _entry_text(entry) -> str:
    return " ".join([entry.question, entry.answer, *(e.quote for e in entry.evidence)])


def test_every_evaluation_set_has_a_floor():
    assert sorted(FLOORS) == sorted(path.name for path in EVAL.glob("*.yaml"))


def test_the_project_set_is_big_enough():
    data = load("questions.yaml")
    assert len(data["in_scope"]) >= 150
    assert len(data["oos"]) >= 30


def test_the_project_set_asks_for_every_entry_at_least_twice(compiled):
    expectations = [re.compile(item["expect"], re.I) for item in load("questions.yaml")["in_scope"]]
    for entry in compiled.entries():
        asked = sum(1 for pattern in expectations if pattern.search(_entry_text(entry)))
        assert asked >= 2, f"{entry.id} is expected by {asked} question(s) of questions.yaml"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_top1_floor(compiled, name):
    floor, _ = FLOORS[name]
    data = load(name)
    misses = []
    for item in data["in_scope"]:
        ranking = rank(item["q"], compiled)
        if not (ranking.answered and re.search(item["expect"], _text(ranking.matches[0]), re.I)):
            misses.append(item["q"])
    top1 = 1 - len(misses) / len(data["in_scope"])
    assert top1 >= floor, f"top-1 {top1:.1%} under {floor:.0%}; misses: {misses}"


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_unrelated_questions_are_declined(compiled, name):
    _, allowed = FLOORS[name]
    answered = [q for q in load(name)["oos"] if rank(q, compiled).answered]
    assert len(answered) <= allowed, answered


def test_every_entry_answers_at_least_two_questions_of_the_project_set(compiled):
    won = Counter()
    for item in load("questions.yaml")["in_scope"]:
        ranking = rank(item["q"], compiled)
        if ranking.answered:
            won[ranking.matches[0].entry.id] += 1
    assert {i: won[i] for i in compiled.entry_ids() if won[i] < 2} == {}
