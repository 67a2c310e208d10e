"""kg eval: the matching rule, and the extractor's scores on the shared and own gold sets.

The floors are regression guards set just under the measured scores; they fail when a
change makes extraction worse.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import DATA

from kg.cli import cli
from kg.evaluation import evaluate, event_matches, read_gold, side_matches
from kg.extraction import extract_articles
from kg.types import Actor, Article, Event, Mention

UN = Actor("UN", "igo", "United Nations")
USA = Actor("USA", "country", "United States")


def _event(plover="ACCUSE", source=(USA,), target=(UN,), negated=False) -> Event:
    return Event("Accuse", plover, "112", source, target, (Mention("x", "s", 0, 1, "t"),), negated=negated)


def test_matching_rule():
    gold = {"plover": "ACCUSE", "source": ["USA"], "target": ["IGO"], "negated": False}
    assert event_matches(gold, _event())
    assert not event_matches({**gold, "plover": "REJECT"}, _event())
    assert not event_matches(gold, _event(negated=True))
    assert not event_matches({**gold, "target": ["NGO"]}, _event())
    assert side_matches([], []) and not side_matches([], [USA])


def test_scores_on_the_shared_development_set(shared_eval):
    result = evaluate(read_gold(shared_eval), extract_articles)
    assert result.records == 158
    assert result.overall.f1 >= FLOOR_SHARED_F1, result.to_dict()["overall"]


def test_scores_on_our_annotated_corpus():
    result = evaluate(read_gold(DATA / "gold_corpus.jsonl"), extract_articles)
    assert result.records >= 25
    assert result.overall.f1 >= FLOOR_OWN_F1, result.to_dict()["overall"]


def test_eval_command_prints_scores_and_errors(shared_eval):
    result = CliRunner().invoke(cli, ["eval", str(shared_eval), "--show-errors"])
    assert result.exit_code == 0, result.output
    assert "precision" in result.output and "F1" in result.output
    assert "MISS" in result.output


@pytest.mark.parametrize(("name", "split", "floor"), [
    # 0.767 on all 2,910 sentences (0.767 on the first 2,820; the batch added last scored 0.728
    # before its tuned part was read, 0.756 after)
    ("gold_sentences.jsonl", None, 0.76),
    # 0.723 on the 2,910 sentences' held-back third (0.721 on the first 2,820's; the batch added
    # last 0.784)
    ("gold_sentences.jsonl", "heldout", 0.72),
    # 0.642 on the 431 articles' held-back third (0.643 on the first 413's; the 18 articles
    # added last scored 0.600 and 0.629 on their held-back parts, and the same after)
    ("gold_corpus.jsonl", "heldout", 0.64),
])
def test_scores_on_our_sentence_set_and_the_held_back_splits(name, split, floor):
    result = evaluate(read_gold(DATA / name, split=split), extract_articles)
    assert result.overall.f1 >= floor, result.to_dict()["overall"]


# The shared set codes a joint act ("A and B met") with an empty target; kg reads it pairwise,
# each party the other's target, as the design notes and CAMEO coders do, and loses those here.
FLOOR_SHARED_F1 = 0.73
# set on all 323 articles (0.659; all 431 score 0.657), the last 300 of them (most of several
# paragraphs, on less-covered stories) harder than the first 95
FLOOR_OWN_F1 = 0.65


def test_dyad_scores_ignore_the_type_and_heldout_errors_stay_hidden():
    article = Article(id="a1", text="t", date=None)
    wrong_type = _event(plover="REJECT")

    result = evaluate([(article, [{"plover": "ACCUSE", "source": ["USA"], "target": ["IGO"]}])],
                      lambda arts: [(a, [wrong_type]) for a in arts], hide=["a1"])

    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (0, 1, 1)
    assert (result.dyad.tp, result.dyad.fp, result.dyad.fn) == (1, 0, 0)
    assert result.hidden == 1 and not result.misses and not result.false


def test_read_gold_keeps_one_split(tmp_path):
    lines = [{"id": f"r{i}", "date": "2020-01-01", "text": "Text.", "split": s, "events": []}
             for i, s in enumerate(["tuned", "heldout", "tuned"])]
    lines.append({"id": "r9", "date": "2020-01-01", "text": "Text.", "events": []})
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")

    assert [a.id for a, _ in read_gold(path, split="heldout")] == ["r1"]
    assert [a.id for a, _ in read_gold(path, split="tuned")] == ["r0", "r2", "r9"]
    assert len(list(read_gold(path))) == 4


def test_own_corpus_keeps_a_third_held_back():
    splits = [json.loads(line).get("split") for line in (DATA / "gold_corpus.jsonl").open(encoding="utf-8")]
    assert set(splits) == {"tuned", "heldout"}
    assert 0.25 <= splits.count("heldout") / len(splits) <= 0.45


def test_eval_command_hides_heldout_errors():
    result = CliRunner().invoke(cli, ["eval", str(DATA / "gold_corpus.jsonl"), "--split", "heldout", "--show-errors"])
    assert result.exit_code == 0, result.output
    assert "MISS" not in result.output and "FALSE" not in result.output
    assert "held-out record(s) not listed" in result.output and "dyad" in result.output
